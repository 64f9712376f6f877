"""The vocabulary every check shares: check ids, findings and the input error."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

Severity = Literal["error", "warning"]


class Check(StrEnum):
    """Check ids: part of the command's interface (json output, annotations)."""

    LINK_PAGE = "link-page"
    LINK_ANCHOR = "link-anchor"
    LINK_EXTERNAL = "link-external"
    IMAGE_MISSING = "image-missing"
    IMAGE_ALT = "image-alt"
    IMAGE_SIZE = "image-size"
    IMAGE_WIDTH = "image-width"
    IMAGE_METADATA = "image-metadata"
    IMAGE_FORMAT = "image-format"
    IMAGE_LANGUAGE = "image-language"
    IMAGE_UNUSED = "image-unused"
    PDF_SIZE = "pdf-size"
    PDF_METADATA = "pdf-metadata"
    PDF_FORMAT = "pdf-format"
    PDF_TITLE = "pdf-title"
    PDF_LANGUAGE = "pdf-language"
    TRANSLATION_MISSING = "translation-missing"
    FOOTNOTE_UNDEFINED = "footnote-undefined"
    # scripts/check_translations.py
    TRANSLATION_HEADINGS = "translation-headings"
    TRANSLATION_FRONT_MATTER = "translation-front-matter"
    TRANSLATION_OUTDATED = "translation-outdated"
    LABEL_MISMATCH = "label-mismatch"
    LABEL_UNUSED = "label-unused"
    LABEL_ILLUSTRATION = "label-illustration"
    # scripts/check_spelling.py
    SPELLING = "spelling"
    # scripts/check_content.py (sitetools.rules); front-matter also from every page reader
    FRONT_MATTER = "front-matter"
    FRENCH_TYPOGRAPHY = "french-typography"
    LABEL_UNQUOTED = "label-unquoted"
    SHARE_KIT_STALE = "share-kit-stale"


@dataclass(frozen=True)
class Finding:
    """One problem, located in a file relative to the config file's directory."""

    check: Check
    severity: Severity
    file: str
    line: int | None
    target: str
    message: str
    column: int | None = None
    # What the text report shows in brackets: an HTTP status, TIMEOUT... (default: severity).
    status: str | None = None

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Reports list findings by file, then position, then check."""
        return (self.file, self.line or 0, self.column or 0, self.check.value, self.target)


class InputError(Exception):
    """A usage, config or unreadable-input error: one line on stderr, exit status 2."""
