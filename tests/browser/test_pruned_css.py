"""Every page looks the same, pixel for pixel, with Material's full stylesheets and with the
pruned ones that sitetools/plugin/unused_css.py ships, in both schemes, on a phone and a desktop,
including what scripts draw later (search results, the phone's drawer, another device tab)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import material
import pytest
from browser_support import VIEWPORTS, Site, page_paths, visit
from full_page import full_page_png
from PIL import Image, ImageChops
from playwright.sync_api import Browser, BrowserContext, Page, Route

# Material's own stylesheets by kind ("main", "palette"), and the URLs of our pruned copies.
FULL_CSS = {
    path.name.split(".")[0]: path
    for path in (Path(material.__file__).parent / "templates/assets/stylesheets").glob("*.css")
}
SHIPPED_CSS = "**/assets/stylesheets/*.min.css"
# Chromium's text anti-aliasing moves a few pixels by a few levels between two identical loads;
# a lost rule (a colour, an icon, a margin) moves hundreds of pixels by far more.
NOISE = 24
MAX_DIFFERING = 25
LOOKS = {"phone-light": ("phone", "light"), "desktop-dark": ("desktop", "dark")}


def serve_full_css(route: Route) -> None:
    kind = route.request.url.rsplit("/", 1)[1].split(".")[0]
    route.fulfill(body=FULL_CSS[kind].read_bytes(), content_type="text/css")


def snapshot(page: Page, url: str, act: Callable[[Page], None]) -> bytes:
    """The whole page once every illustration has loaded and `act` has run."""
    visit(page, url)
    page.evaluate(
        """() => Promise.all([...document.images].map(image => {
            image.loading = "eager"
            return image.decode().catch(() => null)
        }))"""
    )
    act(page)
    page.wait_for_timeout(150)
    return full_page_png(page)  # screenshot(full_page=True, animations="disabled", caret="hide")


def differing_pixels(first: bytes, second: bytes) -> tuple[int, tuple[int, ...] | None]:
    """How many pixels differ visibly, and where; text anti-aliasing alone stays under it."""
    a, b = (Image.open(io.BytesIO(data)).convert("RGB") for data in (first, second))
    if a.size != b.size:
        return a.width * a.height, (0, 0, *a.size)
    difference = ImageChops.difference(a, b)
    if difference.getbbox() is None:  # the same pixels: most pages, at once
        return 0, None
    visible = difference.convert("L").point(lambda v: 255 if v > NOISE else 0)
    return sum(visible.histogram()[1:]), visible.getbbox()


def compare(context: BrowserContext, url: str, act: Callable[[Page], None]) -> None:
    page = context.new_page()
    shipped = snapshot(page, url, act)
    page.route(SHIPPED_CSS, serve_full_css)
    full = snapshot(page, url, act)
    page.close()
    count, where = differing_pixels(shipped, full)
    assert count <= MAX_DIFFERING, f"{url}: {count} pixels differ in {where} with the full CSS"


@pytest.fixture(params=LOOKS, scope="module")
def look(request: pytest.FixtureRequest, browser: Browser) -> Iterator[BrowserContext]:
    device, scheme = LOOKS[request.param]
    context = browser.new_context(viewport=VIEWPORTS[device], color_scheme=scheme)  # type: ignore[arg-type]
    yield context
    context.close()


def nothing(page: Page) -> None:
    pass


def looks_by_language() -> list[tuple[str, str]]:
    """Each page in both looks, one per language: French in one, English in the other,
    swapping from one page to the next. Both languages build the same markup from the same
    Markdown structure (check_translations.py keeps them so), so every page meets every
    look, and every look both languages, at half the cost of every page in every look."""
    paths = [*page_paths(), "no-such-page/", "en/no-such-page/"]
    french = [path for path in paths if not path.startswith("en/")]
    names = list(LOOKS)
    pairs = []
    for index, path in enumerate(french):
        first, second = names[index % 2], names[(index + 1) % 2]
        pairs += [(first, path), (second, f"en/{path}")]
    assert {path for _, path in pairs} == set(paths), "every page is compared"
    return pairs


@pytest.mark.parametrize(("look", "path"), looks_by_language(), indirect=["look"])
def test_page_looks_the_same(look: BrowserContext, served_site: Site, path: str) -> None:
    compare(look, served_site.at(path), nothing)


def search_results(page: Page) -> None:
    page.keyboard.press("/")
    page.keyboard.type("objection")
    page.locator(".md-search-result__item").first.wait_for()
    page.wait_for_timeout(500)  # results keep arriving


def drawer(page: Page) -> None:
    """The navigation drawer of narrow screens (wide ones show the navigation as it is)."""
    button = page.locator("label.md-header__button[for='__drawer']")
    if button.is_visible():
        button.click()


def android_tab(page: Page) -> None:
    page.locator(".tabbed-labels label").nth(2).click()


@pytest.mark.parametrize(
    ("path", "act"),
    [("en/", search_results), ("faq/", drawer), ("opt-out/", android_tab)],
    ids=["search", "drawer", "tabs"],
)
def test_what_scripts_draw_looks_the_same(
    look: BrowserContext, served_site: Site, path: str, act: Callable[[Page], None]
) -> None:
    compare(look, served_site.at(path), act)


@pytest.mark.parametrize("look", ["phone-light"], indirect=True)
def test_a_lost_rule_is_seen(look: BrowserContext, served_site: Site) -> None:
    """Guard against a comparison that cannot fail: Material's full stylesheets without the
    header's colours are told apart from the shipped ones."""

    colours = "color:var(--md-primary-bg-color);background-color:var(--md-primary-fg-color)"
    header = f"z-index:4;display:block;{colours}"  # in .md-header{...} only
    main = FULL_CSS["main"].read_text(encoding="utf-8")
    assert main.count(header) == 1, "Material's header rule changed: pick another one"

    def without_header_colours(route: Route) -> None:
        if not route.request.url.rsplit("/", 1)[1].startswith("main."):
            serve_full_css(route)
            return
        route.fulfill(body=main.replace(header, "z-index:4;display:block"), content_type="text/css")

    page = look.new_page()
    url = served_site.at("faq/")
    shipped = snapshot(page, url, nothing)
    page.route(SHIPPED_CSS, without_header_colours)
    lost = snapshot(page, url, nothing)
    page.close()
    assert differing_pixels(shipped, lost)[0] > MAX_DIFFERING
