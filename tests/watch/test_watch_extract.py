"""Main text of what servers really send: declared charsets, non-HTML bodies, PDF."""

from __future__ import annotations

import os

from watch_pages import pdf

from sitetools.watch.extract import main_text


def test_the_declared_charset_is_honoured():
    body = "<html><body><p>Déjà vu, un été à Nîmes.</p></body></html>".encode("latin-1")
    assert main_text(body, "text/html; charset=iso-8859-1") == "Déjà vu, un été à Nîmes."


def test_an_unknown_charset_falls_back_to_detection():
    body = "<html><body><p>Déjà vu.</p></body></html>".encode()
    assert main_text(body, "text/html; charset=no-such-codec") == "Déjà vu."


def test_bodies_that_are_not_pages_give_no_text_and_no_error():
    assert main_text(os.urandom(2000), "image/png") == ""
    assert main_text(b"", "text/html") == ""


def test_a_pdf_without_text_is_known_by_its_hash():
    scanned = pdf([])
    text = main_text(scanned, "application/pdf")
    assert text.startswith("[PDF without extractable text, SHA-256 ")
    assert main_text(pdf(["One line."]), "application/octet-stream").strip() == "One line."
