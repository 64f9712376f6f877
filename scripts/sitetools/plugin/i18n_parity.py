"""Fail the strict build on a page that exists in one language only, naming both files.

With ``fallback_to_default: false`` mkdocs-static-i18n silently skips an untranslated page;
the plugin says which file is missing so that the contributor knows what to create.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.plugins.sitetools")


def missing_translations(docs_dir: Path, locales: list[str]) -> list[tuple[Path, Path]]:
    """Pairs (existing page, its missing translation) across the language folders."""
    pages = {
        locale: {p.relative_to(docs_dir / locale) for p in (docs_dir / locale).rglob("*.md")}
        for locale in locales
    }
    everything: set[Path] = set().union(*pages.values())
    missing = []
    for locale in locales:
        for rel in sorted(everything - pages[locale]):
            source = next(docs_dir / other / rel for other in locales if rel in pages[other])
            missing.append((source, docs_dir / locale / rel))
    return missing


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
