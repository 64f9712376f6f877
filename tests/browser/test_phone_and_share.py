"""Narrow phones, and the share row's script-driven controls."""

from __future__ import annotations

import pytest
from browser_support import Monitor, Site, visit
from playwright.sync_api import Browser, Route, expect

NARROWEST = {"width": 320, "height": 640}


@pytest.mark.parametrize(
    "path",
    ["", "opt-out/", "en/", "en/opt-out/", "share/", "en/share/"],  # the Share page: long lines
)
def test_readable_at_320_px_without_sideways_scrolling(
    browser: Browser, served_site: Site, path: str
) -> None:
    context = browser.new_context(viewport=NARROWEST)
    page = context.new_page()
    visit(page, served_site.at(path))
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert width <= NARROWEST["width"], f"{path} is {width} px wide at 320 px"


def test_share_controls_need_no_third_party_and_open_the_readers_instance(
    browser: Browser, served_site: Site
) -> None:
    context = browser.new_context()
    # The Mastodon window must not reach the network: answer it here.
    opened: list[str] = []

    def refuse(route: Route) -> None:
        opened.append(route.request.url)
        route.fulfill(status=204, body="")

    context.route("https://mastodon.example/**", refuse)
    monitor = Monitor(served_site.url)
    page = monitor.attach(context.new_page())
    visit(page, served_site.at("en/faq/"))
    row = page.locator("nav.share")
    expect(row.locator("[data-share-copy]")).to_be_visible()
    row.locator("summary").click()
    row.locator("#share-mastodon-instance").fill("https://mastodon.example/@me")
    row.locator("[data-share-mastodon]").click()
    for _ in range(50):  # the new window asks for its page shortly after the click
        if opened:
            break
        page.wait_for_timeout(100)
    context.close()
    assert len(opened) == 1
    assert opened[0].startswith("https://mastodon.example/share?text=")
    assert served_site.at("en/faq/").replace(":", "%3A").replace("/", "%2F") in opened[0]
    monitor.assert_clean("share row")
