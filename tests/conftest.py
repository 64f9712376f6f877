"""Fixtures shared by every test: the repository root and a build of the site.

Every test that starts chromium gets the `browser` marker here, from the fixtures it uses, so
that `-m "not browser"` (`make check`) leaves out all of them and nothing else. The longest
tests are moved to the front, so that no core is left running one alone at the end.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from filelock import FileLock
from helpers import ROOT, copy_project, mkdocs_build

# Fixtures that start chromium: Playwright's (tests/browser) and the screenshot renderer's.
BROWSER_FIXTURES = frozenset({"playwright", "camera"})
# Modules whose tests take longest, run first (in this order): one test of 20 to 35 s (a nested
# pytest) started last would keep one core busy while the other one waits. pytest-xdist hands
# the first half of the list to one worker, the second half to the other, and a worker that runs
# out steals from the end of the other's: the front of the list starts at once.
LONGEST_FIRST = ("tests/docs/test_a_contributors_change.py",)


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `browser` every test that starts chromium through one of BROWSER_FIXTURES, and
    move the LONGEST_FIRST modules to the front (a stable sort: each module stays together)."""
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)
    items.sort(key=start_rank)


def start_rank(item: pytest.Item) -> int:
    """An item's place in LONGEST_FIRST, or after all of them."""
    module = item.nodeid.split("::")[0]
    return LONGEST_FIRST.index(module) if module in LONGEST_FIRST else len(LONGEST_FIRST)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The real site, built once per test session under SITE_URL, for every test that only
    reads it: under pytest-xdist the first worker builds it, the others wait and share it."""
    if worker_id == "master":  # no xdist
        return built_site(tmp_path_factory.mktemp("site"))
    shared = tmp_path_factory.getbasetemp().parent  # one folder for every worker of the run
    with FileLock(shared / "site.lock"):
        site_dir = shared / "site"
        if not (site_dir / "index.html").is_file():
            built_site(site_dir)
    return site_dir


def built_site(site_dir: Path) -> Path:
    result = mkdocs_build(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture
def project_copy(tmp_path: Path) -> Iterator[Path]:
    """A throwaway copy of the project's sources, for tests that break things on purpose."""
    yield copy_project(tmp_path / "project")
