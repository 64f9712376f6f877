"""The per-language table data/languages.yml: one loader, one clear line on bad input, and a
build that refuses a table disagreeing with mkdocs.yml's languages."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import REPOSITORY, mkdocs_build

from sitetools.languages import FIELDS, TABLE, LanguagesError, load


def _write(project: Path, data: object) -> None:
    (project / "data").mkdir(exist_ok=True)
    (project / TABLE).write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


def test_the_real_table_has_every_field_and_string_in_each_language() -> None:
    table = load(REPOSITORY)
    first = next(iter(table.values()))
    for language in table.values():
        assert set(first.strings) <= set(language.strings), language.locale
        assert all(language.strings.values()), language.locale


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("[unclosed", "data/languages.yml"),
        ([], "expected a mapping of languages"),
        ({"fr": {"date_locale": "fr_FR"}}, "fr needs exactly the keys"),
    ],
)
def test_a_bad_table_is_one_line_naming_the_file(
    tmp_path: Path, data: object, message: str
) -> None:
    if isinstance(data, str):
        (tmp_path / "data").mkdir()
        (tmp_path / TABLE).write_text(data, encoding="utf-8")
    else:
        _write(tmp_path, data)
    with pytest.raises(LanguagesError, match=message) as raised:
        load(tmp_path)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    ("fr", "en", "message"),
    [
        ({"a": "A", "b": "B"}, {"a": "A"}, "en lacks the strings b"),
        # A string only a later language has (English's translation note) is needed by the
        # first too: a language copied from the first must not lack it.
        ({"a": "A"}, {"a": "A", "b": "B"}, "fr lacks the strings b"),
    ],
)
def test_a_language_missing_a_string_of_another_is_named(
    tmp_path: Path, fr: dict[str, str], en: dict[str, str], message: str
) -> None:
    valid = {"quotes": ["«", "»"], "french_typography": False}
    row = {field: {} for field in FIELDS} | valid
    _write(tmp_path, {"fr": row | {"strings": fr}, "en": row | {"strings": en}})
    with pytest.raises(LanguagesError, match=message):
        load(tmp_path)


def test_a_table_disagreeing_with_mkdocs_yml_fails_the_build(
    project_copy: Path, tmp_path: Path
) -> None:
    data = yaml.safe_load((project_copy / TABLE).read_text(encoding="utf-8"))
    del data["en"]
    _write(project_copy, data)
    result = mkdocs_build(project_copy, tmp_path / "out")
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if "languages.yml" in line]
    assert errors and "differ from those of mkdocs.yml" in errors[0], result.stderr
    assert "Traceback" not in result.stderr
