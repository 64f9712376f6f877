"""Link extraction: positions, code, containers, references, raw HTML, meta-data."""

from __future__ import annotations

import textwrap
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import unquote

import markdown
import pytest
from helpers import ROOT
from mkdocs.utils.meta import get_data

from sitetools.check.links import Kind, classify
from sitetools.kernel.config import load_site
from sitetools.kernel.markdown import Link, commonmark_view, extract_links


def links(source: str) -> list[tuple[str, int, int | None]]:
    return [(link.url, link.line, link.column) for link in extract_links(textwrap.dedent(source))]


def test_inline_links_and_images_with_line_and_column():
    source = """\
    # Title

    See [a](a.md) and ![shot](img/s.png)
    then [b](b.md#part).
    """
    assert links(source) == [("a.md", 3, 9), ("img/s.png", 3, 27), ("b.md#part", 4, 10)]


def test_image_alt_and_text_as_written():
    [image] = extract_links("![A screenshot](shot.png#only-light)\n")
    assert image == Link(
        "shot.png#only-light", 1, 17, image=True, alt="A screenshot", text="shot.png#only-light"
    )
    [bare] = extract_links("![](shot.png)\n")
    assert bare.alt == ""


def test_code_spans_and_blocks_hold_no_links():
    source = """\
    Text `[no](inline.md)` and [yes](yes.md).

    ```markdown
    [no](fenced.md)
    ```

        [no](indented.md)
    """
    assert links(source) == [("yes.md", 1, 34)]


def test_reference_links_resolve_to_their_definition():
    source = """\
    Read [the guide][guide] and [Other].

    [guide]: guide.md#start
    [other]: https://example.org/x
    """
    assert links(source) == [("guide.md#start", 1, None), ("https://example.org/x", 1, None)]


def test_html_links_and_images():
    source = """\
    Inline <a href="inline.md">x</a> here.

    <div class="grid">
      <img src="pic.png" alt="Pic">
      <a href="block.md#top">y</a>
    </div>
    """
    found = extract_links(textwrap.dedent(source))
    assert [(link.url, link.line, link.column, link.image) for link in found] == [
        ("inline.md", 1, 17, False),
        ("pic.png", 4, 13, True),
        ("block.md#top", 5, 12, False),
    ]
    assert found[1].alt == "Pic"


CONTAINERS = """\
    !!! note "Note"
        In a note: [n](note.md).

    === "Android"

        1. Open [a](android.md).

            ```
            [code](in-tab-code.md)
            ```

    ??? tip
        [t](tip.md)

    Text[^1].

    [^1]: See [s](sources.md#s12).
        More [m](more.md).

    Term
    :   Definition [d](def.md).
"""


def test_admonitions_tabs_and_footnotes_are_read_but_their_code_is_not():
    assert links(CONTAINERS) == [
        ("note.md", 2, 20),
        ("android.md", 6, 17),
        ("tip.md", 13, 9),
        ("sources.md#s12", 17, 15),
        ("more.md", 18, 14),
        ("def.md", 21, 20),
    ]


def test_front_matter_is_not_markdown():
    source = """\
    ---
    title: x
    image: not-a-link.png
    ---

    [a](a.md)
    """
    assert links(source) == [("a.md", 6, 5)]
    assert commonmark_view(textwrap.dedent(source)).splitlines()[:4] == ["", "", "", ""]


def test_links_on_several_lines_of_a_table():
    source = """\
    | Page | Link |
    |------|------|
    | one  | [1](one.md) |
    | two  | [2](two.md) |
    """
    assert links(source) == [("one.md", 3, 14), ("two.md", 4, 14)]


def test_the_same_url_twice_on_a_line_gets_two_columns():
    assert links("[a](x.md) [b](x.md)\n") == [("x.md", 1, 5), ("x.md", 1, 15)]


def test_non_ascii_urls_are_located_as_written():
    [link] = extract_links("Voir [p](page.md#prérequis).\n")
    assert (link.line, link.column, link.text) == (1, 10, "page.md#prérequis")


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://example.org/", Kind.EXTERNAL),
        ("http://127.0.0.1:8000/x", Kind.EXTERNAL),
        ("//cdn.example.org/x.js", Kind.EXTERNAL),
        ("page.md", Kind.LOCAL),
        ("#anchor", Kind.LOCAL),
        ("../img/a.png#only-dark", Kind.LOCAL),
        ("mailto:someone@example.org", Kind.SKIPPED),
        ("tel:+33100000000", Kind.SKIPPED),
        ("/absolute/path/", Kind.LOCAL),
        ("", Kind.SKIPPED),
    ],
)
def test_classify(url, kind):
    assert classify(url) is kind


class _RenderedLinks(HTMLParser):
    """Links and images of Python-Markdown's HTML, less its own (permalinks, footnotes)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        own = any(word in (values.get("class") or "") for word in ("headerlink", "footnote"))
        url = values.get("href" if tag == "a" else "src" if tag == "img" else "")
        if url and not own:
            self.urls.append(unquote(url))


def rendered_urls(renderer: markdown.Markdown, source: str) -> Counter[str]:
    parser = _RenderedLinks()
    parser.feed(renderer.reset().convert(get_data(source)[0]))
    return Counter(parser.urls)


def found_urls(source: str) -> Counter[str]:
    return Counter(unquote(link.url) for link in extract_links(source))


def test_extraction_matches_python_markdown_on_containers():
    renderer = markdown.Markdown(
        extensions=[
            "admonition",
            "attr_list",
            "def_list",
            "footnotes",
            "md_in_html",
            "tables",
            "pymdownx.details",
            "pymdownx.superfences",
            "pymdownx.tabbed",
        ]
    )
    source = textwrap.dedent(CONTAINERS)
    assert found_urls(source) == rendered_urls(renderer, source)


def test_extraction_matches_mkdocs_renderer_on_the_real_site():
    """Every page of the site: the links found are exactly those MkDocs will render."""
    site = load_site(ROOT / "mkdocs.yml")
    renderer = markdown.Markdown(
        extensions=list(site.markdown_extensions),
        extension_configs={key: dict(value) for key, value in site.mdx_configs.items()},
    )
    pages = sorted(site.docs_dir.rglob("*.md"))
    assert pages
    for path in pages:
        source = path.read_text(encoding="utf-8")
        assert found_urls(source) == rendered_urls(renderer, source), path
