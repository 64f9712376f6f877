"""One 404 page per language: ``/404.html`` in the default language, ``/<lang>/404.html``.

mkdocs-static-i18n writes every language into one ``site_dir``, so each language build
overwrites ``/404.html`` and only the last one survives (upstream #284, #326, #349). The other
languages' 404 pages also get their own search base, so that they search their own pages.

Hosts that serve a 404 page per folder (Netlify, Cloudflare Pages, our test server) show
``/en/404.html`` for a missing ``/en/...`` address. GitHub Pages serves ``/404.html`` for every
missing address, so that page carries a one-line script that sends a reader of a missing
``/en/...`` address on to ``/en/404.html`` (the CSP step hashes it like the others).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from jinja2.utils import htmlsafe_json_dumps

from sitetools.plugin.i18n import language_root

NOT_FOUND = "404.html"
# Material's JSON configuration: its "base" is where search/search_index.json is fetched from.
CONFIG_BASE = re.compile(r'("base":\s*")([^"]*)(")')


def language_redirect(site_path: str, locales: list[str]) -> str:
    """The script of the default 404 page: a missing /<locale>/ address goes to its own 404.
    The folders are JSON that cannot close the script (as Jinja's tojson writes it)."""
    folders = [f"{site_path.rstrip('/')}/{locale}/" for locale in locales]
    return (
        f"<script>{htmlsafe_json_dumps(folders)}.some(function(f){{var p=location.pathname,t=f+"
        f'"{NOT_FOUND}";if(p.indexOf(f)===0&&p!==t){{location.replace(t);return true}}}})</script>'
    )


def not_found_pages(rendered: dict[str, str], locales: list[str], site_url: str) -> dict[str, str]:
    """Each language's 404 page by its site-root-relative path: the default language's with the
    way to the other languages' (for hosts with one 404 page), the others each pointed at their
    language's search index."""
    default, others = locales[0], locales[1:]
    pages = {}
    for locale, html in rendered.items():
        if locale == default:
            script = language_redirect(urlsplit(site_url or "/").path, others)
            html = html.replace("</head>", f"  {script}\n  </head>", 1)
        else:
            base = CONFIG_BASE.search(html)
            if base:
                path = f"{base.group(2).rstrip('/')}/{locale}/"
                html = f"{html[: base.start(2)]}{path}{html[base.end(2) :]}"
        pages[f"{language_root(locale, default) or '.'}/{NOT_FOUND}"] = html
    return pages
