"""What a first visit to a page downloads, in compressed bytes, and the budget it must fit.

The browser tests (tests/browser/test_budget.py) open each page in Chromium with an empty
cache, as Lighthouse's emulated phone (an Android, 412x823) and as a desktop, and add up what
the browser fetched: the page, stylesheets, scripts, icons, manifest and the illustrations it
chose to load ahead of the reader's scrolling. Search costs nothing until used (see
overrides/partials/search-on-demand.html). Sizes are gzip level 6, what common static hosts
(GitHub Pages among them) send; HTTP headers are not counted.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field

# First-visit budget per page, set from measurements (see README, "Speed and size").
BUDGET_BYTES = 100 * 1024
GZIP_LEVEL = 6


def compressed_size(body: bytes) -> int:
    """Bytes on the wire for a file a static host serves compressed."""
    return len(gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0))


@dataclass
class PageWeight:
    """Compressed bytes of each file a visit fetched, by site-relative path."""

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
