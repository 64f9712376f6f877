"""Links and images of a Markdown page, with their line and column, read by markdown-it-py.

markdown-it-py follows CommonMark, where text indented by four spaces is code. Python-Markdown
extensions (admonitions, details, tabs, footnotes, definition lists) indent their content
instead: :func:`commonmark_view` lifts that content out first, keeping every line where it
was, so links inside tabs are links and code inside tabs stays code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mkdocs.utils.meta import get_data

INDENT = 4
# Lines that open an indented block and carry nothing else: `!!! note`, `??? tip`, `=== "Tab"`.
_OPENER = re.compile(r"(?:!!!|\?\?\?\+?)\s+\S|===\+?!?\s+\S")
# Lines whose content starts after a marker: footnote definitions and definition-list items.
_CARRIER = re.compile(r"\[\^[^\]\s]+\]:[ \t]*(?=\S)|:[ \t]{1,3}(?=\S)")
_HTML_LINKS = {"a": "href", "img": "src"}


@dataclass(frozen=True)
class Link:
    """A link or image as written in a page: ``url`` is what the parser resolved."""

    url: str
    line: int
    column: int | None
    image: bool = False
    # Images only: their alt text ("" when there is none).
    alt: str = ""
    # As written in the source, for reports (the parser percent-encodes ``url``).
    text: str = ""


def _front_matter_lines(source: str) -> int:
    """How many lines MkDocs strips from the top as YAML or MultiMarkdown meta-data."""
    doc, meta = get_data(source)
    return source.count("\n") - doc.count("\n") if meta else 0


def front_matter(source: str) -> str:
    """The meta-data lines of a page (they may name an image, e.g. for social cards)."""
    return "\n".join(source.splitlines()[: _front_matter_lines(source)])


def commonmark_view(source: str) -> str:
    """The page as CommonMark would need it, line for line: meta-data blanked, blocks lifted."""
    lines = source.splitlines()
    skipped = _front_matter_lines(source)
    view: list[str] = []
    bodies: list[int] = []  # the indentation each open block's content starts at
    for number, raw in enumerate(lines):
        if number < skipped:
            view.append("")
            continue
        body = raw.lstrip(" \t")
        if not body:
            view.append("")
            continue
        indent = len(raw[: len(raw) - len(body)].expandtabs(INDENT))
        while bodies and indent < bodies[-1]:
            bodies.pop()
        kept = " " * (indent - INDENT * len(bodies))
        if _OPENER.match(body):
            view.append("")
            bodies.append(indent + INDENT)
        elif carrier := _CARRIER.match(body):
            view.append(kept + body[carrier.end() :])
            bodies.append(indent + INDENT)
        else:
            view.append(kept + body)
    return "\n".join(view) + "\n"


class _HtmlLinks(HTMLParser):
    """``<a href>`` and ``<img src>`` in raw HTML, with their line inside the fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = _HTML_LINKS.get(tag)
        values = dict(attrs)
        url = values.get(wanted) if wanted else None
        if url is not None:
            self.found.append((self.getpos()[0], tag, url, values.get("alt")))


def _html_links(fragment: str) -> list[tuple[int, str, str, str | None]]:
    parser = _HtmlLinks()
    parser.feed(fragment)
    parser.close()
    return parser.found


class _Locator:
    """Finds the column of each link in the original lines, left to right."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.cursor: dict[int, int] = {}

    def locate(self, line: int, url: str) -> tuple[int | None, str]:
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        start = self.cursor.get(line, 0)
        for candidate in dict.fromkeys((url, unquote(url))):
            found = text.find(candidate, start)
            if found >= 0 and candidate:
                self.cursor[line] = found + len(candidate)
                return found + 1, candidate
        return None, unquote(url)


def _inline_links(token: Token, locator: _Locator) -> Iterator[Link]:
    assert token.map is not None
    line = token.map[0] + 1
    for child in token.children or []:
        if child.type in ("softbreak", "hardbreak"):
            line += 1
        elif child.type == "link_open":
            url = str(child.attrs.get("href", ""))
            column, text = locator.locate(line, url)
            yield Link(url, line, column, text=text)
        elif child.type == "image":
            url = str(child.attrs.get("src", ""))
            column, text = locator.locate(line, url)
            yield Link(url, line, column, image=True, alt=child.content, text=text)
        elif child.type == "html_inline":
            yield from _raw_links(child.content, line, locator)
        if child.type in ("text", "html_inline"):
            line += child.content.count("\n")


def _raw_links(fragment: str, first_line: int, locator: _Locator) -> Iterator[Link]:
    for offset, tag, url, alt in _html_links(fragment):
        line = first_line + offset - 1
        column, text = locator.locate(line, url)
        yield Link(url, line, column, image=tag == "img", alt=alt or "", text=text)


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"store_labels": True}).enable(["table", "strikethrough"])


_MD = _parser()


def parse(source: str) -> list[Token]:
    """markdown-it tokens of a page's :func:`commonmark_view`: line numbers are the source's."""
    return _MD.parse(commonmark_view(source))


def extract_links(source: str) -> list[Link]:
    """Every link and image of a page, in reading order; code spans and blocks hold none."""
    locator = _Locator(source.splitlines())
    links: list[Link] = []
    for token in parse(source):
        if token.type == "inline":
            links.extend(_inline_links(token, locator))
        elif token.type == "html_block" and token.map is not None:
            links.extend(_raw_links(token.content, token.map[0] + 1, locator))
    return links
