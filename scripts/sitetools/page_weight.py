"""What a first visit to a page downloads, in bytes on the wire, and the budget it must fit.

The budget is checked against what Lighthouse reports as "total byte weight" in `make bench`
(scripts/sitetools/lighthouse_bench.py), so that the test and the benchmark cannot disagree.
The browser tests (tests/browser/test_budget.py) open each page in Chromium with an empty
cache, as Lighthouse's emulated phone (an Android, 412x823 at 1.75x) and as a desktop, served
by the bench's own server (sitetools/static_server.py: text gzip-compressed at level 6, as
GitHub Pages and most static hosts send it). They add up, for every response the browser
received (the page, stylesheets, scripts, icons, manifest and the illustrations it chose to
load ahead of the reader's scrolling), what Chromium counts as transferred: the response
headers plus the body as sent, compressed or not; Lighthouse counts the same. Images inlined
as `data:` URLs travel inside their stylesheet and count there. Search costs nothing until used
(see overrides/partials/search-on-demand.html).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Playwright is a test dependency; the build never imports this module
    from playwright.sync_api import Request

# First-visit budget per page, set from measurements (see README, "Speed, size and privacy").
BUDGET_BYTES = 100 * 1024


def transfer_size(request: Request) -> int:
    """Bytes its response took on the wire: headers and (encoded) body, as Lighthouse counts."""
    sizes = request.sizes()
    return sizes["responseHeadersSize"] + sizes["responseBodySize"]


@dataclass
class PageWeight:
    """Bytes on the wire of each file a visit fetched, by site-relative path."""

    page: str
    parts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.parts.values())

    def summary(self) -> str:
        """Total, then the heaviest files first: what to look at when the budget is broken."""
        heaviest = sorted(self.parts.items(), key=lambda item: -item[1])
        files = ", ".join(f"{name} {size / 1024:.1f}" for name, size in heaviest)
        return f"{self.page}: {self.total / 1024:.1f} KB ({files})"
