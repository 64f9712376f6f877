"""No page's first visit downloads more than the byte budget written in the README.

Measured in Chromium with an empty cache, as Lighthouse measures it in `make bench`: the same
emulated phone, the same compressing server, and each response counted as Chromium received it
(headers and compressed body), so the illustrations the browser fetches ahead of the reader's
scrolling count too (scripts/sitetools/page_weight.py says what is counted).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import AGENTS, VIEWPORTS, Site, page_paths
from playwright.sync_api import Browser, Response

from sitetools.page_weight import BUDGET_BYTES, PageWeight, transfer_size
from sitetools.static_server import serve

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
# What Lighthouse sends before loading a page (its emulation.js, NO_THROTTLING_METRICS): with
# it, Chromium no longer estimates the connection and takes the widest lazy-loading margin,
# which fetches more illustrations than a plain visit.
NO_THROTTLING = {"latency": 0, "downloadThroughput": 0, "uploadThroughput": 0, "offline": False}
# The 404 pages load their files by root-relative paths: opened directly, they weigh what a
# reader's mistyped address costs (the bench's server has no 404 page of its own).
NOT_FOUND_PAGES = ["404.html", "en/404.html"]


@pytest.fixture(scope="module")
def bench_site(served_site: Site) -> Iterator[Site]:
    """The built site behind the server `make bench` gives Lighthouse (gzip, plain headers)."""
    with serve(served_site.root) as url:
        yield Site(served_site.root, url)


def first_visit(browser: Browser, site: Site, path: str, device: str) -> PageWeight:
    context = browser.new_context(**DEVICES[device])
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.emulateNetworkConditions", NO_THROTTLING)
    responses: list[Response] = []
    page.on("response", lambda response: responses.append(response))
    page.goto(site.at(path))
    page.wait_for_load_state("networkidle")
    # Lighthouse reads the manifest, so Chromium fetches it; its response event may come later.
    manifest = cdp.send("Page.getAppManifest").get("url")
    if manifest and not any(response.url == manifest for response in responses):
        page.wait_for_event("response", lambda response: response.url == manifest)
    weight = PageWeight(f"{path or '/'} ({device})")
    for response in responses:
        if not response.url.startswith("data:"):
            name = response.url.removeprefix(site.url).split("?")[0] or "index.html"
            weight.parts[name] = transfer_size(response.request)
    context.close()
    return weight


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("path", [*page_paths(), *NOT_FOUND_PAGES])
def test_first_visit_fits_the_budget(
    browser: Browser, bench_site: Site, path: str, device: str
) -> None:
    weight = first_visit(browser, bench_site, path, device)
    assert weight.total <= BUDGET_BYTES, f"over {BUDGET_BYTES // 1024} KB: {weight.summary()}"


def test_the_weight_counts_what_a_visit_loads(browser: Browser, bench_site: Site) -> None:
    weight = first_visit(browser, bench_site, "en/opt-out/", "android")
    names = set(weight.parts)
    assert "en/opt-out/" in names
    assert any(n.startswith("assets/javascripts/bundle.") for n in names), names
    assert any(n.startswith("assets/stylesheets/main.") for n in names), names
    assert any(n.startswith("en/assets/images/screens/phone-") for n in names), names
    assert not any("desktop-" in n or "-dark." in n for n in names), "hidden illustrations"
    assert not any("search" in n or "lunr" in n for n in names), "search fetched at load"
    assert "en/site.webmanifest" in names, "Lighthouse counts the manifest it reads"
    assert weight.total > 50 * 1024  # the bundle alone is over 30 KB compressed
    # As in Lighthouse: text counts compressed, and every file its headers on top.
    html = (bench_site.root / "en/opt-out/index.html").stat().st_size
    assert weight.parts["en/opt-out/"] < html / 2, "the page was counted uncompressed"
    image = next(n for n in names if n.startswith("en/assets/images/screens/phone-"))
    assert weight.parts[image] > (bench_site.root / image).stat().st_size, "headers not counted"
