#!/usr/bin/env python3
"""Add a site language: ``python scripts/add_language.py de --name Deutsch [--from en]``.

Its pages, configuration and strings are copied from ``--from`` (sitetools/add_language.py).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitetools.add_language import main

raise SystemExit(main())
