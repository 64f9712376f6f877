"""Hiding regions (a name, a photo) and cropping, in the capture's own pixel coordinates.

Coordinates are those of the upright original, as any image viewer shows them, so that a
contributor measures once. A region that overflows the image is refused, not clipped: it
usually means coordinates measured on a scaled view, i.e. a redaction in the wrong place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PIL import Image, ImageFilter

from sitetools.screenshots.inputs import CaptureError

Style = Literal["box", "blur"]
STYLES: tuple[Style, ...] = ("box", "blur")
BOX_FILL = (128, 128, 128)
# Blur = pixelation to blocks this large at least, then a blur: nothing of a name survives.
MIN_BLOCK = 24


@dataclass(frozen=True)
class Region:
    """A rectangle: left, top, width, height, in pixels."""

    x: int
    y: int
    width: int
    height: int

    @property
    def box(self) -> tuple[int, int, int, int]:
        """Pillow's (left, upper, right, lower)."""
        return (self.x, self.y, self.x + self.width, self.y + self.height)

    def __str__(self) -> str:
        return f"{self.x},{self.y},{self.width},{self.height}"


def parse_region(text: str) -> Region:
    """'x,y,w,h' with whole, non-negative numbers and a non-empty size."""
    parts = text.replace(" ", "").split(",")
    if len(parts) != 4 or not all(part.isdigit() for part in parts):
        raise ValueError(f"{text!r}: expected x,y,width,height in pixels, e.g. 40,120,600,90")
    x, y, width, height = (int(part) for part in parts)
    if width == 0 or height == 0:
        raise ValueError(f"{text!r}: width and height must be more than 0")
    return Region(x, y, width, height)


def check_inside(region: Region, image: Image.Image, option: str) -> None:
    """Refuse a region that goes past the image's edges."""
    if region.x + region.width > image.width or region.y + region.height > image.height:
        raise CaptureError(
            f"{option} {region} goes past the image ({image.width}x{image.height} px):"
            " measure the coordinates on the original file at 100% zoom"
        )


def _pixelate(image: Image.Image, region: Region) -> Image.Image:
    block = max(MIN_BLOCK, min(region.width, region.height) // 3)
    patch = image.crop(region.box)
    small = patch.resize(
        (max(1, region.width // block), max(1, region.height // block)), Image.Resampling.BOX
    )
    coarse = small.resize(patch.size, Image.Resampling.NEAREST)
    return coarse.filter(ImageFilter.GaussianBlur(block / 3))


def redact(image: Image.Image, regions: list[Region], style: Style = "box") -> Image.Image:
    """A copy with every region boxed in grey (default, the safest) or pixelated and blurred."""
    if not regions:
        return image
    result = image.convert("RGB")
    for region in regions:
        check_inside(region, result, "--redact")
        if style == "box":
            result.paste(BOX_FILL, region.box)
        else:
            result.paste(_pixelate(result, region), region.box[:2])
    return result


def crop(image: Image.Image, region: Region | None) -> Image.Image:
    """The part of the capture that matters (after redaction, in the same coordinates)."""
    if region is None:
        return image
    check_inside(region, image, "--crop")
    return image.crop(region.box)
