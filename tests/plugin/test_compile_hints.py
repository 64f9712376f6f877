"""Material's bundle marked for eager compilation (scripts/sitetools/plugin/compile_hints.py)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import material

from sitetools.plugin.compile_hints import HINT, add_compile_hint, hint_site
from sitetools.plugin.pipeline import follow_renamed

BUNDLE = next((Path(material.__file__).parent / "templates/assets/javascripts").glob("bundle.*.js"))


def test_the_hint_comes_first_and_the_stale_source_map_link_goes() -> None:
    script = '"use strict";(()=>{})();\n//# sourceMappingURL=bundle.a5f9d56c.min.js.map\n'
    hinted = add_compile_hint(script)
    assert hinted == HINT + '"use strict";(()=>{})();\n'
    assert add_compile_hint(hinted) == hinted


def test_the_site_gets_a_hinted_bundle_under_a_new_name(tmp_path: Path) -> None:
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    shutil.copy(BUNDLE, scripts / BUNDLE.name)
    (scripts / f"{BUNDLE.name}.map").write_text("{}", "utf-8")
    (scripts / "share.js").write_text("share()", "utf-8")
    page = tmp_path / "en" / "index.html"
    page.parent.mkdir()
    page.write_text(
        f'<script type="text/x-after-paint" data-src="../{scripts.name}/{BUNDLE.name}">'
    )
    pages = {page: page.read_text("utf-8")}
    [(old, new_name)] = hint_site(tmp_path)
    follow_renamed(pages, [(old, new_name)])
    assert old == BUNDLE.name and re.fullmatch(r"bundle\.[0-9a-f]{8}\.min\.js", new_name)
    assert sorted(p.name for p in scripts.iterdir()) == [new_name, "share.js"]
    assert (scripts / new_name).read_text("utf-8").startswith(HINT + '"use strict";')
    assert (scripts / "share.js").read_text("utf-8") == "share()"
    assert new_name in pages[page] and BUNDLE.name not in pages[page]
    assert hint_site(tmp_path) == []  # already hinted: nothing to do


def test_every_page_of_the_built_site_loads_the_hinted_bundle(site: Path) -> None:
    [bundle] = (site / "assets" / "javascripts").glob("bundle.*")
    assert bundle.read_text("utf-8").startswith(HINT)
    pages = [p.read_text("utf-8") for p in site.rglob("*.html")]
    assert all(bundle.name in html for html in pages)
