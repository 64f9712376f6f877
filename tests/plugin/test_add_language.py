"""A third language in one command (scripts/add_language.py): after it, the strict build passes
and the new language has what the others have."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import ROOT, SITE_URL, copy_project, mkdocs_build

from sitetools.add_language import main


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project with German added from English, built."""
    project = copy_project(tmp_path_factory.mktemp("third") / "project")
    assert main(["de", "--name", "Deutsch", "--from", "en"], root=project) == 0
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_the_new_language_has_its_404_page_feed_and_cards(german: Path) -> None:
    assert 'lang="de"' in (german / "de" / "404.html").read_text("utf-8")
    assert 'xml:lang="de"' in (german / "de" / "feed.xml").read_text("utf-8")
    assert (german / "assets" / "images" / "social" / "de" / "faq.png").is_file()
    assert f"{SITE_URL}de/faq/" in (german / "sitemap.xml").read_text("utf-8")


def test_its_share_page_has_the_kit_copied_with_the_labels_of_its_words(german: Path) -> None:
    page = (german / "de" / "share" / "index.html").read_text("utf-8")
    assert "Data for Generative AI Improvement" in page  # English words quote English labels
    assert {p.suffix for p in (german / "de" / "assets" / "share").iterdir()} == {".pdf", ".png"}


def test_its_search_index_has_its_pages_and_stemmer(german: Path) -> None:
    index = json.loads((german / "de" / "search" / "search_index.json").read_text("utf-8"))
    assert index["config"]["lang"] == ["de"]
    assert index["docs"] and not any(d["location"].startswith("de/") for d in index["docs"])


@pytest.mark.parametrize("root", ["", "en/", "de/"])
def test_every_language_links_to_every_other(german: Path, root: str) -> None:
    html = (german / root / "faq" / "index.html").read_text("utf-8")
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))
    assert sorted(alternates) == ["de", "en", "fr", "x-default"], alternates
    assert alternates["de"] == f"{SITE_URL}de/faq/"
    og = re.findall(r'og:locale(?::alternate)?" content="([^"]+)"', html)
    assert sorted(og) == ["de_DE", "en_GB", "fr_FR"]


def test_the_switcher_lands_on_the_same_page(german: Path) -> None:
    html = (german / "de" / "faq" / "index.html").read_text("utf-8")
    found = re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', html)
    links = {lang: href for href, lang in found}
    assert links == {"fr": "../../faq/", "en": "../../en/faq/", "de": "./"}


def test_an_existing_language_is_refused_and_nothing_written(tmp_path: Path, capsys) -> None:
    (tmp_path / "data").mkdir()
    table = (ROOT / "data" / "languages.yml").read_text("utf-8")
    (tmp_path / "data" / "languages.yml").write_text(table, "utf-8")
    assert main(["en", "--name", "English"], root=tmp_path) == 2
    assert "already a language of the site" in capsys.readouterr().err
    assert (tmp_path / "data" / "languages.yml").read_text("utf-8") == table
    assert not (tmp_path / "docs").exists()
