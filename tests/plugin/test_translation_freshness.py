"""The "translation may be behind" note: git dates of a page and its French source."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from git_repo import NEW, OLD, append, commit, git
from helpers import mkdocs_build

from sitetools.plugin.page_meta import behind_since, last_commits, source_of

NOTE = "This translation may be behind the French version, updated on"


def behind(translation: Path, source: Path) -> dt.datetime | None:
    """behind_since with the dates of one git walk of the whole project, as the plugin does."""
    return behind_since(translation, source, last_commits(source.parents[2]))


def last_commit(path: Path) -> dt.datetime | None:
    return last_commits(path.parent).get(path.resolve())


def _pair(root: Path) -> tuple[Path, Path]:
    fr, en = root / "docs" / "fr" / "page.md", root / "docs" / "en" / "page.md"
    for path in (fr, en):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("# Page\n", encoding="utf-8")
    return fr, en


def test_source_of_maps_a_translation_to_the_default_language(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    assert source_of(docs / "en" / "a" / "b.md", docs, "en", "fr") == docs / "fr" / "a" / "b.md"
    assert source_of(docs / "b.md", docs, "en", "fr") is None


def test_behind_when_the_source_was_committed_later(tmp_path: Path) -> None:
    fr, en = _pair(tmp_path)
    git(tmp_path, "init", "-q")
    commit(tmp_path, "both", OLD)
    assert behind(en, fr) is None
    append(fr, "Plus.")
    commit(tmp_path, "French", NEW)
    assert behind(en, fr) == dt.datetime.fromisoformat(NEW)
    append(en, "More.")
    commit(tmp_path, "English", "2026-03-01T10:00:00+00:00")
    assert behind(en, fr) is None


def test_no_dates_outside_git_or_before_a_commit(tmp_path: Path) -> None:
    fr, en = _pair(tmp_path)
    assert last_commit(fr) is None
    assert behind(en, fr) is None
    git(tmp_path, "init", "-q")
    assert last_commit(fr) is None
    assert last_commit(tmp_path / "missing.md") is None


def test_the_built_translation_shows_the_note_and_the_french_page_never(
    project_copy: Path, tmp_path: Path
) -> None:
    git(project_copy, "init", "-q")
    commit(project_copy, "site", OLD)
    append(project_copy / "docs" / "fr" / "faq.md", "Une phrase de plus.")
    commit(project_copy, "French FAQ", NEW)
    append(project_copy / "docs" / "en" / "data.md", "One more sentence.")
    commit(project_copy, "English data page", NEW)
    site = tmp_path / "built"
    result = mkdocs_build(project_copy, site)
    assert result.returncode == 0, result.stderr
    english = (site / "en" / "faq" / "index.html").read_text(encoding="utf-8")
    assert NOTE in english
    assert '<time datetime="2026-02-10">10 February 2026</time>.' in english
    for page in ("faq", "data"):
        assert "translation-behind" not in (site / page / "index.html").read_text(encoding="utf-8")
    assert NOTE not in (site / "en" / "data" / "index.html").read_text(encoding="utf-8")


def test_a_change_of_spacing_only_leaves_the_translation_current(tmp_path: Path) -> None:
    """check_content.py --fix puts U+00A0/U+202F in French pages: no English work follows."""
    fr, en = _pair(tmp_path)
    fr.write_text("# Page\n\nQuoi : rien ; voilà.\n", encoding="utf-8")
    git(tmp_path, "init", "-q")
    commit(tmp_path, "both", OLD)
    fr.write_text("# Page\n\nQuoi\u00a0: rien\u202f; voilà.\n", encoding="utf-8")
    commit(tmp_path, "French spacing", NEW)
    assert last_commit(fr) == dt.datetime.fromisoformat(OLD)
    assert behind(en, fr) is None
    fr.write_text("# Page\n\nQuoi\u00a0: tout\u202f; voilà.\n", encoding="utf-8")
    commit(tmp_path, "French words", "2026-03-01T10:00:00+00:00")
    assert behind(en, fr) == dt.datetime.fromisoformat("2026-03-01T10:00:00+00:00")


def test_a_merge_dates_a_change_by_its_own_commit(tmp_path: Path) -> None:
    """A merge commit is no change of its own: each side's edit keeps its date."""
    fr, en = _pair(tmp_path)
    fr.write_text("# Page\n\nUn.\n\nDeux.\n", encoding="utf-8")
    git(tmp_path, "init", "-q", "-b", "main")
    commit(tmp_path, "both", OLD)
    git(tmp_path, "checkout", "-q", "-b", "side")
    fr.write_text("# Page\n\nUn.\n\nDeux et demi.\n", encoding="utf-8")
    append(en, "More.")
    commit(tmp_path, "both languages", NEW)
    git(tmp_path, "checkout", "-q", "main")
    fr.write_text("# Page\n\nUn et demi.\n\nDeux.\n", encoding="utf-8")
    commit(tmp_path, "French on main", "2026-01-06T10:00:00+00:00")
    git(tmp_path, "merge", "-q", "--no-edit", "side", date="2026-04-01T10:00:00+00:00")
    assert "Un et demi." in fr.read_text(encoding="utf-8")
    assert behind(en, fr) is None
