"""Pure helpers of the plugin's i18n fixes (scripts/sitetools/plugin/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitetools.plugin.i18n import absolute_url, language_root, relative_base
from sitetools.plugin.i18n_links import missing_translations
from sitetools.plugin.i18n_search import slim, split_index


@pytest.mark.parametrize(
    ("page_url", "root", "expected"),
    [
        ("", "", "."),
        ("./", "", "."),
        ("faq/", "", ".."),
        ("en/", "en", "."),
        ("en/faq/", "en", ".."),
        ("en/guide/step/", "en", "../.."),
    ],
)
def test_relative_base(page_url: str, root: str, expected: str) -> None:
    assert relative_base(page_url, root) == expected


@pytest.mark.parametrize(
    ("site_url", "url", "expected"),
    [
        ("https://x.org/sub/", "./", "https://x.org/sub/"),
        ("https://x.org/sub", "en/faq/", "https://x.org/sub/en/faq/"),
        ("https://x.org/", "faq/", "https://x.org/faq/"),
    ],
)
def test_absolute_url(site_url: str, url: str, expected: str) -> None:
    assert absolute_url(site_url, url) == expected


def test_language_root() -> None:
    assert language_root("fr", "fr") == ""
    assert language_root("en", "fr") == "en"


def test_missing_translations_names_both_sides(tmp_path: Path) -> None:
    for rel in ("fr/a.md", "fr/b.md", "en/a.md", "en/sub/c.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("# x\n")
    assert missing_translations(tmp_path, ["fr", "en"]) == [
        (tmp_path / "en/sub/c.md", tmp_path / "fr/sub/c.md"),
        (tmp_path / "fr/b.md", tmp_path / "en/b.md"),
    ]


def test_split_index_keeps_each_language_apart() -> None:
    combined = {
        "config": {"lang": ["fr", "en"], "separator": " "},
        "docs": [
            {"location": "", "title": "Accueil", "text": ""},
            {"location": "faq/#legal", "title": "Légal", "text": ""},
            {"location": "en/", "title": "Home", "text": ""},
            {"location": "en/faq/#legal", "title": "Legal", "text": ""},
        ],
    }
    indexes = split_index(combined, "fr", {"fr": "fr", "en": "en"})
    assert indexes[""]["config"] == {"lang": ["fr"], "separator": " "}
    assert [d["location"] for d in indexes[""]["docs"]] == ["", "faq/#legal"]
    assert indexes["en"]["config"]["lang"] == ["en"]
    assert [d["location"] for d in indexes["en"]["docs"]] == ["", "faq/#legal"]
    assert [d["title"] for d in indexes["en"]["docs"]] == ["Home", "Legal"]


def test_slim_drops_footnote_calls_and_the_closing_footnote_list() -> None:
    text = (
        "<p>Depuis le 3 novembre 2025<sup>1</sup><sup>2</sup>.</p> "
        "<ol> <li> <p>AFP, dépêche (FR) : lire · fiche source \u21a9</p> </li> "
        "<li> <p>Blick (FR) : lire \u21a9\u21a9</p> </li> </ol>"
    )
    assert slim(text) == "<p>Depuis le 3 novembre 2025.</p> "
    steps = "<ol> <li> <p>Ouvrez le menu.</p> </li> </ol>"
    assert slim(steps) == steps  # an ordinary list stays
