"""`make hunspell` installs the dictionary of every language of data/languages.yml, a language
added later included, or says in one line which one it could not find."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from helpers import ROOT

SCRIPT = ROOT / "scripts" / "ensure_hunspell.sh"
# A stand-in for Debian's apt-get: logs its calls, "installs" the German dictionary only.
APT_GET = """#!/bin/sh
echo "$@" >> "$APT_LOG"
[ "$1" = update ] && exit 0
for argument; do package=$argument; done
[ "$package" = hunspell-de-de ] && : > "$HUNSPELL_DICTS/de_DE.dic" && exit 0
echo "E: Unable to locate package $package"
exit 100
"""


def table(path: Path, *dictionaries: str) -> Path:
    rows = "".join(f"l{n}:\n  hunspell: {d}\n" for n, d in enumerate(dictionaries))
    path.write_text(rows, encoding="utf-8")
    return path


@pytest.fixture
def machine(tmp_path: Path) -> dict[str, str]:
    """A PATH with hunspell, apt-get and sudo stand-ins, and French and English installed."""
    bin_dir, dicts = tmp_path / "bin", tmp_path / "dicts"
    bin_dir.mkdir()
    dicts.mkdir()
    for name, text in {
        "apt-get": APT_GET,
        "hunspell": "#!/bin/sh\n",
        "sudo": '#!/bin/sh\n"$@"\n',
    }.items():
        (bin_dir / name).write_text(text, encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    for dictionary in ("fr_FR", "en_GB"):
        (dicts / f"{dictionary}.dic").write_text("", encoding="utf-8")
    return {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "HUNSPELL_DICTS": str(dicts),
        "APT_LOG": str(tmp_path / "apt.log"),
    }


def run(env: dict[str, str], languages: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT)],
        env={**os.environ, **env, "LANGUAGES_TABLE": str(languages)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_nothing_is_installed_when_every_dictionary_is_there(
    machine: dict[str, str], tmp_path: Path
) -> None:
    result = run(machine, table(tmp_path / "languages.yml", "fr_FR", "en_GB"))
    assert result.returncode == 0, result.stderr
    assert not Path(machine["APT_LOG"]).exists()


def test_a_new_languages_dictionary_comes_from_the_package_named_after_it(
    machine: dict[str, str], tmp_path: Path
) -> None:
    result = run(machine, table(tmp_path / "languages.yml", "fr_FR", "en_GB", "de_DE"))
    assert result.returncode == 0, result.stderr
    assert (Path(machine["HUNSPELL_DICTS"]) / "de_DE.dic").exists()
    assert "hunspell-de-de" in Path(machine["APT_LOG"]).read_text(encoding="utf-8")


def test_a_dictionary_no_package_provides_is_one_line(
    machine: dict[str, str], tmp_path: Path
) -> None:
    languages = table(tmp_path / "languages.yml", "fr_FR", "en_GB", "xx_YY")
    result = run(machine, languages)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {languages}: no Debian package gave {machine['HUNSPELL_DICTS']}/xx_YY.dic "
        "(tried hunspell-xx-yy hunspell-xx); install the xx_YY dictionary by hand"
    ]
    assert "Traceback" not in result.stdout + result.stderr
