"""Each page's pencil ("Modifier cette page" / "Edit this page") opens its own source file,
in its own language, so that a reader fixing a typo lands in the right file."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ROOT
from helpers_html import read

DOCS = ROOT / "docs"
TITLES = {"fr": "Modifier cette page", "en": "Edit this page"}
PREFIX = {"fr": "", "en": "en/"}


def sources() -> list[tuple[str, str]]:
    """(language, page path relative to its language folder) of every page."""
    return [
        (lang, page.relative_to(DOCS / lang).as_posix())
        for lang in TITLES
        for page in sorted((DOCS / lang).rglob("*.md"))
    ]


def built(site: Path, lang: str, rel: str) -> Path:
    stem = rel.removesuffix(".md")
    folder = "" if stem == "index" else stem.removesuffix("/index") + "/"
    return site / f"{PREFIX[lang]}{folder}index.html"


@pytest.mark.parametrize(("lang", "rel"), sources())
def test_the_edit_link_opens_the_page_source_in_its_language(
    site: Path, lang: str, rel: str
) -> None:
    links = read(built(site, lang, rel)).find("a", title=TITLES[lang])
    assert len(links) == 1, f"{lang}/{rel}: one edit link"
    href = links[0].attrs["href"]
    assert href.endswith(f"/edit/main/docs/{lang}/{rel}"), href
    assert (DOCS / lang / rel).is_file()
