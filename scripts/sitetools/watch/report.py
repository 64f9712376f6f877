"""The watcher's four outputs: text for people, JSON for tools, GitHub annotations for the
workflow log, Markdown for the "Sources changed" issue.

Text and Markdown list the sources that need a person (changed, moved, gone, a quote
lost) with the lines that cite them, then those that could not be read this time.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Literal, TextIO

from sitetools.watch.model import Quote, SourceReport, Status

Format = Literal["text", "json", "github", "markdown"]
FORMATS: tuple[Format, ...] = ("text", "json", "github", "markdown")
# GitHub refuses an issue body over 65,536 characters.
MARKDOWN_LIMIT = 60_000
ISSUE_TITLE = "Sources changed"


def summary(reports: Sequence[SourceReport]) -> dict[str, int]:
    """How many sources of each status, lost quotes, and how many need a person."""
    counts = Counter(r.status.value for r in reports)
    return {
        "sources": len(reports),
        **{status.value: counts.get(status.value, 0) for status in Status},
        "missing_quotes": sum(len(r.missing_quotes) for r in reports),
        "needs_human": sum(r.needs_human for r in reports),
    }


def _quote(quote: Quote) -> dict[str, object]:
    return {"quote": quote.texts[0], "accepted": list(quote.texts), "from": quote.origin}


def as_json(report: SourceReport) -> dict[str, object]:
    """A source in the interface's JSON shape."""
    return {
        "id": report.source.id,
        "url": report.source.url,
        "status": report.status.value,
        "final_url": report.final_url,
        "cited_by": [{"file": c.file, "line": c.line} for c in report.source.cited_by],
        "diff": report.diff,
        "missing_quotes": [_quote(q) for q in report.missing_quotes],
        "reason": report.reason,
        "archive": report.archive,
    }


def write_json(reports: Sequence[SourceReport], out: TextIO) -> None:
    """Every source, then the summary."""
    document = {"sources": [as_json(r) for r in reports], "summary": summary(reports)}
    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def summary_line(reports: Sequence[SourceReport]) -> str:
    """One line; zero counts are left out."""
    data = summary(reports)
    parts = [f"{data[s.value]} {s.value}" for s in Status if data[s.value]]
    if data["missing_quotes"]:
        parts.append(f"{data['missing_quotes']} quote(s) missing")
    need = data["needs_human"]
    verdict = f"{need} need(s) a person" if need else "nothing needs a person"
    return f"Watched {data['sources']} source(s): {', '.join(parts) or 'none'}; {verdict}"


def _what(report: SourceReport) -> str:
    if report.status is Status.GONE:
        return f"{report.reason}; look for an archived copy: {report.archive}"
    return report.reason


def _name(report: SourceReport) -> str:
    entry = report.source.id.upper() if report.source.entry else report.source.id
    return f"{entry} {report.source.url}"


def write_text(reports: Sequence[SourceReport], out: TextIO) -> None:
    """Sources that need a person in detail, unreadable ones in a line each."""
    for report in (r for r in reports if r.needs_human):
        out.write(f"[{report.status.value}] {_name(report)}\n")
        if _what(report):
            out.write(f"  {_what(report)}\n")
        cited = ", ".join(map(str, report.source.cited_by)) or "no page"
        out.write(f"  cited by: {cited}\n")
        for quote in report.missing_quotes:
            out.write(f"  quote no longer found: «{quote.texts[0]}» ({quote.origin})\n")
        for line in report.diff.splitlines():
            out.write(f"    {line}\n")
    for report in (r for r in reports if r.status is Status.BLOCKED):
        out.write(f"[blocked] {_name(report)}: {report.reason}\n")
    out.write(summary_line(reports) + "\n")


def _escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def write_github(reports: Sequence[SourceReport], out: TextIO) -> None:
    """One warning on each line that cites a source needing a person, then the summary."""
    for report in (r for r in reports if r.needs_human):
        title = _escape(f"source {report.status.value}", property_value=True)
        message = _escape(f"{_name(report)}: {_what(report) or 'the main text changed'}")
        if report.missing_quotes:
            message += _escape(f"; {len(report.missing_quotes)} quote(s) no longer found")
        places = report.source.cited_by or ()
        if not places:
            out.write(f"::warning title={title}::{message}\n")
        for place in places:
            file = _escape(place.file, property_value=True)
            out.write(f"::warning file={file},line={place.line},title={title}::{message}\n")
    out.write(summary_line(reports) + "\n")


def _markdown_source(report: SourceReport) -> list[str]:
    lines = [f"### {report.status.value}: {_name(report)}", ""]
    if _what(report):
        lines += [_what(report), ""]
    if report.final_url and report.final_url != report.source.url:
        lines += [f"Final address: {report.final_url}", ""]
    cited = ", ".join(f"`{c}`" for c in report.source.cited_by) or "no page"
    lines += [f"Cited by: {cited}", ""]
    for quote in report.missing_quotes:
        lines.append(f"- Quote no longer found: «{quote.texts[0]}» (`{quote.origin}`)")
    if report.missing_quotes:
        lines.append("")
    if report.diff:
        lines += ["<details><summary>What changed in the main text</summary>", ""]
        lines += ["```diff", report.diff.replace("```", "'''"), "```", "", "</details>", ""]
    return lines


def write_markdown(reports: Sequence[SourceReport], out: TextIO) -> None:
    """The body of the "Sources changed" issue: what to re-read, then what to do."""
    lines = [f"## {ISSUE_TITLE}", "", summary_line(reports) + ".", ""]
    needing = [r for r in reports if r.needs_human]
    if needing:
        lines += [
            "For each source below: re-read the claims of the citing lines against the "
            "source, update the page (both languages) and its `last_reviewed`, and add a "
            "line to `data/updates.yml` when readers should know. The snapshots of this run "
            "are in the pull request opened with this report: merge it once done.",
            "",
        ]
    body: list[str] = []
    for report in needing:
        body += _markdown_source(report)
    blocked = [r for r in reports if r.status is Status.BLOCKED]
    if blocked:
        body += ["<details><summary>Could not be read this time (unknown, not a change)"]
        body += ["</summary>", ""]
        body += [f"- {_name(r)}: {r.reason}" for r in blocked]
        body += ["", "</details>", ""]
    text = "\n".join(lines + body)
    if len(text) > MARKDOWN_LIMIT:
        text = text[:MARKDOWN_LIMIT] + "\n\n… (cut: run the watcher for the full report)\n"
    out.write(text.rstrip("\n") + "\n")


WRITERS: dict[Format, Callable[[Sequence[SourceReport], TextIO], None]] = {
    "text": write_text,
    "json": write_json,
    "github": write_github,
    "markdown": write_markdown,
}
