"""A discreet note on a translation whose French source changed after it, with that date.

Readers of the English pages should know when the French page, which is written first, has
moved on. For each page of a non-default language, the plugin compares the date of the last
commit of the page with that of its source in the default language (same relative path) and,
when the source is newer, gives the template ``translation_behind`` (rendered by
``overrides/main.html``). The default language's pages never get it.

Dates come from git alone, through ``sitetools.translations.history`` (the same dates as
``check_translations.py``: a commit that only changed spacing does not count). Without git or
history, or in a shallow clone where the dates are the clone's, nothing is shown: CI fetches
the full history before building. Uncommitted edits do not count, so that a build depends
only on what was committed.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from sitetools.plugin.page_meta import long_date
from sitetools.translations.history import History

log = logging.getLogger("mkdocs.plugins.sitetools")


def last_commit(path: Path) -> dt.datetime | None:
    """When ``path`` last changed in more than spacing, by its commits; None if unknown."""
    if not path.is_file():
        return None
    history = History(path.parent, count_edits=False)
    changed = history.last_change(path) if history.available else None
    return changed.date if changed else None


def source_of(path: Path, docs_dir: Path, locale: str, default: str) -> Path | None:
    """The default language's version of a page of ``locale`` (folder structure)."""
    try:
        rel = path.relative_to(docs_dir / locale)
    except ValueError:
        return None
    return docs_dir / default / rel


def behind_since(translation: Path, source: Path) -> dt.datetime | None:
    """The source's last commit date when it is later than the translation's."""
    ours, theirs = last_commit(translation), last_commit(source)
    if ours is None or theirs is None or theirs <= ours:
        return None
    return theirs


def page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, default: str, locale: str
) -> None:
    """Set ``translation_behind`` ({iso, text}) on a translation behind its source."""
    if locale == default or not page.file.abs_src_path:
        return
    path = Path(page.file.abs_src_path)
    source = source_of(path, Path(config.docs_dir), locale, default)
    since = behind_since(path, source) if source else None
    if since is None:
        return
    context["translation_behind"] = {
        "iso": since.date().isoformat(),
        "text": long_date(since.date(), locale),
    }
    log.info("%s: its source %s changed since", page.file.src_uri, source)
