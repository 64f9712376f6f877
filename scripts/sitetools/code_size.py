"""Lines of the build plugin against the hooks it replaced (issue 17, measured by ``make bench``).

Issue 17 asks that the production Python that exists only to fix or tune the theme be smaller
than the 12 (later 23) hooks of ``overrides/hooks/``, "with nothing lost". Both sides are counted
here the same way, so that the number is measured, not remembered:

* **Hooks**: every ``*.py`` of ``overrides/hooks/`` at :data:`HOOKS_COMMIT`, the last commit that
  had them (the next one, 9c202b0, moved them into the plugin), read with ``git show``: no
  checkout needed, but the commit must be in the clone (a shallow CI clone may lack it).
* **Plugin**: every ``*.py`` of ``scripts/sitetools/plugin/`` in the work tree.

A line counts when it holds code or a docstring: blank lines and comment-only lines do not
(Python's tokenizer decides, so a ``#`` inside a string is not a comment). This is the measure
that gave the issue's "1,600 lines in hooks" (1,594).

Nothing is excluded from either side. The plugin also carries work the hooks never did (the
share kit's wiring: its ``on_files`` event and two calls, about 20 lines; the comment stripping
of our own stylesheet, ``own_css.py``), and the hooks carried some the plugin no longer does
(compile hints, hashed asset names); counting everything on both sides is the stricter test.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tokenize
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOOKS_COMMIT = "fb0b163b0811e804bbcfedec6dbd46760fcd4e86"
HOOKS_DIR = "overrides/hooks"
PLUGIN_DIR = Path("scripts/sitetools/plugin")
NOT_CODE = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}


class CodeSizeError(RuntimeError):
    """A side cannot be read (commit missing from the clone, file that does not tokenize)."""


def code_lines(source: str, name: str = "<source>") -> int:
    """Lines of `source` holding code or a docstring (a string's blank lines excepted)."""
    lines: set[int] = set()
    text = source.splitlines()
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type in NOT_CODE or token.type == tokenize.ENDMARKER:
                continue
            first, last = token.start[0], token.end[0]
            lines.update(n for n in range(first, last + 1) if text[n - 1].strip())
    except (tokenize.TokenError, SyntaxError) as error:
        raise CodeSizeError(f"{name}: cannot be read as Python: {error}") from None
    return len(lines)


def git(root: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        message = result.stderr.strip().splitlines()[-1:] or ["no message"]
        raise CodeSizeError(f"git {' '.join(args)}: {message[0]}")
    return result.stdout


def hooks_sizes(root: Path, commit: str = HOOKS_COMMIT) -> dict[str, int]:
    """Code lines of each hook at `commit`, by path."""
    names = git(root, "ls-tree", "-r", "--name-only", commit, "--", HOOKS_DIR).split()
    if not names:
        raise CodeSizeError(f"{commit[:7]}: no {HOOKS_DIR}/ in that commit")
    return {
        name: code_lines(git(root, "show", f"{commit}:{name}"), name)
        for name in names
        if name.endswith(".py")
    }


def plugin_sizes(root: Path) -> dict[str, int]:
    """Code lines of each module of the plugin package, by path."""
    return {
        path.relative_to(root).as_posix(): code_lines(path.read_text("utf-8"), str(path))
        for path in sorted((root / PLUGIN_DIR).glob("*.py"))
    }


def report(plugin: Mapping[str, int], hooks: Mapping[str, int]) -> list[str]:
    """The two totals, their ratio and the verdict against the target (smaller than hooks)."""
    ours, theirs = sum(plugin.values()), sum(hooks.values())
    verdict = "met" if ours < theirs else "missed"
    return [
        "code lines (not blank, not comment; docstrings counted), nothing excluded:",
        f"  plugin  {PLUGIN_DIR.as_posix()}/  {ours:>5} in {len(plugin)} modules",
        f"  hooks   {HOOKS_DIR}/ at {HOOKS_COMMIT[:7]}  {theirs:>5} in {len(hooks)} modules",
        f"plugin/hooks: {ours / theirs:.2f}x",
        f"target: plugin smaller than the hooks: {verdict} ({ours} vs {theirs})",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="repository (%(default)s)")
    args = parser.parse_args(argv)
    try:
        lines = report(plugin_sizes(args.root), hooks_sizes(args.root))
    except CodeSizeError as error:
        print(f"code_size: {error}", file=sys.stderr)
        return 2
    print("\n".join(lines))
    return 0
