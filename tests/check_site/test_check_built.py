"""The validator judges what MkDocs builds: one small project per pattern of issue 15.

Each project is written from strings, built by MkDocs in-process by the validator, and the
exact finding (or its absence) is asserted at file:line.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image


def png() -> bytes:
    """A small, clean PNG."""
    buffer = io.BytesIO()
    Image.new("RGB", (2, 2)).save(buffer, format="PNG")
    return buffer.getvalue()


PNG = png()


def plain(extra: str = "", extensions: str = "") -> str:
    """A one-language config."""
    markdown = f"markdown_extensions:\n{extensions}" if extensions else ""
    return f"site_name: Test\n{markdown}{extra}"


def located(run) -> list[tuple[str, str, str, int | None, str, str]]:
    """(severity, check, file, line, target, message) of each finding."""
    return [
        (*finding, message) for finding, message in zip(run.findings, run.messages, strict=True)
    ]


@pytest.mark.parametrize("directory_urls", [True, False])
def test_raw_html_is_resolved_against_the_built_url(make_site, check, directory_urls):
    """Raw HTML is not rewritten: the browser reads it from the page's URL."""
    config = make_site(
        {
            "index.md": "# Home\n",
            "img/x.png": PNG,
            "sub/page.md": (
                "# Page\n\n"
                '<img src="../img/x.png" alt="source form">\n'
                '<img src="../../img/x.png" alt="built form">\n'
                '<a href="../index.md">raw link to a source</a>\n'
            ),
        },
        config=plain(f"use_directory_urls: {str(directory_urls).lower()}\n"),
    )
    run = check(config)
    built_url = "/sub/page/" if directory_urls else "/sub/page.html"
    expected = []
    if directory_urls:
        # /sub/page/ + ../img/x.png = /sub/img/x.png; ../../img/x.png is right.
        expected.append(
            (
                "error",
                "image-missing",
                "docs/sub/page.md",
                3,
                "../img/x.png",
                "/sub/img/x.png does not exist in the built site; the browser resolves it"
                f" against the page's URL {built_url}, not its source file:"
                " write '../../img/x.png'",
            )
        )
    index = "../../" if directory_urls else "../index.html"
    expected.append(
        (
            "error",
            "link-page",
            "docs/sub/page.md",
            5,
            "../index.md",
            f"{'/sub/index.md' if directory_urls else '/index.md'} does not exist"
            " in the built site;"
            " MkDocs left it as written (raw HTML, or a page of another language's build):"
            f" write '{index}'",
        )
    )
    assert located(run) == expected


def test_headings_added_by_a_hook_are_targets(make_site, check):
    hook = (
        "def on_page_markdown(markdown, **kwargs):\n"
        "    return markdown + '\\n## Added { #added }\\n'\n"
    )
    config = make_site(
        {"index.md": "# Home\n\n[a](#added) [b](#absent)\n"},
        config=plain("hooks:\n  - hook.py\n", "  - attr_list\n"),
    )
    (config.parent / "hook.py").write_text(hook, encoding="utf-8")
    run = check(config)
    assert located(run) == [
        ("error", "link-anchor", "docs/index.md", 3, "#absent", "no anchor #absent on this page")
    ]


def test_snippet_content_is_reported_in_the_snippet_file(make_site, check):
    config = make_site(
        {"index.md": '# Home\n\n--8<-- "part.md"\n', "other.md": "# Other\n"},
        config=plain("", "  - pymdownx.snippets:\n      base_path: [snippets]\n"),
    )
    (config.parent / "snippets").mkdir()
    (config.parent / "snippets" / "part.md").write_text(
        "Included.\n\n[ok](other.md) [ko](nowhere.md)\n", encoding="utf-8"
    )
    run = check(config)
    assert located(run) == [
        (
            "error",
            "link-page",
            "snippets/part.md",
            3,
            "nowhere.md",
            "docs/nowhere.md does not exist",
        )
    ]


def test_markdown_inside_md_in_html_figures(make_site, check):
    config = make_site(
        {
            "index.md": (
                "# Home\n\n<figure markdown>\n![Shown](x.png)\n"
                "<figcaption>A</figcaption>\n</figure>\n\n"
                "<figure markdown>\n![Gone](gone.png)\n</figure>\n"
            ),
            "x.png": PNG,
        },
        config=plain("", "  - md_in_html\n"),
    )
    run = check(config)
    assert located(run) == [
        ("error", "image-missing", "docs/index.md", 9, "gone.png", "docs/gone.png does not exist")
    ]


def test_duplicate_reference_definitions_the_last_one_wins(make_site, check):
    config = make_site(
        {
            "index.md": "# Home\n\nSee [it][ref].\n\n[ref]: other.md\n[ref]: bad.md\n",
            "other.md": "# Other\n",
        },
        config=plain(),
    )
    run = check(config)
    assert located(run) == [
        (
            "error",
            "link-page",
            "docs/index.md",
            6,
            "bad.md",
            "docs/bad.md does not exist (reference used at line 3)",
        )
    ]


def test_fences_nested_in_longer_fences_are_code(make_site, check):
    page = "# Home\n\n````md\n```\n[code](nowhere.md)\n```\n````\n\n[real](missing.md)\n"
    config = make_site({"index.md": page}, config=plain("", "  - pymdownx.superfences\n"))
    run = check(config)
    assert located(run) == [
        ("error", "link-page", "docs/index.md", 9, "missing.md", "docs/missing.md does not exist")
    ]


def test_excluded_and_draft_pages_are_neither_checked_nor_targets(make_site, check):
    config = make_site(
        {
            "index.md": "# Home\n\n[p](private.md) [d](draft.md)\n",
            "private.md": "# Private\n\n[x](nowhere.md)\n",
            "draft.md": "# Draft\n\n[x](nowhere.md)\n",
        },
        config=plain("exclude_docs: |\n  private.md\ndraft_docs: |\n  draft.md\n"),
    )
    run = check(config)
    assert located(run) == [
        (
            "error",
            "link-page",
            "docs/index.md",
            3,
            "private.md",
            "docs/private.md is not built (exclude_docs or draft_docs)",
        ),
        (
            "error",
            "link-page",
            "docs/index.md",
            3,
            "draft.md",
            "docs/draft.md is not built (exclude_docs or draft_docs)",
        ),
    ]


def test_custom_dir_files_are_link_targets(make_site, check):
    config = make_site(
        {"index.md": "# Home\n\n[t](extra/terms.txt) ![Logo](extra/logo.png)\n"},
        config=plain("theme:\n  name: mkdocs\n  custom_dir: overrides\n"),
    )
    (config.parent / "overrides" / "extra").mkdir(parents=True)
    (config.parent / "overrides" / "extra" / "terms.txt").write_text("t\n", encoding="utf-8")
    (config.parent / "overrides" / "extra" / "logo.png").write_bytes(PNG)
    assert located(check(config)) == []


def test_nav_entry_to_a_missing_page(make_site, check):
    config = make_site(
        {"index.md": "# Home\n"},
        config=plain("nav:\n  - index.md\n  - Gone: gone.md\n"),
    )
    run = check(config)
    assert located(run) == [
        (
            "error",
            "link-page",
            "mkdocs.yml",
            4,
            "gone.md",
            "the nav names gone.md, which is not among the documentation files",
        )
    ]


def test_directory_link_from_a_non_index_page(make_site, check):
    config = make_site(
        {
            "index.md": "# Home\n\n[s](sub/)\n",
            "page.md": "# Page\n\n[s](sub/)\n",
            "sub/index.md": "# Sub\n",
        },
        config=plain(),
    )
    run = check(config)
    assert located(run) == [
        (
            "error",
            "link-page",
            "docs/page.md",
            3,
            "sub/",
            "/page/sub/ does not exist in the built site; link to the Markdown source instead:"
            " 'sub/index.md'",
        )
    ]


@pytest.mark.parametrize(
    ("site_url", "expected"),
    [
        ("https://example.org/", []),
        (
            "https://example.org/project/",
            [
                "'/img/x.png' is outside the site, which is served under /project/ (site_url)",
                "'/other/' is outside the site, which is served under /project/ (site_url)",
            ],
        ),
    ],
)
def test_site_absolute_links_and_images(make_site, check, site_url, expected):
    config = make_site(
        {
            "index.md": "# Home\n\n![X](/img/x.png) [o](/other/)\n",
            "img/x.png": PNG,
            "other.md": "# O\n",
        },
        config=plain(f"site_url: {site_url}\n"),
    )
    assert check(config).messages == expected


def test_trailing_slash_after_md(make_site, check):
    config = make_site(
        {"index.md": "# Home\n\n[o](other.md/) [g](gone.md/)\n", "other.md": "# Other\n"},
        config=plain(),
    )
    run = check(config)
    assert [(f[1], f[3], f[4]) for f in run.findings] == [("link-page", 3, "gone.md/")]


def test_shared_assets_outside_the_language_folders(make_site, check):
    config = make_site(
        {
            "fr/index.md": "# Accueil\n\n![Partagée](assets/x.png)\n",
            "en/index.md": "# Home\n\n![Shared](assets/x.png)\n",
            "assets/x.png": PNG,
        },
        fallback=True,
    )
    run = check(config)
    assert run.code == 0
    assert run.findings == []
    # Without fallback_to_default, static-i18n 1.3 leaves the English page's src as written
    # (/en/assets/x.png, a 404 in the built site too): the validator reports it.
    rebuilt = make_site({}, fallback=False)
    assert [f[1:4] for f in check(rebuilt).findings] == [("image-missing", "docs/en/index.md", 3)]


@pytest.mark.parametrize(
    ("fallback", "severity", "code"), [(True, "warning", 0), (False, "error", 1)]
)
def test_fallback_to_default(make_site, check, fallback, severity, code):
    config = make_site(
        {
            "fr/index.md": "# Accueil\n\n[s](seul.md)\n",
            "fr/seul.md": "# Seul\n",
            "en/index.md": "# Home\n\n[s](seul.md)\n",
        },
        fallback=fallback,
    )
    run = check(config)
    assert run.code == code
    missing = (severity, "translation-missing", "docs/fr/seul.md", None, "docs/en/seul.md")
    if fallback:
        # The English build serves the French page at /en/seul/: the link works.
        assert run.findings == [missing]
    else:
        assert run.findings == [
            ("error", "link-page", "docs/en/index.md", 3, "seul.md"),
            missing,
        ]


def test_invalid_front_matter_is_a_finding_at_its_line(make_site, check):
    config = make_site({"index.md": "---\ntitle: Home\nbad: a: b\n---\n# Home\n"}, config=plain())
    run = check(config)
    assert run.findings == [("error", "front-matter", "docs/index.md", 3, "docs/index.md")]
    assert run.messages[0].startswith("front matter is not valid YAML")


def test_the_build_writes_nothing_into_the_project(make_site, check):
    config = make_site({"index.md": "# Home\n"}, config=plain())
    before = sorted(p.relative_to(config.parent) for p in config.parent.rglob("*"))
    check(config)
    assert sorted(p.relative_to(config.parent) for p in config.parent.rglob("*")) == before


def test_same_answer_from_any_working_directory(make_site, check, monkeypatch, tmp_path):
    config = make_site({"index.md": "# Home\n\n[g](gone.md)\n"}, config=plain())
    first = check(config).json
    monkeypatch.chdir(tmp_path)
    assert check(Path(os.path.relpath(config, tmp_path))).json == first


def test_empty_docs_folder_is_a_usage_error(make_site, run):
    config = make_site({}, config=plain())
    result = run("--config", config, "--offline")
    assert (result.code, result.out) == (2, "")
    assert result.err == "check_site.py: error: docs/: no Markdown page to check\n"


def test_symlink_loop_is_one_line(make_site, run):
    config = make_site({"index.md": "# Home\n"}, config=plain())
    (config.parent / "docs" / "sub").mkdir()
    (config.parent / "docs" / "sub" / "loop").symlink_to("..")
    result = run("--config", config, "--offline")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "check_site.py: error: docs/sub/loop: symlink loop (points to a folder that contains it)\n"
    )


def test_unwritable_cache_warns_once_and_keeps_findings(make_site, run, server, tmp_path):
    config = make_site({"index.md": f"# Home\n\n[a]({server.url('/missing')})\n"}, config=plain())
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")  # even root cannot create c.json in it
    result = run("--config", config, "--cache", not_a_folder / "c.json")
    assert result.code == 1
    assert result.err.count("warning: cannot write the cache") == 1
    assert "link-external" in result.out


def test_a_failing_build_is_one_line_and_exit_2(make_site, run):
    config = make_site({"index.md": "# Home\n"}, config=plain("hooks:\n  - hook.py\n"))
    (config.parent / "hook.py").write_text(
        "def on_page_markdown(markdown, **kwargs):\n    raise ValueError('no way')\n",
        encoding="utf-8",
    )
    result = run("--config", config, "--offline")
    assert (result.code, result.out) == (2, "")
    assert result.err == "check_site.py: error: mkdocs build failed: ValueError: no way\n"
