"""The trick benchmark's variants (not its timings): each is the site less one trick, exactly."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import pytest
from git_repo import commit, git
from helpers import ROOT

from sitetools.lighthouse_bench import Result
from sitetools.trick_bench import (
    BASELINE,
    PROJECT,
    REMOVED,
    TRICKS,
    Patch,
    PatchError,
    RemovedTrick,
    Trick,
    apply,
    load,
    noise,
    report,
    save,
    summarise,
    variant,
    verdict,
)


def differing(left: Path, right: Path) -> set[str]:
    """Files (relative paths) that differ between two copies, or exist in one only."""
    found: set[str] = set()

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.update(prefix + name for name in cmp.diff_files + cmp.left_only + cmp.right_only)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return found


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return variant(tmp_path_factory.mktemp("baseline"), None)


def test_the_baseline_is_the_project_as_it_is(baseline: Path) -> None:
    for name in PROJECT:
        if (ROOT / name).is_dir():
            assert not differing(ROOT / name, baseline / name), name
        else:
            assert filecmp.cmp(ROOT / name, baseline / name, shallow=False), name


@pytest.mark.parametrize("trick", TRICKS, ids=lambda t: t.name)
def test_each_variant_applies_and_changes_only_what_its_patches_name(
    trick: Trick, baseline: Path, tmp_path: Path
) -> None:
    project = variant(tmp_path, trick)  # PatchError if the site changed under a patch
    patched = {p.path for p in trick.patches}
    assert differing(baseline, project) == patched
    for patch in trick.patches:
        text = (project / patch.path).read_text("utf-8")
        assert patch.new in text
        if patch.old not in patch.new:  # not an insertion
            assert patch.old not in text, f"{trick.name}: {patch.path} still has it"


def test_a_patch_that_no_longer_applies_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "site.css").write_text("a { color: red }\na { color: red }\n", "utf-8")
    with pytest.raises(PatchError, match=r"site\.css: 'b \{ color: blue \}' found 0 times, not 1"):
        apply(tmp_path, (Patch("site.css", "b { color: blue }"),))
    with pytest.raises(PatchError, match="found 2 times, not 1"):
        apply(tmp_path, (Patch("site.css", "a { color: red }"),))
    assert (tmp_path / "site.css").read_text("utf-8").count("red") == 2  # left as it was


@pytest.mark.parametrize("step", ["prune_css", "strip_css_comments"])
def test_a_copy_builds_with_its_own_patched_plugin(step: str, tmp_path: Path) -> None:
    trick = next(t for t in TRICKS if any(step in p.old for p in t.patches))
    project = variant(tmp_path, trick)
    env = {**os.environ, "PYTHONPATH": str(project / "scripts")}
    code = "import sitetools.plugin.pipeline as p; print(p.__file__, [s.__name__ for s in p.STEPS])"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert out.startswith(str(project)), out
    assert step not in out.split(" ", 1)[1]
    assert "content_security_policy" in out


def run(score: int, tbt: float, lcp: float, kb: float) -> Result:
    return Result({"performance": score}, {"TBT ms": tbt, "LCP ms": lcp, "KB": kb, "CLS": 0.0})


def test_a_trick_stays_only_if_its_removal_costs_more_than_the_noise() -> None:
    base = {"": summarise([run(100, 10, 1000, 60), run(100, 30, 1100, 60), run(99, 20, 1050, 60)])}
    assert base[""].spread == {"perf": 1, "TBT ms": 20, "LCP ms": 100, "KB": 0}
    quiet = noise({BASELINE: base})
    within_noise = {"": summarise([run(100, 40, 1150, 59)] * 3)}  # TBT +20, LCP +100, fewer KB
    assert verdict(base, within_noise, quiet) == (False, [])
    heavier = {"": summarise([run(100, 20, 1050, 62)] * 3)}
    assert verdict(base, heavier, quiet) == (True, ["/ KB +2 (noise 0)"])
    slower = {"": summarise([run(98, 20, 1050, 60)] * 3)}
    assert verdict(base, slower, quiet)[0]
    trifle = {"": summarise([run(100, 20, 1050, 60.05)] * 3)}  # 50 bytes
    assert verdict(base, trifle, quiet) == (False, [])
    lines = report({BASELINE: base, "heavier": heavier})
    assert lines[-1] == "heavier: KEEP (/ KB +2 (noise 0))"


def test_the_noise_is_the_widest_spread_of_any_variant() -> None:
    steady = {"": summarise([run(100, 20, 1000, 60)] * 3)}
    jumpy = {"": summarise([run(100, 20, 1000, 60), run(90, 400, 2000, 60), run(95, 20, 1500, 60)])}
    pooled = noise({BASELINE: steady, "jumpy": jumpy})
    assert pooled[""] == {"perf": 10, "TBT ms": 380, "LCP ms": 1000, "KB": 0}
    slower = {"": summarise([run(100, 300, 1900, 60)] * 3)}  # within the jumpy variant's spread
    assert verdict(steady, slower, pooled) == (False, [])


def test_saved_runs_are_reported_for_the_rounds_every_variant_completed(tmp_path: Path) -> None:
    done = [run(100, 10, 1000, 60), run(99, 20, 1100, 60)]
    saved = {BASELINE: {"": done, "en/": done}, "late": {"": done, "en/": done[:1]}}
    save(saved, tmp_path / "runs.json")
    loaded = load(tmp_path / "runs.json")
    assert {len(runs) for pages in loaded.values() for runs in pages.values()} == {1}
    assert loaded["late"]["en/"] == done[:1]


@pytest.fixture
def history(tmp_path: Path) -> tuple[Path, str]:
    """A project whose last commit removed a trick from its stylesheet (and from a file no
    build reads); returns it and that commit."""
    repo = tmp_path / "repo"
    css = repo / "docs/site.css"
    css.parent.mkdir(parents=True)
    css.write_text("a { color: red }\n.footnote { content-visibility: auto }\n", "utf-8")
    (repo / "notes.txt").write_text("trick\n", "utf-8")
    git(repo, "init", "-q")
    commit(repo, "With the trick", "2026-12-01T10:00:00+00:00")
    css.write_text("a { color: red }\n", "utf-8")
    (repo / "notes.txt").write_text("no trick\n", "utf-8")
    commit(repo, "Trick removed", "2026-12-02T10:00:00+00:00")
    return repo, git(repo, "rev-parse", "HEAD").strip()


def test_a_removed_trick_is_measured_with_its_removal_undone(
    history: tuple[Path, str], tmp_path: Path
) -> None:
    repo, removal = history
    project = variant(tmp_path / "variant", RemovedTrick("+cv", "", removal), source=repo)
    assert "content-visibility" in (project / "docs/site.css").read_text("utf-8")
    assert not (project / "notes.txt").exists()  # what a build does not read is not copied
    assert "content-visibility" not in (repo / "docs/site.css").read_text("utf-8")


def test_a_removal_that_cannot_be_undone_is_an_error(
    history: tuple[Path, str], tmp_path: Path
) -> None:
    repo, removal = history
    (repo / "docs/site.css").write_text("b { color: blue }\n", "utf-8")  # changed since
    with pytest.raises(PatchError, match="undoing it no longer applies"):
        variant(tmp_path / "a", RemovedTrick("+cv", "", removal), source=repo)
    with pytest.raises(PatchError, match=r"^0000000: "):  # not in this history (shallow clone)
        variant(tmp_path / "b", RemovedTrick("+cv", "", "0000000"), source=repo)


def test_a_removed_trick_comes_back_only_if_it_gains_more_than_the_noise() -> None:
    without = {"": summarise([run(100, 10, 1000, 60), run(100, 30, 1100, 60)])}
    lighter = {"": summarise([run(100, 20, 1050, 58)] * 2)}
    alike = {"": summarise([run(100, 25, 1080, 60)] * 2)}
    lines = report({BASELINE: without, REMOVED[0].name: lighter, REMOVED[1].name: alike})
    assert lines[-2] == f"{REMOVED[0].name}: RESTORE (/ KB +2 (noise 0))"
    assert lines[-1] == f"{REMOVED[1].name}: STAYS REMOVED (no gain above the noise)"
