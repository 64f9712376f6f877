"""screenshots/manifest.json: for each image, the hash of what it was drawn from and of itself.

An image whose source hash (its HTML, fonts, device and encoder settings) and file hash both
match is skipped without starting a browser: rerunning ``make screenshots`` with unchanged
sources changes no file, whatever the installed chromium would draw today.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from sitetools.screenshots.files import write_if_changed

NOTE = "Written by scripts/render_screenshots.py: do not edit. Delete an entry to re-render it."


@dataclass(frozen=True)
class Entry:
    """One rendered image: what it came from, and what it is."""

    source: str
    sha256: str
    bytes: int
    width: int
    height: int


def load_manifest(path: Path) -> dict[str, Entry]:
    """The recorded images, keyed by their path under the output folder; empty if unreadable."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {str(key): Entry(**value) for key, value in raw["images"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def save_manifest(path: Path, images: dict[str, Entry]) -> bool:
    """Write the manifest in a stable form; True when its content changed."""
    body = {"note": NOTE, "images": {key: asdict(images[key]) for key in sorted(images)}}
    text = json.dumps(body, indent=2, ensure_ascii=False) + "\n"
    return write_if_changed(path, text.encode("utf-8"))
