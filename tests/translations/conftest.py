"""Fixtures: throwaway copies of the site in tmp_path, as git repositories or not."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_run import Run, invoke
from git_repo import OLD, commit, git
from helpers import ROOT

from sitetools.translations.cli import main

# What check_translations.py reads: the config (its theme needs overrides/, its watch list and
# the plugin data/), the pages, the glossary and the illustrations' labels.
COPIED = ("mkdocs.yml", "docs", "overrides", "data", "glossary", "screenshots")


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """The site's sources, copied (no git repository yet)."""
    project = tmp_path / "project"
    project.mkdir()
    for name in COPIED:
        source = ROOT / name
        if name == "screenshots":
            (project / name).mkdir()
            for labels in source.glob("labels.*.yml"):
                shutil.copy2(labels, project / name / labels.name)
        elif source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, project / name)
    return project


@pytest.fixture
def repo(copy: Path) -> Path:
    """The copy as a git repository whose one commit is dated ``OLD``."""
    git(copy, "init", "-q", "-b", "main")
    commit(copy, "site", OLD)
    return copy


Check = Callable[..., Run]


@pytest.fixture
def check() -> Check:
    """check_translations.py on a project, JSON output."""

    def run(project: Path, *args: str) -> Run:
        return invoke(main, "--config", project / "mkdocs.yml", "--format", "json", *args)

    return run
