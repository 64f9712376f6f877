"""french-typography: the spaces French puts before ``: ; ! ?`` and inside « », and their fix.

A no-break space (U+00A0) before ``:`` and inside « », a narrow no-break space (U+202F)
before ``;``, ``!`` and ``?``: with an ordinary space the line may break before the sign, with
none the page reads as English. Only prose is read: code spans and blocks, URLs, link
targets, HTML, attribute lists, emoji shortcodes, times such as 10:30, front matter keys,
Markdown syntax (``!!! note``, ``![image]``, footnote and definition markers) and text in
another language (``<span lang="en">Irish DPC: …</span>``, which keeps its own typography)
are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sitetools.kernel.frontmatter import FrontMatter
from sitetools.kernel.model import Check

NBSP = "\u00a0"
NNBSP = "\u202f"
RULE = Check.FRENCH_TYPOGRAPHY
# The space each sign wants before it (or, for «, after it).
BEFORE = {":": NBSP, ";": NNBSP, "!": NNBSP, "?": NNBSP, "»": NBSP}
AFTER = {"«": NBSP}
SPACE_NAMES = {NBSP: "no-break space (U+00A0)", NNBSP: "narrow no-break space (U+202F)"}
# Spaces that may stand where the right one belongs: ordinary, the other no-break, thin.
WRONG_SPACES = " \t\u00a0\u202f\u2009"
# Front matter values a reader sees; the rest (dates, schema) is data.
SHOWN_KEYS = ("title", "description")

# Spans of a line that are not prose, in the order they are masked.
PROTECTED = re.compile(
    r"(?P<code>(`+).*?(?<!`)\2(?!`))"  # code span, any number of backticks
    r"|<(?P<tag>[a-z]+)\b[^>]*\slang=[^>]*>.*?</(?P=tag)>"  # text in another language
    r"|<!--.*?-->|<[A-Za-z/!][^>]*>"  # HTML comment, tag, autolink
    r"|\]\([^)]*\)|\]\[[^\]]*\]"  # link target, reference
    r"|[a-z][a-z0-9+.-]*://\S+|mailto:\S+|www\.\S+"  # bare URL
    r"|\{[:#.][^{}]*\}|\{\s*[\w-]+=[^{}]*\}"  # attr_list
    r"|&#?\w+;"  # HTML entity
    r"|:[a-z0-9_+-]+:"  # emoji shortcode
    r"|\d:\d"  # a time, a ratio
)
# Syntax at the start of a line: admonitions and tabs (their title is checked), footnote,
# abbreviation, definition and reference markers, list markers.
LINE_SYNTAX = re.compile(
    r"^[ \t]*(?:(?:!!!|\?\?\?\+?)[ \t]+[\w -]*?(?=\"|$)|===\+?!?[ \t]*"
    r"|\*?\[[^\]]+\]:[ \t]*(?:\S+[ \t]*$)?|:[ \t]+|[-*+][ \t]+|\d+[.)][ \t]+|>[ \t]*)"
)
# A sign is punctuation (not a URL or ratio) when what follows it ends a word.
SIGN = re.compile(r"[:;!?»](?=[\s*_)\]»\"”'\u2019.,;:!?<]|$)|«")
YAML_KEY = re.compile(r"^(?P<key>[\w-]+):[ \t]*")


@dataclass(frozen=True)
class Edit:
    """One space to put right: ``line[start:end]`` (0-based) becomes ``space``."""

    line: int
    column: int  # where the sign is, 0-based
    start: int
    end: int
    sign: str
    space: str
    missing: bool  # no space at all (otherwise: the wrong one)

    def message(self) -> str:
        """What is wrong and the fix, for reports."""
        where = "after" if self.sign in AFTER else "before"
        what = "no space" if self.missing else "a breaking or wrong space"
        return (
            f"French needs a {SPACE_NAMES[self.space]} {where} '{self.sign}', found {what}: "
            "run scripts/check_content.py --fix"
        )


def _mask(text: str, start: int = 0) -> tuple[str, int]:
    """The line with every non-prose span replaced by NUL characters, and where prose starts."""
    chars = list(text)
    syntax = LINE_SYNTAX.match(text, start)
    end = syntax.end() if syntax else start
    for i in range(end):
        chars[i] = "\0"
    for match in PROTECTED.finditer(text, end):
        for i in range(match.start(), match.end()):
            chars[i] = "\0"
    return "".join(chars), end


def _after(line: int, text: str, at: int) -> Edit | None:
    """The space after « (a « at the end of a line is followed by the line break)."""
    space = AFTER[text[at]]
    end = at + 1
    while end < len(text) and text[end] in WRONG_SPACES:
        end += 1
    gap = text[at + 1 : end]
    if gap == space or end >= len(text):
        return None
    return Edit(line, at, at + 1, end, text[at], space, not gap)


def _before(line: int, text: str, masked: str, at: int, prose_start: int) -> Edit | None:
    """The space before : ; ! ? and »."""
    sign, space = text[at], BEFORE[text[at]]
    start = at
    while start > prose_start and text[start - 1] in WRONG_SPACES:
        start -= 1
    gap = text[start:at]
    before = masked[start - 1] if start > prose_start else ""
    # Nothing before but syntax (a definition's ':'), a sign after a sign ("?!"), or "«»".
    if not before or before in ":;!?" or gap == space or (sign == "»" and before == "«"):
        return None
    return Edit(line, at, start, at, sign, space, not gap)


def _edits_in(line: int, text: str, start: int = 0) -> Iterator[Edit]:
    masked, prose_start = _mask(text, start)
    for match in SIGN.finditer(masked):
        at = match.start()
        edit = (
            _after(line, text, at)
            if match.group() in AFTER
            else _before(line, text, masked, at, prose_start)
        )
        if edit is not None:
            yield edit


def _skipped_lines(source: str) -> set[int]:
    """Lines of code blocks and raw HTML blocks (1-based)."""
    # Imported here: the build imports this module for french_spacing only (the share kit's
    # words), and markdown-it costs it 25 ms.
    from sitetools.kernel.markdown import parse

    skipped: set[int] = set()
    for token in parse(source):
        if token.type in ("fence", "code_block", "html_block") and token.map is not None:
            skipped.update(range(token.map[0] + 1, token.map[1] + 1))
    return skipped


def edits(source: str, front_matter: FrontMatter) -> list[Edit]:
    """Every space to put right in a French page, in source order."""
    lines = source.split("\n")
    skipped = _skipped_lines(source)
    shown_lines = {front_matter.line_of(key) for key in SHOWN_KEYS if key in front_matter.key_lines}
    found: list[Edit] = []
    for number, text in enumerate(lines, 1):
        if number < front_matter.body_line:
            key = YAML_KEY.match(text)
            if number in shown_lines and key:
                found.extend(_edits_in(number, text, key.end()))
            continue
        if number not in skipped:
            found.extend(_edits_in(number, text))
    return found


def fix(source: str, found: list[Edit]) -> str:
    """The page with every edit applied (right to left, so columns stay true)."""
    lines = source.split("\n")
    for edit in sorted(found, key=lambda e: (e.line, e.start), reverse=True):
        text = lines[edit.line - 1]
        lines[edit.line - 1] = text[: edit.start] + edit.space + text[edit.end :]
    return "\n".join(lines)


def french_spacing(text: str) -> str:
    """Plain French `text` (no Markdown: the share kit's post and slides) with the spaces this
    rule asks for, so that text drawn outside the pages follows the same typography."""
    found = [
        edit for number, line in enumerate(text.split("\n"), 1) for edit in _edits_in(number, line)
    ]
    return fix(text, found)
