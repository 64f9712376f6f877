"""What the first screen costs: Material's bundle and share.js start after the first paint
(overrides/partials/after-paint.html), the page the reader first sees is already in their colour
scheme (partials/colour-scheme.html), and the footnotes wait to be styled and laid out until
the reader scrolls near them (content-visibility in site.css), and once the bundle runs,
nothing makes the browser restyle the whole page.
"""

from __future__ import annotations

import json

import pytest
from browser_support import AGENTS, VIEWPORTS, Monitor, Site, page_paths, render_all, visit
from playwright.sync_api import Browser, BrowserContext, Page

SCRIPTS = ("/assets/javascripts/bundle.", "/assets/javascripts/share.js")
# What the page shows once it is read, before any script held back for after the paint runs.
SCHEME_WHEN_READ = """document.addEventListener("DOMContentLoaded", () => {
    window.schemeWhenRead = document.body.getAttribute("data-md-color-scheme")
})"""


def timings(page: Page) -> dict[str, float]:
    """When the first paint and the load event happened, and when each held script started."""
    return page.evaluate(
        """(scripts) => {
            const times = {
                paint: performance.getEntriesByName("first-contentful-paint")[0].startTime,
                load: performance.getEntriesByType("navigation")[0].loadEventEnd,
            }
            for (const entry of performance.getEntriesByType("resource"))
                for (const script of scripts)
                    if (entry.name.includes(script)) times[script] = entry.startTime
            return times
        }""",
        list(SCRIPTS),
    )


@pytest.mark.parametrize("path", ["", "en/opt-out/", "no-such-page/"])
def test_the_scripts_start_after_the_first_paint_and_the_load_event(
    browser: Browser, served_site: Site, path: str
) -> None:
    context = browser.new_context(
        viewport=VIEWPORTS["phone"], user_agent=AGENTS["Android"], is_mobile=True
    )
    monitor = Monitor(served_site.url)
    page = monitor.attach(context.new_page())
    visit(page, served_site.at(path))
    times = timings(page)
    context.close()
    for script in SCRIPTS:
        assert script in times, f"{path}: {script} never requested"
        assert times[script] >= times["paint"], f"{path}: {script} before the first paint {times}"
        assert times[script] >= times["load"], f"{path}: {script} before the load event {times}"
    monitor.assert_clean(path)


def test_material_and_share_js_still_set_the_page_up(
    monitored: tuple[Page, Monitor], served_site: Site
) -> None:
    page, monitor = monitored
    visit(page, served_site.at("en/opt-out/"))
    # Material: the palette toggle it reveals, the tab indicator it measures; share.js: its buttons.
    assert page.locator("form[data-md-component='palette'] label:visible").count() == 1
    width = "getComputedStyle(document.querySelector('.tabbed-labels'))"
    assert page.evaluate(f"{width}.getPropertyValue('--md-indicator-width')").endswith("px")
    assert page.locator("nav.share [data-share-copy]").is_visible()
    # The alternate links hidden from Material's sitemap lookup are back, as written.
    written = (served_site.root / "en" / "opt-out" / "index.html").read_text("utf-8")
    alternates = written.count('<link rel="alternate"')  # one per language, x-default, the feed
    assert alternates > 2
    page.wait_for_function(
        f"document.querySelectorAll('link[rel=alternate]').length === {alternates}"
    )
    assert page.locator("link[rel=x-alternate]").count() == 0
    assert not [url for url in monitor.requests if url.endswith("sitemap.xml")]
    monitor.assert_clean("en/opt-out/")


def reader(browser: Browser, viewport: str, system: str) -> BrowserContext:
    """A browser whose system prefers `system` ("light" or "dark"), noting SCHEME_WHEN_READ."""
    context = browser.new_context(viewport=VIEWPORTS[viewport], color_scheme=system)  # type: ignore[arg-type]
    context.add_init_script(SCHEME_WHEN_READ)
    return context


def scheme_when_read(page: Page, url: str) -> str:
    visit(page, url)
    return str(page.evaluate("window.schemeWhenRead"))


def test_a_dark_system_gets_the_dark_scheme_before_any_script_runs(
    browser: Browser, served_site: Site
) -> None:
    context = reader(browser, "phone", "dark")
    assert scheme_when_read(context.new_page(), served_site.at("en/")) == "slate"
    context.close()


def test_the_readers_own_choice_comes_back_before_any_script_runs(
    browser: Browser, served_site: Site
) -> None:
    context = reader(browser, "desktop", "light")
    page = context.new_page()
    assert scheme_when_read(page, served_site.at("faq/")) == "default"
    page.locator("form[data-md-component='palette'] label:visible").click()  # to dark
    assert scheme_when_read(page, served_site.at("opt-out/")) == "slate"
    context.close()


def test_footnotes_are_drawn_only_when_the_reader_gets_near(
    browser: Browser, served_site: Site
) -> None:
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    page = context.new_page()
    visit(page, served_site.at("en/opt-out/"))
    footnotes = page.locator(".md-typeset > .footnote")
    rendered = "block => block.firstElementChild.checkVisibility({contentVisibilityAuto: true})"
    assert footnotes.evaluate(rendered) is False
    assert page.locator(".md-typeset > .tabbed-set").first.evaluate(rendered) is True  # on screen
    footnotes.scroll_into_view_if_needed()
    page.wait_for_timeout(200)
    assert footnotes.evaluate(rendered) is True
    context.close()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_footnotes_wait_in_a_box_at_least_as_tall_as_they_are(
    browser: Browser, served_site: Site, viewport: str
) -> None:
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    page = context.new_page()
    too_tall = {}
    for path in page_paths():
        visit(page, served_site.at(path))
        footnotes = page.locator(".md-typeset > .footnote")
        if not footnotes.count():
            continue
        waiting = footnotes.evaluate("block => getComputedStyle(block).containIntrinsicHeight")
        box = float(waiting.split()[-1].removesuffix("px"))
        render_all(page)
        drawn = footnotes.evaluate("block => block.getBoundingClientRect().height")
        if drawn > box:
            too_tall[path] = (drawn, box)
    context.close()
    assert not too_tall, f"footnotes taller than their waiting box (site.css): {too_tall}"


def root_scheme(page: Page) -> str:
    return str(page.evaluate("getComputedStyle(document.documentElement).colorScheme"))


def test_the_browsers_own_parts_follow_the_palette_without_materials_meta(
    browser: Browser, served_site: Site
) -> None:
    """Canvas and scrollbars take the scheme from the root (colour-scheme.html), whose
    scheme follows the reader's switch; Material's meta stays out."""
    context = reader(browser, "desktop", "dark")
    page = context.new_page()
    visit(page, served_site.at("en/opt-out/"))
    assert root_scheme(page) == "dark"
    page.locator("form[data-md-component='palette'] label:visible").click()  # to light
    page.wait_for_function("document.body.dataset.mdColorScheme === 'default'")
    assert root_scheme(page) == "light"
    assert page.locator("meta[name='color-scheme']").count() == 0
    assert page.locator("meta[name='theme-color']").count() == 1  # Material's, still there
    context.close()


def whole_page_restyles(browser: Browser, page: Page, url: str) -> tuple[int, list[int]]:
    """The page's element count, and how many elements each style recalculation touched
    once Material's bundle started (from a Chromium trace)."""
    browser.start_tracing(page=page, categories=["devtools.timeline"])
    visit(page, url)
    page.wait_for_timeout(300)
    events = json.loads(browser.stop_tracing())["traceEvents"]
    bundle_start = min(
        event["ts"]
        for event in events
        if event["name"] == "EvaluateScript"
        and "/bundle." in event.get("args", {}).get("data", {}).get("url", "")
    )
    counts = [
        event["args"]["elementCount"]
        for event in events
        if event["name"] == "UpdateLayoutTree"
        and event["ts"] >= bundle_start
        and "elementCount" in event.get("args", {})
    ]
    elements = int(page.evaluate("document.getElementsByTagName('*').length"))
    return elements, counts


@pytest.mark.parametrize("path", ["opt-out/", "en/"])
def test_nothing_restyles_the_whole_page_once_the_bundle_runs(
    browser: Browser, served_site: Site, path: str
) -> None:
    """Each whole-page restyle is a long task on a phone. Material's bundle used to cause
    several at load (classes on <html>, data-md-color-switching, its color-scheme meta)."""
    context = reader(browser, "phone", "light")
    page = context.new_page()
    elements, counts = whole_page_restyles(browser, page, served_site.at(path))
    context.close()
    assert counts, "no style recalculation traced after the bundle started"
    assert max(counts) < elements / 2, f"{path}: {elements} elements, restyles {counts}"
