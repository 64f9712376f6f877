"""Pages for the watcher's tests: a realistic HTML page, a tiny PDF, and report helpers."""

from __future__ import annotations

from typing import Any

from cli_run import Run

HTML_TYPE = {"Content-Type": "text/html; charset=utf-8"}

ARTICLE = [
    "LinkedIn uses the data of its members to train generative AI models that create content.",
    "The setting is switched on by default for members in the European Union.",
    "Members can turn it off in the settings under Data privacy at any time they choose.",
    "Turning it off only works going forward and does not undo training already done.",
    "The company says that private messages are never used to train these models at all.",
]


def page(
    article: list[str] = ARTICLE,
    nav: tuple[str, ...] = ("Home", "Help", "Privacy"),
    footer: str = "Page generated 2026-11-28 10:12:01 UTC",
    updated: str = "Last updated: 3 November 2025",
) -> bytes:
    """A help-centre page as real sites write them: chrome around one article."""
    items = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in nav)
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in article)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Help: generative AI and your data</title></head>
<body>
<header><a href="/">Help Centre</a><nav><ul>{items}</ul></nav>
<form role="search"><input name="q" placeholder="Search help"></form></header>
<main><article>
<h1>Control whether your data trains generative AI</h1>
<p>{updated}</p>
{paragraphs}
</article>
<aside><h2>Related articles</h2><ul><li><a href="/r1">Manage your account</a></li></ul></aside>
</main>
<footer><p>© 2026 Example Corporation</p><p>{footer}</p>
<a href="/terms">Terms</a> <a href="/cookies">Cookies</a></footer>
</body></html>""".encode()


def pdf(lines: list[str]) -> bytes:
    """A one-page PDF with one line of Helvetica text per item (offsets computed)."""
    text = " ".join(f"({line.replace('(', '[').replace(')', ']')}) Tj 0 -14 Td" for line in lines)
    stream = f"BT /F1 11 Tf 40 780 Td {text} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def by_id(result: Run) -> dict[str, dict[str, Any]]:
    """The JSON report's sources by id."""
    return {source["id"]: source for source in result.json["sources"]}
