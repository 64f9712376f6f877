"""The command: exit codes, outputs, bad input, cache file, never a write under docs/."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT

BROKEN = {
    "fr/index.md": "# Accueil\n\nVoir [absente](absente.md).\n",
    "en/index.md": "# Home\n",
}


def snapshot(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_exit_0_when_clean_even_with_warnings(make_site, run):
    config = make_site({"fr/index.md": "# A\n", "en/index.md": "# B\n", "assets/x.png": b""})
    result = run("--config", config, "--offline")
    assert result.code == 0
    assert result.out == (
        "docs/assets/x.png\n"
        "  [WARN] docs/assets/x.png | image-unused: no page uses this image: link it or delete it\n"
        "Checked 2 pages: 1 warning\n"
    )


def test_exit_1_and_text_report(make_site, run):
    result = run("--config", make_site(BROKEN), "--offline")
    assert result.code == 1
    assert result.err == ""
    assert result.out == (
        "docs/fr/index.md\n"
        "  [ERROR] absente.md (at 3:16) | link-page: docs/fr/absente.md does not exist\n"
        "Checked 2 pages, 1 link: 1 error\n"
    )


def test_json_output_shape(make_site, run):
    result = run("--config", make_site(BROKEN), "--offline", "--format", "json")
    document = json.loads(result.out)
    assert document == {
        "findings": [
            {
                "severity": "error",
                "check": "link-page",
                "file": "docs/fr/index.md",
                "line": 3,
                "column": 16,
                "target": "absente.md",
                "message": "docs/fr/absente.md does not exist",
            }
        ],
        "summary": {
            "pages": 2,
            "links": 1,
            "external_urls": 0,
            "images": 0,
            "documents": 0,
            "errors": 1,
            "warnings": 0,
            "checks": {"link-page": 1},
        },
    }


def test_github_annotations(make_site, run):
    files = {**BROKEN, "en/extra.md": "# Extra, with: commas\n"}
    result = run("--config", make_site(files), "--offline", "--format", "github")
    assert result.code == 1
    assert result.out.splitlines() == [
        "::error file=docs/en/extra.md,title=translation-missing::"
        "docs/fr/extra.md: no Français version: docs/fr/extra.md is missing",
        "::error file=docs/fr/index.md,line=3,col=16,title=link-page::"
        "absente.md: docs/fr/absente.md does not exist",
        "Checked 3 pages, 1 link: 2 errors",
    ]


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (
            ["--format", "xml"],
            "argument --format: invalid choice: 'xml' (choose from 'text', 'json', 'github')",
        ),
        (
            ["--cache", "c.json", "--no-cache"],
            "argument --no-cache: not allowed with argument --cache",
        ),
        (["--timeout", "0"], "argument --timeout: must be a positive finite number: '0'"),
        (["--timeout", "nan"], "argument --timeout: must be a positive finite number: 'nan'"),
        (["--timeout", "inf"], "argument --timeout: must be a positive finite number: 'inf'"),
        (["--max-image-kb", "big"], "argument --max-image-kb: invalid number: 'big'"),
        (["--unknown"], "unrecognized arguments: --unknown"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(run, args, reason):
    result = run(*args)
    assert (result.code, result.out) == (2, "")
    assert result.err == f"check_site.py: error: {reason}\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "docs/fr/bad.md: binary file, not Markdown text"),
        (
            "ligne un\nligne deux \xe9t\xe9\n".encode("latin-1"),
            "docs/fr/bad.md:2: not UTF-8 text (byte 0xe9)",
        ),
    ],
)
def test_bad_markdown_files(make_site, run, data, reason):
    config = make_site({**BROKEN, "fr/bad.md": data})
    result = run("--config", config, "--offline")
    assert (result.code, result.out) == (2, "")
    assert result.err == f"check_site.py: error: {reason}\n"


def test_unreadable_markdown_file(make_site, run, monkeypatch):
    config = make_site(BROKEN)
    locked = config.parent / "docs" / "fr" / "index.md"
    original = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path == locked:
            raise PermissionError(13, "Permission denied")
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = run("--config", config, "--offline")
    assert (result.code, result.out) == (2, "")
    assert result.err == "check_site.py: error: docs/fr/index.md: cannot read: Permission denied\n"


def external_site(make_site, server) -> Path:
    return make_site(
        {
            "fr/index.md": "[a]({0}) [b]({1}) [c]({0})\n".format(
                server.url("/ok"), server.url("/missing")
            ),
            "en/index.md": f"[a]({server.url('/ok')}#part) [b]({server.url('/bot')})\n",
        }
    )


def test_external_findings_per_use_each_url_fetched_once(make_site, run, server):
    result = run("--config", external_site(make_site, server), "--format", "json", "--no-cache")
    assert result.code == 1
    assert result.json["findings"] == [
        {
            "severity": "warning",
            "check": "link-external",
            "file": "docs/en/index.md",
            "line": 1,
            "column": len(f"[a]({server.url('/ok')}#part) [b](") + 1,
            "target": server.url("/bot"),
            "message": "999: the site refuses automated requests",
        },
        {
            "severity": "error",
            "check": "link-external",
            "file": "docs/fr/index.md",
            "line": 1,
            "column": len(f"[a]({server.url('/ok')}) [b](") + 1,
            "target": server.url("/missing"),
            "message": "404 Not Found",
        },
    ]
    assert server.traffic.requests == {"/ok": 1, "/missing": 2, "/bot": 2}  # HEAD, then GET
    assert result.json["summary"]["external_urls"] == 3


def test_offline_skips_external_links(make_site, run, server):
    result = run("--config", external_site(make_site, server), "--offline")
    assert result.code == 0
    assert server.traffic.total() == 0


def test_default_cache_beside_the_config_and_second_run_makes_no_request(make_site, run, server):
    config = make_site(
        {
            "fr/index.md": f"[a]({server.url('/ok')})\n",
            "en/index.md": f"[a]({server.url('/other-ok')})\n",
        }
    )
    docs_before = snapshot(config.parent / "docs")
    assert run("--config", config).code == 0
    assert server.traffic.total() == 2
    cache = config.parent / ".cache" / "check_site.json"
    assert set(json.loads(cache.read_text(encoding="utf-8"))["ok"]) == {
        server.url("/ok"),
        server.url("/other-ok"),
    }
    assert run("--config", config).code == 0
    assert server.traffic.total() == 2
    # The only file written is the cache: docs/ is untouched.
    assert snapshot(config.parent / "docs") == docs_before
    assert sorted(p.name for p in config.parent.iterdir()) == [".cache", "docs", "mkdocs.yml"]


def test_no_cache_writes_nothing(make_site, run, server):
    config = make_site({"fr/index.md": f"[a]({server.url('/ok')})\n", "en/index.md": "# B\n"})
    assert run("--config", config, "--no-cache").code == 0
    assert run("--config", config, "--no-cache").code == 0
    assert server.traffic.requests["/ok"] == 2
    assert not (config.parent / ".cache").exists()


def test_cache_under_docs_is_refused(make_site, run):
    config = make_site(BROKEN)
    result = run("--config", config, "--cache", config.parent / "docs" / "c.json")
    assert result.code == 2
    cache = config.parent / "docs" / "c.json"
    assert result.err == f"check_site.py: error: the cache {cache} must not be under docs/\n"


def test_progress_only_on_a_terminal_in_text_format(make_site, run, server):
    config = make_site({"fr/index.md": f"[a]({server.url('/ok')})\n", "en/index.md": "# B\n"})
    shown = run("--config", config, "--no-cache", tty=True)
    assert shown.err == "\r\x1b[KChecking external links: 1/1\r\x1b[K"
    assert run("--config", config, "--no-cache", "--format", "json", tty=True).err == ""
    assert run("--config", config, "--no-cache").err == ""


def test_entry_point_runs_from_another_directory(make_site, tmp_path):
    config = make_site(BROKEN)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "check_site.py"),
            "--config",
            str(config),
            "--offline",
            "--format",
            "json",
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["summary"]["errors"] == 1
    assert result.stderr == ""
