"""The strict build passes on the real site and fails, naming the file, on broken input."""

from __future__ import annotations

from pathlib import Path

from helpers import mkdocs_build


def test_real_site_builds_strict_without_warnings(site: Path) -> None:
    assert (site / "index.html").is_file()
    assert (site / "en" / "index.html").is_file()


def _build_fails_naming(project: Path, tmp_path: Path, *names: str) -> str:
    result = mkdocs_build(project, tmp_path / "out")
    assert result.returncode != 0, "the build should have failed"
    for name in names:
        assert name in result.stderr, result.stderr
    return result.stderr


def test_broken_relative_link_fails_naming_the_page(project_copy: Path, tmp_path: Path) -> None:
    page = project_copy / "docs" / "en" / "about.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[gone](vanished-page.md)\n", "utf-8")
    _build_fails_naming(project_copy, tmp_path, "en/about.md", "vanished-page.md")


def test_missing_translation_fails_naming_both_files(project_copy: Path, tmp_path: Path) -> None:
    (project_copy / "docs" / "en" / "faq.md").unlink()
    _build_fails_naming(project_copy, tmp_path, "docs/fr/faq.md", "docs/en/faq.md")


def test_extra_page_in_one_language_fails(project_copy: Path, tmp_path: Path) -> None:
    extra = project_copy / "docs" / "en" / "only-english.md"
    extra.write_text(
        "---\ntitle: x\ndescription: x\nlast_reviewed: 2026-01-01\n---\n# X\n", "utf-8"
    )
    _build_fails_naming(
        project_copy, tmp_path, "docs/en/only-english.md", "docs/fr/only-english.md"
    )


def test_bad_nav_entry_fails_naming_it(project_copy: Path, tmp_path: Path) -> None:
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("\nnav:\n", "\nnav:\n  - Nulle part: nowhere.md\n", 1), "utf-8")
    _build_fails_naming(project_copy, tmp_path, "nowhere.md")


def test_page_without_description_or_review_date_fails(project_copy: Path, tmp_path: Path) -> None:
    page = project_copy / "docs" / "fr" / "faq.md"
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith(("description:", "last_reviewed:"))]
    page.write_text("".join(kept), "utf-8")
    stderr = _build_fails_naming(project_copy, tmp_path, "docs/fr/faq.md")
    assert "'description'" in stderr
    assert "'last_reviewed'" in stderr


def test_broken_updates_list_fails_in_one_line_naming_it(
    project_copy: Path, tmp_path: Path
) -> None:
    (project_copy / "data" / "updates.yml").write_text("- date: hier\n  id: x\n", "utf-8")
    stderr = _build_fails_naming(project_copy, tmp_path, "updates.yml", "needs a date")
    assert "Traceback" not in stderr
