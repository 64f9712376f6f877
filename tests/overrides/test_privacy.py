"""The built site loads only its own files: no fonts, CDN, analytics or embeds from elsewhere."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from helpers import SITE_URL
from helpers_html import Document, read

# Elements and attributes through which a page makes the browser fetch something.
LOADING_ATTRIBUTES = {
    # data-src: a script that after-paint.html loads once the page has painted (main.html).
    "script": ("src", "data-src"),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "input": ("src",),
    "form": ("action",),
}
# <link rel=...> values that fetch or connect (alternate, canonical, prev/next do not).
LOADING_RELS = {
    "stylesheet",
    "icon",
    "apple-touch-icon",
    "manifest",
    "preload",
    "modulepreload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "prerender",
    "mask-icon",
}
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""")
# Hosts of web fonts, CDNs and trackers, searched for in scripts where URLs are only strings.
THIRD_PARTY_HOSTS = re.compile(
    r"fonts\.googleapis|fonts\.gstatic|cdn\.jsdelivr|unpkg\.com|cdnjs\.|googletagmanager|"
    r"google-analytics|plausible\.io|matomo|cloudflareinsights|polyfill\.io|twemoji|"
    r"mathjax|mermaid\.(?:js|ink)|gravatar|youtube\.com/embed|platform\.twitter|connect\.facebook"
)
OWN = urlsplit(SITE_URL)


def is_external(url: str) -> bool:
    """True for a URL that would leave the site (another scheme+host than SITE_URL)."""
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    parts = urlsplit(url)
    if parts.scheme in ("", "data", "blob"):
        return False
    return (parts.scheme, parts.netloc) != (OWN.scheme, OWN.netloc)


def external_loads(document: Document) -> list[str]:
    found = []
    for element in document.elements:
        attributes = LOADING_ATTRIBUTES.get(element.tag, ())
        if element.tag == "link" and LOADING_RELS & set(element.attrs.get("rel", "").split()):
            attributes = ("href", "imagesrcset")
        for attribute in attributes:
            for candidate in element.attrs.get(attribute, "").split(","):
                url = candidate.strip().split(" ")[0]
                if url and is_external(url):
                    found.append(f"line {element.line}: <{element.tag} {attribute}={url}>")
        style = element.attrs.get("style", "")
        found += [
            f"line {element.line}: style {u}" for u in CSS_URL.findall(style) if is_external(u)
        ]
    for css in document.inline_styles:
        found += [f"<style> {u}" for u in CSS_URL.findall(css) if is_external(u)]
    for script in document.inline_scripts:
        found += [f"<script> {m.group(0)}" for m in THIRD_PARTY_HOSTS.finditer(script)]
    return found


def test_no_page_loads_anything_from_another_host(site: Path) -> None:
    leaks = {}
    for path in site.rglob("*.html"):
        if found := external_loads(read(path)):
            leaks[str(path.relative_to(site))] = found
    assert not leaks


def test_no_stylesheet_loads_anything_from_another_host(site: Path) -> None:
    leaks = {
        str(path.relative_to(site)): [
            u for u in CSS_URL.findall(path.read_text("utf-8")) if is_external(u)
        ]
        for path in site.rglob("*.css")
    }
    assert not {k: v for k, v in leaks.items() if v}


# Material's bundle names two CDN URLs behind conditions our pages never meet: a polyfill for
# browsers without ResizeObserver (none since 2020) and Mermaid for pages with a .mermaid block
# (we configure no Mermaid fence). Nothing else may appear; the test below pins the conditions.
MATERIAL_CONDITIONAL_LOADS = {
    "https://unpkg.com/resize-observer-polyfill",
    "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
}
SCRIPT_URL = re.compile(r"https?://[^\s\"'`)]+")


def test_no_script_names_a_font_cdn_or_tracker_host(site: Path) -> None:
    leaks = {}
    for path in site.rglob("*.js"):
        text = path.read_text("utf-8")
        urls = {u for u in SCRIPT_URL.findall(text) if THIRD_PARTY_HOSTS.search(u)}
        if unexpected := urls - MATERIAL_CONDITIONAL_LOADS:
            leaks[str(path.relative_to(site))] = sorted(unexpected)
    assert not leaks


def test_no_page_meets_the_bundle_conditions_for_a_cdn_load(site: Path) -> None:
    for path in site.rglob("*.html"):
        classes = " ".join(e.attrs.get("class", "") for e in read(path).elements).split()
        assert "mermaid" not in classes, path


def test_the_scanner_catches_what_it_must() -> None:
    """Guard against a scanner that finds nothing: each of these pages leaks."""
    import tempfile

    leaky = [
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">',
        '<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>',
        '<script src="//cdn.jsdelivr.net/npm/mermaid/dist/mermaid.min.js"></script>',
        '<script type="text/x-after-paint" data-src="https://unpkg.com/x.js"></script>',
        '<img src="https://www.linkedin.com/logo.png" alt="">',
        '<iframe src="https://www.youtube.com/embed/x"></iframe>',
        "<style>body{background:url(https://example.com/a.png)}</style>",
        "<div style=\"background-image: url('https://tracker.example/p.gif')\"></div>",
        "<script>var s='https://www.googletagmanager.com/gtag/js'</script>",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for snippet in leaky:
            page = Path(tmp) / "page.html"
            page.write_text(f"<html><head></head><body>{snippet}</body></html>", "utf-8")
            assert external_loads(read(page)), snippet
        page = Path(tmp) / "page.html"
        page.write_text(
            '<link rel="alternate" hreflang="en" href="https://other.example/en/">'
            '<a href="https://www.linkedin.com/help/">help</a>'
            f'<img src="{SITE_URL}assets/a.png" alt=""><img src="../a.png" alt="">',
            "utf-8",
        )
        assert external_loads(read(page)) == []
