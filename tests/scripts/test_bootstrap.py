"""The set-up step of `make serve` and `make test` fails in one clear line, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import ROOT

BOOTSTRAP = ROOT / "scripts" / "bootstrap.sh"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(BOOTSTRAP), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_missing_python_is_one_line(tmp_path: Path) -> None:
    result = run(str(tmp_path / "no-python"), str(tmp_path / "venv"), "requirements/site.txt")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error:") and "not found" in lines[0]


def test_old_python_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "python3"
    fake.write_text("#!/bin/sh\n[ \"$1\" = -V ] && echo 'Python 3.8.0' && exit 0\nexit 1\n")
    fake.chmod(0o755)
    result = run(str(fake), str(tmp_path / "venv"), "requirements/site.txt")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: Python 3.11 or newer is needed; '{fake}' is Python 3.8.0"
    ]


def test_failed_install_is_one_line_naming_the_file(tmp_path: Path) -> None:
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("no-such-package-for-this-test==1.0\n")
    # No index: pip fails at once, as it would with no network.
    result = run(
        sys.executable,
        str(tmp_path / "venv"),
        str(requirements),
        env={"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": ""},
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(requirements) in lines[0] and "failed" in lines[0]
    assert "Traceback" not in result.stdout + result.stderr
