"""Page parity, the one definition of "every page exists in every language".

The build (``sitetools.plugin.i18n_links``), the validator (``check_site.py``) and
``check_translations.py`` all ask :func:`gaps` which translations are missing, so they can never
disagree on what a gap is. A gap is an error where the reader would get a 404 (static-i18n's
``fallback_to_default`` off) and a warning where the default language's page is shown instead
(:func:`severity`).

A page keyed ``faq.md`` belongs at ``docs/<locale>/faq.md`` (folder layout) or at
``faq.md``/``faq.<locale>.md`` (suffix layout) for each configured language
(:func:`expected_path`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sitetools.kernel.config import Site
from sitetools.kernel.model import Check, Finding, Severity
from sitetools.kernel.pages import Page


@dataclass(frozen=True)
class Gap:
    """The page keyed ``key`` exists in ``source`` (the first language that has it, in the
    site's order) but not in ``missing``."""

    key: str
    source: str
    missing: str


def gaps(present: Mapping[str, Collection[str]], locales: Sequence[str]) -> list[Gap]:
    """Every missing translation, by page key then language order. ``present`` maps each page
    key to the languages that have it; keys with no configured language are not pages here."""
    found = []
    for key in sorted(present):
        have = present[key]
        source = next((locale for locale in locales if locale in have), None)
        if source is None:
            continue
        found += [Gap(key, source, locale) for locale in locales if locale not in have]
    return found


def severity(fallback_to_default: bool) -> Severity:
    """A gap is a warning where static-i18n shows the default language's page instead."""
    return "warning" if fallback_to_default else "error"


def folder_path(docs_dir: Path, key: str, locale: str) -> Path:
    """Where the ``locale`` version of ``key`` belongs in the folder layout (``docs/<locale>/``)."""
    return docs_dir / locale / key


def expected_path(site: Site, key: str, locale: str) -> Path:
    """Where the ``locale`` version of the page keyed ``key`` belongs, in the site's layout."""
    if site.structure == "folder":
        return folder_path(site.docs_dir, key, locale)
    if locale == site.default:
        return site.docs_dir / key
    rel = PurePosixPath(key)
    return site.docs_dir / rel.with_name(f"{rel.stem}.{locale}{rel.suffix}")


def findings(site: Site, pages: Iterable[Page], level: Severity = "error") -> list[Finding]:
    """One ``translation-missing`` finding per gap, on the page that has no counterpart."""
    by_key: dict[str, dict[str, Page]] = defaultdict(dict)
    for page in pages:
        if page.key is not None:
            by_key[page.key].setdefault(page.lang, page)
    found = []
    for gap in gaps(by_key, site.locales):
        missing = site.rel(expected_path(site, gap.key, gap.missing))
        name = site.rel(by_key[gap.key][gap.source].path)
        message = f"no {site.name_of(gap.missing)} version: {missing} is missing"
        found.append(Finding(Check.TRANSLATION_MISSING, level, name, None, missing, message))
    return found
