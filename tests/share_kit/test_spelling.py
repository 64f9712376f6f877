"""The kit's words are spelled as the pages' are: hunspell (French and English) and the
project's word list, as scripts/check_spelling.py checks the pages."""

from __future__ import annotations

from helpers import ROOT
from share_kit_support import Drawn

from sitetools.prose import Text
from sitetools.spelling import hunspell
from sitetools.spelling.run import DEFAULT_WORDS, dictionaries
from sitetools.spelling.words import WordList, stem, words


def kit_texts(drawn: Drawn) -> list[str]:
    w = drawn.words
    slides = [text for slide in w.slides for text in (slide.heading, *slide.body)]
    panels = [w.square.heading, w.square.body, w.story.heading, w.story.body]
    return [w.title, w.reviewed, w.post, *slides, *panels, *w.alt.values(), *w.page.values()]


def test_every_word_is_known(drawn: Drawn) -> None:
    listed = WordList((ROOT / DEFAULT_WORDS).read_text("utf-8").splitlines())
    found = [
        word.text
        for word in words(Text(1, text) for text in kit_texts(drawn))
        if word.text not in listed
    ]
    assert found  # the kit has words to check
    bad = hunspell.unknown((stem(word) for word in found), dictionaries(ROOT))
    assert sorted({word for word in found if stem(word) in bad}) == []
