#!/usr/bin/env python3
"""Check the content rules (front matter, French typography, labels); see --help."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitetools.rules.cli import main

raise SystemExit(main())
