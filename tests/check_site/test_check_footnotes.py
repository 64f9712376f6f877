"""footnote-undefined: a footnote called but not defined in the page, with its line and column."""

from __future__ import annotations


def test_an_undefined_footnote_is_reported_where_it_is_called(make_site, check):
    page = (
        "# A\n\nText[^a][^gone]: more.\n\n`[^code]` and\n\n```\n[^fenced]\n```\n\n"
        "[^a]: Defined, calling [^b].\n[^b]: Also defined.\n"
    )
    config = make_site({"fr/index.md": page, "en/index.md": "# A\n"})
    run = check(config)
    assert run.code == 1
    assert run.findings == [("error", "footnote-undefined", "docs/fr/index.md", 3, "[^gone]")]
    assert run.messages == ["footnote [^gone] is called but not defined in this page"]


def test_defined_footnotes_pass(make_site, check):
    page = "# A\n\nOne[^1], two[^x-2].\n\n[^1]: First.\n[^x-2]:\n    Indented second.\n"
    config = make_site({"fr/index.md": page, "en/index.md": page})
    assert check(config).findings == []
