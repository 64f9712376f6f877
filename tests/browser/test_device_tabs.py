"""The guide opens on the reader's phone; a tab the reader picks is kept."""

from __future__ import annotations

import pytest
from browser_support import AGENTS, Monitor, Site, visit
from playwright.sync_api import Browser, expect


@pytest.mark.parametrize("device", AGENTS)
@pytest.mark.parametrize(
    ("path", "desktop"), [("opt-out/", "Ordinateur"), ("en/opt-out/", "Desktop")]
)
def test_first_visit_from_a_phone_opens_its_tab_and_a_choice_sticks(
    browser: Browser, served_site: Site, device: str, path: str, desktop: str
) -> None:
    context = browser.new_context(user_agent=AGENTS[device], viewport={"width": 390, "height": 844})
    monitor = Monitor(served_site.url)
    page = monitor.attach(context.new_page())
    visit(page, served_site.at(path))
    tabs = page.locator(".tabbed-set").first
    labels = tabs.locator(".tabbed-labels > label")
    selected = tabs.locator("input:checked")
    expect(selected).to_have_count(1)
    selected_label = tabs.locator(f"label[for='{selected.get_attribute('id')}']")
    assert selected_label.inner_text().strip() == device
    labels.filter(has_text=desktop).click()  # the reader prefers the desktop steps
    page.reload()
    selected = page.locator(".tabbed-set").first.locator("input:checked")
    label = page.locator(f"label[for='{selected.get_attribute('id')}']")
    assert label.inner_text().strip() == desktop
    context.close()
    monitor.assert_clean(f"{device} {path}")


@pytest.mark.parametrize("device", AGENTS)
@pytest.mark.parametrize("path", ["opt-out/", "en/opt-out/"])
def test_a_phone_never_downloads_the_desktop_steps_even_on_a_slow_network(
    browser: Browser, slow_site: Site, device: str, path: str
) -> None:
    """The phone's tab must be open before the browser first lays out the steps: the
    desktop tab's illustrations, lazy but near the top, would otherwise start loading."""
    context = browser.new_context(user_agent=AGENTS[device], viewport={"width": 390, "height": 844})
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    visit(page, slow_site.at(path))
    page.wait_for_load_state("networkidle")
    context.close()
    assert any("/screens/phone-" in url for url in requested), requested
    assert not [url for url in requested if "/screens/desktop-" in url]


def test_desktop_visitors_start_on_the_desktop_tab(browser: Browser, served_site: Site) -> None:
    context = browser.new_context()
    page = context.new_page()
    visit(page, served_site.at("opt-out/"))
    assert page.locator("#__tabbed_1_1").is_checked()
    context.close()


@pytest.mark.parametrize(
    ("device", "scheme", "image"),
    [("Android", "light", "phone-"), ("iPhone", "dark", "phone-"), (None, "light", "desktop-")],
)
def test_the_open_tabs_first_illustration_loads_at_once(
    browser: Browser, served_site: Site, device: str | None, scheme: str, image: str
) -> None:
    agent = {"user_agent": AGENTS[device]} if device else {}
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        color_scheme=scheme,  # type: ignore[arg-type]
        **agent,  # type: ignore[arg-type]
    )
    page = context.new_page()
    visit(page, served_site.at("en/opt-out/"))
    eager = page.eval_on_selector_all(
        "img:not([loading=lazy])", "images => images.map(image => image.getAttribute('src'))"
    )
    context.close()
    assert len(eager) == 1, eager
    assert image in eager[0] and eager[0].endswith(f"-{scheme}.webp#only-{scheme}"), eager


@pytest.mark.parametrize("device", AGENTS)
@pytest.mark.parametrize(("path", "region"), [("opt-out/", "Suisse"), ("en/opt-out/", "Canada")])
def test_picking_a_region_does_not_cost_a_phone_its_steps(
    browser: Browser, served_site: Site, device: str, path: str, region: str
) -> None:
    """Material remembers every tab a reader picks, regions too: the device sets must still
    open on the phone, and the region set keep the reader's region."""
    context = browser.new_context(user_agent=AGENTS[device], viewport={"width": 390, "height": 844})
    page = context.new_page()
    visit(page, served_site.at(path))
    regions = page.locator("#complain ~ .tabbed-set").first
    regions.locator(".tabbed-labels > label").filter(has_text=region).click()
    page.reload()
    page.wait_for_load_state("networkidle")
    for index in range(page.locator(".tabbed-set").count()):
        tab_set = page.locator(".tabbed-set").nth(index)
        selected = tab_set.locator(":scope > input:checked")
        label = tab_set.locator(f"label[for='{selected.get_attribute('id')}']").inner_text().strip()
        names = [
            text.strip() for text in tab_set.locator(".tabbed-labels > label").all_inner_texts()
        ]
        if device in names:
            assert label == device, f"{path}: set {index + 1} opened on {label}"
        elif region in names:
            assert label == region, f"{path}: the region set forgot {region}"
    context.close()
