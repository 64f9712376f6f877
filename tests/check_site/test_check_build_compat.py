"""The validator's build works with the libraries a project pins, not only ours, and a crash
of any kind is one line and exit 2, never 1 (which means "findings")."""

from __future__ import annotations

import io
from pathlib import Path

import pymdownx.snippets
import pytest

from sitetools.check import build
from sitetools.kernel.cli import command


class OldSnippets:
    """pymdown-extensions before 13.1: no ``read_lines``; each file parsed by its name."""

    def parse_snippets(self, lines, file_name=None, is_url=False, is_section=False):
        return [*lines, file_name or "", str(is_url)]


def test_snippet_files_are_recorded_with_an_older_pymdown(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(pymdownx.snippets, "SnippetPreprocessor", OldSnippets)
    collector = build._Collector(lambda: None)
    collector.current = build.BuiltPage(tmp_path / "index.md", "", tmp_path / "index.html", None)
    with build._watching(collector):
        assert OldSnippets().parse_snippets(["x"], "inc/part.md") == ["x", "inc/part.md", "False"]
        OldSnippets().parse_snippets(["y"], "https://example.org/a.md", is_url=True)
        OldSnippets().parse_snippets(["z"])
    assert collector.current.snippets == [Path("inc/part.md").absolute()]
    assert not hasattr(OldSnippets, "read_lines")
    assert OldSnippets.parse_snippets.__name__ == "parse_snippets"


def test_a_crash_is_one_line_and_exit_2() -> None:
    def work(argv, out, err):
        raise AttributeError("type object 'X' has no attribute 'y'")

    err = io.StringIO()
    code = command("check_site.py", work)([], io.StringIO(), err)
    assert code == 2
    assert err.getvalue().count("\n") == 1
    assert err.getvalue().startswith("check_site.py: internal error: AttributeError: ")
