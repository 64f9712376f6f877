"""Reading a rendered page's HTML for structured data: FAQ questions, guide steps, plain text.

Structured data must match the visible text, so it is taken from the HTML MkDocs rendered,
not written a second time.
"""

from __future__ import annotations

import html
import re

TAG = re.compile(r"<[^>]+>")
FOOTNOTE_REF = re.compile(r'<sup id="fnref[^"]*"><a[^>]*class="footnote-ref"[^>]*>.*?</a></sup>')
HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>')
H2 = re.compile(r'<h2 id="([^"]+)"[^>]*>(.*?)</h2>', re.DOTALL)
FOOTNOTES = re.compile(r'<div class="footnote">.*', re.DOTALL)
LIST_TAG = re.compile(r"<(/?)(ol|ul|li)\b[^>]*>")
IMG_SRC = re.compile(r'<img [^>]*src="([^"]+)"')
PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)


def plain_text(fragment: str) -> str:
    """Visible text of an HTML fragment, without footnote calls and permalink signs."""
    fragment = FOOTNOTE_REF.sub("", HEADERLINK.sub("", fragment))
    return (
        " ".join(html.unescape(TAG.sub(" ", fragment)).split())
        .replace(" ,", ",")
        .replace(" .", ".")
    )


def h2_sections(page_html: str) -> list[tuple[str, str]]:
    """The text of each h2 and of what follows it up to the next h2 (footnotes excluded)."""
    content = FOOTNOTES.sub("", page_html)
    matches = list(H2.finditer(content))
    ends = [match.start() for match in matches[1:]] + [len(content)]
    return [
        (plain_text(match.group(2)), plain_text(content[match.end() : end]))
        for match, end in zip(matches, ends, strict=True)
    ]


def first_list_items(fragment: str) -> list[str]:
    """HTML of the top-level items of the first ordered list."""
    start = fragment.find("<ol")
    if start < 0:
        return []
    items: list[str] = []
    depth = 0
    item_start = -1
    for match in LIST_TAG.finditer(fragment, start):
        closing, name = match.group(1) == "/", match.group(2)
        if name in ("ol", "ul"):
            depth += -1 if closing else 1
            if depth == 0:
                break
        elif depth == 1 and not closing:
            item_start = match.end()
        elif depth == 1 and closing and item_start >= 0:
            items.append(fragment[item_start : match.start()])
            item_start = -1
    return items


def step_text(item_html: str) -> str:
    """A step's instruction: its first paragraph (the rest holds illustrations)."""
    paragraph = PARAGRAPH.search(item_html)
    return plain_text(paragraph.group(1) if paragraph else item_html)


def first_image(item_html: str) -> str | None:
    match = IMG_SRC.search(item_html)
    return match.group(1) if match else None
