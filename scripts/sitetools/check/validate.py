"""One run of every check over a site, the work behind the command line.

The site is built by MkDocs itself into a temporary folder (see ``build``); the checks read
the built pages and point back at the sources (see ``locate``).
"""

from __future__ import annotations

import posixpath
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

from mkdocs.config.defaults import MkDocsConfig

from sitetools.check.build import Build, BuiltPage, run_build
from sitetools.check.cache import ResultCache
from sitetools.check.documents import Documents, is_pdf
from sitetools.check.external import HttpSettings, Progress, check_urls
from sitetools.check.images import Images, Limits
from sitetools.check.links import (
    BuiltSite,
    Kind,
    Located,
    check_local,
    classify,
    external_url,
    finding,
    missing_message,
)
from sitetools.check.locate import Locator
from sitetools.check.preflight import check_tree, read_sources
from sitetools.check.rendered import image_urls, parse_html
from sitetools.kernel import parity
from sitetools.kernel.config import Site, load
from sitetools.kernel.frontmatter import FrontMatterError, read_front_matter
from sitetools.kernel.markdown import front_matter
from sitetools.kernel.model import Check, Finding, InputError
from sitetools.kernel.pages import Page, discover, page_of

# A PDF: under 1 MB, what issue 19 asks of the share kit's carousel (a LinkedIn document post).
DEFAULT_LIMITS = Limits(max_kb=200, max_width=1600, max_pdf_kb=1024)
BUILT_TEXT_SUFFIXES = (".html", ".css", ".js", ".json", ".xml", ".webmanifest")
Warn = Callable[[str], None]


@dataclass(frozen=True)
class Options:
    """What to check and how; ``cache`` None means no cache file at all."""

    config: Path
    offline: bool = False
    cache: Path | None = None
    limits: Limits = DEFAULT_LIMITS
    http: HttpSettings = field(default_factory=HttpSettings)
    progress: Progress | None = None
    # Where a problem that does not stop the run is told (an unwritable cache).
    warn: Warn | None = None
    # Render the theme into every page, as ``mkdocs build`` does (see ``build``): slower.
    full_build: bool = False


@dataclass(frozen=True)
class Result:
    """The findings, sorted for reports, and what was checked."""

    findings: list[Finding]
    counts: dict[str, int]


class _ForgivingCache(ResultCache):
    """A cache that cannot be written is a warning, once; the findings still count."""

    def __init__(self, path: Path, warn: Warn | None) -> None:
        super().__init__(path)
        self._warn = warn

    def save(self) -> None:
        try:
            super().save()
        except OSError as error:
            if self._warn is not None:
                self._warn(f"cannot write the cache {self.path}: {error.strerror or error}")


def _external_findings(
    site: Site, uses: dict[str, list[Located]], options: Options
) -> list[Finding]:
    cache = _ForgivingCache(options.cache, options.warn) if options.cache is not None else None
    results = check_urls(uses, options.http, cache, options.progress)
    findings = []
    for url, located_all in uses.items():
        result = results[url]
        if result.outcome == "ok":
            continue
        for located in located_all:
            base = finding(site, located, Check.LINK_EXTERNAL, result.reason, result.outcome)
            findings.append(
                Finding(
                    base.check,
                    base.severity,
                    base.file,
                    base.line,
                    base.target,
                    base.message,
                    base.column,
                    result.status,
                )
            )
    return findings


class _Checker:
    """Walks the built pages once, collecting findings and what external checks need."""

    def __init__(self, site: Site, build: Build, options: Options) -> None:
        self.site = site
        self.build = build
        self.built = BuiltSite(site, build)
        self.images = Images(site, options.limits)
        self.documents = Documents(site, options.limits.max_pdf_kb)
        self.external: dict[str, list[Located]] = {}
        self.findings: list[Finding] = []
        self.links = 0
        self._texts: dict[Path, str] = {}

    def _text(self, path: Path) -> str:
        if path not in self._texts:
            try:
                self._texts[path] = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                self._texts[path] = ""
        return self._texts[path]

    def _language(self, page: BuiltPage) -> str:
        if page.source.is_relative_to(self.site.docs_dir):
            return page_of(self.site, page.source).lang
        return page.build_language or self.site.default

    def check_page(self, page: BuiltPage) -> None:
        """Every link, image and footnote call of one built page's content area."""
        texts = [(path, self._text(path)) for path in (page.source, *page.snippets)]
        locator = Locator(page.source, texts)
        lang = self._language(page)
        parsed = parse_html(page.content)
        for ref in parsed.refs:
            kind = classify(ref.url)
            if kind is Kind.SKIPPED:
                continue
            self.links += 1
            written = page.rewritten.get(ref.url, ref.url)
            position = locator.locate((written, ref.url))
            located = Located(
                position.file, position.line, position.column, written, lang, position.used_at
            )
            if ref.image and ref.tag == "img":
                self.findings += self.images.check_alt(located, ref.alt)
            if kind is Kind.EXTERNAL:
                self.external.setdefault(external_url(urldefrag(ref.url).url), []).append(located)
            elif ref.image:
                self._check_image(page, ref.url, located)
            else:
                self.findings += check_local(self.built, page, ref.url, located, "this page")
                self._note_document(page, ref.url, located)
        for call in parsed.footnote_calls:
            position = locator.locate((call,))
            located = Located(position.file, position.line, position.column, call, lang)
            message = f"footnote {call} is called but not defined in this page"
            self.findings.append(finding(self.site, located, Check.FOOTNOTE_UNDEFINED, message))
        self._note_theme_images(page)

    def _check_image(self, page: BuiltPage, url: str, located: Located) -> None:
        resolved = self.built.resolve(page, url)
        if resolved.path is None:
            message = missing_message(self.built, page, url, resolved)
            self.findings.append(finding(self.site, located, Check.IMAGE_MISSING, message))
            return
        if self._note_built(resolved.path):
            return
        source = self.build.origins.get(resolved.path)
        self.findings += self.images.check_use(located, source)

    def _note_built(self, path: Path) -> bool:
        """An image a plugin or hook drew into the build (True): inspected like the project's,
        and named by its place in the site, not by wherever the hook kept it (a cache)."""
        if path not in self.build.generated:
            return False
        self.images.note_built(path, self._built_name(path))
        return True

    def _built_name(self, path: Path) -> str:
        """A built file's name in findings: for a file a plugin or hook added, its place in the
        site and what drew it (it may be kept anywhere, a cache); else its source file."""
        site_path = path.relative_to(self.build.site_dir).as_posix()
        drawn_by = self.build.generated.get(path)
        if drawn_by is not None:
            return f"{site_path} (drawn by {drawn_by})"
        source = self.build.origins.get(path)
        return self.site.rel(source) if source is not None else site_path

    def _note_document(self, page: BuiltPage, url: str, located: Located) -> None:
        """A link to a PDF file of the build: the file is inspected, reported at this link."""
        if not is_pdf(unquote(urlsplit(url).path)):
            return
        resolved = self.built.resolve(page, url)
        if resolved.path is not None:
            self.documents.note_link(resolved.path, self._built_name(resolved.path), located)

    def note_published_documents(self) -> None:
        """PDF files the build publishes that no page links to: inspected all the same."""
        for path in (*self.build.origins, *self.build.generated):
            if is_pdf(path.name):
                self.documents.note_published(path, self._built_name(path))

    def _note_theme_images(self, page: BuiltPage) -> None:
        """Images the whole built page loads (logo, favicon...): inspected like the others."""
        try:
            html = page.dest.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return
        for url in image_urls(html):
            if classify(url) is Kind.LOCAL:
                resolved = self.built.resolve(page, url)
                if resolved.path is None or self._note_built(resolved.path):
                    continue
                source = self.build.origins.get(resolved.path)
                if source is not None:
                    self.images.note_used(source)

    def nav_findings(self) -> list[Finding]:
        """Nav entries to pages that are not among the documentation files."""
        config_text = self._text(self.site.config_file)
        findings = []
        for target in self.build.nav_missing:
            position = Locator(self.site.config_file, [(self.site.config_file, config_text)])
            where = position.locate((target,))
            located = Located(where.file, where.line, where.column, target, self.site.default)
            message = f"the nav names {target}, which is not among the documentation files"
            findings.append(finding(self.site, located, Check.LINK_PAGE, message))
        return findings

    def built_image_names(self) -> set[str]:
        """The file name of every image any built text file names, however it is written."""
        names: set[str] = set()
        for path in self.build.site_dir.rglob("*"):
            if path.suffix in BUILT_TEXT_SUFFIXES and path.is_file():
                text = path.read_text(encoding="utf-8", errors="replace")
                names |= {posixpath.basename(unquote(url)) for url in image_urls(text)}
        return names


def front_matter_findings(site: Site, pages: list[Page]) -> list[Finding]:
    """Front matter MkDocs silently ignores when it is not valid YAML: an error at its line."""
    findings = []
    for page in pages:
        name = site.rel(page.path)
        try:
            read_front_matter(page.path, name)
        except FrontMatterError as error:
            findings.append(
                Finding(Check.FRONT_MATTER, "error", name, error.line, name, error.problem)
            )
    return findings


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """A page built twice (a language's fallback) must not report twice."""
    return sorted(dict.fromkeys(findings), key=Finding.sort_key)


def check_build(site: Site, build: Build, options: Options) -> Result:
    """Every check over one build (external ones unless offline)."""
    checker = _Checker(site, build, options)
    for page in sorted(build.pages, key=lambda p: (str(p.source), p.url)):
        checker.check_page(page)
    findings = checker.findings + checker.nav_findings()
    findings += checker.images.check_files()
    checker.note_published_documents()
    findings += checker.documents.check_files()
    sources = {page.source for page in build.pages}
    pages = [page for page in discover(site) if page.path in sources]
    findings += front_matter_findings(site, pages)
    texts = [front_matter(checker._text(page.path)) for page in pages]
    findings += checker.images.unused(checker.built_image_names(), texts)
    findings += parity.findings(site, pages, parity.severity(site.fallback_to_default))
    if checker.external and not options.offline:
        findings += _external_findings(site, checker.external, options)
    counts = {
        "pages": len(sources),
        "links": checker.links,
        "external_urls": len(checker.external),
        "images": len(checker.images.used) + len(checker.images.built),
        "documents": len(checker.documents),
    }
    return Result(_dedupe(findings), counts)


def validate(options: Options) -> Result:
    """Build the site in a temporary folder with MkDocs, then check what it built."""
    site, config = load(options.config)
    if options.cache is not None and options.cache.absolute().is_relative_to(site.docs_dir):
        # The validator never writes under docs/.
        raise InputError(f"the cache {options.cache} must not be under {site.rel(site.docs_dir)}/")
    read_sources(site)
    check_tree(site)
    with tempfile.TemporaryDirectory(prefix="check_site-") as temporary:
        build = build_for_check(options, config, Path(temporary))
        return check_build(site, build, options)


def build_for_check(options: Options, config: MkDocsConfig, folder: Path) -> Build:
    """The content-only build, or the full one when asked or when the first fails at all.

    Anything going wrong in the content-only build (a hook that needs the theme's HTML, say)
    is not reported: the full build, from a freshly loaded configuration, decides.
    """
    if not options.full_build:
        try:
            return run_build(config, folder / "content", content_only=True)
        except Exception:  # any failure: the full build is the reference
            _, config = load(options.config)
    return run_build(config, folder / "site")
