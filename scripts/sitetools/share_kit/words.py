"""The kit's words in one language, read from ``data/share-kit.yml`` with every placeholder
filled: ``{label:KEY}`` by LinkedIn's label in that language (``glossary/ui-labels.yml``),
``{date}``, ``{reviewed}``, ``{guide}`` and ``{site}`` by the inputs. French text gets the
spaces the pages' typography rule asks for (no-break inside « », before : ; ! ?).

Labels are never copied into the words file, so that the glossary stays the one place to
change a label, and a label the glossary says was not seen in a language stops the build
instead of being invented.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from sitetools.kernel import yaml_data
from sitetools.rules.typography import french_spacing
from sitetools.share_kit.inputs import WORDS_FILE, Inputs, ShareKitError

PLACEHOLDER = re.compile(r"\{(label:)?([a-z_]+)\}")
ASSETS = ("carousel", "square", "story")
PAGE_WORDS = (*ASSETS, "size", "alt", "copy", "copied")


@dataclass(frozen=True)
class Slide:
    """One page of the carousel: a heading, paragraphs, an illustration or a QR code."""

    heading: str
    body: tuple[str, ...]
    image: str | None = None
    qr: bool = False


@dataclass(frozen=True)
class Panel:
    """The words of a single image: a heading and one paragraph."""

    heading: str
    body: str


@dataclass(frozen=True)
class Words:
    """Everything the kit says in one language, placeholders filled."""

    lang: str
    title: str
    reviewed: str
    post: str
    slides: tuple[Slide, ...]
    square: Panel
    story: Panel
    alt: dict[str, str]
    files: dict[str, str]
    # The Share page's words around the assets, placeholders left for the page to fill.
    page: dict[str, str]


def fill(text: str, inputs: Inputs, where: str, extra: Mapping[str, str] | None = None) -> str:
    """`text` with its placeholders replaced; an unknown one or a missing label is an error.

    `extra` adds placeholders of the caller's (the Share page's sizes and page counts).
    """
    values = {
        "date": inputs.date_text,
        "guide": inputs.guide_url,
        "site": inputs.site_address,
        **(extra or {}),
    }

    def replace(match: re.Match[str]) -> str:
        is_label, name = match.group(1), match.group(2)
        if is_label:
            if name not in inputs.labels:
                raise ShareKitError(f"{where}: no label '{name}' in the glossary")
            label = inputs.labels[name]
            if label is None:
                raise ShareKitError(
                    f"{where}: the glossary has no '{inputs.written_in}' label for '{name}'"
                    " (not seen)"
                )
            return label
        if name not in values:
            raise ShareKitError(f"{where}: unknown placeholder {{{name}}}")
        return values[name]

    filled = PLACEHOLDER.sub(replace, text)
    return french_spacing(filled) if inputs.french_typography else filled


def _post(value: Any, where: str) -> str:
    """The post from its paragraphs: each a text, or a list of lines kept as lines (steps)."""
    if not isinstance(value, list) or not value:
        raise ShareKitError(f"{where}: expected a list of paragraphs")
    paragraphs = []
    for item in value:
        lines = item if isinstance(item, list) else [item]
        if not lines or not all(isinstance(line, str) and line.strip() for line in lines):
            raise ShareKitError(f"{where}: a paragraph is a text or a list of lines")
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _text(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ShareKitError(f"{where}.{key}: expected some text")
    return value


def load_words(text: str, inputs: Inputs) -> Words:
    """The words of `inputs.lang` from the words file's `text`."""
    shown = WORDS_FILE.as_posix()
    try:
        data = yaml_data.safe_load(text)
    except yaml.YAMLError as error:
        raise ShareKitError(f"{shown}: invalid YAML: {' '.join(str(error).split())}") from None
    lang = inputs.lang
    if not isinstance(data, dict) or not isinstance(data.get(lang), dict):
        raise ShareKitError(f"{shown}: no '{lang}' section")
    section: dict[str, Any] = data[lang]
    where = f"{shown}: {lang}"
    reviewed = fill(_text(section, "reviewed", where), inputs, f"{where}.reviewed")

    def filled(value: str, at: str) -> str:
        return fill(value.replace("{reviewed}", reviewed), inputs, at)

    slides = []
    for number, slide in enumerate(section.get("slides") or [], start=1):
        at = f"{where}.slides[{number}]"
        if not isinstance(slide, dict) or not isinstance(slide.get("body"), list):
            raise ShareKitError(f"{at}: expected a heading and a list of paragraphs")
        slides.append(
            Slide(
                heading=filled(_text(slide, "heading", at), f"{at}.heading"),
                body=tuple(filled(str(p), f"{at}.body") for p in slide["body"]),
                image=str(slide["image"]) if slide.get("image") else None,
                qr=bool(slide.get("qr")),
            )
        )
    panels = {}
    for name in ("square", "story"):
        panel = section.get(name)
        at = f"{where}.{name}"
        if not isinstance(panel, dict):
            raise ShareKitError(f"{at}: expected a heading and a body")
        panels[name] = Panel(
            filled(_text(panel, "heading", at), f"{at}.heading"),
            filled(_text(panel, "body", at), f"{at}.body"),
        )
    alt = section.get("alt") or {}
    files = section.get("files") or {}
    for name in ("square", "story"):
        if not isinstance(alt.get(name), str):
            raise ShareKitError(f"{where}.alt.{name}: expected the image's alt text")
    for name in ASSETS:
        if not isinstance(files.get(name), str) or "/" in files[name]:
            raise ShareKitError(f"{where}.files.{name}: expected a file name")
    page = section.get("page") or {}
    for name in PAGE_WORDS:
        if not isinstance(page.get(name), str):
            raise ShareKitError(f"{where}.page.{name}: expected some text")
    return Words(
        lang=lang,
        title=filled(_text(section, "title", where), f"{where}.title"),
        reviewed=reviewed,
        post=filled(_post(section.get("post"), f"{where}.post"), f"{where}.post"),
        slides=tuple(slides),
        square=panels["square"],
        story=panels["story"],
        alt={name: filled(alt[name], f"{where}.alt.{name}") for name in ("square", "story")},
        files={name: str(files[name]) for name in ASSETS},
        page={name: str(page[name]) for name in PAGE_WORDS},
    )
