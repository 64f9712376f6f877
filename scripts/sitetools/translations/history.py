"""When each page last changed, from git: the date of its last commit, or "now" when edited.

A translation is behind when its French source changed after it. Git knows when; a file
with uncommitted changes counts as changed now, so an edit to a French page is flagged on
its translations before it is even committed. A change of spacing only (``check_content.py
--fix`` putting U+00A0 before a colon) is no change for a translation: commits that only move
or replace spaces are skipped. Used by ``check_translations.py`` and by the build hook
``scripts/sitetools/plugin/page_meta.py``. Outside a repository, without git, or before
the first commit, there are no dates: :attr:`History.reason` says why, and nothing is flagged.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

GIT_TIMEOUT_SECONDS = 30
# Commits looked at, newest first, for one that changed more than spacing.
MAX_COMMITS_SCANNED = 50
_SPACING = re.compile(r"\s+")


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


def without_spacing(text: str) -> str:
    """``text`` with every space removed (Unicode ones too): what a translation follows."""
    return _SPACING.sub("", text)


class History:
    """Last-change dates of files under ``root``, or a reason why there are none.

    ``count_edits`` False ignores uncommitted changes, so that a build depends only on what
    was committed.
    """

    def __init__(
        self, root: Path, now: dt.datetime | None = None, *, count_edits: bool = True
    ) -> None:
        self._now = now or dt.datetime.now(dt.UTC)
        self._count_edits = count_edits
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
        if self._count_edits:
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
        if self._count_edits and rel in self._edited and self._edited_beyond_spacing(path, rel):
            return Changed(self._now, committed=False)
        # Merges are not changes of their own: each side's commits count, at their own dates.
        log = _git(
            self._top,
            "log",
            "--full-history",
            "--no-merges",
            f"-{MAX_COMMITS_SCANNED}",
            "--format=%H %P|%cI",
            "--",
            rel,
        )
        if log is None or log.returncode != 0 or not log.stdout.strip():
            return None
        commits = [line.partition("|") for line in log.stdout.splitlines() if line]
        for ids, _, date in commits:
            commit, *parents = ids.split()
            if not parents or self._changed_beyond_spacing(rel, commit, parents[0]):
                return Changed(dt.datetime.fromisoformat(date), committed=True)
        # Every commit scanned only changed spacing: the oldest one scanned is the answer.
        return Changed(dt.datetime.fromisoformat(commits[-1][2]), committed=True)

    def last_commits(self, folder: Path) -> dict[Path, dt.datetime]:
        """The date of :meth:`last_change` (commits only) of every file under ``folder``, from
        one ``git log`` walk and one ``git cat-file`` per round of the spacing check, instead of
        a ``git log`` and two ``git show`` per file: what a build asks for every page."""
        if self._top is None:
            return {}
        top = self._top.resolve()
        walk = _git(
            top,
            *("-c", "core.quotePath=off", "log", "--full-history", "--no-merges"),
            *("--format=%x01%H %P|%cI", "--name-only", "--", str(folder.resolve())),
        )
        if walk is None or walk.returncode != 0:
            return {}
        commits: dict[str, list[tuple[str, list[str], str]]] = {}
        for chunk in walk.stdout.split("\x01")[1:]:
            header, *paths = chunk.splitlines()
            ids, _, date = header.partition("|")
            commit, *parents = ids.split()
            for rel in filter(None, paths):
                found = commits.setdefault(rel, [])
                if len(found) < MAX_COMMITS_SCANNED:
                    found.append((commit, parents, date))
        dates: dict[str, str] = {}
        pending = {rel: 0 for rel in commits}
        while pending:
            asked = [
                (commit, rel)
                for rel, at in pending.items()
                for commit in [commits[rel][at][0], *commits[rel][at][1][:1]]
            ]
            contents = self._contents(asked)
            following = {}
            for rel, at in pending.items():
                commit, parents, date = commits[rel][at]
                after = contents.get((commit, rel))
                before = contents.get((parents[0], rel)) if parents else None
                if (
                    after is None
                    or before is None
                    or without_spacing(after) != without_spacing(before)
                ):
                    dates[rel] = date
                elif at + 1 < len(commits[rel]):
                    following[rel] = at + 1
                else:  # every commit scanned only changed spacing: the oldest one is the answer
                    dates[rel] = commits[rel][-1][2]
            pending = following
        return {top / rel: dt.datetime.fromisoformat(date) for rel, date in dates.items()}

    def _contents(self, asked: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """Files as of commits, (commit, path) -> text, in one ``git cat-file --batch``."""
        assert self._top is not None
        git = shutil.which("git")
        if git is None or not asked:
            return {}
        try:
            output = subprocess.run(
                [git, "-C", str(self._top), "cat-file", "--batch"],
                input="".join(f"{commit}:{rel}\n" for commit, rel in asked).encode(),
                capture_output=True,
                timeout=GIT_TIMEOUT_SECONDS,
                check=False,
            ).stdout
        except (OSError, subprocess.TimeoutExpired):
            return {}
        contents, at = {}, 0
        for key in asked:
            end = output.index(b"\n", at)
            header = output[at:end].split()
            at = end + 1
            if len(header) == 3 and header[1] == b"blob":
                size = int(header[2])
                contents[key] = output[at : at + size].decode("utf-8", "replace")
                at += size + 1
        return contents

    def _content(self, rel: str, commit: str) -> str | None:
        """``rel`` as of ``commit``; None where it did not exist."""
        assert self._top is not None
        shown = _git(self._top, "show", f"{commit}:{rel}")
        return shown.stdout if shown is not None and shown.returncode == 0 else None

    def _changed_beyond_spacing(self, rel: str, commit: str, parent: str) -> bool:
        """Whether ``commit`` changed ``rel`` in more than its spaces."""
        after, before = self._content(rel, commit), self._content(rel, parent)
        if after is None or before is None:
            return True
        return without_spacing(after) != without_spacing(before)

    def _edited_beyond_spacing(self, path: Path, rel: str) -> bool:
        """Whether the uncommitted ``path`` differs from HEAD in more than its spaces."""
        committed = self._content(rel, "HEAD")
        try:
            current = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return True
        return committed is None or without_spacing(current) != without_spacing(committed)

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
