"""translation-missing in both docs structures."""

from __future__ import annotations


def test_folder_structure(make_site, check):
    config = make_site(
        {
            "fr/index.md": "# A\n",
            "en/index.md": "# A\n",
            "fr/guide/setup.md": "# Installer\n",
            "en/only-en.md": "# Only\n",
            "assets/notes.md": "# Shared, in no language folder\n",
        }
    )
    run = check(config)
    assert run.code == 1
    assert run.findings == [
        ("error", "translation-missing", "docs/en/only-en.md", None, "docs/fr/only-en.md"),
        ("error", "translation-missing", "docs/fr/guide/setup.md", None, "docs/en/guide/setup.md"),
    ]
    assert run.messages == [
        "no Français version: docs/fr/only-en.md is missing",
        "no English version: docs/en/guide/setup.md is missing",
    ]


def test_suffix_structure(make_site, check):
    config = make_site(
        {
            "index.md": "# A\n",
            "index.en.md": "# A\n",
            "guide/setup.fr.md": "# Installer\n",
            "guide/setup.en.md": "# Install\n",
            "faq.md": "# FAQ\n",
            "news.en.md": "# News\n",
        },
        structure="suffix",
    )
    run = check(config)
    assert run.findings == [
        ("error", "translation-missing", "docs/faq.md", None, "docs/faq.en.md"),
        ("error", "translation-missing", "docs/news.en.md", None, "docs/news.md"),
    ]


def test_complete_translations_pass(make_site, check):
    config = make_site({"fr/index.md": "# A\n", "en/index.md": "# A\n"})
    assert check(config).findings == []
