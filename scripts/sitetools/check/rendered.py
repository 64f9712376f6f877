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


# Whole built pages are large (inline SVG icons, the theme's markup): their ids and the URLs
# they load are read by pattern, which is ten times faster than parsing and errs on the side
# of finding more (an id in a comment counts), so it never invents a broken link.
_ATTR = r"""\s{name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"""
_ID = re.compile(_ATTR.format(name="(?:id|name)"), re.IGNORECASE)


def _values(pattern: re.Pattern[str], html: str) -> list[str]:
    return [unescape(a or b or c) for a, b, c in pattern.findall(html)]


def page_ids(html: str) -> frozenset[str]:
    """Every ``id`` (and ``<a name>``) of a whole built page."""
    return frozenset(_values(_ID, html))


# An image URL wherever it stands (attribute, srcset, inline style, script, JSON): what the
# theme, CSS and extensions load. Reading by pattern keeps a 1,500-page site's nav cheap.
_IMAGE_URL = re.compile(
    r"""[^\s"'(),=<>]+\.(?:png|jpe?g|webp|avif|svg|gif|ico|bmp|tiff?)(?=[?#"'\s(),<>]|$)""",
    re.IGNORECASE,
)


def image_urls(text: str) -> set[str]:
    """Every image URL a built file names (theme parts included), once each."""
    return {unescape(url) for url in _IMAGE_URL.findall(text)}


def css_urls(text: str) -> list[str]:
    """The ``url(...)`` of a stylesheet."""
    return [url.strip() for url in _CSS_URL.findall(text)]
