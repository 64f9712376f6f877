"""label-*: pages and illustrations name LinkedIn's settings exactly as the glossary does.

A reader looks for the words the guide quotes on their screen, so « Paramètres et
confidentialité » where LinkedIn says « Préférences et confidentialité » sends them looking
for nothing. Every quoted (« … », "…", “…”) or bold text of every page is compared with the
glossary: equal to a label (of any language) or a listed variant is fine, a quote that is
*close* to one is an error, anything else is not a label and is left alone. "Close" is kept
narrow so that ordinary quotes never trip it: a difference of case or accents only, one word
in a label of four words or more, one word with the letters nearly equal, the first words of
a label cut short, or a wording the glossary lists under ``avoid``.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sitetools.kernel.model import Check, Finding
from sitetools.languages import Language
from sitetools.prose import Text
from sitetools.translations.glossary import Glossary, Label

QUOTES = (re.compile(r"«([^«»]*)»"), re.compile(r'"([^"]*)"'), re.compile(r"“([^“”]*)”"))
ELLIPSES = ("…", "...")
# Letters nearly equal (a typo, a dropped accent) as difflib measures it.
NEAR_RATIO = 0.9
# A one-word change in a short label is another label ("protection des données"): only
# labels of this many words or more are compared word by word.
MIN_WORDS_FOR_ONE_WORD_CHANGE = 4
MIN_WORDS_FOR_TRUNCATION = 3
TRAILING = ".,;:"


def normalise(text: str) -> str:
    """One space between words (no-break spaces included) and straight apostrophes."""
    return " ".join(text.replace("\u2019", "'").split())


def fold(text: str) -> str:
    """Case and accents ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Quote:
    """A quoted or bold text; ``excerpt`` when it opens or closes with an ellipsis."""

    line: int
    text: str
    excerpt: bool


def _quote(line: int, raw: str) -> Quote | None:
    text = normalise(raw).strip(" '\"“”")
    excerpt = text.startswith(ELLIPSES) or text.endswith(ELLIPSES)
    for mark in ELLIPSES:
        text = text.removeprefix(mark).removesuffix(mark).strip()
    return Quote(line, text, excerpt) if text else None


def quotes(texts: Iterable[Text]) -> list[Quote]:
    """Every quoted or bold text of a page, once per line."""
    found: dict[tuple[int, str], Quote] = {}
    for text in texts:
        if text.strong:
            raws = [text.text.strip(TRAILING + " ")]
        else:
            raws = [m.group(1) for pattern in QUOTES for m in pattern.finditer(text.text)]
        for raw in raws:
            quote = _quote(text.line, raw)
            if quote is not None:
                found.setdefault((quote.line, quote.text), quote)
    return list(found.values())


def _word_distance(a: Sequence[str], b: Sequence[str]) -> int:
    """Words inserted, deleted or replaced to turn ``a`` into ``b``."""
    previous = list(range(len(b) + 1))
    for i, word in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != other))
            )
        previous = current
    return previous[-1]


def _closeness(quote: Quote, label: str) -> str | None:
    """Why ``quote`` looks like a mistaken ``label``; None if it does not."""
    text = quote.text
    if text == label or (quote.excerpt and text in label):
        return None
    ours, theirs = fold(text).split(), fold(label).split()
    if quote.excerpt:
        windows = [theirs[i : i + len(ours)] for i in range(len(theirs) - len(ours) + 1)]
        if len(ours) >= MIN_WORDS_FOR_TRUNCATION and any(
            _word_distance(ours, w) <= 1 for w in windows
        ):
            return "differs from part of"
        return None
    if ours == theirs:
        return "differs in case or accents from"
    if abs(len(ours) - len(theirs)) <= 1 and _word_distance(ours, theirs) == 1:
        near = difflib.SequenceMatcher(a=" ".join(ours), b=" ".join(theirs)).ratio() >= NEAR_RATIO
        if len(theirs) >= MIN_WORDS_FOR_ONE_WORD_CHANGE or near:
            return "differs by one word from"
    if (
        len(theirs) >= MIN_WORDS_FOR_TRUNCATION
        and 2 * len(ours) >= len(theirs) > len(ours)
        and theirs[: len(ours)] == ours
    ):
        return "cuts short"
    return None


@dataclass(frozen=True)
class Verdict:
    """What a quote is: ``used`` the label it quotes exactly, ``problem`` a finding message."""

    used: Label | None = None
    problem: str | None = None


def judge(quote: Quote, lang: str, glossary: Glossary, locales: Mapping[str, Language]) -> Verdict:
    """Compare one quote with every label of every language (``locales``: the site's table,
    which says how each language quotes)."""
    for label in glossary.labels:
        if any(quote.text == text for text in label.accepted(lang)):
            return Verdict(used=label)
        if any(quote.text == text for other in locales for text in label.accepted(other)):
            return Verdict()
        if quote.excerpt and any(quote.text in t for o in locales for t in label.accepted(o)):
            return Verdict()
    for label in glossary.labels:
        wanted = label.text.get(lang) or next(t for t in label.text.values() if t)
        if any(fold(quote.text) == fold(bad) for bads in label.avoid.values() for bad in bads):
            return Verdict(
                problem=f"not LinkedIn's label ({label.key}): write {locales[lang].quoted(wanted)}"
            )
        for other in dict.fromkeys((lang, *locales)):
            for text in label.accepted(other):
                why = _closeness(quote, text)
                if why:
                    write = locales[other].quoted(text)
                    return Verdict(problem=f"{why} LinkedIn's label ({label.key}): write {write}")
    return Verdict()


def check_page(
    file: str, lang: str, texts: Iterable[Text], glossary: Glossary, locales: Mapping[str, Language]
) -> tuple[list[Finding], set[str]]:
    """label-mismatch errors of one page, and the keys of the labels it quotes exactly."""
    findings: list[Finding] = []
    used: set[str] = set()
    for quote in quotes(texts):
        verdict = judge(quote, lang, glossary, locales)
        if verdict.used is not None:
            used.add(verdict.used.key)
        if verdict.problem is not None:
            findings.append(
                Finding(
                    Check.LABEL_MISMATCH, "error", file, quote.line, quote.text, verdict.problem
                )
            )
    return findings, used


def unused(file: str, language: Language, used: set[str], glossary: Glossary) -> list[Finding]:
    """label-unused warnings: labels of this language that its guide never quotes."""
    lang = language.locale
    return [
        Finding(
            Check.LABEL_UNUSED,
            "warning",
            file,
            None,
            label.key,
            f"the guide never quotes LinkedIn's label {language.quoted(text)} ({label.key})",
        )
        for label in glossary.labels
        if (text := label.text.get(lang)) and label.key not in used
    ]


def _key_lines(path: Path) -> dict[str, int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {
        line.split(":", 1)[0]: number
        for number, line in enumerate(lines, 1)
        if re.match(r"[A-Za-z_][\w-]*:", line)
    }


def check_illustration(
    path: Path, file: str, lang: str, drawn: dict[str, str | None], glossary: Glossary
) -> Iterator[Finding]:
    """label-illustration errors: a label file of the illustrations that disagrees."""
    lines = _key_lines(path)
    for label in glossary.labels:
        if label.key in drawn and drawn[label.key] != label.text.get(lang):
            expected = label.text.get(lang)
            yield Finding(
                Check.LABEL_ILLUSTRATION,
                "error",
                file,
                lines.get(label.key),
                label.key,
                f"draws {drawn[label.key]!r} where the glossary has {expected!r}",
            )
