#!/usr/bin/env python3
"""Check links, anchors, screenshots and translations of the site (issue 5); see --help."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitetools.check.cli import main

raise SystemExit(main())
