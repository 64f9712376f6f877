"""Every status of the watcher against realistic pages served from 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

from watch_pages import ARTICLE, by_id, page, pdf

HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_first_run_is_new_and_writes_one_snapshot_per_source(server, make_site, watch):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a")})
    result = watch(site)
    assert result.code == 0, result.err
    (source,) = result.json["sources"]
    assert source["id"] == "s1"
    assert source["status"] == "new"
    assert source["final_url"] == server.url("/a")
    assert {"file": "docs/fr/page.md", "line": 5} in source["cited_by"]
    assert {"file": "docs/en/page.md", "line": 5} in source["cited_by"]
    meta = json.loads((site.snapshots / "s1.json").read_text(encoding="utf-8"))
    assert meta["url"] == server.url("/a")
    assert meta["entry"] == "s1"
    assert meta["content_hash"].startswith("sha256:")
    assert meta["first_seen"] == meta["last_checked"] == meta["last_changed"]
    text = (site.snapshots / "s1.txt").read_text(encoding="utf-8")
    assert ARTICLE[1] in text.splitlines()
    assert "Help Centre" not in text  # the header is chrome
    assert "Related articles" not in text


def test_only_boilerplate_changed_is_unchanged(server, make_site, watch):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a")})
    watch(site)
    first = json.loads((site.snapshots / "s1.json").read_text(encoding="utf-8"))
    server.routes["/a"] = (
        200,
        HTML,
        page(
            nav=("Home", "Help", "Privacy", "What's new"),
            footer="Page generated 2026-12-05 08:00:00 UTC",
            updated="Last updated: 4 December 2026",
        ),
    )
    result = watch(site)
    assert result.code == 0, result.out
    assert by_id(result)["s1"]["status"] == "unchanged"
    assert by_id(result)["s1"]["diff"] == ""
    meta = json.loads((site.snapshots / "s1.json").read_text(encoding="utf-8"))
    assert meta["content_hash"] == first["content_hash"]
    assert meta["last_changed"] == first["last_changed"]


def test_a_changed_sentence_is_changed_with_that_sentence_in_the_diff(server, make_site, watch):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a")})
    watch(site)
    edited = [*ARTICLE]
    edited[2] = "Members can no longer turn it off once their account is older than a year."
    server.routes["/a"] = (200, HTML, page(article=edited))
    result = watch(site)
    assert result.code == 1
    source = by_id(result)["s1"]
    assert source["status"] == "changed"
    assert f"-{ARTICLE[2]}" in source["diff"].splitlines()
    assert f"+{edited[2]}" in source["diff"].splitlines()
    assert ARTICLE[4] not in source["diff"]  # far from the change: not in the context
    assert edited[2] in (site.snapshots / "s1.txt").read_text(encoding="utf-8")


def test_a_permanent_redirect_to_another_host_is_moved(server, other_server, make_site, watch):
    other_server.routes["/new-home"] = (200, HTML, page())
    server.routes["/a"] = (301, {"Location": other_server.url("/new-home")}, b"")
    site = make_site({"s1": server.url("/a")})
    result = watch(site)
    assert result.code == 1
    source = by_id(result)["s1"]
    assert source["status"] == "moved"
    assert source["final_url"] == other_server.url("/new-home")
    assert other_server.url("/new-home") in source["reason"]


def test_a_trivial_or_temporary_redirect_is_not_a_move(server, make_site, watch):
    server.routes["/a"] = (301, {"Location": "/a/"}, b"")  # a trailing slash added
    server.routes["/a/"] = (200, HTML, page())
    server.routes["/b"] = (302, {"Location": "/login"}, b"")  # a login wall
    server.routes["/login"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a"), "s2": server.url("/b")})
    result = watch(site)
    assert {s["status"] for s in result.json["sources"]} == {"new"}
    assert result.code == 0


def test_404_is_gone_with_an_archive_link_that_is_never_fetched(server, make_site, watch):
    site = make_site({"s1": server.url("/vanished")})
    result = watch(site)
    assert result.code == 1
    source = by_id(result)["s1"]
    assert source["status"] == "gone"
    assert source["archive"] == f"https://web.archive.org/web/*/{server.url('/vanished')}"
    assert server.traffic.requests == {"/vanished": 1}  # no retry of a 404, nothing else


def test_999_is_blocked_never_changed_and_needs_nobody(server, make_site, watch):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a")})
    watch(site)
    before = (site.snapshots / "s1.txt").read_text(encoding="utf-8")
    server.routes["/a"] = (999, HTML, b"<html>request denied</html>")
    result = watch(site)
    assert result.code == 0
    source = by_id(result)["s1"]
    assert source["status"] == "blocked"
    assert source["diff"] == ""
    assert "999" in source["reason"]
    assert server.traffic.requests["/a"] == 2  # never retried
    assert (site.snapshots / "s1.txt").read_text(encoding="utf-8") == before
    meta = json.loads((site.snapshots / "s1.json").read_text(encoding="utf-8"))
    assert meta["status"] == "blocked"
    assert meta["last_checked"] is not None  # the date of the last real read stays


def test_429_then_200_is_unchanged(server, make_site, watch, _no_proxy_no_waits):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a")})
    watch(site)
    server.routes["/a"] = lambda seen: (
        (429, {"Retry-After": "7"}, b"slow down") if seen == 2 else (200, HTML, page())
    )
    result = watch(site)
    assert by_id(result)["s1"]["status"] == "unchanged"
    assert result.code == 0
    assert _no_proxy_no_waits == [7.0]  # Retry-After honoured (recorded, not slept)


def test_429_after_every_retry_is_blocked(server, make_site, watch):
    server.routes["/a"] = (429, {"Retry-After": "1"}, b"slow down")
    site = make_site({"s1": server.url("/a")})
    source = by_id(watch(site))["s1"]
    assert source["status"] == "blocked"
    assert source["reason"].startswith("429 Too Many Requests after 3 attempts")


def test_a_timeout_is_blocked_not_changed(server, make_site, run):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a")})
    run("--config", site.config, "--format", "json")
    server.routes["/a"] = "hang"  # type: ignore[assignment]
    result = run("--config", site.config, "--format", "json", "--timeout", "0.3")
    source = by_id(result)["s1"]
    assert source["status"] == "blocked"
    assert source["reason"] == "timeout: no answer within 0.3 s"
    assert result.code == 0


def test_a_pdf_source_is_compared_by_its_text(server, make_site, watch):
    lines = ["Decision of the authority of 3 November 2025.", "LinkedIn reports in five months."]
    server.routes["/decision.pdf"] = (200, {"Content-Type": "application/pdf"}, pdf(lines))
    site = make_site({"s1": server.url("/decision.pdf")})
    assert by_id(watch(site))["s1"]["status"] == "new"
    assert lines[1] in (site.snapshots / "s1.txt").read_text(encoding="utf-8")
    assert by_id(watch(site))["s1"]["status"] == "unchanged"
    edited = [lines[0], "LinkedIn reports in three months."]
    server.routes["/decision.pdf"] = (200, {"Content-Type": "application/pdf"}, pdf(edited))
    source = by_id(watch(site))["s1"]
    assert source["status"] == "changed"
    assert f"+{edited[1]}" in source["diff"].splitlines()


def test_two_sources_on_one_host_respect_the_per_host_limit(server, make_site):
    from sitetools.http_client import HttpSettings
    from sitetools.watch.run import Options, watch

    for path in ("/a", "/b", "/c"):
        server.routes[path] = (200, HTML, page())
        server.linger[path] = 0.2
    site = make_site({"s1": server.url("/a"), "s2": server.url("/b"), "s3": server.url("/c")})
    watch(Options(config=site.config, http=HttpSettings(timeout=3, per_host=1)))
    assert server.traffic.max_in_flight == 1
    server.traffic.max_in_flight = 0
    watch(Options(config=site.config, http=HttpSettings(timeout=3, per_host=3)))
    assert server.traffic.max_in_flight > 1  # the limit, not the server, serialised them


def test_an_entry_with_two_links_watches_both(server, make_site, watch):
    server.routes["/a"] = (200, HTML, page())
    server.routes["/b"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a")})
    sources = site.root / "docs" / "fr" / "sources.md"
    text = sources.read_text(encoding="utf-8").rstrip("\n")
    sources.write_text(f"{text} · [Copy]({server.url('/b')})\n", encoding="utf-8")
    result = watch(site)
    assert {s["id"]: s["url"] for s in result.json["sources"]} == {
        "s1": server.url("/a"),
        "s1-2": server.url("/b"),
    }


def test_urls_file_uses_url_based_snapshot_names(server, make_site, watch, tmp_path: Path):
    server.routes["/a"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a")})
    listed = tmp_path / "urls.txt"
    listed.write_text(f"# watched\n\n{server.url('/a')}\n", encoding="utf-8")
    result = watch(site, "--urls", listed)
    (source,) = result.json["sources"]
    assert source["id"].startswith("url-")
    assert source["cited_by"]  # the page links that address directly
    assert (site.snapshots / f"{source['id']}.json").is_file()
    assert not (site.snapshots / "s1.json").exists()


def test_a_source_removed_from_the_page_loses_its_snapshot(server, make_site, watch, tmp_path):
    server.routes["/a"] = (200, HTML, page())
    server.routes["/b"] = (200, HTML, page())
    site = make_site({"s1": server.url("/a"), "s2": server.url("/b")})
    listed = tmp_path / "urls.txt"
    listed.write_text(server.url("/b") + "\n", encoding="utf-8")
    watch(site, "--urls", listed)
    watch(site)
    make_site({"s1": server.url("/a")})
    watch(site)
    names = sorted(p.name for p in site.snapshots.iterdir())
    assert "s1.json" in names and "s1.txt" in names
    assert "s2.json" not in names and "s2.txt" not in names
    assert any(name.startswith("url-") for name in names)  # --urls snapshots are not ours
