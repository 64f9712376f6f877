"""A full-page PNG screenshot as Playwright takes it, in half the time.

`page.screenshot(full_page=True, animations="disabled", caret="hide")` asks Chromium for a PNG
compressed at zlib's default level: on a long page at desktop width, most of a second. Chromium
can compress for speed instead (`optimizeForSpeed`), the same pixels in a bigger file, but
Playwright does not pass the option. This does what Playwright does around the capture (its
`inPagePrepareForScreenshots` and `_fullPageSize`, Playwright 1.5x) and asks Chromium through
the DevTools protocol. tests/browser/test_pruned_css.py takes two of these for every page.
"""

from __future__ import annotations

import base64

from playwright.sync_api import Page

# Carets turned transparent; finite animations and transitions finished, infinite ones
# cancelled (and any that starts during the capture); the page's full size, as Playwright
# measures it. The returned function puts the page back as it was.
PREPARE = """() => {
    const carets = new Map()
    document.querySelectorAll("input,textarea,[contenteditable]").forEach(element => {
        const style = element.style
        carets.set(element, [style.getPropertyValue("caret-color"),
                             style.getPropertyPriority("caret-color")])
        style.setProperty("caret-color", "transparent", "important")
    })
    const cancelled = new Set()
    const settle = () => {
        for (const animation of document.getAnimations()) {
            if (!animation.effect || animation.playbackRate === 0 || cancelled.has(animation))
                continue
            try {
                if (Number.isFinite(animation.effect.getComputedTiming().endTime))
                    animation.finish()
                else {
                    animation.cancel()
                    cancelled.add(animation)
                }
            } catch (error) {}
        }
    }
    settle()
    document.addEventListener("transitionrun", settle)
    document.addEventListener("animationstart", settle)
    window.__fullPageRestore = () => {
        document.removeEventListener("transitionrun", settle)
        document.removeEventListener("animationstart", settle)
        for (const [element, [value, priority]] of carets)
            element.style.setProperty("caret-color", value, priority)
        for (const animation of cancelled) animation.play()
        delete window.__fullPageRestore
    }
    const body = document.body, root = document.documentElement
    return {
        width: Math.max(body.scrollWidth, root.scrollWidth, body.offsetWidth,
                        root.offsetWidth, body.clientWidth, root.clientWidth),
        height: Math.max(body.scrollHeight, root.scrollHeight, body.offsetHeight,
                         root.offsetHeight, body.clientHeight, root.clientHeight),
    }
}"""


def full_page_png(page: Page) -> bytes:
    """The whole page, animations finished and carets hidden, at the device's scale."""
    size = page.evaluate(PREPARE)
    try:
        page.evaluate("document.fonts.ready.then(() => true)")
        viewport = page.evaluate("({width: innerWidth, height: innerHeight})")
        fits = size["width"] <= viewport["width"] and size["height"] <= viewport["height"]
        session = page.context.new_cdp_session(page)
        try:
            shot = session.send(
                "Page.captureScreenshot",
                {
                    "format": "png",
                    "clip": {"x": 0, "y": 0, **size, "scale": 1},
                    "captureBeyondViewport": not fits,
                    "optimizeForSpeed": True,
                },
            )
        finally:
            session.detach()
    finally:
        page.evaluate("window.__fullPageRestore && window.__fullPageRestore()")
    return base64.b64decode(shot["data"])
