"""The plugin's front-matter check: the rule's messages, at file:line, fail the build."""

from __future__ import annotations

import shutil
from pathlib import Path

from fixture_sites import bilingual_config
from helpers import REPOSITORY, mkdocs_build

from sitetools.rules.front_matter import DESCRIPTION_MAX, DESCRIPTION_MIN

CONFIG = bilingual_config() + "  - sitetools\n"
DESCRIPTION = "How to stop LinkedIn from training its AI on your data, step by step."
VALID = f"title: T\ndescription: {DESCRIPTION}\nlast_reviewed: 2026-01-05\n"


def _build(tmp_path: Path, front_matter: str) -> list[str]:
    """Build a site whose French home page has `front_matter` (its English one a valid one)."""
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "updates.yml").write_text("[]\n", encoding="utf-8")
    shutil.copy(REPOSITORY / "data" / "languages.yml", tmp_path / "data")
    for locale, text in (("fr", front_matter), ("en", VALID)):
        (tmp_path / "docs" / locale).mkdir(parents=True)
        (tmp_path / "docs" / locale / "index.md").write_text(f"---\n{text}---\n\n# T\n", "utf-8")
    result = mkdocs_build(tmp_path, tmp_path / "site")
    assert result.returncode == 1, result.stderr
    return [line for line in result.stderr.splitlines() if line.startswith("WARNING")]


def test_invalid_yaml_fails_the_build_naming_the_fault(tmp_path: Path) -> None:
    warnings = _build(
        tmp_path, f"title: T\ndescription: {DESCRIPTION}\nlast_reviewed: 2026-13-40\n"
    )
    assert warnings == [
        "WARNING -  docs/fr/index.md:4: front matter is not valid YAML: "
        "'2026-13-40' is not a date (month must be in 1..12)"
    ]


def test_a_short_description_fails_the_build_at_its_line(tmp_path: Path) -> None:
    warnings = _build(tmp_path, "title: T\ndescription: Too short.\nlast_reviewed: 2026-01-05\n")
    assert warnings == [
        f"WARNING -  docs/fr/index.md:3: description of 10 characters: write {DESCRIPTION_MIN} "
        f"to {DESCRIPTION_MAX} (link previews cut the rest)"
    ]
