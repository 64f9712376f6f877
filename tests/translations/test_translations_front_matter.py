"""A page whose front matter is not valid YAML: one front-matter error, nothing invented."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cli_run import Run

GOOD = "---\ntitle: T\ndescription: D\nlast_reviewed: 2026-01-05\n---\n\n# T { #t }\n"
BROKEN = "---\ntitle: T\ndescription: D\nlast_reviewed: 2026-13-40\n---\n\n# T { #t }\n"


def test_invalid_yaml_is_named_at_its_line(copy: Path, check: Callable[..., Run]) -> None:
    (copy / "docs" / "fr" / "zz-broken.md").write_text(BROKEN, encoding="utf-8")
    (copy / "docs" / "en" / "zz-broken.md").write_text(GOOD, encoding="utf-8")
    run = check(copy, "--no-git")
    assert run.code == 1
    mine = {f for f in run.findings if "zz-broken" in f[2]}
    assert mine == {("error", "front-matter", "docs/fr/zz-broken.md", 4, "front matter")}
    assert run.message("front-matter", "docs/fr/zz-broken.md") == (
        "front matter is not valid YAML: '2026-13-40' is not a date (month must be in 1..12)"
    )
