"""One search index per language, each with its own stemmer (French stemming for French).

Each entry is also slimmed: footnote calls and the footnote list that ends a page are
citations (searchable on the Sources page), and every visit downloads the index, so they
are left out of it.

mkdocs-static-i18n stacks every language into one index at ``/search/search_index.json``,
so French readers get English hits and lunr runs both stemmers on every word. After the last
language is built, the plugin writes ``/search/search_index.json`` with the default language's
pages only, and ``/<lang>/search/search_index.json`` for each other language; i18n_links.py
points each language's pages at their own index.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sitetools.plugin.i18n import language_root

SEARCH_INDEX = Path("search") / "search_index.json"
FOOTNOTE_CALL = re.compile(r"<sup>\d+</sup>")
FOOTNOTE_LIST = re.compile(
    r"<ol>(?:\s*<li>\s*<p>(?:(?!</p>).)*?\u21a9+</p>\s*</li>)+\s*</ol>\s*$", re.DOTALL
)


def slim(text: str) -> str:
    """An entry's text without footnote calls and without the page's closing footnote list."""
    return FOOTNOTE_CALL.sub("", FOOTNOTE_LIST.sub("", text))


def split_index(combined: dict[str, Any], default: str, stemmers: dict[str, str]) -> dict[str, Any]:
    """Per-language indexes keyed by site folder, with locations relative to that folder;
    `stemmers`: lunr's language of each locale, the default's first."""
    prefixes = {locale: f"{locale}/" for locale in stemmers if locale != default}
    indexes: dict[str, Any] = {}
    for locale, stemmer in stemmers.items():
        prefix = prefixes.get(locale, "")
        others = tuple(other for other in prefixes.values() if other != prefix)
        docs = [
            {**doc, "location": doc["location"][len(prefix) :], "text": slim(doc.get("text", ""))}
            for doc in combined["docs"]
            if doc["location"].startswith(prefix) and not doc["location"].startswith(others)
        ]
        config = {**combined["config"], "lang": [stemmer]}
        indexes[language_root(locale, default)] = {**combined, "config": config, "docs": docs}
    return indexes


def write_split(site_dir: Path, default: str, stemmers: dict[str, str]) -> None:
    """Split the combined index once every language is built."""
    combined_path = site_dir / SEARCH_INDEX
    if not combined_path.exists():
        return
    combined = json.loads(combined_path.read_text(encoding="utf-8"))
    for root, index in split_index(combined, default, stemmers).items():
        target = site_dir / root / SEARCH_INDEX
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
        target.write_text(text, encoding="utf-8")
