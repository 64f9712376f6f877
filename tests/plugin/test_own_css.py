"""Our stylesheets published without their comments (scripts/sitetools/plugin/own_css.py)."""

from __future__ import annotations

from pathlib import Path

import tinycss2
from helpers import ROOT

from sitetools.plugin.own_css import strip_site, without_comments

SOURCE = ROOT / "docs" / "assets" / "stylesheets" / "site.css"


def rules(css: str) -> list[str]:
    """Each rule, tokenised without comments or layout: what a browser applies."""
    nodes = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return [" ".join(tinycss2.serialize([node]).split()) for node in nodes]


def test_comments_go_and_every_rule_stays_in_order() -> None:
    css = SOURCE.read_text("utf-8")
    stripped = without_comments(css)
    assert "/*" in css and "/*" not in stripped
    assert rules(stripped) == rules(css)
    assert len(stripped) < len(css)


def test_a_comment_marker_inside_a_string_or_url_is_not_a_comment() -> None:
    css = (
        'a::before { content: "/* not a comment */"; }\n/* one */\nb { background: url(x/*y.png); }'
    )
    stripped = without_comments(css)
    assert '"/* not a comment */"' in stripped and "url(x/*y.png)" in stripped
    assert "one" not in stripped


def test_only_our_local_stylesheets_are_rewritten(tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    ours = tmp_path / "assets" / "site.css"
    ours.write_text("/* why */\na { color: red }\n", "utf-8")
    strip_site(tmp_path, ["assets/site.css", "https://example.org/x.css", "assets/missing.css"])
    assert ours.read_text("utf-8") == "a { color: red }\n"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["assets", "site.css"]
