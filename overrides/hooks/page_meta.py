"""Front matter every page must carry, and the localised "last reviewed" date it shows.

The rules (keys, description length, date) are :mod:`sitetools.rules.front_matter`'s, which
``scripts/check_content.py`` runs before the build; here they guard ``mkdocs build --strict``
too, naming file:line, for a build run on its own.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from babel.dates import format_date
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from sitetools.frontmatter import FrontMatterError, read_front_matter
from sitetools.rules.front_matter import problems, reviewed_on

log = logging.getLogger("mkdocs.hooks.page_meta")

# Date style per site language: British English for a European readership.
DATE_LOCALES = {"en": "en_GB", "fr": "fr_FR"}


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Any) -> str:
    """Check the front matter as soon as MkDocs has read it."""
    source = f"docs/{page.file.src_uri}"
    if page.file.abs_src_path is not None:
        try:
            front_matter = read_front_matter(Path(page.file.abs_src_path), source)
        except FrontMatterError as error:
            # MkDocs dropped the whole front matter silently: name the fault, not its symptoms.
            log.warning("%s", error)
            return markdown
        for problem in problems(front_matter.data):
            log.warning("%s:%d: %s", source, front_matter.line_of(problem.key), problem.message)
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
