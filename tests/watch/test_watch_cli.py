"""The command line: usage errors, formats, progress, exit codes; docs/ never written."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from watch_pages import ARTICLE, page

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _tree(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.mark.parametrize(
    "args",
    [
        ["--timeout", "nan"],
        ["--timeout", "inf"],
        ["--timeout", "0"],
        ["--timeout", "-1"],
        ["--timeout", "soon"],
        ["--format", "xml"],
        ["--no-such-option"],
        ["--urls", "missing-file.txt"],
    ],
)
def test_bad_usage_is_one_line_and_exit_2(args, make_site, run, server):
    site = make_site({"s1": server.url("/a")})
    result = run("--config", site.config, *args)
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert result.err.startswith("watch_sources.py: error: ")
    assert server.traffic.requests == {}


def test_a_missing_config_or_sources_page_is_exit_2(run, make_site, server, tmp_path):
    result = run("--config", tmp_path / "nope.yml")
    assert (result.code, result.err.count("\n")) == (2, 1)
    site = make_site({"s1": server.url("/a")})
    (site.root / "docs" / "fr" / "sources.md").unlink()
    result = run("--config", site.config)
    assert result.code == 2
    assert (
        result.err == "watch_sources.py: error: docs/fr/sources.md: the Sources page is missing\n"
    )


def test_a_bad_line_in_the_urls_file_names_file_and_line(run, make_site, server, tmp_path):
    site = make_site({"s1": server.url("/a")})
    listed = tmp_path / "urls.txt"
    listed.write_text(f"{server.url('/a')}\nftp://example.org/file\n", encoding="utf-8")
    result = run("--config", site.config, "--urls", listed)
    assert result.code == 2
    assert f"{listed}:2: not an http(s) URL" in result.err


def test_docs_are_never_written(server, make_site, run):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a"), "s2": server.url("/gone")})
    docs = site.root / "docs"
    before = _tree(docs)
    for _ in range(2):
        run("--config", site.config, "--format", "markdown")
    assert _tree(docs) == before
    result = run("--config", site.config, "--snapshots", docs / "snapshots")
    assert result.code == 2
    assert "must not be written under docs/" in result.err
    assert _tree(docs) == before


def test_progress_on_a_terminal_only(server, make_site, run):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a")})
    assert run("--config", site.config).err == ""
    shown = run("--config", site.config, tty=True).err
    assert "Fetching sources: 1/1" in shown


def test_text_lists_what_needs_a_person_with_the_citing_lines(server, make_site, run):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a"), "s2": server.url("/gone")})
    result = run("--config", site.config)
    assert result.code == 1
    assert f"[gone] S2 {server.url('/gone')}" in result.out
    assert "cited by: docs/en/page.md:5, docs/fr/page.md:5" in result.out
    assert "web.archive.org/web/*/" in result.out
    assert f"S1 {server.url('/a')}" not in result.out  # new: nothing to do
    assert result.out.splitlines()[-1].startswith("Watched 2 source(s): 1 new, 1 gone")


def test_json_shape(server, make_site, watch):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a")})
    document = watch(site).json
    assert set(document) == {"sources", "summary"}
    (source,) = document["sources"]
    assert {"id", "url", "status", "final_url", "cited_by", "diff", "missing_quotes"} <= set(source)
    assert document["summary"]["new"] == 1
    assert document["summary"]["needs_human"] == 0


def test_markdown_is_the_issue_body_with_the_diff(server, make_site, run):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a"), "s2": server.url("/bot")})
    server.routes["/bot"] = (999, HTML, b"")
    run("--config", site.config)
    edited = [*ARTICLE[:-1], "The company now says private messages may be used."]
    server.routes["/a"] = (200, HTML, page(article=edited))
    result = run("--config", site.config, "--format", "markdown")
    assert result.code == 1
    assert result.out.startswith("## Sources changed\n")
    assert f"### changed: S1 {server.url('/a')}" in result.out
    assert f"+{edited[-1]}" in result.out
    assert "`docs/fr/page.md:5`" in result.out
    assert "last_reviewed" in result.out and "data/updates.yml" in result.out
    assert f"- S2 {server.url('/bot')}: 999" in result.out  # listed apart, not a change


def test_github_annotates_each_citing_line(server, make_site, run):
    site = make_site({"s1": server.url("/gone")})
    result = run("--config", site.config, "--format", "github")
    lines = result.out.splitlines()
    assert "::warning file=docs/fr/page.md,line=5,title=source gone::" in "\n".join(lines)
    assert any(line.startswith("::warning file=docs/en/page.md,line=5,") for line in lines)
    assert lines[-1].startswith("Watched 1 source(s)")


def test_json_output_is_pure_json_even_on_a_terminal(server, make_site, run):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a")})
    result = run("--config", site.config, "--format", "json", tty=True)
    json.loads(result.out)
