"""The Nu Html Checker's errors that come from Material for MkDocs itself, and why we keep them.

This is the one list of errors ``test_nu_html_checker.py`` lets through. Each entry names the
checker's message, the markup it is found in (the checker's extract, so that the same mistake
in markup of ours still fails), the Material template that writes it and why it stays: our
templates extend ``base.html`` block by block and never fork it (README), so markup that
Material writes outside a block is not ours to change. An entry that no longer matches any
error of the built site is stale and fails the test: remove it when Material fixes the markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ThemeError:
    message: re.Pattern[str]
    markup: re.Pattern[str]
    template: str
    why: str

    def matches(self, error: dict[str, Any]) -> bool:
        """True for a checker error (its JSON message) that this entry explains."""
        return bool(
            self.message.search(str(error.get("message", "")))
            and self.markup.search(str(error.get("extract", "")))
        )


THEME_ERRORS: tuple[ThemeError, ...] = (
    ThemeError(
        message=re.compile(r"^Attribute “autocomplete” is only allowed when the input type is "),
        markup=re.compile(
            r'<input class="md-toggle" data-md-toggle="(?:drawer|search)" type="checkbox"'
        ),
        template="material/templates/base.html (top of <body>, outside any block)",
        why=(
            "Material's drawer and search are hidden checkboxes (CSS opens the menu and the "
            "search when they are checked); it writes autocomplete=off on them so that Firefox, "
            "which restores form state on reload and back (Mozilla bug 654072), does not reopen "
            "them by itself. HTML allows autocomplete on text-like inputs only. Reported upstream "
            "as squidfunk/mkdocs-material#1513 (closed; still written by 9.8)."
        ),
    ),
)


def theme_error_for(error: dict[str, Any]) -> ThemeError | None:
    """The entry that explains a checker error, or None if the error is in our markup."""
    return next((entry for entry in THEME_ERRORS if entry.matches(error)), None)
