#!/usr/bin/env python3
"""Benchmark (not a test): check_site.py against ``mkdocs build`` of a large, badly linked site.

Issue 15's target: a 1,500-page site with 25,000 broken anchors is checked in no more time
than ``mkdocs build`` takes to build it. The site is generated here in a temporary folder:
Material, 30 sections of 50 pages (the nav, drawn into every page, is what makes a big build
slow), each page with headings, working links and 17 links to anchors that do not exist.
``mkdocs build``, check_site.py (its default content-only build) and check_site.py
``--full-build`` run one after the other, each in a fresh process; what is compared is their
CPU time (user + system of the child), since the wall clock of a shared machine depends on the
other jobs. Exit status 1 when the target is missed or the findings are not the planted ones.
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench_check_site import environment

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SECTIONS = 30
PAGES_PER_SECTION = 50
BROKEN_PER_PAGE = 17
TARGET_RATIO = 1.0
CONFIG = """\
site_name: Bench of the validator's build
theme: {name: material, font: false, features: [navigation.sections]}
markdown_extensions: [toc, attr_list]
"""


@dataclass(frozen=True)
class Corpus:
    """The generated site and the broken anchors planted in it."""

    config: Path
    pages: int
    broken: set[tuple[str, int, str]]  # (file, line, target)


def _page(section: int, n: int, broken: set[tuple[str, int, str]]) -> str:
    """A page linking to its neighbours' real headings, then to headings they lack."""
    nxt = f"../s{(section + 1) % SECTIONS}/p{n}.md"
    lines = [
        f"# Section {section}, page {n}",
        "",
        f"Text of page {n}. [Next section]({nxt}#usage) and [here](#details).",
        "",
        "## Usage { #usage }",
        "",
        "Some words about usage, in a paragraph long enough to be realistic text. " * 3,
        "",
        "## Details { #details }",
        "",
    ]
    name = f"docs/s{section}/p{n}.md"
    for k in range(BROKEN_PER_PAGE):
        target = f"p{(n + k + 1) % PAGES_PER_SECTION}.md#missing-{k}"
        lines.append(f"- [Broken {k}]({target}) and more text.")
        broken.add((name, len(lines), target))
    return "\n".join(lines) + "\n"


def make_corpus(folder: Path) -> Corpus:
    """SECTIONS x PAGES_PER_SECTION pages and a home page."""
    broken: set[tuple[str, int, str]] = set()
    docs = folder / "docs"
    for section in range(SECTIONS):
        (docs / f"s{section}").mkdir(parents=True)
        for n in range(PAGES_PER_SECTION):
            text = _page(section, n, broken)
            (docs / f"s{section}" / f"p{n}.md").write_text(text, encoding="utf-8")
    (docs / "index.md").write_text("# Bench\n\n[First](s0/p0.md)\n", encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(CONFIG, encoding="utf-8")
    return Corpus(config, SECTIONS * PAGES_PER_SECTION + 1, broken)


def _cpu(command: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run a command; its CPU seconds (user + system, children included)."""
    env = environment()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, result


def mkdocs_build(corpus: Corpus, site_dir: Path) -> float:
    """CPU seconds of ``mkdocs build`` of the corpus."""
    command = [str(BIN / "mkdocs"), "build", "--quiet", "-f", str(corpus.config)]
    seconds, result = _cpu([*command, "-d", str(site_dir)])
    if result.returncode != 0:
        raise SystemExit(f"bench: mkdocs build failed: {result.stderr.strip()[-500:]}")
    return seconds


def check_site(corpus: Corpus, *extra: str) -> tuple[float, set[tuple[str, int, str]]]:
    """CPU seconds of check_site.py (offline, JSON) and the anchors it reports."""
    command = [sys.executable, str(ROOT / "scripts" / "check_site.py"), "--config"]
    command += [str(corpus.config), "--offline", "--no-cache", "--format", "json", *extra]
    seconds, result = _cpu(command)
    if result.returncode not in (0, 1):
        raise SystemExit(f"bench: check_site.py failed: {result.stderr.strip()}")
    findings = json.loads(result.stdout)["findings"]
    return seconds, {(f["file"], f["line"], f["target"]) for f in findings}


def main() -> int:
    """Generate, run the three, print one line per measure."""
    folder = Path(tempfile.mkdtemp(prefix="bench_check_site_build."))
    try:
        corpus = make_corpus(folder)
        build = mkdocs_build(corpus, folder / "site")
        ours, found = check_site(corpus)
        full, found_full = check_site(corpus, "--full-build")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    ratio = ours / build
    same = found == found_full == corpus.broken
    print(
        f"corpus: {corpus.pages} pages (Material, {SECTIONS} nav sections), "
        f"{len(corpus.broken)} broken anchors; CPU seconds (user + system), one run each\n"
        f"mkdocs build                  {build:6.1f} s\n"
        f"check_site.py                 {ours:6.1f} s  ratio {ratio:.2f} "
        f"(target <= {TARGET_RATIO:g}): {'met' if ratio <= TARGET_RATIO else 'MISSED'}\n"
        f"check_site.py --full-build    {full:6.1f} s  ratio {full / build:.2f}\n"
        f"findings are the planted broken anchors, in both modes: {'yes' if same else 'NO'}"
    )
    for name, got in (("content-only", found), ("full build", found_full)):
        missed, extra = corpus.broken - got, got - corpus.broken
        if missed or extra:
            print(f"  {name}: {len(missed)} missed, {len(extra)} extra, e.g. {sorted(extra)[:3]}")
    return 0 if same and ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
