"""The kit follows its sources: a glossary label, the language, a bad words file."""

from __future__ import annotations

import dataclasses

import pytest
from kit_text import flat, pdf_text
from share_kit_support import Drawn, draw

from sitetools.share_kit.inputs import ShareKitError
from sitetools.share_kit.kit import Kit, build_kit
from sitetools.share_kit.words import ASSETS

NEW_LABEL = "Données pour l'amélioration de l'IA (libellé de test)"


def test_changing_a_glossary_label_changes_every_asset(drawn: Drawn) -> None:
    labels = {**drawn.inputs.labels, "genai_setting": NEW_LABEL}
    changed = draw(dataclasses.replace(drawn.inputs, labels=labels))
    old = drawn.inputs.labels["genai_setting"]
    assert old
    for asset in ASSETS:
        assert changed.asset(asset) != drawn.asset(asset), asset
    assert NEW_LABEL in changed.post and old not in changed.post
    text = pdf_text(changed.asset("carousel"))
    assert flat(NEW_LABEL) in text and flat(old) not in text
    assert NEW_LABEL in changed.words.alt["square"]


def test_french_and_english_assets_differ(both: dict[str, Drawn]) -> None:
    fr, en = both["fr"], both["en"]
    for asset in ASSETS:
        assert fr.asset(asset) != en.asset(asset), asset
    assert set(fr.files).isdisjoint(en.files)  # no file name shared: one never replaces the other
    assert fr.post != en.post


def test_a_label_not_seen_in_a_language_stops_the_kit_naming_it(drawn: Drawn) -> None:
    labels = {**drawn.inputs.labels, "genai_setting": None}
    with pytest.raises(ShareKitError, match=r"data/share-kit\.yml: .*genai_setting.*not seen"):
        draw(dataclasses.replace(drawn.inputs, labels=labels))


def test_an_unknown_placeholder_stops_the_kit_naming_where(drawn: Drawn) -> None:
    lang = drawn.inputs.lang
    text = drawn.inputs.words_text
    section = text.index(f"\n{lang}:")  # after the header comment, which names {guide} too
    words = text[:section] + text[section:].replace("{guide}", "{guidee}", 1)
    with pytest.raises(ShareKitError, match=rf"data/share-kit\.yml: {lang}.*\{{guidee\}}"):
        draw(dataclasses.replace(drawn.inputs, words_text=words))


def test_a_kept_kit_is_reused_and_a_changed_one_is_drawn_anew(drawn: Drawn, tmp_path) -> None:
    first = build_kit(drawn.inputs, tmp_path)
    assert_files(first, drawn)
    again = build_kit(drawn.inputs, tmp_path)
    assert again.folder == first.folder
    labels = {**drawn.inputs.labels, "genai_setting": NEW_LABEL}
    changed = build_kit(dataclasses.replace(drawn.inputs, labels=labels), tmp_path)
    assert changed.folder != first.folder
    assert changed.path("square").read_bytes() != first.path("square").read_bytes()


def assert_files(kit: Kit, drawn: Drawn) -> None:
    for asset in ASSETS:
        assert kit.path(asset).read_bytes() == drawn.asset(asset), asset


def test_words_that_do_not_fit_an_image_stop_the_kit_naming_it(drawn: Drawn) -> None:
    lang = drawn.inputs.lang
    text = drawn.inputs.words_text
    section = text.index(f"\n{lang}:")
    square = text.index("  square:\n", section)
    body = text.index("    body:", square)
    long_body = "    body: >-\n" + "      " + "mot " * 200 + "\n"
    end = text.index("\n  story:", body)
    words = text[:body] + long_body + text[end + 1 :]
    with pytest.raises(ShareKitError, match=rf"data/share-kit\.yml: {lang}\.square: too much text"):
        draw(dataclasses.replace(drawn.inputs, words_text=words))
