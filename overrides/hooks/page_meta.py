"""Front matter every page must carry, and the localised "last reviewed" date it shows.

A page without a ``description`` (search results, link previews) or a ``last_reviewed`` date
(the reader's proof that facts were checked) fails ``mkdocs build --strict``, naming the file.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from babel.dates import format_date
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from sitetools.frontmatter import FrontMatterError, read_front_matter

log = logging.getLogger("mkdocs.hooks.page_meta")

REQUIRED = ("title", "description", "last_reviewed")
# Date style per site language: British English for a European readership.
DATE_LOCALES = {"en": "en_GB", "fr": "fr_FR"}


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


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Any) -> str:
    """Check the front matter as soon as MkDocs has read it."""
    source = f"docs/{page.file.src_uri}"
    if page.file.abs_src_path is not None:
        try:
            read_front_matter(Path(page.file.abs_src_path), source)
        except FrontMatterError as error:
            # MkDocs dropped the whole front matter silently: name the fault, not its symptoms.
            log.warning("%s", error)
            return markdown
    for key in REQUIRED:
        if not str(page.meta.get(key) or "").strip():
            log.warning("%s: front matter lacks '%s'", source, key)
    if page.meta.get("last_reviewed") and reviewed_on(page.meta["last_reviewed"]) is None:
        log.warning(
            "%s: last_reviewed %r is not a date (YYYY-MM-DD)", source, page.meta["last_reviewed"]
        )
    return markdown


def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any
) -> dict[str, Any]:
    """Give templates the review date, in ISO form and spelled out in the page's language."""
    date = reviewed_on(page.meta.get("last_reviewed"))
    if date is not None:
        language = str(config.theme["language"])
        language = DATE_LOCALES.get(language, language)
        context["last_reviewed"] = {
            "iso": date.isoformat(),
            "text": format_date(date, format="long", locale=language),
        }
    return context
