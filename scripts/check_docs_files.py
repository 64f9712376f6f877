#!/usr/bin/env python3
"""Before the build: every file under docs/ readable (no symlink loop, pages in UTF-8).

Usage: check_docs_files.py [DOCS_DIR]  (default: docs). Exit 0: all readable; 1: one line per
problem on stderr; 2: DOCS_DIR is not a folder.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitetools.docs_files import problems


def main(argv: list[str]) -> int:
    """Check the folder and report."""
    if len(argv) > 1:
        print("usage: check_docs_files.py [DOCS_DIR]", file=sys.stderr)
        return 2
    docs = Path(argv[0] if argv else "docs")
    if not docs.is_dir():
        print(f"check_docs_files.py: {docs}: not a folder", file=sys.stderr)
        return 2
    found = list(problems(docs, docs))
    for line in found:
        print(line, file=sys.stderr)
    return 1 if found else 0


raise SystemExit(main(sys.argv[1:]))
