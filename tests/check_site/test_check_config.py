"""Reading mkdocs.yml with MkDocs' loader; config errors are one line and exit 2."""

from __future__ import annotations

import pytest

from sitetools.kernel.config import load_site
from sitetools.kernel.model import InputError

CONFIG = """\
site_name: Test
site_url: !ENV [TEST_SITE_URL, "http://127.0.0.1/"]
docs_dir: !ENV [TEST_DOCS_DIR, "docs"]
plugins:
  - i18n:
      docs_structure: suffix
      languages:
        - {locale: en, name: English}
        - {locale: fr, name: Français, default: true}
"""


def test_languages_structure_and_env_tags(make_site, monkeypatch):
    config = make_site({"index.md": "# x\n"}, config=CONFIG)
    (config.parent / "other-docs").mkdir()
    monkeypatch.setenv("TEST_DOCS_DIR", "other-docs")
    site = load_site(config)
    assert site.locales == ("fr", "en")  # the default first, wherever it is listed
    assert site.structure == "suffix"
    assert site.docs_dir == config.parent / "other-docs"
    assert site.name_of("fr") == "Français"


def test_folder_structure(make_site):
    site = load_site(make_site({"fr/index.md": "# x\n"}))
    assert (site.structure, site.default) == ("folder", "fr")


def test_site_without_i18n_has_one_language(make_site):
    config = make_site(
        {"index.md": "# x\n"}, config="site_name: Test\ntheme:\n  name: mkdocs\n  locale: de\n"
    )
    site = load_site(config)
    assert site.locales == ("de",)
    assert site.structure == "suffix"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "site_name: x\nnav:\n  - a: [\n",
            ":4: invalid YAML: expected the node content, but found '<stream end>'",
        ),
        ("site_name: x\ndocs_dir: nowhere\n", ": Config value 'docs_dir': The path "),
        ("- a list\n", ": The configuration is invalid. Expected a key-value mapping"),
        (
            "site_name: x\nplugins:\n  - no-such-plugin\n",
            ": Config value 'plugins': The \"no-such-plugin\" plugin",
        ),
    ],
)
def test_config_errors_name_the_file(make_site, run, text, reason):
    config = make_site({"fr/index.md": "# x\n"}, config=text)
    with pytest.raises(InputError) as raised:
        load_site(config)
    assert str(raised.value).startswith(f"{config}{reason}")
    result = run("--config", config, "--offline")
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert result.err.startswith(f"check_site.py: error: {config}{reason}")


def test_missing_config(run, tmp_path):
    result = run("--config", tmp_path / "absent.yml")
    assert (result.code, result.out) == (2, "")
    assert result.err == f"check_site.py: error: {tmp_path / 'absent.yml'}: config file not found\n"
