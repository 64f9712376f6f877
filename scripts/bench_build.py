"""Cold and warm `mkdocs build` of our site against a stock Material build (make bench)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitetools.build_bench import main

if __name__ == "__main__":
    raise SystemExit(main())
