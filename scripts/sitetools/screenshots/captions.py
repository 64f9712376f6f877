"""The caption a page shows under an image: a real screenshot says when it was taken.

Real captures say « Capture d'écran du 3 novembre 2025 » / "Screenshot, taken on 3 November
2025", so that a reader knows how old the picture is; the caption and the placeholder alt text
are each language's strings in ``data/languages.yml``.
"""

from __future__ import annotations

import datetime as dt

from sitetools.languages import load
from sitetools.screenshots.naming import ROOT

_MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
_MONTHS_EN = "January February March April May June July August September October November December"
MONTHS = {"fr": _MONTHS_FR.split(), "en": _MONTHS_EN.split()}
STRINGS = {locale: language.strings for locale, language in load(ROOT).items()}
# The alt text of an imported screenshot until a contributor describes it, in each language.
ALT_TODO = {locale: strings["caption.alt_todo"] for locale, strings in STRINGS.items()}
# Width the page gives a capture: phone-shaped ones narrower than desktop ones.
PORTRAIT_WIDTH = 300
LANDSCAPE_WIDTH = 768


def long_date(day: dt.date, lang: str) -> str:
    """« 1er novembre 2025 » / "1 November 2025"."""
    month = MONTHS[lang][day.month - 1]
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day}\u00a0{month} {day.year}"
    return f"{day.day} {month} {day.year}"


def display_size(width: int, height: int) -> tuple[int, int]:
    """The width/height attributes: the page's column, the image's aspect ratio."""
    shown = min(width, PORTRAIT_WIDTH if height > width else LANDSCAPE_WIDTH)
    return shown, max(1, round(height * shown / width))


def real_image(lang: str, src: str, width: int, height: int, day: dt.date) -> str:
    """The Markdown of an imported screenshot and its caption, as the guide shows images.

    Not a ``<figure markdown>``: md_in_html ignores indented HTML, so a figure inside a content
    tab or a list item would come out as raw text. An image, a line break and an italic caption
    work at any indentation.
    """
    shown_width, shown_height = display_size(width, height)
    caption = STRINGS[lang]["caption.real"].format(date=long_date(day, lang))
    return (
        f'![{ALT_TODO[lang]}]({src}){{ width="{shown_width}" height="{shown_height}"'
        " loading=lazy }<br>\n"
        f"*{caption}*"
    )
