"""How every tool here starts Debian's chromium: one executable, one set of flags.

Never `playwright install`: the browser comes from Debian (`make chromium` installs it), and
the flags keep it from phoning home (background networking, component updates, sync).
"""

from __future__ import annotations

import os
from pathlib import Path

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
