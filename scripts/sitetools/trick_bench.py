"""Does each performance trick earn its place? Lighthouse on the site with and without it.

Issue 17: every trick that got the site to Lighthouse 100 and under 100 KB a page stays only
if removing it costs more than the run-to-run noise. For each trick this builds a variant of
the site with that trick switched off, from a throwaway copy of the project patched in a few
exact places (``TRICKS``: each patch names the text it replaces, and a patch whose text is no
longer found exactly once is an error, so the variants cannot drift from the site unnoticed).
The copy's own ``scripts/`` goes first on ``PYTHONPATH``, so its build plugin is the patched one.

Every variant is served on 127.0.0.1 and measured by Lighthouse (mobile) on the home and the
guide in both languages, round-robin: one run of every variant, then the next round, so a slow
spell of the machine falls on all of them alike. The noise is the largest spread (max - min) of
any variant's runs on that page and measure (see ``noise``); a trick is kept when removing it
costs more than that on any page, for any of the performance score, TBT, LCP or bytes.

A trick removed by this rule can be measured again (``REMOVED``: the commit that removed it):
its variant is the site with that commit undone, and it comes back only if having it gains
more than the noise. A removal measured on a loaded machine can so be checked on a quiet one.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from sitetools import project_copy
from sitetools.lighthouse_bench import PAGES, ROOT, Result, build, lighthouse
from sitetools.plugin.card_cache import ENVIRONMENT_VARIABLE as CACHE_VARIABLE
from sitetools.static_server import serve

# What a build of the site reads (the plugin included: scripts/).
PROJECT = (*project_copy.BUILD_INPUTS, "scripts")
BASELINE = "baseline"
# The verdict reads the performance category only (make bench checks all four): a third
# less time per run.
CATEGORIES = ("performance",)
# The verdict's measures: (name, Lighthouse value, direction in which it gets worse).
MEASURES = (
    ("perf", "score", -1),
    ("TBT ms", "TBT ms", 1),
    ("LCP ms", "LCP ms", 1),
    ("KB", "KB", 1),
)
# Bytes barely move between runs (a spread of 0 is common), so a cost must also exceed this to
# count: a 40-byte comment is not a cost.
SMALLEST = {"perf": 0.0, "TBT ms": 0.0, "LCP ms": 0.0, "KB": 0.1}


class PatchError(Exception):
    """A variant's patch no longer applies: the file it changes has changed."""


@dataclass(frozen=True)
class Patch:
    """In `path` (relative to the project), `old`, found exactly `times` times, becomes `new`."""

    path: str
    old: str
    new: str = ""
    times: int = 1


@dataclass(frozen=True)
class Trick:
    """A trick, what it is for, and the patches that switch it off."""

    name: str
    what: str
    patches: tuple[Patch, ...]


MAIN = "overrides/main.html"
PIPELINE = "scripts/sitetools/plugin/pipeline.py"
ALTERNATE_GUARD = (
    "<script>(function(){var l=[].slice.call(document.querySelectorAll("
    '\'link[rel="alternate"]\'));l.forEach(function(e){e.rel="x-alternate"});'
    'document.addEventListener("DOMContentLoaded",function(){setTimeout(function(){'
    'l.forEach(function(e){e.rel="alternate"})},0)})})()</script>\n'
)

TRICKS = (
    Trick(
        "after-paint",
        "Material's bundle and share.js start after the first paint (after-paint.html), with "
        "what that forced: the palette set before the paint (colour-scheme.html). Off: "
        "Material's own loading.",
        (
            Patch(
                MAIN,
                "  {{ super() | replace('<script src=', "
                "'<script type=\"text/x-after-paint\" data-src=') }}\n",
                "  {{ super() }}\n",
            ),
            # share.js and any page's own scripts: plain scripts, as Material writes its own.
            Patch(MAIN, '<script type="text/x-after-paint" data-src=', "<script src=", times=2),
            # What stays without the loader: Material's language integration still must not
            # see the alternate links (it asks for a sitemap.xml next to each, 404s): hidden
            # while its bundle sets up, as after-paint.html does.
            Patch(MAIN, '  {% include "partials/after-paint.html" %}\n'),
            Patch(MAIN, "{% block scripts %}\n", "{% block scripts %}\n" + ALTERNATE_GUARD),
            Patch(MAIN, '    {% include "partials/colour-scheme.html" %}\n'),
        ),
    ),
    Trick(
        "css-pruning",
        "Material's stylesheets without the rules no page matches (plugin/unused_css.py).",
        (Patch(PIPELINE, "    prune_css,\n"),),
    ),
    Trick(
        "css-comments",
        "Our stylesheets published without their comments (plugin/own_css.py).",
        (Patch(PIPELINE, "    strip_css_comments,\n"),),
    ),
)


@dataclass(frozen=True)
class RemovedTrick:
    """A trick this benchmark had removed, and the commit that removed it."""

    name: str
    what: str
    commit: str


REMOVED = (
    RemovedTrick(
        "+footnotes-scheme-classes",
        "Removed on 5 December 2026 (measured under load 7 to 33): content-visibility on the "
        "footnotes (and their restyle on a scheme switch), Material's color-scheme meta kept "
        "out while its bundle starts, <html>'s classes set before <body>.",
        "386bcf5",
    ),
    RemovedTrick(
        "+compile-hints",
        "Removed on 5 December 2026 (measured under load): the hints that let Chrome compile "
        "Material's bundle eagerly.",
        "c43af27",
    ),
)


def restore(project: Path, commit: str, source: Path = ROOT) -> None:
    """Undo `commit` in the copy, in the files a build reads (this benchmark excepted);
    PatchError if it no longer applies or `source`'s history lacks it (a shallow clone)."""
    paths = [*PROJECT, ":(exclude)scripts/sitetools/trick_bench.py"]
    diff = subprocess.run(
        ["git", "-C", str(source), "diff", "--binary", commit, f"{commit}^", "--", *paths],
        capture_output=True,
    )
    if diff.returncode or not diff.stdout:
        reason = diff.stderr.decode(errors="replace").strip().splitlines()
        raise PatchError(f"{commit}: {reason[0] if reason else 'changes no file a build reads'}")
    applied = subprocess.run(
        ["git", "apply", "-"], cwd=project, input=diff.stdout, capture_output=True
    )
    if applied.returncode:
        first = applied.stderr.decode(errors="replace").strip().splitlines()[0]
        raise PatchError(f"{commit}: undoing it no longer applies ({first})")


def apply(project: Path, patches: tuple[Patch, ...]) -> None:
    """Apply `patches` to the files of `project`; PatchError if one does not apply."""
    for patch in patches:
        path = project / patch.path
        text = path.read_text(encoding="utf-8")
        found = text.count(patch.old)
        if found != patch.times:
            first = patch.old.strip().splitlines()[0][:60]
            raise PatchError(f"{patch.path}: {first!r} found {found} times, not {patch.times}")
        path.write_text(text.replace(patch.old, patch.new), encoding="utf-8")


def copy_project(destination: Path, source: Path = ROOT) -> Path:
    """A copy of what a build of `source` reads, with the plugin that a variant may patch."""
    return project_copy.copy_project(destination, source, extra=("scripts",))


def variant(destination: Path, trick: Trick | RemovedTrick | None, source: Path = ROOT) -> Path:
    """The project copied to `destination`, with `trick` switched off, or a removed trick
    brought back (None: as it is)."""
    project = copy_project(destination, source)
    if isinstance(trick, RemovedTrick):
        restore(project, trick.commit, source)
    elif trick is not None:
        apply(project, trick.patches)
    return project


def build_variant(project: Path, site_dir: Path, site_url: str) -> None:
    """Build the copy with its own plugin, reusing the repository's cards and templates."""
    env = {"PYTHONPATH": str(project / "scripts"), CACHE_VARIABLE: str(ROOT / ".cache")}
    build(project / "mkdocs.yml", site_dir, site_url, project=project, extra_env=env)


def value(result: Result, key: str) -> float:
    return result.scores["performance"] if key == "score" else result.metrics[key]


@dataclass
class Summary:
    """One variant on one page: median and spread of each measure."""

    median: dict[str, float]
    spread: dict[str, float]


def summarise(results: list[Result]) -> Summary:
    median, spread = {}, {}
    for name, key, _ in MEASURES:
        values = [value(r, key) for r in results]
        median[name] = statistics.median(values)
        spread[name] = max(values) - min(values)
    return Summary(median, spread)


def costs(baseline: Summary, without: Summary) -> dict[str, float]:
    """What removing the trick costs, per measure (positive: worse without it)."""
    return {
        name: direction * (without.median[name] - baseline.median[name])
        for name, _, direction in MEASURES
    }


Noise = dict[str, dict[str, float]]  # page -> measure -> run-to-run spread


def noise(summaries: dict[str, dict[str, Summary]]) -> Noise:
    """The run-to-run noise of this benchmark, per page and measure: the largest spread of any
    variant's runs. The baseline's spread alone, from three runs, understates it (two runs a
    few ms apart), and with four pages and four measures per trick, a trick would be kept on
    one lucky difference."""
    pages = next(iter(summaries.values()))
    return {
        page: {n: max(s[page].spread[n] for s in summaries.values()) for n, _, _ in MEASURES}
        for page in pages
    }


def verdict(
    baseline: dict[str, Summary], without: dict[str, Summary], noise: Noise
) -> tuple[bool, list[str]]:
    """Keep the trick if removing it costs more than the noise (and SMALLEST) on any page and
    measure; the reasons are those pages and measures."""
    reasons = []
    for page, base in baseline.items():
        for name, cost in costs(base, without[page]).items():
            if cost > max(noise[page][name], SMALLEST[name]):
                reasons.append(f"/{page} {name} +{cost:.4g} (noise {noise[page][name]:.4g})")
    return bool(reasons), reasons


Runs = dict[str, dict[str, list[Result]]]  # variant -> page -> Lighthouse runs


def save(results: Runs, path: Path) -> None:
    raw = {v: {p: [vars(r) for r in rs] for p, rs in ps.items()} for v, ps in results.items()}
    path.write_text(json.dumps(raw, indent=1), encoding="utf-8")


def load(path: Path) -> Runs:
    """Runs saved by `save`, cut to the rounds every variant and page completed (a benchmark
    stopped midway still compares like with like)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    rounds = min(len(runs) for pages in raw.values() for runs in pages.values())
    return {
        v: {p: [Result(**r) for r in rs[:rounds]] for p, rs in ps.items()} for v, ps in raw.items()
    }


def measure(
    urls: dict[str, str], runs: int, progress: Path | None = None, pages: tuple[str, ...] = PAGES
) -> Runs:
    """Lighthouse runs of every variant on every page, interleaved: round, page, variant.
    With `progress`, every run is saved there as soon as it is done."""
    results: Runs = {v: {p: [] for p in pages} for v in urls}
    for round_ in range(runs):
        for page in pages:
            for name, url in urls.items():
                results[name][page].append(lighthouse(url + page, CATEGORIES))
                print(f"  round {round_ + 1}/{runs} /{page} {name}", file=sys.stderr, flush=True)
                if progress:
                    save(results, progress)
    return results


def report(summaries: dict[str, dict[str, Summary]]) -> list[str]:
    lines = [f"{'variant':<20}{'page':<13}" + "".join(f"{n:>16}" for n, _, _ in MEASURES)]
    for name, pages in summaries.items():
        for page, summary in pages.items():
            cells = "".join(
                f"{summary.median[n]:>9.0f} ±{summary.spread[n]:<5.0f}" for n, _, _ in MEASURES
            )
            lines.append(f"{name:<20}{'/' + page:<13}{cells}")
    lines.append("")
    pooled = noise(summaries)
    removed = {t.name for t in REMOVED}
    for name in [n for n in summaries if n != BASELINE]:
        if name in removed:  # the site is the variant without it: the same rule, reversed
            back, reasons = verdict(summaries[name], summaries[BASELINE], pooled)
            because = "; ".join(reasons) if back else "no gain above the noise"
            lines.append(f"{name}: {'RESTORE' if back else 'STAYS REMOVED'} ({because})")
            continue
        keep, reasons = verdict(summaries[BASELINE], summaries[name], pooled)
        because = "; ".join(reasons) if keep else "no cost above the noise"
        lines.append(f"{name}: {'KEEP' if keep else 'REMOVE'} ({because})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page and variant")
    parser.add_argument(
        "--only", nargs="*", help="tricks to measure, removed ones (+name) too (default: all)"
    )
    parser.add_argument(
        "--pages", nargs="*", choices=PAGES, default=list(PAGES), help="pages (default: all)"
    )
    parser.add_argument("--json", type=Path, help="save every run here, as soon as it is done")
    parser.add_argument("--report", type=Path, help="only report the runs saved in this file")
    args = parser.parse_args(argv)
    if args.report:
        results = load(args.report)
    else:
        every: list[Trick | RemovedTrick] = [*TRICKS, *REMOVED]
        known = {t.name for t in every}
        if args.only and not set(args.only) <= known:
            print(f"bench-tricks: unknown trick(s) {set(args.only) - known}", file=sys.stderr)
            return 2
        tricks = [t for t in every if not args.only or t.name in args.only]
        try:
            results = build_and_measure(tricks, max(1, args.runs), args.json, tuple(args.pages))
        except PatchError as error:
            print(f"bench-tricks: {error}", file=sys.stderr)
            return 2
    summaries = {v: {p: summarise(rs) for p, rs in ps.items()} for v, ps in results.items()}
    rounds = min(len(runs) for runs in results[BASELINE].values())
    load_now = os.getloadavg()[0]
    print(
        f"Lighthouse 12 mobile, median ± spread of {rounds} interleaved runs (load {load_now:.1f}):"
    )
    print("\n".join(report(summaries)))
    return 0


def build_and_measure(
    tricks: list[Trick | RemovedTrick], runs: int, progress: Path | None, pages: tuple[str, ...]
) -> Runs:
    """Build the baseline and a variant per trick, serve them all, and measure."""
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        urls: dict[str, str] = {}
        for trick in [None, *tricks]:
            name = trick.name if trick else BASELINE
            project = variant(Path(tmp, name, "project"), trick)
            site = Path(tmp, name, "site")
            site.mkdir()
            urls[name] = stack.enter_context(serve(site))
            build_variant(project, site, urls[name])
            print(f"built {name}", file=sys.stderr, flush=True)
        return measure(urls, runs, progress, pages)
