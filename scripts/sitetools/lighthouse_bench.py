"""Lighthouse (mobile) on our site and on a stock Material build of the same pages.

Both sites are built from the same `docs/`, served by the same compressing loopback server,
and measured in the same run, so the ratios mean something. The stock build is Material +
mkdocs-static-i18n with their defaults, our Markdown extensions and nav (stock_site.py).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitetools.chromium import CHROMIUM, CHROMIUM_ARGS
from sitetools.static_server import serve
from sitetools.stock_site import load_config, stock_yaml

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "bench" / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = " ".join(CHROMIUM_ARGS)
PAGES = ("", "opt-out/", "en/", "en/opt-out/")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {
    "LCP ms": "largest-contentful-paint",
    "TBT ms": "total-blocking-time",
    "CLS": "cumulative-layout-shift",
    "KB": "total-byte-weight",
}


@dataclass
class Result:
    scores: dict[str, int]
    metrics: dict[str, float]


def build(
    config: Path | None,
    site_dir: Path,
    site_url: str,
    *,
    project: Path = ROOT,
    extra_env: dict[str, str] | None = None,
) -> None:
    """Build `project` (with `config`, not strict: the stock one warns) into `site_dir`."""
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-d", str(site_dir)]
    if config is not None:
        command += ["-f", str(config), "--no-strict"]
    result = subprocess.run(
        command, cwd=project, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"bench: build failed: {result.stderr.strip()[-400:]}")


def lighthouse(url: str, categories: tuple[str, ...] = CATEGORIES) -> Result:
    """One Lighthouse run (mobile, its default) on `url`, in `categories`."""
    if not LIGHTHOUSE.exists():
        raise SystemExit(
            "bench: Lighthouse is missing; `make bench` installs it (npm ci in bench/)"
        )
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        "--output-path=stdout",
        f"--only-categories={','.join(categories)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    env = {**os.environ, "CHROME_PATH": str(CHROMIUM)}
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    if run.returncode != 0:
        raise SystemExit(f"bench: lighthouse failed on {url}: {run.stderr.strip()[-400:]}")
    report: dict[str, Any] = json.loads(run.stdout)
    scores = {c: round(100 * (report["categories"][c]["score"] or 0)) for c in categories}
    metrics = {
        name: float(report["audits"][audit]["numericValue"]) for name, audit in METRICS.items()
    }
    metrics["KB"] /= 1024
    return Result(scores, metrics)


def median(results: list[Result]) -> Result:
    """The run with the median performance score: Lighthouse's own advice for its variance
    (timings are simulated from a trace of this machine, whose load moves them)."""
    return sorted(results, key=lambda r: r.scores["performance"])[len(results) // 2]


def median_pair(ours_url: str, stock_url: str, runs: int) -> tuple[Result, Result]:
    """Median runs of both sites, alternating ours and stock so that a slow spell of the
    machine falls on both rather than on whichever happened to be measured then."""
    ours, stock = [], []
    for _ in range(runs):
        ours.append(lighthouse(ours_url))
        stock.append(lighthouse(stock_url))
    return median(ours), median(stock)


def row(label: str, result: Result) -> str:
    scores = " ".join(f"{result.scores[c]:>4}" for c in CATEGORIES)
    metrics = " ".join(f"{result.metrics[m]:>8.{2 if m == 'CLS' else 0}f}" for m in METRICS)
    return f"{label:<22}{scores} {metrics}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per page, median shown")
    runs = max(1, parser.parse_args(argv).runs)
    header = f"{'page':<22}" + " ".join(f"{c[:4]:>4}" for c in CATEGORIES)
    header += " " + " ".join(f"{m:>8}" for m in METRICS)
    with tempfile.TemporaryDirectory() as tmp:
        ours_dir, stock_dir = Path(tmp, "ours"), Path(tmp, "stock")
        ours_dir.mkdir()
        stock_dir.mkdir()
        with serve(ours_dir) as ours_url, serve(stock_dir) as stock_url:
            build(None, ours_dir, ours_url)
            stock_yml = Path(tmp, "stock.yml")
            our_config = load_config(ROOT / "mkdocs.yml")
            stock_yml.write_text(stock_yaml(our_config, ROOT / "docs", stock_url), encoding="utf-8")
            build(stock_yml, stock_dir, stock_url)
            print(f"Lighthouse 12 mobile, median of {runs} runs, same server (gzip):")
            print(header)
            for page in PAGES:
                ours, stock = median_pair(ours_url + page, stock_url + page, runs)
                print(row(f"/{page} ours", ours))
                print(row(f"/{page} stock", stock))
                ratio = ours.metrics["KB"] / stock.metrics["KB"]
                print(f"{'':<22}bytes ours/stock = {ratio:.2f}")
    return 0
