"""Where each image goes: inside its language's folder, so that it can only serve its pages.

Rendered illustrations: ``docs/<lang>/assets/images/screens/<device>-<step>-<scheme>.webp``.
Imported real screenshots: ``docs/<lang>/assets/images/screens/real/<name>.webp``, a folder of
their own so that ``make screenshots`` can never overwrite one, nor an import an illustration.

Why not ``docs/assets/``: mkdocs-static-i18n gives files outside a language folder to the
default language, and with ``fallback_to_default: false`` the English build does not see them.
Inside ``docs/<lang>/`` each image is published with its language (``/assets/...`` for
French, ``/en/assets/...`` for English), the validator reads the language from the folder, and
both pages link the same relative path (``assets/images/screens/<file>``).
"""

from __future__ import annotations

import re
from pathlib import Path

from sitetools.languages import load

ROOT = Path(__file__).resolve().parents[3]
SOURCE_DIR = ROOT / "screenshots"
DOCS_DIR = ROOT / "docs"
# Below each language folder; also the link a page at the top of docs/<lang>/ writes.
SCREENS = "assets/images/screens"
LANGUAGES = tuple(load(ROOT))  # data/languages.yml
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


def screens_dir(docs_dir: Path, lang: str) -> Path:
    """The images folder of one language."""
    return docs_dir / check_language(lang) / SCREENS


def rendered_path(docs_dir: Path, lang: str, device: str, step: str, scheme: str) -> Path:
    """The file of one rendered illustration."""
    parts = [
        check_slug(kind, value)
        for kind, value in (("device", device), ("step", step), ("scheme", scheme))
    ]
    return screens_dir(docs_dir, lang) / ("-".join(parts) + SUFFIX)


def imported_path(docs_dir: Path, lang: str, name: str) -> Path:
    """The file of one imported real screenshot."""
    return screens_dir(docs_dir, lang) / REAL_FOLDER / (check_slug("name", name) + SUFFIX)


def page_link(docs_dir: Path, image: Path) -> str:
    """The image's link from a page at the top of its language folder (opt-out.md...)."""
    within = image.relative_to(docs_dir)
    return within.relative_to(within.parts[0]).as_posix()
