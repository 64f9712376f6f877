"""What a first visit to a built page downloads, in compressed bytes.

Counts the page, the stylesheets, scripts, icon and eager images it references, and what
Material's search fetches at load (worker, this language's index and lunr stemmer). Sizes are
gzip level 6, what common static hosts (GitHub Pages among them) send. The byte budget of
`make test` and the numbers of `make bench` both come from here.
"""

from __future__ import annotations

import gzip
import json
import posixpath
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

# First-visit budget per page, set from measurements (see README, "Speed and size").
BUDGET_BYTES = 115 * 1024
GZIP_LEVEL = 6


class _References(HTMLParser):
    """Collects what the browser fetches while loading the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.config: dict[str, object] = {}
        self._in_config = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        rel = a.get("rel", "").split()
        if tag == "link" and {"stylesheet", "icon"} & set(rel) and a.get("href"):
            self.urls.append(a["href"])
        elif tag == "script" and a.get("src"):
            self.urls.append(a["src"])
        elif tag == "script" and a.get("id") == "__config":
            self._in_config = True
        elif tag == "img" and a.get("src") and a.get("loading") != "lazy":
            self.urls.append(a["src"])

    def handle_data(self, data: str) -> None:
        if self._in_config:
            self.config = json.loads(data)
            self._in_config = False


@dataclass
class PageWeight:
    page: str
    parts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.parts.values())


def compressed_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=GZIP_LEVEL, mtime=0))


def site_relative(page_dir: str, url: str, site_path: str) -> str | None:
    """Site-root-relative path of a URL on a page, or None when it points elsewhere.

    404 pages use absolute paths under the site's own path (`site_path`, e.g. "/repo/").
    """
    if ":" in url.split("/")[0] or url.startswith("//"):
        return None
    clean = url.split("#")[0].split("?")[0]
    if clean.startswith("/"):
        prefix = site_path.rstrip("/") + "/"
        return clean.removeprefix(prefix) if clean.startswith(prefix) else None
    return posixpath.normpath(posixpath.join(page_dir, clean))


def search_files(site: Path, page_dir: str, config: dict[str, object], site_path: str) -> list[str]:
    """Material's search: worker, the index under `base`, and the lunr files for its languages."""
    worker = site_relative(page_dir, str(config.get("search", "")), site_path)
    base = site_relative(page_dir, str(config.get("base", ".")).rstrip("/") + "/", site_path)
    if not worker or base is None:
        return []
    index = posixpath.normpath(posixpath.join(base, "search", "search_index.json"))
    files = [worker, index]
    index_path = site / index
    langs = json.loads(index_path.read_text(encoding="utf-8"))["config"]["lang"]
    lunr = "assets/javascripts/lunr/min"
    if langs != ["en"]:
        files.append(f"{lunr}/lunr.stemmer.support.min.js")
        files += [f"{lunr}/lunr.{lang}.min.js" for lang in langs if lang != "en"]
    if len(langs) > 1:
        files.append(f"{lunr}/lunr.multi.min.js")
    return [posixpath.normpath(f) for f in files]


def page_weight(site: Path, page: Path, site_path: str = "/") -> PageWeight:
    """Compressed bytes of a first visit to `page` (a built HTML file under `site`).

    `site_path` is the path of the site's address (SITE_URL), which 404 pages use.
    """
    rel = page.relative_to(site).as_posix()
    page_dir = posixpath.dirname(rel)
    refs = _References()
    refs.feed(page.read_text(encoding="utf-8"))
    weight = PageWeight(rel, {rel: compressed_size(page)})
    urls = [site_relative(page_dir, url, site_path) for url in refs.urls]
    files = [u for u in urls if u] + search_files(site, page_dir, refs.config, site_path)
    for file in files:
        if (site / file).is_file():
            weight.parts[file] = compressed_size(site / file)
    return weight
