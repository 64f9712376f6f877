"""One run of the watcher: what to watch, fetch it all, compare, keep the new snapshots."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sitetools.http_client import HttpSettings
from sitetools.kernel.config import Site, load_site
from sitetools.kernel.model import InputError
from sitetools.translations.glossary import DEFAULT_GLOSSARY
from sitetools.watch.citations import Citations, find_citations
from sitetools.watch.compare import assess
from sitetools.watch.fetch import USER_AGENT, Progress, fetch_all
from sitetools.watch.model import Quote, Source, SourceReport
from sitetools.watch.quotes import glossary_quotes
from sitetools.watch.sources import (
    ENTRY_SNAPSHOT,
    read_entries,
    read_url_file,
    url_id,
    watched_ids,
)
from sitetools.watch.store import DEFAULT_SNAPSHOTS, SnapshotStore


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Options:
    """A run's inputs; relative defaults are taken beside the config file."""

    config: Path
    urls: Path | None = None
    snapshots: Path | None = None
    http: HttpSettings = field(default_factory=lambda: HttpSettings(user_agent=USER_AGENT))
    progress: Progress | None = None
    now: Callable[[], dt.datetime] = _utc_now


def _page_quotes(citations: Citations, *keys: str) -> tuple[Quote, ...]:
    """Quotations of the pages attributed to a source (checked once seen in it)."""
    return tuple(Quote((text,), str(where)) for text, where in citations.quoted(*keys))


def _label_quotes(labels: tuple[Quote, ...], links: int) -> tuple[Quote, ...]:
    """The glossary's labels of an entry: curated when the entry has one link; with several,
    the glossary does not say which link shows a label, so only a lost one is reported."""
    return labels if links == 1 else tuple(Quote(q.texts, q.origin) for q in labels)


def sources_from_page(site: Site, citations: Citations) -> list[Source]:
    """Every link of every entry of the default language's Sources page."""
    entries = read_entries(site)
    copies = {e.id for listed in entries.values() for e in listed if e.via_copy}
    labels = glossary_quotes(site.root / DEFAULT_GLOSSARY, DEFAULT_GLOSSARY.as_posix())
    watched: list[Source] = []
    for entry in entries[site.default]:
        links = watched_ids(entry)
        shown = _label_quotes(tuple(labels.get(entry.id, ())), len(links))
        watched.extend(
            Source(
                id=ident,
                url=url,
                entry=entry.id,
                cited_by=citations.of(entry.id, url),
                quotes=shown + _page_quotes(citations, entry.id, url),
                via_copy=entry.id in copies,
            )
            for ident, url in links
        )
    return watched


def sources_from_file(path: Path, citations: Citations) -> list[Source]:
    """The URLs of a file, with the pages that link them directly."""
    return [
        Source(
            id=url_id(url),
            url=url,
            cited_by=citations.of(url),
            quotes=_page_quotes(citations, url),
        )
        for url in read_url_file(path)
    ]


def snapshots_folder(site: Site, chosen: Path | None) -> Path:
    """The snapshots folder; never inside ``docs/`` (MkDocs would publish it)."""
    folder = (chosen or site.root / DEFAULT_SNAPSHOTS).absolute()
    docs = site.docs_dir.absolute()
    if folder == docs or docs in folder.parents:
        raise InputError(f"{folder}: snapshots must not be written under {site.rel(docs)}/")
    return folder


@dataclass(frozen=True)
class Result:
    """Every source's report, in the order of the Sources page (or the file)."""

    reports: list[SourceReport]


def watch(options: Options) -> Result:
    """Fetch every source, compare it with its snapshot, write the new snapshot."""
    site = load_site(options.config)
    citations = find_citations(site)
    if options.urls is not None:
        sources = sources_from_file(options.urls, citations)
    else:
        sources = sources_from_page(site, citations)
    store = SnapshotStore(snapshots_folder(site, options.snapshots))
    answers = fetch_all([s.url for s in sources], options.http, options.progress)
    now = options.now()
    reports: list[SourceReport] = []
    for source in sources:
        previous, previous_text = store.read(source.id)
        outcome = assess(source, answers[source.url], previous, previous_text, now)
        store.write(outcome.meta, outcome.text)
        reports.append(outcome.report)
    if options.urls is None:
        # An entry removed from the Sources page (or a link from an entry): its snapshot goes.
        store.prune({s.id for s in sources}, ENTRY_SNAPSHOT)
    return Result(reports)
