"""Lines of the build plugin against the hooks it replaced (make bench)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitetools.code_size import main

if __name__ == "__main__":
    raise SystemExit(main())
