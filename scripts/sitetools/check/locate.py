"""Where in the sources a rendered link was written: file, line and column.

Python-Markdown keeps no positions, so a link of the built page is looked up as text: first
as MkDocs received it (``other.md#x`` for a rendered ``other/#x``), then as rendered. Links are
met in reading order, so each search starts after the previous find; included snippet files
are searched after the page. A reference link is found at its definition (which holds the
target; with duplicate definitions Python-Markdown keeps the last, and so does the search),
and the line that uses it is named too. Text a hook or plugin added has no source line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

_DEFINITION = re.compile(r"^[ \t]{0,3}\[([^\]]+)\]:[ \t]*<?$")


@dataclass(frozen=True)
class Position:
    """A place in a source file; ``line`` None when the text is nowhere in the sources."""

    file: Path
    line: int | None = None
    column: int | None = None
    # For a reference link found at its definition: the line that uses it.
    used_at: int | None = None


class _Source:
    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self.cursor = 0
        self._line_starts: list[int] | None = None

    def position(self, offset: int) -> tuple[int, int]:
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        starts = self._line_starts
        low, high = 0, len(starts) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if starts[middle] <= offset:
                low = middle
            else:
                high = middle - 1
        return low + 1, offset - starts[low] + 1

    def find(self, candidates: Sequence[str]) -> int | None:
        for start in (self.cursor, 0):
            for candidate in candidates:
                found = self.text.find(candidate, start)
                if found >= 0:
                    self.cursor = found + len(candidate)
                    return found
        return None


def candidates(written: Iterable[str]) -> list[str]:
    """The spellings a URL may have in Markdown or HTML source."""
    found: list[str] = []
    for url in written:
        for form in (url, unquote(url), html.escape(url), quote(unquote(url), safe="/#?&=:%")):
            if form and form not in found:
                found.append(form)
    return found


class Locator:
    """Finds links of one built page in its source and the snippets it included."""

    def __init__(self, page: Path, texts: Sequence[tuple[Path, str]]) -> None:
        self._page = page
        self._sources = [_Source(path, text) for path, text in texts]

    def locate(self, written: Iterable[str]) -> Position:
        """The position of the first not-yet-located occurrence of any spelling."""
        forms = candidates(written)
        for source in self._sources:
            offset = source.find(forms)
            if offset is not None:
                line, column = source.position(offset)
                return Position(source.path, line, column, self._use_of(source, offset))
        return Position(self._page)

    @staticmethod
    def _use_of(source: _Source, offset: int) -> int | None:
        """The line using a reference definition found at ``offset``, if it is one."""
        line_start = source.text.rfind("\n", 0, offset) + 1
        match = _DEFINITION.match(source.text[line_start:offset].rstrip())
        if match is None:
            return None
        label = re.escape(match.group(1))
        use = re.compile(rf"\[{label}\](?!:)|\]\[{label}\]", re.IGNORECASE)
        found = use.search(source.text)
        return source.position(found.start())[0] if found else None
