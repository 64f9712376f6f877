"""WebP encoding that keeps pixels only: no EXIF, GPS, XMP, ICC profile or comment survives.

Pillow copies ``info`` (where metadata lives) through most operations, so the encoder works
on a fresh image rebuilt from raw pixels, then checks the file's RIFF chunks to be sure.
Lossless wins whenever it is the smaller file (flat mockups); photos of screens fall back to
lossy, at the highest quality that fits the size limit, and only then to a smaller image.
"""

from __future__ import annotations

import io
import struct

from PIL import Image, ImageCms

from sitetools.screenshots.limits import MAX_BYTES, MAX_WIDTH

# Lossless effort and method: method 6 gives the same bytes here, ten times slower.
LOSSLESS = {"lossless": True, "quality": 100, "method": 4}
LOSSY_QUALITIES = (90, 82, 74, 66, 58, 50, 42)
LOSSY_METHOD = 4
# More distinct colours than this: a photo-like capture, not worth a lossless try.
LOSSLESS_MAX_COLOURS = 1 << 16
# When no quality fits: shrink by this factor, at most this many times.
SHRINK = 0.8
SHRINK_STEPS = 4
PIXEL_CHUNKS = frozenset({b"VP8 ", b"VP8L"})
# Rendered mockups (flat colours, anti-aliased text) look the same in 24 colours chosen by
# octree (which keeps the rare, vivid highlight ring that median cut greys out), without
# dithering: about half the bytes of true colour, 8 % less than 32 colours. At 16, WebP packs
# two pixels a byte and the files shrink by a further fifth, but octree then merges the
# dividers and the ring's halo into the background. Never for imported captures.
MOCKUP_COLOURS = 24
BACKGROUND = (255, 255, 255)


class EncodeError(ValueError):
    """No WebP encoding of the image fits the limits."""


def _to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """Phones tag captures with their own colour profile (Display P3): convert, then drop it."""
    if not icc or image.mode not in ("RGB", "RGBA"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(
            image, source, ImageCms.createProfile("sRGB"), outputMode=image.mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # an unreadable profile: keep the pixels as they are
    return converted if converted is not None else image


def pixels_only(image: Image.Image) -> Image.Image:
    """An RGB copy in sRGB, transparency flattened on white, with no metadata at all."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    working = _to_srgb(image.convert("RGBA" if has_alpha else "RGB"), image.info.get("icc_profile"))
    if has_alpha:
        flat = Image.new("RGB", working.size, BACKGROUND)
        flat.paste(working, mask=working.getchannel("A"))
        working = flat
    return Image.frombytes("RGB", working.size, working.convert("RGB").tobytes())


def fit_width(image: Image.Image, max_width: int = MAX_WIDTH) -> Image.Image:
    """Scaled down (never up) to the width limit, keeping the aspect ratio."""
    if image.width <= max_width:
        return image
    height = max(1, round(image.height * max_width / image.width))
    return image.resize((max_width, height), Image.Resampling.LANCZOS)


def riff_chunks(data: bytes) -> list[bytes]:
    """The chunk names of a WebP file, in order (b'VP8L', b'EXIF', ...)."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise EncodeError("not a WebP file")
    names, offset = [], 12
    while offset + 8 <= len(data):
        (size,) = struct.unpack("<I", data[offset + 4 : offset + 8])
        names.append(data[offset : offset + 4])
        offset += 8 + size + (size & 1)
    return names


def _save(image: Image.Image, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, "WEBP", exif=b"", xmp=b"", icc_profile=b"", **options)
    data = out.getvalue()
    extra = [name for name in riff_chunks(data) if name not in PIXEL_CHUNKS]
    if extra:
        raise EncodeError(f"the encoder wrote non-pixel chunks: {extra}")
    return data


def _fits(image: Image.Image, max_bytes: int) -> bytes | None:
    """The first lossy quality, from the highest down, whose file fits."""
    for quality in LOSSY_QUALITIES:
        data = _save(image, quality=quality, method=LOSSY_METHOD)
        if len(data) <= max_bytes:
            return data
    return None


def reduce_colours(image: Image.Image, colours: int) -> Image.Image:
    """The image drawn with its `colours` most representative colours, without dithering."""
    palette = image.quantize(colours, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    return palette.convert("RGB")


def encode_webp(
    image: Image.Image, max_bytes: int = MAX_BYTES, *, colours: int | None = None
) -> bytes:
    """The smaller of lossless and high-quality lossy if it fits; else lower quality, then size.

    `colours` reduces a drawing to that many colours first (see MOCKUP_COLOURS).
    """
    clean = fit_width(pixels_only(image))
    if colours is not None:
        clean = reduce_colours(clean, colours)
    candidates = [_save(clean, quality=LOSSY_QUALITIES[0], method=LOSSY_METHOD)]
    # Lossless only pays on flat drawings and screens; on photo-like captures it is slow and huge.
    if clean.getcolors(LOSSLESS_MAX_COLOURS) is not None:
        candidates.append(_save(clean, **LOSSLESS))
    best = min(candidates, key=len)
    if len(best) <= max_bytes:
        return best
    for _ in range(SHRINK_STEPS):
        data = _fits(clean, max_bytes)
        if data is not None:
            return data
        size = (max(1, round(clean.width * SHRINK)), max(1, round(clean.height * SHRINK)))
        clean = clean.resize(size, Image.Resampling.LANCZOS)
    raise EncodeError(
        f"{image.width}x{image.height} px does not fit in {max_bytes // 1024} KB, even at"
        f" quality {LOSSY_QUALITIES[-1]} and {clean.width} px wide: crop it (--crop)"
    )
