#!/usr/bin/env python3
"""Check that both languages match, are fresh and name LinkedIn's labels right; see --help."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitetools.translations.cli import main

raise SystemExit(main())
