"""The build benchmark's plumbing (not its timings): failures, the report and its verdict."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from sitetools.build_bench import TARGET, BuildFailedError, Timing, main, measure, report


def test_a_failing_build_is_an_error_with_its_output(tmp_path: Path) -> None:
    command = [sys.executable, "-c", "import sys; sys.exit('no such page')"]
    with pytest.raises(BuildFailedError, match="no such page"):
        measure(command, tmp_path, os.environ)


def test_the_report_gives_both_ratios_and_the_verdict_against_the_target() -> None:
    stock = Timing(cpu=2.0, wall=3.0)
    results = {
        "ours cold": Timing(cpu=2.0 * TARGET + 0.1, wall=9.0),
        "ours warm": Timing(cpu=2.0, wall=3.0),
        "stock cold": stock,
        "stock warm": stock,
    }
    text = "\n".join(report(results, runs=3))
    assert "ours/stock cold: 1.55x CPU, 3.00x wall" in text
    assert "ours/stock warm: 1.00x CPU, 1.00x wall" in text
    assert "missed" in text
    met = {**results, "ours cold": Timing(cpu=2.0 * TARGET, wall=9.0)}
    assert "met" in report(met, runs=3)[-1]


def test_a_configuration_error_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nplugins: [search]\n", "utf-8")
    assert main(["--runs", "1", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "i18n" in err
