"""No page's first visit downloads more than the byte budget written in the README.

Measured in Chromium with an empty cache, so the illustrations the browser fetches ahead of
the reader's scrolling count too (scripts/sitetools/page_weight.py says what is counted).
"""

from __future__ import annotations

from typing import Any

import pytest
from browser_support import AGENTS, VIEWPORTS, Site, page_paths
from playwright.sync_api import Browser, Response

from sitetools.page_weight import BUDGET_BYTES, PageWeight, compressed_size

# Lighthouse's emulated phone (an Android) opens the guide on its Android steps.
DEVICES: dict[str, dict[str, Any]] = {
    "android": {
        "user_agent": AGENTS["Android"],
        "viewport": {"width": 412, "height": 823},
        "device_scale_factor": 1.75,
        "is_mobile": True,
        "has_touch": True,
    },
    "desktop": {"viewport": VIEWPORTS["desktop"]},
}


def first_visit(browser: Browser, site: Site, path: str, device: str) -> PageWeight:
    context = browser.new_context(**DEVICES[device])
    page = context.new_page()
    responses: list[Response] = []
    page.on("response", lambda response: responses.append(response))
    page.goto(site.at(path))
    page.wait_for_load_state("networkidle")
    weight = PageWeight(f"{path or '/'} ({device})")
    for response in responses:
        if response.url.startswith(site.url):
            name = response.url.removeprefix(site.url).split("?")[0] or "index.html"
            weight.parts[name] = compressed_size(response.body())
    context.close()
    return weight


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("path", [*page_paths(), "no-such-page/", "en/no-such-page/"])
def test_first_visit_fits_the_budget(
    browser: Browser, served_site: Site, path: str, device: str
) -> None:
    weight = first_visit(browser, served_site, path, device)
    assert weight.total <= BUDGET_BYTES, f"over {BUDGET_BYTES // 1024} KB: {weight.summary()}"


def test_the_weight_counts_what_a_visit_loads(browser: Browser, served_site: Site) -> None:
    weight = first_visit(browser, served_site, "en/opt-out/", "android")
    names = set(weight.parts)
    assert "en/opt-out/" in names
    assert any(n.startswith("assets/javascripts/bundle.") for n in names), names
    assert any(n.startswith("assets/stylesheets/main.") for n in names), names
    assert any(n.startswith("en/assets/images/screens/phone-") for n in names), names
    assert not any("desktop-" in n or "-dark." in n for n in names), "hidden illustrations"
    assert not any("search" in n or "lunr" in n for n in names), "search fetched at load"
    assert weight.total > 50 * 1024  # the bundle alone is over 30 KB compressed
