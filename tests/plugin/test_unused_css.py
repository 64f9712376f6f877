"""Pruning Material's stylesheet (sitetools/plugin/unused_css.py): what goes, what must stay."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import material
import pytest

from sitetools.plugin.pipeline import follow_renamed
from sitetools.plugin.unused_css import prune_site, prune_stylesheet, used_names

MATERIAL_CSS = Path(material.__file__).parent / "templates/assets/stylesheets"
ORIGINAL = next(MATERIAL_CSS.glob("main.*.min.css"))
PALETTE = next(MATERIAL_CSS.glob("palette.*.min.css"))


def test_a_selector_needing_an_unused_class_goes_and_its_neighbours_stay() -> None:
    css = ".md-typeset .admonition,.md-blog-post{color:red}.md-tag{color:blue}"
    assert prune_stylesheet(css, {"md-typeset", "admonition", "md-blog"}, set()) == (
        ".md-typeset .admonition{color:red}"
    )


def test_grouping_rules_are_pruned_inside_and_dropped_when_empty() -> None:
    css = "@media screen{.a{color:red}.b{color:blue}}@media print{.b{color:blue}}"
    assert prune_stylesheet(css, {"a"}, set()) == "@media screen{.a{color:red}}"


def test_classes_inside_functional_pseudo_classes_are_kept() -> None:
    css = ".a:not(.gone){top:0}:is(.gone,.a) p{left:0}.a:where(.x, .y, kbd){right:0}"
    assert prune_stylesheet(css, {"a", "p"}, set()) == css


def test_attributes_ids_pseudo_classes_and_other_at_rules_are_kept() -> None:
    css = "[data-md-component=search]{color:#fff}#x{top:0}:root{left:0}::selection{top:1px}"
    css += "@keyframes k{0%{opacity:0}}@font-face{font-family:x}"
    assert prune_stylesheet(css, set(), set()) == css


def test_a_selector_needing_an_element_no_page_has_goes() -> None:
    css = ".md-typeset kbd{color:red}.md-typeset>table,body{margin:0}a:hover,p.x+ul li{top:0}"
    used = {"md-typeset", "x", "body", "a", "p", "ul", "li"}
    assert prune_stylesheet(css, used, set()) == "body{margin:0}a:hover,p.x+ul li{top:0}"


def test_custom_properties_nobody_reads_go_even_through_chains() -> None:
    css = (
        ":root{--icon-tag:url(tag.svg);--tag:var(--icon-tag);--kept:1px;--elsewhere:2px}"
        ".md-tag{mask-image:var(--tag)}p{margin:var(--kept)}"
    )
    assert prune_stylesheet(css, {"p"}, {"--elsewhere"}) == (
        ":root{--kept:1px;--elsewhere:2px}p{margin:var(--kept)}"
    )


def test_important_and_values_survive_as_written() -> None:
    css = '.a{color:red!important;content:"a, b";background:url("data:image/svg+xml;x")}'
    assert prune_stylesheet(css, {"a"}, set()) == css


def test_names_come_from_pages_inline_scripts_and_script_files() -> None:
    page = '<P class="one two"></P><script>el.classList.add("three")</script>'
    used = used_names([page], ['x.className="md-dialog--active";create("kbd")'])
    assert {"one", "two", "three", "md-dialog--active", "p", "script", "kbd"} <= used
    assert not {"four", "P", "table"} & used


def test_tab_selectors_beyond_the_largest_set_of_tabs_go() -> None:
    third = ".tabbed-set>input:nth-child(3):checked~.tabbed-labels>:nth-child(3){top:0}"
    fourth = ".tabbed-set>input:nth-child(4):checked~.tabbed-labels>:nth-child(4){top:0}"
    others = ".md-tabs__item:nth-child(9){left:0}.tabbed-block:nth-child(odd){right:0}"
    pages = ['<div class="tabbed-set" data-tabs="1:2">', '<div class="tabbed-set" data-tabs="2:3">']
    used = used_names(pages, []) | {"input", "tabbed-labels", "md-tabs__item", "tabbed-block"}
    assert prune_stylesheet(third + fourth + others, used, set()) == third + others
    two_tabs = used_names(pages[:1], []) | {"input", "tabbed-labels"}
    assert prune_stylesheet(third, two_tabs, set()) == ""


def test_the_palette_switching_rules_go_though_the_bundle_names_them() -> None:
    css = "[data-md-color-switching] *,[data-md-color-switching] :after{transition:none}.a{top:0}"
    used = used_names([], ['document.body.setAttribute("data-md-color-switching","")'])
    assert prune_stylesheet(css, used | {"a"}, set()) == ".a{top:0}"


def test_the_site_gets_a_new_name_and_every_page_follows(tmp_path: Path) -> None:
    original = ORIGINAL
    site = tmp_path / "site"
    (site / "assets" / "stylesheets").mkdir(parents=True)
    shutil.copy(original, site / "assets" / "stylesheets" / original.name)
    (site / "assets" / "stylesheets" / f"{original.name}.map").write_text("{}", "utf-8")
    (site / "en").mkdir()
    link = f'<link rel="stylesheet" href="../assets/stylesheets/{original.name}">'
    pages = {site / "en" / "index.html": f'{link}<div class="md-typeset">'}
    [(old, new_name)] = prune_site(site, pages)
    follow_renamed(pages, [(old, new_name)])
    assert old == original.name
    new = site / "assets" / "stylesheets" / new_name
    assert re.fullmatch(r"main\.[0-9a-f]{8}\.min\.css", new.name)
    assert sorted(p.name for p in new.parent.iterdir()) == [new.name]  # no stale source map
    assert new_name in pages[site / "en" / "index.html"]
    assert ".md-typeset" in new.read_text("utf-8")
    assert new.stat().st_size < original.stat().st_size / 4
    assert prune_site(site, pages) == []  # already pruned: nothing to do


@pytest.mark.parametrize("original", [ORIGINAL, PALETTE], ids=["main", "palette"])
def test_the_built_site_ships_only_pruned_stylesheets(site: Path, original: Path) -> None:
    kind = original.name.split(".")[0]
    shipped = sorted(p.name for p in (site / "assets" / "stylesheets").glob(f"{kind}.*"))
    assert shipped != [original.name]
    assert len(shipped) == 1, f"Material's stylesheet or its source map is still there: {shipped}"
    pages = [p.read_text("utf-8") for p in site.rglob("*.html")]
    assert all(original.name not in html for html in pages)
    assert sum(shipped[0] in html for html in pages) == len(pages)


def test_only_the_colours_in_use_stay_in_the_palette() -> None:
    css = "[data-md-color-primary=red]{--c:red}[data-md-color-primary=indigo]{--c:blue}"
    css += '[data-md-color-scheme="slate"]{--d:0}'
    used = {"data-md-color-primary=indigo", "data-md-color-scheme=slate"}
    assert prune_stylesheet(css, used, {"--c", "--d"}) == (
        '[data-md-color-primary=indigo]{--c:blue}[data-md-color-scheme="slate"]{--d:0}'
    )
    page = '<body data-md-color-primary="indigo"><input data-md-color-scheme="slate">'
    assert {"data-md-color-primary=indigo", "data-md-color-scheme=slate"} <= used_names([page], [])
