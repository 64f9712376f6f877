"""A third language in one command (scripts/add_language.py): after it, the strict build passes
and the new language has what the others have."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from helpers import ROOT, SITE_URL, copy_project, mkdocs_build

from sitetools.add_language import add_to_table, main
from sitetools.rules.cli import main as rules_main
from sitetools.translations.cli import main as translations_main


def load_table(text: str) -> dict[str, dict[str, object]]:
    return yaml.safe_load(text)


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


def test_its_table_row_has_every_key_from_babel_or_the_source() -> None:
    table = (ROOT / "data" / "languages.yml").read_text("utf-8")
    row = load_table(add_to_table(table, "en", "de"))["de"]
    assert (row["date_locale"], row["hunspell"], row["french_typography"]) == (
        "de_DE",
        "de_DE",
        False,
    )
    assert row["quotes"] == load_table(table)["en"]["quotes"]
    assert load_table(add_to_table(table, "en", "fr_CA"))["fr_CA"]["french_typography"] is True


def test_its_share_page_has_the_kit_copied_with_the_labels_of_its_words(german: Path) -> None:
    page = (german / "de" / "share" / "index.html").read_text("utf-8")
    assert "Data for Generative AI Improvement" in page  # English words quote English labels
    assert {p.suffix for p in (german / "de" / "assets" / "share").iterdir()} == {".pdf", ".png"}
    kept = german.parent / "share-kit" / "de"  # drawn by add_language.py, for mkdocs.yml's address
    assert {p.suffix for p in kept.iterdir()} == {".pdf", ".png", ".json"}


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


def test_its_copied_pages_say_they_are_not_yet_translated(german: Path) -> None:
    project = german.parent
    assert (
        (project / "docs" / "de" / "faq.md")
        .read_text("utf-8")
        .startswith("---\nuntranslated: true\n")
    )
    note = re.compile(r"may be behind the French version, updated on\s*<time datetime=")
    assert note.search((german / "de" / "faq" / "index.html").read_text("utf-8"))
    assert not note.search((german / "en" / "faq" / "index.html").read_text("utf-8"))


def test_the_checkers_accept_the_new_language(german: Path, capsys) -> None:
    """check_translations.py does not ask the source pages for 'untranslated', and
    check_content.py takes the new row of the table."""
    config = str(german.parent / "mkdocs.yml")
    assert translations_main(["--config", config, "--no-git"]) == 0, capsys.readouterr()
    assert rules_main(["--config", config]) == 0, capsys.readouterr()


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
