"""``python scripts/draw_share_kit.py``: draw each language's share kit into ``share-kit/``.

Run it (``make share-kit``) after changing what a kit is drawn from (``data/share-kit.yml``,
``glossary/ui-labels.yml``, a Share page's ``last_reviewed``, the site's address, the
illustrations, the drawing code), then commit ``share-kit/``: builds take the kit from there
instead of drawing it, and ``check_content.py`` reports ``share-kit-stale`` until then. A kit
already up to date is left as it is. Exit 0: every kit up to date; 2: a kit cannot be drawn
(one line naming the file at fault).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from sitetools.kernel.cli import DEFAULT_CONFIG, EXIT_OK, Parser, command
from sitetools.kernel.config import load
from sitetools.kernel.model import InputError
from sitetools.share_kit import committed
from sitetools.share_kit.inputs import ShareKitError
from sitetools.share_kit.kit import keep_drawn, kept_problem
from sitetools.share_kit.site import has_kit, inputs_for

PROG = "draw_share_kit.py"


def parser() -> Parser:
    """``--config`` as the checkers'."""
    p = Parser(prog=PROG, description="Draw each language's share kit into share-kit/<lang>/.")
    p.add_argument("--config", type=Path, default=Path(DEFAULT_CONFIG), help="mkdocs.yml to read")
    return p


def _draw(argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    """Draw every stale kit; say what was drawn and why."""
    args = parser().parse_args(argv)
    site, config = load(args.config)
    for lang in site.locales:
        if not has_kit(site.docs_dir, lang):
            continue
        place = committed.folder(Path(), lang).as_posix()
        try:
            inputs = inputs_for(config, lang, site.default)
            reason = kept_problem(inputs, site.root)
            if reason:
                keep_drawn(inputs, site.root)
        except ShareKitError as error:
            raise InputError(str(error)) from None
        out.write(f"{place}/: drawn ({reason})\n" if reason else f"{place}/: up to date\n")
    return EXIT_OK


main = command(PROG, _draw)
