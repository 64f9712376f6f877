"""Each internal the plugin depends on (sitetools/plugin/internals.py) still holds.

One check per entry, against the installed packages: an upgrade that changes one fails here,
naming it. The list itself is checked too: every entry's text is in the code it names, and
every private attribute the plugin reads on another package's object is listed.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from pathlib import Path

import markdown
import material
import pytest
from helpers import REPOSITORY
from mkdocs_static_i18n import folder, reconfigure
from mkdocs_static_i18n.plugin import I18n
from watchdog.observers.api import EventEmitter

from sitetools.languages import load
from sitetools.plugin import localise_html, page_html, unused_css
from sitetools.plugin.internals import INTERNALS, Internal

PLUGIN = REPOSITORY / "scripts" / "sitetools" / "plugin"
THEME = Path(material.__file__).parent / "templates"


def _render(text: str, *extensions: str, **configs: dict[str, object]) -> str:
    return markdown.markdown(text, extensions=list(extensions), extension_configs=configs)


def i18n_state() -> None:
    source = inspect.getsource(I18n)
    assert "self.current_language = " in source and "self.building = True" in source


def i18n_alternates() -> None:
    assert "file.alternates = " in inspect.getsource(folder)


def i18n_switcher() -> None:
    assert 'config.extra["alternate"]' in inspect.getsource(reconfigure)


def i18n_priorities() -> None:
    assert I18n.on_config.mkdocs_priority == -100  # type: ignore[attr-defined]
    assert I18n.on_post_build.mkdocs_priority == -100  # type: ignore[attr-defined]


def i18n_files() -> None:
    assert I18n.on_files.mkdocs_priority == -100  # type: ignore[attr-defined]


def material_config_base() -> None:
    assert '"base": base_url' in (THEME / "base.html").read_text("utf-8")


def material_search_dialog() -> None:
    assert localise_html.SEARCH_DIALOG in (THEME / "partials" / "search.html").read_text("utf-8")


def material_french_edit() -> None:
    french = (THEME / "partials" / "languages" / "fr.html").read_text("utf-8")
    assert '"action.edit": "Editer cette page"' in french


def material_asset_names() -> None:
    assets = THEME / "assets"
    css = [p.name for p in (assets / "stylesheets").glob("*.css")]
    assert sorted(n.split(".")[0] for n in css if unused_css.MATERIAL_CSS.match(n)) == [
        "main",
        "palette",
    ]


def material_colour_switching() -> None:
    bundle = next((THEME / "assets" / "javascripts").glob("bundle.*.min.js"))
    assert "data-md-color-switching" in bundle.read_text("utf-8")


def material_charset() -> None:
    assert '<meta charset="utf-8">' in (THEME / "base.html").read_text("utf-8")


def pymdownx_tabbed() -> None:
    tabs = '=== "A"\n\n    a\n\n=== "B"\n\n    b\n'
    html = _render(tabs, "pymdownx.tabbed", **{"pymdownx.tabbed": {"alternate_style": True}})
    assert unused_css.TAB_COUNT.findall(html) == ["2"] and '<div class="tabbed-block">' in html


def pymdownx_tasklist() -> None:
    html = _render(
        "- [x] Done\n", "pymdownx.tasklist", **{"pymdownx.tasklist": {"custom_checkbox": True}}
    )
    assert 'aria-label="Done"' in localise_html.localise(html, load(REPOSITORY)["en"])


def markdown_footnotes() -> None:
    html = _render("Text[^1].\n\n[^1]: Note.\n", "footnotes")
    assert localise_html.FOOTNOTE_BACKLINK.search(html)
    assert page_html.FOOTNOTE_REF.search(html) and page_html.FOOTNOTES.search(html)


def watchdog_timeout() -> None:
    assert "self._timeout = " in inspect.getsource(EventEmitter.__init__)


CHECKS: dict[str, Callable[[], None]] = {
    check.__name__.replace("_", "-"): check
    for check in (
        i18n_state,
        i18n_alternates,
        i18n_switcher,
        i18n_priorities,
        i18n_files,
        material_config_base,
        material_search_dialog,
        material_french_edit,
        material_asset_names,
        material_colour_switching,
        material_charset,
        pymdownx_tabbed,
        pymdownx_tasklist,
        markdown_footnotes,
        watchdog_timeout,
    )
}


@pytest.mark.parametrize("internal", INTERNALS, ids=lambda internal: internal.name)
def test_the_internal_still_holds(internal: Internal) -> None:
    CHECKS[internal.name]()


def test_every_internal_has_its_check_and_stays_at_most_fifteen() -> None:
    assert sorted(CHECKS) == sorted(internal.name for internal in INTERNALS)
    assert len(INTERNALS) <= 15


def test_every_entry_names_code_that_uses_it() -> None:
    for internal in INTERNALS:
        path = PLUGIN / internal.where
        if not path.exists():
            path = REPOSITORY / internal.where
        assert internal.needle in path.read_text("utf-8"), internal.name


def test_every_private_attribute_read_on_another_package_is_listed() -> None:
    listed = " ".join(internal.needle for internal in INTERNALS)
    for path in PLUGIN.glob("*.py"):
        for found in re.findall(r"\b(?!self\b)\w+\._[a-z]\w*", path.read_text("utf-8")):
            assert found in listed, f"{path.name}: {found} is not in internals.py"
