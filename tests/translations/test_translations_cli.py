"""check_translations.py end to end: the real site, and a throwaway copy broken four ways."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from cli_run import Run
from git_repo import NEW, append, commit, edit, git, line_of
from helpers import ROOT

NBSP = "\u00a0"
HEADING = re.compile(r"^## .*\{ #([\w-]+) \}$")


def test_the_real_site_passes(check: Callable[..., Run]) -> None:
    run = check(ROOT)
    assert run.code == 0, run.out
    assert [f for f in run.json["findings"] if f["severity"] == "error"] == []


def test_a_clean_copy_with_history_has_no_finding(repo: Path, check: Callable[..., Run]) -> None:
    run = check(repo)
    assert (run.code, run.json["findings"], run.json["summary"]["notes"]) == (0, [], [])


def test_missing_page_heading_id_outdated_translation_and_wrong_label(
    repo: Path, check: Callable[..., Run]
) -> None:
    docs = repo / "docs"
    (docs / "en" / "faq.md").unlink()
    heading = edit(docs / "en" / "opt-out.md", "{ #check }", "{ #verify }")
    label = edit(
        docs / "fr" / "opt-out.md",
        f"Choisissez «{NBSP}Préférences et confidentialité{NBSP}»",
        f"Choisissez «{NBSP}Paramètres et confidentialité{NBSP}»",
    )
    commit(repo, "breakage", "2026-01-20T10:00:00+00:00")
    edit(docs / "fr" / "data.md", "# Quelles données", "# Quelles données personnelles")
    commit(repo, "French page changed later", NEW, "docs/fr/data.md")

    run = check(repo)

    assert run.code == 1
    assert run.findings == {
        ("error", "translation-missing", "docs/fr/faq.md", 1, "docs/en/faq.md"),
        ("error", "translation-headings", "docs/en/opt-out.md", heading, "## { #verify }"),
        ("warning", "translation-outdated", "docs/en/data.md", 1, "docs/fr/data.md"),
        ("error", "label-mismatch", "docs/fr/opt-out.md", label, "Paramètres et confidentialité"),
    }
    assert run.message("translation-headings", "docs/en/opt-out.md") == (
        f"heading ## {{ #verify }} where the French page has ## {{ #check }} "
        f"(docs/fr/opt-out.md:{line_of(docs / 'fr' / 'opt-out.md', '{ #check }')})"
    )
    assert run.message("label-mismatch", "docs/fr/opt-out.md") == (
        "not LinkedIn's label (settings_privacy): write « Préférences et confidentialité »"
    )
    assert run.message("translation-outdated", "docs/en/data.md") == (
        "the French page (docs/fr/data.md) changed after this translation: last commit "
        "2026-02-10T10:00:00+00:00 against this page's last commit 2026-01-05T10:00:00+00:00"
    )
    summary = run.json["summary"]
    assert (summary["errors"], summary["warnings"]) == (3, 1)
    assert summary["checks"] == {
        "label-mismatch": 1,
        "translation-headings": 1,
        "translation-missing": 1,
        "translation-outdated": 1,
    }


def test_warnings_alone_exit_zero(repo: Path, check: Callable[..., Run]) -> None:
    append(repo / "docs" / "fr" / "faq.md", "Une phrase de plus.")
    commit(repo, "French only", NEW)
    run = check(repo)
    assert run.code == 0
    assert run.findings == {
        ("warning", "translation-outdated", "docs/en/faq.md", 1, "docs/fr/faq.md")
    }


def test_a_newer_translation_is_not_outdated(repo: Path, check: Callable[..., Run]) -> None:
    append(repo / "docs" / "en" / "faq.md", "One more sentence.")
    commit(repo, "English only", NEW)
    assert check(repo).json["findings"] == []


def test_uncommitted_source_edits_count_as_now(repo: Path, check: Callable[..., Run]) -> None:
    append(repo / "docs" / "fr" / "faq.md", "Une phrase de plus.")
    run = check(repo)
    message = run.message("translation-outdated", "docs/en/faq.md")
    assert "uncommitted changes against this page's last commit 2026-01-05" in message


def test_a_translation_being_edited_is_not_flagged(repo: Path, check: Callable[..., Run]) -> None:
    append(repo / "docs" / "fr" / "faq.md", "Une phrase de plus.")
    append(repo / "docs" / "en" / "faq.md", "One more sentence.")
    assert check(repo).json["findings"] == []


def reviewed_line(page: Path) -> str:
    """The page's own ``last_reviewed:`` line, whatever day its last review gave it."""
    lines = page.read_text(encoding="utf-8").splitlines()
    return next(line for line in lines if line.startswith("last_reviewed:"))


def test_last_reviewed_older_than_the_source_is_a_warning(
    copy: Path, check: Callable[..., Run]
) -> None:
    french = reviewed_line(copy / "docs" / "fr" / "faq.md").split(":", 1)[1].strip()
    english = copy / "docs" / "en" / "faq.md"
    line = edit(english, reviewed_line(english), "last_reviewed: 2025-10-01")
    run = check(copy)
    assert run.code == 0
    assert run.findings == {
        ("warning", "translation-outdated", "docs/en/faq.md", line, "last_reviewed")
    }
    assert run.message("translation-outdated", "docs/en/faq.md") == (
        f"last_reviewed 2025-10-01 is older than the French page's {french} (docs/fr/faq.md)"
    )


def test_front_matter_keys_must_match(copy: Path, check: Callable[..., Run]) -> None:
    english = copy / "docs" / "en" / "faq.md"
    edit(english, reviewed_line(english) + "\n", "")
    line = edit(copy / "docs" / "en" / "data.md", "last_reviewed:", "hide: [toc]\nlast_reviewed:")
    run = check(copy)
    assert run.code == 1
    # A key every page needs is the front-matter rule's (check_content.py), reported once there.
    assert run.findings == {
        ("error", "translation-front-matter", "docs/en/data.md", line, "hide"),
    }
    assert run.message("translation-front-matter", "docs/en/data.md") == (
        "front matter key 'hide' is not in the French page (docs/fr/data.md)"
    )


def test_added_and_lost_headings_are_located(copy: Path, check: Callable[..., Run]) -> None:
    added = append(copy / "docs" / "en" / "faq.md", "## Extra { #extra }")
    page = copy / "docs" / "en" / "timeline.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    lost = max(n for n, text in enumerate(lines) if HEADING.match(text))
    lost_id = HEADING.match(lines[lost]).group(1)  # type: ignore[union-attr]
    kept = lines[:lost] + lines[lost + 1 :]
    page.write_text("\n".join(kept) + "\n", encoding="utf-8")
    # A lost last heading is reported at the translation's last heading.
    last = max(n for n, text in enumerate(kept, 1) if text.startswith("#") and "{ #" in text)
    run = check(copy)
    assert run.findings == {
        ("error", "translation-headings", "docs/en/faq.md", added, "## { #extra }"),
        ("error", "translation-headings", "docs/en/timeline.md", last, f"## {{ #{lost_id} }}"),
    }
    assert run.message("translation-headings", "docs/en/faq.md") == (
        "heading ## { #extra } is not in the French page (docs/fr/faq.md)"
    )
    lost_message = run.message("translation-headings", "docs/en/timeline.md")
    assert lost_message.startswith(f"the French heading ## {{ #{lost_id} }} (docs/fr/timeline.md:")
    assert lost_message.endswith("has no counterpart here")


def test_a_heading_without_explicit_id_says_how_to_fix_it(
    copy: Path, check: Callable[..., Run]
) -> None:
    append(copy / "docs" / "en" / "faq.md", "## Extra")
    line = append(copy / "docs" / "fr" / "faq.md", "## En plus { #more }")
    run = check(copy)
    assert run.message("translation-headings", "docs/en/faq.md") == (
        f"heading ## {{ #extra }} where the French page has ## {{ #more }} (docs/fr/faq.md:{line})"
        "; no explicit id: write { #more } as the source does"
    )


def test_json_shape_is_the_validators(copy: Path, check: Callable[..., Run]) -> None:
    (copy / "docs" / "en" / "faq.md").unlink()
    document = check(copy).json
    assert set(document) == {"findings", "summary"}
    assert set(document["findings"][0]) == {
        "severity",
        "check",
        "file",
        "line",
        "column",
        "target",
        "message",
    }
    assert {"pages", "pairs", "errors", "warnings", "checks", "notes"} <= set(document["summary"])


def test_github_format_annotates_files_and_lines(repo: Path, check: Callable[..., Run]) -> None:
    from cli_run import invoke

    from sitetools.translations.cli import main

    line = edit(repo / "docs" / "en" / "opt-out.md", "{ #check }", "{ #verify }")
    source_line = line_of(repo / "docs" / "fr" / "opt-out.md", "{ #check }")
    run = invoke(main, "--config", repo / "mkdocs.yml", "--format", "github")
    assert run.code == 1
    assert run.out.splitlines()[0] == (
        f"::error file=docs/en/opt-out.md,line={line},title=translation-headings::"
        "## { #verify }: heading ## { #verify } where the French page has ## { #check } "
        f"(docs/fr/opt-out.md:{source_line})"
    )
    pages = sum(1 for lang in ("fr", "en") for _ in (repo / "docs" / lang).rglob("*.md"))
    assert run.out.splitlines()[-1] == f"Checked {pages} pages: 1 error"  # every page there is


def test_outside_a_git_repository_it_says_so_and_still_checks(
    copy: Path, check: Callable[..., Run]
) -> None:
    from cli_run import invoke

    from sitetools.translations.cli import main

    run = check(copy)
    assert run.code == 0
    assert run.json["summary"]["notes"] == [
        "not a git repository: translation freshness (git dates) not checked"
    ]
    text = invoke(main, "--config", copy / "mkdocs.yml")
    assert text.out.startswith("note: not a git repository: translation freshness")
    (copy / "docs" / "en" / "faq.md").unlink()
    assert check(copy).code == 1


def test_a_repository_without_commits(copy: Path, check: Callable[..., Run]) -> None:
    git(copy, "init", "-q")
    run = check(copy)
    assert run.code == 0
    assert run.json["summary"]["notes"] == [
        "the git repository has no commit yet: translation freshness (git dates) not checked"
    ]


def test_a_shallow_clone_is_noted(repo: Path, check: Callable[..., Run], tmp_path: Path) -> None:
    append(repo / "docs" / "fr" / "faq.md", "Une phrase de plus.")
    commit(repo, "second", NEW)
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(clone))
    run = check(clone)
    assert run.json["summary"]["notes"][0].startswith("shallow clone:")


def test_no_git_option(repo: Path, check: Callable[..., Run]) -> None:
    append(repo / "docs" / "fr" / "faq.md", "Une phrase de plus.")
    run = check(repo, "--no-git")
    assert run.json["findings"] == []
    assert run.json["summary"]["notes"] == [
        "--no-git: translation freshness (git dates) not checked"
    ]


def test_bad_glossary_is_a_one_line_usage_error(copy: Path, check: Callable[..., Run]) -> None:
    glossary = copy / "glossary" / "ui-labels.yml"
    edit(glossary, "    fr: Vous\n", "")
    run = check(copy)
    assert run.code == 2
    assert run.err == (
        "check_translations.py: error: glossary/ui-labels.yml: labels.me: no 'fr' "
        "(write null if it was not seen)\n"
    )
