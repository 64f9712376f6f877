"""Main text as it is stored and compared: what changes without meaning is taken out.

Unicode NFC, one space between words, no blank lines; lines that only carry a date, a time,
a "last updated" stamp, a reading time, a relative time ("3 days ago") or a copyright notice
are dropped, so that a footer timestamp or a re-dated page never counts as a change. Words
inside a sentence are never touched. Paragraphs are then split into one sentence a line:
snapshots and their diffs show the sentence that changed.
"""

from __future__ import annotations

import re
import unicodedata

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre"
)
_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
# Stamps a line may consist of, removed one after the other; what is left must be empty.
# A line is a stamp when at least one of these matched; _FILLERS alone never make one.
_STAMPS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
        r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",
        rf"\b\d{{1,2}}(?:er|st|[nr]d|th)?\.?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}\b",
        rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|[nr]d|th)?,?\s+\d{{4}}\b",
        rf"\b(?:{_MONTHS})\.?\s+\d{{4}}\b",
        r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:am|pm|utc|gmt|cet|cest|bst)?\b",
        r"\b(?:il y a|since)\s+\d+\s+\w+",
        r"\b\d+\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\s+ago\b",
        r"\b\d+\s*(?:min(?:ute)?s?)\s*(?:read|de lecture)\b",
        r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-\u2013]\s*)?\d{4}.*",
    )
]
_FILLERS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b(?:{_WEEKDAYS})\b",
        r"\b(?:last\s+)?(?:updated|modified|published|posted|reviewed|edited|"
        r"mise? à jour|modifié|modifiée|publié|publiée|dernière mise à jour|"
        r"lecture|reading time|temps de lecture|page generated|generated|généré|générée|page|"
        r"as of|en date du)\b",
        r"\b(?:on|at|le|à|the|by|par|de|du|am|pm|utc|gmt)\b",
    )
]
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u200b\ufeff]+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"«“(\[]?[A-ZÀ-ÖØ-Þ0-9])")


def stamp_only(line: str) -> bool:
    """Whether a line carries nothing but dates, times and the words around them."""
    rest = line
    for stamp in _STAMPS:
        rest = stamp.sub(" ", rest)
    if rest == line:
        return False
    for filler in _FILLERS:
        rest = filler.sub(" ", rest)
    return not re.search(r"\w", rest)


def sentences(paragraph: str) -> list[str]:
    """A paragraph cut after each sentence's final punctuation."""
    return [part for part in _SENTENCE_END.split(paragraph) if part]


def normalise(text: str) -> str:
    """The comparable main text: one sentence a line, ending with a newline (or empty)."""
    kept: list[str] = []
    for raw in unicodedata.normalize("NFC", text).splitlines():
        line = _SPACES.sub(" ", raw).strip()
        if line and not stamp_only(line):
            kept.extend(sentences(line))
    return "\n".join(kept) + "\n" if kept else ""
