"""The plugin-versus-hooks line count: what counts as a line, both sides read, the verdict."""

from __future__ import annotations

from pathlib import Path

import pytest
from git_repo import commit, git

from sitetools.code_size import code_lines, hooks_sizes, main, plugin_sizes, report

SOURCE = '''"""A docstring

on three lines, one of them blank."""
# a comment

x = "# not a comment"  # a trailing comment
def f(
    a: int,
) -> int:
    return a
'''


def test_blank_and_comment_lines_do_not_count_and_docstrings_do() -> None:
    # docstring 2 (its blank line excepted), x 1, f 4
    assert code_lines(SOURCE) == 7


def test_a_file_that_is_not_python_is_named() -> None:
    with pytest.raises(RuntimeError, match=r"broken\.py"):
        code_lines('x = """never closed\n', "broken.py")


def test_the_hooks_are_read_from_a_commit_and_the_plugin_from_the_tree(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    hooks = tmp_path / "overrides" / "hooks"
    hooks.mkdir(parents=True)
    (hooks / "a.py").write_text("# only a comment\nx = 1\n\ny = 2\n", "utf-8")
    (hooks / "notes.txt").write_text("not Python\n", "utf-8")
    commit(tmp_path, "hooks", "2026-01-05T10:00:00+00:00")
    old = git(tmp_path, "rev-parse", "HEAD").strip()
    (hooks / "a.py").unlink()  # gone from the tree: still read from the commit
    plugin = tmp_path / "scripts" / "sitetools" / "plugin"
    plugin.mkdir(parents=True)
    (plugin / "p.py").write_text("z = 3\n", "utf-8")
    assert hooks_sizes(tmp_path, old) == {"overrides/hooks/a.py": 2}
    assert plugin_sizes(tmp_path) == {"scripts/sitetools/plugin/p.py": 1}


def test_the_verdict_needs_the_plugin_strictly_smaller() -> None:
    assert "missed (10 vs 10)" in report({"p": 10}, {"h": 10})[-1]
    assert "met (9 vs 10)" in report({"p": 9}, {"h": 10})[-1]


def test_a_clone_without_the_hooks_commit_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git(tmp_path, "init", "-q")
    assert main(["--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("code_size: ")
