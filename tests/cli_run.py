"""Running a checking command in-process and reading its JSON report, for the tests of
check_translations.py, check_spelling.py, check_content.py, check_site.py and watch_sources.py."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO, TypeVar

Main = Callable[[Sequence[str] | None, TextIO | None, TextIO | None], int]


@dataclass
class Run:
    """What one run printed and returned."""

    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def findings(self) -> set[tuple[str, str, str, int | None, str]]:
        """(severity, check, file, line, target) of each finding."""
        return {
            (f["severity"], f["check"], f["file"], f["line"], f["target"])
            for f in self.json["findings"]
        }

    def message(self, check: str, file: str) -> str:
        """The message of the one finding of ``check`` in ``file``."""
        (found,) = [
            f["message"] for f in self.json["findings"] if f["check"] == check and f["file"] == file
        ]
        return str(found)


R = TypeVar("R", bound=Run)


class Terminal(io.StringIO):
    """A captured stream that says it is a terminal (progress lines are for terminals only)."""

    def isatty(self) -> bool:
        return True


def invoke(main: Main, *args: str | Path, tty: bool = False, result: type[R] | None = None) -> R:
    """Run ``main`` in-process on ``args``; ``tty`` makes its stderr look like a terminal."""
    out, err = io.StringIO(), Terminal() if tty else io.StringIO()
    code = main([str(arg) for arg in args], out, err)
    return (result or Run)(code, out.getvalue(), err.getvalue())  # type: ignore[return-value]


def runner(main: Main, result: type[R]) -> Callable[..., R]:
    """A ``run(*args, tty=False)`` fixture value for a command's tests."""

    def run(*args: str | Path, tty: bool = False) -> R:
        return invoke(main, *args, tty=tty, result=result)

    return run
