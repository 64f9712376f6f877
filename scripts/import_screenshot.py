"""Import a real screenshot into the site: redacted, cropped, shrunk, stripped, as WebP.

Usage:
  python scripts/import_screenshot.py RAW --lang fr --name step-3
      [--redact X,Y,W,H ...] [--crop X,Y,W,H] [--style box|blur] [--date YYYY-MM-DD] [--force]

Coordinates are pixels of the original as an image viewer shows it at 100%. The result goes
to docs/<lang>/assets/images/screens/real/<name>.webp; RAW itself is never modified. See
CONTRIBUTING.md for how to take and redact a capture.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from sitetools.screenshots.captions import real_image
from sitetools.screenshots.importer import import_screenshot
from sitetools.screenshots.inputs import CaptureError
from sitetools.screenshots.naming import DOCS_DIR, LANGUAGES, PlacementError, page_link
from sitetools.screenshots.redact import STYLES, parse_region
from sitetools.screenshots.webp import EncodeError


def _region(text: str) -> object:
    try:
        return parse_region(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r}: expected YYYY-MM-DD") from error


def parser() -> argparse.ArgumentParser:
    """The command line, exactly as issue 6 and CONTRIBUTING.md describe it."""
    usage = __doc__.split("\n\n")[1].removeprefix("Usage:\n").strip()
    cli = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], usage=usage.replace("      ", " ")
    )
    cli.add_argument("raw", metavar="RAW", type=Path, help="the capture (PNG, JPEG, WebP, HEIC)")
    cli.add_argument("--lang", required=True, choices=LANGUAGES, help="language of the interface")
    cli.add_argument("--name", required=True, help="file name without extension, e.g. step-3")
    cli.add_argument(
        "--redact",
        metavar="X,Y,W,H",
        type=_region,
        nargs="+",
        action="extend",
        default=[],
        help="region to hide (name, photo...); repeat for several",
    )
    cli.add_argument("--crop", metavar="X,Y,W,H", type=_region, help="keep only this region")
    cli.add_argument(
        "--style", choices=STYLES, default="box", help="grey box (default, safest) or heavy blur"
    )
    cli.add_argument(
        "--date", type=_date, default=dt.date.today(), help="day of the capture (default: today)"
    )
    cli.add_argument("--force", action="store_true", help="replace an existing image")
    cli.add_argument("--docs-dir", type=Path, default=DOCS_DIR, help=argparse.SUPPRESS)
    return cli


def main(argv: list[str] | None = None) -> int:
    """Import one capture; print where it went and the Markdown to paste into the page."""
    args = parser().parse_args(argv)
    try:
        result = import_screenshot(
            args.raw,
            args.lang,
            args.name,
            regions=tuple(args.redact),
            crop=args.crop,
            style=args.style,
            force=args.force,
            docs_dir=args.docs_dir,
        )
    except (CaptureError, PlacementError, EncodeError) as error:
        print(f"import_screenshot: error: {error}", file=sys.stderr)
        return 1
    src = page_link(args.docs_dir, result.path)
    print(f"wrote {result.path} ({result.width}x{result.height} px, {result.bytes / 1024:.1f} KB)")
    print(f"Paste into a page of docs/{args.lang}/ (the path suits a page at its top level):")
    print(real_image(args.lang, src, result.width, result.height, args.date))
    return 0


if __name__ == "__main__":
    sys.exit(main())
