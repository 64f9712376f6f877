"""Fixtures for real-browser tests: the built site on 127.0.0.1 and Debian's chromium.

The site is built with SITE_URL set to the test server, served with the headers of its
`_headers` file and per-language 404 pages (as Netlify or Cloudflare Pages would serve it), and
opened in headless chromium through Playwright. Nothing leaves the machine.

Playwright's synchronous API keeps an asyncio loop running while it is started, so the browser
is started per test module: once the browser tests are over, other suites may use asyncio.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from browser_support import (
    VIEWPORTS,
    Monitor,
    Site,
    SiteHandler,
    read_headers_file,
)
from helpers import ROOT, free_port, mkdocs_build
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from sitetools.chromium import CHROMIUM, CHROMIUM_ARGS


@contextmanager
def serving(site_dir: Path, port: int, **handler_attributes: object) -> Iterator[None]:
    """The built site on 127.0.0.1:`port`, with its `_headers` (and any handler setting)."""
    attributes = {"extra_headers": read_headers_file(site_dir / "_headers"), **handler_attributes}
    handler = type("Handler", (SiteHandler,), attributes)
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(handler, directory=str(site_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def served_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    site_dir = tmp_path_factory.mktemp("browser-site")
    result = mkdocs_build(ROOT, site_dir, site_url=url)
    assert result.returncode == 0, result.stderr
    with serving(site_dir, port):
        yield Site(site_dir, url)


@pytest.fixture(scope="session")
def github_pages_site(served_site: Site) -> Iterator[Site]:
    """The same site where every missing address gets /404.html, as on GitHub Pages."""
    port = free_port()
    with serving(served_site.root, port, per_language_404=False):
        yield Site(served_site.root, f"http://127.0.0.1:{port}/")


@pytest.fixture(scope="session")
def slow_site(served_site: Site) -> Iterator[Site]:
    """The same site, its guide held back just before its second tab set, as on a slow network."""
    port = free_port()
    second_tab_set = b'<div class="tabbed-set tabbed-alternate" data-tabs="2:'
    with serving(served_site.root, port, pause_before=second_tab_set):
        yield Site(served_site.root, f"http://127.0.0.1:{port}/")


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: `make test` installs Debian's chromium"
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
    yield browser
    browser.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport=VIEWPORTS["desktop"])
    yield context
    context.close()


@pytest.fixture
def monitored(context: BrowserContext, served_site: Site) -> tuple[Page, Monitor]:
    monitor = Monitor(served_site.url)
    return monitor.attach(context.new_page()), monitor
