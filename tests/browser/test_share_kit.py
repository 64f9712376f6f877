"""The Share page's copy buttons: our own script, shown only when it can copy, copying the
exact text shown; without JavaScript the text is there to select and no button pretends."""

from __future__ import annotations

import pytest
from browser_support import Monitor, Site, visit
from playwright.sync_api import Browser, expect


@pytest.mark.parametrize("path", ["share/", "en/share/"])
def test_copy_button_copies_the_text_shown(browser: Browser, served_site: Site, path: str) -> None:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    monitor = Monitor(served_site.url)
    page = monitor.attach(context.new_page())
    visit(page, served_site.at(path))
    button = page.locator('[data-copy-text="share-kit-post"]')
    expect(button).to_be_visible()
    label = button.inner_text()
    shown = page.locator("#share-kit-post").text_content()
    button.click()
    expect(button).to_have_text(button.get_attribute("data-copied") or "")
    copied = page.evaluate("navigator.clipboard.readText()")
    expect(button).to_have_text(label, timeout=5000)  # back to its label for the next copy
    context.close()
    assert shown and copied == shown
    monitor.assert_clean(path)


def test_without_javascript_the_text_is_there_and_no_button_shows(
    browser: Browser, served_site: Site
) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served_site.at("share/"))
    text = page.locator("#share-kit-post")
    expect(text).to_be_visible()
    assert "opt-out/" in (text.text_content() or "")
    for button in page.locator("[data-copy-text]").all():
        expect(button).to_be_hidden()
    context.close()
