"""The built Share page, in both languages: its kit, its ids, its card, its script."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from helpers import ROOT, SITE_URL, mkdocs_build
from helpers_html import Document, read
from pypdf import PdfReader

from sitetools.share_kit.site import COPY_SCRIPT

LANGS = {"fr": "", "en": "en/"}
H2_ID = re.compile(r'<h2 id="([^"]+)"')
PRE = re.compile(r'<pre class="share-kit__text" id="([^"]+)">(.*?)</pre>', re.DOTALL)
KIT_LINK = re.compile(r'href="([^"]*assets/share/[^"]+)"')


def setting_label(lang: str) -> str:
    """The setting's name in `lang`, as glossary/ui-labels.yml gives it."""
    labels = yaml.safe_load((ROOT / "glossary" / "ui-labels.yml").read_text("utf-8"))["labels"]
    return " ".join(labels["genai_setting"][lang].split())


def page_path(site: Path, lang: str) -> Path:
    return site / LANGS[lang] / "share" / "index.html"


def source(site: Path, lang: str) -> str:
    return page_path(site, lang).read_text("utf-8")


def test_built_in_both_languages_with_the_same_ids(site: Path) -> None:
    ids = {lang: H2_ID.findall(source(site, lang)) for lang in LANGS}
    assert ids["fr"] == ids["en"]
    assert {"text", "carousel", "images"} <= set(ids["fr"])


def test_in_the_sitemap_in_both_languages(site: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {
        element.text for element in ET.parse(site / "sitemap.xml").getroot().findall(".//s:loc", ns)
    }
    for prefix in LANGS.values():
        assert f"{SITE_URL}{prefix}share/" in locations


def test_each_language_has_its_own_card(site: Path) -> None:
    cards = {}
    for lang in LANGS:
        document: Document = read(page_path(site, lang))
        image = document.find("meta", property="og:image")[0].attrs["content"]
        assert image.startswith(SITE_URL) and image.endswith("/share.png")
        cards[lang] = (
            site / urlsplit(image).path.removeprefix(urlsplit(SITE_URL).path)
        ).read_bytes()
    assert cards["fr"] != cards["en"]


@pytest.mark.parametrize("lang", LANGS)
def test_kit_links_point_at_built_assets_drawn_for_this_site(site: Path, lang: str) -> None:
    page_url = f"{SITE_URL}{LANGS[lang]}share/"
    links = KIT_LINK.findall(source(site, lang))
    suffixes = sorted(Path(link).suffix for link in links)
    assert suffixes == [".pdf", ".png", ".png"]
    base = urlsplit(SITE_URL).path
    for link in links:
        built = site / urlsplit(urljoin(page_url, link)).path.removeprefix(base)
        assert built.is_file(), link
        if built.suffix == ".pdf":
            text = " ".join(p.extract_text() for p in PdfReader(built).pages)
            assert urlsplit(SITE_URL).netloc in " ".join(text.split())


@pytest.mark.parametrize("lang", LANGS)
def test_text_is_there_without_javascript_and_the_buttons_wait_for_it(
    site: Path, lang: str
) -> None:
    page = source(site, lang)
    texts = dict(PRE.findall(page))
    post = html.unescape(texts["share-kit-post"])
    assert f"{SITE_URL}{LANGS[lang]}opt-out/" in post
    assert setting_label(lang) in post.replace("\u00a0", " ")
    for element_id in texts:
        button = re.search(
            rf'<p class="share-kit__copy" hidden><button[^>]*data-copy-text="{element_id}"', page
        )
        assert button, element_id


def test_copy_script_is_loaded_on_the_share_pages_only(site: Path) -> None:
    name = Path(COPY_SCRIPT).name
    for lang in LANGS:
        assert name in source(site, lang)
        assert name not in (site / LANGS[lang] / "opt-out" / "index.html").read_text("utf-8")
        assert name not in (site / LANGS[lang] / "index.html").read_text("utf-8")


def _fails_in_one_line(project: Path, tmp_path: Path, *names: str) -> None:
    result = mkdocs_build(project, tmp_path / "out")
    assert result.returncode != 0, "the build should have failed"
    for name in names:
        assert name in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_a_label_the_glossary_has_not_seen_stops_the_build_naming_it(
    project_copy: Path, tmp_path: Path
) -> None:
    glossary = project_copy / "glossary" / "ui-labels.yml"
    text = glossary.read_text("utf-8")
    english = "    en: Data for Generative AI Improvement\n"
    assert english in text
    glossary.write_text(text.replace(english, "    en: null\n"), "utf-8")
    _fails_in_one_line(project_copy, tmp_path, "data/share-kit.yml: en", "'genai_setting'")


def test_an_unknown_marker_stops_the_build_naming_the_page(
    project_copy: Path, tmp_path: Path
) -> None:
    page = project_copy / "docs" / "en" / "share.md"
    page.write_text(page.read_text("utf-8") + "\n<!-- share-kit:poster -->\n", "utf-8")
    _fails_in_one_line(project_copy, tmp_path, "docs/en/share.md", "share-kit:poster")
