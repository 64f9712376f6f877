"""Every link and asset of the built site resolves, with relative URLs, under a sub-path."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from helpers import SITE_URL
from helpers_html import Element, read

OWN_PATH = urlsplit(SITE_URL).path
# A script held back until after the first paint keeps its address in data-src (main.html).
REFERENCES = {
    "a": ("href",),
    "link": ("href",),
    "script": ("src", "data-src"),
    "img": ("src",),
    "source": ("src",),
}


def references(element: Element) -> list[str]:
    """The URLs an element links to or loads."""
    return [
        element.attrs[name] for name in REFERENCES.get(element.tag, ()) if element.attrs.get(name)
    ]


def built_file(site: Path, path: str) -> Path | None:
    """File served for a URL path under the site, as a static host would pick it."""
    rel = unquote(path.removeprefix(OWN_PATH))
    candidate = site / rel
    if rel.endswith("/") or rel == "":
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def test_internal_links_and_assets_resolve(site: Path) -> None:
    broken = []
    for page in site.rglob("*.html"):
        rel = page.relative_to(site).as_posix()
        if rel.startswith("assets/"):
            continue
        page_url = urljoin(SITE_URL, rel.removesuffix("index.html"))
        for element in read(page).elements:
            for ref in references(element):
                if ref.startswith(("#", "mailto:", "data:")):
                    continue
                target = urlsplit(urljoin(page_url, ref))
                if target.netloc != urlsplit(SITE_URL).netloc:
                    continue  # external links are the validator's job (make linkcheck)
                if not target.path.startswith(OWN_PATH) or built_file(site, target.path) is None:
                    broken.append(f"{rel}:{element.line} {ref}")
    assert not broken


def test_pages_link_relatively_so_any_sub_path_works(site: Path) -> None:
    """Only the 404 pages (served at any depth) may use absolute paths."""
    absolute = []
    for page in site.rglob("*.html"):
        rel = page.relative_to(site).as_posix()
        if rel.endswith("404.html") or rel.startswith("assets/"):
            continue
        for element in read(page).elements:
            is_alternate = element.tag == "link" and element.attrs.get("rel") in (
                "alternate",
                "canonical",
            )
            absolute += [
                f"{rel}:{element.line} {ref}"
                for ref in references(element)
                if ref.startswith("/") and not is_alternate
            ]
    assert not absolute
