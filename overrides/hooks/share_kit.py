"""The share kit in the build; all its logic is in scripts/sitetools/share_kit (site.py).

Per language: the kit's files join the build (after mkdocs-static-i18n has laid out that
language's files), the Share page's markers are filled, and that page alone loads the copy
script (overrides/main.html reads ``page_scripts``).
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from build_cache import cache_folder
from i18n_common import i18n_plugin, languages
from sitetools.share_kit import site as share_kit
from sitetools.share_kit.kit import Kit

_kits: dict[str, Kit | None] = {}


@event_priority(-150)  # after mkdocs-static-i18n's on_files (-100)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    lang = i18n_plugin(config).current_language
    default, locales = languages(config)
    folder = cache_folder(config, share_kit.CACHE_NAME)
    _kits[lang] = share_kit.register_files(config, files, lang, default, tuple(locales), folder)
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Any) -> str:
    kit = _kits.get(i18n_plugin(config).current_language)
    return share_kit.fill_page(markdown, page.file.src_uri, kit)


def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any
) -> dict[str, Any]:
    if share_kit.is_share_page(page.file.src_uri):
        context["page_scripts"] = [share_kit.COPY_SCRIPT]
    return context
