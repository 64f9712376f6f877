#!/usr/bin/env python3
"""Spell-check the pages in French and English with hunspell and the word list; see --help."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitetools.spelling.cli import main

raise SystemExit(main())
