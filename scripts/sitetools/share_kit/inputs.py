"""What one language's kit is drawn from, gathered once, hashed for the cache.

Everything that can change an asset is here, and nothing else: the words file, the glossary's
labels, the review date, the site's and the guide's addresses, the illustrations' bytes. The
cache key (:func:`Inputs.key`) hashes all of it with the code and the fonts that draw it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml
from babel.dates import format_date

from sitetools.kernel import yaml_data

WORDS_FILE = Path("data") / "share-kit.yml"
GLOSSARY_FILE = Path("glossary") / "ui-labels.yml"
SCREENS = Path("assets") / "images" / "screens"


class ShareKitError(ValueError):
    """A kit that cannot be drawn: ``str()`` is one line naming the file (and line)."""


@dataclass(frozen=True)
class Inputs:
    """One language's kit, before drawing."""

    lang: str
    # The language the words are written in: `lang`, or the language they were copied from
    # until translated (``written_in`` in the words file); LinkedIn's labels, the date, the
    # PDF's declared language and the typography follow it.
    written_in: str
    date_locale: str  # Babel's, from data/languages.yml
    french_typography: bool  # from data/languages.yml: French spaces in the words
    labels: dict[str, str | None]
    reviewed: dt.date
    site_url: str
    guide_url: str
    # The illustrations of docs/<lang>/assets/images/screens/, by file name.
    screens: Path
    words_text: str = field(repr=False)

    @cached_property  # Babel takes 2 ms a call, and every text of the kit may show the date
    def date_text(self) -> str:
        """The review date spelled out in this language ("4 décembre 2026")."""
        return format_date(self.reviewed, format="long", locale=self.date_locale)

    @property
    def site_address(self) -> str:
        """The site's address as printed: no scheme, no trailing slash."""
        return self.site_url.split("://", 1)[-1].rstrip("/")

    def screen(self, name: str) -> Path:
        """The light version of an illustration (``desktop-genai-off`` → its file)."""
        return self.screens / f"{name}-light.webp"

    def own_words(self) -> str:
        """This language's section of the words file, canonical: another language's edits
        (or a language added by scripts/add_language.py) leave this kit's key as it was."""
        try:
            data = yaml_data.safe_load(self.words_text)
        except yaml.YAMLError:
            return self.words_text  # the kit cannot be drawn; load_words names the fault
        if not isinstance(data, dict) or self.lang not in data:
            return self.words_text
        return json.dumps(data[self.lang], sort_keys=True, ensure_ascii=False, default=str)

    def key(self, code: bytes) -> str:
        """SHA-256 of everything that makes this language's kit, with the drawing `code`."""
        digest = hashlib.sha256(code)
        parts = [
            self.lang,
            self.written_in,
            self.date_locale,
            str(self.french_typography),
            self.reviewed.isoformat(),
            self.site_url,
            self.guide_url,
            self.own_words(),
            *(f"{key}={value}" for key, value in sorted(self.labels.items())),
        ]
        for part in parts:
            data = part.encode()
            digest.update(len(data).to_bytes(8, "big") + data)
        for path in sorted(self.screens.glob("*-light.webp")):
            digest.update(path.name.encode() + path.read_bytes())
        return digest.hexdigest()
