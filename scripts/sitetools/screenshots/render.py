"""``make screenshots``: draw every job of shots.yml, encode it, and write what changed.

Rendering is deterministic (fixed viewport, scale, vendored fonts, no animation, same
encoder settings), and on top of that each image is skipped when the manifest shows its
sources unchanged and its file intact: a rerun is byte-for-byte a no-op.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Protocol

from PIL import Image

from sitetools.screenshots import browser, webp
from sitetools.screenshots.files import sha256_bytes, sha256_file, write_if_changed
from sitetools.screenshots.labels import load_all
from sitetools.screenshots.limits import MAX_BYTES, MAX_WIDTH
from sitetools.screenshots.manifest import Entry, load_manifest, save_manifest
from sitetools.screenshots.mockup import environment, render_html
from sitetools.screenshots.naming import DOCS_DIR, SCREENS, SOURCE_DIR, SUFFIX
from sitetools.screenshots.spec import Crop, Device, Job, load_spec

# Bump when a change of this code changes the pixels or bytes it produces.
PIPELINE_VERSION = "1"
SHOTS_FILE = "shots.yml"
MANIFEST_FILE = "manifest.json"
FONTS_FOLDER = "fonts"


class Shooter(Protocol):
    """What the pipeline needs from a browser (tests may pass a fake)."""

    def __enter__(self) -> Shooter: ...
    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...
    def screenshot(self, html: str, device: Device, crop: Crop | None = None) -> bytes: ...


@dataclass
class Report:
    """What a run did, or (with ``check``) would do."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    stale: list[Path] = field(default_factory=list)
    orphans: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class Planned:
    """A job with its page and the hash of everything that decides its pixels."""

    job: Job
    key: str
    html: str
    source: str


def _fonts_digest(fonts_dir: Path) -> str:
    parts = [
        f"{font.name}:{sha256_bytes(font.read_bytes())}"
        for font in sorted(fonts_dir.iterdir())
        if font.is_file()
    ]
    return sha256_bytes("\n".join(parts).encode())


def plan(source_dir: Path, docs_dir: Path) -> list[Planned]:
    """Every job of shots.yml with its HTML and source hash (no browser needed)."""
    spec = load_spec(source_dir / SHOTS_FILE)
    labels = load_all(source_dir, spec.languages)
    env = environment(source_dir)
    fixed = "\n".join(
        (
            PIPELINE_VERSION,
            _fonts_digest(source_dir / FONTS_FOLDER),
            " ".join(browser.CHROMIUM_ARGS),
            repr(
                (
                    webp.LOSSLESS,
                    webp.LOSSY_QUALITIES,
                    webp.LOSSY_METHOD,
                    webp.MOCKUP_COLOURS,
                    MAX_BYTES,
                    MAX_WIDTH,
                )
            ),
        )
    )
    planned = []
    for job in spec.jobs():
        html = render_html(env, job, labels[job.lang])
        device = job.device
        sized = f"{device.width}x{device.height}@{device.scale}"
        if job.crop is not None:  # uncropped images keep the hash they had before crops
            sized += f" crop {job.crop.top}+{job.crop.height}"
        source = sha256_bytes("\n".join((fixed, sized, html)).encode("utf-8"))
        key = job.path(docs_dir).relative_to(docs_dir).as_posix()
        planned.append(Planned(job, key, html, source))
    return planned


def _orphans(docs_dir: Path, keys: set[str]) -> list[Path]:
    """Rendered-looking files that no job produces any more (imports live in real/)."""
    found = sorted(docs_dir.glob(f"*/{SCREENS}/*{SUFFIX}"))
    return [path for path in found if path.relative_to(docs_dir).as_posix() not in keys]


def _encode(png: bytes) -> tuple[bytes, int, int]:
    with Image.open(io.BytesIO(png)) as shot:
        data = webp.encode_webp(shot, colours=webp.MOCKUP_COLOURS)
    with Image.open(io.BytesIO(data)) as encoded:
        width, height = encoded.size
    return data, width, height


def render_all(
    source_dir: Path = SOURCE_DIR,
    docs_dir: Path = DOCS_DIR,
    *,
    force: bool = False,
    check: bool = False,
    shooter: Callable[[Path], Shooter] = browser.Renderer,
    progress: Callable[[str], None] = lambda _: None,
) -> Report:
    """Render what is out of date (everything with ``force``); ``check`` only reports it."""
    manifest_path = source_dir / MANIFEST_FILE
    recorded = load_manifest(manifest_path)
    planned = plan(source_dir, docs_dir)
    report = Report(orphans=_orphans(docs_dir, {item.key for item in planned}))
    todo = []
    for item in planned:
        entry = recorded.get(item.key)
        path = docs_dir / item.key
        fresh = (
            entry is not None and entry.source == item.source and sha256_file(path) == entry.sha256
        )
        if fresh and not force:
            report.skipped.append(path)
        else:
            todo.append(item)
    if check:
        report.stale = [docs_dir / item.key for item in todo]
        return report
    images = {item.key: recorded[item.key] for item in planned if item.key in recorded}
    if todo:
        with shooter(source_dir / FONTS_FOLDER) as camera:
            for item in todo:
                path = docs_dir / item.key
                try:
                    png = camera.screenshot(item.html, item.job.device, item.job.crop)
                except browser.BrowserError as error:
                    raise browser.BrowserError(f"{item.key}: {error}") from error
                data, width, height = _encode(png)
                changed = write_if_changed(path, data)
                (report.written if changed else report.unchanged).append(path)
                images[item.key] = Entry(item.source, sha256_bytes(data), len(data), width, height)
                progress(f"{'wrote' if changed else 'same '} {item.key} ({len(data) // 1024} KB)")
    save_manifest(manifest_path, images)
    return report
