"""A new site language in one command: its pages, its configuration and its strings, copied.

``scripts/add_language.py de --name Deutsch --from en`` copies ``docs/en/`` to ``docs/de/``,
adds ``de`` to mkdocs-static-i18n's languages in ``mkdocs.yml`` (the ``en`` entry's overrides,
with its own name and theme language), to ``data/languages.yml`` (the ``en`` strings and
quotes, Babel's locales for ``de`` as date, Open Graph and hunspell locales, French typography
for French only, lunr's German stemmer when Material ships one), to every entry of
``data/updates.yml``, to the share kit's words (``data/share-kit.yml``, marked
``written_in: en``) and to each label of ``glossary/ui-labels.yml`` (the English wording the
copied pages quote, until the German one is seen); then it draws the German share kit into
``share-kit/de/`` (:mod:`sitetools.share_kit.cli`). Everything stays in the ``--from``
language until translated; each copied page is marked ``untranslated: true``
(:mod:`sitetools.rules.front_matter`), so that readers see the freshness note saying it may be
behind the default language's version. Files are edited as text, so that their comments stay;
nothing is written when an input is wrong (exit 2, one line).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

import material
from babel import Locale, UnknownLocaleError
from babel.core import get_global

from sitetools.languages import TABLE, LanguagesError, load
from sitetools.rules.front_matter import mark_untranslated
from sitetools.share_kit.cli import main as draw_share_kits

ROOT = Path(__file__).resolve().parents[2]
LUNR = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "lunr" / "min"
SHARE_KIT = Path("data") / "share-kit.yml"
LOCALE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")


class AddLanguageError(ValueError):
    """An input that cannot be used; the message says which."""


def _block(lines: list[str], start: int, indent: int) -> int:
    """The end (exclusive) of the block that starts at `start`: the next line as little indented."""
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > indent):
        end += 1
    return end


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def add_to_mkdocs(text: str, source: str, locale: str, name: str) -> str:
    """mkdocs.yml with `locale` after `source` in static-i18n's languages, copied from it."""
    lines = text.splitlines(keepends=True)
    head = next((i for i, line in enumerate(lines) if line.strip() == f"- locale: {source}"), None)
    if head is None:
        raise AddLanguageError(f"mkdocs.yml: no language '{source}' under the i18n plugin")
    indent = _indent(lines[head])
    end = _block(lines, head, indent)
    block = [line for line in lines[head:end] if line.strip() != "default: true"]
    block[0] = block[0].replace(f"locale: {source}", f"locale: {locale}")
    name_key = " " * (indent + 2) + "name:"
    block = [f"{name_key} {name}\n" if line.startswith(name_key) else line for line in block]
    if any(line.strip() == f"language: {source}" for line in block):
        block = [line.replace(f"language: {source}", f"language: {locale}") for line in block]
    else:
        pad = " " * (indent + 2)
        block.append(f"{pad}theme:\n{pad}  language: {locale}\n")
    return "".join(lines[:end] + block + lines[end:])


def _language_section(lines: list[str], source: str, file: Path) -> tuple[int, int]:
    """Where the top-level `source:` section of a per-language file starts and ends (blank
    lines after it left out)."""
    head = next((i for i, line in enumerate(lines) if line.rstrip() == f"{source}:"), None)
    if head is None:
        raise AddLanguageError(f"{file.as_posix()}: no language '{source}'")
    end = _block(lines, head, 0)
    while end > head and not lines[end - 1].strip():
        end -= 1
    return head, end


def add_to_table(text: str, source: str, locale: str) -> str:
    """data/languages.yml with a `locale` row: `source`'s strings, `locale`'s own locales."""
    lines = text.splitlines(keepends=True)
    head, end = _language_section(lines, source, TABLE)
    try:  # 'de' -> 'de_DE' (Babel's likely subtags), 'pt_BR' stays
        full = Locale.parse(get_global("likely_subtags").get(locale, locale))
    except (UnknownLocaleError, ValueError):
        raise AddLanguageError(f"'{locale}' is not a locale Babel knows") from None
    babel = f"{full.language}_{full.territory}" if full.territory else full.language
    stemmer = locale if (LUNR / f"lunr.{locale}.min.js").is_file() else "en"
    values = {
        "date_locale": babel,
        "og_locale": babel,
        "search_lang": stemmer,
        "hunspell": babel,
        "french_typography": "true" if full.language == "fr" else "false",
    }
    row = [f"{locale}:\n"]
    skipping = False
    for line in lines[head + 1 : end]:
        key = line.strip().split(":")[0]
        if _indent(line) == 2 and key in values:
            row.append(f"  {key}: {values[key]}\n")
        elif _indent(line) == 2 and key == "theme_fixes":
            row.append("  theme_fixes: {}\n")
            skipping = True
            continue
        elif (skipping and _indent(line) > 2) or line.lstrip().startswith("#"):
            continue
        else:
            row.append(line)
        skipping = False
    return "".join(lines) + ("" if text.endswith("\n") else "\n") + "".join(row)


def add_to_updates(text: str, source: str, locale: str) -> str:
    """data/updates.yml with each entry's `source` text copied as `locale`'s."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        out.append(line)
        if line.rstrip() == f"  {source}:":
            end = _block(lines, index, 2)
            out += lines[index + 1 : end]
            out.append(f"  {locale}:\n")
            out += lines[index + 1 : end]
            index = end
            continue
        index += 1
    return "".join(out)


def add_to_share_kit(text: str, source: str, locale: str) -> str:
    """data/share-kit.yml with `source`'s words copied as `locale`'s, marked ``written_in`` the
    language they are in (the kit then quotes LinkedIn's labels in it) until translated."""
    lines = text.splitlines(keepends=True)
    head, end = _language_section(lines, source, SHARE_KIT)
    body = lines[head + 1 : end]
    if not any(line.startswith("  written_in:") for line in body):
        body = [f"  written_in: {source}\n", *body]
    return "".join(lines) + ("" if text.endswith("\n") else "\n") + f"\n{locale}:\n" + "".join(body)


def add_to_labels(text: str, source: str, locale: str) -> str:
    """glossary/ui-labels.yml with each label's `source` wording copied as `locale`'s, as the
    copied pages quote it: to be replaced by the wording seen in a source, or null."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    index = 0
    while index < len(lines):
        if lines[index].startswith(f"    {source}:"):
            end = _block(lines, index, 4)
            copied = [lines[index].replace(source, locale, 1), *lines[index + 1 : end]]
            out += [*lines[index:end], *copied]
            index = end
            continue
        out.append(lines[index])
        index += 1
    return "".join(out)


def add_language(root: Path, locale: str, name: str, source: str) -> None:
    """Every change, checked first, then written."""
    if not LOCALE.fullmatch(locale):
        raise AddLanguageError(f"'{locale}' is not a language code such as 'de' or 'pt_BR'")
    try:
        table = load(root)
    except LanguagesError as error:
        raise AddLanguageError(str(error)) from None
    if locale in table:
        raise AddLanguageError(f"{TABLE}: '{locale}' is already a language of the site")
    docs = root / "docs"
    if not (docs / source).is_dir() or (docs / locale).exists():
        raise AddLanguageError(f"docs/{source}/ must exist and docs/{locale}/ must not")
    config, table_path, updates = root / "mkdocs.yml", root / TABLE, root / "data" / "updates.yml"
    new_config = add_to_mkdocs(config.read_text(encoding="utf-8"), source, locale, name)
    new_table = add_to_table(table_path.read_text(encoding="utf-8"), source, locale)
    new_updates = add_to_updates(updates.read_text(encoding="utf-8"), source, locale)
    share_kit = root / SHARE_KIT
    new_share_kit = (
        add_to_share_kit(share_kit.read_text(encoding="utf-8"), source, locale)
        if share_kit.is_file()
        else None
    )
    labels = root / "glossary" / "ui-labels.yml"
    new_labels = add_to_labels(labels.read_text(encoding="utf-8"), source, locale)
    shutil.copytree(docs / source, docs / locale)
    for page in (docs / locale).rglob("*.md"):
        page.write_text(mark_untranslated(page.read_text(encoding="utf-8")), encoding="utf-8")
    labels.write_text(new_labels, encoding="utf-8")
    config.write_text(new_config, encoding="utf-8")
    table_path.write_text(new_table, encoding="utf-8")
    updates.write_text(new_updates, encoding="utf-8")
    if new_share_kit is not None:
        share_kit.write_text(new_share_kit, encoding="utf-8")


def main(argv: Sequence[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(prog="add_language.py", description=__doc__.split("\n")[0])
    parser.add_argument("locale", help="the new language's code, as in docs/<locale>/ (de, pt_BR)")
    parser.add_argument("--name", required=True, help="its name in the language switcher")
    parser.add_argument("--from", dest="source", default="en", help="the language copied (en)")
    options = parser.parse_args(argv)
    try:
        add_language(root, options.locale, options.name, options.source)
    except AddLanguageError as error:
        print(f"add_language.py: {error}", file=sys.stderr)
        return 2
    status = draw_share_kits(["--config", str(root / "mkdocs.yml")])
    if status:
        return status
    print(
        f"Added {options.locale}: docs/{options.locale}/, mkdocs.yml, {TABLE}, data/updates.yml,"
        f" {SHARE_KIT.as_posix()}, glossary/ui-labels.yml, share-kit/{options.locale}/:"
        " translate them and the labels, then redraw the kit with `make share-kit`"
    )
    return 0
