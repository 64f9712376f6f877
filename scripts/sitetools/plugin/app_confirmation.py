"""When a guide's steps were last confirmed in LinkedIn's own interface, or that they never were.

``last_reviewed`` says when a page's text was checked against its sources; it says nothing about
LinkedIn's screens, which we may not have opened that day. A page that walks the reader through
those screens carries a second field, ``confirmed_in_app``, shown under the first:

- ``confirmed_in_app: false``: the steps come from the sources cited, not from our own look at
  the app (the template says so);
- ``confirmed_in_app: {date: 2026-12-10, screenshot: assets/images/screens/real/<name>.webp}``:
  the day a contributor followed the steps in LinkedIn, and the screenshot that shows it,
  imported with ``scripts/import_screenshot.py`` into the page's language folder.

Any other value, a date in the future, a screenshot that is not an imported one or is missing
from the build, or a how-to page (``schema: HowTo``) without the field fails the strict build,
naming the page. Self-contained on purpose: front matter as MkDocs has read it, no shared reader.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from sitetools.plugin.page_meta import long_date
from sitetools.rules.front_matter import reviewed_on

log = logging.getLogger("mkdocs.plugins.sitetools")

FIELD = "confirmed_in_app"
# Where scripts/import_screenshot.py puts real screenshots, relative to the language folder.
REAL_SCREENSHOTS = "assets/images/screens/real/"
KEYS = {"date", "screenshot"}


def confirmation_problem(value: object, today: dt.date, screenshot_exists: bool) -> str | None:
    """What is wrong with a ``confirmed_in_app`` value, or None when it can be shown."""
    if value is False:
        return None
    if not isinstance(value, dict) or set(value) != KEYS:
        return f"{FIELD} must be false or have exactly 'date' and 'screenshot', not {value!r}"
    date = reviewed_on(value["date"])
    if date is None:
        return f"{FIELD}.date {value['date']!r} is not a date (YYYY-MM-DD)"
    if date > today:
        return f"{FIELD}.date {date.isoformat()} is in the future"
    screenshot = value["screenshot"]
    if not isinstance(screenshot, str) or not screenshot.startswith(REAL_SCREENSHOTS):
        return (
            f"{FIELD}.screenshot {screenshot!r} is not under {REAL_SCREENSHOTS}"
            " (import it with scripts/import_screenshot.py)"
        )
    if not screenshot_exists:
        return f"{FIELD}.screenshot {screenshot} does not exist in this page's language"
    return None


def check_confirmation(page: Page, files: Files) -> None:
    """Check the field as soon as MkDocs has read the front matter; keep what the template needs."""
    source = f"docs/{page.file.src_uri}"
    if FIELD not in page.meta:
        if str(page.meta.get("schema", "")) == "HowTo":
            log.warning("%s: a how-to page needs '%s' (false until confirmed)", source, FIELD)
        return
    value = page.meta[FIELD]
    screenshot = value.get("screenshot") if isinstance(value, dict) else None
    image = files.get_file_from_path(screenshot) if isinstance(screenshot, str) else None
    problem = confirmation_problem(value, dt.date.today(), image is not None)
    if problem:
        log.warning("%s: %s", source, problem)
        return
    if image is None:
        page.meta["_app_confirmation"] = {"confirmed": False}
    else:
        date = reviewed_on(value["date"])
        assert date is not None  # checked above
        page.meta["_app_confirmation"] = {
            "confirmed": True,
            "date": date,
            "screenshot": image.url_relative_to(page.file),
        }


def page_context(context: dict[str, Any], page: Page, language: str) -> None:
    """Give the template the statement's data, the date spelled out in the page's language."""
    confirmation = page.meta.get("_app_confirmation")
    if isinstance(confirmation, dict):
        shown = dict(confirmation)
        if confirmation["confirmed"]:
            shown["iso"] = confirmation["date"].isoformat()
            shown["text"] = long_date(confirmation["date"], language)
        context["app_confirmation"] = shown
