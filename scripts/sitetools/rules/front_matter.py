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


def check(file: str, front_matter: FrontMatter) -> list[Finding]:
    """front-matter errors of one page, each at the line of its key."""
    return [
        Finding(RULE, "error", file, front_matter.line_of(p.key), p.key, p.message, column=1)
        for p in problems(front_matter.data)
    ]


def unreadable(error: FrontMatterError) -> Finding:
    """The one finding of a page whose front matter (or encoding) cannot be read."""
    return Finding(RULE, "error", error.path, error.line, "front matter", error.problem)
