"""One status per source from its answer and its last snapshot, and the new snapshot.

- An address that answers 404 or 410 is ``gone`` (with a Wayback Machine search link, given
  as text and never fetched); any other failure (999, 403, 429 after retries, 5xx,
  timeout, no connection, redirect loop) is ``blocked``: unknown, never a change.
- A chain that starts with permanent redirects (301, 308) to another address is ``moved``.
  Not a move: a change of scheme (http to https), of ``www.``, of the host's case or of a
  trailing slash, the same page at a normalised address. Temporary redirects (302, 303,
  307: a login wall, a language choice) never are.
- Otherwise the normalised main text is compared with the snapshot: ``new`` (no snapshot,
  or one of another address), ``unchanged`` or ``changed`` with a diff of the sentences.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from sitetools.http_client import PERMANENT_REDIRECTS, Hop, phrase
from sitetools.watch.extract import main_text
from sitetools.watch.fetch import Fetched
from sitetools.watch.model import Source, SourceReport, Status
from sitetools.watch.normalise import normalise
from sitetools.watch.quotes import missing
from sitetools.watch.store import Metadata

GONE_STATUSES = frozenset({404, 410})
ARCHIVE_SEARCH = "https://web.archive.org/web/*/{url}"
DIFF_CONTEXT = 1
DIFF_MAX_LINES = 80


@dataclass(frozen=True)
class Outcome:
    """A source's report and the snapshot to keep (text None: keep the old text)."""

    report: SourceReport
    meta: Metadata
    text: str | None


def iso(now: dt.datetime) -> str:
    """A UTC timestamp as snapshots store it."""
    return now.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _address(url: str) -> tuple[str, str, str]:
    """What is left of a URL once trivial differences are removed."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    default_port = parts.port in (None, 80, 443)
    netloc = host if default_port else f"{host}:{parts.port}"
    return netloc, parts.path.rstrip("/") or "/", parts.query


def same_address(a: str, b: str) -> bool:
    """Whether two URLs name the same page up to scheme, ``www.``, case and final slash."""
    return _address(a) == _address(b)


def permanent_target(hops: tuple[Hop, ...]) -> str | None:
    """Where the leading permanent redirects of a chain lead, if anywhere."""
    target = None
    for hop in hops:
        if hop.status not in PERMANENT_REDIRECTS:
            break
        target = hop.location
    return target


def sentence_diff(old: str, new: str) -> str:
    """A unified diff of two normalised texts (one sentence a line), cut when very long."""
    lines = list(
        difflib.unified_diff(
            old.splitlines(),
            new.splitlines(),
            "last snapshot",
            "now",
            n=DIFF_CONTEXT,
            lineterm="",
        )
    )
    if len(lines) > DIFF_MAX_LINES:
        cut = len(lines) - DIFF_MAX_LINES
        lines = [*lines[:DIFF_MAX_LINES], f"... ({cut} more diff lines)"]
    return "\n".join(lines)


def _hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _unread(source: Source, fetched: Fetched, previous: Metadata | None) -> Outcome:
    """A failure or an error status: gone or blocked; the snapshot keeps its text."""
    if fetched.failure is not None:
        status, reason = Status.BLOCKED, fetched.failure[1]
    else:
        code = fetched.status or 0
        tries = f" after {fetched.attempts} attempts" if fetched.attempts > 1 else ""
        status = Status.GONE if code in GONE_STATUSES else Status.BLOCKED
        reason = f"{phrase(code)}{tries}"
        if code == 999:
            reason = "999: the site refuses automated requests"
        elif 300 <= code < 400:
            reason = f"{phrase(code)} without a Location header"
    archive = ARCHIVE_SEARCH.format(url=source.url) if status is Status.GONE else None
    report = SourceReport(source, status, fetched.final_url, reason=reason, archive=archive)
    meta = previous or Metadata(source.id, source.url, None, status, None, None, None, None)
    meta = replace(meta, status=status.value, final_url=fetched.final_url, entry=source.entry)
    return Outcome(report, meta, None)


def assess(
    source: Source,
    fetched: Fetched,
    previous: Metadata | None,
    previous_text: str | None,
    now: dt.datetime,
) -> Outcome:
    """The status of a source for this run and its new snapshot."""
    code = fetched.status
    if fetched.failure is not None or code is None or not 200 <= code < 300:
        return _unread(source, fetched, previous)
    text = normalise(main_text(fetched.body, fetched.content_type))
    digest, stamp = _hash(text), iso(now)
    first = previous is None or previous.url != source.url or previous.content_hash is None
    old_text = None if first else previous_text
    if first or previous is None:
        status, diff, since, seen = Status.NEW, "", stamp, stamp
    elif digest == previous.content_hash:
        status, diff = Status.UNCHANGED, ""
        since, seen = previous.last_changed or stamp, previous.first_seen or stamp
    else:
        status, diff = Status.CHANGED, sentence_diff(old_text or "", text)
        since, seen = stamp, previous.first_seen or stamp
    moved_to = permanent_target(fetched.hops)
    if moved_to is not None and same_address(moved_to, source.url):
        moved_to = None
    report = SourceReport(
        source,
        Status.MOVED if moved_to else status,
        fetched.final_url,
        diff=diff,
        missing_quotes=() if source.via_copy else missing(source.quotes, text, old_text),
        reason=f"moved permanently to {moved_to}" if moved_to else "",
        moved_to=moved_to,
    )
    meta = Metadata(
        id=source.id,
        url=source.url,
        final_url=fetched.final_url,
        status=report.status.value,
        content_hash=digest,
        first_seen=seen,
        last_checked=stamp,
        last_changed=since,
        entry=source.entry,
    )
    return Outcome(report, meta, text)
