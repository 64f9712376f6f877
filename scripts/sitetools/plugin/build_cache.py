"""Where builds keep what they can reuse (cards, compiled templates): never under ``docs/``.

``.cache/<name>/`` next to ``mkdocs.yml``, or under ``$SITE_CACHE_DIR`` when set: the tests
point every throwaway copy of the site at the repository's cache, so that a copy's build does
not redraw cards the repository's build already drew. Whatever is kept is keyed on all its
inputs, so sharing it between copies is safe.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

ENVIRONMENT_VARIABLE = "SITE_CACHE_DIR"


def cache_folder(config: MkDocsConfig, name: str) -> Path:
    """The folder for one kind of kept output (not created here)."""
    root = os.environ.get(ENVIRONMENT_VARIABLE)
    if root:
        return Path(root) / name
    return Path(config.config_file_path or ".").parent / ".cache" / name
