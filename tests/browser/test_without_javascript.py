"""With JavaScript off, the home page and the guide still give every step."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser_support import VIEWPORTS, Site
from playwright.sync_api import Browser, BrowserContext, expect


@pytest.fixture
def no_js(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(java_script_enabled=False, viewport=VIEWPORTS["phone"])
    yield context
    context.close()


@pytest.mark.parametrize(("path", "date"), [("", "3 novembre 2025"), ("en/", "3 November 2025")])
def test_home_page_tells_the_story(
    no_js: BrowserContext, served_site: Site, path: str, date: str
) -> None:
    page = no_js.new_page()
    page.goto(served_site.at(path))
    text = page.locator("article").inner_text()
    assert date in text
    button = page.locator("article a.md-button--primary").first
    expect(button).to_be_visible()
    assert (button.get_attribute("href") or "").endswith("opt-out/")


@pytest.mark.parametrize("path", ["opt-out/", "en/opt-out/"])
def test_guide_steps_are_all_there_and_tabs_switch(
    no_js: BrowserContext, served_site: Site, path: str
) -> None:
    page = no_js.new_page()
    page.goto(served_site.at(path))
    tabs = page.locator(".tabbed-set").first
    blocks = tabs.locator(".tabbed-block")
    labels = tabs.locator(".tabbed-labels label")
    assert blocks.count() == labels.count() > 1  # one block of steps per device
    for index in range(blocks.count()):
        labels.nth(index).click()  # CSS-only radio tabs
        expect(blocks.nth(index)).to_be_visible()
        assert blocks.nth(index).locator("ol > li").count() > 0


@pytest.mark.parametrize("path", ["opt-out/", "en/opt-out/"])
def test_every_region_tab_opens_without_javascript(
    no_js: BrowserContext, served_site: Site, path: str
) -> None:
    """The complaints section's region set has more tabs than the device sets: the pruned
    stylesheet must still show each of them, and only it, with CSS alone."""
    page = no_js.new_page()
    page.goto(served_site.at(path))
    regions = page.locator("#complain ~ .tabbed-set").first
    labels = regions.locator(".tabbed-labels > label")
    blocks = regions.locator(".tabbed-block")
    assert labels.count() == blocks.count() > 3
    for index in reversed(range(labels.count())):
        labels.nth(index).click()
        for other in range(blocks.count()):
            if other == index:
                expect(blocks.nth(other)).to_be_visible()
            else:
                expect(blocks.nth(other)).to_be_hidden()
        assert blocks.nth(index).locator("a[href^='https://']").count() >= 1
