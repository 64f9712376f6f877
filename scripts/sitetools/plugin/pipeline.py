"""What the plugin does once every language is built: one ordered list of steps, run once.

Each step is a function of the build's state with a docstring saying why it sits where it
does. The built pages are read once, changed in memory, and written once at the end; the
Content-Security-Policy is computed last, on the bytes that are written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from sitetools.plugin import csp, i18n_404, i18n_search, own_css, site_files
from sitetools.plugin.localise_html import localise
from sitetools.plugin.state import BuildState
from sitetools.plugin.unused_css import prune_site

Step = Callable[[MkDocsConfig, BuildState], None]


def read_pages(config: MkDocsConfig, state: BuildState) -> None:
    """Every built HTML page, read once: the steps below change them in memory."""
    state.pages = {p: p.read_text(encoding="utf-8") for p in state.site_dir.rglob("*.html")}


def not_found_pages(config: MkDocsConfig, state: BuildState) -> None:
    """Each language's 404 page in its own folder (every language's build wrote /404.html):
    before the CSS pruning reads the pages and the CSP hashes their scripts."""
    pages = i18n_404.not_found_pages(state.not_found, state.locales, config.site_url or "")
    state.pages.update((state.site_dir / rel, html) for rel, html in pages.items())


def localise_pages(config: MkDocsConfig, state: BuildState) -> None:
    """Strings and attributes that the theme and Markdown cannot localise, per page language."""
    for path, html in state.pages.items():
        state.pages[path] = localise(html, state.table[state.locale_of(path)])


def split_search(config: MkDocsConfig, state: BuildState) -> None:
    """One search index per language, from the one static-i18n combined at the end."""
    stemmers = {locale: state.table[locale].search_lang for locale in state.locales}
    i18n_search.write_split(state.site_dir, state.default, stemmers)


def prune_css(config: MkDocsConfig, state: BuildState) -> None:
    """Material's stylesheets without the rules no page can match (not under serve, where every
    rebuild counts and the full stylesheet looks the same): after every page is final. The
    pruned stylesheets get new names, which every page then points at."""
    if not state.serving:
        follow_renamed(state.pages, prune_site(state.site_dir, state.pages))


def strip_css_comments(config: MkDocsConfig, state: BuildState) -> None:
    """Our stylesheets without their comments (not under serve): after the pruning, which reads
    them for the custom properties they use."""
    if not state.serving:
        own_css.strip_site(state.site_dir, [str(name) for name in config.extra_css])


def follow_renamed(pages: dict[Path, str], renamed: list[tuple[str, str]]) -> None:
    """Point every page at the new names of `renamed` (old, new) assets."""
    for path, html in pages.items():
        for old, new in renamed:
            html = html.replace(old, new)
        pages[path] = html


def content_security_policy(config: MkDocsConfig, state: BuildState) -> None:
    """Each page's policy with the hashes of its inline scripts, on its final text: last."""
    for path, html in state.pages.items():
        hashes = csp.script_hashes(html)
        state.hashes.update(hashes)
        state.pages[path] = csp.with_policy(html, hashes, live_reload=state.serving)


def write_pages(config: MkDocsConfig, state: BuildState) -> None:
    """Every page written once."""
    for path, html in state.pages.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")


def headers(config: MkDocsConfig, state: BuildState) -> None:
    """The `_headers` file: the policy with every hash of the site, and headers a meta tag
    cannot carry (hosts that honour it: Netlify, Cloudflare Pages)."""
    (state.site_dir / csp.HEADERS_FILE).write_text(csp.headers_file(state.hashes), "utf-8")


STEPS: list[Step] = [
    read_pages,
    not_found_pages,
    localise_pages,
    split_search,
    site_files.write_site_files,
    prune_css,
    strip_css_comments,
    content_security_policy,
    write_pages,
    headers,
]


def run(config: MkDocsConfig, state: BuildState) -> None:
    """Every step, in order."""
    for step in STEPS:
        step(config, state)
