"""``python scripts/watch_sources.py``: options, exit status, and where output goes.

Exit 0: nothing needs a person (blocked sources are unknown, not findings). 1: a source
changed, moved or is gone, or a quote was lost. 2: a usage, config or input error, told in
one line on stderr. A progress line is shown on stderr when it is a terminal.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from sitetools.http_client import HttpSettings
from sitetools.kernel.cli import DEFAULT_CONFIG, EXIT_ERRORS, EXIT_OK, Parser, command
from sitetools.watch.fetch import USER_AGENT, Progress
from sitetools.watch.report import FORMATS, WRITERS
from sitetools.watch.run import Options, watch
from sitetools.watch.store import DEFAULT_SNAPSHOTS

PROG = "watch_sources.py"
DEFAULT_TIMEOUT = 20.0


def seconds(text: str) -> float:
    """A finite, positive number of seconds (nan, inf, 0 and negatives are refused)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number: {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds: {text!r}")
    return value


def parser() -> Parser:
    """The command line of issue 18, kept exactly."""
    p = Parser(
        prog=PROG,
        description=(
            "Fetch every source the site cites, compare its main text with the last "
            "snapshot, and report what changed, moved, disappeared or lost a quote."
        ),
    )
    p.add_argument("--config", type=Path, default=Path(DEFAULT_CONFIG), help="mkdocs.yml to read")
    p.add_argument(
        "--urls", type=Path, metavar="FILE", help="watch these URLs (one a line) instead"
    )
    p.add_argument(
        "--snapshots",
        type=Path,
        metavar="DIR",
        help=f"snapshot folder (default: {DEFAULT_SNAPSHOTS} beside the config)",
    )
    p.add_argument("--format", choices=FORMATS, default="text", help="output format")
    p.add_argument(
        "--timeout",
        type=seconds,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"per request, in seconds (default {DEFAULT_TIMEOUT:g})",
    )
    return p


def _progress(stream: TextIO) -> Progress:
    """A line rewritten in place, erased when the last source is fetched."""

    def show(done: int, total: int) -> None:
        end = "\r\x1b[K" if done >= total else ""
        stream.write(f"\r\x1b[KFetching sources: {done}/{total}{end}")
        stream.flush()

    return show


def _watch(argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    """Run the watcher."""
    args = parser().parse_args(argv)
    options = Options(
        config=args.config,
        urls=args.urls,
        snapshots=args.snapshots,
        http=HttpSettings(timeout=args.timeout, user_agent=USER_AGENT, per_host=2),
        progress=_progress(err) if err.isatty() else None,
    )
    result = watch(options)
    WRITERS[args.format](result.reports, out)
    return EXIT_ERRORS if any(r.needs_human for r in result.reports) else EXIT_OK


main = command(PROG, _watch)
