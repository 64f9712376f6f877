"""What every module of the watcher speaks: sources, citations, quotes, statuses, reports."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    """One status per source and run: part of the command's interface (JSON, reports)."""

    NEW = "new"  # first snapshot
    UNCHANGED = "unchanged"
    CHANGED = "changed"  # the main text differs from the last snapshot
    MOVED = "moved"  # a permanent redirect to another address
    GONE = "gone"  # 404 or 410
    BLOCKED = "blocked"  # no answer we can read (999, 403, 429 after retries, timeout...)


# Statuses that need a person: re-read the cited claim, fix the link.
NEEDS_HUMAN = frozenset({Status.CHANGED, Status.MOVED, Status.GONE})


@dataclass(frozen=True, order=True)
class Citation:
    """A page line that cites a source, relative to the config file's directory."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Quote:
    """Words the site says a source shows; any of ``texts`` found counts as found.

    ``curated`` quotes (LinkedIn's labels of the glossary, each said to be seen in that
    source) are reported even on a first check; quotations found in pages are reported only
    once they have been seen in the source, since a page may translate or paraphrase.
    """

    texts: tuple[str, ...]
    origin: str
    curated: bool = False


@dataclass(frozen=True)
class Source:
    """One address to watch: ``id`` names its snapshot; ``entry`` is its Sources-page id."""

    id: str
    url: str
    entry: str | None = None
    cited_by: tuple[Citation, ...] = ()
    quotes: tuple[Quote, ...] = ()
    # The Sources page says we read it through a copy: its quotes are never checked.
    via_copy: bool = False


@dataclass(frozen=True)
class SourceReport:
    """The verdict on one source for this run."""

    source: Source
    status: Status
    final_url: str | None = None
    diff: str = ""
    missing_quotes: tuple[Quote, ...] = ()
    reason: str = ""
    # GONE only: where an archived copy may be looked for (a link, never fetched).
    archive: str | None = None
    moved_to: str | None = None

    @property
    def needs_human(self) -> bool:
        """Changed, moved, gone, or a quote lost: someone must re-read the claim."""
        return self.status in NEEDS_HUMAN or bool(self.missing_quotes)
