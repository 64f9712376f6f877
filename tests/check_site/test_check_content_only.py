"""The content-only build (the theme rendered once per build) finds what the full build finds.

The validator first builds with MkDocs' whole pipeline but writes most pages as their content
area alone (``sitetools.check.build``); when anything fails there, it runs the full build.
Both are compared here on a small two-language Material project with the patterns that could
tell them apart: ids the theme draws, headings a hook adds, ``md_in_html``, snippets, a page
with its own template.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from fixture_sites import bilingual_config

from sitetools.check.validate import Options, build_for_check
from sitetools.kernel.config import load

CONFIG = bilingual_config("toc", "attr_list", "md_in_html", "pymdownx.snippets") + (
    "theme:\n  name: material\n  font: false\n  custom_dir: overrides\nhooks:\n  - hook.py\n"
)
HOOK = """\
def on_page_markdown(markdown, **kwargs):
    return markdown + '\\n## Added { #added }\\n'
"""
# A post_page hook that needs the theme's HTML: it fails on a page written as content only.
NEEDS_THEME = """\
def on_post_page(output, **kwargs):
    if '<header' not in output:
        raise ValueError('no header')
    return output
"""
PAGE = """\
# {title}

[theme](#__drawer) [theme elsewhere](other.md#__search) [not the theme](#__nothing)
[hook](#added) [hook elsewhere](other.md#added) [gone](other.md#gone)

<figure markdown>
[figure](other.md#inner) [figure ko](other.md#outer)
</figure>

--8<-- "snippets/part.md"

## Inner {{ #inner }}
"""
OTHER = "# Other\n\n## Inner { #inner }\n\n[back](index.md#inner) [ko](index.md#nope)\n"
OWN_TEMPLATE = "---\ntemplate: own.html\n---\n\n# Own\n\n[ok](index.md#inner) [ko](#mine)\n"
# A template of its own adds an id the content does not have: a target on that page only.
OWN_HTML = '{% extends "main.html" %}\n{% block content %}<p id="mine"></p>{% endblock %}\n'


def _project(tmp_path: Path, hook: str = HOOK) -> Path:
    root = tmp_path / "project"
    files = {
        "mkdocs.yml": CONFIG,
        "hook.py": hook,
        "snippets/part.md": "[snippet](other.md#inner) [snippet ko](other.md#snip)\n",
        "overrides/own.html": OWN_HTML,
    }
    for lang in ("fr", "en"):
        files[f"docs/{lang}/index.md"] = PAGE.format(title=f"Home {lang}")
        files[f"docs/{lang}/other.md"] = OTHER
        files[f"docs/{lang}/third.md"] = PAGE.format(title=f"Third {lang}")
        files[f"docs/{lang}/own.md"] = OWN_TEMPLATE
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "mkdocs.yml"


def _anchors(run) -> set[tuple[str, int | None, str]]:
    return {(file, line, target) for _, check, file, line, target in run.findings}


def test_same_findings_as_the_full_build(tmp_path, check):
    config = _project(tmp_path)
    content_only, full = check(config), check(config, "--full-build")
    assert content_only.json["findings"] == full.json["findings"]
    assert content_only.code == full.code == 1
    found = _anchors(content_only)
    for lang in ("fr", "en"):
        for page in ("index", "third"):  # the first page of a build, and one written bare
            source = f"docs/{lang}/{page}.md"
            assert (source, 3, "#__nothing") in found
            assert (source, 4, "other.md#gone") in found
            assert (source, 7, "other.md#outer") in found
            assert not {(source, 3, "#__drawer"), (source, 3, "other.md#__search")} & found
            assert not {(source, 4, "#added"), (source, 4, "other.md#added")} & found
            assert (source, 7, "other.md#inner") not in found
        assert (f"docs/{lang}/other.md", 5, "index.md#nope") in found
        assert (f"docs/{lang}/own.md", 7, "#mine") not in found
    assert ("snippets/part.md", 1, "other.md#snip") in found
    assert ("snippets/part.md", 1, "other.md#inner") not in found


def _build(config: Path, options: Options, folder: Path):
    _, loaded = load(config)
    return build_for_check(options, loaded, folder)


def test_most_pages_are_written_without_the_theme(tmp_path):
    config = _project(tmp_path)
    with tempfile.TemporaryDirectory() as folder:
        build = _build(config, Options(config=config), Path(folder))
        bare = {page.source.relative_to(config.parent).as_posix() for page in build.pages}
        bare -= {p.source.relative_to(config.parent).as_posix() for p in build.pages if p.themed}
        assert build.content_only
        # One page per language keeps the theme, and so does the page with its own template.
        assert {"docs/fr/other.md", "docs/en/other.md"} <= bare
        assert not {"docs/fr/own.md", "docs/en/own.md"} & bare
        assert {"__drawer", "__search"} <= build.theme_ids
        assert not {"inner", "added"} & build.theme_ids


def test_a_hook_that_needs_the_theme_falls_back_to_the_full_build(tmp_path, check):
    config = _project(tmp_path, HOOK + NEEDS_THEME)
    with tempfile.TemporaryDirectory() as folder:
        build = _build(config, Options(config=config), Path(folder))
        assert not build.content_only
        assert all(page.themed for page in build.pages)
    content_only, full = check(config), check(config, "--full-build")
    assert content_only.json["findings"] == full.json["findings"]
    assert ("docs/fr/index.md", 4, "other.md#gone") in _anchors(content_only)
