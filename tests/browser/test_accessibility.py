"""axe-core finds nothing on any page, in either colour scheme, in either language."""

from __future__ import annotations

import pytest
from axe_playwright_python.base import AXE_SCRIPT
from browser_support import TRANSITIONS_ENDED, VIEWPORTS, Site, page_paths, visit
from playwright.sync_api import Browser, Page

SCHEMES = {"light": "default", "dark": "slate"}


def axe_violations(page: Page) -> list[str]:
    """axe-core's violations on the page, one line per rule with the first offending nodes."""
    page.evaluate(AXE_SCRIPT)
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in results["violations"]
    ]


def switch_to_dark_after_scrolling(page: Page) -> None:
    """Scroll to the bottom and back to the top, then pick the dark scheme with the palette
    toggle, and wait until the colours have faded in (the transitions have ended)."""
    for scroll in ("document.body.scrollHeight", "0"):
        page.evaluate(f"window.scrollTo(0, {scroll})")
        page.wait_for_timeout(100)
    page.locator("form[data-md-component='palette'] label:visible").click()
    page.wait_for_function(TRANSITIONS_ENDED)  # Material fades colours in, 125 to 250 ms


@pytest.mark.parametrize("path", [*page_paths(), "404.html", "en/404.html"])
@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_axe_violation_on_any_page(
    browser: Browser, served_site: Site, scheme: str, path: str
) -> None:
    """One test per page and scheme, so that pytest-xdist shares them out between cores. The
    dark case loads in light and switches as a reader does, after scrolling to the bottom and
    back, the sequence in which footnotes under `content-visibility` once kept their light
    colours (issue 17)."""
    context = browser.new_context(viewport=VIEWPORTS["phone"], color_scheme="light")
    page = context.new_page()
    visit(page, served_site.at(path))
    if scheme == "dark":
        switch_to_dark_after_scrolling(page)
    shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert shown == SCHEMES[scheme], f"{path} shows {shown}"
    violations = axe_violations(page)
    context.close()
    assert not violations


def test_axe_does_report_a_real_violation(browser: Browser, served_site: Site) -> None:
    """Guard against a check that cannot fail: an image without alt text is reported."""
    page = browser.new_page()
    page.goto(served_site.at(""), wait_until="load")
    page.evaluate(
        "document.querySelector('article').insertAdjacentHTML('beforeend', '<img src=\"x.png\">')"
    )
    assert any(v.startswith("image-alt (") for v in axe_violations(page))
    page.close()
