"""Titles, descriptions and link previews say what their sources say, read as a crawler reads them.

Each built page (both languages, 404 pages included) is parsed by a WHATWG HTML5 parser
(selectolax's Lexbor, as a browser or a link-preview crawler parses it, entities decoded), and
every ``<title>``, description, Open Graph and Twitter text, ``og:image:alt``, share title and
JSON-LD name or description is compared with its source: the page's front matter and the
language's ``site_name`` / ``site_description`` in ``mkdocs.yml``. A double quote that ends an
attribute early, an ``&`` read as an entity or a ``</script>`` in JSON-LD all show up as a
difference. A copy of the site whose titles and descriptions hold all of them checks the same.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from helpers import mkdocs_build
from helpers_html import pages
from mkdocs.utils.meta import get_data
from mkdocs.utils.yaml import get_yaml_loader
from selectolax.lexbor import LexborHTMLParser

# Every character that HTML or JSON treats specially, with an entity-looking "&amp;" that must
# stay as written and a "</script>" that must not end the JSON-LD block.
HOSTILE_TITLE = """Say "no" & don't wait: <b>now</b> </title> 'today'"""
HOSTILE_DESCRIPTION = """Turn off "Data" & check <it> isn't &amp; on </script><script>alert(1)"""
HOSTILE_SITE_NAME = """LinkedIn & "AI" <data> 'yours'"""


@dataclass(frozen=True)
class Source:
    """What a built page must say: its title, description and site name, as written."""

    title: str | None  # None for a 404 page (its title comes from partials/strings.html)
    description: str
    site_name: str


@dataclass(frozen=True)
class Page:
    path: Path
    source: Source


def languages(project: Path) -> Iterator[tuple[str, bool, str, str]]:
    """(locale, is default, site_name, site_description) of each language of mkdocs.yml."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.load(text, Loader=get_yaml_loader())
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    for language in i18n["languages"]:
        yield (
            language["locale"],
            bool(language.get("default")),
            " ".join(str(language.get("site_name", config["site_name"])).split()),
            " ".join(str(language.get("site_description", config["site_description"])).split()),
        )


def built_pages(project: Path, site: Path) -> list[Page]:
    """Every page built from docs/<locale>/*.md, and each language's 404 page."""
    found = []
    for locale, default, site_name, site_description in languages(project):
        root = site if default else site / locale
        found.append(Page(root / "404.html", Source(None, site_description, site_name)))
        docs = project / "docs" / locale
        for markdown in sorted(docs.rglob("*.md")):
            _, meta = get_data(markdown.read_text(encoding="utf-8"))
            stem = markdown.relative_to(docs).with_suffix("").as_posix()
            folder = stem.removesuffix("index")
            source = Source(str(meta["title"]), str(meta["description"]), site_name)
            found.append(Page(root / folder / "index.html", source))
    return found


def meta_contents(tree: LexborHTMLParser) -> dict[str, list[str]]:
    """The content of every <meta name|property=...> of the page, by key."""
    contents: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        key = node.attributes.get("property") or node.attributes.get("name")
        if key:
            contents.setdefault(key, []).append(node.attributes.get("content") or "")
    return contents


def wanted_meta(source: Source) -> dict[str, str]:
    """The <meta> contents a page must carry, by key: a 404 page has a description only."""
    wanted = {"description": source.description}
    if source.title is not None:
        alt = f"{source.title} · {source.site_name}"
        wanted |= {
            "og:site_name": source.site_name,
            "og:title": source.title,
            "twitter:title": source.title,
            "og:description": source.description,
            "twitter:description": source.description,
            "og:image:alt": alt,
            "twitter:image:alt": alt,
        }
    return wanted


def differences(page: Page) -> list[str]:
    """Each text of the page that is not what its source says, as 'key: got != wanted'."""
    tree = LexborHTMLParser(page.path.read_text(encoding="utf-8"))
    source = page.source
    got = meta_contents(tree)
    found = [
        f"{key}: {got.get(key)!r} != {[value]!r}"
        for key, value in wanted_meta(source).items()
        if got.get(key) != [value]
    ]
    title_node, h1 = tree.css_first("head > title"), tree.css_first("h1")
    title = title_node.text() if title_node else None
    page_title = source.title or (h1.text().strip() if h1 else "")
    if title != f"{page_title} - {source.site_name}":
        found.append(f"<title>: {title!r} != {page_title!r} - {source.site_name!r}")
    if source.title is not None:
        share = tree.css_first("nav.share")
        shared = share.attributes.get("data-share-title") if share else None
        if shared != source.title:
            found.append(f"share title: {shared!r} != {source.title!r}")
    return found + json_ld_differences(tree, source)


def json_ld_differences(tree: LexborHTMLParser, source: Source) -> list[str]:
    """JSON-LD that does not parse, or whose names and descriptions differ from the source."""
    found = []
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            item: dict[str, Any] = json.loads(node.text())
        except json.JSONDecodeError as error:
            found.append(f"JSON-LD does not parse ({error}): {node.text()[:80]!r}")
            continue
        kind = item.get("@type")
        names = {"WebSite": source.site_name, "WebPage": source.title, "HowTo": source.title}
        if kind in names and item.get("name") != names[kind]:
            found.append(f"JSON-LD {kind} name: {item.get('name')!r}")
        if kind in names and item.get("description") != source.description:
            found.append(f"JSON-LD {kind} description: {item.get('description')!r}")
        if kind == "BreadcrumbList":
            crumbs = [crumb.get("name") for crumb in item.get("itemListElement", [])]
            if crumbs != [source.site_name, source.title]:
                found.append(f"JSON-LD breadcrumb names: {crumbs!r}")
    return found


def all_differences(project: Path, site: Path) -> dict[str, list[str]]:
    """Every page of the built site that differs from its sources (none may go unchecked)."""
    checked = built_pages(project, site)
    unchecked = set(pages(site)) - {page.path for page in checked}
    assert not unchecked, f"built pages with no known source: {sorted(map(str, unchecked))}"
    return {
        str(page.path.relative_to(site)): found for page in checked if (found := differences(page))
    }


def test_every_built_page_says_what_its_sources_say(root: Path, site: Path) -> None:
    assert all_differences(root, site) == {}


def set_front_matter(markdown: Path, **values: str) -> None:
    """Rewrite front matter keys of a page (JSON strings are valid YAML double-quoted ones)."""
    text = markdown.read_text(encoding="utf-8")
    for key, value in values.items():
        text, count = re.subn(rf"(?m)^{key}: .*$", f"{key}: {json.dumps(value)}", text, count=1)
        assert count == 1, f"{markdown}: no {key}"
    markdown.write_text(text, encoding="utf-8")


def test_quotes_ampersands_and_angle_brackets_round_trip(
    project_copy: Path, tmp_path: Path
) -> None:
    """A copy of the project whose guide, in both languages, and English site name hold every
    character HTML and JSON treat specially, built strictly, says exactly that."""
    project = project_copy
    for locale in ("fr", "en"):
        guide = project / "docs" / locale / "opt-out.md"
        set_front_matter(guide, title=HOSTILE_TITLE, description=HOSTILE_DESCRIPTION)
    config = project / "mkdocs.yml"
    english = "          site_name: LinkedIn, AI and your data\n"
    text = config.read_text(encoding="utf-8")
    assert english in text
    config.write_text(
        text.replace(english, f"          site_name: {json.dumps(HOSTILE_SITE_NAME)}\n"), "utf-8"
    )
    site = tmp_path / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    guides = [p for p in built_pages(project, site) if p.source.title == HOSTILE_TITLE]
    assert len(guides) == len(list(languages(project)))
    assert all_differences(project, site) == {}
