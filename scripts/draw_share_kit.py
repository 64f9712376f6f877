#!/usr/bin/env python3
"""Draw each language's share kit into share-kit/<lang>/ (make share-kit); see --help."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitetools.share_kit.cli import main

raise SystemExit(main())
