"""What the checkers need from mkdocs.yml, read by MkDocs' own loader.

MkDocs' loader resolves ``!ENV`` and the other tags, paths relative to the config file and
the plugins' own options, so every checker sees the site exactly as ``mkdocs build`` does.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from sitetools.kernel.model import InputError

Structure = Literal["folder", "suffix"]
I18N_PLUGIN_MODULE = "mkdocs_static_i18n"


@dataclass(frozen=True)
class Language:
    """One mkdocs-static-i18n language."""

    locale: str
    name: str


@dataclass(frozen=True)
class Site:
    """The parts of the MkDocs config that the checks use."""

    config_file: Path
    docs_dir: Path
    # Every language, the default one first.
    languages: tuple[Language, ...]
    structure: Structure
    markdown_extensions: tuple[Any, ...] = ()
    mdx_configs: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    # Files named by the config itself (favicon, logo...), relative to docs_dir.
    config_assets: frozenset[str] = frozenset()
    custom_dir: Path | None = None
    # mkdocs-static-i18n serves the default language's page where a translation is missing.
    fallback_to_default: bool = False
    # The path the site is served under (from site_url): where '/...' links start.
    base_path: str = "/"

    @property
    def root(self) -> Path:
        """Findings name files relative to the config file's directory."""
        return self.config_file.parent

    @property
    def default(self) -> str:
        """The default language's locale."""
        return self.languages[0].locale

    @property
    def locales(self) -> tuple[str, ...]:
        """Every locale, the default first."""
        return tuple(language.locale for language in self.languages)

    def name_of(self, locale: str) -> str:
        """A language's display name, for messages."""
        return next((lang.name for lang in self.languages if lang.locale == locale), locale)

    def rel(self, path: Path) -> str:
        """A path as findings show it: relative to the config directory, with slashes."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return Path(os.path.relpath(path, self.root)).as_posix()


class _Collect(logging.Handler):
    """Keeps the loader's log messages: the first error becomes our one-line reason."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.errors: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR:
            self.errors.append(record.getMessage())


@contextlib.contextmanager
def _quiet_mkdocs() -> Iterator[_Collect]:
    """Silence MkDocs' logger while loading (stdout must stay pure JSON in json mode)."""
    logger = logging.getLogger("mkdocs")
    handler = _Collect()
    saved = logger.handlers[:], logger.propagate
    logger.handlers = [handler]
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.handlers, logger.propagate = saved


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _yaml_reason(error: BaseException, config_file: Path) -> str | None:
    """'file:line: reason' for a YAML syntax error, which MkDocs wraps in several lines."""
    cause = error.__cause__ or error.__context__
    if isinstance(cause, yaml.MarkedYAMLError) and cause.problem_mark is not None:
        problem = cause.problem or cause.context or "invalid YAML"
        return f"{config_file}:{cause.problem_mark.line + 1}: invalid YAML: {problem}"
    return None


def _load(config_file: Path) -> Any:
    if not config_file.is_file():
        raise InputError(f"{config_file}: config file not found")
    with _quiet_mkdocs() as collected:
        try:
            return load_config(config_file=str(config_file))
        except (MkDocsException, yaml.YAMLError, OSError, UnicodeDecodeError) as error:
            reason = _yaml_reason(error, config_file)
            if reason is None:
                detail = collected.errors[0] if collected.errors else str(error)
                reason = f"{config_file}: {_one_line(detail)}"
            raise InputError(reason) from error


def _i18n(config: Any) -> Any | None:
    """The mkdocs-static-i18n plugin, whatever name the config gives it."""
    for plugin in config.plugins.values():
        if type(plugin).__module__.startswith(I18N_PLUGIN_MODULE):
            return plugin
    return None


def _languages(config: Any, plugin: Any | None) -> tuple[tuple[Language, ...], Structure]:
    if plugin is None:
        # A one-language site: its theme language, files named like suffix-structure ones.
        locale = str(config.theme.get("language") or config.theme.get("locale") or "en")
        return (Language(locale, locale),), "suffix"
    listed = [
        (Language(str(lang.locale), str(lang.name or lang.locale)), bool(lang.default))
        for lang in plugin.config.languages
    ]
    defaults = [lang for lang, default in listed if default] or [listed[0][0]]
    others = [lang for lang, _ in listed if lang != defaults[0]]
    structure: Structure = "folder" if plugin.config.docs_structure == "folder" else "suffix"
    return (defaults[0], *others), structure


def _config_assets(config: Any) -> frozenset[str]:
    """Docs-relative files the config names (theme favicon and logo, extra_css...)."""
    names: set[str] = set()
    for key in ("favicon", "logo"):
        value = config.theme.get(key)
        if isinstance(value, str):
            names.add(value)
    for value in (*config.extra_css, *config.extra_javascript):
        names.add(str(value))
    return frozenset(names)


def load_site(config_file: Path) -> Site:
    """Read mkdocs.yml; any problem becomes an :class:`InputError` naming the file."""
    return load(config_file)[0]


def load(config_file: Path) -> tuple[Site, Any]:
    """The :class:`Site` and MkDocs' own config object (to build with)."""
    config_file = config_file.absolute()
    config = _load(config_file)
    plugin = _i18n(config)
    languages, structure = _languages(config, plugin)
    custom_dir = config.theme.custom_dir
    site = Site(
        config_file=config_file,
        docs_dir=Path(config.docs_dir),
        languages=languages,
        structure=structure,
        markdown_extensions=tuple(config.markdown_extensions),
        mdx_configs=dict(config.mdx_configs),
        config_assets=_config_assets(config),
        custom_dir=Path(custom_dir) if custom_dir else None,
        fallback_to_default=bool(plugin is not None and plugin.config.fallback_to_default),
        base_path=urlsplit(config.site_url or "").path.rstrip("/") + "/",
    )
    return site, config
