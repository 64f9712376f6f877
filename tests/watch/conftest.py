"""Fixtures of the watcher's tests: a small bilingual site in tmp_path, realistic pages served
from 127.0.0.1 (header, navigation, article, footer), and an in-process run of the command.

No test contacts any address but 127.0.0.1.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import cli_run
import pytest
from cli_run import Run
from fixture_sites import bilingual_config

from sitetools.watch import fetch
from sitetools.watch.cli import main

CONFIG = bilingual_config("footnotes", "attr_list")

# --- the local server ------------------------------------------------------------------------

Answer = tuple[int, dict[str, str], bytes]
Route = Answer | Callable[[int], Answer]


@dataclass
class Traffic:
    """Requests per path, and the most requests in flight at once."""

    requests: Counter[str] = field(default_factory=Counter)
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)


@dataclass
class Server:
    """A server on 127.0.0.1 whose routes a test sets and changes between runs."""

    base: str
    traffic: Traffic
    routes: dict[str, Route] = field(default_factory=dict)
    # Seconds a request of these paths stays in flight (to see concurrency).
    linger: dict[str, float] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base + path


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    traffic = server.traffic

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            with traffic.lock:
                traffic.requests[path] += 1
                seen = traffic.requests[path]
                traffic.in_flight += 1
                traffic.max_in_flight = max(traffic.max_in_flight, traffic.in_flight)
            try:
                time.sleep(server.linger.get(path, 0))
                route = server.routes.get(path, (404, {}, b"not here"))
                if route == "hang":
                    traffic.stop.wait(10)
                    return
                status, headers, body = route(seen) if callable(route) else route
                self.send_response(status)
                headers = {"Content-Type": "text/html; charset=utf-8", **headers}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            finally:
                with traffic.lock:
                    traffic.in_flight -= 1

    return Handler


def _serve() -> Iterator[Server]:
    traffic = Traffic()
    server = Server("", traffic)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    httpd.daemon_threads = True
    server.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        traffic.stop.set()
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    yield from _serve()


@pytest.fixture
def other_server() -> Iterator[Server]:
    """A second host (another port): where a moved page goes."""
    yield from _serve()


@pytest.fixture(autouse=True)
def _no_proxy_no_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """No proxy from the environment; waits between attempts recorded, not slept."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "*")
    waits: list[float] = []

    async def record(delay: float) -> None:
        waits.append(delay)

    monkeypatch.setattr(fetch, "_sleep", record)
    return waits


# --- the site --------------------------------------------------------------------------------


def entry(ident: str, url: str, note: str = "") -> str:
    number = ident[1:]
    title = f"**S{number} · Publisher** — a page, English.{note}"
    return f'- <span id="{ident}"></span>{title} [Read]({url})\n'


@dataclass
class Site:
    """A bilingual site whose Sources page lists ``sources`` (id -> URL)."""

    root: Path

    @property
    def config(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def snapshots(self) -> Path:
        return self.root / "sources" / "snapshots"

    def write(self, name: str, text: str) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path


SiteFactory = Callable[..., Site]


@pytest.fixture
def make_site(tmp_path: Path) -> SiteFactory:
    """Sources pages in both languages, a page citing each source by footnote, a glossary."""

    def make(
        sources: dict[str, str], notes: dict[str, str] | None = None, labels: str = ""
    ) -> Site:
        site = Site(tmp_path / "site")
        site.write("mkdocs.yml", CONFIG)
        notes = notes or {}
        for lang in ("fr", "en"):
            body = "".join(entry(i, u, notes.get(i, "")) for i, u in sources.items())
            site.write(f"docs/{lang}/sources.md", f"# Sources\n\n{body}")
            calls = " ".join(f"Claim {i}[^{i}]." for i in sources)
            defs = "".join(
                f"[^{i}]: Publisher: [read]({u}) · [entry](sources.md#{i})\n"
                for i, u in sources.items()
            )
            site.write(f"docs/{lang}/page.md", f"# Page\n\nIntro.\n\n{calls}\n\n{defs}")
        site.write("glossary/ui-labels.yml", f"labels:\n{labels}" if labels else "labels: {}\n")
        return site

    return make


RunFactory = Callable[..., Run]


@pytest.fixture
def run() -> RunFactory:
    """Runs the command in-process; ``tty=True`` makes stderr look like a terminal."""
    return cli_run.runner(main, Run)


@pytest.fixture
def watch(run: RunFactory) -> Callable[..., Run]:
    """Runs the watcher on a site with JSON output and a short timeout."""

    def invoke(site: Site, *args: str) -> Run:
        return run("--config", site.config, "--format", "json", "--timeout", "3", *args)

    return invoke
