"""One run of the content rules over the pages (or the files named), with or without --fix."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sitetools import languages, prose
from sitetools.kernel.config import Site, load
from sitetools.kernel.frontmatter import FrontMatter, FrontMatterError, decode, parse_front_matter
from sitetools.kernel.model import Finding, InputError
from sitetools.kernel.pages import Page, discover, page_of
from sitetools.languages import Language
from sitetools.rules import front_matter, labels, share_kit, typography
from sitetools.translations.glossary import DEFAULT_GLOSSARY, Glossary, load_glossary


@dataclass(frozen=True)
class Options:
    """``files`` empty: every page of the site. ``fix``: apply the typography fix in place."""

    config: Path
    files: Sequence[Path] = ()
    fix: bool = False


@dataclass(frozen=True)
class Result:
    """Findings sorted for reports (after --fix: what is left), what was checked and fixed."""

    findings: list[Finding]
    counts: dict[str, int]
    fixed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _pages(site: Site, files: Sequence[Path]) -> list[Page]:
    if not files:
        return discover(site)
    pages = []
    for path in files:
        absolute = path.absolute()
        if not absolute.is_file():
            raise InputError(f"{path}: no such file")
        if not absolute.is_relative_to(site.docs_dir.absolute()):
            raise InputError(f"{path}: not a page of {site.rel(site.docs_dir)}")
        pages.append(page_of(site, absolute))
    return pages


def _glossary(site: Site, notes: list[str]) -> Glossary | None:
    path = site.root / DEFAULT_GLOSSARY
    if not path.is_file():
        notes.append(f"no {DEFAULT_GLOSSARY.as_posix()}: label-unquoted not checked")
        return None
    return load_glossary(path, site.locales, site.rel(path))


def write_atomically(path: Path, text: str) -> None:
    """Replace a file's content at once: a crash leaves the old page or the new, never half."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        Path(temporary).chmod(path.stat().st_mode & 0o777)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _page_findings(
    language: Language, name: str, source: str, meta: FrontMatter, glossary: Glossary | None
) -> list[Finding]:
    findings = front_matter.check(name, meta)
    if language.french_typography:
        findings += [
            Finding(
                typography.RULE,
                "error",
                name,
                edit.line,
                edit.sign,
                edit.message(),
                column=edit.column + 1,
            )
            for edit in typography.edits(source, meta)
        ]
    if glossary is not None:
        texts = prose.texts(source)
        findings += labels.check(name, language, source, texts, glossary, meta.body_line)
    return findings


def check(options: Options) -> Result:
    """Every rule on every page, and on the committed share kit when no file is named; with
    ``fix``, typography is corrected first, then reported."""
    site, config = load(options.config)
    pages = _pages(site, options.files)
    notes: list[str] = []
    glossary = _glossary(site, notes)
    table = languages.for_checker(site.root)
    findings: list[Finding] = []
    fixed: list[str] = []
    for page in pages:
        name = site.rel(page.path)
        try:
            source = decode(page.path.read_bytes(), name)
            meta = parse_front_matter(source, name)
        except FrontMatterError as error:
            findings.append(front_matter.unreadable(error))
            continue
        except OSError as error:
            raise InputError(f"{name}: cannot read: {error.strerror or error}") from error
        language = table[page.lang]
        if options.fix and language.french_typography:
            corrected = typography.fix(source, typography.edits(source, meta))
            if corrected != source:
                write_atomically(page.path, corrected)
                fixed.append(name)
                source = corrected
        findings += _page_findings(language, name, source, meta, glossary)
    if not options.files:
        findings += share_kit.check(site, config)
    findings.sort(key=Finding.sort_key)
    return Result(findings, {"pages": len(pages)}, fixed, notes)
