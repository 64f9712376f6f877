"""``python scripts/check_spelling.py``: French and English spelling of every page.

Exit 0: every word is known. 1: at least one unknown word (fix it, or add it to the word
list when it is right). 2: a usage or input error, or hunspell missing, in one line on
stderr. Output formats and JSON shape are the validator's (``check_site.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from sitetools.kernel.cli import DEFAULT_CONFIG, Parser, command, report
from sitetools.kernel.report import FORMATS, summary
from sitetools.spelling.run import DEFAULT_WORDS, EXTRA_PATTERNS, Options, check

PROG = "check_spelling.py"


def parser() -> Parser:
    """``--config`` and ``--format`` as the validator's, the word list, optional files."""
    p = Parser(
        prog=PROG,
        description=(
            "Spell-check the site's pages (and the repository's Markdown) with hunspell's "
            "French and British English dictionaries and the project's word list."
        ),
    )
    p.add_argument(
        "files",
        nargs="*",
        type=Path,
        help="Markdown files (default: every page and "
        f"{', '.join(EXTRA_PATTERNS)} beside the config)",
    )
    p.add_argument("--config", type=Path, default=Path(DEFAULT_CONFIG), help="mkdocs.yml to read")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format")
    p.add_argument(
        "--words", type=Path, metavar="FILE", help=f"word list (default: {DEFAULT_WORDS})"
    )
    return p


def _check(argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    """Run the spelling check."""
    args = parser().parse_args(argv)
    result = check(Options(config=args.config, files=args.files, words=args.words))
    return report(result.findings, summary(result.findings, result.counts), args.format, out)


main = command(PROG, _check)
