"""The command-line plumbing every checker of ``scripts/`` shares: exit codes, one-line errors.

Exit 0: no error (warnings allowed). 1: at least one error. 2: a usage, config or input
error, told in one line on stderr; a crash is exit 2 too, never 1 ("findings").
"""

from __future__ import annotations

import argparse
import io
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import NoReturn, Protocol, TextIO

from sitetools.kernel.model import Finding, InputError
from sitetools.kernel.report import WRITERS, Format

DEFAULT_CONFIG = "mkdocs.yml"
EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """argparse prints usage and exits; here a mistake is one line (see :func:`command`)."""

    def error(self, message: str) -> NoReturn:
        raise InputError(message)


def exit_status(findings: Sequence[Finding]) -> int:
    """1 when any finding is an error; warnings alone pass."""
    return EXIT_ERRORS if any(f.severity == "error" for f in findings) else EXIT_OK


def report(
    findings: Sequence[Finding], data: Mapping[str, object], fmt: Format, out: TextIO
) -> int:
    """Write the findings in ``fmt``; returns the exit status they call for."""
    WRITERS[fmt](findings, data, out)
    return exit_status(findings)


# A command's work: parsed from argv, writing to out and err, returning the exit status.
Work = Callable[[Sequence[str] | None, TextIO, TextIO], int]


class Main(Protocol):
    """``main(argv, stdout, stderr)`` of a command, as tests call it."""

    def __call__(
        self,
        argv: Sequence[str] | None = None,
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
    ) -> int: ...


def command(prog: str, work: Work) -> Main:
    """The ``main`` of a checking command: an :class:`InputError` or a crash is one line, exit 2.

    Shared by every checking command of ``scripts/`` so that they fail the same way.
    """

    def main(
        argv: Sequence[str] | None = None,
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
    ) -> int:
        out = stdout or sys.stdout
        err = stderr or sys.stderr
        for stream in (out, err):
            if isinstance(stream, io.TextIOWrapper):
                stream.reconfigure(errors="backslashreplace")
        try:
            return work(argv, out, err)
        except InputError as error:
            err.write(f"{prog}: error: {error}\n")
            return EXIT_USAGE
        except KeyboardInterrupt:
            err.write(f"{prog}: interrupted\n")
            return 130
        except Exception as error:  # a bug of ours or of a library: never exit 1 ("findings")
            where = traceback.extract_tb(error.__traceback__)[-1]
            err.write(
                f"{prog}: internal error: {type(error).__name__}: {error} "
                f"(at {Path(where.filename).name}:{where.lineno}; please report it)\n"
            )
            return EXIT_USAGE

    return main
