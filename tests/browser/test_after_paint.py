"""What the first screen costs: Material's bundle and share.js start after the first paint
(overrides/partials/after-paint.html), and the page the reader first sees is already in their
colour scheme (partials/colour-scheme.html).
"""

from __future__ import annotations

import pytest
from browser_support import AGENTS, VIEWPORTS, Monitor, Site, visit
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


def test_the_browsers_own_parts_follow_the_palette(browser: Browser, served_site: Site) -> None:
    """Canvas and scrollbars take the scheme from Material's <meta name="color-scheme">, which
    follows the reader's switch."""
    context = reader(browser, "desktop", "dark")
    page = context.new_page()
    visit(page, served_site.at("en/opt-out/"))
    meta = page.locator("meta[name='color-scheme']")
    page.wait_for_function("document.querySelector('meta[name=color-scheme]')?.content === 'dark'")
    page.locator("form[data-md-component='palette'] label:visible").click()  # to light
    page.wait_for_function("document.body.dataset.mdColorScheme === 'default'")
    page.wait_for_function("document.querySelector('meta[name=color-scheme]')?.content === 'light'")
    assert meta.count() == 1
    context.close()
