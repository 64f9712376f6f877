"""Fixtures of the watcher's tests: a small bilingual site in tmp_path, realistic pages served
from 127.0.0.1 (header, navigation, article, footer), and an in-process run of the command.

No test contacts any address but 127.0.0.1.
"""

from __future__ import annotations

import io
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from cli_run import Run

from sitetools.watch import fetch
from sitetools.watch.cli import main

CONFIG = """\
site_name: Test
markdown_extensions:
  - footnotes
  - attr_list
plugins:
  - i18n:
      docs_structure: folder
      languages:
        - locale: fr
          name: Français
          default: true
        - locale: en
          name: English
"""

HTML_TYPE = {"Content-Type": "text/html; charset=utf-8"}

ARTICLE = [
    "LinkedIn uses the data of its members to train generative AI models that create content.",
    "The setting is switched on by default for members in the European Union.",
    "Members can turn it off in the settings under Data privacy at any time they choose.",
    "Turning it off only works going forward and does not undo training already done.",
    "The company says that private messages are never used to train these models at all.",
]


def page(
    article: list[str] = ARTICLE,
    nav: tuple[str, ...] = ("Home", "Help", "Privacy"),
    footer: str = "Page generated 2026-11-28 10:12:01 UTC",
    updated: str = "Last updated: 3 November 2025",
) -> bytes:
    """A help-centre page as real sites write them: chrome around one article."""
    items = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in nav)
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in article)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Help: generative AI and your data</title></head>
<body>
<header><a href="/">Help Centre</a><nav><ul>{items}</ul></nav>
<form role="search"><input name="q" placeholder="Search help"></form></header>
<main><article>
<h1>Control whether your data trains generative AI</h1>
<p>{updated}</p>
{paragraphs}
</article>
<aside><h2>Related articles</h2><ul><li><a href="/r1">Manage your account</a></li></ul></aside>
</main>
<footer><p>© 2026 Example Corporation</p><p>{footer}</p>
<a href="/terms">Terms</a> <a href="/cookies">Cookies</a></footer>
</body></html>""".encode()


def pdf(lines: list[str]) -> bytes:
    """A one-page PDF with one line of Helvetica text per item (offsets computed)."""
    text = " ".join(f"({line.replace('(', '[').replace(')', ']')}) Tj 0 -14 Td" for line in lines)
    stream = f"BT /F1 11 Tf 40 780 Td {text} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


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


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


RunFactory = Callable[..., Run]


@pytest.fixture
def run() -> RunFactory:
    """Runs the command in-process; ``tty=True`` makes stderr look like a terminal."""

    def invoke(*args: str | Path, tty: bool = False) -> Run:
        out, err = io.StringIO(), _Terminal() if tty else io.StringIO()
        code = main([str(arg) for arg in args], stdout=out, stderr=err)
        return Run(code, out.getvalue(), err.getvalue())

    return invoke


@pytest.fixture
def watch(run: RunFactory) -> Callable[..., Run]:
    """Runs the watcher on a site with JSON output and a short timeout."""

    def invoke(site: Site, *args: str) -> Run:
        return run("--config", site.config, "--format", "json", "--timeout", "3", *args)

    return invoke


def by_id(result: Run) -> dict[str, dict[str, Any]]:
    """The JSON report's sources by id."""
    return {source["id"]: source for source in result.json["sources"]}
