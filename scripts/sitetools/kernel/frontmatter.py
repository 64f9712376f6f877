"""A page's front matter, read as MkDocs reads it, or one line naming the real fault.

MkDocs swallows a YAML error in front matter: the page then has no meta-data at all, the
build reports "lacks 'title'" for a title that is there, and the YAML lines become the first
paragraph. Every tool that reads pages (the build plugin, the checkers) reads them here instead,
so that they all say the same thing: ``docs/fr/x.md:2: front matter is not valid YAML: ...``,
at the line of the file where YAML stopped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.meta import get_data

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

__all__ = ["FrontMatter", "FrontMatterError", "decode", "parse_front_matter", "read_front_matter"]

# MkDocs' own pattern (mkdocs.utils.meta.YAML_RE): what it takes as a YAML block.
YAML_BLOCK = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
OPENING = re.compile(r"^-{3}[ \t]*\n")
# The YAML text starts on the line after the opening ``---``.
FIRST_YAML_LINE = 2


class FrontMatterError(ValueError):
    """A page whose front matter (or bytes) cannot be read: ``str()`` is the one-line report."""

    def __init__(self, path: str | Path, line: int, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        super().__init__(f"{self.path}:{line}: {problem}")


@dataclass(frozen=True)
class FrontMatter:
    """``data``: the meta-data; ``body``: the Markdown after it, starting at ``body_line``."""

    data: dict[str, Any]
    body: str
    body_line: int = 1
    # The line of each top-level key in the file (YAML front matter only).
    key_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, key: str) -> int:
        """Where ``key`` is written (line 1 when the page lacks it)."""
        return self.key_lines.get(key, 1)


class _Loader(_BaseLoader):
    """SafeLoader, but an impossible date is a YAML error at its line, not a bare ValueError."""

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> dt.date | dt.datetime:
        try:
            value: dt.date | dt.datetime = super().construct_yaml_timestamp(node)
        except ValueError as error:
            raise yaml.constructor.ConstructorError(
                None, None, f"{node.value!r} is not a date ({error})", node.start_mark
            ) from None
        return value


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def decode(data: bytes, path: str | Path) -> str:
    """UTF-8 text, or a :class:`FrontMatterError` naming the line of the first bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        byte = data[error.start]
        raise FrontMatterError(
            path, line, f"not valid UTF-8 (byte 0x{byte:02x} at line {line}): save it as UTF-8"
        ) from None


def _problem(error: yaml.YAMLError) -> tuple[int, str]:
    """The 0-based line inside the YAML text, and what is wrong, from PyYAML's error."""
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        if error.context_mark is not None and "end of stream" in (error.problem or ""):
            # An unclosed quote or bracket: the reader needs where it opened, not the end.
            mark = error.context_mark
        words = [part for part in (error.context, error.problem) if part]
        return (mark.line if mark else 0), ", ".join(words) or str(error)
    return 0, str(error).splitlines()[0] if str(error) else type(error).__name__


def _load(text: str, path: str | Path) -> tuple[dict[str, Any], dict[str, int]]:
    """The mapping and the file line of each top-level key; any fault as FrontMatterError."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        line, problem = _problem(error)
        raise FrontMatterError(
            path, FIRST_YAML_LINE + line, f"front matter is not valid YAML: {problem}"
        ) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        kind = "nothing" if data is None else f"a {type(data).__name__}"
        raise FrontMatterError(
            path,
            FIRST_YAML_LINE,
            f"front matter is not valid YAML: expected 'key: value' lines, found {kind}",
        )
    assert isinstance(node, yaml.MappingNode)
    lines = {
        str(key.value): FIRST_YAML_LINE + key.start_mark.line
        for key, _ in node.value
        if isinstance(key, yaml.ScalarNode)
    }
    return data, lines


def parse_front_matter(source: str, path: str | Path) -> FrontMatter:
    """Split a page's text as MkDocs does; raise :class:`FrontMatterError` where MkDocs is silent.

    ``path`` is how messages name the file (``docs/fr/x.md``).
    """
    block = YAML_BLOCK.match(source)
    if block is None:
        if OPENING.match(source):
            raise FrontMatterError(
                path, 1, "front matter opened by '---' is never closed: add a '---' line after it"
            )
        # No YAML block: MultiMarkdown meta-data, or none; MkDocs' reader is the reference.
        body, meta = get_data(source)
        return FrontMatter(dict(meta), body, source[: len(source) - len(body)].count("\n") + 1)
    data, lines = _load(block.group(1), path)
    rest = source[block.end() :]
    body = rest.lstrip("\n")
    body_line = source[: len(source) - len(body)].count("\n") + 1
    return FrontMatter(data, body, body_line, lines)


def read_front_matter(path: Path, name: str | Path | None = None) -> FrontMatter:
    """Read a page (``name``: how messages show it, default ``path``) and split it.

    Unreadable bytes, a YAML error or meta-data that is not a mapping: one
    :class:`FrontMatterError`, whose ``str()`` is the line to show the contributor.
    """
    shown = path if name is None else name
    try:
        data = path.read_bytes()
    except OSError as error:
        raise FrontMatterError(shown, 1, f"cannot read: {error.strerror or error}") from None
    return parse_front_matter(decode(data, shown), shown)
