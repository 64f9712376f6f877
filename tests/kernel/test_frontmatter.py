"""sitetools.kernel.frontmatter: the one reader of page front matter, and its one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitetools.kernel.frontmatter import FrontMatterError, parse_front_matter, read_front_matter

NAME = "docs/fr/x.md"
BROKEN = {
    "impossible date": (
        "---\ntitle: X\nlast_reviewed: 2026-13-40\n---\n\n# X\n",
        "docs/fr/x.md:3: front matter is not valid YAML: "
        "'2026-13-40' is not a date (month must be in 1..12)",
    ),
    "bad indent": (
        "---\ntitle: X\ndescription: y\n  last_reviewed: 2026-01-01\n---\n# X\n",
        "docs/fr/x.md:4: front matter is not valid YAML: "
        "mapping values are not allowed in this context",
    ),
    "unclosed quote": (
        '---\ntitle: "X\ndescription: y\n---\n# X\n',
        "docs/fr/x.md:2: front matter is not valid YAML: "
        "while scanning a quoted scalar, found unexpected end of stream",
    ),
    "a list": (
        "---\n- title\n- description\n---\n# X\n",
        "docs/fr/x.md:2: front matter is not valid YAML: expected 'key: value' lines, found a list",
    ),
    "never closed": (
        "---\ntitle: X\n\n# X\n",
        "docs/fr/x.md:1: front matter opened by '---' is never closed: add a '---' line after it",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_front_matter_is_one_line_at_the_yaml_line(case: str) -> None:
    text, message = BROKEN[case]
    with pytest.raises(FrontMatterError) as error:
        parse_front_matter(text, NAME)
    assert str(error.value) == message


def test_invalid_utf8_names_the_line_and_byte(tmp_path: Path) -> None:
    page = tmp_path / "x.md"
    page.write_bytes(b"---\ntitle: \xe9t\xe9\n---\n")
    with pytest.raises(FrontMatterError) as error:
        read_front_matter(page, NAME)
    assert str(error.value) == (
        "docs/fr/x.md:2: not valid UTF-8 (byte 0xe9 at line 2): save it as UTF-8"
    )


def test_data_body_and_lines_are_those_mkdocs_sees() -> None:
    text = "---\ntitle: X\ndescription: >-\n  Two\n  lines\nlast_reviewed: 2026-01-02\n---\n\n# X\n"
    front_matter = parse_front_matter(text, NAME)
    assert front_matter.data["description"] == "Two lines"
    assert str(front_matter.data["last_reviewed"]) == "2026-01-02"
    assert front_matter.body == "# X\n"
    assert front_matter.body_line == 9
    assert front_matter.key_lines == {"title": 2, "description": 3, "last_reviewed": 6}
    assert front_matter.line_of("missing") == 1


def test_a_page_without_front_matter_is_all_body() -> None:
    front_matter = parse_front_matter("# X\n\nText.\n", NAME)
    assert (front_matter.data, front_matter.body, front_matter.body_line) == (
        {},
        "# X\n\nText.\n",
        1,
    )
