#!/usr/bin/env python3
"""Our pins as same-major ranges, and what an install of the newest versions changed.

    python3 scripts/newest_requirements.py ranges requirements/site.txt -o OUT.txt
    .venv-newest/bin/pip freeze | python3 scripts/newest_requirements.py diff requirements/dev.txt -

`make ... REQUIREMENTS=newest` runs the first (sitetools/newest_requirements.py says why);
the weekly workflow .github/workflows/newest.yml prints the second. Standard library only.
Exit status: 0, or 2 with one line naming file:line when a file cannot be read.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitetools.newest_requirements_cli import main

if __name__ == "__main__":
    raise SystemExit(main())
