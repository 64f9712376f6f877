"""front-matter: keys and limits (one definition, shared with the build hook), YAML faults."""

from __future__ import annotations

import pytest
from rules_site import Check, Write, page

from sitetools.rules.front_matter import DESCRIPTION_MAX, DESCRIPTION_MIN

BODY = "# Test { #test }\n"


def test_a_missing_key_is_named_with_its_fix(write: Write, check: Check) -> None:
    write("en/x.md", page(BODY, "en", front_matter="title: Test\nlast_reviewed: 2026-01-05\n"))
    run = check("--format", "json")
    assert run.code == 1
    assert run.findings == {("error", "front-matter", "docs/en/x.md", 1, "description")}
    assert run.message("front-matter", "docs/en/x.md") == (
        "front matter lacks 'description': add 'description:' (see CONTRIBUTING.md)"
    )


@pytest.mark.parametrize("length", [DESCRIPTION_MIN - 1, DESCRIPTION_MAX + 1])
def test_a_description_out_of_limits_is_an_error_at_its_line(
    write: Write, check: Check, length: int
) -> None:
    meta = f"title: Test\ndescription: {'a' * length}\nlast_reviewed: 2026-01-05\n"
    write("en/x.md", page(BODY, "en", front_matter=meta))
    run = check("--format", "json")
    assert run.findings == {("error", "front-matter", "docs/en/x.md", 3, "description")}
    assert run.message("front-matter", "docs/en/x.md") == (
        f"description of {length} characters: write {DESCRIPTION_MIN} to {DESCRIPTION_MAX} "
        "(link previews cut the rest)"
    )


@pytest.mark.parametrize("length", [DESCRIPTION_MIN, DESCRIPTION_MAX])
def test_descriptions_at_the_limits_pass(write: Write, check: Check, length: int) -> None:
    meta = f"title: Test\ndescription: {'a' * length}\nlast_reviewed: 2026-01-05\n"
    write("en/x.md", page(BODY, "en", front_matter=meta))
    assert check("--format", "json").findings == set()


def test_invalid_yaml_is_one_line_naming_the_yaml_fault(write: Write, check: Check) -> None:
    meta = "title: Test\ndescription: Fine.\nlast_reviewed: 2026-13-40\n"
    write("fr/x.md", page(BODY, front_matter=meta))
    run = check("--format", "text")
    assert run.code == 1
    assert run.out.splitlines() == [
        "docs/fr/x.md",
        "  [ERROR] front matter (at 4) | front-matter: front matter is not valid YAML: "
        "'2026-13-40' is not a date (month must be in 1..12)",
        "Checked 3 pages: 1 error",
    ]


def test_invalid_utf8_is_one_line(site, check: Check) -> None:
    (site / "docs" / "fr" / "x.md").write_bytes(b"---\ntitle: \xe9\n---\n")
    run = check("--format", "json")
    assert run.findings == {("error", "front-matter", "docs/fr/x.md", 2, "front matter")}
    assert run.message("front-matter", "docs/fr/x.md") == (
        "not valid UTF-8 (byte 0xe9 at line 2): save it as UTF-8"
    )


def test_usage_errors_are_one_line_and_exit_2(site, check: Check) -> None:
    run = check(site / "mkdocs.yml")
    assert (run.code, run.out) == (2, "")
    assert run.err == f"check_content.py: error: {site / 'mkdocs.yml'}: not a page of docs\n"
    run = check("--format", "xml")
    assert run.code == 2 and run.err.count("\n") == 1
