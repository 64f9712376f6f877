"""translation-outdated: a translation that may be behind its source (a warning, never an error).

Two signs, each told apart in the message: git says the source changed after the translation's
last commit, or the source's ``last_reviewed`` is later than the translation's. A warning
because a French typo fix needs no English change; the reviewer decides.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sitetools.kernel.model import Check, Finding
from sitetools.translations.history import Changed, History
from sitetools.translations.structure import Version


def _day(value: object) -> dt.date | None:
    """A front matter date: YAML gives a date, a quoted string is accepted too."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def _when(changed: Changed) -> str:
    if not changed.committed:
        return "uncommitted changes"
    return f"last commit {changed.date.isoformat()}"


def _warning(translation: Version, line: int, target: str, message: str) -> Finding:
    return Finding(Check.TRANSLATION_OUTDATED, "warning", translation.file, line, target, message)


def by_git(
    history: History, source: Version, source_path: Path, translation: Version, path: Path
) -> list[Finding]:
    """Warn when the source changed after the translation (uncommitted edits count as now)."""
    theirs = history.last_change(source_path)
    ours = history.last_change(path)
    if theirs is None or ours is None or not ours.committed or theirs.date <= ours.date:
        return []
    message = (
        f"the {source.language} page ({source.file}) changed after this translation: "
        f"{_when(theirs)} against this page's {_when(ours)}"
    )
    return [_warning(translation, 1, source.file, message)]


def by_review_date(source: Version, translation: Version) -> list[Finding]:
    """Warn when the source was reviewed on a later day than the translation."""
    theirs = _day(source.meta.get("last_reviewed"))
    ours = _day(translation.meta.get("last_reviewed"))
    if theirs is None or ours is None or theirs <= ours:
        return []
    line = translation.meta_lines.get("last_reviewed", 1)
    message = (
        f"last_reviewed {ours.isoformat()} is older than the {source.language} page's "
        f"{theirs.isoformat()} ({source.file})"
    )
    return [_warning(translation, line, "last_reviewed", message)]
