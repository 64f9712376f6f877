"""The carousel: a PDF document post, one 4:5 slide (1080x1350) per page.

Text is real text in the vendored Inter (selectable, searchable, read in page order), the
document declares its title and language, and it carries no author, producer or software
name. Its only date is the day the facts were last reviewed, so that the same inputs give the
same bytes on every build (fpdf2 derives the file identifier from the content and that date).
"""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF
from fpdf.prefs import ViewerPreferences

from sitetools.plugin.brand import BACKGROUND, BAND
from sitetools.plugin.brand import INK as CARD_INK
from sitetools.share_kit.fonts import font_file
from sitetools.share_kit.inputs import Inputs
from sitetools.share_kit.qr import qr_matrix
from sitetools.share_kit.words import Slide, Words

SLIDE_SIZE = (1080, 1350)  # points; LinkedIn's portrait document format is 4:5
MARGIN = 80
# The link-preview cards' colours (sitetools/plugin/brand.py): indigo 900 and 500, white.
INK, BAND, WHITE = BACKGROUND, BAND, CARD_INK
SOFT = (90, 90, 110)  # body text on the white slides
QR_SIZE = 420
FAMILY = "Inter"


def _document(words: Words, inputs: Inputs) -> FPDF:
    pdf = FPDF(unit="pt", format=SLIDE_SIZE)
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.add_font(FAMILY, "", str(font_file("Regular")))
    pdf.add_font(FAMILY, "B", str(font_file("SemiBold")))
    pdf.set_title(words.title)
    pdf.set_lang(inputs.written_in)
    pdf.viewer_preferences = ViewerPreferences(display_doc_title=True)
    pdf.set_creation_date(dt.datetime.combine(inputs.reviewed, dt.time(), tzinfo=dt.UTC))
    return pdf


def _footer(pdf: FPDF, words: Words, inputs: Inputs, number: int, total: int) -> None:
    width, height = SLIDE_SIZE
    pdf.set_fill_color(*BAND)
    pdf.rect(0, height - 110, width, 110, style="F")
    pdf.set_text_color(*WHITE)
    pdf.set_font(FAMILY, "", 28)
    pdf.set_xy(MARGIN, height - 92)
    pdf.cell(width - 2 * MARGIN, 36, inputs.site_address)
    pdf.set_xy(MARGIN, height - 54)
    pdf.cell(width - 2 * MARGIN, 36, words.reviewed)
    pdf.set_xy(MARGIN, height - 92)
    pdf.cell(width - 2 * MARGIN, 36, f"{number}/{total}", align="R")


def _qr(pdf: FPDF, url: str, x: float, y: float) -> None:
    matrix = qr_matrix(url)
    module = QR_SIZE / len(matrix)
    pdf.set_fill_color(*WHITE)
    pdf.rect(x, y, QR_SIZE, QR_SIZE, style="F")
    pdf.set_fill_color(0, 0, 0)
    for row, line in enumerate(matrix):
        for column, dark in enumerate(line):
            if dark:
                pdf.rect(x + column * module, y + row * module, module, module, style="F")


def _slide(pdf: FPDF, slide: Slide, inputs: Inputs, first: bool) -> None:
    width, _ = SLIDE_SIZE
    text_width = width - 2 * MARGIN
    pdf.add_page()
    if first:
        pdf.set_fill_color(*INK)
        pdf.rect(0, 0, *SLIDE_SIZE, style="F")
    pdf.set_text_color(*(WHITE if first else INK))
    pdf.set_font(FAMILY, "B", 80 if first else 64)
    pdf.set_xy(MARGIN, 160 if first else MARGIN + 20)
    pdf.multi_cell(text_width, 96 if first else 78, slide.heading, align="L")
    pdf.set_y(pdf.get_y() + 40)
    pdf.set_font(FAMILY, "", 44 if first else 38)
    pdf.set_text_color(*(WHITE if first else SOFT))
    for paragraph in slide.body:
        pdf.set_x(MARGIN)
        pdf.multi_cell(text_width, 54 if first else 50, paragraph, align="L")
        pdf.set_y(pdf.get_y() + 24)
    if slide.image:
        y = pdf.get_y() + 16
        pdf.image(
            str(inputs.screen(slide.image)), x=MARGIN, y=y, w=text_width, alt_text=slide.heading
        )
    if slide.qr:
        _qr(pdf, inputs.guide_url, (width - QR_SIZE) / 2, pdf.get_y() + 30)


def carousel(words: Words, inputs: Inputs) -> bytes:
    """The carousel PDF of one language."""
    pdf = _document(words, inputs)
    total = len(words.slides)
    for number, slide in enumerate(words.slides, start=1):
        _slide(pdf, slide, inputs, first=number == 1)
        _footer(pdf, words, inputs, number, total)
    return bytes(pdf.output())
