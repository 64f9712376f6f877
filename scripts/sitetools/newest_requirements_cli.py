"""Command line of newest_requirements.py: ``ranges`` writes the ranged file, ``diff`` reports.

Kept apart from the rules (newest_requirements.py) so that each stays short; standard library
only, like them: the Makefile runs it before any venv exists.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sitetools.newest_requirements import (
    RequirementsError,
    freeze_diff,
    frozen_versions,
    ranged_file,
    read_pins,
)


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newest_requirements.py",
        description="Our pins as same-major ranges, and what the newest install changed.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    ranges = commands.add_parser("ranges", help="write a pinned file's packages as ranges")
    ranges.add_argument("pinned", type=Path, help="a pinned file, e.g. requirements/site.txt")
    ranges.add_argument("-o", "--output", type=Path, help="write here (default: stdout)")
    diff = commands.add_parser("diff", help="list the versions that differ from the pins")
    diff.add_argument("pinned", type=Path, help="the pinned file the install started from")
    diff.add_argument("freeze", help="output of `pip freeze` (a file, or - for stdin)")
    return parser


def run_ranges(pinned: Path, output: Path | None) -> None:
    text = ranged_file(pinned)  # read everything first: no half-written file on error
    if output is None:
        sys.stdout.write(text)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")


def run_diff(pinned: Path, freeze: str) -> None:
    try:
        frozen = sys.stdin.read() if freeze == "-" else Path(freeze).read_text(encoding="utf-8")
        pins_text = pinned.read_text(encoding="utf-8")
    except OSError as error:
        raise RequirementsError(f"{error.filename}: cannot read: {error.strerror}") from error
    lines = freeze_diff(read_pins(pins_text, str(pinned)), frozen_versions(frozen))
    print(f"Installed versions against {pinned} ({len(lines)} differ):")
    print("\n".join(lines) if lines else "none differs from the pins")


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "ranges":
            run_ranges(args.pinned, args.output)
        else:
            run_diff(args.pinned, args.freeze)
    except RequirementsError as error:
        print(f"newest_requirements: {error}", file=sys.stderr)
        return 2
    return 0
