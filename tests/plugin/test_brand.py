"""Link-preview cards (scripts/sitetools/plugin/brand.py): format, determinism, fidelity."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops, ImageStat

from sitetools.plugin import brand

SITE = ("LinkedIn, l'IA et vos données", "example.org/guide", "fr")
PAGES = [
    ("Refuser", "Court."),
    (
        "Désactiver l'IA de LinkedIn sur vos données : guide pas à pas",
        "Désactiver l'option en 2 minutes, sur ordinateur et sur mobile, et ses limites.",
    ),
    (
        "Un titre bien trop long pour tenir sur trois lignes de la carte, coupé par des points "
        "de suspension à la fin de la dernière ligne gardée, sans déborder sur la description",
        "Une description elle aussi trop longue pour ses lignes, " * 4,
    ),
]
FLAT = (brand.BACKGROUND, brand.BAND, brand.INK, brand.INK_SOFT)


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_the_palette_holds_the_cards_colours() -> None:
    assert len(brand.CARD_PALETTE) <= 64
    assert len(set(brand.CARD_PALETTE)) == len(brand.CARD_PALETTE)
    assert set(FLAT) <= set(brand.CARD_PALETTE)


@pytest.mark.parametrize(("title", "description"), PAGES)
def test_a_card_is_a_small_palette_png(title: str, description: str) -> None:
    data = brand.card(title, description, *SITE)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = decoded(data)
    assert image.format == "PNG"
    assert image.size == brand.CARD_SIZE == (1200, 630)
    assert image.mode == "P"
    assert len(image.getpalette() or []) // 3 <= 64
    colours = image.getcolors(256)
    assert colours is not None
    assert len(colours) <= 64
    assert len(data) < 40_000  # the validator allows 200 KB; cards weigh about 20 KB


def test_same_inputs_give_the_same_bytes() -> None:
    first = brand.card(*PAGES[1], *SITE)
    assert brand.card(*PAGES[1], *SITE) == first
    brand.frame.cache_clear()  # a frame drawn afresh gives the same card
    assert brand.card(*PAGES[1], *SITE) == first


def test_each_input_changes_the_card() -> None:
    first = brand.card(*PAGES[1], *SITE)
    assert brand.card(PAGES[1][0] + " bis", PAGES[1][1], *SITE) != first
    assert brand.card(PAGES[1][0], PAGES[1][1] + " Bis.", *SITE) != first
    assert brand.card(*PAGES[1], "Autre site", *SITE[1:]) != first
    assert brand.card(*PAGES[1], SITE[0], "example.net", SITE[2]) != first
    assert brand.card(*PAGES[1], *SITE[:2], "en") != first


def test_the_frame_is_not_drawn_on() -> None:
    before = brand.frame(*SITE).tobytes()
    brand.card(*PAGES[2], *SITE)
    assert brand.frame(*SITE).tobytes() == before


def edges(image: Image.Image) -> Image.Image:
    """A mask of the pixels that are none of the card's flat colours: the edges of text."""
    mask = Image.new("L", image.size, 255)
    for colour in FLAT:
        other = ImageChops.difference(image, Image.new("RGB", image.size, colour)).convert("L")
        mask = ImageChops.multiply(mask, other.point(lambda value: 255 if value else 0))
    return mask


@pytest.mark.parametrize(("title", "description"), PAGES)
def test_the_palette_card_is_close_to_full_colour(title: str, description: str) -> None:
    """Measured on the 22 cards of a build: a mean error of 0.05 (at worst 0.06) per channel
    out of 255, 1.9 on the edges of text; the 64 colours of Pillow's octree gave 0.09 (at
    worst 0.12) and 2.0."""
    full = brand.draw_card(title, description, *SITE)
    drawn = decoded(brand.card(title, description, *SITE)).convert("RGB")
    error = ImageChops.difference(full, drawn)
    assert sum(ImageStat.Stat(error).mean) / 3 < 0.08
    mask = edges(full)
    assert ImageStat.Stat(mask).mean[0] > 1  # there is text
    assert sum(ImageStat.Stat(error, mask).mean) / 3 < 2.5
    assert max(high for _, high in error.getextrema()) <= 10
    flat = ImageChops.invert(mask)
    assert max(ImageStat.Stat(error, flat).extrema[channel][1] for channel in range(3)) == 0


def measured_wrap(text: str, face, width: int, max_lines: int) -> list[str]:
    """The plain greedy wrap, every candidate line laid out: what brand.wrap must equal."""
    lines: list[str] = []
    for word in text.split():
        if lines and face.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return brand.cut(lines, face, width, max_lines)


def prose_of_every_page() -> list[str]:
    """Every paragraph line of every page, in every language: texts of all lengths and
    punctuation (apostrophes, colons, « », numbers) as titles and descriptions have them."""
    from helpers import ROOT

    texts = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        for line in page.read_text("utf-8").splitlines():
            if len(line) > 20 and line[0].isalpha():
                texts.append(line[:400])
    return texts


@pytest.mark.parametrize(("weight", "size", "max_lines"), [("SemiBold", 64, 3), ("Regular", 30, 2)])
def test_the_estimated_wrap_breaks_where_measuring_every_line_does(
    weight: str, size: int, max_lines: int
) -> None:
    face = brand.font(weight, size)
    width = brand.CARD_SIZE[0] - 2 * brand.MARGIN
    texts = prose_of_every_page()
    assert len(texts) > 100
    for text in texts:
        assert brand.wrap(text, face, width, max_lines) == measured_wrap(
            text, face, width, max_lines
        ), text
