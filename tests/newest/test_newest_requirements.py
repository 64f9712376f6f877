"""Pins become same-major ranges, and the freeze diff names what the newest install changed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT

from sitetools.newest_requirements import (
    RequirementsError,
    freeze_diff,
    frozen_versions,
    ranged,
    read_pins,
    same_major_range,
)

SCRIPT = ROOT / "scripts" / "newest_requirements.py"


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("9.8.2", ">=9.8.2,<10"),
        ("0.5", ">=0.5,<1"),
        ("1.0.9", ">=1.0.9,<2"),
        ("2026.10.19.post1", ">=2026.10.19.post1"),  # calendar versioning: no upper bound
        ("3.11.3.20261108", ">=3.11.3.20261108,<4"),
    ],
)
def test_each_pin_keeps_its_major_version(version: str, expected: str) -> None:
    assert same_major_range(version) == expected


def test_a_version_without_a_release_number_is_an_error() -> None:
    with pytest.raises(RequirementsError):
        same_major_range("dev")


def test_every_pinned_package_of_our_files_is_asked_for_within_its_range() -> None:
    for name in ("site.txt", "dev.txt"):
        pins = read_pins((ROOT / "requirements" / name).read_text("utf-8"), name)
        assert pins, name
        ranged_pins = ranged(pins).splitlines()
        assert [line.split(">=")[0] for line in ranged_pins] == [pin.name for pin in pins]
        for pin, line in zip(pins, ranged_pins, strict=True):
            assert line.startswith(f"{pin.name}>={pin.version}")
            assert "==" not in line


def test_comments_options_extras_and_markers_are_handled() -> None:
    text = (
        "# header\n-c constraints.txt\n\nfoo[bar]==1.2 ; python_version < '3.13'  # via x\n"
        "    # via -r dev.in\nBaz_Qux==0.1\n"
    )
    assert ranged(read_pins(text)) == (
        "foo[bar]>=1.2,<2 ; python_version < '3.13'\nBaz_Qux>=0.1,<1\n"
    )


def test_an_unpinned_line_names_file_and_line() -> None:
    with pytest.raises(RequirementsError, match=r"^site\.txt:2: "):
        read_pins("ok==1.0\nmkdocs>=1.6\n", "site.txt")


def test_the_diff_lists_changed_missing_and_new_packages_only() -> None:
    pins = read_pins("Mkdocs-Material==9.8.2\nmkdocs==1.6.1\nsly==0.5\n")
    frozen = frozen_versions(
        "mkdocs_material==9.9.0\nmkdocs==1.6.1\nnew-dep==2.0\n-e file:///work/site\n"
    )
    assert freeze_diff(pins, frozen) == [
        "~ Mkdocs-Material 9.8.2 -> 9.9.0",
        "- sly 0.5 (not installed)",
        "+ new-dep 2.0 (not pinned)",
    ]


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    # The system's Python as the Makefile runs it: standard library only.
    return subprocess.run(
        [sys.executable, "-S", str(SCRIPT), *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_command_writes_the_ranged_file_with_the_standard_library_only(
    tmp_path: Path,
) -> None:
    output = tmp_path / "newest" / "site.txt"
    result = run("ranges", str(ROOT / "requirements" / "site.txt"), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "mkdocs-material>=" in output.read_text("utf-8")
    result = run("diff", str(ROOT / "requirements" / "site.txt"), "-", stdin="mkdocs==9.0\n")
    assert result.returncode == 0, result.stderr
    assert "~ mkdocs 1.6.1 -> 9.0" in result.stdout


def test_a_bad_file_is_one_line_and_exit_2_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("mkdocs>=1\n", "utf-8")
    output = tmp_path / "out.txt"
    result = run("ranges", str(bad), "-o", str(output))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and f"{bad}:1:" in result.stderr
    assert not output.exists()
    result = run("ranges", str(tmp_path / "missing.txt"))
    assert result.returncode == 2 and "missing.txt" in result.stderr
    assert "Traceback" not in result.stderr
