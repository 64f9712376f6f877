"""When each page last changed, from git: the date of its last commit, or "now" when edited.

A translation is behind when its French source changed after it. Git knows when; a file
with uncommitted changes counts as changed now, so an edit to a French page is flagged on
its translations before it is even committed. Outside a repository, without git, or before
the first commit, there are no dates: :attr:`History.reason` says why, and nothing is flagged.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

GIT_TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class Changed:
    """A file's last change: ``committed`` False means uncommitted edits (date is now)."""

    date: dt.datetime
    committed: bool


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str] | None:
    """Run git in ``root``; None when git is missing or hangs."""
    git = shutil.which("git")
    if git is None:
        return None
    try:
        return subprocess.run(
            [git, "-C", str(root), *args],
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None


def parse_porcelain(output: str) -> set[str]:
    """Paths (relative to the repository's top) with changes, from ``git status -z``."""
    changed: set[str] = set()
    entries = iter(output.split("\0"))
    for entry in entries:
        if len(entry) < 4:
            continue
        changed.add(entry[3:])
        if entry[0] in "RC":  # a rename or copy is followed by its original path
            next(entries, None)
    return changed


class History:
    """Last-change dates of files under ``root``, or a reason why there are none."""

    def __init__(self, root: Path, now: dt.datetime | None = None) -> None:
        self._now = now or dt.datetime.now(dt.UTC)
        self._top: Path | None = None
        self._edited: set[str] = set()
        self.shallow = False
        self.reason: str | None = self._open(root)

    def _open(self, root: Path) -> str | None:
        top = _git(root, "rev-parse", "--show-toplevel")
        if top is None:
            return "git is not available"
        if top.returncode != 0:
            return "not a git repository"
        head = _git(root, "rev-parse", "--verify", "--quiet", "HEAD")
        if head is None or head.returncode != 0:
            return "the git repository has no commit yet"
        self._top = Path(top.stdout.strip())
        status = _git(self._top, "status", "--porcelain", "-z", "--untracked-files=all")
        self._edited = (
            parse_porcelain(status.stdout) if status and status.returncode == 0 else set()
        )
        shallow = _git(self._top, "rev-parse", "--is-shallow-repository")
        self.shallow = bool(shallow and shallow.stdout.strip() == "true")
        return None

    @property
    def available(self) -> bool:
        """Whether dates can be compared at all."""
        return self.reason is None

    def last_change(self, path: Path) -> Changed | None:
        """When ``path`` last changed; None if unknown (no history, outside the repository)."""
        if self._top is None:
            return None
        try:
            rel = path.resolve().relative_to(self._top.resolve()).as_posix()
        except ValueError:
            return None
        if rel in self._edited:
            return Changed(self._now, committed=False)
        log = _git(self._top, "log", "-1", "--format=%cI", "--", rel)
        if log is None or log.returncode != 0 or not log.stdout.strip():
            return None
        return Changed(dt.datetime.fromisoformat(log.stdout.strip()), committed=True)

    def notes(self) -> Sequence[str]:
        """What a reader of the report should know about these dates."""
        if self.reason is not None:
            return [f"{self.reason}: translation freshness (git dates) not checked"]
        if self.shallow:
            return [
                "shallow clone: files last changed before its oldest commit all share that "
                "commit's date (fetch the full history for exact freshness)"
            ]
        return []
