"""What a built page holds: the links and images of its content area, and its ids.

The browser's view: every ``href``/``src`` a reader can follow or load, raw HTML and Markdown
alike, once MkDocs, its extensions, plugins and hooks are done with the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

# The attributes that lead somewhere, per element. srcset is a list, handled apart.
_LINK_ATTRS = {
    "a": ("href",),
    "area": ("href",),
    "img": ("src",),
    "source": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
}
_IMAGE_TAGS = frozenset({"img"})
_TEXT_ONLY = frozenset({"code", "pre", "script", "style", "kbd", "samp"})
FOOTNOTE_CALL = re.compile(r"\[\^([^\]\s]+)\]")
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")


@dataclass(frozen=True)
class Ref:
    """One URL of a page: ``image`` for what ``<img>`` loads, with its alt text."""

    tag: str
    url: str
    image: bool = False
    alt: str | None = None


def _srcset_urls(value: str) -> list[str]:
    return [part.split()[0] for part in value.split(",") if part.split()]


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[Ref] = []
        self.ids: set[str] = set()
        self.calls: list[str] = []
        self._code_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value for key, value in attrs if value is not None}
        if tag in _TEXT_ONLY:
            self._code_depth += 1
        for key in ("id",):
            if values.get(key):
                self.ids.add(values[key])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        for attr in _LINK_ATTRS.get(tag, ()):
            if attr in values:
                image = tag in _IMAGE_TAGS and attr == "src"
                alt = values.get("alt") if image else None
                self.refs.append(Ref(tag, values[attr].strip(), image, alt))
        if "srcset" in values:
            for url in _srcset_urls(values["srcset"]):
                self.refs.append(Ref(tag, url, image=True, alt=" "))
        style = values.get("style")
        if style:
            self.refs.extend(
                Ref(tag, url.strip(), image=True, alt=" ") for url in _CSS_URL.findall(style)
            )

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _TEXT_ONLY:
            self._code_depth -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _TEXT_ONLY and self._code_depth:
            self._code_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self._code_depth and "[^" in data:
            self.calls.extend(match.group() for match in FOOTNOTE_CALL.finditer(data))


@dataclass(frozen=True)
class Parsed:
    """A parsed page or fragment."""

    refs: tuple[Ref, ...]
    ids: frozenset[str]
    # Footnote calls left as text (outside code): footnotes the page never defines.
    footnote_calls: tuple[str, ...]


def parse_html(html: str) -> Parsed:
    """Refs, ids and leftover footnote calls of an HTML document or fragment."""
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return Parsed(tuple(parser.refs), frozenset(parser.ids), tuple(parser.calls))


# Whole built pages are large (a big site's nav is on every page): their ids and the image
# URLs they name are read by patterns that start with a literal, which the regex engine scans
# for quickly. They err on the side of finding more (an id in a comment counts), so they never
# invent a broken link.
_VALUE = r"""\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"""
_ID = re.compile("id" + _VALUE)
_NAME = re.compile("name" + _VALUE)
_SUFFIXES = "png|jpe?g|webp|avif|svg|gif|ico|bmp|tiff?"
_IMAGE_SUFFIX = re.compile(rf"""\.(?:{_SUFFIXES}|{_SUFFIXES.upper()})(?=[?#"'\s(),<>]|$)""")
_URL_DELIMITERS = " \t\n\r\"'(),=<>"
_URL_MAX = 2000


def _attribute(pattern: re.Pattern[str], html: str) -> set[str]:
    return {
        unescape(next(value for value in match.groups() if value is not None))
        for match in pattern.finditer(html)
        if match.start() and html[match.start() - 1].isspace()
    }


def page_ids(html: str) -> frozenset[str]:
    """Every ``id`` (and ``name``, for ``<a name>``) of a whole built page."""
    return frozenset(_attribute(_ID, html) | _attribute(_NAME, html))


def image_urls(text: str) -> set[str]:
    """Every image URL a built file names (attribute, srcset, style, script), once each."""
    urls = set()
    for match in _IMAGE_SUFFIX.finditer(text):
        window = text[max(0, match.start() - _URL_MAX) : match.start()]
        head = window[max(window.rfind(c) for c in _URL_DELIMITERS) + 1 :]
        if head:
            urls.add(unescape(head + match.group()))
    return urls


def css_urls(text: str) -> list[str]:
    """The ``url(...)`` of a stylesheet."""
    return [url.strip() for url in _CSS_URL.findall(text)]
