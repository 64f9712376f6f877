"""Screenshots: present, described, small, in an accepted format, free of metadata.

Metadata matters: EXIF, GPS, XMP, comments and PNG text chunks can tell who took a
screenshot, with what and where. Pillow reads them; SVG and AVIF are also recognised by
their first bytes when Pillow cannot open them.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from PIL import ExifTags, Image, PngImagePlugin

from sitetools.check.links import Located, finding
from sitetools.kernel.config import Site
from sitetools.kernel.model import Check, Finding
from sitetools.kernel.pages import excluded, marked_language

KB = 1024
SNIFF_BYTES = 64 * KB
IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".webp", ".avif", ".svg", ".gif", ".ico", ".bmp", ".tif", ".tiff"}
)
FORMAT_OF_SUFFIX = {
    ".png": "PNG",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".webp": "WEBP",
    ".avif": "AVIF",
    ".svg": "SVG",
}
ACCEPTED = "PNG, WebP, AVIF, SVG, JPEG"
# Text files that may name an image without a Markdown link to it (CSS, templates...).
TEXT_SUFFIXES = frozenset({".md", ".css", ".js", ".html", ".htm", ".json", ".webmanifest", ".xml"})
XMP_PNG_KEY = "XML:com.adobe.xmp"
EXIF_NAMES_SHOWN = 3
# scripts/import_screenshot.py re-encodes a capture without any metadata.
STRIP_HINT = "strip it (scripts/import_screenshot.py does, or exiftool -all= FILE)"


@dataclass(frozen=True)
class Limits:
    """The maximum weight and width of an image, and the maximum weight of a PDF document."""

    max_kb: int
    max_width: int
    max_pdf_kb: int


@dataclass(frozen=True)
class ImageInfo:
    """What a file holds: its format (None: unreadable), width and metadata kinds."""

    format: str | None
    width: int | None = None
    metadata: tuple[str, ...] = ()


def _sniff(head: bytes) -> str | None:
    """SVG and AVIF by their first bytes (Pillow reads neither everywhere)."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<svg") or (
        text.startswith((b"<?xml", b"<!--", b"<!DOCTYPE")) and b"<svg" in text
    ):
        return "SVG"
    if head[4:8] == b"ftyp" and head[8:12] in (b"avif", b"avis"):
        return "AVIF"
    return None


def _exif_metadata(image: Image.Image) -> list[str]:
    exif = image.getexif()
    if not exif:
        return []
    found: list[str] = []
    names = [
        ExifTags.TAGS.get(tag, hex(tag)) for tag in sorted(exif) if tag != ExifTags.Base.GPSInfo
    ]
    if names:
        shown = ", ".join(names[:EXIF_NAMES_SHOWN]) + (
            ", ..." if len(names) > EXIF_NAMES_SHOWN else ""
        )
        found.append(f"EXIF ({shown})")
    if ExifTags.Base.GPSInfo in exif:
        found.append("GPS")
    return found


def _metadata(image: Image.Image) -> tuple[str, ...]:
    """The kinds of identifying metadata an image carries."""
    found = _exif_metadata(image)
    text: dict[str, str] = {}
    if isinstance(image, PngImagePlugin.PngImageFile):
        text = {str(key): str(value) for key, value in image.text.items()}
    if image.info.get("xmp") or XMP_PNG_KEY in text:
        found.append("XMP")
    if image.info.get("comment"):
        found.append("a comment")
    chunks = sorted(key for key in text if key != XMP_PNG_KEY)
    if chunks:
        found.append(f"PNG text ({', '.join(chunks)})")
    return tuple(found)


def inspect(path: Path) -> ImageInfo:
    """Format, width and metadata of an image file."""
    try:
        with path.open("rb") as file:
            head = file.read(SNIFF_BYTES)
    except OSError:
        return ImageInfo(None)
    sniffed = _sniff(head)
    if sniffed == "SVG":
        return ImageInfo("SVG")
    try:
        with Image.open(path) as image:
            return ImageInfo(image.format, image.width, _metadata(image))
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return ImageInfo(sniffed)


class Images:
    """Checks each image a page shows, then each image file once."""

    def __init__(self, site: Site, limits: Limits) -> None:
        self._site = site
        self._limits = limits
        # Source files of the images built pages use (docs, custom_dir), checked once each.
        self.used: set[Path] = set()
        # Images a plugin or hook drew into the build (no source file in the project: the share
        # kit's, kept in a cache): built file -> its name in findings. Checked the same way.
        self.built: dict[Path, str] = {}

    def check_alt(self, located: Located, alt: str | None) -> list[Finding]:
        """image-alt, for any image of the content area, local or not."""
        if alt is not None and alt.strip():
            return []
        return [
            finding(
                self._site, located, Check.IMAGE_ALT, "no alt text: describe what the image shows"
            )
        ]

    def check_use(self, located: Located, source: Path | None) -> list[Finding]:
        """image-language for one local image of a page, found at ``source``."""
        if source is None:
            return []
        self.note_used(source)
        marked = marked_language(self._site, source)
        if marked is None or marked == located.lang:
            return []
        message = (
            f"{self._site.rel(source)} is meant for the '{marked}' pages,"
            f" and this page is in '{located.lang}'"
        )
        return [finding(self._site, located, Check.IMAGE_LANGUAGE, message)]

    def note_used(self, source: Path) -> None:
        """An image file of the project that a built page loads (theme files included)."""
        if source.suffix.lower() in IMAGE_SUFFIXES and source.is_relative_to(self._site.root):
            self.used.add(source)

    def note_built(self, built: Path, name: str) -> None:
        """An image file that a plugin or hook added to the build, which a built page names."""
        if built.suffix.lower() in IMAGE_SUFFIXES:
            self.built[built] = name

    def check_files(self) -> list[Finding]:
        """image-size, image-width, image-metadata and image-format, once per used file."""
        findings = [finding for path in sorted(self.used) for finding in self._check_file(path)]
        for path, name in sorted(self.built.items()):
            findings += self._check_file(path, name)
        return findings

    def _check_file(self, path: Path, name: str | None = None) -> list[Finding]:
        name = name or self._site.rel(path)

        def make(check: Check, message: str) -> Finding:
            return Finding(check, "error", name, None, name, message)

        try:
            size = path.stat().st_size
        except OSError as error:
            return [make(Check.IMAGE_FORMAT, f"cannot read: {error.strerror or error}")]
        findings: list[Finding] = []
        if size > self._limits.max_kb * KB:
            kb = math.ceil(size / KB)
            findings.append(
                make(Check.IMAGE_SIZE, f"{kb} KB, over the {self._limits.max_kb} KB limit")
            )
        info = inspect(path)
        if info.width is not None and info.width > self._limits.max_width:
            message = f"{info.width} px wide, over the {self._limits.max_width} px limit"
            findings.append(make(Check.IMAGE_WIDTH, message))
        if info.metadata:
            message = f"carries {', '.join(info.metadata)}: {STRIP_HINT}"
            findings.append(make(Check.IMAGE_METADATA, message))
        problem = _format_problem(path.suffix.lower(), info.format)
        if problem:
            findings.append(make(Check.IMAGE_FORMAT, problem))
        return findings

    def unused(self, built_names: set[str], texts: Iterable[str]) -> list[Finding]:
        """image-unused warnings: image files under docs_dir that no built file names.

        A built page, stylesheet, script or manifest that names the file (by its name, so
        every way of writing the path counts) uses it: no image a built page shows is unused.
        """
        named = "\n".join((*texts, *_asset_texts(self._site)))
        used = self.used | {self._site.docs_dir / asset for asset in self._site.config_assets}
        findings = []
        for path in sorted(self._site.docs_dir.rglob("*")):
            if (
                path.suffix.lower() in IMAGE_SUFFIXES
                and path not in used
                and path.name not in built_names
                and path.name not in named
                and quote(path.name) not in named
                and not excluded(self._site, path)
                and path.is_file()
            ):
                name = self._site.rel(path)
                message = "no page uses this image: link it or delete it"
                findings.append(Finding(Check.IMAGE_UNUSED, "warning", name, None, name, message))
        return findings


def _format_problem(suffix: str, detected: str | None) -> str | None:
    expected = FORMAT_OF_SUFFIX.get(suffix)
    if expected is None:
        return f"'{suffix or 'no extension'}' is not an accepted image format ({ACCEPTED})"
    if detected is None:
        return f"not a readable image (expected {expected})"
    if detected != expected:
        return f"the file holds {detected} data but is named {suffix}"
    return None


def _asset_texts(site: Site) -> list[str]:
    """Text files beside the pages and in the theme overrides, which may name images."""
    roots = [site.docs_dir, *([site.custom_dir] if site.custom_dir else [])]
    texts = []
    for root in roots:
        for path in root.rglob("*"):
            if path.suffix.lower() in TEXT_SUFFIXES - {".md"} and path.is_file():
                with contextlib.suppress(OSError):  # unreadable: it names nothing
                    texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts
