"""Opening a contributed capture safely, with a plain-language reason when it cannot be used.

The file is read once into memory (so the original is never opened for writing), its format
and dimensions are checked from the header before any pixel is decoded (a 100000 x 100000 px
PNG of a few bytes must not allocate gigabytes), then it is decoded in full so that a truncated
file is caught here rather than half-encoded.
"""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from sitetools.screenshots.limits import MAX_INPUT_BYTES, MAX_INPUT_PIXELS, MAX_INPUT_SIDE

ACCEPTED = {"PNG": "PNG", "JPEG": "JPEG", "WEBP": "WebP", "HEIF": "HEIC"}
HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")
HEIF_PIN = "pillow-heif==1.8.1"
MB = 1024 * 1024


class CaptureError(ValueError):
    """A capture that cannot be imported; the message says why and what to do."""


def heif_available() -> bool:
    """Whether HEIC (iPhone captures) can be read: pillow-heif is optional."""
    try:
        import pillow_heif  # optional: loaded only when a HEIC file comes in
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


def _is_heif(head: bytes) -> bool:
    return head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS


def _read(path: Path) -> bytes:
    if not path.exists():
        raise CaptureError(f"{path}: no such file")
    if not path.is_file():
        raise CaptureError(f"{path}: not a file")
    size = path.stat().st_size
    if size == 0:
        raise CaptureError(f"{path}: the file is empty")
    if size > MAX_INPUT_BYTES:
        raise CaptureError(
            f"{path}: {size / MB:.0f} MB is too large for a screenshot"
            f" (limit {MAX_INPUT_BYTES // MB} MB): export a PNG or JPEG of the screen"
        )
    return path.read_bytes()


def _check_dimensions(path: Path, width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise CaptureError(f"{path}: the image claims {width}x{height} px: damaged header")
    if width > MAX_INPUT_SIDE or height > MAX_INPUT_SIDE or width * height > MAX_INPUT_PIXELS:
        raise CaptureError(
            f"{path}: {width}x{height} px is far larger than any screen (limits:"
            f" {MAX_INPUT_SIDE} px a side, {MAX_INPUT_PIXELS // 1_000_000} megapixels);"
            " refused before decoding, as a decompression bomb would be"
        )


def open_capture(path: Path) -> Image.Image:
    """The decoded capture, upright (EXIF orientation applied), or an CaptureError."""
    data = _read(path)
    if _is_heif(data[:32]) and not heif_available():
        raise CaptureError(
            f"{path}: HEIC needs the optional package {HEIF_PIN}"
            " (pip install it), or set the phone to capture in JPEG/PNG"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except UnidentifiedImageError as error:
        raise CaptureError(
            f"{path}: not an image, or a format we do not take"
            f" (accepted: {', '.join(ACCEPTED.values())})"
        ) from error
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise CaptureError(
            f"{path}: huge dimensions, far larger than any screen: refused before decoding"
            " (Pillow's decompression-bomb guard)"
        ) from error
    except (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error) as error:
        # A capture cut inside its header: Pillow knows the format but cannot read the size.
        raise CaptureError(
            f"{path}: the image header is truncated or damaged ({error}):"
            " copy the original file again"
        ) from error
    if image.format not in ACCEPTED:
        raise CaptureError(
            f"{path}: {image.format} images are not accepted"
            f" (accepted: {', '.join(ACCEPTED.values())})"
        )
    _check_dimensions(path, *image.size)
    try:
        image.load()
    except (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error) as error:
        raise CaptureError(
            f"{path}: the image data is truncated or damaged ({error}):"
            " copy the original file again"
        ) from error
    return ImageOps.exif_transpose(image)
