"""One 404 page per language: ``/404.html`` in the default language, ``/<lang>/404.html``.

mkdocs-static-i18n writes every language into one ``site_dir``, so each language build
overwrites ``/404.html`` and only the last one survives (upstream #284, #326, #349). The other
languages' 404 pages also get their own search base, so that they search their own pages.

Hosts that serve a 404 page per folder (Netlify, Cloudflare Pages, our test server) show
``/en/404.html`` for a missing ``/en/...`` address. GitHub Pages serves ``/404.html`` for every
missing address, so that page carries a one-line script that sends a reader of a missing
``/en/...`` address on to ``/en/404.html`` (the CSP hook hashes it like the others).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from jinja2.utils import htmlsafe_json_dumps
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from i18n_common import i18n_plugin, languages

NOT_FOUND = "404.html"
# Material's JSON configuration: its "base" is where search/search_index.json is fetched from.
CONFIG_BASE = re.compile(r'("base":\s*")([^"]*)(")')

# The default language's 404 page, kept while the other languages build.
_default_404: dict[str, bytes] = {}


@event_priority(-50)  # before mkdocs-static-i18n (-100) starts the next language's build
def on_post_build(config: MkDocsConfig) -> None:
    """Keep the default 404; move another language's 404 to its folder and restore ours."""
    default, _ = languages(config)
    locale = i18n_plugin(config).current_language
    site_dir = Path(config.site_dir)
    built = site_dir / NOT_FOUND
    if not built.exists():
        return
    if locale == default:
        _default_404[str(site_dir)] = built.read_bytes()
        return
    target = site_dir / locale / NOT_FOUND
    target.parent.mkdir(parents=True, exist_ok=True)
    built.replace(target)
    saved = _default_404.get(str(site_dir))
    if saved is not None:
        built.write_bytes(saved)


def language_redirect(site_path: str, locales: list[str]) -> str:
    """The script of the default 404 page: a missing /<locale>/ address goes to its own 404.
    The folders are JSON that cannot close the script (as Jinja's tojson writes it)."""
    folders = [f"{site_path.rstrip('/')}/{locale}/" for locale in locales]
    return (
        f"<script>{htmlsafe_json_dumps(folders)}.some(function(f){{var p=location.pathname,t=f+"
        f'"{NOT_FOUND}";if(p.indexOf(f)===0&&p!==t){{location.replace(t);return true}}}})</script>'
    )


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """Point another language's 404 page at that language's search index; give the default
    language's 404 page the way to the other languages' (for hosts with one 404 page)."""
    default, locales = languages(config)
    locale = i18n_plugin(config).current_language
    if template_name != NOT_FOUND:
        return output_content
    if locale == default:
        script = language_redirect(urlsplit(config.site_url or "/").path, locales[1:])
        return output_content.replace("</head>", f"  {script}\n  </head>", 1)
    return CONFIG_BASE.sub(
        lambda m: f"{m.group(1)}{m.group(2).rstrip('/')}/{locale}/{m.group(3)}",
        output_content,
        count=1,
    )
