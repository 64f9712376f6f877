"""What a reader of a page reads, line by line: headings and their ids, prose, strong text.

Built on the validator's markdown-it view of a page (:func:`sitetools.kernel.markdown.parse`),
so content inside admonitions, tabs and footnotes counts and code never does. The translation,
label and spelling checks all read pages through this module.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from markdown.extensions.toc import slugify
from markdown_it.token import Token

from sitetools.kernel.frontmatter import parse_front_matter
from sitetools.kernel.markdown import parse

# Python-Markdown attr_list blocks: `{ #id }`, `{: .class }`, `{ width="300" loading=lazy }`.
ATTR_LIST = re.compile(r"\{:?[ \t]*(?:[#.][^{}\n]*|[\w-]+=[^{}\n]*)\}")
# The explicit id inside an attr_list.
EXPLICIT_ID = re.compile(r"(?:^|\s)#([^\s#.{}]+)")
FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
# Openers whose quoted title the reader sees: `!!! tip "Title"`, `=== "Tab"`.
OPENER_TITLE = re.compile(r'^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*[ \t]+"(.*)"')
TAB_TITLE = re.compile(r'^[ \t]*===\+?!?[ \t]+"(.*)"')
# Front matter values shown to readers (search results, link previews).
SHOWN_META = ("title", "description")

Slugify = Callable[[str, str], str]
# Each check reads a page's tokens several times (headings, text): parse it once.
_parse = functools.lru_cache(maxsize=128)(parse)
__all__ = [
    "Heading",
    "Slugify",
    "Text",
    "clean",
    "front_matter_lines",
    "headings",
    "slugify",
    "texts",
]


@dataclass(frozen=True)
class Heading:
    """A heading: its line, level, visible text and id (explicit ``{ #id }`` or slugged)."""

    line: int
    level: int
    text: str
    id: str
    explicit: bool


@dataclass(frozen=True)
class Text:
    """Text a reader sees, on one source line; ``strong`` for bold spans."""

    line: int
    text: str
    strong: bool = False


def clean(text: str) -> str:
    """Visible text: attr_lists and footnote references removed."""
    return FOOTNOTE_REF.sub("", ATTR_LIST.sub("", text))


def headings(source: str, slug: Slugify = slugify, separator: str = "-") -> list[Heading]:
    """Every Markdown heading in order; ids as Python-Markdown's toc would give them."""
    found: list[Heading] = []
    tokens = _parse(source)
    for opening, inline in itertools.pairwise(tokens):
        if opening.type != "heading_open" or opening.map is None:
            continue
        attrs = ATTR_LIST.findall(inline.content)
        ids = [m.group(1) for block in attrs for m in EXPLICIT_ID.finditer(block.strip("{}: "))]
        text = " ".join(_plain(inline.children or []).split())
        found.append(
            Heading(
                line=opening.map[0] + 1,
                level=int(opening.tag[1:]),
                text=text,
                id=ids[-1] if ids else slug(text, separator),
                explicit=bool(ids),
            )
        )
    return found


def _plain(children: list[Token]) -> str:
    """The text of inline tokens, without markup, attr_lists or footnote references."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline", "image"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return clean("".join(parts))


def _inline(token: Token) -> Iterator[Text]:
    """One :class:`Text` per source line of an inline token, plus one per strong span."""
    assert token.map is not None
    line = token.map[0] + 1
    current: list[str] = []
    strong: list[str] | None = None
    strong_line = line
    for child in token.children or []:
        if child.type in ("softbreak", "hardbreak"):
            yield Text(line, clean("".join(current)))
            current = []
            line += 1
            if strong is not None:
                strong.append(" ")
        elif child.type in ("text", "image"):
            current.append(child.content)
            if strong is not None:
                strong.append(child.content)
        elif child.type == "code_inline":
            # Code is no prose, but it still separates words (and closes no quote).
            current.append(" ")
        elif child.type == "strong_open":
            strong, strong_line = [], line
        elif child.type == "strong_close" and strong is not None:
            yield Text(strong_line, clean(" ".join("".join(strong).split())), strong=True)
            strong = None
    yield Text(line, clean("".join(current)))


def front_matter_lines(source: str) -> dict[str, int]:
    """The line of each top-level front matter key.

    Read by :mod:`sitetools.kernel.frontmatter`: callers check first that the page's front matter
    is readable (a :class:`~sitetools.kernel.frontmatter.FrontMatterError` otherwise).
    """
    return dict(parse_front_matter(source, "page").key_lines)


def _front_matter(source: str) -> Iterator[Text]:
    """The shown meta-data values, each at the line of its key."""
    front_matter = parse_front_matter(source, "page")
    for key in SHOWN_META:
        value = front_matter.data.get(key)
        if isinstance(value, str):
            yield Text(front_matter.line_of(key), value)


def _titles(source: str) -> Iterator[Text]:
    """Admonition and tab titles (the markdown-it view blanks their lines)."""
    for number, raw in enumerate(source.splitlines(), 1):
        match = OPENER_TITLE.match(raw) or TAB_TITLE.match(raw)
        if match:
            yield Text(number, match.group(1))


def texts(source: str) -> list[Text]:
    """Everything a reader sees as text, in source order of lines; empty runs left out."""
    found = [*_front_matter(source), *_titles(source)]
    for token in _parse(source):
        if token.type == "inline" and token.map is not None:
            found.extend(_inline(token))
    found.sort(key=lambda text: text.line)
    return [text for text in found if text.text.strip()]
