"""The Sources page's line under each entry, in both languages, from the snapshots' metadata."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from helpers import REPOSITORY
from watch_pages import HTML_TYPE, page

from sitetools.languages import load
from sitetools.plugin.source_checks import annotate, read_checks
from sitetools.watch.run import Options, watch

ENTRY = '- <span id="s6"></span>**S6 · LinkedIn Help** — page. [Read](https://example.org/a)'
TWO_LINKS = (
    '- <span id="s29"></span>**S29 · APD** — page. [Page](https://example.org/b) · '
    "[Text](https://example.org/c)"
)
NO_LINK = '- <span id="s10"></span>**S10 · LinkedIn Help** — no link.'

LANGUAGES = load(REPOSITORY)


def _meta(folder: Path, ident: str, entry: str, url: str, checked: str, changed: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"id": ident, "entry": entry, "url": url, "last_checked": checked}
    data["last_changed"] = changed
    (folder / f"{ident}.json").write_text(json.dumps(data), encoding="utf-8")


def test_not_yet_checked_in_both_languages_and_no_date(tmp_path: Path):
    checks = read_checks(tmp_path / "absent")
    french = annotate(f"{ENTRY}\n{NO_LINK}\n", checks, LANGUAGES["fr"])
    english = annotate(f"{ENTRY}\n{NO_LINK}\n", checks, LANGUAGES["en"])
    assert french.splitlines()[0].endswith(
        '<br><small class="source-check">Pas encore vérifiée automatiquement.</small>'
    )
    assert english.splitlines()[0].endswith(
        '<br><small class="source-check">Not yet checked automatically.</small>'
    )
    assert french.splitlines()[1] == NO_LINK  # nothing to check, nothing said
    assert "<time" not in french + english


def test_checked_entries_show_their_dates_in_both_languages(tmp_path: Path):
    folder = tmp_path / "snapshots"
    _meta(
        folder, "s6", "s6", "https://example.org/a", "2026-12-07T06:17:03Z", "2026-11-30T06:17:00Z"
    )
    checks = read_checks(folder)
    french = annotate(ENTRY, checks, LANGUAGES["fr"])
    english = annotate(ENTRY, checks, LANGUAGES["en"])
    assert (
        'Vérifiée automatiquement le <time datetime="2026-12-07">7 décembre 2026</time>, '
        'inchangée depuis le <time datetime="2026-11-30">30 novembre 2026</time>.'
    ) in french
    assert (
        'Checked automatically on <time datetime="2026-12-07">7 December 2026</time>, '
        'unchanged since <time datetime="2026-11-30">30 November 2026</time>.'
    ) in english


def test_an_entry_is_checked_only_once_every_link_is(tmp_path: Path):
    folder = tmp_path / "snapshots"
    _meta(
        folder,
        "s29",
        "s29",
        "https://example.org/b",
        "2026-12-07T06:00:00Z",
        "2026-12-01T06:00:00Z",
    )
    assert "Not yet checked" in annotate(TWO_LINKS, read_checks(folder), LANGUAGES["en"])
    _meta(
        folder,
        "s29-2",
        "s29",
        "https://example.org/c",
        "2026-12-06T06:00:00Z",
        "2026-12-03T06:00:00Z",
    )
    line = annotate(TWO_LINKS, read_checks(folder), LANGUAGES["en"])
    assert 'on <time datetime="2026-12-06">' in line  # the oldest check
    assert 'since <time datetime="2026-12-03">' in line  # the latest change


def test_a_snapshot_of_another_address_or_never_read_gives_no_date(tmp_path: Path):
    folder = tmp_path / "snapshots"
    _meta(
        folder,
        "s6",
        "s6",
        "https://example.org/old",
        "2026-12-07T06:00:00Z",
        "2026-12-01T06:00:00Z",
    )
    (folder / "s7.json").write_text(
        json.dumps(
            {"id": "s7", "entry": "s6", "url": "https://example.org/a", "last_checked": None}
        ),
        encoding="utf-8",
    )
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    assert "Not yet checked automatically." in annotate(ENTRY, read_checks(folder), LANGUAGES["en"])


def test_what_the_watcher_writes_is_what_the_page_shows(server, make_site):
    """Both ends of the metadata interface: the store's files, read by the hook."""
    server.routes["/a"] = (200, HTML_TYPE, page())
    site = make_site({"s6": server.url("/a")})
    when = dt.datetime(2026, 12, 7, 6, 17, tzinfo=dt.UTC)
    watch(Options(config=site.config, now=lambda: when))
    entry = f'- <span id="s6"></span>**S6 · LinkedIn Help** — page. [Read]({server.url("/a")})'
    line = annotate(entry, read_checks(site.snapshots), LANGUAGES["fr"])
    assert 'le <time datetime="2026-12-07">7 décembre 2026</time>, inchangée depuis le' in line


def test_the_built_sources_pages_carry_the_line_in_both_languages(site: Path):
    for path, sentence in (
        (site / "sources" / "index.html", "vérifiée automatiquement"),
        (site / "en" / "sources" / "index.html", "hecked automatically"),
    ):
        html = path.read_text(encoding="utf-8")
        assert html.count('class="source-check"') >= 2
        assert sentence in html


def test_an_entry_written_on_two_lines_gets_the_line_at_its_end(tmp_path: Path):
    entry = (
        '- <span id="s63"></span>**S63 · Publisher** — "Title", English. What it\n'
        "  supports and its limits. [Read](https://example.org/article)\n"
        "\n"
        "Next paragraph."
    )
    lines = annotate(entry, read_checks(tmp_path), LANGUAGES["en"]).splitlines()
    assert lines[0].endswith("What it")
    assert lines[1].endswith(
        '<br><small class="source-check">Not yet checked automatically.</small>'
    )
    assert lines[3] == "Next paragraph."


def test_a_build_with_snapshots_shows_their_dates_in_both_languages(
    project_copy: Path, tmp_path: Path
):
    from helpers import mkdocs_build

    french = (project_copy / "docs" / "fr" / "sources.md").read_text(encoding="utf-8")
    first = next(line for line in french.splitlines() if line.startswith("- <span id="))
    entry = first.split('"')[1]
    urls = list(dict.fromkeys(re.findall(r"\]\((https?://[^)\s]+)\)", first)))
    folder = project_copy / "sources" / "snapshots"
    for number, url in enumerate(urls, start=1):
        ident = entry if number == 1 else f"{entry}-{number}"
        _meta(folder, ident, entry, url, "2026-12-07T06:17:03Z", "2026-11-30T06:17:00Z")
    built = tmp_path / "built"
    result = mkdocs_build(project_copy, built)
    assert result.returncode == 0, result.stderr
    for built_page, text in (
        (built / "sources" / "index.html", "inchangée depuis le"),
        (built / "en" / "sources" / "index.html", "unchanged since"),
    ):
        html = built_page.read_text(encoding="utf-8")
        assert '<time datetime="2026-12-07">' in html
        assert f'{text} <time datetime="2026-11-30">' in html
        assert html.count('<time datetime="2026-12-07">') == 1  # that entry only
