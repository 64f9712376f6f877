"""What to watch: every link of the Sources page's entries, or the URLs of a file.

An entry of the Sources page (default language) is a list item that starts with its anchor,
``- <span id="s6"></span>**S6 · …** … [Read](https://…)``. Its links are watched in order:
the first as ``s6``, the next as ``s6-2``, ``s6-3``. An entry that says its content was read
through a copy (in French or English words, :data:`VIA_COPY`) is marked so: we never saw the live
page, so its quotes are not checked against it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from sitetools.kernel.config import Site
from sitetools.kernel.model import InputError

SOURCES_PAGE = "sources.md"
ENTRY = re.compile(r'^[-*][ \t]+<span id="(s\d+)"></span>')
# Snapshot ids of Sources entries (``s6``, ``s6-2``), as opposed to ``url-…`` ones.
ENTRY_SNAPSHOT = re.compile(r"s\d+(?:-\d+)?")
LINK = re.compile(r"\]\((https?://[^)\s]+)\)")
VIA_COPY = re.compile(
    r"\b(?:lu|lus|vue?|vus) sur une copie"  # codespell:ignore
    r"|\b(?:read from|seen on|seen in) a copy",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Entry:
    """One entry of the Sources page: its id, its links, and where it is written."""

    id: str
    urls: tuple[str, ...]
    line: int
    via_copy: bool


def sources_page(site: Site, locale: str) -> Path:
    """The Sources page of a language, in either mkdocs-static-i18n layout."""
    if site.structure == "folder":
        return site.docs_dir / locale / SOURCES_PAGE
    if locale == site.default:
        return site.docs_dir / SOURCES_PAGE
    return site.docs_dir / f"sources.{locale}.md"


def _read(path: Path, shown: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{shown}: cannot read: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{shown}: not UTF-8 text") from error


def parse_entries(text: str) -> list[Entry]:
    """Every entry of a Sources page, with the links of its item (continuation lines too)."""
    entries: list[Entry] = []
    current: tuple[str, int, list[str]] | None = None

    def close() -> None:
        if current is not None:
            ident, line, body = current
            joined = " ".join(body)
            urls = tuple(dict.fromkeys(LINK.findall(joined)))
            entries.append(Entry(ident, urls, line, bool(VIA_COPY.search(joined))))

    for number, raw in enumerate(text.splitlines(), start=1):
        match = ENTRY.match(raw)
        if match:
            close()
            current = (match.group(1), number, [raw])
        elif current is not None and raw.startswith((" ", "\t")) and raw.strip():
            current[2].append(raw)
        else:
            close()
            current = None
    close()
    return entries


def read_entries(site: Site) -> dict[str, list[Entry]]:
    """The entries of each language's Sources page (the default language must have one)."""
    found: dict[str, list[Entry]] = {}
    for locale in site.locales:
        path = sources_page(site, locale)
        if not path.is_file():
            if locale == site.default:
                raise InputError(f"{site.rel(path)}: the Sources page is missing")
            continue
        found[locale] = parse_entries(_read(path, site.rel(path)))
    if not found[site.default]:
        shown = site.rel(sources_page(site, site.default))
        raise InputError(f'{shown}: no entry (a list item starting with <span id="sN">)')
    return found


def watched_ids(entry: Entry) -> list[tuple[str, str]]:
    """(snapshot id, URL) of each link of an entry: ``s6``, then ``s6-2``..."""
    return [(entry.id if n == 1 else f"{entry.id}-{n}", url) for n, url in enumerate(entry.urls, 1)]


def url_id(url: str) -> str:
    """A stable snapshot id for a URL that is not on the Sources page."""
    return "url-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def read_url_file(path: Path) -> list[str]:
    """One http(s) URL a line; blank lines and ``#`` comments are skipped."""
    urls: list[str] = []
    for number, raw in enumerate(_read(path, str(path)).splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not re.fullmatch(r"https?://\S+", line):
            raise InputError(f"{path}:{number}: not an http(s) URL: {line[:80]}")
        urls.append(line)
    if not urls:
        raise InputError(f"{path}: no URL in the file")
    return list(dict.fromkeys(urls))
