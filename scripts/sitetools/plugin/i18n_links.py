"""Absolute hreflang alternates, sub-path-safe language switcher, per-language search base.

mkdocs-static-i18n writes relative hreflang links without ``x-default``, and gives home
pages switcher links that carry ``site_url``'s path. Here each page gets ``i18n_hreflang``
(absolute, rendered by ``overrides/main.html``) and switcher links relative to the site root,
which MkDocs' ``url`` filter then makes relative to the page.

With ``fallback_to_default: false`` mkdocs-static-i18n silently skips an untranslated page: the
strict build fails on a page that exists in one language only, naming the file to create.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from sitetools.kernel.parity import folder_path, gaps
from sitetools.plugin import i18n
from sitetools.plugin.state import BuildState, log


def page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, state: BuildState, locale: str
) -> None:
    """Runs after mkdocs-static-i18n (priority 50) has set this page's alternates."""
    default, locales = state.default, state.locales
    found = i18n.alternates(page)
    urls = {lang: found[lang] for lang in locales if lang in found}
    urls.setdefault(locale, page.url or "./")

    for alternate in i18n.switcher_links(config):
        if alternate.get("lang") in urls:
            alternate["link"] = urls[alternate["lang"]]

    site_url = config.site_url or ""
    hreflang = [(lang, i18n.absolute_url(site_url, urls[lang])) for lang in locales if lang in urls]
    if default in urls:
        hreflang.append(("x-default", i18n.absolute_url(site_url, urls[default])))
    context["i18n_hreflang"] = hreflang if site_url else []

    # Material fetches search/search_index.json from `base`: point it at this language's own
    # index (see i18n_search.py), and keep preferences such as the palette site-wide.
    config.extra["scope"] = context["base_url"]
    context["base_url"] = i18n.relative_base(page.url, i18n.language_root(locale, default))


def not_found_context(context: dict[str, Any], config: MkDocsConfig, default: str) -> None:
    """The 404 page is no page: its switcher goes to each language's home; no hreflang."""
    for alternate in i18n.switcher_links(config):
        # The 404 page is served at any depth: MkDocs gives it an absolute base_url.
        root = i18n.language_root(alternate["lang"], default)
        alternate["link"] = posixpath.join(context["base_url"], root, "")
    config.extra["scope"] = context["base_url"]
    context["i18n_hreflang"] = []


def missing_translations(docs_dir: Path, locales: list[str]) -> list[tuple[Path, Path]]:
    """Pairs (existing page, its missing translation) across the language folders, as the
    one parity rule (:func:`sitetools.kernel.parity.gaps`) finds them."""
    present: dict[str, set[str]] = defaultdict(set)
    for locale in locales:
        for path in (docs_dir / locale).rglob("*.md"):
            present[path.relative_to(docs_dir / locale).as_posix()].add(locale)
    return [
        (folder_path(docs_dir, gap.key, gap.source), folder_path(docs_dir, gap.key, gap.missing))
        for gap in gaps(present, locales)
    ]


def _shown(path: Path, root: Path) -> str:
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def warn_missing(config: MkDocsConfig, locales: list[str]) -> None:
    """Warn once per build for each missing translation."""
    root = Path(config.config_file_path or ".").resolve().parent
    for source, missing in missing_translations(Path(config.docs_dir), locales):
        log.warning(
            "Missing translation: %s has no counterpart %s (same path, same heading ids)",
            _shown(source, root),
            _shown(missing, root),
        )
