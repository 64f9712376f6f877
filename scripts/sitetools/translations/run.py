"""One run of the translation checks over a site: pairs, structure, freshness, labels."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from babel import Locale, UnknownLocaleError

from sitetools import prose
from sitetools.check.translations import check_translations
from sitetools.kernel.config import Site, load_site
from sitetools.kernel.frontmatter import FrontMatterError, parse_front_matter
from sitetools.kernel.model import Finding, InputError
from sitetools.kernel.pages import Page, discover, read_text
from sitetools.rules import front_matter
from sitetools.screenshots.labels import LabelsError, load_labels
from sitetools.translations import freshness, labels
from sitetools.translations.glossary import DEFAULT_GLOSSARY, Glossary, load_glossary
from sitetools.translations.history import History
from sitetools.translations.structure import COMPARISONS, Version


@dataclass(frozen=True)
class Options:
    """``glossary`` None: the default file beside the config, skipped when absent."""

    config: Path
    glossary: Path | None = None
    git: bool = True


@dataclass(frozen=True)
class Result:
    """Findings sorted for reports, what was checked, and what could not be."""

    findings: list[Finding]
    counts: dict[str, int]
    notes: list[str] = field(default_factory=list)


def language_name(locale: str) -> str:
    """A language's English name for messages ("French"), or its code if babel lacks it."""
    try:
        return str(Locale.parse(locale).get_language_name("en"))
    except (ValueError, UnknownLocaleError):
        return locale


class _Reader:
    """Each page read and parsed once."""

    def __init__(self, site: Site) -> None:
        self.site = site
        toc = site.mdx_configs.get("toc", {})
        self._slugify = toc.get("slugify") or prose.slugify
        self._separator = str(toc.get("separator", "-"))
        self.sources: dict[Path, str] = {}
        self._versions: dict[Path, Version] = {}

    def source(self, page: Page) -> str:
        if page.path not in self.sources:
            self.sources[page.path] = read_text(self.site, page.path)
        return self.sources[page.path]

    def version(self, page: Page) -> Version:
        if page.path not in self._versions:
            self._versions[page.path] = self._read(page)
        return self._versions[page.path]

    def _read(self, page: Page) -> Version:
        """Raises FrontMatterError: a page whose front matter cannot be read is not compared."""
        text = self.source(page)
        file = self.site.rel(page.path)
        front_matter = parse_front_matter(text, file)
        return Version(
            file=file,
            language=language_name(page.lang),
            headings=prose.headings(text, self._slugify, self._separator),
            meta=dict(front_matter.data),
            meta_lines=dict(front_matter.key_lines),
        )

    def readable(self, pages: list[Page]) -> tuple[list[Page], list[Finding]]:
        """The pages whose front matter can be read, and one front-matter error per other."""
        kept: list[Page] = []
        errors: list[Finding] = []
        for page in pages:
            try:
                self.version(page)
            except FrontMatterError as error:
                errors.append(front_matter.unreadable(error))
            else:
                kept.append(page)
        return kept, errors


def _pairs(site: Site, pages: list[Page]) -> list[tuple[Page, Page]]:
    """(source in the default language, translation) for every page present in both."""
    by_key: dict[str, dict[str, Page]] = defaultdict(dict)
    for page in pages:
        if page.key is not None:
            by_key[page.key][page.lang] = page
    return [
        (versions[site.default], versions[locale])
        for _, versions in sorted(by_key.items())
        for locale in site.locales[1:]
        if site.default in versions and locale in versions
    ]


def _glossary(site: Site, options: Options, notes: list[str]) -> Glossary | None:
    path = options.glossary or site.root / DEFAULT_GLOSSARY
    if options.glossary is None and not path.is_file():
        notes.append(f"no {DEFAULT_GLOSSARY.as_posix()}: interface labels not checked")
        return None
    return load_glossary(path, site.locales, site.rel(path.absolute()))


def _illustrations(site: Site, glossary: Glossary) -> list[Finding]:
    findings: list[Finding] = []
    if glossary.illustrations is None:
        return findings
    for locale in site.locales:
        path = site.root / glossary.illustrations.format(lang=locale)
        if not path.is_file():
            continue
        try:
            drawn = dict(load_labels(path))
        except LabelsError as error:
            raise InputError(str(error)) from error
        findings += labels.check_illustration(path, site.rel(path), locale, drawn, glossary)
    return findings


def _labels(site: Site, reader: _Reader, pages: list[Page], glossary: Glossary) -> list[Finding]:
    findings: list[Finding] = []
    for page in pages:
        file = site.rel(page.path)
        texts = prose.texts(reader.source(page))
        found, used = labels.check_page(file, page.lang, texts, glossary, site.locales)
        findings += found
        if page.key in glossary.guides:
            findings += labels.unused(file, page.lang, used, glossary)
    return findings + _illustrations(site, glossary)


def check(options: Options) -> Result:
    """Every translation check of the issue, over every page pair."""
    site = load_site(options.config)
    pages = discover(site)
    reader = _Reader(site)
    notes: list[str] = []
    history = History(site.root) if options.git else None
    if history is not None:
        notes += history.notes()
    else:
        notes.append("--no-git: translation freshness (git dates) not checked")
    # The validator's translation-missing, annotated on the first line of the page that exists.
    findings = [replace(f, line=f.line or 1) for f in check_translations(site, pages)]
    # A page whose YAML is broken has no headings or keys to compare: say why, once.
    all_pages = pages
    pages, unreadable = reader.readable(all_pages)
    findings += unreadable
    for source_page, translation_page in _pairs(site, pages):
        source, translation = reader.version(source_page), reader.version(translation_page)
        for compare in COMPARISONS:
            findings += compare(source, translation)
        findings += freshness.by_review_date(source, translation)
        if history is not None and history.available:
            findings += freshness.by_git(
                history, source, source_page.path, translation, translation_page.path
            )
    glossary = _glossary(site, options, notes)
    if glossary is not None:
        findings += _labels(site, reader, pages, glossary)
    findings.sort(key=Finding.sort_key)
    counts = {"pages": len(all_pages), "pairs": len(_pairs(site, pages))}
    return Result(findings, counts, notes)
