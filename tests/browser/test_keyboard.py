"""Keyboard alone: skip link, language switcher and device tabs."""

from __future__ import annotations

from browser_support import Monitor, Site, visit
from playwright.sync_api import Page, expect

MAX_TABS = 80


def tab_until(page: Page, predicate: str) -> None:
    """Press Tab until `predicate` (a JS expression on `el`) holds for the focused element."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => Boolean({predicate}))(document.activeElement)"):
            return
    raise AssertionError(f"never focused an element where {predicate}")


def test_skip_link_is_first_and_jumps_to_the_content(
    monitored: tuple[Page, Monitor], served_site: Site
) -> None:
    page, monitor = monitored
    visit(page, served_site.at("opt-out/"))
    page.keyboard.press("Tab")
    skip = page.locator("a.md-skip")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(served_site.at("opt-out/#opt-out"))
    monitor.assert_clean("skip link")


def test_language_switcher_by_keyboard(monitored: tuple[Page, Monitor], served_site: Site) -> None:
    page, monitor = monitored
    visit(page, served_site.at("faq/"))
    tab_until(page, "el.matches('.md-select__link[hreflang=en]')")
    expect(page.locator(".md-select__link[hreflang=en]")).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(served_site.at("en/faq/"))
    monitor.assert_clean("switcher")


def test_device_tabs_by_keyboard(monitored: tuple[Page, Monitor], served_site: Site) -> None:
    page, monitor = monitored
    visit(page, served_site.at("en/opt-out/"))
    tab_until(page, "el.id === '__tabbed_1_1'")
    page.keyboard.press("ArrowRight")
    expect(page.locator("#__tabbed_1_2")).to_be_checked()
    blocks = page.locator(".tabbed-set").first.locator(".tabbed-block")
    expect(blocks.nth(1)).to_be_visible()
    expect(blocks.nth(0)).to_be_hidden()
    monitor.assert_clean("tabs by keyboard")
