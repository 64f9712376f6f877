"""Every page, both languages, phone and desktop: silent towards other hosts, no errors."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from browser_support import VIEWPORTS, Monitor, Site, page_paths, visit
from playwright.sync_api import Browser

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_sitemap_lists_exactly_the_pages_we_open(served_site: Site) -> None:
    tree = ET.parse(served_site.root / "sitemap.xml")
    locs = {e.text for e in tree.getroot().iterfind("s:url/s:loc", SITEMAP_NS)}
    assert locs == {served_site.at(path) for path in page_paths()}


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("path", page_paths())
def test_page_loads_only_its_own_files_without_errors(
    browser: Browser, served_site: Site, viewport: str, path: str
) -> None:
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    monitor = Monitor(served_site.url)
    page = monitor.attach(context.new_page())
    response = visit(page, served_site.at(path))
    assert response is not None and response.status == 200
    # Scroll to the end so that lazy images load too, then let the search worker settle.
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")
    context.close()
    assert len(monitor.requests) > 1
    monitor.assert_clean(f"{path} ({viewport})")
    assert not [u for u in monitor.requests if u.endswith("sitemap.xml")], monitor.requests
