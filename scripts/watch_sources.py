#!/usr/bin/env python3
"""Does each cited source still say what the site cites it for? (issue 18); see --help."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitetools.watch.cli import main

raise SystemExit(main())
