"""check_spelling.py: hunspell's French and English dictionaries plus the project's word list."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from cli_run import Run, invoke
from fixture_sites import bilingual_config
from helpers import ROOT

from sitetools.languages import TABLE
from sitetools.prose import Text
from sitetools.spelling.cli import main
from sitetools.spelling.words import WordList, words

# Typos on purpose (codespell would flag them in this file).
RECEIVE = "recieve"  # codespell:ignore
WORD = "wrod"  # codespell:ignore
THE = "Teh"  # codespell:ignore
CONFIG = bilingual_config("toc", "attr_list", "admonition", "pymdownx.superfences")
FRENCH = """\
---
title: "Désactiver l'option\u00a0: le guide"
---

# Désactiver l'option { #opt-out }

Ouvrez «\u00a0Confidentialité des données\u00a0» sur linkedin.com ou https://example.org/chemin.
L'IA de LinkedIn, la CNIL et le RGPD\u202f? Voir S43 et `variable_inconnue`.

!!! tip "Le plus rapide"
    Un lien direct vers Archimag.

```text
motinconnu dans du code
```
"""
ENGLISH = """\
---
title: "Opt-out guide"
---

# Opt-out guide { #opt-out }

Open "Data privacy" on LinkedIn's settings page; personalisation is British.
"""


def make(tmp_path: Path, fr: str = FRENCH, en: str = ENGLISH, words: str = "Archimag\n") -> Path:
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    for lang, text in (("fr", fr), ("en", en)):
        page = tmp_path / "docs" / lang / "index.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(textwrap.dedent(text), encoding="utf-8")
    (tmp_path / "glossary").mkdir(exist_ok=True)
    (tmp_path / "glossary" / "words.txt").write_text(words, encoding="utf-8")
    (tmp_path / "data").mkdir(exist_ok=True)  # the real table: each language's dictionary
    shutil.copy2(ROOT / TABLE, tmp_path / TABLE)
    return tmp_path / "mkdocs.yml"


def check(config: Path, *args: str) -> Run:
    return invoke(main, "--config", config, "--format", "json", *args)


def test_correct_french_and_english_pass(tmp_path: Path) -> None:
    run = check(make(tmp_path))
    assert (run.code, run.json["findings"]) == (0, [])


def test_typos_in_both_languages_are_errors_with_their_line(tmp_path: Path) -> None:
    fr = FRENCH.replace("Un lien direct", "Un lein direct")
    en = ENGLISH + f"\nYou can {RECEIVE} it.\n"
    run = check(make(tmp_path, fr=fr, en=en))
    assert run.code == 1
    assert run.findings == {
        ("error", "spelling", "docs/fr/index.md", 11, "lein"),
        ("error", "spelling", "docs/en/index.md", 9, RECEIVE),
    }
    assert run.message("spelling", "docs/en/index.md") == (
        "unknown to the French and English dictionaries and to glossary/words.txt"
    )


def test_the_word_list_accepts_names(tmp_path: Path) -> None:
    run = check(make(tmp_path, words=""))
    assert run.findings == {("error", "spelling", "docs/fr/index.md", 11, "Archimag")}


def test_word_list_case_rules() -> None:
    listed = WordList(["# comment", "stemmer", "InMail", ""])
    assert "Stemmer" in listed and "stemmer" in listed
    assert "InMail" in listed and "d'InMail" in listed and "InMail's" in listed
    assert "inmail" not in listed and "# comment" not in listed


def test_words_leave_out_code_addresses_numbers_and_acronyms() -> None:
    found = [
        w.text
        for w in words([Text(1, "Voir l'ICO, S43, e.g. linkedin.com/x, RGPD et l'amélioration")])
    ]
    assert found == ["Voir", "et", "l'amélioration"]


def test_extra_files_can_be_named(tmp_path: Path) -> None:
    config = make(tmp_path)
    readme = tmp_path / "README.md"
    readme.write_text(f"# Read me\n\nA {WORD}.\n", encoding="utf-8")
    run = check(config, str(readme))
    assert run.findings == {("error", "spelling", "README.md", 3, WORD)}


def test_root_markdown_files_are_checked_by_default(tmp_path: Path) -> None:
    config = make(tmp_path)
    (tmp_path / "CONTRIBUTING.md").write_text(f"# Contributing\n\n{THE} end.\n", encoding="utf-8")
    assert check(config).findings == {("error", "spelling", "CONTRIBUTING.md", 3, THE)}


def test_without_hunspell_it_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = make(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    run = check(config)
    assert run.code == 2
    assert run.err.startswith(
        "check_spelling.py: error: hunspell is not installed: run `make hunspell`"
    )


def test_the_real_repository_passes() -> None:
    run = check(ROOT / "mkdocs.yml")
    assert (run.code, run.json["findings"]) == (0, [])


def test_invalid_front_matter_is_one_error_not_a_list_of_words(tmp_path: Path) -> None:
    config = make(tmp_path, fr=FRENCH.replace("---\n\n#", "last_reviewed: 2026-13-40\n---\n\n#", 1))
    run = check(config)
    assert run.code == 1
    assert run.findings == {("error", "front-matter", "docs/fr/index.md", 3, "front matter")}
    assert run.message("front-matter", "docs/fr/index.md") == (
        "front matter is not valid YAML: '2026-13-40' is not a date (month must be in 1..12)"
    )
