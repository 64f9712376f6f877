"""A small HTML reader for tests over the built site (stdlib only)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    line: int


@dataclass
class Document:
    path: Path
    elements: list[Element] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    inline_styles: list[str] = field(default_factory=list)
    inline_scripts: list[str] = field(default_factory=list)
    ld_json: list[str] = field(default_factory=list)

    def find(self, tag: str, **attrs: str) -> list[Element]:
        """Elements of `tag` whose attributes include all of `attrs` (rel is token-matched)."""
        found = []
        for element in self.elements:
            if element.tag != tag:
                continue
            ok = True
            for key, value in attrs.items():
                actual = element.attrs.get(key)
                if key == "rel":
                    ok = actual is not None and value in actual.split()
                else:
                    ok = actual == value
                if not ok:
                    break
            if ok:
                found.append(element)
        return found

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.texts).split())


class _Reader(HTMLParser):
    def __init__(self, document: Document) -> None:
        super().__init__(convert_charrefs=True)
        self.document = document
        self._raw: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        self.document.elements.append(Element(tag, values, self.getpos()[0]))
        if tag == "script" and values.get("type") == "application/ld+json":
            self._raw = "ld+json"
        elif tag in ("style", "script") and "src" not in values:
            self._raw = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == self._raw or (tag == "script" and self._raw == "ld+json"):
            self._raw = None

    def handle_data(self, data: str) -> None:
        if self._raw == "style":
            self.document.inline_styles.append(data)
        elif self._raw == "script":
            self.document.inline_scripts.append(data)
        elif self._raw == "ld+json":
            self.document.ld_json.append(data)
        else:
            self.document.texts.append(data)


def read(path: Path) -> Document:
    document = Document(path)
    reader = _Reader(document)
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return document


def pages(site: Path) -> list[Path]:
    """Every built HTML page: content pages and the 404 pages."""
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts)
