"""Link-preview cards drawn once per set of inputs (scripts/sitetools/plugin/card_cache.py)."""

from __future__ import annotations

from pathlib import Path

from sitetools.plugin.card_cache import cached_card

INPUTS = ("Title", "A description.", "Site", "example.org", "fr")


class Pen:
    """A stand-in for brand.card that counts how often it draws."""

    def __init__(self) -> None:
        self.drawn = 0

    def __call__(self) -> bytes:
        self.drawn += 1
        return f"card {self.drawn}".encode()


def test_unchanged_inputs_are_not_redrawn(tmp_path: Path) -> None:
    pen = Pen()
    first = cached_card(tmp_path, INPUTS, pen)
    assert cached_card(tmp_path, INPUTS, pen) == first
    assert pen.drawn == 1


def test_each_changed_input_draws_a_new_card(tmp_path: Path) -> None:
    pen = Pen()
    cached_card(tmp_path, INPUTS, pen)
    for index in range(len(INPUTS)):
        changed = (*INPUTS[:index], INPUTS[index] + "!", *INPUTS[index + 1 :])
        cached_card(tmp_path, changed, pen)
    assert pen.drawn == 1 + len(INPUTS)
    assert len(list(tmp_path.glob("*.png"))) == 1 + len(INPUTS)


def test_inputs_do_not_run_into_each_other(tmp_path: Path) -> None:
    pen = Pen()
    cached_card(tmp_path, ("ab", "c", "Site", "example.org", "fr"), pen)
    cached_card(tmp_path, ("a", "bc", "Site", "example.org", "fr"), pen)
    assert pen.drawn == 2


def test_an_unwritable_cache_still_gives_the_card(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    pen = Pen()
    assert cached_card(blocked / "social", INPUTS, pen) == b"card 1"
    assert cached_card(blocked / "social", INPUTS, pen) == b"card 2"
