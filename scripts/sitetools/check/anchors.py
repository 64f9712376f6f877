"""The ids a page will have once built, from Python-Markdown with the site's own extensions.

Rendering with MkDocs' renderer and the configured extensions gives the exact ids of the
built page: explicit ``{ #id }``, headings slugged by the configured ``toc`` slugify (the
default strips accents: "Prérequis" -> ``prerequis``), ``id=`` in raw HTML (``<span id>``),
attr_list ids on any element, footnotes (``fn:1``) and tabs.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import markdown
from mkdocs.utils.meta import get_data

from sitetools.check.config import Site
from sitetools.check.model import InputError


class _Ids(HTMLParser):
    """Every ``id`` attribute, and ``<a name>`` which browsers also scroll to."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if value and (key == "id" or (tag == "a" and key == "name")):
                self.ids.add(value)


def html_ids(html: str) -> frozenset[str]:
    """The ids an HTML fragment defines."""
    parser = _Ids()
    parser.feed(html)
    parser.close()
    return frozenset(parser.ids)


class Anchors:
    """Renders pages on demand and remembers their ids."""

    def __init__(self, site: Site) -> None:
        self._site = site
        self._ids: dict[Path, frozenset[str]] = {}
        self._md: markdown.Markdown | None = None

    def _renderer(self) -> markdown.Markdown:
        if self._md is None:
            self._md = markdown.Markdown(
                extensions=list(self._site.markdown_extensions),
                extension_configs={k: dict(v) for k, v in self._site.mdx_configs.items()},
            )
        return self._md

    def ids(self, path: Path, source: str) -> frozenset[str]:
        """The ids of the page at ``path`` whose Markdown is ``source``."""
        if path not in self._ids:
            doc, _ = get_data(source)
            try:
                html = self._renderer().reset().convert(doc)
            except Exception as error:  # an extension failing on this page
                name = self._site.rel(path)
                raise InputError(f"{name}: Markdown rendering failed: {error}") from error
            self._ids[path] = html_ids(html)
        return self._ids[path]
