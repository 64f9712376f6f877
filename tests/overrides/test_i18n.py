"""Both languages: lang attributes, switcher, hreflang, 404 pages, sitemap, search, strings."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from helpers import SITE_URL, page_names, page_url
from helpers_html import read

FR_PAGES = [page_url(name) for name in page_names()]


def page_file(site: Path, url: str) -> Path:
    """Built file of a site-root-relative directory URL."""
    return site / url / "index.html"


def url_of(site: Path, path: Path) -> str:
    """Absolute URL of a built file, under SITE_URL."""
    rel = path.relative_to(site).as_posix()
    return urljoin(SITE_URL, rel.removesuffix("index.html"))


def resolve(site: Path, page: Path, href: str) -> str:
    """Site-root-relative URL that `href` on `page` points to (fails if it leaves the site)."""
    target = urljoin(url_of(site, page), href)
    assert target.startswith(SITE_URL), f"{href} on {page} leaves the site: {target}"
    return urlsplit(target).path.removeprefix(urlsplit(SITE_URL).path)


@pytest.fixture(scope="module")
def pairs(site: Path) -> list[tuple[str, str]]:
    """(French URL, English URL) of every page, site-root-relative."""
    return [(url, f"en/{url}") for url in FR_PAGES]


def test_every_page_exists_in_both_languages(site: Path, pairs: list[tuple[str, str]]) -> None:
    for fr, en in pairs:
        assert page_file(site, fr).is_file(), fr
        assert page_file(site, en).is_file(), en


def test_html_lang_is_the_page_language(site: Path) -> None:
    for path in site.rglob("*.html"):
        if "assets" in path.relative_to(site).parts:
            continue
        expected = "en" if path.relative_to(site).parts[0] == "en" else "fr"
        assert read(path).find("html")[0].attrs["lang"] == expected, path


def test_switcher_goes_to_the_same_page_in_the_other_language(
    site: Path, pairs: list[tuple[str, str]]
) -> None:
    for fr, en in pairs:
        for here, there, other_lang in ((fr, en, "en"), (en, fr, "fr")):
            page = page_file(site, here)
            links = [
                e
                for e in read(page).find("a", hreflang=other_lang)
                if "md-select__link" in e.attrs.get("class", "")
            ]
            assert len(links) == 1, page
            assert resolve(site, page, links[0].attrs["href"]) == there, page


def test_hreflang_alternates_are_absolute_with_x_default(
    site: Path, pairs: list[tuple[str, str]]
) -> None:
    for fr, en in pairs:
        for here in (fr, en):
            document = read(page_file(site, here))
            alternates = {
                e.attrs["hreflang"]: e.attrs["href"]
                for e in document.find("link", rel="alternate")
                if "hreflang" in e.attrs
            }
            assert alternates == {
                "fr": SITE_URL + fr,
                "en": SITE_URL + en,
                "x-default": SITE_URL + fr,
            }, here
            canonical = document.find("link", rel="canonical")
            assert [e.attrs["href"] for e in canonical] == [SITE_URL + here]


@pytest.mark.parametrize(
    ("path", "lang", "title", "home"),
    [
        ("404.html", "fr", "Page introuvable", "/linkedin-ia/"),
        ("en/404.html", "en", "Page not found", "/linkedin-ia/en/"),
    ],
)
def test_a_404_page_per_language(site: Path, path: str, lang: str, title: str, home: str) -> None:
    document = read(site / path)
    assert document.find("html")[0].attrs["lang"] == lang
    assert title in document.text
    # Served at any depth, the 404 page links by absolute path under the site's own path.
    assert [e.attrs["href"] for e in document.find("link", rel="stylesheet")]
    for element in document.find("link", rel="stylesheet") + document.find("script"):
        ref = element.attrs.get("href") or element.attrs.get("src")
        if ref:
            assert ref.startswith("/linkedin-ia/assets/"), ref
            assert (site / ref.removeprefix("/linkedin-ia/")).is_file(), ref
    hrefs = {e.attrs["href"] for e in document.find("a")}
    assert home in hrefs
    assert not document.find("link", rel="alternate")
    # Only the site-wide 404 page (GitHub Pages serves it for /en/ too) sends /en/ readers on.
    forwards = '["/linkedin-ia/en/"].some(' in (site / path).read_text(encoding="utf-8")
    assert forwards == (lang == "fr")


def test_sitemap_lists_both_languages_with_absolute_alternates(
    site: Path, pairs: list[tuple[str, str]]
) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    tree = ET.parse(site / "sitemap.xml")
    entries = {
        url.findtext("s:loc", namespaces=ns): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)
        }
        for url in tree.getroot().findall("s:url", ns)
    }
    for fr, en in pairs:
        for here in (fr, en):
            assert entries.get(SITE_URL + here) == {"fr": SITE_URL + fr, "en": SITE_URL + en}


@pytest.mark.parametrize(("folder", "lang", "other"), [("", "fr", "en/"), ("en", "en", None)])
def test_each_language_searches_its_own_pages_with_its_own_stemmer(
    site: Path, folder: str, lang: str, other: str | None
) -> None:
    index = json.loads((site / folder / "search" / "search_index.json").read_text("utf-8"))
    assert index["config"]["lang"] == [lang]
    locations = [doc["location"] for doc in index["docs"]]
    assert "" in locations  # the language's home page
    assert "faq/" in locations
    if other:
        assert not [loc for loc in locations if loc.startswith(other)]
    # Pages of this language point Material at this index: base is the language root.
    home = read(site / folder / "faq" / "index.html")
    config = json.loads(next(s for s in home.inline_scripts if '"base"' in s))
    assert config["base"] == ".."
    assert (site / folder / "faq" / config["base"] / "search" / "search_index.json").is_file()


@pytest.mark.parametrize(
    ("path", "search", "reviewed"),
    [
        ("faq/index.html", "Rechercher", r"Texte confronté à ses sources le\s*\d{1,2} \w+ 20\d\d"),
        (
            "en/faq/index.html",
            "Search",
            r"Text checked against its sources on\s*\d{1,2} [A-Z][a-z]+ 20\d\d",
        ),
    ],
)
def test_theme_strings_and_dates_are_localised(
    site: Path, path: str, search: str, reviewed: str
) -> None:
    document = read(site / path)
    assert document.find("input", placeholder=search)
    assert re.search(reviewed, document.text), document.text[:300]


ENGLISH_ADMONITION_TITLES = {
    "Note",
    "Abstract",
    "Info",
    "Tip",
    "Success",
    "Question",
    "Warning",
    "Failure",
    "Danger",
    "Bug",
    "Example",
    "Quote",
}


def test_french_pages_have_no_english_admonition_titles(site: Path) -> None:
    for fr in FR_PAGES:
        text = page_file(site, fr).read_text("utf-8")
        titles = set(re.findall(r'<p class="admonition-title">([^<]*)</p>', text))
        titles |= set(re.findall(r"<summary>([^<]*)</summary>", text))
        assert not titles & ENGLISH_ADMONITION_TITLES, (fr, titles)
