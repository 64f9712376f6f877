"""What the browser tests share: pages to open, the test server, and a request monitor."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import BinaryIO, ClassVar
from urllib.parse import urlsplit

from helpers import page_names, page_url
from playwright.sync_api import (
    ConsoleMessage,
    Page,
    Request,
    Response,
)

# Material's bundle and share.js start after the first paint (overrides/partials/after-paint.html):
# true once the bundle has set the page up (its document$ has emitted) and share.js with it.
ENHANCED = """() => new Promise(resolve => {
    const wait = () => window.document$
        ? window.document$.subscribe(() => setTimeout(() => resolve(true)))
        : setTimeout(wait, 20)
    wait()
})"""

# True once no CSS transition runs any more where the page is drawn, checked two frames after a
# change (time for the browser to restyle and start them) and again after each one ends (one
# may start another): Material's colour fade when the reader switches schemes, 0.1 to 0.25 s
# (unused_css.py drops the rules that would hold it back). A transition in a block that
# content-visibility leaves undrawn does not run until the block is drawn: not waited for.
TRANSITIONS_ENDED = """() => new Promise(resolve => {
    const settle = () => requestAnimationFrame(() => requestAnimationFrame(() => {
        const running = document.getAnimations().filter(animation =>
            animation instanceof CSSTransition && animation.playState === "running"
            && animation.effect.target.checkVisibility({contentVisibilityAuto: true}))
        if (!running.length) return resolve(true)
        Promise.all(running.map(transition => transition.finished.catch(() => null)))
            .then(settle)
    }))
    settle()
})"""

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}
AGENTS = {
    "Android": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/150.0 Mobile Safari/537.36",
    "iPhone": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
}
LANGUAGES = {"fr": "", "en": "en/"}


def page_paths() -> list[str]:
    """Site-root-relative URL of every page in both languages, from the French sources."""
    urls = [page_url(name) for name in page_names()]
    return [prefix + url for prefix in LANGUAGES.values() for url in urls]


def visit(page: Page, url: str) -> Response | None:
    """Open `url` as a reader has it a moment later: Material's behaviour and share.js set up."""
    response = page.goto(url)
    page.wait_for_function(ENHANCED)
    return response


def read_headers_file(path: Path) -> list[tuple[str, str]]:
    """Headers of the `/*` rule of a Netlify-style `_headers` file."""
    headers = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith((" ", "\t")) and ":" in line:
            name, value = line.strip().split(":", 1)
            headers.append((name.strip(), value.strip()))
    return headers


class SiteHandler(SimpleHTTPRequestHandler):
    """Static files, the site's `_headers`, and a 404 page in the language of the path."""

    extra_headers: ClassVar[list[tuple[str, str]]] = []
    # False: one 404 page for the whole site, as GitHub Pages serves it.
    per_language_404: ClassVar[bool] = True
    # A file holding these bytes is sent in two parts, the second one half a second later, as on
    # a slow network: the browser lays out the first part meanwhile, as real browsers do.
    pause_before: ClassVar[bytes | None] = None

    def copyfile(self, source: BinaryIO, outputfile: BinaryIO) -> None:  # type: ignore[override]
        data = source.read()
        cut = data.find(self.pause_before) if self.pause_before else -1
        if cut <= 0:
            outputfile.write(data)
            return
        outputfile.write(data[:cut])
        outputfile.flush()
        time.sleep(0.5)
        outputfile.write(data[cut:])

    def end_headers(self) -> None:
        for name, value in self.extra_headers:
            self.send_header(name, value)
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404:
            super().send_error(code, message, explain)
            return
        under_en = urlsplit(self.path).path.startswith("/en/")
        folder = "en/" if self.per_language_404 and under_en else ""
        body = (Path(self.directory) / folder / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class Site:
    root: Path
    url: str

    def at(self, path: str) -> str:
        return self.url + path


@dataclass
class Monitor:
    """Everything a page did that a reader would not want: other hosts, errors, 404s."""

    origin: str
    requests: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    missing_documents: set[str] = field(default_factory=set)

    def on_request(self, request: Request) -> None:
        self.requests.append(request.url)
        parts = urlsplit(request.url)
        if (
            parts.scheme not in ("data", "blob")
            and f"{parts.scheme}://{parts.netloc}/" != self.origin
        ):
            self.foreign.append(request.url)

    def on_response(self, response: Response) -> None:
        if response.request.resource_type == "document":
            if response.status == 404:
                self.missing_documents.add(response.url)  # a 404 page, asked for on purpose
        elif response.status >= 400:
            self.failed.append(f"{response.status} {response.url}")

    def on_request_failed(self, request: Request) -> None:
        # ERR_ABORTED is the browser giving up a request itself (the page navigated away, a
        # hidden image stopped loading): not a broken request of ours.
        if "ERR_ABORTED" not in (request.failure or ""):
            self.failed.append(f"failed {request.url} {request.failure}")

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        if message.location.get("url") in self.missing_documents:
            return  # the browser's own note that the page it asked for is a 404
        self.errors.append(message.text)

    def on_page_error(self, error: Exception) -> None:
        self.errors.append(str(error))

    def attach(self, page: Page) -> Page:
        page.on("request", self.on_request)
        page.on("response", self.on_response)
        page.on("console", self.on_console)
        page.on("pageerror", self.on_page_error)
        page.on("requestfailed", self.on_request_failed)
        return page

    def assert_clean(self, where: str) -> None:
        assert not self.foreign, f"{where}: requests to other hosts {self.foreign}"
        assert not self.failed, f"{where}: failed requests {self.failed}"
        assert not self.errors, f"{where}: console errors {self.errors}"
