"""Front matter every page must carry, and the localised "last reviewed" date it shows.

The rules (keys, description length, date) are :mod:`sitetools.rules.front_matter`'s, which
``scripts/check_content.py`` runs before the build; here they guard ``mkdocs build --strict``
too, naming file:line, for a build run on its own.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from babel.dates import format_date
from mkdocs.structure.pages import Page

from sitetools.kernel.frontmatter import FrontMatterError, read_front_matter
from sitetools.rules.front_matter import problems, reviewed_on

log = logging.getLogger("mkdocs.plugins.sitetools")

# Date style per site language: British English for a European readership.
DATE_LOCALES = {"en": "en_GB", "fr": "fr_FR"}


def long_date(date: dt.date, language: str) -> str:
    """A date spelled out in a site language ("3 novembre 2025", "3 November 2025")."""
    return format_date(date, format="long", locale=DATE_LOCALES.get(language, language))


def check_front_matter(page: Page) -> None:
    """Check the front matter as soon as MkDocs has read it."""
    source = f"docs/{page.file.src_uri}"
    if page.file.abs_src_path is not None:
        try:
            front_matter = read_front_matter(Path(page.file.abs_src_path), source)
        except FrontMatterError as error:
            # MkDocs dropped the whole front matter silently: name the fault, not its symptoms.
            log.warning("%s", error)
            return
        for problem in problems(front_matter.data):
            log.warning("%s:%d: %s", source, front_matter.line_of(problem.key), problem.message)


def page_context(context: dict[str, Any], page: Page, language: str) -> None:
    """Give templates the review date, in ISO form and spelled out in the page's language."""
    date = reviewed_on(page.meta.get("last_reviewed"))
    if date is not None:
        context["last_reviewed"] = {"iso": date.isoformat(), "text": long_date(date, language)}
