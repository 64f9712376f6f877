"""On a phone, the guide shows two consecutive steps with their illustrations on one screen.

A full-height phone mockup per step made the reader scroll a screen per step: the phone
illustrations are cropped to what matters (screenshots/shots.yml), and this checks the result
where it counts, in the reader's browser at a phone's size, in the tab their phone opens.
"""

from __future__ import annotations

from typing import Any

import pytest
from browser_support import AGENTS, VIEWPORTS, Site, visit
from playwright.sync_api import Browser, Page

# The steps of the open tab of the guide's first tab set, and the illustrations each shows in
# the colour scheme in use (the other scheme's are display: none).
STEPS = """() => {
  const set = document.querySelector(".tabbed-set");
  const blocks = set.querySelectorAll(":scope > .tabbed-content > .tabbed-block");
  const open = Array.from(blocks).find((block) => block.checkVisibility());
  return open ? open.querySelectorAll(":scope > ol > li").length : 0;
}"""
STEP = """(index) => {
  const set = document.querySelector(".tabbed-set");
  const blocks = set.querySelectorAll(":scope > .tabbed-content > .tabbed-block");
  const open = Array.from(blocks).find((block) => block.checkVisibility());
  return open.querySelectorAll(":scope > ol > li")[index];
}"""
# Scroll step N to the top of the screen, just below the sticky header.
SCROLL_TO = """(step) => {
  const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
  window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - header);
}"""
# What of a step the reader sees: the step's box and its shown illustrations (boxes and files).
BOXES = """(step) => ({
  header: document.querySelector(".md-header").getBoundingClientRect().bottom,
  step: [step.getBoundingClientRect().top, step.getBoundingClientRect().bottom],
  images: Array.from(step.querySelectorAll("img"))
    .filter((image) => image.checkVisibility())
    .map((image) => {
      const box = image.getBoundingClientRect();
      return {
        src: image.getAttribute("src"), top: box.top, bottom: box.bottom,
        ratio: box.width / box.height,
        loaded: image.complete && image.naturalHeight > 0,
        natural: image.naturalWidth / (image.naturalHeight || 1),
      };
    }),
})"""
LOADED = """(step) => Array.from(step.querySelectorAll("img"))
  .filter((image) => image.checkVisibility())
  .every((image) => image.complete && image.naturalHeight > 0)"""
SLACK = 0.5  # sub-pixel layout
RATIO_SLACK = 0.02  # width and height attributes are whole CSS pixels


def seen(page: Page, index: int) -> dict[str, Any]:
    """The boxes of step `index` (0-based) of the open tab, where they are now."""
    step = page.evaluate_handle(STEP, index)
    boxes: dict[str, Any] = page.evaluate(BOXES, step)
    return boxes


def on_one_screen(page: Page, index: int) -> list[str]:
    """Scroll step `index` to the top: what of it and of the next step is off the screen."""
    page.evaluate(SCROLL_TO, page.evaluate_handle(STEP, index))
    height = page.viewport_size["height"] if page.viewport_size else 0
    problems = []
    for number in (index, index + 1):
        boxes = seen(page, number)
        if not boxes["images"]:
            problems.append(f"step {number + 1} shows no illustration")
        parts = [("as a whole", *boxes["step"])] + [
            (image["src"], image["top"], image["bottom"]) for image in boxes["images"]
        ]
        for name, top, bottom in parts:
            if top < boxes["header"] - SLACK or bottom > height + SLACK:
                problems.append(f"step {number + 1} {name}: {top:.0f} to {bottom:.0f} px")
    return problems


def first_pair_on_one_screen(page: Page, where: str) -> int:
    """The first step N of the open tab that fits on one screen with step N + 1, or fail."""
    count = page.evaluate(STEPS)
    assert count >= 2, f"{where}: the open tab has no numbered steps"
    report = {}
    for index in range(count - 1):
        problems = on_one_screen(page, index)
        if not problems:
            return index
        report[f"steps {index + 1} and {index + 2}"] = problems
    pytest.fail(f"{where}: no two steps fit on a {VIEWPORTS['phone']} screen: {report}")


@pytest.mark.parametrize(("device", "scheme"), [("iPhone", "light"), ("Android", "dark")])
@pytest.mark.parametrize("path", ["opt-out/", "en/opt-out/"])
def test_two_steps_and_their_illustrations_fit_on_a_phone_screen(
    browser: Browser, served_site: Site, path: str, device: str, scheme: str
) -> None:
    context = browser.new_context(
        user_agent=AGENTS[device],
        viewport=VIEWPORTS["phone"],
        color_scheme=scheme,  # type: ignore[arg-type]
    )
    try:
        page = context.new_page()
        visit(page, served_site.at(path))
        index = first_pair_on_one_screen(page, f"{path} ({device})")
        # The pair shows its images as drawn: the page's size attributes match the files.
        step = page.evaluate_handle(STEP, index)
        page.wait_for_function(LOADED, arg=step)
        for image in seen(page, index)["images"]:
            assert image["src"].endswith(f"-{scheme}.webp#only-{scheme}"), image
            assert abs(image["ratio"] - image["natural"]) < RATIO_SLACK, image
    finally:
        context.close()
