"""The square (1080x1080) and story (1080x1920) images, drawn with Pillow.

Flat colours and the vendored Inter, no photograph: a few dozen kilobytes of PNG, written
without any metadata chunk, byte-identical for the same inputs. Every image shows the
guide's address and the review date, so that an old copy never passes for a current one; the
story also carries a QR code of the guide (links cannot be tapped in a story image).
"""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from sitetools.plugin.brand import BAND, INK_SOFT, draw_shield, png
from sitetools.plugin.brand import font as pillow_font
from sitetools.share_kit.inputs import Inputs, ShareKitError
from sitetools.share_kit.pdf import INK, WHITE
from sitetools.share_kit.qr import qr_matrix
from sitetools.share_kit.words import Panel, Words

SQUARE_SIZE = (1080, 1080)
STORY_SIZE = (1080, 1920)
MARGIN = 90


def lines_of(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """`text` broken into lines of at most `width` pixels, at ordinary spaces only (never at a
    no-break space, which keeps « » and : with their word)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and face.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _paragraph(
    draw: ImageDraw.ImageDraw,
    text: str,
    face: ImageFont.FreeTypeFont,
    y: int,
    fill: tuple[int, int, int],
) -> int:
    """Draw `text` from `y` down; the y below it."""
    step = int(face.size * 1.3)
    for line in lines_of(text, face, SQUARE_SIZE[0] - 2 * MARGIN):
        draw.text((MARGIN, y), line, font=face, fill=fill)
        y += step
    return y


def _qr(image: Image.Image, url: str, x: int, y: int, size: int) -> None:
    matrix = qr_matrix(url)
    code = Image.new("1", (len(matrix), len(matrix)), 1)
    code.putdata([0 if dark else 1 for row in matrix for dark in row])
    image.paste(code.convert("RGB").resize((size, size), Image.Resampling.NEAREST), (x, y))


def _panel(panel: Panel, words: Words, inputs: Inputs, size: tuple[int, int], name: str) -> bytes:
    width, height = size
    image = Image.new("RGB", size, INK)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 24), fill=BAND)
    story = height > width
    draw_shield(draw, MARGIN, 90 if story else 70, 72)  # the site's mark, as on its cards
    y = _paragraph(
        draw,
        panel.heading,
        pillow_font("SemiBold", 92),
        240 if story else 190,
        WHITE,
    )
    y = _paragraph(draw, panel.body, pillow_font("Regular", 52 if story else 60), y + 40, INK_SOFT)
    footer = height - 230
    if story:
        qr_size = 420
        _qr(image, inputs.guide_url, (width - qr_size) // 2, footer - qr_size - 60, qr_size)
        footer -= qr_size + 60
    if y > footer - 20:
        raise ShareKitError(f"data/share-kit.yml: {words.lang}.{name}: too much text for the image")
    draw.rectangle((0, height - 230, width, height), fill=BAND)
    small = pillow_font("Regular", 38)
    draw.text(
        (MARGIN, height - 190),
        inputs.guide_url.split("://", 1)[-1],
        font=pillow_font("SemiBold", 40),
        fill=WHITE,
    )
    draw.text((MARGIN, height - 120), words.reviewed, font=small, fill=INK_SOFT)
    return png(image)


def square(words: Words, inputs: Inputs) -> bytes:
    """The 1080x1080 image of one language."""
    return _panel(words.square, words, inputs, SQUARE_SIZE, "square")


def story(words: Words, inputs: Inputs) -> bytes:
    """The 1080x1920 story image of one language."""
    return _panel(words.story, words, inputs, STORY_SIZE, "story")
