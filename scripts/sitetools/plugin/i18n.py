"""The adapter to mkdocs-static-i18n: the only code of the plugin that reads its objects.

mkdocs-static-i18n builds the site once per language into one ``site_dir``: the default
language at the root, every other one under ``/<locale>/``. Everything the plugin needs from it
(which languages exist, which one is building, whether a nested build runs, a page's
translations, the switcher links) is asked here, so that a change of static-i18n is met here.
"""

from __future__ import annotations

import posixpath
from typing import Any
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

PLUGIN = "i18n"


def _plugin(config: MkDocsConfig) -> Any:
    return config.plugins[PLUGIN]


def languages(config: MkDocsConfig) -> tuple[str, list[str]]:
    """The default locale, and every built locale with the default first."""
    built = [lang for lang in _plugin(config).config.languages if lang.build]
    default = next(lang.locale for lang in built if lang.default)
    return default, [default] + [lang.locale for lang in built if not lang.default]


def current_language(config: MkDocsConfig) -> str:
    """The language whose pages MkDocs is building now."""
    return str(_plugin(config).current_language or languages(config)[0])


def nested(config: MkDocsConfig) -> bool:
    """True while static-i18n runs the builds of the languages after the default one."""
    return bool(_plugin(config).building)


def alternates(page: Page) -> dict[str, str]:
    """The URLs of a page in every language it exists in (static-i18n's ``file.alternates``)."""
    found = getattr(page.file, "alternates", None) or {}
    return {lang: found[lang].url for lang in found}


def switcher_links(config: MkDocsConfig) -> list[dict[str, str]]:
    """The language switcher entries that Material renders (``config.extra.alternate``).

    mkdocs-static-i18n assigns them as an attribute of ``extra`` on every page, which Jinja
    reads before the mapping item of the same name: read them the same way.
    """
    links = getattr(config.extra, "alternate", None)
    if links is None:
        links = config.extra.get("alternate")
    return list(links or [])


def language_root(locale: str, default: str) -> str:
    """Site-root-relative folder of a language: '' for the default, '<locale>' otherwise."""
    return "" if locale == default else locale


def absolute_url(site_url: str, url: str) -> str:
    """Absolute URL of a site-root-relative page URL ('./' is the home page)."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    return urljoin(base, "" if url in ("./", ".") else url)


def relative_base(page_url: str, root: str) -> str:
    """Path from a page (directory URL) to a folder of the site, both site-root-relative."""
    page_dir = "" if page_url in ("", ".", "./") else page_url.rstrip("/")
    return posixpath.relpath(root or ".", page_dir or ".")
