"""The words of a page worth a dictionary look-up, each with its line.

Left out: code (never in :func:`sitetools.prose.texts`), addresses and domains, numbers and
references such as ``S43``, acronyms in capitals (``RGPD``, ``DPC``) and single letters.
Typographic apostrophes are straightened, so both spellings of ``l'IA`` are one word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sitetools.prose import Text

# Anything with a dot, slash or @ between word characters: URLs, domains, e-mail, "e.g.".
ADDRESS = re.compile(r"\S*\w[./@]\w\S*")
# Letters, joined by apostrophes or hyphens; a neighbouring digit or underscore disqualifies.
WORD = re.compile(r"(?<![\w'-])[^\W\d_]+(?:['-][^\W\d_]+)*(?![\w-])")
# French elisions and the English possessive, stripped before a word-list look-up.
ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)'", re.IGNORECASE)
POSSESSIVE = "'s"


@dataclass(frozen=True)
class Word:
    """A word and the line it is on."""

    line: int
    text: str


def _checked(word: str) -> bool:
    letters = stem(word).replace("'", "").replace("-", "")
    return len(letters) > 1 and not letters.isupper()


def words(texts: Iterable[Text]) -> Iterator[Word]:
    """Every word of the texts that a dictionary should know."""
    for text in texts:
        line = ADDRESS.sub(" ", text.text.replace("\u2019", "'"))
        for match in WORD.finditer(line):
            if _checked(match.group()):
                yield Word(text.line, match.group())


def stem(word: str) -> str:
    """The word without a French elision or English possessive, for the word list."""
    return ELISION.sub("", word).removesuffix(POSSESSIVE)


class WordList:
    """The project's own words: a lower-case entry accepts any case, others only their own."""

    def __init__(self, entries: Iterable[str]) -> None:
        self._exact: set[str] = set()
        self._any_case: set[str] = set()
        for entry in entries:
            entry = entry.strip()
            if entry and not entry.startswith("#"):
                (self._any_case if entry.islower() else self._exact).add(entry)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        return any(
            candidate in self._exact or candidate.lower() in self._any_case
            for candidate in dict.fromkeys((word, stem(word)))
        )
