"""label-unquoted: a LinkedIn label named in plain text, where the reader cannot spot it.

Pages quote LinkedIn's labels (« … » in French, "…" in English) or set them in bold, so that
the reader knows which words to look for on their screen. The labels are the glossary's
(``glossary/ui-labels.yml``, read by :mod:`sitetools.translations.glossary`), and quoted or
bold text is found as the label check of ``check_translations.py`` finds it
(:mod:`sitetools.translations.labels`). One-word labels ("Me", "Vous") are ordinary words too:
only labels of two words or more are looked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sitetools.kernel.model import Check, Finding
from sitetools.languages import Language
from sitetools.prose import OPENER_TITLE, TAB_TITLE, Text
from sitetools.translations.glossary import Glossary
from sitetools.translations.labels import QUOTES, normalise

RULE = Check.LABEL_UNQUOTED
MIN_WORDS = 2


def _pattern(label: str) -> re.Pattern[str]:
    words = [re.escape(word) for word in label.split()]
    return re.compile(r"(?<![\w'\u2019])" + r"\s+".join(words) + r"(?![\w'\u2019])")


def _plain(texts: Sequence[Text], line: int, text: str) -> str:
    """The text without its quoted spans and without the bold texts of its line."""
    for pattern in QUOTES:
        text = pattern.sub(" ", text)
    for bold in texts:
        if bold.strong and bold.line == line:
            text = text.replace(bold.text, " ", 1)
    return normalise(text)


def _column(lines: Sequence[str], line: int, label: str) -> int | None:
    if not 0 < line <= len(lines):
        return None
    found = _pattern(label).search(lines[line - 1])
    return found.start() + 1 if found else None


def check(
    file: str,
    language: Language,
    source: str,
    texts: Iterable[Text],
    glossary: Glossary,
    body_line: int,
) -> list[Finding]:
    """label-unquoted errors of one page: each label of its language written as plain text."""
    lang = language.locale
    lines = source.splitlines()
    all_texts = list(texts)
    wanted = [
        (label.key, text)
        for label in glossary.labels
        for text in label.accepted(lang)
        if len(text.split()) >= MIN_WORDS
    ]
    findings: list[Finding] = []
    for text in all_texts:
        raw = lines[text.line - 1] if 0 < text.line <= len(lines) else ""
        if text.strong or text.line < body_line or OPENER_TITLE.match(raw) or TAB_TITLE.match(raw):
            continue
        plain = _plain(all_texts, text.line, text.text)
        for key, label in wanted:
            if _pattern(label).search(plain):
                findings.append(
                    Finding(
                        RULE,
                        "error",
                        file,
                        text.line,
                        label,
                        f"LinkedIn's label ({key}) in plain text: write {language.quoted(label)} "
                        "or **bold** so the reader can spot it",
                        column=_column(lines, text.line, label),
                    )
                )
    return findings
