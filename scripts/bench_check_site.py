#!/usr/bin/env python3
"""Benchmark (not a test): check_site.py against linkchecker on the same synthetic corpus.

The corpus is a two-language MkDocs site whose pages link to hundreds of URLs, many used on
several pages, on three loopback hosts (127.0.0.1-3) served here, each answer after a delay,
some broken (404, 410, a closed port). check_site.py builds the site itself (its time includes
that build); linkchecker (requirements/bench.txt) checks the HTML that ``mkdocs build`` makes
of it, limited to the loopback hosts. Both run in this one process's lifetime, one after the
other. Exit status 1 when the target (at most half linkchecker's time) is missed or the broken
links differ.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
HOSTS = ("127.0.0.1", "127.0.0.2", "127.0.0.3")
DELAY = 0.1  # seconds before each answer
URLS_PER_HOST = 100
BROKEN_EVERY = 10  # one URL in ten answers 404 or 410
REFUSED = 5  # URLs on a port where nothing listens
PAGES_PER_LANGUAGE = 20
LINKS_PER_PAGE = 25
TARGET_RATIO = 0.5
# linkchecker checks only these hosts; any other URL is left alone.
LOOPBACK_ONLY = r"^https?://(?!127\.0\.0\.[123][:/])"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self) -> None:
        if not self.path.startswith("/robots.txt"):
            time.sleep(DELAY)
        status = 200 if self.path.startswith("/ok/") else 410 if "/gone/" in self.path else 404
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "2")
        self.end_headers()
        if self.command == "GET":
            self.wfile.write(b"ok")

    def do_GET(self) -> None:
        self._answer()

    def do_HEAD(self) -> None:
        self._answer()


class _Server(ThreadingHTTPServer):
    """Many connections at once, and quiet when a client closes one early."""

    daemon_threads = True
    request_queue_size = 256

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@dataclass
class Corpus:
    """The synthetic site and what it links to."""

    config: Path
    site_dir: Path
    links: int
    urls: list[str]
    broken: set[str]


def _serve(host: str) -> tuple[_Server, str]:
    try:
        server = _Server((host, 0), _Handler)
    except OSError as error:
        raise SystemExit(f"bench: cannot listen on {host}: {error}") from error
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server, f"http://{host}:{server.server_address[1]}"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.2", 0))
        return int(sock.getsockname()[1])


def _urls(bases: list[str]) -> tuple[list[str], set[str]]:
    urls, broken = [], set()
    for base in bases:
        for n in range(URLS_PER_HOST):
            if n % BROKEN_EVERY == BROKEN_EVERY - 1:
                url = f"{base}/{'gone' if n % 20 == 19 else 'missing'}/{n}"
                broken.add(url)
            else:
                url = f"{base}/ok/{n}"
            urls.append(url)
    port = _closed_port()
    refused = [f"http://127.0.0.2:{port}/refused/{n}" for n in range(REFUSED)]
    return urls + refused, broken | set(refused)


CONFIG = """\
site_name: Bench
site_url: https://bench.invalid/
theme:
  name: material
  font: false
extra:
  generator: false
plugins:
  - i18n:
      docs_structure: folder
      languages:
        - {locale: fr, name: Français, default: true}
        - {locale: en, name: English}
markdown_extensions:
  - toc
  - attr_list
"""


def make_corpus(folder: Path, bases: list[str]) -> Corpus:
    """Pages in both languages; every URL is used at least once, most of them twice or more."""
    urls, broken = _urls(bases)
    rng = random.Random(7)
    docs = folder / "docs"
    links = 0
    for lang in ("fr", "en"):
        pending = urls[:]
        rng.shuffle(pending)
        per_page = -(-len(pending) // PAGES_PER_LANGUAGE)
        for n in range(PAGES_PER_LANGUAGE):
            chosen = pending[n * per_page : (n + 1) * per_page]
            chosen += rng.sample(urls, LINKS_PER_PAGE - len(chosen))  # duplicates across pages
            items = "\n".join(f"- [Lien {i}]({url})" for i, url in enumerate(chosen))
            others = " ".join(f"[p{m}](page{m}.md)" for m in range(PAGES_PER_LANGUAGE) if m != n)
            page = f"# Page {n} {{ #page-{n} }}\n\n{others}\n\n## Liens {{ #liens }}\n\n{items}\n"
            (docs / lang).mkdir(parents=True, exist_ok=True)
            (docs / lang / f"page{n}.md").write_text(page, encoding="utf-8")
            links += len(chosen)
        index = " ".join(f"[p{m}](page{m}.md)" for m in range(PAGES_PER_LANGUAGE))
        (docs / lang / "index.md").write_text(f"# Index\n\n{index}\n", encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(CONFIG, encoding="utf-8")
    return Corpus(config, folder / "site", links, urls, broken)


def environment() -> dict[str, str]:
    """The environment of a measured command: no proxy, no MkDocs 2 notice."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["NO_MKDOCS_2_WARNING"] = "1"
    return env


def _timed(command: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    result = subprocess.run(
        command, cwd=cwd, env=environment(), capture_output=True, text=True, check=False
    )
    return time.perf_counter() - start, result


def run_ours(corpus: Corpus) -> tuple[float, set[str]]:
    """check_site.py as a user runs it (it builds the site itself): a fresh process, no cache."""
    command = [sys.executable, str(ROOT / "scripts" / "check_site.py"), "--config"]
    command += [str(corpus.config), "--format", "json", "--no-cache"]
    seconds, result = _timed(command, ROOT)
    if result.returncode not in (0, 1):
        raise SystemExit(f"bench: check_site.py failed: {result.stderr.strip()}")
    findings = json.loads(result.stdout)["findings"]
    broken = {
        f["target"] for f in findings if f["check"] == "link-external" and f["severity"] == "error"
    }
    return seconds, broken


def build_html(corpus: Corpus) -> float:
    """The corpus's HTML for linkchecker (not timed against either tool)."""
    command = [str(BIN / "mkdocs"), "build", "--quiet", "-f", str(corpus.config)]
    seconds, result = _timed([*command, "-d", str(corpus.site_dir)], ROOT)
    if result.returncode != 0:
        raise SystemExit(f"bench: mkdocs build failed: {result.stderr.strip()[-500:]}")
    return seconds


def _readable(folder: Path) -> None:
    """linkchecker run as root drops to user nobody: it must be able to read the corpus."""
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def run_linkchecker(corpus: Corpus) -> tuple[float, set[str]]:
    """linkchecker on every built page, external checks on, its defaults, output as CSV.

    (Lifting its rate limit of 10 requests a second per host and giving it 24 threads was
    measured too: no faster on this corpus.)
    """
    executable = shutil.which("linkchecker", path=str(BIN))
    if executable is None:
        raise SystemExit("bench: no linkchecker: make bench installs requirements/bench.txt")
    pages = sorted(str(p) for p in corpus.site_dir.rglob("index.html"))
    command = [executable, "--check-extern", "--no-status", "--no-warnings", "-o", "csv"]
    command += ["--ignore-url", LOOPBACK_ONLY, *pages]
    seconds, result = _timed(command, corpus.site_dir)
    if result.returncode not in (0, 1):
        raise SystemExit(f"bench: linkchecker failed: {result.stderr.strip()[-500:]}")
    lines = [line for line in result.stdout.splitlines() if not line.startswith("#")]
    broken = {
        row["url"]
        for row in csv.DictReader(lines, delimiter=";")
        if row.get("valid") == "False" and row.get("url", "").startswith("http://127.0.0.")
    }
    return seconds, broken


def main() -> int:
    """Build, run both, compare; print one line per measure."""
    servers = [_serve(host) for host in HOSTS]
    folder = Path(tempfile.mkdtemp(prefix="bench_check_site."))
    try:
        corpus = make_corpus(folder, [base for _, base in servers])
        build = build_html(corpus)
        _readable(folder)
        ours, ours_broken = run_ours(corpus)
        theirs, their_broken = run_linkchecker(corpus)
    finally:
        for server, _ in servers:
            server.shutdown()
        shutil.rmtree(folder, ignore_errors=True)
    ratio = ours / theirs
    same = ours_broken == their_broken == corpus.broken
    print(
        textwrap.dedent(
            f"""\
            corpus: {2 * PAGES_PER_LANGUAGE} pages (fr, en), {corpus.links} external links,
              {len(corpus.urls)} unique URLs on {", ".join(HOSTS)}, {DELAY * 1000:.0f} ms per
              answer, {len(corpus.broken)} broken; mkdocs build {build:.2f} s (not counted)
            check_site.py         {ours:6.2f} s  {len(ours_broken)} broken (built site)
            linkchecker           {theirs:6.2f} s  {len(their_broken)} broken (HTML, its defaults)
            ratio {ratio:.2f} (target <= {TARGET_RATIO}): \
{"met" if ratio <= TARGET_RATIO else "MISSED"}
            same broken links: {"yes" if same else "NO"}"""
        )
    )
    if not same:
        for name, found in (("check_site.py", ours_broken), ("linkchecker", their_broken)):
            print(f"  {name}: missed {sorted(corpus.broken - found)}")
            print(f"  {name}: extra {sorted(found - corpus.broken)}")
    return 0 if same and ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
