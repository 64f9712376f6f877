"""The interface labels of one language, read from screenshots/labels.<lang>.yml.

A null label is one facts.md says was not seen in that language: the template draws a grey
bar for it. Every language must list the same keys, so that no drawing silently loses a word.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml

from sitetools.kernel import yaml_data

Labels = Mapping[str, str | None]


class LabelsError(ValueError):
    """A labels file the template cannot use."""


def load_labels(path: Path) -> Labels:
    """The labels of one file: strings, or None where the label was not seen."""
    try:
        data = yaml_data.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise LabelsError(f"{path}: {error}") from error
    if not isinstance(data, dict):
        raise LabelsError(f"{path}: expected a mapping of label names to strings")
    labels: dict[str, str | None] = {}
    for key, value in data.items():
        if value is not None and not isinstance(value, str):
            raise LabelsError(f"{path}: {key}: expected a string or null, got {value!r}")
        labels[str(key)] = " ".join(value.split()) if isinstance(value, str) else None
    if labels.get("lang") != path.name.split(".")[-2]:
        raise LabelsError(f"{path}: 'lang' must match the file name")
    return labels


def load_all(source_dir: Path, languages: tuple[str, ...]) -> dict[str, Labels]:
    """The labels of every language, after checking that they name the same things."""
    every = {lang: load_labels(source_dir / f"labels.{lang}.yml") for lang in languages}
    keys = {lang: set(labels) for lang, labels in every.items()}
    first = languages[0]
    for lang in languages[1:]:
        if keys[lang] != keys[first]:
            missing = sorted(keys[first] ^ keys[lang])
            raise LabelsError(f"labels.{lang}.yml and labels.{first}.yml differ in: {missing}")
    return every
