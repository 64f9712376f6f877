"""Reading the kit's PDF as a reader's software does (pypdf)."""

from __future__ import annotations

import io

from pypdf import PdfReader

# Spaces a PDF's text may carry where the words file has an ordinary one (French typography).
SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def flat(text: str) -> str:
    """`text` with every run of spaces and line breaks as one space (lines wrap anywhere)."""
    return " ".join(text.translate(SPACES).split())


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def pdf_text(data: bytes) -> str:
    """The extractable text of every page, in page order, flattened."""
    return flat(" ".join(page.extract_text() for page in reader(data).pages))
