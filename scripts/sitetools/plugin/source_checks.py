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
import json
import logging
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from sitetools.plugin.page_meta import long_date

log = logging.getLogger("mkdocs.plugins.sitetools")

SNAPSHOTS = Path("sources") / "snapshots"
SOURCES_PAGE = "sources.md"
ENTRY = re.compile(r'^([-*][ \t]+<span id="(s\d+)"></span>)')
LINK = re.compile(r"\]\((https?://[^)\s]+)\)")

STRINGS = {
    "fr": {
        "checked": "Vérifiée automatiquement le {checked}, inchangée depuis le {changed}.",
        "not_yet": "Pas encore vérifiée automatiquement.",
    },
    "en": {
        "checked": "Checked automatically on {checked}, unchanged since {changed}.",
        "not_yet": "Not yet checked automatically.",
    },
}
Checks = dict[tuple[str, str], tuple[dt.datetime, dt.datetime]]


def _when(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def read_checks(folder: Path) -> Checks:
    """(entry, url) -> (last checked, last changed) of every snapshot read by a check."""
    checks: Checks = {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            log.warning("%s: not a snapshot metadata file, ignored", path)
            continue
        if not isinstance(data, dict):
            continue
        entry, url = data.get("entry"), data.get("url")
        checked, changed = _when(data.get("last_checked")), _when(data.get("last_changed"))
        if isinstance(entry, str) and isinstance(url, str) and checked and changed:
            checks[(entry, url)] = (checked, changed)
    return checks


def entry_line(entry: str, urls: list[str], checks: Checks, locale: str) -> str:
    """The sentence shown under an entry, in the page's language."""
    strings = STRINGS.get(locale, STRINGS["en"])
    found = [checks.get((entry, url)) for url in urls]
    if not found or any(check is None for check in found):
        return strings["not_yet"]
    checked = min(check[0] for check in found if check)
    changed = max(check[1] for check in found if check)

    def show(when: dt.datetime) -> str:
        text = long_date(when.date(), locale)
        return f'<time datetime="{when.date().isoformat()}">{text}</time>'

    return strings["checked"].format(checked=show(checked), changed=show(changed))


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


def annotate(markdown: str, checks: Checks, locale: str) -> str:
    """The Sources page with a line added at the end of each entry that has a link."""
    lines = markdown.split("\n")
    for entry, first, last in _items(lines):
        urls = LINK.findall(" ".join(lines[first : last + 1]))
        if urls:
            sentence = entry_line(entry, list(dict.fromkeys(urls)), checks, locale)
            end = lines[last].rstrip()
            lines[last] = f'{end}<br><small class="source-check">{sentence}</small>'
    return "\n".join(lines)


def annotate_page(markdown: str, page: Page, config: MkDocsConfig, locale: str) -> str:
    """Annotate the Sources page of each language; other pages are left alone."""
    if Path(page.file.src_uri).name != SOURCES_PAGE:
        return markdown
    folder = Path(config.config_file_path).parent / SNAPSHOTS
    return annotate(markdown, read_checks(folder), locale)
