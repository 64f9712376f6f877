"""Helpers shared by tests: building the site and reading its HTML."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from sitetools import project_copy

REPOSITORY = Path(__file__).resolve().parent.parent
# The project whose pages the tests read: this repository, or the copy with a contributor's
# change that tests/docs/test_a_contributors_change.py runs the content tests on.
ROOT = Path(os.environ.get("TESTED_PROJECT") or REPOSITORY)
MKDOCS = [sys.executable, "-m", "mkdocs"]
# Deliberately under a sub-path: the built site must work there as well as at a domain root.
SITE_URL = "https://example.org/linkedin-ia/"


# Every build of a copy reuses the repository's cards and compiled templates (plugin/card_cache.py).
SHARED_CACHE = {"SITE_CACHE_DIR": os.environ.get("SITE_CACHE_DIR") or str(REPOSITORY / ".cache")}


def page_names(root: Path = ROOT) -> list[str]:
    """Every page by its path under docs/fr/ without `.md` ('index', 'faq'), read from disk:
    a page a contributor adds is tested like the others, and no test counts our pages."""
    folder = root / "docs" / "fr"
    return sorted(p.relative_to(folder).with_suffix("").as_posix() for p in folder.rglob("*.md"))


def page_url(name: str) -> str:
    """A page's address relative to its language's home: 'index' -> '', 'faq' -> 'faq/'."""
    return "" if name == "index" else f"{name.removesuffix('/index')}/"


def mkdocs_build(
    project: Path, site_dir: Path, site_url: str = SITE_URL
) -> subprocess.CompletedProcess[str]:
    """Run a strict build of `project` into `site_dir`, capturing its log."""
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1", **SHARED_CACHE}
    command = [*MKDOCS, "build", "--strict", "--clean", "-f", str(project / "mkdocs.yml")]
    return subprocess.run(
        [*command, "-d", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def free_port() -> int:
    """A port of 127.0.0.1 that nothing listens on now (each test server gets its own)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port: int = listener.getsockname()[1]
    listener.close()
    return port


def copy_project(copy: Path) -> Path:
    """A throwaway copy of what the build reads from the project, in `copy` (created)."""
    return project_copy.copy_project(copy, ROOT)
