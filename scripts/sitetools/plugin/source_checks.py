"""Under each entry of the Sources page: when the watcher last read it, since when unchanged.

``scripts/watch_sources.py`` keeps one metadata file per watched link in
``sources/snapshots/<id>.json`` (``entry``, ``url``, ``last_checked``, ``last_changed``),
committed by the weekly workflow. The plugin adds one line to each entry of ``sources.md``
in every language: the dates when every link of the entry has been read by a check, "not yet
checked automatically" otherwise. An entry with several links shows the oldest check and the
latest change; an entry without a link shows nothing. Dates come only from those files, so
the page never shows a date that no check produced. The metadata's field names are the
interface (tests/watch/test_sources_page.py holds both ends).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from sitetools.languages import Language
from sitetools.plugin.page_meta import long_date
from sitetools.plugin.state import log
from sitetools.watch.store import SAFE_ID, SnapshotStore

SNAPSHOTS = Path("sources") / "snapshots"
SOURCES_PAGE = "sources.md"
ENTRY = re.compile(r'^([-*][ \t]+<span id="(s\d+)"></span>)')
LINK = re.compile(r"\]\((https?://[^)\s]+)\)")

Checks = dict[tuple[str, str], tuple[dt.datetime, dt.datetime]]


def _when(value: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def read_checks(folder: Path) -> Checks:
    """(entry, url) -> (last checked, last changed) of every snapshot read by a check, through
    the watcher's own reader (an unreadable file counts as no snapshot)."""
    store, checks = SnapshotStore(folder), {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        meta = store.read(path.stem)[0] if SAFE_ID.fullmatch(path.stem) else None
        if meta is None:
            log.warning("%s: not a snapshot metadata file, ignored", path)
            continue
        checked, changed = _when(meta.last_checked), _when(meta.last_changed)
        if meta.entry and checked and changed:
            checks[(meta.entry, meta.url)] = (checked, changed)
    return checks


def entry_line(entry: str, urls: list[str], checks: Checks, language: Language) -> str:
    """The sentence shown under an entry, in the page's language."""
    found = [checks.get((entry, url)) for url in urls]
    if not found or any(check is None for check in found):
        return language.strings["source_check.not_yet"]
    checked = min(check[0] for check in found if check)
    changed = max(check[1] for check in found if check)

    def show(when: dt.datetime) -> str:
        text = long_date(when.date(), language)
        return f'<time datetime="{when.date().isoformat()}">{text}</time>'

    checked_text = language.strings["source_check.checked"]
    return checked_text.format(checked=show(checked), changed=show(changed))


def _items(lines: list[str]) -> list[tuple[str, int, int]]:
    """(entry id, first line, last line) of each entry, continuation lines included."""
    items: list[tuple[str, int, int]] = []
    for number, line in enumerate(lines):
        match = ENTRY.match(line)
        if match:
            items.append((match.group(2), number, number))
        elif items and items[-1][2] == number - 1 and line.startswith((" ", "\t")) and line.strip():
            items[-1] = (items[-1][0], items[-1][1], number)
    return items


def annotate(markdown: str, checks: Checks, language: Language) -> str:
    """The Sources page with a line added at the end of each entry that has a link."""
    lines = markdown.split("\n")
    for entry, first, last in _items(lines):
        urls = LINK.findall(" ".join(lines[first : last + 1]))
        if urls:
            sentence = entry_line(entry, list(dict.fromkeys(urls)), checks, language)
            end = lines[last].rstrip()
            lines[last] = f'{end}<br><small class="source-check">{sentence}</small>'
    return "\n".join(lines)


def annotate_page(markdown: str, page: Page, config: MkDocsConfig, language: Language) -> str:
    """Annotate the Sources page of each language; other pages are left alone."""
    if Path(page.file.src_uri).name != SOURCES_PAGE:
        return markdown
    folder = Path(config.config_file_path).parent / SNAPSHOTS
    return annotate(markdown, read_checks(folder), language)
