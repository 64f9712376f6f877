"""Helpers shared by the i18n build hooks: which languages exist, and where they live.

mkdocs-static-i18n builds the site once per language into one ``site_dir``: the default
language at the root, every other one under ``/<locale>/``.
"""

from __future__ import annotations

import posixpath
from typing import Any
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig


def i18n_plugin(config: MkDocsConfig) -> Any:
    """The mkdocs-static-i18n plugin instance (its state says which language is building)."""
    return config.plugins["i18n"]


def languages(config: MkDocsConfig) -> tuple[str, list[str]]:
    """The default locale, and every built locale with the default first."""
    built = [lang for lang in i18n_plugin(config).config.languages if lang.build]
    default = next(lang.locale for lang in built if lang.default)
    return default, [default] + [lang.locale for lang in built if not lang.default]


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


def switcher_links(config: MkDocsConfig) -> list[dict[str, str]]:
    """The language switcher entries that Material renders (``config.extra.alternate``).

    mkdocs-static-i18n assigns them as an attribute of ``extra`` on every page, which Jinja
    reads before the mapping item of the same name: read them the same way.
    """
    links = getattr(config.extra, "alternate", None)
    if links is None:
        links = config.extra.get("alternate")
    return list(links or [])
