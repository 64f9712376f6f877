"""The site's look in raster form: link-preview cards and app icons, drawn with Pillow.

Drawn, not downloaded: the font is Inter (OFL, vendored in screenshots/fonts/), the mark is
the shield of docs/assets/images/favicon.svg redrawn as polygons. Output is deterministic PNG,
so an unchanged page gives a byte-identical card.
"""

from __future__ import annotations

import io
import zlib
from functools import cache, lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).resolve().parents[3] / "screenshots" / "fonts"
CARD_SIZE = (1200, 630)
INK = (255, 255, 255)
INK_SOFT = (220, 224, 255)
BACKGROUND = (26, 35, 126)  # Material indigo 900
BAND = (63, 81, 181)  # Material indigo 500, the site's primary colour
MARGIN = 72

Colour = tuple[int, ...]
# The favicon's shield (symmetric about x = 12) and its check mark, on a 24-unit grid.
RIGHT_HALF = [(12, 1), (21, 5), (21, 11), (19.5, 16.5), (16, 20.5), (12, 23)]
SHIELD = RIGHT_HALF + [(24 - px, py) for px, py in reversed(RIGHT_HALF[1:-1])]
CHECK = [(10, 17), (6, 13), (7.41, 11.59), (10, 14.17), (16.59, 7.58), (18, 9)]


def gradient(start: Colour, end: Colour, steps: int) -> list[Colour]:
    """`steps` colours evenly spaced from `start` to `end`, both included."""
    return [
        tuple(round(a + (b - a) * k / (steps - 1)) for a, b in zip(start, end, strict=True))
        for k in range(steps)
    ]


# Every colour a card holds: its four flat colours, and the anti-aliased edges of its text,
# white or soft ink on the background (the shield and the badge are drawn without
# anti-aliasing). 62 colours, the two gradients sharing the background and their first step.
CARD_PALETTE: tuple[Colour, ...] = tuple(
    dict.fromkeys([*gradient(BACKGROUND, INK, 33), *gradient(BACKGROUND, INK_SOFT, 30), BAND])
)


@cache
def font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / f"Inter-{weight}.otf"), size)


def draw_shield(draw: ImageDraw.ImageDraw, x: float, y: float, size: float) -> None:
    """The favicon's shield with its check mark, in a `size` square at (x, y)."""
    s = size / 24
    for points, fill, outline in ((SHIELD, BAND, INK), (CHECK, INK, None)):
        draw.polygon([(x + px * s, y + py * s) for px, py in points], fill=fill, outline=outline)


# A line's width estimated as its words' widths plus spaces is within 3 px of its laid-out width
# (kerning across a space); only an estimate this close to the limit is measured again.
WRAP_SLACK = 12


@cache
def word_length(face: ImageFont.FreeTypeFont, word: str) -> float:
    return face.getlength(word)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int, max_lines: int) -> list[str]:
    """Greedy word wrap to `width` pixels; the last kept line ends with an ellipsis if cut.
    Laying out every candidate line took half of a card's drawing: words are measured once."""
    lines: list[str] = []
    length = 0.0  # of the last line, estimated
    for word in text.split():
        estimate = length + word_length(face, " ") + word_length(face, word)
        if lines and (
            estimate <= width - WRAP_SLACK
            or (estimate <= width + WRAP_SLACK and face.getlength(f"{lines[-1]} {word}") <= width)
        ):
            lines[-1], length = f"{lines[-1]} {word}", estimate
            continue
        lines.append(word)
        length = word_length(face, word)
        if len(lines) > max_lines:  # cut here: the words left change none of the lines kept
            break
    return cut(lines, face, width, max_lines)


def cut(lines: list[str], face: ImageFont.FreeTypeFont, width: int, max_lines: int) -> list[str]:
    """The first `max_lines` lines, the last ending with an ellipsis if any line was left out."""
    if len(lines) <= max_lines:
        return lines
    lines = lines[:max_lines]
    while face.getlength(lines[-1] + " …") > width and " " in lines[-1]:
        lines[-1] = lines[-1].rsplit(" ", 1)[0]
    lines[-1] += " …"
    return lines


@cache
def palette_image(colours: tuple[Colour, ...]) -> Image.Image:
    """A palette image holding exactly `colours`, for :meth:`Image.Image.quantize`."""
    image = Image.new("P", (1, 1))
    image.putpalette([channel for colour in colours for channel in colour])
    return image


def png(image: Image.Image, *, palette: bool | tuple[Colour, ...] = True) -> bytes:
    """The image as PNG. ``palette=True`` (share kit): 64 colours by Pillow's fast octree, zlib
    level 7 (a sixth of median cut's time at level 9, 6 to 8 % more bytes). A colour tuple
    (cards): each pixel's nearest colour, level 3 (1 ms, not the octree's 6, for a mean error of
    0.05 out of 255; 2.5 ms and 24 KB a card, level 5 4 ms and 20 KB). ``palette=False``
    (icons): full colour, level 6 (as a palette, the favicon would grow by 87 bytes)."""
    if palette is True:
        image = image.quantize(64, Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        level = 7
    elif palette:
        image = image.quantize(palette=palette_image(palette), dither=Image.Dither.NONE)
        level = 3
    else:
        level = 6
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=level, compress_type=zlib.Z_DEFAULT_STRATEGY)
    return buffer.getvalue()


# A site has one frame per language (a build draws two); a few spare for tests and for
# `mkdocs serve` after a change of address, each 2.3 MB.
@lru_cache(maxsize=8)
def frame(site_name: str, address: str, language: str) -> Image.Image:
    """What every card of one language shares (background, shield, site name, language badge,
    address, bottom band), drawn once: do not draw on it, draw on a copy."""
    width, height = CARD_SIZE
    image = Image.new("RGB", CARD_SIZE, BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height - 14, width, height), fill=BAND)
    draw_shield(draw, MARGIN, MARGIN - 8, 64)
    draw.text(
        (MARGIN + 84, MARGIN + 24), site_name, font=font("SemiBold", 34), fill=INK_SOFT, anchor="lm"
    )
    badge = font("SemiBold", 28)
    label = language.upper()
    box_w = int(badge.getlength(label)) + 32
    draw.rounded_rectangle(
        (width - MARGIN - box_w, MARGIN + 2, width - MARGIN, MARGIN + 46),
        radius=10,
        outline=INK_SOFT,
        width=2,
    )
    draw.text(
        (width - MARGIN - box_w / 2, MARGIN + 24), label, font=badge, fill=INK_SOFT, anchor="mm"
    )
    draw.text((MARGIN, height - 64), address, font=font("Regular", 26), fill=INK_SOFT, anchor="lm")
    return image


def draw_card(
    title: str, description: str, site_name: str, address: str, language: str
) -> Image.Image:
    """The card in full colour: the title and description on the language's frame."""
    width = CARD_SIZE[0]
    image = frame(site_name, address, language).copy()
    draw = ImageDraw.Draw(image)
    heading = font("SemiBold", 64)
    y = 200
    for line in wrap(title, heading, width - 2 * MARGIN, 3):
        draw.text((MARGIN, y), line, font=heading, fill=INK)
        y += 78
    body = font("Regular", 30)
    for line in wrap(description, body, width - 2 * MARGIN, 2 if y < 430 else 1):
        draw.text((MARGIN, y + 18), line, font=body, fill=INK_SOFT)
        y += 42
    return image


def card(title: str, description: str, site_name: str, address: str, language: str) -> bytes:
    """A 1200x630 link-preview card for one page in one language, in the card palette."""
    return png(draw_card(title, description, site_name, address, language), palette=CARD_PALETTE)


def icon(size: int) -> bytes:
    """A square app icon: the shield on the site's background."""
    image = Image.new("RGB", (size, size), BACKGROUND)
    draw_shield(ImageDraw.Draw(image), size * 0.14, size * 0.14, size * 0.72)
    return png(image, palette=False)
