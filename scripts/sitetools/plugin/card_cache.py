"""Link-preview cards kept between builds: a rebuild redraws only the cards that changed.

Drawing the cards was half of a rebuild under `make serve`, though an edit changes one card at
most. Builds keep what they can reuse (cards, compiled templates) in ``.cache/<name>/`` beside
``mkdocs.yml`` (never under ``docs/``), or under ``$SITE_CACHE_DIR`` when set: the tests point
every throwaway copy of the site at the repository's cache. A card is named by the SHA-256 of
all that makes it (title, description, site name, address, language; the code, fonts and Pillow
version that draw it), so a stale card is never reused. A cache that cannot be written is
skipped: the card is drawn as before.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from contextlib import suppress
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
    return (Path(root) if root else Path(config.config_file_path or ".").parent / ".cache") / name


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
    with suppress(OSError):
        return path.read_bytes()
    picture = draw()
    with suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        # Written whole then renamed: parallel builds (pytest-xdist) never read half a card.
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            file.write(picture)
        Path(temporary).replace(path)
    return picture
