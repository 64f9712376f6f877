"""Helpers shared by tests: building the site and reading its HTML."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]
# Deliberately under a sub-path: the built site must work there as well as at a domain root.
SITE_URL = "https://example.org/linkedin-ia/"


def mkdocs_build(
    project: Path, site_dir: Path, site_url: str = SITE_URL
) -> subprocess.CompletedProcess[str]:
    """Run a strict build of `project` into `site_dir`, capturing its log."""
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
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
