"""The GitHub Actions workflow is valid and does what the README promises."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = shutil.which("actionlint", path=str(Path(sys.executable).parent))


def load(path: Path) -> dict[str, object]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    data["on"] = data.pop(True, data.get("on"))
    return data


def test_actionlint_passes() -> None:
    assert ACTIONLINT, "actionlint is installed by `make test` (requirements/dev.txt)"
    result = subprocess.run(
        [ACTIONLINT, "-color=false", *map(str, WORKFLOWS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_would_catch_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n"
        "      - run: echo ${{ github.nope }}\n",
        "utf-8",
    )
    assert ACTIONLINT
    result = subprocess.run(
        [ACTIONLINT, "-color=false", str(broken)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0


@pytest.fixture(scope="module")
def ci() -> dict[str, object]:
    return load(ROOT / ".github" / "workflows" / "ci.yml")


def test_pull_requests_run_make_test(ci: dict[str, object]) -> None:
    assert "pull_request" in ci["on"]  # type: ignore[operator]
    steps = ci["jobs"]["test"]["steps"]  # type: ignore[index]
    assert any(step.get("run") == "make test" for step in steps)


def test_pages_are_published_from_main_only_after_tests(ci: dict[str, object]) -> None:
    deploy = ci["jobs"]["deploy"]  # type: ignore[index]
    assert deploy["needs"] == "test"
    assert "refs/heads/main" in deploy["if"]
    assert deploy["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    uses = [step.get("uses", "") for step in deploy["steps"]]
    assert any(u.startswith("actions/deploy-pages@") for u in uses)


def test_least_privilege_and_pinned_actions() -> None:
    for path in WORKFLOWS:
        assert load(path)["permissions"] == {}, path
        for action in re.findall(r"uses:\s*(\S+)", path.read_text(encoding="utf-8")):
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), f"{path}: {action}"


@pytest.fixture(scope="module")
def sources() -> dict[str, Any]:
    return load(ROOT / ".github" / "workflows" / "sources.yml")


def weekly_job(workflow: dict[str, Any]) -> dict[str, Any]:
    """The one job of a weekly workflow, checked: once a week and on demand, one at a time,
    within the hour, with no credentials left in the checkout."""
    assert set(workflow["on"]) == {"schedule", "workflow_dispatch"}
    (schedule,) = workflow["on"]["schedule"]
    minute, hour, day, month, weekday = schedule["cron"].split()
    assert (day, month) == ("*", "*"), "every month, every day of the month"
    assert minute.isdigit() and hour.isdigit() and weekday.isdigit(), "once a week"
    assert workflow["concurrency"]["cancel-in-progress"] is False
    (job,) = workflow["jobs"].values()
    assert job["timeout-minutes"] <= 60
    assert job["steps"][0]["with"]["persist-credentials"] is False
    return dict(job)


def test_the_source_watch_runs_weekly_and_on_demand(sources: dict[str, Any]) -> None:
    job = weekly_job(sources)
    # Exactly what it needs: push its branch, open its pull request, open its issue.
    assert job["permissions"] == {
        "contents": "write",
        "pull-requests": "write",
        "issues": "write",
    }
    script = "\n".join(step.get("run", "") for step in job["steps"])
    assert "scripts/watch_sources.py --format markdown" in script
    assert "gh pr create" in script and "gh issue create" in script
    assert sources["env"]["ISSUE_TITLE"] == "Sources changed"


@pytest.fixture(scope="module")
def newest() -> dict[str, Any]:
    return load(ROOT / ".github" / "workflows" / "newest.yml")


def test_the_newest_versions_run_weekly_and_on_demand(newest: dict[str, Any]) -> None:
    job = weekly_job(newest)
    assert job["permissions"] == {"contents": "read", "issues": "write"}


def test_the_newest_versions_run_what_ci_runs_with_newest_requirements(
    ci: dict[str, object], newest: dict[str, object]
) -> None:
    (job,) = newest["jobs"].values()  # type: ignore[union-attr]
    runs = [step.get("run", "") for step in job["steps"]]
    assert "make test REQUIREMENTS=newest" in runs
    # Every set-up step of CI's test job (browser, dictionaries) is here too, unchanged.
    ci_steps = ci["jobs"]["test"]["steps"]  # type: ignore[index]
    setup = [s["run"] for s in ci_steps if "run" in s and not s["run"].startswith("make ")]
    assert setup and all(command in runs for command in setup)
    diff = next(r for r in runs if "newest_requirements.py diff" in r)
    assert ".venv-newest/bin/python -m pip freeze" in diff and "requirements/dev.txt" in diff


def test_a_failure_opens_or_updates_one_issue(newest: dict[str, object]) -> None:
    (job,) = newest["jobs"].values()  # type: ignore[union-attr]
    step = job["steps"][-1]
    assert step["if"] == "failure()"
    assert newest["env"]["ISSUE_TITLE"] == "Newest versions break the build"  # type: ignore[index]
    script = step["run"]
    assert "gh issue list --state open" in script
    assert 'gh issue create --title "$ISSUE_TITLE"' in script
    assert "gh issue comment" in script


def make_env() -> dict[str, str]:
    """The environment without what a calling make passes on (`make test REQUIREMENTS=newest`
    exports its command-line variables to every make below it through MAKEFLAGS)."""
    inherited = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "REQUIREMENTS", "PIP_UPGRADE"}
    return {k: v for k, v in os.environ.items() if k not in inherited}


def make_dry_run(*args: str) -> str:
    result = subprocess.run(
        ["make", "-n", "-B", *args],
        cwd=ROOT,
        env=make_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_builds_the_newest_versions_in_a_venv_of_their_own() -> None:
    newest = make_dry_run("build", "REQUIREMENTS=newest")
    ranged = ".venv-newest/requirements/site.txt"
    assert f"ranges requirements/site.txt -o {ranged}" in newest
    assert '".venv-newest" .venv-newest/requirements/site.txt' in newest
    assert ".venv-newest/bin/mkdocs build" in newest and ".venv/" not in newest
    pinned = make_dry_run("build")
    assert '".venv" requirements/site.txt' in pinned and "newest" not in pinned


def test_make_refuses_an_unknown_requirements_value() -> None:
    result = subprocess.run(
        ["make", "-n", "build", "REQUIREMENTS=latest"],
        cwd=ROOT,
        env=make_env(),
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "pinned (default) or newest" in result.stderr
