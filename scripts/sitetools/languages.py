"""The per-language table ``data/languages.yml``: the one loader, for the build and the tools.

Every language of the site, the default first, with its date and Open Graph locales, its
search stemmer, its hunspell dictionary, how its pages quote a label, whether the French
typography rule applies to it, fixes to the theme's own text and every interface string of our
templates and plugin. A missing or malformed table, or a language lacking a string that
another one has, is one line naming the file (:class:`LanguagesError`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from sitetools.kernel import yaml_data
from sitetools.kernel.model import InputError

TABLE = Path("data") / "languages.yml"  # relative to mkdocs.yml
FIELDS = (
    "date_locale",
    "og_locale",
    "search_lang",
    "hunspell",
    "quotes",
    "french_typography",
    "theme_fixes",
    "strings",
)


class LanguagesError(ValueError):
    """The table cannot be used; the message names the file and the fault."""


@dataclass(frozen=True)
class Language:
    """One row of the table."""

    locale: str
    date_locale: str
    og_locale: str
    search_lang: str
    hunspell: str
    # What opens and what closes a quoted label ("« ", " »").
    quotes: tuple[str, str]
    french_typography: bool
    theme_fixes: dict[str, str]
    strings: dict[str, str]

    def quoted(self, text: str) -> str:
        """``text`` quoted the way a page of this language quotes a label."""
        return f"{self.quotes[0]}{text}{self.quotes[1]}"


def load(project: Path, expected: list[str] | None = None) -> dict[str, Language]:
    """The table of the project whose ``mkdocs.yml`` is in ``project``, in its order; with
    `expected` (mkdocs.yml's languages, the default first), the same languages or an error."""
    path = project / TABLE
    try:
        data: Any = yaml_data.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise LanguagesError(f"{path}: {error.strerror}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise LanguagesError(f"{where}: not valid YAML ({getattr(error, 'problem', '')})") from None
    if not isinstance(data, dict) or not data:
        raise LanguagesError(f"{path}: expected a mapping of languages")
    table: dict[str, Language] = {}
    for locale, row in data.items():
        if not isinstance(row, dict) or set(row) != set(FIELDS):
            raise LanguagesError(f"{path}: {locale} needs exactly the keys {', '.join(FIELDS)}")
        quotes = row["quotes"]
        if not (isinstance(quotes, list) and len(quotes) == 2 and all(quotes)):
            raise LanguagesError(f"{path}: {locale}: quotes must be [opening, closing]")
        if not isinstance(row["french_typography"], bool):
            raise LanguagesError(f"{path}: {locale}: french_typography must be true or false")
        language = Language(
            str(locale),
            str(row["date_locale"]),
            str(row["og_locale"]),
            str(row["search_lang"]),
            str(row["hunspell"]),
            (str(quotes[0]), str(quotes[1])),
            row["french_typography"],
            dict(row["theme_fixes"] or {}),
            dict(row["strings"] or {}),
        )
        table[language.locale] = language
    # Every language has every string: a language copied from any of them
    # (scripts/add_language.py --from) then has all it needs.
    every_key = {key for language in table.values() for key in language.strings}
    for language in table.values():
        if missing := sorted(every_key - set(language.strings)):
            lacking = ", ".join(missing)
            raise LanguagesError(f"{path}: {language.locale} lacks the strings {lacking}")
    if expected is not None and list(table) != expected:
        raise LanguagesError(
            f"{path}: languages {', '.join(table)} differ from those of mkdocs.yml's i18n "
            f"plugin ({', '.join(expected)}, default first)"
        )
    return table


def for_checker(root: Path) -> dict[str, Language]:
    """The table of the project at ``root`` for a checker, whose input error (exit 2) a bad
    table is."""
    try:
        return load(root)
    except LanguagesError as error:
        raise InputError(str(error)) from None
