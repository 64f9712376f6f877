"""The guide's second date: steps confirmed in LinkedIn's own interface, or not yet.

A contributor records a confirmation with a date and an imported screenshot; anything else is
refused by the strict build, naming the page, and a recorded confirmation is shown with its
date and a link to the screenshot in each language.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from helpers import mkdocs_build
from PIL import Image

from sitetools.rules.front_matter import confirmation_problem

TODAY = dt.date(2026, 12, 4)
SHOT = "assets/images/screens/real/app-check.webp"


@pytest.mark.parametrize(
    "value",
    [
        False,
        {"date": dt.date(2026, 12, 1), "screenshot": SHOT},
        {"date": "2026-12-04", "screenshot": SHOT},
    ],
)
def test_not_yet_or_a_past_date_with_an_imported_screenshot_is_accepted(value: object) -> None:
    assert confirmation_problem(value, TODAY, screenshot_exists=True) is None


@pytest.mark.parametrize(
    ("value", "exists", "problem"),
    [
        (True, True, "must be false or have exactly"),
        (None, True, "must be false or have exactly"),
        ("2026-12-01", True, "must be false or have exactly"),
        ({"date": dt.date(2026, 12, 1)}, True, "must be false or have exactly"),
        ({"date": "soon", "screenshot": SHOT}, True, "is not a date"),
        ({"date": dt.date(2027, 1, 1), "screenshot": SHOT}, True, "is in the future"),
        (
            {"date": TODAY, "screenshot": "assets/images/screens/phone-gear-light.webp"},
            True,
            "real/",
        ),
        ({"date": TODAY, "screenshot": SHOT}, False, "does not exist"),
    ],
)
def test_anything_else_is_refused_with_a_reason(value: object, exists: bool, problem: str) -> None:
    found = confirmation_problem(value, TODAY, screenshot_exists=exists)
    assert found is not None and problem in found, found


def _set_field(project: Path, value: str) -> None:
    for lang in ("fr", "en"):
        page = project / "docs" / lang / "opt-out.md"
        text = page.read_text("utf-8")
        text, count = re.subn(r"^confirmed_in_app:.*$", value, text, count=1, flags=re.MULTILINE)
        assert count == 1, f"docs/{lang}/opt-out.md has no confirmed_in_app line"
        page.write_text(text, "utf-8")


def test_a_bad_value_fails_the_build_naming_the_page(project_copy: Path, tmp_path: Path) -> None:
    _set_field(project_copy, "confirmed_in_app: yes")
    result = mkdocs_build(project_copy, tmp_path / "out")
    assert result.returncode != 0
    assert "docs/fr/opt-out.md: confirmed_in_app must be false" in result.stderr, result.stderr


def test_a_how_to_page_without_the_field_fails_the_build(
    project_copy: Path, tmp_path: Path
) -> None:
    _set_field(project_copy, "")
    result = mkdocs_build(project_copy, tmp_path / "out")
    assert result.returncode != 0
    assert "docs/en/opt-out.md: a how-to page needs 'confirmed_in_app'" in result.stderr


def test_a_recorded_confirmation_shows_its_date_and_screenshot(
    project_copy: Path, tmp_path: Path
) -> None:
    for lang in ("fr", "en"):
        image = project_copy / "docs" / lang / SHOT
        image.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (390, 844), "white").save(image, "WEBP")
    _set_field(project_copy, f"confirmed_in_app:\n  date: 2026-12-01\n  screenshot: {SHOT}")
    result = mkdocs_build(project_copy, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    for prefix, words in (("", "1 décembre 2026"), ("en/", "1 December 2026")):
        html = (tmp_path / "out" / prefix / "opt-out" / "index.html").read_text("utf-8")
        statement = re.search(r'<span class="app-confirmation">(.*?)</span>', html, re.DOTALL)
        assert statement, prefix
        shown = " ".join(statement.group(1).split())
        assert f'<time datetime="2026-12-01">{words}</time>' in shown, shown
        link = re.search(r'href="([^"]+)"', shown)
        assert link and link.group(1).endswith(SHOT), shown
        assert (tmp_path / "out" / prefix / "opt-out" / link.group(1)).resolve().is_file()
