"""``python scripts/check_content.py``: the content rules, before any build.

Exit 0: every page follows the rules. 1: at least one finding (after ``--fix``: one it could
not fix). 2: a usage, config or input error, in one line on stderr. Output formats and JSON
shape are the validator's (``check_site.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from sitetools.kernel.cli import DEFAULT_CONFIG, Parser, command, report
from sitetools.kernel.report import FORMATS, summary
from sitetools.rules.run import Options, check
from sitetools.translations.cli import write_notes

PROG = "check_content.py"


def parser() -> Parser:
    """``--config`` and ``--format`` as the validator's, ``--fix``, optional page files."""
    p = Parser(
        prog=PROG,
        description=(
            "Check the rules CONTRIBUTING.md states: front matter keys and limits, French "
            "typography (fixable with --fix), LinkedIn's labels quoted or bold."
        ),
    )
    p.add_argument("files", nargs="*", type=Path, help="pages to check (default: every page)")
    p.add_argument("--config", type=Path, default=Path(DEFAULT_CONFIG), help="mkdocs.yml to read")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format")
    p.add_argument(
        "--fix",
        action="store_true",
        help="put French typography right in place (only that rule; pages only)",
    )
    return p


def _check(argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    """Run the content rules."""
    args = parser().parse_args(argv)
    result = check(Options(config=args.config, files=args.files, fix=args.fix))
    data = summary(result.findings, result.counts)
    if args.format == "json":
        data["fixed"] = list(result.fixed)
        data["notes"] = list(result.notes)
    notes = [*result.notes, *(f"fixed French typography in {name}" for name in result.fixed)]
    write_notes(notes, args.format, out, PROG)
    return report(result.findings, data, args.format, out)


main = command(PROG, _check)
