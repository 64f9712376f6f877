"""Quotes: LinkedIn's labels of the glossary and quotations of the pages, found or lost."""

from __future__ import annotations

from watch_pages import ARTICLE, by_id, page

from sitetools.watch.model import Quote
from sitetools.watch.quotes import found_in, missing

HTML = {"Content-Type": "text/html; charset=utf-8"}
LABEL = """\
  data_privacy:
    fr: Confidentialité des données
    en: Data privacy
    sources:
      en: [S1]
"""
WITHOUT_LABEL = [s.replace("Data privacy", "Privacy settings") for s in ARTICLE]


def test_a_removed_label_is_a_missing_quote(server, make_site, watch):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a")}, labels=LABEL)
    first = watch(site)
    assert by_id(first)["s1"]["missing_quotes"] == []
    assert first.code == 0
    server.routes["/a"] = (200, HTML, page(article=WITHOUT_LABEL))
    result = watch(site)
    assert result.code == 1
    (lost,) = by_id(result)["s1"]["missing_quotes"]
    assert lost["quote"] == "Data privacy"
    assert lost["from"] == "glossary/ui-labels.yml:2: data_privacy (en)"


def test_a_label_the_source_never_showed_is_reported_at_its_first_check(server, make_site, watch):
    server.routes["/a"] = (200, HTML, page(article=WITHOUT_LABEL))
    site = make_site({"s1": server.url("/a")}, labels=LABEL)
    result = watch(site)
    assert [q["quote"] for q in by_id(result)["s1"]["missing_quotes"]] == ["Data privacy"]
    # Acknowledged once its snapshot is kept: the next run does not repeat it.
    assert by_id(watch(site))["s1"]["missing_quotes"] == []


def test_sources_read_through_a_copy_never_raise_a_quote(server, make_site, watch):
    server.routes["/a"] = (200, HTML, page())
    site = make_site(
        {"s1": server.url("/a")}, notes={"s1": " Content read from a copy."}, labels=LABEL
    )
    watch(site)
    server.routes["/a"] = (200, HTML, page(article=WITHOUT_LABEL))
    result = watch(site)
    assert by_id(result)["s1"]["status"] == "changed"
    assert by_id(result)["s1"]["missing_quotes"] == []


def test_a_quotation_of_a_page_is_reported_once_seen_then_lost(server, make_site, watch):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a")})
    quoted = "« switched on by default »[^s1] and « words the source never had »[^s1]."
    with (site.root / "docs" / "en" / "page.md").open("a", encoding="utf-8") as file:
        file.write(f"\n{quoted}\n")
    assert by_id(watch(site))["s1"]["missing_quotes"] == []  # a translation, maybe: silent
    edited = [s.replace("switched on by default", "enabled") for s in ARTICLE]
    server.routes["/a"] = (200, HTML, page(article=edited))
    (lost,) = by_id(watch(site))["s1"]["missing_quotes"]
    assert lost["quote"] == "switched on by default"
    assert lost["from"].startswith("docs/en/page.md:")


def test_quotes_match_across_case_apostrophes_spacing_and_ellipsis():
    text = "Use my data for training content creation AI models.\nL\u2019option « Données »."
    assert found_in(Quote(("use my  data for training",), "x"), text)
    assert found_in(Quote(("…training content creation AI models",), "x"), text)
    assert found_in(Quote(("L'option",), "x"), text)
    assert found_in(Quote(("nope", "Use my **data**"), "x"), text)
    assert not found_in(Quote(("Use my data for training generative models",), "x"), text)


def test_missing_needs_a_previous_sighting_unless_curated():
    page_quote, label = Quote(("gone words",), "page"), Quote(("gone label",), "g", curated=True)
    assert missing((page_quote, label), "now", None) == (label,)
    assert missing((page_quote, label), "now", "gone words, gone label") == (page_quote, label)
    assert missing((page_quote, label), "now", "something else") == ()
