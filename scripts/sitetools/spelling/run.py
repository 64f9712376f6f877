"""One spelling run: the site's pages and the repository's own Markdown, one hunspell call."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sitetools import prose
from sitetools.kernel.config import Site, load_site
from sitetools.kernel.frontmatter import FrontMatterError, parse_front_matter
from sitetools.kernel.model import Check, Finding, InputError
from sitetools.kernel.pages import discover, read_text
from sitetools.rules import front_matter
from sitetools.spelling import hunspell
from sitetools.spelling.words import Word, WordList, stem, words

DEFAULT_WORDS = Path("glossary") / "words.txt"
# Markdown outside docs/ that contributors read, relative to the config's directory.
EXTRA_PATTERNS = ("*.md", "decisions/*.md", ".github/*.md", ".github/ISSUE_TEMPLATE/*.md")


@dataclass(frozen=True)
class Options:
    """``files`` empty: the site's pages and the extra Markdown files of the repository."""

    config: Path
    files: Sequence[Path] = ()
    words: Path | None = None


@dataclass(frozen=True)
class Result:
    """Findings sorted for reports, and what was checked."""

    findings: list[Finding]
    counts: dict[str, int]


def _files(site: Site, options: Options) -> list[Path]:
    if options.files:
        return [path.absolute() for path in options.files]
    extra = sorted({p for pattern in EXTRA_PATTERNS for p in site.root.glob(pattern)})
    return [page.path for page in discover(site)] + [p for p in extra if p.is_file()]


def _word_list(site: Site, options: Options) -> WordList:
    path = options.words or site.root / DEFAULT_WORDS
    if options.words is None and not path.is_file():
        return WordList([])
    try:
        return WordList(path.read_text(encoding="utf-8").splitlines())
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from error


def check(options: Options) -> Result:
    """Every word of every file, looked up in the word list, then in both dictionaries."""
    site = load_site(options.config)
    listed = _word_list(site, options)
    found: list[tuple[str, Word]] = []
    files = _files(site, options)
    unreadable: list[Finding] = []
    for path in files:
        name = site.rel(path)
        source = read_text(site, path)
        try:
            parse_front_matter(source, name)
        except FrontMatterError as error:
            unreadable.append(front_matter.unreadable(error))
            continue
        for word in words(prose.texts(source)):
            if word.text not in listed:
                found.append((name, word))
    bad = hunspell.unknown(stem(word.text) for _, word in found)
    words_file = (options.words or DEFAULT_WORDS).as_posix()
    findings = [
        Finding(
            Check.SPELLING,
            "error",
            name,
            word.line,
            word.text,
            f"unknown to the French and English dictionaries and to {words_file}",
        )
        for name, word in dict.fromkeys(found)
        if stem(word.text) in bad
    ]
    findings += unreadable
    findings.sort(key=Finding.sort_key)
    return Result(findings, {"pages": len(files), "words": len(found)})
