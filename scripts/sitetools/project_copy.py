"""What a build of the site reads from the project, and a throwaway copy of it.

One list, so that a folder the build starts reading (``data/``, ``glossary/``…) reaches every copy
at once: the tests' projects, the trick benchmark's variants, a contributor's simulated change.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD_INPUTS = (
    "mkdocs.yml",
    "docs",
    "overrides",
    "data",
    "glossary",
    "share-kit",
    "screenshots/fonts",
)


def copy_project(destination: Path, source: Path = ROOT, extra: Iterable[str] = ()) -> Path:
    """`source`'s build inputs (and the `extra` paths) copied under `destination`, created."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    destination.mkdir(parents=True, exist_ok=True)
    for name in (*BUILD_INPUTS, *extra):
        origin, target = source / name, destination / name
        if origin.is_dir():
            shutil.copytree(origin, target, ignore=ignore, dirs_exist_ok=True)
        elif origin.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, target)
    return destination
