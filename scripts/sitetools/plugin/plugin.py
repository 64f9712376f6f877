"""The site's MkDocs plugin: every change our build makes to a stock Material + static-i18n one.

Listed last under ``plugins:`` in ``mkdocs.yml``, registered by ``pyproject.toml``'s entry
point. Its events, in the order MkDocs calls them, each hand the work to one module; once every
language is built, :mod:`sitetools.plugin.pipeline` runs its ordered steps once. What one build
remembers lives in a :class:`~sitetools.plugin.state.BuildState` made fresh per build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from sitetools import languages
from sitetools.plugin import (
    i18n,
    i18n_links,
    page_meta,
    pipeline,
    site_files,
    social,
    source_checks,
)
from sitetools.plugin.card_cache import cache_folder
from sitetools.plugin.i18n_404 import NOT_FOUND
from sitetools.plugin.state import BuildState, Built
from sitetools.share_kit import site as share_kit

# `mkdocs serve` notices an edit within a tenth of a second: MkDocs 1.6 polls every 0.5 s.
POLL_SECONDS = 0.1
# Folders beside mkdocs.yml that `mkdocs serve` watches besides docs/ and the theme.
WATCHED = ("data", "glossary")


class SitePlugin(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """One build's events; the work itself is in the modules of this package."""

    def __init__(self) -> None:
        super().__init__()
        self.serving = False  # `mkdocs serve`: see BuildState.serving
        self.state: BuildState  # set by on_config, the first event of every build

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    @event_priority(-110)  # after static-i18n (-100) has set this language's configuration
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """A fresh state per build, not per language: static-i18n's nested builds add to it."""
        if not hasattr(self, "state") or not i18n.nested(config):
            default, locales = i18n.languages(config)
            try:
                table = languages.load(Path(config.config_file_path).parent, locales)
            except languages.LanguagesError as error:
                raise PluginError(str(error)) from None
            self.state = BuildState(self.serving, default, locales, Path(config.site_dir), table)
        locale = i18n.current_language(config)
        root = i18n.language_root(locale, self.state.default)
        self.state.built[locale] = Built(
            locale, root, config.site_name, config.site_description or ""
        )
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if not i18n.nested(config):
            i18n_links.warn_missing(config, self.state.locales)

    @event_priority(-150)  # after static-i18n (-100) has laid out this language's files
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """The share kit of this language: drawn (or taken from ``.cache/share_kit/``) and added
        to the build's files, so that the Share page links to them like to any file."""
        state, locale = self.state, i18n.current_language(config)
        folder = cache_folder(config, share_kit.CACHE_NAME)
        state.share_kits[locale] = share_kit.register_files(
            config, files, locale, state.default, folder
        )
        return files

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """Templates read each language's strings (``site_strings[lang][key]``). Compiled
        templates are kept between builds under ``.cache/jinja/`` (Jinja checks each template's
        source and its own version): a third of a rebuild saved."""
        env.globals["site_strings"] = {k: v.strings for k, v in self.state.table.items()}
        folder = cache_folder(config, "jinja")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:  # a read-only checkout builds as before, compiling every template
            return env
        env.bytecode_cache = FileSystemBytecodeCache(str(folder))
        return env

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        language = self.state.table[i18n.current_language(config)]
        page_meta.check_front_matter(page, files)
        markdown = source_checks.annotate_page(markdown, page, config, language)
        root = i18n.language_root(language.locale, self.state.default)
        markdown = share_kit.fill_page(
            markdown, page.file.src_uri, self.state.share_kits.get(language.locale)
        )
        return site_files.updates_page(markdown, page, config, root, language)

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        social.extract(html, page, self.state, i18n.current_language(config))
        return html

    def on_page_context(  # type: ignore[override]  # a TemplateContext is a dict
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any]:
        state, locale = self.state, i18n.current_language(config)
        language = state.table[locale]
        i18n_links.page_context(context, page, config, state, locale)
        page_meta.page_context(context, page, language)
        page_meta.freshness_context(context, page, config, state, language)
        social.page_context(context, page, config, state, locale)
        if share_kit.is_share_page(page.file.src_uri):  # its copy buttons' script, there only
            context["page_scripts"] = [share_kit.COPY_SCRIPT]
        return context

    def on_template_context(  # type: ignore[override]
        self, context: dict[str, Any], *, template_name: str, config: MkDocsConfig
    ) -> dict[str, Any]:
        if template_name == NOT_FOUND:
            i18n_links.not_found_context(context, config, self.state.default)
        return context

    def on_post_template(
        self, output_content: str, *, template_name: str, config: MkDocsConfig
    ) -> str:
        """Each language's 404 page, kept: the next language's build overwrites the file."""
        if template_name == NOT_FOUND:
            self.state.not_found[i18n.current_language(config)] = output_content
        return output_content

    @event_priority(-200)  # after static-i18n (-100) has built every other language
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not i18n.nested(config):
            pipeline.run(config, self.state)

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        """Rebuild on edits of the data the pages are built from too (what's new, the share
        kit's words, LinkedIn's labels), and poll for edits every tenth of a second (watchdog's
        emitters, no setting for it)."""
        root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        for folder in WATCHED:
            if (root / folder).is_dir():  # a copy of the site may have neither
                server.watch(str(root / folder))
        for emitter in getattr(server.observer, "emitters", ()):
            if hasattr(emitter, "_timeout"):  # watchdog's EventEmitter: the polling interval
                emitter._timeout = POLL_SECONDS
        return server
