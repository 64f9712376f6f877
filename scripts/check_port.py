#!/usr/bin/env python3
"""Say in one line that the port of `make serve` is busy, and which one is free; see --help."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitetools.serve_port import main

raise SystemExit(main())
