"""A QR code of the guide's address, drawn at build time (segno), never fetched.

The code is returned as its module matrix, so that the PDF draws it as vector squares and the
images as pixels, both sharp at any size, from one encoding.
"""

from __future__ import annotations

import segno

# Modules of white around the code, as the QR standard asks.
QUIET_ZONE = 4


def qr_matrix(url: str) -> list[list[bool]]:
    """Dark (True) and light modules of the code for `url`, quiet zone included."""
    code = segno.make(url, error="m", micro=False)
    return [
        [bool(module) for module in row] for row in code.matrix_iter(scale=1, border=QUIET_ZONE)
    ]
