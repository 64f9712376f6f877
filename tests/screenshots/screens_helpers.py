"""Captures generated with Pillow for the screenshot tests: never real people.

Each capture hides "secrets" in every place a phone or an editor puts metadata (EXIF with
GPS, XMP, PNG text chunks, a JPEG comment, an ICC profile), so that tests can look for them
in the output bytes.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageCms, ImageDraw, PngImagePlugin

from sitetools.screenshots.browser import CHROMIUM

SECRETS = (b"SecretPhone", b"Secret Author", b"secret comment", b"48.8566")
XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF'
    ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Secret Author"/>'
    "</rdf:RDF></x:xmpmeta>"
)
# Where the fake member's name is drawn on every generated capture, and its colour.
NAME_BOX = (60, 200, 500, 80)
NAME_RED = (220, 20, 20)

# Browser tests carry @pytest.mark.browser and this: they skip only when chromium is absent.
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.is_file(), reason=f"{CHROMIUM} is absent (`make test` installs Debian's chromium)"
)


def exif_with_gps() -> Image.Exif:
    """Camera make, date and a GPS position: what a phone writes."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "SecretPhone"
    exif[ExifTags.Base.DateTime] = "2025:11:03 10:00:00"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (48.0, 51.0, 24.0)
    gps[ExifTags.GPS.GPSAreaInformation] = "48.8566"
    return exif


def screen(width: int = 780, height: int = 1688) -> Image.Image:
    """A phone-sized capture: a blue bar, a red 'name' to hide, some grey rows."""
    image = Image.new("RGB", (width, height), (245, 246, 248))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 150), fill=(36, 82, 143))
    x, y, w, h = NAME_BOX
    draw.rectangle((x, y, x + w - 1, y + h - 1), fill=NAME_RED)
    for row in range(8):
        top = 400 + row * 160
        draw.rectangle((60, top, width - 60, top + 40), fill=(200, 205, 212))
    return image


def save_png(image: Image.Image, path: Path) -> Path:
    """A PNG carrying EXIF with GPS, XMP and text chunks."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Secret Author")
    info.add_text("Comment", "secret comment")
    info.add_itxt("XML:com.adobe.xmp", XMP)
    image.save(path, "PNG", pnginfo=info, exif=exif_with_gps())
    return path


def save_jpeg(image: Image.Image, path: Path, orientation: int | None = None) -> Path:
    """A JPEG carrying EXIF with GPS, XMP, a comment and an sRGB ICC profile."""
    exif = exif_with_gps()
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    image.save(
        path,
        "JPEG",
        quality=92,
        exif=exif,
        xmp=XMP.encode(),
        comment=b"secret comment",
        icc_profile=icc,
    )
    return path


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims any size: a decompression bomb without the gigabytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
