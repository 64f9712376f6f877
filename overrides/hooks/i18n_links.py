"""Absolute hreflang alternates, sub-path-safe language switcher, per-language search base.

mkdocs-static-i18n writes relative hreflang links without ``x-default``, and gives home
pages switcher links that carry ``site_url``'s path. Here each page gets ``i18n_hreflang``
(absolute, rendered by ``overrides/main.html``) and switcher links relative to the site root,
which MkDocs' ``url`` filter then makes relative to the page.
"""

from __future__ import annotations

import posixpath
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from i18n_common import (
    absolute_url,
    i18n_plugin,
    language_root,
    languages,
    relative_base,
    switcher_links,
)

NOT_FOUND = "404.html"


def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any
) -> dict[str, Any]:
    """Runs after mkdocs-static-i18n (priority 50) has set this page's alternates."""
    default, locales = languages(config)
    locale = i18n_plugin(config).current_language
    alternates = getattr(page.file, "alternates", None) or {}
    urls = {lang: alternates[lang].url for lang in locales if lang in alternates}
    urls.setdefault(locale, page.url or "./")

    for alternate in switcher_links(config):
        if alternate.get("lang") in urls:
            alternate["link"] = urls[alternate["lang"]]

    site_url = config.site_url or ""
    hreflang = [(lang, absolute_url(site_url, urls[lang])) for lang in locales if lang in urls]
    if default in urls:
        hreflang.append(("x-default", absolute_url(site_url, urls[default])))
    context["i18n_hreflang"] = hreflang if site_url else []

    # Material fetches search/search_index.json from `base`: point it at this language's own
    # index (see i18n_search.py), and keep preferences such as the palette site-wide.
    config.extra["scope"] = context["base_url"]
    context["base_url"] = relative_base(page.url, language_root(locale, default))
    return context


def on_template_context(
    context: dict[str, Any], template_name: str, config: MkDocsConfig
) -> dict[str, Any]:
    """The 404 page is no page: its switcher goes to each language's home; no hreflang."""
    if template_name == NOT_FOUND:
        default, _ = languages(config)
        for alternate in switcher_links(config):
            # The 404 page is served at any depth: MkDocs gives it an absolute base_url.
            root = language_root(alternate["lang"], default)
            alternate["link"] = posixpath.join(context["base_url"], root, "")
        config.extra["scope"] = context["base_url"]
        context["i18n_hreflang"] = []
    return context
