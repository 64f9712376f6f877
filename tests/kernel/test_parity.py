"""The one page-parity rule (sitetools.kernel.parity), as the build and both checkers use it."""

from __future__ import annotations

from pathlib import Path

from sitetools.kernel.parity import Gap, gaps, severity
from sitetools.plugin.i18n_links import missing_translations


def test_gaps_name_the_first_language_that_has_the_page() -> None:
    present = {"a.md": {"fr", "en", "de"}, "b.md": {"en", "de"}, "c.md": {"de"}}
    assert gaps(present, ["fr", "en", "de"]) == [
        Gap("b.md", "en", "fr"),
        Gap("c.md", "de", "fr"),
        Gap("c.md", "de", "en"),
    ]


def test_a_page_in_no_configured_language_is_no_gap() -> None:
    assert gaps({"x.md": {"it"}}, ["fr", "en"]) == []


def test_severity_follows_fallback_to_default() -> None:
    assert severity(fallback_to_default=False) == "error"
    assert severity(fallback_to_default=True) == "warning"


def test_the_build_finds_the_same_gaps_in_the_language_folders(tmp_path: Path) -> None:
    for rel in ("fr/a.md", "fr/b.md", "en/a.md", "en/sub/c.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("# x\n")
    assert missing_translations(tmp_path, ["fr", "en"]) == [
        (tmp_path / "fr/b.md", tmp_path / "en/b.md"),
        (tmp_path / "en/sub/c.md", tmp_path / "fr/sub/c.md"),
    ]
