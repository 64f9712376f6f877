"""The limits a published image meets (the validator's defaults) and those an input must meet."""

from __future__ import annotations

KB = 1024
# scripts/sitetools/check/validate.py: DEFAULT_LIMITS = Limits(max_kb=200, max_width=1600).
MAX_BYTES = 200 * KB
MAX_WIDTH = 1600

# A capture bigger than these is not a screenshot, or is a decompression bomb: it is refused
# from its header, before any pixel is decoded.
MAX_INPUT_BYTES = 60 * KB * KB
MAX_INPUT_SIDE = 16_384
MAX_INPUT_PIXELS = 60_000_000
