"""translation-missing: every page exists in every language.

A page keyed ``faq.md`` must exist as ``docs/<locale>/faq.md`` (folder layout) or as
``faq.md``/``faq.<locale>.md`` (suffix layout) for each configured language.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from sitetools.kernel.config import Site
from sitetools.kernel.model import Check, Finding, Severity
from sitetools.kernel.pages import Page


def expected_path(site: Site, key: str, locale: str) -> Path:
    """Where the ``locale`` version of the page keyed ``key`` belongs."""
    if site.structure == "folder":
        return site.docs_dir / locale / key
    if locale == site.default:
        return site.docs_dir / key
    rel = PurePosixPath(key)
    return site.docs_dir / rel.with_name(f"{rel.stem}.{locale}{rel.suffix}")


def check_translations(
    site: Site, pages: Iterable[Page], severity: Severity = "error"
) -> list[Finding]:
    """One finding per missing translation, on the page that has no counterpart.

    A warning where mkdocs-static-i18n's ``fallback_to_default`` shows the reader the
    default language's page instead, an error where the reader would get a 404.
    """
    by_key: dict[str, dict[str, Page]] = defaultdict(dict)
    for page in pages:
        if page.key is not None:
            by_key[page.key].setdefault(page.lang, page)
    findings = []
    for key, versions in sorted(by_key.items()):
        present = next(versions[locale] for locale in site.locales if locale in versions)
        for locale in site.locales:
            if locale not in versions:
                missing = site.rel(expected_path(site, key, locale))
                name = site.rel(present.path)
                message = f"no {site.name_of(locale)} version: {missing} is missing"
                findings.append(
                    Finding(Check.TRANSLATION_MISSING, severity, name, None, missing, message)
                )
    return findings
