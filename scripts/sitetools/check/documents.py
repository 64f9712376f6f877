"""PDF documents the site links to or publishes: readable, small, anonymous, titled.

A PDF is checked for what an image is checked for (weight, identifying metadata) and for
what makes a document usable: that it opens, and that it declares its title and language
(what a screen reader announces). Its metadata identify a person or a tool when the document
information dictionary names an author, the software that made it or extra keys an office
suite adds (company, template...), when it holds a creation or change date with a time of
day (the moment someone exported it; a bare date, such as the share kit's review day, says
nothing more than the page does), or when the catalogue carries an XMP packet (which repeats
them, often with an edit history). pypdf, already pinned for scripts/watch_sources.py, reads
the file; it is imported only when a site has a PDF.
"""

from __future__ import annotations

import contextlib
import logging
import math
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitetools.check.links import Located, finding
from sitetools.kernel.config import Site
from sitetools.kernel.model import Check, Finding, Severity

PDF_SUFFIX = ".pdf"
KB = 1024
# Where a PDF may start and end: the header within its first 1024 bytes, %%EOF within its last
# 1024 (ISO 32000-1, 7.5.2 and 7.5.5; readers accept this much slack, and so do we).
SLACK = 1024
# Descriptive keys of the document information dictionary: the others say who or what made it.
DESCRIPTIVE_KEYS = frozenset({"/Title", "/Subject", "/Keywords", "/Trapped"})
DATE_KEYS = frozenset({"/CreationDate", "/ModDate"})
# D:YYYYMMDDHHmmSS...: a time of day is any non-zero digit after the date.
_DATE = re.compile(r"D?:?(\d{4,8})(\d*)")
STRIP_HINT = "remove them from the document's properties, or export it without them"
PYPDF_LOGGER = "pypdf"


@dataclass(frozen=True)
class PdfInfo:
    """What a PDF file holds: why it cannot be read (None: it can), else its metadata."""

    problem: str | None = None
    metadata: tuple[str, ...] = ()
    title: bool = False
    language: bool = False


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a PDF file, wherever it is reported."""

    check: Check
    severity: Severity
    message: str


def _timed(value: object) -> bool:
    """Whether a PDF date holds a time of day (unreadable dates count as timed)."""
    match = _DATE.match(str(value).strip())
    return match is None or match.group(2).strip("0") != ""


def _metadata(info: dict[str, Any], catalog: dict[str, Any]) -> tuple[str, ...]:
    found = []
    for key in sorted(info):
        if key in DESCRIPTIVE_KEYS or (key in DATE_KEYS and not _timed(info[key])):
            continue
        found.append(key.removeprefix("/") + (" with a time of day" if key in DATE_KEYS else ""))
    if "/Metadata" in catalog:
        found.append("XMP")
    return tuple(found)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """pypdf tells what it repaired through logging and warnings: never onto our output."""
    # Its modules log under "pypdf.*": a handler that drops everything stops them there (no
    # handler at all would let Python's last resort print them on stderr).
    logger = logging.getLogger(PYPDF_LOGGER)
    drop, propagate = logging.NullHandler(), logger.propagate
    logger.addHandler(drop)
    logger.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.removeHandler(drop)
        logger.propagate = propagate


def _frame_problem(path: Path) -> str | None:
    """A file that does not start and end as a PDF: garbage, another format, or cut short."""
    with path.open("rb") as file:
        head = file.read(SLACK)
        file.seek(0, 2)
        size = file.tell()
        file.seek(max(0, size - SLACK))
        tail = file.read()
    if b"%PDF-" not in head:
        return "not a PDF (no %PDF- header)"
    if b"%%EOF" not in tail:
        return "truncated (no %%EOF at its end)"
    return None


def _text(value: object) -> bool:
    return bool(str(value or "").strip())


def inspect_pdf(path: Path) -> PdfInfo:
    """Whether a PDF opens, and its metadata, title and language."""
    try:
        problem = _frame_problem(path)
    except OSError as error:
        return PdfInfo(f"cannot read: {error.strerror or error}")
    if problem:
        return PdfInfo(problem)
    from pypdf import PdfReader  # only sites with PDFs pay for the import

    try:
        with _quiet():
            reader = PdfReader(path, strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                return PdfInfo("encrypted with a password: readers cannot open it")
            info = dict(reader.metadata or {})
            catalog = dict(reader.root_object)
            if len(reader.pages) == 0:
                return PdfInfo("has no pages")
    except Exception as error:  # pypdf raises many kinds on a broken file: all mean unreadable
        reason = " ".join(str(error).split()) or type(error).__name__
        return PdfInfo(f"not a readable PDF ({reason[:120]})")
    return PdfInfo(
        None,
        _metadata(info, catalog),
        title=_text(info.get("/Title")),
        language=_text(catalog.get("/Lang")),
    )


def problems(path: Path, max_kb: int) -> list[Problem]:
    """Everything wrong with one PDF file, by the validator's rules."""
    try:
        size = path.stat().st_size
    except OSError as error:
        return [Problem(Check.PDF_FORMAT, "error", f"cannot read: {error.strerror or error}")]
    found = []
    if size > max_kb * KB:
        message = f"{math.ceil(size / KB)} KB, over the {max_kb} KB limit"
        found.append(Problem(Check.PDF_SIZE, "error", message))
    info = inspect_pdf(path)
    if info.problem is not None:
        return [*found, Problem(Check.PDF_FORMAT, "error", info.problem)]
    if info.metadata:
        message = f"carries {', '.join(info.metadata)}: {STRIP_HINT}"
        found.append(Problem(Check.PDF_METADATA, "error", message))
    if not info.title:
        message = "declares no title (Title in its properties): readers show the file name"
        found.append(Problem(Check.PDF_TITLE, "warning", message))
    if not info.language:
        message = "declares no language (Lang in its catalogue): screen readers guess it"
        found.append(Problem(Check.PDF_LANGUAGE, "warning", message))
    return found


def is_pdf(path: str) -> bool:
    """Whether a path or URL path names a PDF file."""
    return path.lower().endswith(PDF_SUFFIX)


class Documents:
    """The PDF files of a build, each checked once: at the first link to it, or as a file."""

    def __init__(self, site: Site, max_kb: int) -> None:
        self._site = site
        self._max_kb = max_kb
        # Built file -> its name in messages, and the first link to it (None: none links it).
        self._names: dict[Path, str] = {}
        self._links: dict[Path, Located | None] = {}

    def __len__(self) -> int:
        return len(self._names)

    def note_link(self, path: Path, name: str, located: Located) -> None:
        """A link of a built page to a PDF file of the build."""
        self._names.setdefault(path, name)
        if self._links.get(path) is None:
            self._links[path] = located

    def note_published(self, path: Path, name: str) -> None:
        """A PDF file the build publishes, linked or not."""
        self._names.setdefault(path, name)
        self._links.setdefault(path, None)

    def check_files(self) -> list[Finding]:
        """pdf-size, pdf-metadata, pdf-format, pdf-title and pdf-language, once per file."""
        findings = []
        for path, name in sorted(self._names.items()):
            located = self._links.get(path)
            for problem in problems(path, self._max_kb):
                message = f"{name}: {problem.message}"
                if located is None:
                    findings.append(
                        Finding(problem.check, problem.severity, name, None, name, message)
                    )
                else:
                    findings.append(
                        finding(self._site, located, problem.check, message, problem.severity)
                    )
        return findings
