"""What a reader does: switch language, search, change device tab, hit a dead link."""

from __future__ import annotations

import pytest
from browser_support import Monitor, Site, visit
from playwright.sync_api import BrowserContext, Locator, Page, expect

GUIDE = {"fr": "opt-out/", "en": "en/opt-out/"}
SEARCH_READY_SECONDS = 30


def type_query_until_results(page: Page, query: str, results: Locator) -> None:
    """Type the query, again if the search worker was still indexing when it arrived."""
    box = page.locator("input[data-md-component='search-query']")
    for _ in range(SEARCH_READY_SECONDS):
        box.fill("")
        box.type(query)
        try:
            expect(results.first).to_be_visible(timeout=1_000)
            return
        except AssertionError:
            continue
    raise AssertionError(f"no search result for {query!r} after {SEARCH_READY_SECONDS} s")


@pytest.mark.parametrize(
    ("here", "there", "name"),
    [
        ("opt-out/", "en/opt-out/", "English"),
        ("en/faq/", "faq/", "Français"),
    ],
)
def test_switcher_lands_on_the_same_page_in_the_other_language(
    monitored: tuple[Page, Monitor], served_site: Site, here: str, there: str, name: str
) -> None:
    page, monitor = monitored
    visit(page, served_site.at(here))
    page.locator(".md-select").first.hover()
    page.get_by_role("link", name=name, exact=True).click()
    expect(page).to_have_url(served_site.at(there))
    monitor.assert_clean(here)


@pytest.mark.parametrize(
    ("path", "query", "lang_prefix"),
    [
        ("", "désactiver", ""),
        ("en/", "turn off", "en/"),
    ],
)
def test_search_finds_the_guide_in_the_page_language(
    monitored: tuple[Page, Monitor], served_site: Site, path: str, query: str, lang_prefix: str
) -> None:
    page, monitor = monitored
    visit(page, served_site.at(path))
    page.keyboard.press("/")  # Material's shortcut to open search
    results = page.locator(".md-search-result__item a")
    type_query_until_results(page, query, results)
    # Read every result at once: the list is re-rendered while results keep arriving.
    targets: list[str] = results.evaluate_all("links => links.map(link => link.href)")
    assert any(t.startswith(served_site.at(GUIDE["en" if lang_prefix else "fr"])) for t in targets)
    other = served_site.at("en/") if not lang_prefix else None
    if other:
        assert not [t for t in targets if t.startswith(other)], "French search shows English pages"
    else:
        assert all(t.startswith(served_site.at("en/")) for t in targets), targets
    monitor.assert_clean(f"search {query}")


@pytest.mark.parametrize("lang", GUIDE)
def test_device_tabs_switch(monitored: tuple[Page, Monitor], served_site: Site, lang: str) -> None:
    page, monitor = monitored
    visit(page, served_site.at(GUIDE[lang]))
    tabs = page.locator(".tabbed-set").first
    blocks = tabs.locator(".tabbed-block")
    expect(blocks.nth(0)).to_be_visible()
    expect(blocks.nth(2)).to_be_hidden()
    tabs.locator(".tabbed-labels label").nth(2).click()  # Android
    expect(blocks.nth(2)).to_be_visible()
    expect(blocks.nth(0)).to_be_hidden()
    monitor.assert_clean(f"tabs {lang}")


def test_palette_toggle_works_under_the_csp(
    monitored: tuple[Page, Monitor], served_site: Site
) -> None:
    page, monitor = monitored
    visit(page, served_site.at(""))
    before = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    after = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert {before, after} == {"default", "slate"}
    monitor.assert_clean("palette")


@pytest.mark.parametrize(
    ("missing", "lang", "title"),
    [
        ("no-such-page/", "fr", "Page introuvable"),
        ("en/no-such-page/", "en", "Page not found"),
    ],
)
def test_404_in_the_language_of_the_path(
    context: BrowserContext, served_site: Site, missing: str, lang: str, title: str
) -> None:
    monitor = Monitor(served_site.url)
    page = monitor.attach(context.new_page())
    response = visit(page, served_site.at(missing))
    assert response is not None and response.status == 404
    assert page.evaluate("document.documentElement.lang") == lang
    expect(page.locator("h1")).to_have_text(title)
    monitor.assert_clean(missing)


def test_a_host_with_one_404_page_still_answers_in_english_under_en(
    context: BrowserContext, github_pages_site: Site
) -> None:
    monitor = Monitor(github_pages_site.url)
    page = monitor.attach(context.new_page())
    page.goto(github_pages_site.at("en/no-such-page/"))
    expect(page).to_have_url(github_pages_site.at("en/404.html"))
    assert page.evaluate("document.documentElement.lang") == "en"
    expect(page.locator("h1")).to_have_text("Page not found")
    page.goto(github_pages_site.at("no-such-page/"))
    expect(page.locator("h1")).to_have_text("Page introuvable")
    assert page.url == github_pages_site.at("no-such-page/")
    monitor.assert_clean("one 404 page")
