"""check_docs_files.py, before MkDocs in `make build`: what MkDocs cannot read, one line each."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from helpers import ROOT

SCRIPT = ROOT / "scripts" / "check_docs_files.py"


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_symlink_loops_dangling_links_and_bad_utf8_are_one_line_each(tmp_path: Path) -> None:
    docs = tmp_path / "docs" / "fr"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Bien\n", encoding="utf-8")
    (docs / "x.md").write_bytes(b"---\ntitle: ok\n---\n\n\xe9t\xe9\n")
    (docs / "loop").symlink_to("loop")
    (docs / "up").symlink_to("..")
    (docs / "gone.png").symlink_to("nowhere.png")
    result = run(tmp_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        "docs/fr/gone.png: dangling symlink (to nowhere.png)",
        "docs/fr/loop: symlink loop",
        "docs/fr/up: symlink loop (points to a folder that contains it)",
        "docs/fr/x.md: not valid UTF-8 (byte 0xe9 at line 5): save it as UTF-8",
    ]


def test_a_readable_folder_passes_silently(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Bien\n", encoding="utf-8")
    result = run(tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = run(tmp_path, "nope")
    assert (result.returncode, result.stderr) == (2, "check_docs_files.py: nope: not a folder\n")


def _recipe(target: str) -> str:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    match = re.search(rf"^{target}:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert match, target
    return match.group(1)


def test_make_build_checks_the_files_before_mkdocs_and_lint_checks_content_first() -> None:
    build = _recipe("build")
    assert build.index("check_docs_files.py") < build.index("mkdocs build")
    lint = _recipe("checkers") + _recipe("lint")
    assert lint.index("check_content.py") < lint.index("pymarkdown")
    assert re.search(r"^lint:[^#\n]*\bcheckers\b", ROOT.joinpath("Makefile").read_text(), re.M)
