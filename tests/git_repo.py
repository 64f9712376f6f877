"""Throwaway git repositories with commits at chosen dates, and edits of copied pages.

Tests of translation freshness build their own history: nothing depends on this repository's
own (CI clones may be shallow).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

OLD = "2026-01-05T10:00:00+00:00"
NEW = "2026-02-10T10:00:00+00:00"


def git(root: Path, *args: str, date: str = OLD) -> str:
    """Run git in ``root`` with a fixed identity and date, ignoring the machine's config."""
    env = {
        **os.environ,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
    }
    result = subprocess.run(
        ["git", "-C", str(root), *args], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout


def commit(root: Path, message: str, date: str, *paths: str) -> None:
    """Commit ``paths`` (default: everything) at ``date``."""
    git(root, "add", *(paths or (".",)))
    git(root, "commit", "-q", "--no-verify", "-m", message, date=date)


def edit(path: Path, old: str, new: str) -> int:
    """Replace ``old`` (once) in a file; returns the line it was on."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def append(path: Path, text: str) -> int:
    """Add ``text`` as the last lines of a file; returns the line where it starts."""
    before = path.read_text(encoding="utf-8")
    path.write_text(before.rstrip("\n") + "\n\n" + text + "\n", encoding="utf-8")
    return before.rstrip("\n").count("\n") + 3


def line_of(path: Path, text: str) -> int:
    """The line of the first occurrence of ``text`` in a file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if text in line)
