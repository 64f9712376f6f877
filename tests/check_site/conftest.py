"""Fixtures of the validator's tests: small sites in tmp_path, a run helper, a local server.

The HTTP server listens on 127.0.0.1 only; no test contacts any other address.
"""

from __future__ import annotations

import socket
import textwrap
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import cli_run
import pytest

from sitetools.check.cli import main

EXTENSIONS = """\
  - toc
  - attr_list
  - footnotes
  - md_in_html
  - admonition
  - pymdownx.details
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
"""
CONFIG = """\
site_name: Test
markdown_extensions:
{extensions}plugins:
  - i18n:
      docs_structure: {structure}
      fallback_to_default: {fallback}
      languages:
        - locale: fr
          name: Français
          default: true
        - locale: en
          name: English
"""


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests to the test server must never go through a proxy from the environment."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "*")


SiteFactory = Callable[..., Path]
SLOW_GROUP = 3  # see the /slow route
# How long /slow waits for its group: well under a client's timeout (Server.slow_timeout), so
# that on a loaded machine a late group costs time, not a client-side timeout.
SLOW_WAIT = 10


@pytest.fixture
def make_site(tmp_path: Path) -> SiteFactory:
    """Writes mkdocs.yml (``config``, or the i18n one with ``extensions``) and the given docs
    files; returns the config path."""

    def make(
        files: dict[str, str | bytes],
        structure: str = "folder",
        config: str | None = None,
        extensions: str = EXTENSIONS,
        root: Path = tmp_path / "site",
        fallback: bool = False,
    ) -> Path:
        (root / "docs").mkdir(parents=True, exist_ok=True)
        config_file = root / "mkdocs.yml"
        text = config or CONFIG.format(
            structure=structure, extensions=extensions, fallback=str(fallback).lower()
        )
        config_file.write_text(text, encoding="utf-8")
        for name, content in files.items():
            path = root / "docs" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(textwrap.dedent(content), encoding="utf-8")
        return config_file

    return make


class Run(cli_run.Run):
    """A run of check_site.py; its findings keep the report's order."""

    @property
    def findings(self) -> list[tuple[str, str, str, int | None, str]]:  # type: ignore[override]
        """(severity, check, file, line, target) of each finding, from the JSON output."""
        return [
            (f["severity"], f["check"], f["file"], f["line"], f["target"])
            for f in self.json["findings"]
        ]

    @property
    def messages(self) -> list[str]:
        return [f["message"] for f in self.json["findings"]]


RunFactory = Callable[..., Run]


@pytest.fixture
def run() -> RunFactory:
    """Runs the command in-process; ``tty=True`` makes stderr look like a terminal."""
    return cli_run.runner(main, Run)


@pytest.fixture
def check(run: RunFactory) -> Callable[..., Run]:
    """Runs the command offline with JSON output on a config (the common case)."""

    def invoke(config: Path, *args: str) -> Run:
        return run("--config", config, "--offline", "--format", "json", *args)

    return invoke


# --- the local HTTP server -------------------------------------------------------------------


@dataclass
class Traffic:
    """What the server saw: requests per path and the most requests in flight at once."""

    requests: Counter[str] = field(default_factory=Counter)
    methods: list[tuple[str, str]] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.changed = threading.Condition(self.lock)

    def total(self) -> int:
        return sum(self.requests.values())


def _handler(traffic: Traffic) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _answer(self, status: int, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _route(self) -> None:
            path = self.path.split("?")[0]
            with traffic.lock:
                traffic.requests[path] += 1
                traffic.methods.append((self.command, path))
                seen = traffic.requests[path]
                traffic.in_flight += 1
                traffic.max_in_flight = max(traffic.max_in_flight, traffic.in_flight)
            try:
                self._respond(path, seen)
            finally:
                with traffic.lock:
                    traffic.in_flight -= 1

        def _respond(self, path: str, seen: int) -> None:
            if path in ("/ok", "/other-ok"):
                self._answer(200)
            elif path == "/missing":
                self._answer(404)
            elif path == "/flaky":
                self._answer(500 if seen <= 2 else 200)  # HEAD and GET fail, then it works
            elif path == "/limited":
                self._answer(429 if seen == 1 else 200, {"Retry-After": "1"})
            elif path == "/always-limited":
                self._answer(429, {"Retry-After": "3600"})
            elif path == "/always-broken":
                self._answer(503)
            elif path == "/bot":
                self._answer(999)
            elif path == "/no-head":
                self._answer(405 if self.command == "HEAD" else 200)
            elif path in ("/loop-a", "/loop-b"):
                self._answer(302, {"Location": "/loop-b" if path == "/loop-a" else "/loop-a"})
            elif path.startswith("/chain/"):
                self._answer(302, {"Location": f"/chain/{int(path.rsplit('/', 1)[1]) + 1}"})
            elif path == "/moved":
                self._answer(301, {"Location": "/ok"})
            elif path == "/hang":
                traffic.stop.wait(10)
            elif path == "/garbage":
                self.wfile.write(b"\x00\xff\xfeNOT HTTP AT ALL\r\n\r\n")
                self.close_connection = True
            elif path == "/slow":
                # /slow?of=N answers once SLOW_GROUP requests are in flight together, or once
                # all N have arrived: a client limited to SLOW_GROUP reaches it, never more.
                expected = int(self.path.partition("of=")[2].partition("&")[0])
                with traffic.changed:
                    traffic.changed.notify_all()
                    traffic.changed.wait_for(
                        lambda: (
                            traffic.in_flight >= SLOW_GROUP or traffic.requests["/slow"] >= expected
                        ),
                        timeout=SLOW_WAIT,
                    )
                self._answer(200)
            else:
                self._answer(404)

        def do_GET(self) -> None:
            self._route()

        def do_HEAD(self) -> None:
            self._route()

    return Handler


@dataclass
class Server:
    """The running test server."""

    base: str
    traffic: Traffic
    # A client timeout for /slow: twice as long as the route may wait for its group.
    slow_timeout: float = 2 * SLOW_WAIT

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def server() -> Iterator[Server]:
    """An HTTP server on 127.0.0.1 (a free port) with one route per behaviour."""
    traffic = Traffic()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(traffic))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{httpd.server_address[1]}", traffic)
    finally:
        traffic.stop.set()
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens: connections are refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
