"""Link previews, structured data and share links for every page, in its own language.

For each page the plugin draws a 1200x630 card (brand.py) under
``assets/images/social/<lang>/<page>.png`` (one folder per language, so the English card never
overwrites the French one; kept between builds by card_cache.py), and gives ``overrides/main.html``:

* ``social``: Open Graph and Twitter card values with absolute URLs;
* ``json_ld``: schema.org objects (WebSite on the home page, WebPage and BreadcrumbList on the
  others, FAQPage or HowTo where the front matter says ``schema: FAQPage`` / ``schema: HowTo``),
  built from the rendered HTML so that they match the visible text;
* ``share_links``: plain links to the share pages of social networks (no script of theirs),
  carrying the canonical URL and nothing else.

Nothing here touches the network: a build with no network produces every card.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from sitetools.plugin import brand
from sitetools.plugin.card_cache import CACHE_NAME, cache_folder, cached_card
from sitetools.plugin.page_html import first_image, first_list_items, h2_sections, step_text
from sitetools.plugin.state import BuildState

CARD_DIR = "assets/images/social"
SCHEMA = "https://schema.org"


def page_slug(src_uri: str) -> str:
    """'fr/opt-out.md' -> 'opt-out'; 'en/index.md' -> 'index' (folder structure)."""
    without_language = src_uri.split("/", 1)[1] if "/" in src_uri else src_uri
    return posixpath.splitext(without_language)[0].replace("/", "-")


def is_home(page: Page) -> bool:
    """The home page of its language (MkDocs' is_homepage is true for the default one only)."""
    return page_slug(page.file.src_uri) == "index"


def share_links(url: str, title: str) -> list[dict[str, str]]:
    """Share endpoints as plain links; the shared URL is the canonical one, untracked."""
    u, t, both = quote(url, safe=""), quote(title, safe=""), quote(f"{title} {url}", safe="")
    return [
        {"id": "linkedin", "href": f"https://www.linkedin.com/sharing/share-offsite/?url={u}"},
        {"id": "x", "href": f"https://twitter.com/intent/tweet?text={t}&url={u}"},
        {"id": "bluesky", "href": f"https://bsky.app/intent/compose?text={both}"},
        {"id": "whatsapp", "href": f"https://wa.me/?text={both}"},
        {"id": "facebook", "href": f"https://www.facebook.com/sharer/sharer.php?u={u}"},
        {"id": "email", "href": f"mailto:?subject={t}&body={u}"},
    ]


def extract(html: str, page: Page, state: BuildState, locale: str) -> None:
    """Keep what FAQPage and HowTo need, read from the page as readers will see it."""
    kind = page.meta.get("schema")
    key = (locale, page.file.src_uri)
    if kind == "FAQPage":
        state.extracted[key] = {"questions": h2_sections(html)}
    elif kind == "HowTo":
        first_tab = html[html.find('<div class="tabbed-block">') :]
        items = first_list_items(first_tab)
        state.extracted[key] = {"steps": [(step_text(i), first_image(i)) for i in items]}


def node(kind: str, **fields: Any) -> dict[str, Any]:
    """A schema.org object of type `kind`."""
    return {"@context": SCHEMA, "@type": kind, **fields}


def structured_data(
    page: Page, config: MkDocsConfig, state: BuildState, locale: str, social: dict[str, Any]
) -> list[dict[str, Any]]:
    """schema.org objects of the page, from its preview values (``social``)."""
    url, title, description = social["url"], social["title"], social["description"]
    site_home = urljoin(config.site_url or "", "" if locale == state.default else f"{locale}/")
    if is_home(page):
        home = {"url": site_home, "inLanguage": locale, "description": description}
        return [node("WebSite", name=config.site_name, **home)]
    about = {"inLanguage": locale, "url": url}
    kind = page.meta.get("schema")
    extracted = state.extracted.get((locale, page.file.src_uri), {})
    if kind == "FAQPage" and extracted.get("questions"):
        answers = [
            {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}}
            for q, a in extracted["questions"]
        ]
        main = node("FAQPage", mainEntity=answers, **about)
    elif kind == "HowTo" and extracted.get("steps"):
        steps = [
            {"@type": "HowToStep", "position": position, "text": text}
            | ({"image": urljoin(url, src.split("#")[0])} if src else {})
            for position, (text, src) in enumerate(extracted["steps"], start=1)
        ]
        image = social["image"]
        main = node("HowTo", name=title, description=description, image=image, step=steps, **about)
    else:
        main = node("WebPage", name=title, description=description, **about)
    crumbs = [
        {"@type": "ListItem", "position": 1, "name": config.site_name, "item": site_home},
        {"@type": "ListItem", "position": 2, "name": title, "item": url},
    ]
    return [main, node("BreadcrumbList", itemListElement=crumbs)]


def page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, state: BuildState, locale: str
) -> None:
    """Draw (or reuse) the page's card; give the template its preview, data and share links."""
    title = str(page.meta.get("title") or page.title or config.site_name)
    description = str(page.meta.get("description") or config.site_description or "")
    url = page.canonical_url or ""
    image_path = f"{CARD_DIR}/{locale}/{page_slug(page.file.src_uri)}.png"
    image_url = urljoin(config.site_url or "", image_path)

    target = Path(config.site_dir) / image_path
    target.parent.mkdir(parents=True, exist_ok=True)
    address = urlsplit(config.site_url or "").netloc + urlsplit(config.site_url or "").path
    inputs = (title, description, config.site_name, address.rstrip("/"), locale)
    picture = cached_card(cache_folder(config, CACHE_NAME), inputs, lambda: brand.card(*inputs))
    if not target.exists() or target.read_bytes() != picture:
        target.write_bytes(picture)

    width, height = brand.CARD_SIZE
    context["social"] = {
        "type": "website" if is_home(page) else "article",
        "title": title,
        "description": description,
        "url": url,
        "site_name": config.site_name,
        "image": image_url,
        "image_width": width,
        "image_height": height,
        "image_alt": f"{title} · {config.site_name}",
        "locale": state.table[locale].og_locale,
        "locale_alternates": [
            state.table[other].og_locale for other in state.locales if other != locale
        ],
    }
    context["json_ld"] = structured_data(page, config, state, locale, context["social"])
    context["share_links"] = share_links(url, title)
