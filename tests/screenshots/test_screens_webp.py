"""WebP encoding: pixels only, the smaller encoding, the limits, the same bytes every time."""

from __future__ import annotations

import io
import os

import pytest
from PIL import Image, ImageCms, ImageDraw
from screens_helpers import exif_with_gps, screen

from sitetools.screenshots import webp
from sitetools.screenshots.limits import MAX_WIDTH


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_pixels_only_drops_every_kind_of_metadata():
    image = screen(200, 100)
    image.info.update(
        exif=exif_with_gps().tobytes(),
        xmp=b"<x:xmpmeta/>",
        comment=b"secret",
        icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(),
    )
    clean = webp.pixels_only(image)
    assert clean.info == {}
    assert not clean.getexif()
    assert clean.tobytes() == image.tobytes()


def test_transparency_is_flattened_on_white():
    image = Image.new("RGBA", (10, 10), (255, 0, 0, 0))
    image.paste((0, 0, 255, 255), (0, 0, 5, 10))
    clean = webp.pixels_only(image)
    assert clean.mode == "RGB"
    assert clean.getpixel((0, 0)) == (0, 0, 255)
    assert clean.getpixel((9, 9)) == (255, 255, 255)


def test_flat_drawing_is_lossless_and_exact():
    image = screen(390, 844)
    data = webp.encode_webp(image)
    assert webp.riff_chunks(data) == [b"VP8L"]
    assert decoded(data).tobytes() == image.tobytes()


def test_photo_like_image_is_lossy():
    grain = Image.frombytes("RGB", (120, 80), os.urandom(120 * 80 * 3))
    data = webp.encode_webp(grain)
    assert webp.riff_chunks(data) == [b"VP8 "]


def test_mockups_are_reduced_to_their_palette_and_captures_are_not():
    image = Image.linear_gradient("L").convert("RGB").resize((390, 300))  # 256 greys
    ImageDraw.Draw(image).text((20, 100), "Données pour l'amélioration", fill=(10, 102, 194))
    drawn = decoded(webp.encode_webp(image, colours=webp.MOCKUP_COLOURS))
    assert len(drawn.convert("RGB").getcolors(1 << 16) or []) <= webp.MOCKUP_COLOURS
    kept = decoded(webp.encode_webp(image)).convert("RGB")  # imported captures keep theirs
    assert len(kept.getcolors(1 << 16) or []) > 4 * webp.MOCKUP_COLOURS


def test_encoding_is_deterministic():
    image = screen(390, 844)
    ImageDraw.Draw(image).text((20, 300), "Prénom Nom", fill=(0, 0, 0))
    assert webp.encode_webp(image) == webp.encode_webp(image.copy())


def test_width_limit_keeps_the_aspect_ratio():
    image = webp.fit_width(screen(3200, 2000))
    assert image.size == (MAX_WIDTH, 1000)
    small = screen(300, 200)
    assert webp.fit_width(small) is small


def test_size_limit_lowers_quality_then_size():
    grain = Image.frombytes("RGB", (400, 200), os.urandom(400 * 200 * 3))  # too many colours
    data = webp.encode_webp(grain, max_bytes=8 * 1024)
    assert len(data) <= 8 * 1024
    assert decoded(data).width < 400


def test_impossible_limit_is_an_error():
    grain = Image.frombytes("RGB", (64, 64), os.urandom(64 * 64 * 3))
    with pytest.raises(webp.EncodeError, match="crop it"):
        webp.encode_webp(grain, max_bytes=100)


def test_riff_chunks_refuses_other_files():
    with pytest.raises(webp.EncodeError, match="not a WebP"):
        webp.riff_chunks(b"\x89PNG\r\n\x1a\n")
