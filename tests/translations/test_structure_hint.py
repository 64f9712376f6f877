"""The hint of a heading without an explicit id reads as Markdown to copy, not as a template."""

from __future__ import annotations

from sitetools.prose import Heading
from sitetools.translations.structure import Version, compare_headings


def version(file: str, *headings: Heading) -> Version:
    return Version(file, "French", headings, {}, {})


def test_an_extra_heading_without_id_is_told_to_take_its_source_id() -> None:
    source = version("docs/fr/x.md", Heading(7, 2, "Un", "un", True))
    translation = version(
        "docs/en/x.md", Heading(7, 2, "One", "un", True), Heading(9, 2, "Two", "two", False)
    )
    (finding,) = compare_headings(source, translation)
    assert finding.message == (
        "heading ## { #two } is not in the French page (docs/fr/x.md); "
        "no explicit id: give it its source heading's { #id }"
    )
