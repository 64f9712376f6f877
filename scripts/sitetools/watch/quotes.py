"""What the site quotes from each source, and whether a source's text still shows it.

Two kinds of quotes, decided so that a report is never a false alarm:

- LinkedIn's interface labels of ``glossary/ui-labels.yml``, each said to be seen in the
  sources of its ``sources`` list (``S4`` is the Sources entry ``s4``): checked in those
  sources, the label or any of its variants counting; a label not found is reported even at
  a source's first check, since the glossary says the source shows it. For an entry with
  several links only the "seen before" rule below applies: the glossary does not say which
  link shows the label.
- Quotations of the pages (« … » or "…" right before a footnote to the source): reported
  only when the words were in the last snapshot and are gone, since a page may quote a
  translation or one of several sources.

Sources read through a copy (the Sources page says so) have no quotes checked at all.
Comparison ignores case, accents' encoding (NFC), apostrophe and quote styles, spacing and
Markdown emphasis; "…" splits a quotation into parts that must each be found.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml

from sitetools.kernel import yaml_data
from sitetools.kernel.model import InputError
from sitetools.watch.model import Quote

_PUNCTUATION = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2011": "-",
        "*": None,
        "`": None,
    }
)
_ELLIPSIS = re.compile(r"…|\.\.\.")


def comparable(text: str) -> str:
    """Text as quotes are compared: NFC, one apostrophe, one space, no case."""
    text = unicodedata.normalize("NFC", text).translate(_PUNCTUATION)
    return " ".join(text.split()).casefold()


def found_in(quote: Quote, text: str) -> bool:
    """Whether any of the quote's wordings is in ``text`` (each part around "…" in turn)."""
    haystack = comparable(text)
    for wording in quote.texts:
        parts = [p.strip(" .,;:") for p in _ELLIPSIS.split(comparable(wording))]
        parts = [p for p in parts if p]
        if parts and all(part in haystack for part in parts):
            return True
    return False


def missing(quotes: tuple[Quote, ...], text: str, previous: str | None) -> tuple[Quote, ...]:
    """Quotes to report: absent now, and either seen in the last snapshot or curated and
    checked for the first time."""
    return tuple(
        quote
        for quote in quotes
        if not found_in(quote, text)
        and (
            (previous is not None and found_in(quote, previous))
            or (previous is None and quote.curated)
        )
    )


def _label_lines(text: str) -> dict[str, int]:
    """The line of each ``labels:`` key, for messages."""
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = re.match(r"^  ([A-Za-z0-9_]+):\s*$", line)
        if match:
            lines.setdefault(match.group(1), number)
    return lines


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(item) for item in value if isinstance(item, str))
    return ()


def glossary_quotes(path: Path, shown: str) -> dict[str, list[Quote]]:
    """Entry id (``s4``) -> the labels the glossary says that source shows."""
    if not path.is_file():
        return {}
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml_data.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise InputError(f"{shown}: cannot read: {' '.join(str(error).split())}") from error
    labels = data.get("labels") if isinstance(data, dict) else None
    if not isinstance(labels, dict):
        raise InputError(f"{shown}: expected a mapping with 'labels'")
    lines = _label_lines(text)
    quotes: dict[str, list[Quote]] = defaultdict(list)
    for key, entry in labels.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("sources"), dict):
            continue
        found = entry.get("variants")
        variants: dict[str, object] = found if isinstance(found, dict) else {}
        for lang, names in entry["sources"].items():
            wordings = _strings(entry.get(lang)) + _strings(variants.get(lang))
            wordings = tuple(" ".join(w.split()) for w in wordings)
            if not wordings:
                continue
            origin = f"{shown}:{lines.get(str(key), 1)}: {key} ({lang})"
            for name in _strings(names):
                quotes[name.strip().lower()].append(Quote(wordings, origin, curated=True))
    return quotes
