"""A throwaway two-language site whose pages each test writes from strings (fixtures: conftest)."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_run import Run, invoke
from fixture_sites import bilingual_config
from helpers import ROOT

from sitetools.languages import TABLE
from sitetools.rules.cli import main

CONFIG = bilingual_config(
    "toc", "attr_list", "admonition", "pymdownx.superfences", "pymdownx.tabbed"
)
GLOSSARY = """\
guides: []
labels:
  settings_privacy:
    fr: Préférences et confidentialité
    en: Settings & Privacy
  me:
    fr: Vous
    en: Me
"""
# A description of the right length, in each language.
DESCRIPTION = {
    "fr": "Comment refuser que LinkedIn entraîne son IA avec vos données, pas à pas.",
    "en": "How to stop LinkedIn from training its AI on your data, step by step.",
}


def page(body: str, lang: str = "fr", front_matter: str | None = None) -> str:
    """A page with a valid front matter (unless given) and ``body``, dedented."""
    meta = front_matter or (
        f"title: Test\ndescription: {DESCRIPTION[lang]}\nlast_reviewed: 2026-01-05\n"
    )
    return f"---\n{meta}---\n\n" + textwrap.dedent(body)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """The site's folder: mkdocs.yml, glossary, and a clean index page in each language."""
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "ui-labels.yml").write_text(GLOSSARY, encoding="utf-8")
    # The real per-language table: which languages French typography applies to, quotes.
    (tmp_path / "data").mkdir()
    shutil.copy2(ROOT / TABLE, tmp_path / TABLE)
    for lang in ("fr", "en"):
        (tmp_path / "docs" / lang).mkdir(parents=True)
        (tmp_path / "docs" / lang / "index.md").write_text(
            page("# Test { #test }\n", lang), encoding="utf-8"
        )
    return tmp_path


Write = Callable[..., Path]


@pytest.fixture
def write(site: Path) -> Write:
    """write("fr/x.md", text): a page of the site."""

    def make(name: str, text: str) -> Path:
        path = site / "docs" / name
        path.write_text(text, encoding="utf-8")
        return path

    return make


Check = Callable[..., Run]


@pytest.fixture
def check(site: Path) -> Check:
    """check_content.py on the site, text output unless --format is given."""

    def run(*args: str | Path) -> Run:
        return invoke(main, "--config", site / "mkdocs.yml", *args)

    return run
