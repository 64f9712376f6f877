"""`make serve`: an edit to a page reloads the open tab by itself, the page's CSP allowing it.

MkDocs writes its reload script inline into every page it serves; a policy listing only the
hashes of the built pages' scripts blocks it, and the tab never reloads (sitetools/plugin/csp.py
relaxes the policy under `mkdocs serve` only; tests/overrides/test_csp.py checks the built
pages keep it). This runs `mkdocs serve` on a copy of the site, on a free loopback port.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import MKDOCS, SHARED_CACHE, free_port
from playwright.sync_api import Browser, ConsoleMessage, expect

START_SECONDS = 180  # the first build, on a loaded machine
RELOAD_MS = 30_000


@dataclass(frozen=True)
class LiveSite:
    project: Path
    url: str


def wait_until_served(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, "mkdocs serve stopped before serving"
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise AssertionError(f"mkdocs serve did not serve {url} in {START_SECONDS} s")


@pytest.fixture
def live_site(project_copy: Path) -> Iterator[LiveSite]:
    """`mkdocs serve --livereload` (what `make serve` runs) on a copy of the site."""
    address = f"127.0.0.1:{free_port()}"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **SHARED_CACHE}
    command = [*MKDOCS, "serve", "--livereload", "--dev-addr", address]
    process = subprocess.Popen(
        command, cwd=project_copy, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        url = f"http://{address}/"
        wait_until_served(url, process)
        yield LiveSite(project_copy, url)
    finally:
        process.send_signal(signal.SIGINT)  # as Ctrl+C: MkDocs removes its temporary site
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_an_edit_reloads_the_open_tab_with_the_new_text(
    browser: Browser, live_site: LiveSite
) -> None:
    page = browser.new_page()
    refused: list[str] = []

    def note_refusal(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            refused.append(message.text)

    page.on("console", note_refusal)
    page.goto(live_site.url + "en/about/", wait_until="load")
    page.evaluate("window.notReloadedYet = true")  # a reload starts a new window object
    source = live_site.project / "docs" / "en" / "about.md"
    marker = "This sentence was added while the page was open."
    source.write_text(source.read_text(encoding="utf-8") + f"\n{marker}\n", encoding="utf-8")
    expect(page.locator("article")).to_contain_text(marker, timeout=RELOAD_MS)
    assert page.evaluate("window.notReloadedYet === undefined"), "the text came without a reload"
    assert not refused, refused
    page.close()
