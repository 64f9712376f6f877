"""The content rules of every page, checked on the built site in both languages.

Both languages have every page, with a description and a review date, the same heading ids
in the same order (so that a shared `#link` works in both), and every fragment that a page
links to exists in both languages. Factual pages cite their sources.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from helpers import ROOT, SITE_URL, page_names
from helpers_html import read

from sitetools.rules.front_matter import DESCRIPTION_MAX, DESCRIPTION_MIN

PAGES = page_names()
# Pages that state facts about LinkedIn and must cite sources with footnotes.
FACTUAL = {"index", "what-changed", "data", "opt-out", "faq", "timeline"}
HEADING = re.compile(r"<h([1-3]) id=\"([^\"]+)\"")
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def built(site: Path, lang: str, page: str) -> Path:
    prefix = "" if lang == "fr" else "en/"
    return site / prefix / ("" if page == "index" else page) / "index.html"


def heading_ids(path: Path) -> list[str]:
    return [m.group(2) for m in HEADING.finditer(path.read_text("utf-8"))]


def test_both_languages_have_the_same_pages() -> None:
    fr = {p.relative_to(ROOT / "docs" / "fr") for p in (ROOT / "docs" / "fr").rglob("*.md")}
    en = {p.relative_to(ROOT / "docs" / "en") for p in (ROOT / "docs" / "en").rglob("*.md")}
    assert fr == en
    assert fr, "no page at all"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_front_matter_has_title_description_and_review_date(lang: str, page: str) -> None:
    source = (ROOT / "docs" / lang / f"{page}.md").read_text("utf-8")
    match = FRONT_MATTER.match(source)
    assert match, f"docs/{lang}/{page}.md has no front matter"
    keys = dict(line.split(":", 1) for line in match.group(1).splitlines() if ":" in line)
    assert keys.get("title", "").strip()
    description = keys.get("description", "").strip().strip('"')
    assert DESCRIPTION_MIN <= len(description) <= DESCRIPTION_MAX, (
        f"docs/{lang}/{page}.md: description of {len(description)}"
    )
    assert re.fullmatch(r" \d{4}-\d{2}-\d{2}", keys.get("last_reviewed", "")), page


@pytest.mark.parametrize("page", PAGES)
def test_headings_have_the_same_ids_in_the_same_order(site: Path, page: str) -> None:
    fr, en = heading_ids(built(site, "fr", page)), heading_ids(built(site, "en", page))
    assert fr == en
    assert fr, f"{page} has no heading with an id"


def test_every_linked_fragment_exists_in_both_languages(site: Path) -> None:
    ids = {
        (lang, page): set(heading_ids(built(site, lang, page)))
        | set(re.findall(r'id="([^"]+)"', built(site, lang, page).read_text("utf-8")))
        for lang in ("fr", "en")
        for page in PAGES
    }
    by_url = {
        urljoin(SITE_URL, ("" if lang == "fr" else "en/") + ("" if p == "index" else f"{p}/")): p
        for lang in ("fr", "en")
        for p in PAGES
    }
    missing = []
    for (lang, page), _ in ids.items():
        path = built(site, lang, page)
        page_url = urljoin(SITE_URL, path.relative_to(site).as_posix().removesuffix("index.html"))
        for element in read(path).find("a"):
            href = element.attrs.get("href", "")
            target = urlsplit(urljoin(page_url, href))
            if not target.fragment or not href or href.startswith("#fn"):
                continue
            target_page = by_url.get(f"{target.scheme}://{target.netloc}{target.path}")
            if target_page is None or target.fragment.startswith(("fn:", "fnref")):
                continue
            for other in ("fr", "en"):
                if target.fragment not in ids[(other, target_page)]:
                    missing.append(f"{lang}/{page} links #{target.fragment}: absent in {other}")
    assert not missing


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("page", sorted(FACTUAL))
def test_factual_pages_cite_sources(site: Path, lang: str, page: str) -> None:
    html = built(site, lang, page).read_text("utf-8")
    assert html.count('class="footnote-ref"') >= 3, f"{lang}/{page} cites almost nothing"
    notes = re.search(r'<div class="footnote">(.*?)</div>', html, re.DOTALL)
    assert notes and "sources/#s" in notes.group(1), f"{lang}/{page}: footnotes lack source entries"
