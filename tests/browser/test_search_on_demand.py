"""Search downloads nothing until the reader reaches for it.

See overrides/partials/search-on-demand.html.

Material starts its search worker and fetches the index on every page load; we hold both back
until the search box gets focus, the phone's search button is pressed, or the address asks for
a highlight. These tests watch the requests a real browser makes.
"""

from __future__ import annotations

import pytest
from browser_support import VIEWPORTS, Monitor, Site, visit
from playwright.sync_api import Browser, Page, expect
from test_behaviour import type_query_until_results

SEARCH_FILES = ("/search/search_index.json", "/workers/search.", "/lunr/")


def search_requests(monitor: Monitor) -> list[str]:
    return [url for url in monitor.requests if any(part in url for part in SEARCH_FILES)]


def fetched_once_started(page: Page, monitor: Monitor, last: str, seconds: int = 10) -> list[str]:
    """The search files fetched, once `last` (the worker's final import) has been asked for."""
    for _ in range(seconds * 10):
        if any(last in url for url in search_requests(monitor)):
            break
        page.wait_for_timeout(100)
    return search_requests(monitor)


def settled(page: Page, url: str) -> None:
    visit(page, url)
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("path", ["", "opt-out/", "en/", "en/opt-out/", "no-such-page/"])
def test_a_page_load_fetches_no_search_file(
    monitored: tuple[Page, Monitor], served_site: Site, path: str
) -> None:
    page, monitor = monitored
    settled(page, served_site.at(path))
    page.mouse.move(5, 400)  # a pointer resting on the page, away from the search box
    page.wait_for_timeout(300)
    assert search_requests(monitor) == [], f"{path}: search files fetched at load"


def test_the_search_box_starts_search_and_finds_results(
    monitored: tuple[Page, Monitor], served_site: Site
) -> None:
    page, monitor = monitored
    settled(page, served_site.at("en/"))
    page.locator("input[data-md-component='search-query']").focus()
    results = page.locator(".md-search-result__item a")
    type_query_until_results(page, "objection", results)
    fetched = search_requests(monitor)
    assert any("/en/search/search_index.json" in url for url in fetched), fetched
    assert any("/workers/search." in url for url in fetched), fetched
    monitor.assert_clean("search on focus")


def test_the_phone_search_button_starts_search_in_french(
    browser: Browser, served_site: Site
) -> None:
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    monitor = Monitor(served_site.url)
    page = monitor.attach(context.new_page())
    settled(page, served_site.at("faq/"))
    assert search_requests(monitor) == []
    page.locator("label.md-header__button[for='__search']").click()
    fetched = fetched_once_started(page, monitor, "lunr.fr")
    context.close()
    assert any(url.endswith("/search/search_index.json") for url in fetched), fetched
    assert any("lunr.fr" in url for url in fetched), "French search without its stemmer"
    monitor.assert_clean("phone search button")


def test_a_highlight_address_fetches_the_index_and_marks_the_words(
    monitored: tuple[Page, Monitor], served_site: Site
) -> None:
    page, monitor = monitored
    visit(page, served_site.at("en/opt-out/?h=objection"))
    expect(page.locator("article mark").first).to_be_visible()
    assert search_requests(monitor), "no search file for ?h="
    monitor.assert_clean("highlight")
