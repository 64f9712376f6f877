"""Report formats: summary line, positions, GitHub escaping."""

from __future__ import annotations

from sitetools.kernel.model import Check, Finding
from sitetools.kernel.report import annotation, summary, summary_line

FINDINGS = [
    Finding(
        Check.LINK_EXTERNAL, "error", "docs/a.md", 4, "https://x.test/", "404 Not Found", 7, "404"
    ),
    Finding(Check.IMAGE_UNUSED, "warning", "docs/b.png", None, "docs/b.png", "unused"),
]


def test_summary_counts_per_check():
    data = summary(FINDINGS, {"pages": 3, "links": 0})
    assert data == {
        "pages": 3,
        "links": 0,
        "errors": 1,
        "warnings": 1,
        "checks": {"image-unused": 1, "link-external": 1},
    }


def test_summary_line_leaves_zero_counts_out():
    assert summary_line(summary(FINDINGS, {"pages": 3, "links": 0, "images": 1})) == (
        "Checked 3 pages, 1 image: 1 error, 1 warning"
    )
    assert (
        summary_line(summary([], {"pages": 1, "links": 2}))
        == "Checked 1 page, 2 links: no problems"
    )


def test_annotation_escapes_properties_and_message():
    finding = Finding(Check.LINK_PAGE, "warning", "docs/a,b:c.md", 2, "x.md", "50% off\nnext", None)
    assert (
        annotation(finding)
        == "::warning file=docs/a%2Cb%3Ac.md,line=2,title=link-page::x.md: 50%25 off%0Anext"
    )
