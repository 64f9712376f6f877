"""The Content-Security-Policy (sitetools/plugin/csp.py): strict in every built page, relaxed for
MkDocs' live-reload script under `mkdocs serve` only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers_html import pages

from sitetools.plugin.csp import script_hashes, with_policy
from sitetools.plugin.plugin import SitePlugin

PAGE = '<html><head><meta charset="utf-8"><script>var a = 1;</script></head><body></body></html>'


def script_sources(html: str) -> list[str]:
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert policy, "no Content-Security-Policy"
    directive = next(d for d in policy.group(1).split("; ") if d.startswith("script-src "))
    return directive.split()[1:]


def policy_under(command: str) -> list[str]:
    """The script sources of PAGE's policy when MkDocs runs `command`."""
    plugin = SitePlugin()
    plugin.on_startup(command=command, dirty=False)
    return script_sources(with_policy(PAGE, script_hashes(PAGE), live_reload=plugin.serving))


@pytest.mark.parametrize("name", ["build", "gh-deploy"])
def test_a_published_page_allows_only_its_own_inline_scripts(name: str) -> None:
    assert policy_under(name) == ["'self'", *script_hashes(PAGE)]


def test_under_serve_the_live_reload_script_may_run() -> None:
    assert policy_under("serve") == ["'self'", "'unsafe-inline'"]


def test_every_built_page_keeps_the_strict_policy(site: Path) -> None:
    for path in pages(site):
        html = path.read_text(encoding="utf-8")
        sources = script_sources(html)
        assert "'unsafe-inline'" not in sources, path
        assert sources[0] == "'self'" and all(s.startswith("'sha256-") for s in sources[1:]), path
        assert set(script_hashes(html)) <= set(sources), f"{path}: an inline script is not allowed"
