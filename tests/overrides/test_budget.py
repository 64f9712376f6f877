"""No page's first visit downloads more than the byte budget written in the README."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from helpers import SITE_URL
from helpers_html import pages

from sitetools.page_weight import BUDGET_BYTES, page_weight


def test_every_page_fits_the_byte_budget(site: Path) -> None:
    over = {}
    for page in pages(site):
        weight = page_weight(site, page, urlsplit(SITE_URL).path)
        if weight.total > BUDGET_BYTES:
            over[weight.page] = f"{weight.total / 1024:.1f} KB: {weight.parts}"
    assert not over


def test_the_weight_counts_what_a_visit_loads(site: Path) -> None:
    weight = page_weight(site, site / "en" / "opt-out" / "index.html")
    names = set(weight.parts)
    assert "en/opt-out/index.html" in names
    assert any(n.startswith("assets/javascripts/bundle.") for n in names)
    assert any(n.startswith("assets/stylesheets/main.") for n in names)
    assert "en/search/search_index.json" in names
    assert "search/search_index.json" not in names  # English pages load the English index only
    french = page_weight(site, site / "opt-out" / "index.html").parts
    assert "assets/javascripts/lunr/min/lunr.fr.min.js" in french
    assert weight.total > 50 * 1024  # the bundle alone is over 30 KB compressed
    not_found = page_weight(site, site / "en" / "404.html", urlsplit(SITE_URL).path).parts
    assert "en/search/search_index.json" in not_found
    assert any(n.startswith("assets/javascripts/bundle.") for n in not_found)
