"""Turning a contributed capture into a publishable image, without touching the original.

Order matters: open (and check) → redact → crop → scale to the width limit → encode WebP
with no metadata → write under the language's real/ folder, refusing to replace a file
unless asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from sitetools.screenshots import redact as redaction
from sitetools.screenshots.files import write_atomic
from sitetools.screenshots.inputs import CaptureError, open_capture
from sitetools.screenshots.naming import DOCS_DIR, imported_path
from sitetools.screenshots.webp import encode_webp, pixels_only


@dataclass(frozen=True)
class Imported:
    """The image written: where, its size in pixels and in bytes."""

    path: Path
    width: int
    height: int
    bytes: int


def import_screenshot(
    raw: Path,
    lang: str,
    name: str,
    *,
    regions: tuple[redaction.Region, ...] = (),
    crop: redaction.Region | None = None,
    style: redaction.Style = "box",
    force: bool = False,
    docs_dir: Path = DOCS_DIR,
) -> Imported:
    """Redact, crop, shrink, strip and encode ``raw``; its file is only ever read."""
    target = imported_path(docs_dir, lang, name)
    if target.exists() and target.resolve() == raw.resolve():
        raise CaptureError(f"{raw}: the capture is its own destination: choose another --name")
    if target.exists() and not force:
        raise CaptureError(f"{target} already exists: pass --force to replace it")
    image = pixels_only(open_capture(raw))
    image = redaction.crop(redaction.redact(image, list(regions), style), crop)
    data = encode_webp(image)
    write_atomic(target, data)
    with Image.open(target) as written:
        width, height = written.size
    return Imported(target, width, height, len(data))
