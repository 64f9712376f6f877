"""front-matter: the keys every page carries, and their limits, defined once.

The build plugin (``sitetools/plugin/page_meta.py``), ``scripts/check_content.py`` and the tests
import these definitions: a page without a ``title``, a ``description`` for search results
and link previews, or a ``last_reviewed`` date (the reader's proof that facts were checked)
is an error, and so is a description too short to say anything or too long for a preview.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sitetools.kernel.frontmatter import FrontMatter, FrontMatterError
from sitetools.kernel.model import Check, Finding

RULE = Check.FRONT_MATTER
REQUIRED = ("title", "description", "last_reviewed")
# Link previews cut a description after about 160 characters; under 50 it says nothing.
DESCRIPTION_MIN = 50
DESCRIPTION_MAX = 160


@dataclass(frozen=True)
class Problem:
    """What is wrong with one key, and how to fix it."""

    key: str
    message: str


def reviewed_on(value: object) -> dt.date | None:
    """The front matter date (YAML gives a date; a quoted string is accepted too)."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def problems(meta: Mapping[str, Any]) -> list[Problem]:
    """Every broken rule of a page's meta-data, key by key."""
    found = [
        Problem(key, f"front matter lacks '{key}': add '{key}:' (see CONTRIBUTING.md)")
        for key in REQUIRED
        if not str(meta.get(key) or "").strip()
    ]
    reviewed = meta.get("last_reviewed")
    if reviewed and reviewed_on(reviewed) is None:
        found.append(
            Problem(
                "last_reviewed",
                f"last_reviewed {reviewed!r} is not a date: write YYYY-MM-DD",
            )
        )
    description = meta.get("description")
    if isinstance(description, str) and description.strip():
        length = len(description.strip())
        if not DESCRIPTION_MIN <= length <= DESCRIPTION_MAX:
            found.append(
                Problem(
                    "description",
                    f"description of {length} characters: write {DESCRIPTION_MIN} to "
                    f"{DESCRIPTION_MAX} (link previews cut the rest)",
                )
            )
    return found


# A how-to page's second date (sitetools/plugin/page_meta.py shows it). `last_reviewed`
# says when a page's text was checked against its sources, nothing about LinkedIn's screens:
# - `confirmed_in_app: false`: the steps come from the sources cited, not from our own look at
#   the app (the template says so);
# - `confirmed_in_app: {date: 2026-12-10, screenshot: assets/images/screens/real/<name>.webp}`:
#   the day a contributor followed the steps in LinkedIn, and the screenshot that shows it,
#   imported with scripts/import_screenshot.py into the page's language folder.
# Any other value, a date in the future, a screenshot that is not an imported one or is missing
# from the build, or a how-to page (`schema: HowTo`) without the field is a problem.
CONFIRMED_IN_APP = "confirmed_in_app"
# Where scripts/import_screenshot.py puts real screenshots, relative to the language folder.
REAL_SCREENSHOTS = "assets/images/screens/real/"
CONFIRMATION_KEYS = {"date", "screenshot"}


def confirmation_problem(value: object, today: dt.date, screenshot_exists: bool) -> str | None:
    """What is wrong with a ``confirmed_in_app`` value, or None when it can be shown."""
    if value is False:
        return None
    if not isinstance(value, dict) or set(value) != CONFIRMATION_KEYS:
        keys = "exactly 'date' and 'screenshot'"
        return f"{CONFIRMED_IN_APP} must be false or have {keys}, not {value!r}"
    date = reviewed_on(value["date"])
    if date is None:
        return f"{CONFIRMED_IN_APP}.date {value['date']!r} is not a date (YYYY-MM-DD)"
    if date > today:
        return f"{CONFIRMED_IN_APP}.date {date.isoformat()} is in the future"
    screenshot = value["screenshot"]
    if not isinstance(screenshot, str) or not screenshot.startswith(REAL_SCREENSHOTS):
        return (
            f"{CONFIRMED_IN_APP}.screenshot {screenshot!r} is not under {REAL_SCREENSHOTS}"
            " (import it with scripts/import_screenshot.py)"
        )
    if not screenshot_exists:
        return f"{CONFIRMED_IN_APP}.screenshot {screenshot} does not exist in this page's language"
    return None


def check(file: str, front_matter: FrontMatter) -> list[Finding]:
    """front-matter errors of one page, each at the line of its key."""
    return [
        Finding(RULE, "error", file, front_matter.line_of(p.key), p.key, p.message, column=1)
        for p in problems(front_matter.data)
    ]


def unreadable(error: FrontMatterError) -> Finding:
    """The one finding of a page whose front matter (or encoding) cannot be read."""
    return Finding(RULE, "error", error.path, error.line, "front matter", error.problem)
