"""Running a checking command in-process and reading its JSON report, for the tests of
check_translations.py and check_spelling.py."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

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


def invoke(main: Main, *args: str | Path) -> Run:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(arg) for arg in args], out, err)
    return Run(code, out.getvalue(), err.getvalue())
