"""What MkDocs cannot read under docs/: a symlink loop, a dangling symlink, a page not in UTF-8.

MkDocs meets each with a traceback of forty lines and no file name that helps. ``make build``
runs this first (``scripts/check_docs_files.py``): one line per file, and no build.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

from sitetools.kernel.frontmatter import FrontMatterError, decode

# Files MkDocs reads as text (pages); the others are copied as bytes.
TEXT_SUFFIXES = (".md",)


def _link_problem(path: Path) -> str | None:
    """Why a symlink cannot be followed, or None."""
    try:
        target = path.resolve(strict=True)
    except RuntimeError:  # Python < 3.13: "Symlink loop from ..."
        return "symlink loop"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symlink loop"
        return f"dangling symlink (to {path.readlink()})"
    if target.is_dir() and path.absolute().is_relative_to(target):
        return "symlink loop (points to a folder that contains it)"
    return None


def problems(docs: Path, shown: Path) -> Iterator[str]:
    """One line per unreadable entry under ``docs``, named as ``shown / relative path``."""
    for folder, dirs, files in os.walk(docs):
        for name in sorted(dirs + files):
            path = Path(folder) / name
            rel = (shown / path.relative_to(docs)).as_posix()
            if path.is_symlink():
                problem = _link_problem(path)
                if problem is not None:
                    yield f"{rel}: {problem}"
                    continue
            if name.endswith(TEXT_SUFFIXES) and path.is_file():
                try:
                    decode(path.read_bytes(), rel)
                except FrontMatterError as error:
                    yield f"{rel}: {error.problem}"
                except OSError as error:
                    yield f"{rel}: cannot read: {error.strerror or error}"
