"""Captions' dates come from Babel and the language table, spelled as before it."""

from __future__ import annotations

import datetime as dt

import pytest

from sitetools.screenshots.captions import TABLE, long_date

# The month names captions.py spelled by hand until it used Babel: the oracle.
BEFORE = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}


def _before(day: dt.date, lang: str) -> str:
    month = BEFORE[lang].split()[day.month - 1]
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day}\u00a0{month} {day.year}"
    return f"{day.day} {month} {day.year}"


@pytest.mark.parametrize("lang", sorted(BEFORE))
def test_every_day_of_a_year_is_spelled_as_before(lang: str) -> None:
    start = dt.date(2026, 1, 1)
    for offset in range(365):
        day = start + dt.timedelta(days=offset)
        assert long_date(day, TABLE[lang]) == _before(day, lang)
