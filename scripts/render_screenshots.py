"""Render the opt-out guide's illustrations (`make screenshots`).

Usage: python scripts/render_screenshots.py [--force] [--check]

Draws screenshots/template.html with the labels of each language, for each device and colour
scheme listed in screenshots/shots.yml, with Debian's /usr/bin/chromium, into
docs/<lang>/assets/images/screens/<device>-<step>-<scheme>.webp. Images whose sources did not
change are skipped, so a rerun changes no file. --check only says what is out of date
(exit 1), without a browser.
"""

from __future__ import annotations

import argparse
import sys

from sitetools.screenshots.browser import BrowserError
from sitetools.screenshots.labels import LabelsError
from sitetools.screenshots.mockup import MockupError
from sitetools.screenshots.naming import ROOT
from sitetools.screenshots.render import render_all
from sitetools.screenshots.spec import SpecError
from sitetools.screenshots.webp import EncodeError


def main(argv: list[str] | None = None) -> int:
    """Render, or check, and print one line per image written plus a summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="re-render every image")
    parser.add_argument(
        "--check", action="store_true", help="list out-of-date images and exit 1 if any"
    )
    args = parser.parse_args(argv)
    try:
        report = render_all(force=args.force, check=args.check, progress=print)
    except (BrowserError, LabelsError, MockupError, SpecError, EncodeError) as error:
        print(f"render_screenshots: error: {error}", file=sys.stderr)
        return 2
    for path in report.orphans:
        print(f"warning: {path.relative_to(ROOT)} is no longer rendered: delete it if unused")
    if args.check:
        for path in report.stale:
            print(f"out of date: {path.relative_to(ROOT)}")
        print(f"{len(report.stale)} out of date, {len(report.skipped)} up to date")
        return 1 if report.stale else 0
    print(
        f"{len(report.written)} written, {len(report.unchanged)} re-rendered identical,"
        f" {len(report.skipped)} skipped (sources unchanged)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
