"""The kit committed in share-kit/<lang>/: used while its inputs are unchanged, never when stale.

A build of an unchanged site publishes the committed files and draws nothing (fpdf2 is not even
imported); a changed input makes the build draw the kit and check_content.py report
share-kit-stale until `make share-kit` keeps the new one; an edited file is never published.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, copy_project

from sitetools.kernel.config import load
from sitetools.kernel.model import Check
from sitetools.rules import share_kit as rule
from sitetools.share_kit import committed
from sitetools.share_kit.cli import main as draw_main
from sitetools.share_kit.site import has_kit

# Builds the project whose mkdocs.yml is argv[1] into argv[2] with the address mkdocs.yml
# gives (no SITE_URL: what `make build` does), then says whether fpdf2 was imported.
CHILD = """
import atexit, sys
atexit.register(lambda: print("fpdf imported:", "fpdf" in sys.modules))
from mkdocs.__main__ import cli
cli(["build", "--strict", "--quiet", "-f", sys.argv[1], "--site-dir", sys.argv[2]])
"""


def kit_languages(project: Path) -> list[str]:
    site, _ = load(project / "mkdocs.yml")
    return [lang for lang in site.locales if has_kit(site.docs_dir, lang)]


def stale(project: Path) -> dict[str, str]:
    """check_content.py's share-kit-stale findings, by language."""
    site, config = load(project / "mkdocs.yml")
    findings = rule.check(site, config)
    assert all(f.check is Check.SHARE_KIT_STALE for f in findings)
    return {f.target: f.message for f in findings}


def build(project: Path, cache: Path) -> tuple[Path, bool]:
    """A cold build of `project` at its own address: the site folder, and whether fpdf2 was
    imported (it is only when a kit is drawn)."""
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    env |= {"SITE_CACHE_DIR": str(cache), "NO_MKDOCS_2_WARNING": "1"}
    site = project / "site"
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(project / "mkdocs.yml"), str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return site, "fpdf imported: True" in run.stdout


def published(site: Path, lang: str, name: str) -> bytes:
    folder = site if lang == "fr" else site / lang
    return (folder / "assets" / "share" / name).read_bytes()


def stamped_files(project: Path, lang: str) -> dict[str, str]:
    stamp = committed.read_stamp(committed.folder(project, lang))
    assert stamp is not None
    return stamp.files


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def test_the_repositorys_kits_are_the_ones_their_inputs_draw() -> None:
    assert kit_languages(ROOT)
    assert stale(ROOT) == {}


def test_an_unchanged_site_publishes_the_committed_kit_without_drawing(
    project: Path, tmp_path: Path
) -> None:
    site, drew = build(project, tmp_path / "cache")
    assert not drew
    for lang in kit_languages(project):
        for name in stamped_files(project, lang):
            kept = committed.folder(project, lang) / name
            assert published(site, lang, name) == kept.read_bytes(), (lang, name)


def test_a_changed_input_is_drawn_reported_then_kept(project: Path, tmp_path: Path) -> None:
    words = project / "data" / "share-kit.yml"
    text = words.read_text("utf-8")
    title = text.index("  title:", text.index("\nen:"))
    words.write_text(text[:title] + "  title: A changed title\n" + text[title:].split("\n", 1)[1])
    before = {
        lang: {
            n: (committed.folder(project, lang) / n).read_bytes()
            for n in stamped_files(project, lang)
        }
        for lang in kit_languages(project)
    }
    assert set(stale(project)) == {"en"}  # French words unchanged: its kit stays
    assert "make share-kit" in stale(project)["en"]

    site, drew = build(project, tmp_path / "cache")
    assert drew
    carousel = next(n for n in before["en"] if n.endswith(".pdf"))
    assert published(site, "en", carousel) != before["en"][carousel]

    assert draw_main(["--config", str(project / "mkdocs.yml")]) == 0
    assert stale(project) == {}
    assert (committed.folder(project, "en") / carousel).read_bytes() == published(
        site, "en", carousel
    )
    for name, data in before["fr"].items():
        assert (committed.folder(project, "fr") / name).read_bytes() == data


def test_an_edited_file_is_reported_and_never_published(project: Path, tmp_path: Path) -> None:
    name = next(n for n in stamped_files(project, "en") if n.endswith(".png"))
    path = committed.folder(project, "en") / name
    original = path.read_bytes()
    path.write_bytes(original + b"edited")
    assert f"{name} is not the file" in stale(project)["en"]
    site, drew = build(project, tmp_path / "cache")
    assert drew
    assert published(site, "en", name) == original


def test_keeping_replaces_only_the_files_its_stamp_names(tmp_path: Path) -> None:
    place = committed.folder(tmp_path, "en")
    place.mkdir(parents=True)
    (place / "notes.txt").write_text("a contributor's file")
    committed.keep(tmp_path, "en", "key-1", {"a.png": b"A", "b.pdf": b"B"})
    assert committed.problem(tmp_path, "en", "key-1", ["a.png", "b.pdf"]) is None
    committed.keep(tmp_path, "en", "key-2", {"c.png": b"C", "b.pdf": b"B2"})
    assert sorted(p.name for p in place.iterdir()) == ["b.pdf", "c.png", "drawn.json", "notes.txt"]
    assert (place / "notes.txt").read_text() == "a contributor's file"
    assert committed.problem(tmp_path, "en", "key-1", ["c.png", "b.pdf"]) == (
        "drawn from other inputs than today's"
    )
    with pytest.raises(ValueError, match="not a plain file name"):
        committed.keep(tmp_path, "en", "key-3", {"../escape.png": b"X"})
    assert not (tmp_path / "share-kit" / "escape.png").exists()


@pytest.mark.parametrize(
    "stamp",
    ["", "not json", "[]", '{"inputs": 1, "files": {}}', '{"inputs": "k", "files": {"../x": "0"}}'],
)
def test_a_broken_stamp_trusts_nothing(tmp_path: Path, stamp: str) -> None:
    place = committed.folder(tmp_path, "en")
    place.mkdir(parents=True)
    (place / committed.STAMP).write_text(stamp)
    assert committed.read_stamp(place) is None
    assert committed.problem(tmp_path, "en", "k", []) == "not drawn yet"
    assert committed.kept(tmp_path, "en", "k", []) is None


def test_the_stamp_is_json_naming_every_file_with_its_sha256() -> None:
    for lang in kit_languages(ROOT):
        data = json.loads((committed.folder(ROOT, lang) / committed.STAMP).read_text("utf-8"))
        assert set(data) == {"inputs", "files"}
        assert all(len(sha) == 64 for sha in data["files"].values())
