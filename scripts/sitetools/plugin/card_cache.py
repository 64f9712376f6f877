"""Link-preview cards kept between builds, so that a rebuild redraws only the cards that changed.

Builds keep what they can reuse (cards, compiled templates) in ``.cache/<name>/`` next to
``mkdocs.yml``, never under ``docs/``, or under ``$SITE_CACHE_DIR`` when set: the tests point
every throwaway copy of the site at the repository's cache, so that a copy's build does not
redraw cards the repository's build already drew (what is kept is keyed on all its inputs).

Drawing and compressing the cards was half of a rebuild under `make serve`, although an edit
changes one page's card at most. A card is stored under ``.cache/social/``,
named by the SHA-256 of everything that makes it: its
title, description, site name, address and language, and the code, fonts and Pillow version
that draw it. A changed input gives a new name, so a stale card is never reused. A cache that
cannot be written is skipped: the card is drawn as before.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

import PIL
from mkdocs.config.defaults import MkDocsConfig

from sitetools.plugin import brand

CACHE_NAME = "social"
ENVIRONMENT_VARIABLE = "SITE_CACHE_DIR"


def cache_folder(config: MkDocsConfig, name: str) -> Path:
    """The folder for one kind of kept output (not created here)."""
    root = os.environ.get(ENVIRONMENT_VARIABLE)
    if root:
        return Path(root) / name
    return Path(config.config_file_path or ".").parent / ".cache" / name


@cache
def drawing_code() -> bytes:
    """What draws every card: brand.py, its fonts and Pillow's version."""
    digest = hashlib.sha256(Path(brand.__file__).read_bytes())
    for font_file in sorted(brand.FONTS.glob("*.otf")):
        digest.update(font_file.read_bytes())
    digest.update(PIL.__version__.encode())
    return digest.digest()


def cached_card(folder: Path, inputs: tuple[str, ...], draw: Callable[[], bytes]) -> bytes:
    """The card for `inputs`, from `folder` if an earlier build drew it, else drawn and kept."""
    digest = hashlib.sha256(drawing_code())
    for value in inputs:
        digest.update(len(value.encode()).to_bytes(8, "big") + value.encode())
    path = folder / f"{digest.hexdigest()}.png"
    try:
        return path.read_bytes()
    except OSError:
        pass
    picture = draw()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Written whole then renamed: parallel builds (pytest-xdist) never read half a card.
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            file.write(picture)
        Path(temporary).replace(path)
    except OSError:
        pass
    return picture
