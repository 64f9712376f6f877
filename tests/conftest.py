"""Fixtures shared by every test: the repository root and a build of the site."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import ROOT, mkdocs_build


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per test session under SITE_URL."""
    site_dir = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture
def project_copy(tmp_path: Path) -> Iterator[Path]:
    """A throwaway copy of the project's sources, for tests that break things on purpose."""
    copy = tmp_path / "project"
    copy.mkdir()
    for name in ("mkdocs.yml", "docs", "overrides", "data", "screenshots/fonts"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif not source.exists():
            continue
        else:
            shutil.copy2(source, copy / name)
    yield copy
