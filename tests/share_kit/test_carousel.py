"""The carousel PDF: 4:5 slides, real text with the exact label, no traces, stable bytes."""

from __future__ import annotations

from kit_text import flat, pdf_text, reader
from share_kit_support import Drawn, draw

from sitetools.check.validate import DEFAULT_LIMITS
from sitetools.share_kit.pdf import SLIDE_SIZE

# The validator's limit for any PDF of the site (pdf-size): the 1 MB.
PDF_LIMIT = DEFAULT_LIMITS.max_pdf_kb * 1024


def test_five_or_six_portrait_pages_at_4_to_5(drawn: Drawn) -> None:
    pages = reader(drawn.asset("carousel")).pages
    assert 5 <= len(pages) <= 6
    for page in pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width * 5 == height * 4, (width, height)
    assert SLIDE_SIZE[0] * 5 == SLIDE_SIZE[1] * 4


def test_text_holds_the_exact_label_of_its_language_and_the_site_address(drawn: Drawn) -> None:
    text = pdf_text(drawn.asset("carousel"))
    for key in ("genai_setting", "genai_toggle"):
        label = drawn.inputs.labels[key]
        assert label and flat(label) in text, key
    assert drawn.inputs.site_address in text
    assert drawn.inputs.guide_url in text
    assert flat(drawn.words.reviewed) in text


def test_every_slide_shows_the_review_date(drawn: Drawn) -> None:
    for page in reader(drawn.asset("carousel")).pages:
        assert flat(drawn.words.reviewed) in flat(page.extract_text())


def test_declares_title_and_language_without_author_or_software(drawn: Drawn) -> None:
    pdf = reader(drawn.asset("carousel"))
    info = pdf.metadata or {}
    assert info.get("/Title") == drawn.words.title
    for key in ("/Author", "/Producer", "/Creator", "/ModDate"):
        assert key not in info, key
    # Its only date is the review date: a rebuild tomorrow gives the same document.
    assert str(info.get("/CreationDate", "")).startswith(
        f"D:{drawn.inputs.reviewed.strftime('%Y%m%d')}000000"
    )
    catalog = pdf.trailer["/Root"]
    assert catalog["/Lang"] == drawn.inputs.lang
    assert "/Metadata" not in catalog  # no XMP packet either
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"]


def test_a_second_render_is_byte_identical_and_small(drawn: Drawn) -> None:
    again = draw(drawn.inputs)
    assert again.asset("carousel") == drawn.asset("carousel")
    assert len(drawn.asset("carousel")) < PDF_LIMIT
