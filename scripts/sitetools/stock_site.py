"""Our ``mkdocs.yml`` reduced to what a stock Material + mkdocs-static-i18n site would have.

The benchmarks (``make bench``: Lighthouse in lighthouse_bench.py, build time in
build_bench.py) compare our site with this one, built from the same ``docs/``: same pages,
same navigation and its translations, same Markdown extensions, same theme and language.

The reduction keeps a short list of stock settings and drops everything else, rather than
removing what we know we added: whether the build is extended by ``hooks:``, a ``custom_dir``,
extra CSS, or a plugin of our own, none of it is on the list, so none of it reaches the stock
site. ``font: false`` stays: offline, a Google Fonts request cannot complete, and with it the
stock pages would only be heavier.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.yaml import get_yaml_loader

# Plugins a stock Material + static-i18n site runs (Material's search under either name).
STOCK_PLUGINS = frozenset({"search", "material/search", "i18n"})
# Of static-i18n's settings: how the pages are laid out (folders or suffixes).
I18N_KEYS = ("docs_structure",)
# Of each language's settings in static-i18n: who it is, and its own names for the site and nav.
LANGUAGE_KEYS = ("locale", "name", "default", "build", "site_name", "nav_translations")


class StockConfigError(ValueError):
    """Our configuration lacks what a stock static-i18n build needs (named in the message)."""


def load_config(path: Path) -> dict[str, Any]:
    """A ``mkdocs.yml`` as MkDocs reads it (``!ENV`` and other tags resolved)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=get_yaml_loader())
    except (OSError, yaml.YAMLError) as error:
        raise StockConfigError(f"{path}: cannot read: {error}") from error
    if not isinstance(data, dict):
        raise StockConfigError(f"{path}: not a mapping of settings")
    return data


def plugin_entries(config: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Each plugin of ``plugins:`` as (name, settings), in either of MkDocs' two spellings."""
    plugins = config.get("plugins") or []
    if isinstance(plugins, Mapping):
        return [(str(name), dict(settings or {})) for name, settings in plugins.items()]
    entries: list[tuple[str, dict[str, Any]]] = []
    for entry in plugins:
        if isinstance(entry, Mapping):
            entries += [(str(name), dict(settings or {})) for name, settings in entry.items()]
        else:
            entries.append((str(entry), {}))
    return entries


def stock_config(ours: Mapping[str, Any], docs_dir: Path, site_url: str) -> dict[str, Any]:
    """The stock configuration of the same pages as ``ours`` (a loaded ``mkdocs.yml``)."""
    i18n = next((settings for name, settings in plugin_entries(ours) if name == "i18n"), None)
    if not i18n or not i18n.get("languages"):
        raise StockConfigError("mkdocs.yml: no i18n plugin with languages to compare with")
    theme = ours.get("theme") or {}
    theme_name = theme if isinstance(theme, str) else theme.get("name", "material")
    stock_theme: dict[str, Any] = {"name": theme_name, "font": False}
    if isinstance(theme, Mapping) and "language" in theme:
        stock_theme["language"] = theme["language"]
    languages = [
        {key: lang[key] for key in LANGUAGE_KEYS if key in lang} for lang in i18n["languages"]
    ]
    stock_i18n = {key: i18n[key] for key in I18N_KEYS if key in i18n}
    plugins: list[Any] = [
        name for name, _ in plugin_entries(ours) if name in STOCK_PLUGINS and name != "i18n"
    ]
    plugins.append({"i18n": {**stock_i18n, "languages": languages}})
    stock: dict[str, Any] = {
        "site_name": ours.get("site_name", ""),
        "site_url": site_url,
        "docs_dir": str(docs_dir),
        "theme": stock_theme,
        "plugins": plugins,
    }
    for key in ("markdown_extensions", "nav"):
        if key in ours:
            stock[key] = ours[key]
    return stock


def stock_yaml(ours: Mapping[str, Any], docs_dir: Path, site_url: str) -> str:
    """:func:`stock_config` as the text of a ``mkdocs.yml``."""
    config = stock_config(ours, docs_dir, site_url)
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
