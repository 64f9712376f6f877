"""Drawing the share kit from the repository's sources, in memory, for the tests."""

from __future__ import annotations

from dataclasses import dataclass

from helpers import ROOT, SITE_URL

from sitetools.share_kit import kit
from sitetools.share_kit.inputs import Inputs
from sitetools.share_kit.site import language_url
from sitetools.share_kit.words import Words

LOCALES = ("fr", "en")


@dataclass(frozen=True)
class Drawn:
    """A kit drawn in memory: its inputs, words, post and files by asset."""

    inputs: Inputs
    words: Words
    post: str
    files: dict[str, bytes]

    def asset(self, name: str) -> bytes:
        return self.files[self.words.files[name]]


def inputs_of(lang: str) -> Inputs:
    guide = language_url(SITE_URL, lang, "fr", "opt-out/")
    return kit.gather(ROOT, ROOT / "docs", lang, SITE_URL, guide)


def draw(inputs: Inputs) -> Drawn:
    words, post, files = kit.draw(inputs)
    return Drawn(inputs, words, post, files)
