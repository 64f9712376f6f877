"""Link previews, structured data, share links, feeds, robots.txt and icons, in both languages."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from helpers import ROOT, SITE_URL, page_names
from helpers_html import Document, read
from PIL import Image

PAGES = page_names()
LOCALES = {"fr": ("", "fr_FR", "en_GB"), "en": ("en/", "en_GB", "fr_FR")}
SHARE_HOSTS = {
    "www.linkedin.com",
    "twitter.com",
    "bsky.app",
    "wa.me",
    "www.facebook.com",
}


def page_url(lang: str, page: str) -> str:
    prefix = LOCALES[lang][0]
    return SITE_URL + prefix + ("" if page == "index" else f"{page}/")


def built(site: Path, lang: str, page: str) -> Document:
    prefix = LOCALES[lang][0]
    return read(site / prefix / ("" if page == "index" else page) / "index.html")


# A section heading written in Markdown (`## Question { #id }`): an id and nothing else.
CONTENT_H2 = re.compile(r'<h2 id="[^"]+">(.*?)</h2>', re.DOTALL)
TAG = re.compile(r"<[^>]+>")
HEADERLINK = re.compile(r'<a class="headerlink".*?</a>', re.DOTALL)
ORDERED_LIST_ITEM = re.compile(r"<li>|<ol[ >]|</ol>")


def visible_h2(document: Document) -> list[str]:
    """The text of each section heading of a built page, as the reader sees it."""
    source = document.path.read_text("utf-8")
    return [
        " ".join(html.unescape(TAG.sub("", HEADERLINK.sub("", h))).split())
        for h in CONTENT_H2.findall(source)
    ]


def first_tab_steps(document: Document) -> int:
    """How many steps the first list of the first tab shows (nested lists not counted)."""
    source = document.path.read_text("utf-8")
    block = source[source.index('<div class="tabbed-block">') :]
    depth, steps = 0, 0
    for token in ORDERED_LIST_ITEM.findall(block[block.index("<ol") :]):
        if token == "</ol>":
            depth -= 1
            if depth == 0:
                break
        elif token.startswith("<ol"):
            depth += 1
        elif depth == 1:
            steps += 1
    return steps


def meta(document: Document, key: str) -> list[str]:
    """Contents of <meta property=key> or <meta name=key>."""
    return [
        e.attrs.get("content", "")
        for e in document.find("meta")
        if e.attrs.get("property") == key or e.attrs.get("name") == key
    ]


@pytest.mark.parametrize("lang", LOCALES)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_the_full_preview_tag_set(site: Path, lang: str, page: str) -> None:
    document = built(site, lang, page)
    url = page_url(lang, page)
    _, locale, alternate = LOCALES[lang]
    assert document.find("title")
    assert meta(document, "description") and meta(document, "description")[0].strip()
    assert [e.attrs["href"] for e in document.find("link", rel="canonical")] == [url]
    assert meta(document, "og:url") == [url]
    assert meta(document, "og:type") == ["website" if page == "index" else "article"]
    assert meta(document, "og:title")[0].strip()
    assert meta(document, "og:description") == meta(document, "description")
    assert meta(document, "og:locale") == [locale]
    assert meta(document, "og:locale:alternate") == [alternate]
    assert meta(document, "og:image") == [f"{SITE_URL}assets/images/social/{lang}/{page}.png"]
    assert meta(document, "og:image:width") == ["1200"]
    assert meta(document, "og:image:height") == ["630"]
    assert meta(document, "og:image:alt")[0].startswith(meta(document, "og:title")[0])
    assert meta(document, "twitter:card") == ["summary_large_image"]
    assert meta(document, "twitter:image") == meta(document, "og:image")


@pytest.mark.parametrize("page", PAGES)
def test_cards_exist_at_1200x630_and_differ_between_languages(site: Path, page: str) -> None:
    cards = [site / "assets" / "images" / "social" / lang / f"{page}.png" for lang in LOCALES]
    for card in cards:
        with Image.open(card) as image:
            assert image.size == (1200, 630)
            assert image.format == "PNG"
    assert cards[0].read_bytes() != cards[1].read_bytes()


def json_ld(document: Document) -> list[dict[str, object]]:
    return [json.loads(s) for s in document.ld_json]


@pytest.mark.parametrize("lang", LOCALES)
@pytest.mark.parametrize("page", PAGES)
def test_structured_data_parses_and_has_the_page_type(site: Path, lang: str, page: str) -> None:
    document = built(site, lang, page)
    data = json_ld(document)
    types = [d["@type"] for d in data]
    expected = {
        "index": ["WebSite"],
        "faq": ["FAQPage", "BreadcrumbList"],
        "opt-out": ["HowTo", "BreadcrumbList"],
    }
    assert types == expected.get(page, ["WebPage", "BreadcrumbList"])
    for item in data:
        assert item["@context"] == "https://schema.org"
        assert item.get("inLanguage", lang) == lang


@pytest.mark.parametrize("lang", LOCALES)
def test_faq_structured_data_matches_the_visible_questions(site: Path, lang: str) -> None:
    document = built(site, lang, "faq")
    faq = json_ld(document)[0]
    questions = [q["name"] for q in faq["mainEntity"]]  # type: ignore[index]
    assert questions == visible_h2(document)  # every question the reader sees, and only those
    visible = document.text
    for question in faq["mainEntity"]:  # type: ignore[union-attr]
        assert question["name"] in visible
        answer = question["acceptedAnswer"]["text"]
        assert len(answer) > 40
        assert answer[:40] in visible


@pytest.mark.parametrize("lang", LOCALES)
def test_howto_steps_match_the_desktop_tab(site: Path, lang: str) -> None:
    document = built(site, lang, "opt-out")
    howto = json_ld(document)[0]
    steps = howto["step"]  # type: ignore[index]
    assert [s["position"] for s in steps] == list(range(1, first_tab_steps(document) + 1))
    visible = document.text
    for step in steps:
        assert step["text"] in visible
        if "image" in step:
            path = urlsplit(step["image"]).path.removeprefix(urlsplit(SITE_URL).path)
            assert (site / unquote(path)).is_file(), step["image"]


@pytest.mark.parametrize("lang", LOCALES)
@pytest.mark.parametrize("page", PAGES)
def test_share_links_carry_the_canonical_url_and_nothing_else(
    site: Path, lang: str, page: str
) -> None:
    document = built(site, lang, page)
    url = page_url(lang, page)
    links = [e for e in document.find("a") if "share__link" in e.attrs.get("class", "")]
    hosts = set()
    for link in links:
        href = link.attrs["href"]
        parts = urlsplit(href)
        if parts.scheme == "mailto":
            assert url in unquote(href)
            continue
        hosts.add(parts.netloc)
        assert parts.scheme == "https"
        assert set(link.attrs["rel"].split()) >= {"noopener", "noreferrer"}
        values = [v for vs in parse_qs(parts.query).values() for v in vs]
        assert any(url in v for v in values), href
        assert not [k for k in parse_qs(parts.query) if k.startswith("utm_") or k == "fbclid"]
    assert hosts == SHARE_HOSTS
    assert document.find("input", id="share-mastodon-instance")


def test_robots_txt_points_to_the_sitemap(site: Path) -> None:
    robots = (site / "robots.txt").read_text("utf-8")
    assert f"Sitemap: {SITE_URL}sitemap.xml" in robots


@pytest.mark.parametrize("lang", LOCALES)
def test_manifest_icons_and_feed_per_language(site: Path, lang: str) -> None:
    root = site / LOCALES[lang][0]
    manifest = json.loads((root / "site.webmanifest").read_text("utf-8"))
    assert manifest["lang"] == lang
    for icon in manifest["icons"]:
        with Image.open((root / icon["src"]).resolve()) as image:
            assert f"{image.width}x{image.height}" == icon["sizes"]
    feed = ET.parse(root / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    assert feed.tag == f"{atom}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    assert feed.findall(f"{atom}entry")
    home = built(site, lang, "index")
    feeds = [e for e in home.find("link", rel="alternate") if "atom" in e.attrs.get("type", "")]
    assert len(feeds) == 1
    updates = built(site, lang, "updates")
    entry_title = feed.find(f"{atom}entry/{atom}title")
    assert entry_title is not None and entry_title.text in updates.text


SITECUSTOMIZE = """
import socket
def _refuse(*args, **kwargs):
    raise OSError("network disabled by the offline build test")
socket.socket.connect = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""


def test_a_build_without_network_produces_every_card(tmp_path: Path) -> None:
    """With an empty cache: no card kept from an earlier build (card_cache.py)."""
    (tmp_path / "sitecustomize.py").write_text(SITECUSTOMIZE, "utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path),
        "SITE_URL": SITE_URL,
        "NO_MKDOCS_2_WARNING": "1",
        "SITE_CACHE_DIR": str(tmp_path / "empty-cache"),
    }
    out = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    probe = subprocess.run(
        [sys.executable, "-c", "import socket; socket.getaddrinfo('x', 1)"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "network disabled" in probe.stderr  # the guard really was active
    for lang in LOCALES:
        for page in PAGES:
            assert (out / "assets" / "images" / "social" / lang / f"{page}.png").is_file()
    assert list((tmp_path / "empty-cache" / "social").glob("*.png")), "no card was drawn"
