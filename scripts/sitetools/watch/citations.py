"""Which page lines cite which source, and the quotations they attribute to it.

A page cites a source through a footnote whose definition links its Sources entry
(``[^s6]: … [fiche source](sources.md#s6)``) or its address; every call of that footnote
(``[^s6]``) is a citing line. A direct link to the address counts too. A quotation is words
in « » or "" directly followed by such a footnote call: ``« Data privacy »[^s43]``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sitetools.kernel.config import Site
from sitetools.kernel.pages import discover
from sitetools.watch.model import Citation
from sitetools.watch.sources import LINK, SOURCES_PAGE

DEFINITION = re.compile(r"^[ \t]*\[\^([^\]\s]+)\]:(.*)$")
CALL = re.compile(r"\[\^([^\]\s]+)\]")
ENTRY_LINK = re.compile(r"sources\.md#(s\d+)\b")
FENCE = re.compile(r"^[ \t]*(?:```|~~~)")
QUOTATION = re.compile(
    r"(?:«[\s\u00a0\u202f]*([^«»]+?)[\s\u00a0\u202f]*»|[\"“]([^\"“”\n]+?)[\"”])\s*((?:\[\^[^\]\s]+\])+)"
)
# Shorter quotations are single words or names: not worth watching.
MIN_QUOTATION = 8


@dataclass
class Citations:
    """Citing lines and quotations, by Sources entry id and by URL."""

    by_key: dict[str, set[Citation]] = field(default_factory=lambda: defaultdict(set))
    quotations: dict[str, list[tuple[str, Citation]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def of(self, *keys: str) -> tuple[Citation, ...]:
        """Every line citing any of ``keys`` (entry ids and URLs), in file and line order."""
        found: set[Citation] = set()
        for key in keys:
            found |= self.by_key.get(key, set())
        return tuple(sorted(found))

    def quoted(self, *keys: str) -> list[tuple[str, Citation]]:
        """Quotations attributed to any of ``keys``, once each."""
        seen: dict[str, Citation] = {}
        for key in keys:
            for text, where in self.quotations.get(key, []):
                seen.setdefault(text, where)
        return list(seen.items())


def _targets(definition: str) -> set[str]:
    """What a footnote definition points at: entry ids and addresses."""
    return set(ENTRY_LINK.findall(definition)) | set(LINK.findall(definition))


def _lines(text: str) -> list[tuple[int, str]]:
    """Numbered lines outside fenced code blocks."""
    kept: list[tuple[int, str]] = []
    in_fence = False
    for number, line in enumerate(text.splitlines(), start=1):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            kept.append((number, line))
    return kept


def scan_page(text: str, shown: str, into: Citations) -> None:
    """Add one page's citing lines and quotations to ``into``."""
    lines = _lines(text)
    notes: dict[str, set[str]] = {}
    for _, line in lines:
        match = DEFINITION.match(line)
        if match:
            notes.setdefault(match.group(1), set()).update(_targets(match.group(2)))
    for number, line in lines:
        where = Citation(shown, number)
        if DEFINITION.match(line):
            continue
        for url in LINK.findall(line):
            into.by_key[url].add(where)
        for call in CALL.finditer(line):
            for key in notes.get(call.group(1), ()):
                into.by_key[key].add(where)
        for quoted in QUOTATION.finditer(line):
            words = " ".join(
                unicodedata.normalize("NFC", quoted.group(1) or quoted.group(2)).split()
            )
            if len(words) < MIN_QUOTATION:
                continue
            for label in CALL.findall(quoted.group(3)):
                for key in notes.get(label, ()):
                    into.quotations[key].append((words, where))


def find_citations(site: Site) -> Citations:
    """Citing lines of every page of every language (the Sources pages themselves aside)."""
    found = Citations()
    for page in discover(site):
        if Path(page.key or "").name == SOURCES_PAGE:
            continue
        try:
            text = page.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # the validator reports unreadable pages; here they cite nothing
        scan_page(text, site.rel(page.path), found)
    return found
