"""footnote-undefined: every footnote a page calls is defined in that page.

Python-Markdown's footnotes extension prints a call to a footnote the page does not define as
it is written ("[^s3]"), in the middle of the sentence, and the build stays silent. Calls in
code (fenced blocks, code spans) are text, not calls.
"""

from __future__ import annotations

import re

from sitetools.check.config import Site
from sitetools.check.model import Check, Finding
from sitetools.check.pages import Page

FOOTNOTE = re.compile(r"\[\^([^\]\s]+)\]")
DEFINITION = re.compile(r"^[ \t]*\[\^([^\]\s]+)\]:", re.MULTILINE)
FENCE = re.compile(r"^[ \t]*(?:```|~~~)")
CODE_SPAN = re.compile(r"`+[^`\n]*`+")


def check_footnotes(site: Site, page: Page, source: str) -> list[Finding]:
    """One error per call to a footnote that the page never defines."""
    defined = set(DEFINITION.findall(source))
    findings = []
    in_fence = False
    for number, line in enumerate(source.splitlines(), start=1):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        text = CODE_SPAN.sub(lambda code: " " * len(code.group()), line)
        for call in FOOTNOTE.finditer(text):
            is_definition = not text[: call.start()].strip() and text[call.end() :][:1] == ":"
            if is_definition or call.group(1) in defined:
                continue
            findings.append(
                Finding(
                    Check.FOOTNOTE_UNDEFINED,
                    "error",
                    site.rel(page.path),
                    number,
                    call.group(),
                    f"footnote {call.group()} is called but not defined in this page",
                    column=call.start() + 1,
                )
            )
    return findings
