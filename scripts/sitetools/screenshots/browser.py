"""Photographs mockup pages with Playwright driving Debian's chromium, offline by construction.

Never ``playwright install``: it downloads a browser. Every request the page makes is answered
from memory or from the vendored fonts folder; anything else is aborted and fails the render,
so a mockup can never pull a web font or an image from another host.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from types import TracebackType

from playwright.sync_api import (
    Browser,
    BrowserContext,
    FloatRect,
    Page,
    Playwright,
    Route,
    sync_playwright,
)
from playwright.sync_api import Error as PlaywrightError

from sitetools import chromium
from sitetools.chromium import CHROMIUM
from sitetools.screenshots.spec import Crop, Device

CHROMIUM_ARGS = (
    *chromium.CHROMIUM_ARGS,
    # Same pixels on every machine: no hinting from the host's fontconfig, sRGB output.
    "--font-render-hinting=none",
    "--force-color-profile=srgb",
    "--hide-scrollbars",
)
# A reserved name (RFC 2606): it cannot resolve, and routing answers before any lookup.
ORIGIN = "http://mockup.invalid"
PAGE_PATH = "/index.html"
FONTS_PATH = "/fonts/"
LOAD_FONTS = """async () => {
  await Promise.all(Array.from(document.fonts, (face) => face.load()));
  await document.fonts.ready;
  return Array.from(document.fonts, (face) => face.status);
}"""

# The highlight ring (template.html `.target`) reaches this far outside its element: a 4 px
# offset and 3 px outline, or a 9 px glow. A crop must keep all of it.
RING_REACH = 9
# Top and bottom of every ring, in CSS pixels from the top of the page.
RINGS = """() => Array.from(document.querySelectorAll(".target"), (element) => {
  const box = element.getBoundingClientRect();
  return [box.top + window.scrollY, box.bottom + window.scrollY];
})"""


class BrowserError(RuntimeError):
    """Chromium is missing, or a page could not be rendered exactly as written."""


def check_rings(rings: list[list[float]], crop: Crop) -> None:
    """Refuse a crop that cuts the ring marking what to tap: the image would lose its point."""
    for top, bottom in rings:
        if top - RING_REACH < crop.top or bottom + RING_REACH > crop.top + crop.height:
            raise BrowserError(
                f"the crop {crop.top}+{crop.height} px cuts the highlight ring"
                f" ({top - RING_REACH:.0f} to {bottom + RING_REACH:.0f} px): widen it in shots.yml"
            )


class Renderer:
    """One chromium for a whole run; one context per device (viewport and scale)."""

    def __init__(self, fonts_dir: Path, executable: Path = CHROMIUM) -> None:
        self._fonts_dir = fonts_dir
        self._executable = executable
        self._html = ""
        self._blocked: list[str] = []
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self._pages: dict[str, tuple[BrowserContext, Page]] = {}

    def __enter__(self) -> Renderer:
        if not self._executable.is_file():
            raise BrowserError(
                f"{self._executable} not found: install Debian's chromium"
                " (`sudo apt-get install chromium`); never `playwright install`"
            )
        self._playwright = sync_playwright().start()
        try:
            self._browser = self._playwright.chromium.launch(
                executable_path=str(self._executable), args=list(CHROMIUM_ARGS)
            )
        except PlaywrightError as error:
            self._playwright.stop()
            raise BrowserError(f"chromium did not start: {error.message}") from error
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._playwright is not None:
            self._playwright.stop()

    def _serve(self, route: Route) -> None:
        """The page from memory, fonts from the vendored folder, nothing else."""
        url = route.request.url
        path = url.removeprefix(ORIGIN) if url.startswith(ORIGIN + "/") else None
        if path == PAGE_PATH:
            route.fulfill(body=self._html, content_type="text/html; charset=utf-8")
            return
        if path is not None and path.startswith(FONTS_PATH):
            font = self._fonts_dir / path.removeprefix(FONTS_PATH)
            if font.parent == self._fonts_dir and font.is_file():
                kind = mimetypes.guess_type(font.name)[0] or "application/octet-stream"
                route.fulfill(body=font.read_bytes(), content_type=kind)
                return
        self._blocked.append(url)
        route.abort()

    def _page(self, device: Device) -> Page:
        if device.name not in self._pages:
            if self._browser is None:
                raise BrowserError("Renderer used outside a `with` block")
            context = self._browser.new_context(
                viewport={"width": device.width, "height": device.height},
                device_scale_factor=device.scale,
                reduced_motion="reduce",
            )
            page = context.new_page()
            page.route("**/*", self._serve)
            self._pages[device.name] = (context, page)
        return self._pages[device.name][1]

    def screenshot(self, html: str, device: Device, crop: Crop | None = None) -> bytes:
        """A PNG of the viewport, or of its `crop` band, once every font has loaded."""
        self._html, self._blocked = html, []
        page = self._page(device)
        clip: FloatRect | None = None
        try:
            page.goto(ORIGIN + PAGE_PATH, wait_until="load")
            statuses = page.evaluate(LOAD_FONTS)
            if crop is not None:
                check_rings(page.evaluate(RINGS), crop)
                clip = {"x": 0, "y": crop.top, "width": device.width, "height": crop.height}
            png = page.screenshot(type="png", animations="disabled", caret="hide", clip=clip)
        except PlaywrightError as error:
            raise BrowserError(f"rendering failed: {error.message}") from error
        if self._blocked:
            raise BrowserError(f"the mockup asked for {', '.join(self._blocked)}: not served")
        if not statuses or any(status != "loaded" for status in statuses):
            raise BrowserError(f"the vendored fonts did not load: {statuses}")
        return png
