"""Where each image goes: one folder per language, so that an image can only serve its pages.

Rendered illustrations: ``<lang>/<device>-<step>-<scheme>.webp``.
Imported real screenshots: ``<lang>/real/<name>.webp``, a folder of their own so that
``make screenshots`` can never overwrite one, nor an import an illustration.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SOURCE_DIR = ROOT / "screenshots"
DOCS_DIR = ROOT / "docs"
OUTPUT_DIR = DOCS_DIR / "assets" / "images" / "screens"
LANGUAGES = ("fr", "en")
REAL_FOLDER = "real"
SUFFIX = ".webp"

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_NAME = 60


class PlacementError(ValueError):
    """A name or language that would put an image in the wrong place."""


def check_slug(kind: str, value: str) -> str:
    """Lower-case words joined by hyphens: safe in a URL and in every file system."""
    if not _SLUG.fullmatch(value) or len(value) > MAX_NAME:
        raise PlacementError(
            f"{kind} {value!r}: use lower-case letters, digits and single hyphens"
            f" (at most {MAX_NAME} characters), e.g. 'step-3'"
        )
    return value


def check_language(lang: str) -> str:
    """One of the site's languages."""
    if lang not in LANGUAGES:
        raise PlacementError(f"language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    return lang


def rendered_path(out_dir: Path, lang: str, device: str, step: str, scheme: str) -> Path:
    """The file of one rendered illustration."""
    parts = [
        check_slug(kind, value)
        for kind, value in (("device", device), ("step", step), ("scheme", scheme))
    ]
    return out_dir / check_language(lang) / ("-".join(parts) + SUFFIX)


def imported_path(out_dir: Path, lang: str, name: str) -> Path:
    """The file of one imported real screenshot."""
    return out_dir / check_language(lang) / REAL_FOLDER / (check_slug("name", name) + SUFFIX)
