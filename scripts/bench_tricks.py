"""Does each performance trick earn its place? Lighthouse with and without it (bench-tricks)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitetools.trick_bench import main

if __name__ == "__main__":
    raise SystemExit(main())
