"""The kit's font: Inter, vendored under ``screenshots/fonts/`` with its OFL licence.

The same files draw the illustrations and the link-preview cards (Pillow's images use
:func:`sitetools.plugin.brand.font`), so the kit looks like the
rest of the site; nothing is downloaded. The PDF embeds only the glyphs it uses (fpdf2
subsets the font with fontTools), which keeps the carousel small.
"""

from __future__ import annotations

from pathlib import Path

from sitetools.plugin.brand import FONTS

LICENCE = FONTS / "OFL.txt"
WEIGHTS = ("Regular", "SemiBold")


def font_file(weight: str) -> Path:
    """The vendored Inter file of a weight ("Regular", "SemiBold")."""
    if weight not in WEIGHTS:
        raise ValueError(f"no vendored Inter {weight!r}; have {', '.join(WEIGHTS)}")
    return FONTS / f"Inter-{weight}.otf"


def font_bytes() -> bytes:
    """Every vendored font file with its licence, for cache keys."""
    return b"".join(path.read_bytes() for path in (*map(font_file, WEIGHTS), LICENCE))
