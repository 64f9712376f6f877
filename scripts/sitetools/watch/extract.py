"""The main text of a fetched page: trafilatura for HTML, pypdf for PDF.

trafilatura (well kept, used by archives and research corpora) drops navigation, headers,
footers and sidebars; when it finds no main text (a very short page), its baseline extractor
(article, JSON-LD, paragraphs) is tried. A PDF is compared by its text; one without any text
(a scan) by the hash of its bytes, written as a line of text so that it diffs like the rest.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import logging
import re

import trafilatura
from pypdf import PdfReader
from pypdf.errors import PyPdfError

PDF_MAGIC = b"%PDF-"
CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)

# Both libraries log every oddity of the pages they read; a report must stay readable.
for _name in ("trafilatura", "htmldate", "pypdf", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def is_pdf(body: bytes, content_type: str) -> bool:
    """By the type the server gave, or by the bytes when it says nothing useful."""
    return "application/pdf" in content_type.lower() or body.lstrip()[:5] == PDF_MAGIC


def decoded(body: bytes, content_type: str) -> str | bytes:
    """The page as text when the server names a known charset; else the bytes, whose
    encoding trafilatura guesses (from ``<meta charset>`` or the bytes themselves)."""
    match = CHARSET.search(content_type)
    if match:
        try:
            return body.decode(codecs.lookup(match.group(1)).name, errors="replace")
        except LookupError:
            pass
    return body


def html_text(body: bytes, content_type: str = "") -> str:
    """The main text of an HTML page, paragraphs on their own lines."""
    page = decoded(body, content_type)
    text = trafilatura.extract(
        page,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    if not text:
        _, text, _ = trafilatura.baseline(page)
    return text or ""


def pdf_text(body: bytes) -> str:
    """The text of every page of a PDF, or a line naming its hash when it has none."""
    try:
        reader = PdfReader(io.BytesIO(body))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        text = ""
    if text.strip():
        return text
    return f"[PDF without extractable text, SHA-256 {hashlib.sha256(body).hexdigest()}]"


def plain_text(body: bytes) -> str:
    """A text/plain answer as it is."""
    return body.decode("utf-8", errors="replace")


def main_text(body: bytes, content_type: str) -> str:
    """The main text of a page, whatever its type."""
    if is_pdf(body, content_type):
        return pdf_text(body)
    if content_type.lower().startswith("text/plain"):
        return plain_text(body)
    return html_text(body, content_type)
