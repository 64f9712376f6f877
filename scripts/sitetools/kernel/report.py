"""The three outputs: text for people, JSON for tools, workflow commands for GitHub.

Text follows lychee's compact style: findings grouped by file as
``[STATUS] target (at line:col) | check: reason``, then one summary line with only the
counts that are not zero.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from itertools import groupby
from typing import Literal, TextIO

from sitetools.kernel.model import Finding

Format = Literal["text", "json", "github"]
FORMATS: tuple[Format, ...] = ("text", "json", "github")


def summary(findings: Sequence[Finding], counts: Mapping[str, int]) -> dict[str, object]:
    """What was checked, and how many errors and warnings per check."""
    by_check: dict[str, int] = {}
    for finding in findings:
        by_check[finding.check.value] = by_check.get(finding.check.value, 0) + 1
    return {
        **counts,
        "errors": sum(f.severity == "error" for f in findings),
        "warnings": sum(f.severity == "warning" for f in findings),
        "checks": dict(sorted(by_check.items())),
    }


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(data: Mapping[str, object]) -> str:
    """One line; zero counts are left out."""
    parts = []
    counted = (("pages", "page"), ("links", "link"), ("images", "image"), ("documents", "PDF file"))
    for key, word in counted:
        value = data.get(key)
        if isinstance(value, int) and value:
            parts.append(_plural(value, word))
    checked = "Checked " + ", ".join(parts) if parts else "Checked nothing"
    problems = [
        _plural(value, word)
        for key, word in (("errors", "error"), ("warnings", "warning"))
        if isinstance(value := data.get(key), int) and value
    ]
    return f"{checked}: {', '.join(problems) if problems else 'no problems'}"


def _position(finding: Finding) -> str:
    if finding.line is None:
        return ""
    column = f":{finding.column}" if finding.column is not None else ""
    return f" (at {finding.line}{column})"


def _status(finding: Finding) -> str:
    return finding.status or ("ERROR" if finding.severity == "error" else "WARN")


def write_text(findings: Sequence[Finding], data: Mapping[str, object], out: TextIO) -> None:
    """Grouped by file, lychee-style."""
    for file, group in groupby(findings, key=lambda f: f.file):
        out.write(f"{file}\n")
        for f in group:
            out.write(f"  [{_status(f)}] {f.target}{_position(f)} | {f.check}: {f.message}\n")
    out.write(summary_line(data) + "\n")


def as_json(finding: Finding) -> dict[str, object]:
    """A finding in the interface's JSON shape."""
    return {
        "severity": finding.severity,
        "check": finding.check.value,
        "file": finding.file,
        "line": finding.line,
        "column": finding.column,
        "target": finding.target,
        "message": finding.message,
    }


def write_json(findings: Sequence[Finding], data: Mapping[str, object], out: TextIO) -> None:
    """One JSON object: findings and summary."""
    document = {"findings": [as_json(f) for f in findings], "summary": data}
    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    """A GitHub Actions workflow command that annotates the file (and line)."""
    properties = [f"file={_escape_property(finding.file)}"]
    if finding.line is not None:
        properties.append(f"line={finding.line}")
        if finding.column is not None:
            properties.append(f"col={finding.column}")
    properties.append(f"title={_escape_property(finding.check.value)}")
    message = _escape_data(f"{finding.target}: {finding.message}")
    return f"::{finding.severity} {','.join(properties)}::{message}"


def write_github(findings: Sequence[Finding], data: Mapping[str, object], out: TextIO) -> None:
    """Workflow annotations, then the summary line for the log."""
    for finding in findings:
        out.write(annotation(finding) + "\n")
    out.write(summary_line(data) + "\n")


WRITERS: dict[Format, Callable[[Sequence[Finding], Mapping[str, object], TextIO], None]] = {
    "text": write_text,
    "json": write_json,
    "github": write_github,
}
