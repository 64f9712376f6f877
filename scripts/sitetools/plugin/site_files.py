"""Files a shared, installable site needs beyond its pages, written at build time.

* ``robots.txt`` pointing at the sitemap (absolute, from ``site_url``);
* app icons drawn by brand.py and a web app manifest per language (``site.webmanifest`` at each
  language root), all self-hosted;
* an Atom feed of site updates per language (``feed.xml`` at each language root) and the
  "what's new" list, both from ``data/updates.yml``: a page whose Markdown holds the line
  ``<!-- updates -->`` gets the list in its language there.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import posixpath
from pathlib import Path
from typing import Any
from urllib.parse import urljoin
from xml.sax.saxutils import escape, quoteattr

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from sitetools.kernel import yaml_data
from sitetools.languages import Language
from sitetools.plugin import brand
from sitetools.plugin.page_meta import long_date
from sitetools.plugin.state import BuildState, Built

ICON_SIZES = {
    "favicon-32.png": 32,
    "apple-touch-icon.png": 180,
    "icon-192.png": 192,
    "icon-512.png": 512,
}
ICON_DIR = "assets/images/icons"
UPDATES = "data/updates.yml"  # relative to mkdocs.yml
UPDATES_MARKER = "<!-- updates -->"


def updates_file(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path or "mkdocs.yml").resolve().parent / UPDATES


def load_updates(path: Path) -> list[dict[str, Any]]:
    """Entries of data/updates.yml, newest first; a missing or malformed file fails the build
    with one line naming it."""
    try:
        entries = yaml_data.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as error:
        raise PluginError(f"{path}: {error}") from None
    if not isinstance(entries, list):
        raise PluginError(f"{path}: expected a list of updates")
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("date"), dt.date):
            raise PluginError(f"{path}: update {number} needs a date (YYYY-MM-DD)")
        if not entry.get("id"):
            raise PluginError(f"{path}: update {number} needs an id")
    return sorted(entries, key=lambda e: e["date"], reverse=True)


def directory_url(markdown_path: str) -> str:
    """Site URL of a page source: 'opt-out.md' -> 'opt-out/', 'index.md' -> ''."""
    stem = markdown_path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return f"{stem}/"


def updates_markdown(entries: list[dict[str, Any]], language: Language) -> str:
    """The "what's new" list in one language, as Markdown."""
    lines = []
    for entry in entries:
        text = entry.get(language.locale) or {}
        date = long_date(entry["date"], language)
        link = f" [→]({entry['page']})" if entry.get("page") else ""
        lines.append(f"- **{date}** · **{text.get('title', '')}**: {text.get('text', '')}{link}")
    return "\n".join(lines)


def atom_feed(entries: list[dict[str, Any]], locale: str, root_url: str, title: str) -> str:
    """An Atom feed of the updates in one language."""
    feed_url = urljoin(root_url, "feed.xml")
    updated = f"{entries[0]['date'].isoformat()}T00:00:00Z" if entries else "1970-01-01T00:00:00Z"
    items = []
    for entry in entries:
        text = entry.get(locale) or {}
        link = urljoin(root_url, directory_url(entry["page"])) if entry.get("page") else root_url
        items.append(
            "  <entry>\n"
            f"    <id>{escape(root_url)}#{escape(entry['id'])}</id>\n"
            f"    <title>{escape(text.get('title', ''))}</title>\n"
            f"    <updated>{entry['date'].isoformat()}T00:00:00Z</updated>\n"
            f"    <link href={quoteattr(link)}/>\n"
            f"    <summary>{escape(text.get('text', ''))}</summary>\n"
            "  </entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={quoteattr(locale)}>\n'
        f"  <id>{escape(feed_url)}</id>\n  <title>{escape(title)}</title>\n"
        f"  <updated>{updated}</updated>\n"
        f'  <link rel="self" href={quoteattr(feed_url)}/>\n  <link href={quoteattr(root_url)}/>\n'
        + "\n".join(items)
        + "\n</feed>\n"
    )


def manifest(language: Built, icons_prefix: str) -> str:
    """A web app manifest in one language; icons are shared by every language."""
    return json.dumps(
        {
            "name": language.site_name,
            "short_name": language.site_name.split(",")[0],
            "description": language.site_description,
            "lang": language.locale,
            "start_url": "./",
            "scope": "./",
            "display": "browser",
            "background_color": "#1a237e",
            "theme_color": "#3f51b5",
            "icons": [
                {
                    "src": f"{icons_prefix}{ICON_DIR}/{name}",
                    "sizes": f"{size}x{size}",
                    "type": "image/png",
                }
                for name, size in ICON_SIZES.items()
                if size >= 192
            ],
        },
        ensure_ascii=False,
        indent=2,
    )


def updates_page(
    markdown: str, page: Page, config: MkDocsConfig, root: str, language: Language
) -> str:
    """Replace the marker with the list and a link to this language's feed."""
    if UPDATES_MARKER not in markdown:
        return markdown
    feed = posixpath.relpath(f"{root or '.'}/feed.xml", page.url or ".")
    label = language.strings["feed.link"]
    href, text = html.escape(feed, quote=True), html.escape(label, quote=False)
    link = f'<p class="feed-link"><a href="{href}" type="application/atom+xml">{text}</a></p>'
    return markdown.replace(
        UPDATES_MARKER,
        f"{updates_markdown(load_updates(updates_file(config)), language)}\n\n{link}",
    )


def write_site_files(config: MkDocsConfig, state: BuildState) -> None:
    """Each language's manifest and feed at its root; the shared icons and robots.txt."""
    updates = load_updates(updates_file(config))
    for language in state.built.values():
        root_dir = state.site_dir / language.root
        root_url = urljoin(config.site_url or "", f"{language.root}/" if language.root else "")
        root_dir.mkdir(parents=True, exist_ok=True)
        prefix = "../" if language.root else ""
        (root_dir / "site.webmanifest").write_text(manifest(language, prefix), encoding="utf-8")
        feed = atom_feed(updates, language.locale, root_url, language.site_name)
        (root_dir / "feed.xml").write_text(feed, encoding="utf-8")
    icons = state.site_dir / ICON_DIR
    icons.mkdir(parents=True, exist_ok=True)
    for name, size in ICON_SIZES.items():
        (icons / name).write_bytes(brand.icon(size))
    sitemap = urljoin(config.site_url or "", "sitemap.xml")
    (state.site_dir / "robots.txt").write_text(
        f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n", encoding="utf-8"
    )
