"""What one build of the site remembers between events, in one object instead of module globals.

The plugin makes a fresh :class:`BuildState` at the start of every build (each rebuild of
``mkdocs serve`` too), but not at the start of the per-language builds that static-i18n runs
inside it: those add to the same state, and the post-build pipeline reads it once at the end.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitetools.languages import Language
from sitetools.share_kit.kit import Kit

# The plugin's warnings and notes, under MkDocs' logger: `--strict` fails on a warning.
log = logging.getLogger("mkdocs.plugins.sitetools")


@dataclass
class Built:
    """What a language's own build configured (static-i18n overrides these per language)."""

    locale: str
    root: str  # '' for the default language, '<locale>' otherwise
    site_name: str
    site_description: str


@dataclass
class BuildState:
    """Everything the events of one build hand on to later events and to the pipeline."""

    serving: bool  # `mkdocs serve`: pages for the author's browser, not published
    default: str
    locales: list[str]
    site_dir: Path
    table: dict[str, Language]  # data/languages.yml
    built: dict[str, Built] = field(default_factory=dict)
    # The 404 page of each language as rendered: every language's build writes /404.html.
    not_found: dict[str, str] = field(default_factory=dict)
    # Each language's share kit (None: that language has no Share page), drawn in on_files.
    share_kits: dict[str, Kit | None] = field(default_factory=dict)
    # Structured data taken from each page's HTML, keyed by (language, source path).
    extracted: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    # Every page's last commit date (page_meta.py), read once when first needed.
    git_dates: dict[Path, dt.datetime] | None = None
    # Filled by the pipeline: every built page as it will be written, its scripts' hashes.
    pages: dict[Path, str] = field(default_factory=dict)
    hashes: set[str] = field(default_factory=set)

    def locale_of(self, path: Path) -> str:
        """The language of a built file, from its folder."""
        first = path.relative_to(self.site_dir).parts[0]
        return first if first in self.locales and first != self.default else self.default
