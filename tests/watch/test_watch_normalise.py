"""What normalisation drops (dates, stamps) and what it must keep (every sentence)."""

from __future__ import annotations

import pytest

from sitetools.watch.compare import same_address
from sitetools.watch.normalise import normalise, stamp_only


@pytest.mark.parametrize(
    "line",
    [
        "Last updated: 3 November 2025",
        "Mis à jour le 28 novembre 2026 à 10h12",  # codespell:ignore
        "Published on Monday, Nov 3, 2025",
        "2026-11-28T10:12:01Z",
        "© 2024-2026 Example Corporation",
        "5 min read",
        "il y a 3 jours",
    ],
)
def test_stamps_are_dropped(line):
    assert stamp_only(line)


@pytest.mark.parametrize(
    "line",
    [
        "The plan starts on 3 November 2025.",
        "Le",
        "Updated",
        "LinkedIn trains its models from 3 November 2025 on members' data.",
    ],
)
def test_sentences_are_kept(line):
    assert not stamp_only(line)


def test_unicode_spacing_and_sentences():
    decomposed = "Cafe\u0301  au\u00a0lait. Deuxième phrase\u202f! Troisième."
    assert normalise(f"{decomposed}\n\n\n") == "Café au lait.\nDeuxième phrase !\nTroisième.\n"
    assert normalise("") == ""


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("http://example.org/a", "https://example.org/a/", True),
        ("https://example.org/a", "https://www.Example.org/a", True),
        ("https://example.org:443/a", "https://example.org/a", True),
        ("https://example.org/a", "https://example.org/b", False),
        ("https://example.org/a", "https://example.net/a", False),
        ("https://example.org/a?x=1", "https://example.org/a?x=2", False),
    ],
)
def test_trivial_address_changes(a, b, same):
    assert same_address(a, b) is same
