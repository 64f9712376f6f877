"""glossary/ui-labels.yml: LinkedIn's interface labels per language, read and validated.

A malformed glossary stops the run with one line naming the file (exit 2): a check against
a wrong list of labels would report nonsense.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sitetools.kernel import yaml_data
from sitetools.kernel.model import InputError

DEFAULT_GLOSSARY = Path("glossary") / "ui-labels.yml"


@dataclass(frozen=True)
class Label:
    """One interface element: its label per language (None: not seen in that language)."""

    key: str
    text: Mapping[str, str | None]
    variants: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    avoid: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def accepted(self, lang: str) -> tuple[str, ...]:
        """What a page in ``lang`` may quote: the label, then the variants seen in sources."""
        label = self.text.get(lang)
        return ((label,) if label else ()) + self.variants.get(lang, ())


@dataclass(frozen=True)
class Glossary:
    """Every label, the guide pages that must use them, and the illustrations' label files."""

    labels: tuple[Label, ...]
    guides: tuple[str, ...] = ()
    illustrations: str | None = None  # a path with "{lang}", relative to the glossary's root


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InputError(f"{where}: expected a list of strings")
    return tuple(" ".join(item.split()) for item in value)


def _per_language(value: Any, where: str, locales: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not set(value) <= set(locales):
        raise InputError(f"{where}: expected a mapping of {', '.join(locales)} to lists")
    return {str(lang): _strings(items, f"{where}.{lang}") for lang, items in value.items()}


def _label(key: str, entry: Any, where: str, locales: tuple[str, ...]) -> Label:
    if not isinstance(entry, dict):
        raise InputError(f"{where}: expected a mapping with {', '.join(locales)}")
    text: dict[str, str | None] = {}
    for lang in locales:
        if lang not in entry:
            raise InputError(f"{where}: no '{lang}' (write null if it was not seen)")
        value = entry[lang]
        if value is not None and not isinstance(value, str):
            raise InputError(f"{where}.{lang}: expected a string or null")
        text[lang] = " ".join(value.split()) if isinstance(value, str) else None
        if value is None and not entry.get("note"):
            raise InputError(f"{where}.{lang}: null needs a 'note' saying what pages do instead")
    return Label(
        key=key,
        text=text,
        variants=_per_language(entry.get("variants"), f"{where}.variants", locales),
        avoid=_per_language(entry.get("avoid"), f"{where}.avoid", locales),
    )


def load_glossary(path: Path, locales: tuple[str, ...], shown: str) -> Glossary:
    """Read and validate the glossary; ``shown`` is its name in messages."""
    try:
        data = yaml_data.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"{shown}: cannot read: {error.strerror or error}") from error
    except yaml.YAMLError as error:
        raise InputError(f"{shown}: invalid YAML: {' '.join(str(error).split())}") from error
    if not isinstance(data, dict) or not isinstance(data.get("labels"), dict):
        raise InputError(f"{shown}: expected a mapping with 'labels'")
    labels = tuple(
        _label(str(key), entry, f"{shown}: labels.{key}", locales)
        for key, entry in data["labels"].items()
    )
    illustrations = data.get("illustrations")
    if illustrations is not None and not isinstance(illustrations, str):
        raise InputError(f"{shown}: 'illustrations' must be a path with {{lang}}")
    return Glossary(
        labels=labels,
        guides=_strings(data.get("guides"), f"{shown}: guides"),
        illustrations=illustrations,
    )
