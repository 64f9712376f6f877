"""The stock site of the benchmarks: our pages, nav and Markdown, none of our build's additions."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from helpers import ROOT, SITE_URL

from sitetools.stock_site import (
    STOCK_PLUGINS,
    StockConfigError,
    load_config,
    plugin_entries,
    stock_config,
    stock_yaml,
)

OURS = load_config(ROOT / "mkdocs.yml")


def i18n_of(config: dict[str, object]) -> dict[str, object]:
    return next(settings for name, settings in plugin_entries(config) if name == "i18n")


def test_keeps_the_pages_nav_markdown_theme_and_languages() -> None:
    stock = stock_config(OURS, ROOT / "docs", SITE_URL)
    assert stock["nav"] == OURS["nav"]
    assert stock["markdown_extensions"] == OURS["markdown_extensions"]
    assert stock["theme"]["name"] == OURS["theme"]["name"]
    assert stock["theme"]["language"] == OURS["theme"]["language"]
    ours_i18n, stock_i18n = i18n_of(OURS), i18n_of(stock)
    assert stock_i18n["docs_structure"] == ours_i18n["docs_structure"]
    locales = [lang["locale"] for lang in stock_i18n["languages"]]
    assert locales == [lang["locale"] for lang in ours_i18n["languages"]]
    for ours_lang, stock_lang in zip(ours_i18n["languages"], stock_i18n["languages"], strict=True):
        for key in ("nav_translations", "site_name", "default"):
            assert stock_lang.get(key) == ours_lang.get(key), key


def test_drops_every_extension_of_our_build_whatever_its_form() -> None:
    """Hooks today, a plugin of our own tomorrow: neither reaches the stock site, nor do
    templates, CSS, scripts, theme settings or i18n options beyond the stock ones."""
    extended = {
        **OURS,
        "hooks": ["overrides/hooks/anything.py"],
        "extra_javascript": ["assets/javascripts/ours.js"],
        "plugins": {
            "search": {"separator": "[ ]+"},
            "sitetools": {"steps": ["csp"]},
            "i18n": {**i18n_of(OURS), "reconfigure_search": False},
        },
    }
    stock = stock_config(extended, ROOT / "docs", SITE_URL)
    assert set(stock) <= {"site_name", "site_url", "docs_dir", "theme", "plugins", "nav"} | {
        "markdown_extensions"
    }
    assert {name for name, _ in plugin_entries(stock)} <= STOCK_PLUGINS
    assert plugin_entries(stock)[0] == ("search", {})
    assert "reconfigure_search" not in i18n_of(stock)
    assert set(stock["theme"]) <= {"name", "language", "font"}
    for lang in i18n_of(stock)["languages"]:
        assert "theme" not in lang and "admonition_translations" not in lang


def test_a_configuration_without_languages_is_an_error() -> None:
    without = {**OURS, "plugins": ["search"]}
    with pytest.raises(StockConfigError, match="i18n"):
        stock_config(without, ROOT / "docs", SITE_URL)


def test_an_unreadable_configuration_is_an_error_naming_it(tmp_path: Path) -> None:
    broken = tmp_path / "mkdocs.yml"
    broken.write_text("plugins: [\n", "utf-8")
    with pytest.raises(StockConfigError, match=str(broken)):
        load_config(broken)


def test_the_stock_site_has_the_same_pages_as_ours(site: Path, tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(stock_yaml(OURS, ROOT / "docs", SITE_URL), "utf-8")
    assert yaml.safe_load(config.read_text("utf-8"))  # plain YAML: no tags left
    stock_site = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config)]
    result = subprocess.run(
        [*command, "-d", str(stock_site)], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr

    def pages(folder: Path) -> set[str]:
        return {str(p.relative_to(folder)) for p in folder.rglob("index.html")}

    assert pages(stock_site) == pages(site)
    assert not (stock_site / "_headers").exists()  # none of our build's files
