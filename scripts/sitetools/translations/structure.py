"""The structure a translation shares with its source: heading ids in order, front matter keys.

Shared ``#links`` work in every language only if each heading keeps its id and place, and a
key on one side only (``schema``, ``search``) changes what one language shows. Both are
errors; the text itself is the translator's. Keys every page needs are the front-matter
rule's (:mod:`sitetools.rules.front_matter`, ``check_content.py``).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sitetools.kernel.model import Check, Finding
from sitetools.prose import Heading
from sitetools.rules import front_matter

# Keys every page must have: the front-matter rule (check_content.py) reports them per page.
REQUIRED_KEYS = front_matter.REQUIRED
# Only a translation carries it (a page not yet translated): the source page never does.
TRANSLATION_ONLY = {front_matter.UNTRANSLATED}


@dataclass(frozen=True)
class Version:
    """One language's version of a page, as the structure checks read it."""

    file: str  # relative to the config directory, as findings show it
    language: str  # display name, for messages
    headings: Sequence[Heading]
    meta: dict[str, Any]
    meta_lines: dict[str, int]


def _id(heading: Heading) -> str:
    return f"{'#' * heading.level} {{ #{heading.id} }}"


def _where(version: Version, heading: Heading) -> str:
    return f"{version.file}:{heading.line}"


def _hint(heading: Heading, wanted: Heading | None = None) -> str:
    """How to fix a heading without ``{ #id }``, whose id was slugged from its words."""
    if heading.explicit:
        return ""
    if wanted is not None:
        return f"; no explicit id: write {{ #{wanted.id} }} as the source does"
    return "; no explicit id: give it its source heading's { #id }"


def compare_headings(source: Version, translation: Version) -> list[Finding]:
    """translation-headings errors where the id sequence (and levels) differ, at the line."""
    findings: list[Finding] = []
    theirs = [(h.level, h.id) for h in source.headings]
    ours = [(h.level, h.id) for h in translation.headings]

    def error(line: int | None, target: str, message: str) -> None:
        findings.append(
            Finding(Check.TRANSLATION_HEADINGS, "error", translation.file, line, target, message)
        )

    def anchor_line(index: int) -> int | None:
        """Where a missing heading belongs: the next heading here, else the last one."""
        if index < len(translation.headings):
            return translation.headings[index].line
        return translation.headings[-1].line if translation.headings else None

    matcher = difflib.SequenceMatcher(a=theirs, b=ours, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        pairs = list(zip(source.headings[a1:a2], translation.headings[b1:b2], strict=False))
        for src, ours_h in pairs:
            error(
                ours_h.line,
                _id(ours_h),
                f"heading {_id(ours_h)} where the {source.language} page has {_id(src)} "
                f"({_where(source, src)}){_hint(ours_h, src)}",
            )
        for extra in translation.headings[b1 + len(pairs) : b2]:
            error(
                extra.line,
                _id(extra),
                f"heading {_id(extra)} is not in the {source.language} page "
                f"({source.file}){_hint(extra)}",
            )
        for lost in source.headings[a1 + len(pairs) : a2]:
            error(
                anchor_line(b2),
                _id(lost),
                f"the {source.language} heading {_id(lost)} ({_where(source, lost)}) "
                "has no counterpart here",
            )
    return findings


def _front_matter_error(version: Version, line: int, key: str, message: str) -> Finding:
    return Finding(Check.TRANSLATION_FRONT_MATTER, "error", version.file, line, key, message)


def compare_front_matter(source: Version, translation: Version) -> list[Finding]:
    """translation-front-matter errors for keys on one side only (required ones: see above)."""
    findings = [
        _front_matter_error(
            translation,
            1,
            key,
            f"front matter lacks '{key}', which the {source.language} page has "
            f"({source.file}:{source.meta_lines.get(key, 1)})",
        )
        for key in sorted(source.meta.keys() - translation.meta.keys() - set(REQUIRED_KEYS))
    ]
    findings += [
        _front_matter_error(
            translation,
            translation.meta_lines.get(key, 1),
            key,
            f"front matter key '{key}' is not in the {source.language} page ({source.file})",
        )
        for key in sorted(
            translation.meta.keys() - source.meta.keys() - set(REQUIRED_KEYS) - TRANSLATION_ONLY
        )
    ]
    return findings


Comparison = Callable[[Version, Version], list[Finding]]
COMPARISONS: tuple[Comparison, ...] = (compare_headings, compare_front_matter)
