"""``python scripts/check_site.py``: the validator's options, and its run.

Exit codes and one-line errors are the kernel's (:mod:`sitetools.kernel.cli`), shared with
every other checker.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from sitetools.check.external import HttpSettings, Progress
from sitetools.check.images import Limits
from sitetools.check.validate import DEFAULT_LIMITS, Options, validate
from sitetools.kernel.cli import DEFAULT_CONFIG, Parser, command, report
from sitetools.kernel.report import FORMATS, summary

PROG = "check_site.py"
# The cache file, relative to the config file's directory (git ignores .cache/).
DEFAULT_CACHE = Path(".cache") / "check_site.json"
DEFAULT_TIMEOUT = HttpSettings().timeout


def _positive(kind: Callable[[str], float]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"invalid number: {text!r}") from None
        if not math.isfinite(value) or value <= 0:
            raise argparse.ArgumentTypeError(f"must be a positive finite number: {text!r}")
        return value

    return parse


def parser() -> argparse.ArgumentParser:
    """The command line of the issue, kept exactly."""
    p = Parser(
        prog=PROG,
        description="Check links, anchors, screenshots and translations of the MkDocs site.",
    )
    p.add_argument("--config", type=Path, default=Path(DEFAULT_CONFIG), help="mkdocs.yml to read")
    p.add_argument("--offline", action="store_true", help="skip the external link check")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format")
    p.add_argument(
        "--timeout",
        type=_positive(float),
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"per request (default {DEFAULT_TIMEOUT:g})",
    )
    p.add_argument(
        "--full-build",
        action="store_true",
        help="render the theme into every page, as mkdocs build does (slower; the default "
        "renders it once per language and falls back to this if that fails)",
    )
    cache = p.add_mutually_exclusive_group()
    cache.add_argument(
        "--cache", type=Path, metavar="FILE", help=f"default: {DEFAULT_CACHE} beside the config"
    )
    cache.add_argument("--no-cache", action="store_true", help="neither read nor write a cache")
    for flag, default, metavar in (
        ("--max-image-kb", DEFAULT_LIMITS.max_kb, "N"),
        ("--max-image-width", DEFAULT_LIMITS.max_width, "PX"),
        ("--max-pdf-kb", DEFAULT_LIMITS.max_pdf_kb, "N"),
    ):
        p.add_argument(
            flag, type=_positive(int), default=default, metavar=metavar, help=f"default {default}"
        )
    return p


def _progress(stream: TextIO) -> Progress:
    """A line rewritten in place on a terminal, erased when the last link is checked."""

    def show(done: int, total: int) -> None:
        end = "\r\x1b[K" if done >= total else ""
        stream.write(f"\r\x1b[KChecking external links: {done}/{total}{end}")
        stream.flush()

    return show


def _warn(stream: TextIO, message: str) -> None:
    stream.write(f"{PROG}: warning: {message}\n")


def options_from(args: argparse.Namespace, stderr: TextIO) -> Options:
    """The run's options from parsed arguments."""
    config: Path = args.config
    cache: Path | None = None
    if not args.no_cache:
        cache = args.cache if args.cache is not None else config.absolute().parent / DEFAULT_CACHE
    show_progress = args.format == "text" and not args.offline and stderr.isatty()
    return Options(
        config=config,
        offline=args.offline,
        cache=cache,
        limits=Limits(
            max_kb=args.max_image_kb, max_width=args.max_image_width, max_pdf_kb=args.max_pdf_kb
        ),
        http=HttpSettings(timeout=args.timeout),
        progress=_progress(stderr) if show_progress else None,
        warn=lambda message: _warn(stderr, message),
        full_build=args.full_build,
    )


def _validate(argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    """Run the validator."""
    args = parser().parse_args(argv)
    result = validate(options_from(args, err))
    return report(result.findings, summary(result.findings, result.counts), args.format, out)


main = command(PROG, _validate)
