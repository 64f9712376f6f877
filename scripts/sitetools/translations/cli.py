"""``python scripts/check_translations.py``: options, exit status, and where output goes.

Exit 0: no error (warnings, such as an outdated translation, allowed). 1: a missing page, a
structural mismatch or a wrong interface label. 2: a usage, config or input error, in one
line on stderr. Output formats and JSON shape are the validator's (``check_site.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from sitetools.kernel.cli import DEFAULT_CONFIG, Parser, command, report
from sitetools.kernel.report import FORMATS, summary
from sitetools.translations.glossary import DEFAULT_GLOSSARY
from sitetools.translations.run import Options, check

PROG = "check_translations.py"


def parser() -> Parser:
    """The command line: the validator's ``--config`` and ``--format``, plus the glossary."""
    p = Parser(
        prog=PROG,
        description=(
            "Check that every page exists in every language with the same heading ids and "
            "front matter keys, warn on translations older than their French source, and "
            "check LinkedIn's interface labels against the glossary."
        ),
    )
    p.add_argument("--config", type=Path, default=Path(DEFAULT_CONFIG), help="mkdocs.yml to read")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format")
    p.add_argument(
        "--glossary",
        type=Path,
        metavar="FILE",
        help=f"interface labels (default: {DEFAULT_GLOSSARY} beside the config, if present)",
    )
    p.add_argument(
        "--no-git",
        action="store_true",
        help="do not compare git dates (freshness by front matter only)",
    )
    return p


def write_notes(notes: Sequence[str], fmt: str, out: TextIO, prog: str = PROG) -> None:
    """What was not checked: text lines, or notices on GitHub (JSON: in the summary)."""
    for note in notes:
        if fmt == "github":
            out.write(f"::notice title={prog}::{note}\n")
        elif fmt == "text":
            out.write(f"note: {note}\n")


def _check(argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    """Run the translation checks."""
    args = parser().parse_args(argv)
    result = check(Options(config=args.config, glossary=args.glossary, git=not args.no_git))
    data = summary(result.findings, result.counts)
    if args.format == "json":
        data["notes"] = list(result.notes)
    write_notes(result.notes, args.format, out)
    return report(result.findings, data, args.format, out)


main = command(PROG, _check)
