"""One run of every check over a site, the work behind the command line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag

from sitetools.check.anchors import Anchors
from sitetools.check.cache import ResultCache
from sitetools.check.config import Site, load_site
from sitetools.check.external import HttpSettings, Progress, check_urls
from sitetools.check.footnotes import check_footnotes
from sitetools.check.images import Images, Limits
from sitetools.check.links import Kind, LocalLinks, Located, classify, external_url
from sitetools.check.markdown import extract_links, front_matter
from sitetools.check.model import Check, Finding, InputError
from sitetools.check.pages import discover, read_text
from sitetools.check.translations import check_translations

DEFAULT_LIMITS = Limits(max_kb=200, max_width=1600)


@dataclass(frozen=True)
class Options:
    """What to check and how; ``cache`` None means no cache file at all."""

    config: Path
    offline: bool = False
    cache: Path | None = None
    limits: Limits = DEFAULT_LIMITS
    http: HttpSettings = field(default_factory=HttpSettings)
    progress: Progress | None = None


@dataclass(frozen=True)
class Result:
    """The findings, sorted for reports, and what was checked."""

    findings: list[Finding]
    counts: dict[str, int]


def _external_findings(
    site: Site, uses: dict[str, list[Located]], options: Options
) -> list[Finding]:
    cache = ResultCache(options.cache) if options.cache is not None else None
    results = check_urls(uses, options.http, cache, options.progress)
    findings = []
    for url, located_all in uses.items():
        result = results[url]
        if result.outcome == "ok":
            continue
        for located in located_all:
            findings.append(
                Finding(
                    check=Check.LINK_EXTERNAL,
                    severity=result.outcome,
                    file=site.rel(located.page.path),
                    line=located.link.line,
                    column=located.link.column,
                    target=located.link.text,
                    message=result.reason,
                    status=result.status,
                )
            )
    return findings


def validate(options: Options) -> Result:
    """Every check of the issue over every language; external ones unless offline."""
    site = load_site(options.config)
    if options.cache is not None and options.cache.absolute().is_relative_to(site.docs_dir):
        # The validator never writes under docs/.
        raise InputError(f"the cache {options.cache} must not be under {site.rel(site.docs_dir)}/")
    pages = discover(site)
    sources = {page.path: read_text(site, page.path) for page in pages}
    local = LocalLinks(site, Anchors(site), sources)
    images = Images(site, options.limits)
    external: dict[str, list[Located]] = {}
    findings: list[Finding] = []
    links = 0
    for page in pages:
        findings += check_footnotes(site, page, sources[page.path])
        for link in extract_links(sources[page.path]):
            located = Located(page, link)
            kind = classify(link.url)
            if kind is Kind.SKIPPED:
                continue
            links += 1
            if link.image:
                findings += images.check_alt(located)
            if kind is Kind.EXTERNAL:
                url = external_url(urldefrag(link.url).url)
                external.setdefault(url, []).append(located)
            elif link.image:
                findings += images.check_use(located)
            else:
                findings += local.check(located)
    findings += images.check_files()
    findings += images.unused(local.reached, [front_matter(text) for text in sources.values()])
    findings += check_translations(site, pages)
    if external and not options.offline:
        findings += _external_findings(site, external, options)
    findings.sort(key=Finding.sort_key)
    counts = {
        "pages": len(pages),
        "links": links,
        "external_urls": len(external),
        "images": len(images.used),
    }
    return Result(findings, counts)
