"""`make screenshots`: skip by content hash, write only what changed, render deterministically.

The first tests use a fake camera (fast, no browser) for the bookkeeping; the browser ones
render real mockups twice and compare bytes.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
import render_screenshots
from PIL import Image
from screens_helpers import needs_chromium, screen

from sitetools.screenshots import render
from sitetools.screenshots.browser import BrowserError, Renderer, check_rings
from sitetools.screenshots.limits import MAX_BYTES, MAX_WIDTH
from sitetools.screenshots.manifest import load_manifest
from sitetools.screenshots.naming import SCREENS, SOURCE_DIR
from sitetools.screenshots.spec import Crop, Device
from sitetools.screenshots.webp import MOCKUP_COLOURS, PIXEL_CHUNKS, riff_chunks

# Four images, small enough for the fake camera to be quick.
SMALL_SPEC = """\
languages: [fr, en]
schemes: [light, dark]
devices:
  phone: {width: 195, height: 422, scale: 1, display_width: 195, display_height: 422}
shots:
  - step: genai-on
    devices: [phone]
"""
# The real phone settings, one language: what the browser test renders twice.
REAL_PHONE_SPEC = SMALL_SPEC.replace("[fr, en]", "[fr]").replace(
    "width: 195, height: 422, scale: 1", "width: 390, height: 844, scale: 2"
)


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """A copy of screenshots/ with a small shots.yml."""
    copy = tmp_path / "screenshots"
    shutil.copytree(SOURCE_DIR, copy, ignore=shutil.ignore_patterns("manifest.json"))
    (copy / "shots.yml").write_text(SMALL_SPEC, encoding="utf-8")
    return copy


class FakeCamera:
    """Stands in for chromium: a PNG whose colour depends on the page, and a shot counter."""

    shots = 0

    def __init__(self, fonts_dir: Path) -> None:
        assert fonts_dir.is_dir()

    def __enter__(self) -> FakeCamera:
        return self

    def __exit__(self, *args: object) -> None:
        pass

    def screenshot(self, html: str, device: Device, crop: Crop | None = None) -> bytes:
        FakeCamera.shots += 1
        height = device.pixel_height if crop is None else int(crop.height * device.scale)
        image = screen(device.pixel_width, height)
        image.paste((len(html) % 256, 0, 0), (0, 0, 40, 40))
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        return buffer.getvalue()


def lang_of(path: Path, docs_dir: Path) -> str:
    return path.relative_to(docs_dir).parts[0]


class Borrowed:
    """The module's chromium, lent to one run of the pipeline without closing it."""

    def __init__(self, camera: Renderer) -> None:
        self.camera = camera

    def __enter__(self) -> Renderer:
        return self.camera

    def __exit__(self, *args: object) -> None:
        pass


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        path.relative_to(folder).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_second_run_skips_everything_and_touches_nothing(sources, docs_dir):
    FakeCamera.shots = 0
    first = render.render_all(sources, docs_dir, shooter=FakeCamera)
    assert len(first.written) == 4
    assert FakeCamera.shots == 4
    before = snapshot(docs_dir), (sources / "manifest.json").stat().st_mtime_ns
    second = render.render_all(sources, docs_dir, shooter=FakeCamera)
    assert len(second.skipped) == 4
    assert FakeCamera.shots == 4
    assert (snapshot(docs_dir), (sources / "manifest.json").stat().st_mtime_ns) == before


def test_a_label_change_rerenders_only_that_language(sources, docs_dir):
    render.render_all(sources, docs_dir, shooter=FakeCamera)
    labels = sources / "labels.en.yml"
    text = labels.read_text(encoding="utf-8")
    # Reflowing the YAML changes no label: nothing to do.
    labels.write_text(text.replace("Data for Generative", "Data for  Generative"), "utf-8")
    assert not render.render_all(sources, docs_dir, check=True, shooter=FakeCamera).stale
    labels.write_text(text.replace("training content", "training  new content"), "utf-8")
    check = render.render_all(sources, docs_dir, check=True, shooter=FakeCamera)
    assert sorted(lang_of(path, docs_dir) for path in check.stale) == ["en", "en"]
    report = render.render_all(sources, docs_dir, shooter=FakeCamera)
    assert {lang_of(path, docs_dir) for path in report.written + report.unchanged} == {"en"}
    assert len(report.skipped) == 2


def test_a_damaged_image_is_rendered_again(sources, docs_dir):
    render.render_all(sources, docs_dir, shooter=FakeCamera)
    damaged = docs_dir / "fr" / SCREENS / "phone-genai-on-dark.webp"
    damaged.write_bytes(b"edited by hand")
    report = render.render_all(sources, docs_dir, shooter=FakeCamera)
    assert report.written == [damaged]
    assert set(riff_chunks(damaged.read_bytes())) <= PIXEL_CHUNKS


def test_dropped_shot_is_reported_not_deleted(sources, docs_dir):
    render.render_all(sources, docs_dir, shooter=FakeCamera)
    (docs_dir / "fr" / SCREENS / "real").mkdir()
    (docs_dir / "fr" / SCREENS / "real" / "step-3.webp").write_bytes(b"an import")
    spec = sources / "shots.yml"
    spec.write_text(SMALL_SPEC.replace("[fr, en]", "[fr]"), encoding="utf-8")
    report = render.render_all(sources, docs_dir, shooter=FakeCamera)
    assert [path.name for path in report.orphans] == [
        "phone-genai-on-dark.webp",
        "phone-genai-on-light.webp",
    ]
    assert all(path.exists() for path in report.orphans)
    assert set(load_manifest(sources / "manifest.json")) == {
        f"fr/{SCREENS}/phone-genai-on-light.webp",
        f"fr/{SCREENS}/phone-genai-on-dark.webp",
    }


def test_command_line_check_mode(capsys):
    """The committed set is up to date: --check exits 0 without starting a browser."""
    assert render_screenshots.main(["--check"]) == 0
    assert "0 out of date" in capsys.readouterr().out


@pytest.mark.browser
@needs_chromium
def test_rendering_is_deterministic_and_within_limits(sources, docs_dir, camera):
    (sources / "shots.yml").write_text(REAL_PHONE_SPEC, encoding="utf-8")
    first = render.render_all(sources, docs_dir, shooter=lambda _: Borrowed(camera))
    assert len(first.written) == 2
    images = snapshot(docs_dir)
    again = render.render_all(sources, docs_dir, force=True, shooter=lambda _: Borrowed(camera))
    assert len(again.unchanged) == 2, "chromium drew different pixels for the same page"
    assert snapshot(docs_dir) == images
    for path in first.written:
        data = path.read_bytes()
        assert len(data) <= MAX_BYTES
        assert set(riff_chunks(data)) <= PIXEL_CHUNKS
        with Image.open(path) as image:
            assert image.size == (780, 1688)
            assert image.width <= MAX_WIDTH
            assert len(image.convert("RGB").getcolors(1 << 16) or []) <= MOCKUP_COLOURS
    light = Image.open(docs_dir / "fr" / SCREENS / "phone-genai-on-light.webp").convert("L")
    dark = Image.open(docs_dir / "fr" / SCREENS / "phone-genai-on-dark.webp").convert("L")
    assert light.getpixel((700, 1600)) > 200 > 60 > dark.getpixel((700, 1600))


def test_a_crop_changes_the_source_hash_of_its_images_only(sources, docs_dir):
    render.render_all(sources, docs_dir, shooter=FakeCamera)
    spec = sources / "shots.yml"
    spec.write_text(SMALL_SPEC + "    crop: {phone: {top: 0, height: 200}}\n", encoding="utf-8")
    report = render.render_all(sources, docs_dir, shooter=FakeCamera)
    assert len(report.written) == 4
    for path in report.written:
        with Image.open(path) as image:
            assert image.size == (195, 200)


@pytest.mark.browser
@needs_chromium
def test_a_cropped_phone_image_is_deterministic_and_keeps_the_ring(sources, docs_dir, camera):
    cropped = REAL_PHONE_SPEC + "    crop: {phone: {top: 0, height: 338}}\n"
    (sources / "shots.yml").write_text(cropped, encoding="utf-8")
    first = render.render_all(sources, docs_dir, shooter=lambda _: Borrowed(camera))
    images = snapshot(docs_dir)
    again = render.render_all(sources, docs_dir, force=True, shooter=lambda _: Borrowed(camera))
    assert len(again.unchanged) == 2, "chromium drew different pixels for the same page"
    assert snapshot(docs_dir) == images
    for path in first.written:
        with Image.open(path) as image:
            assert image.size == (780, 676)
    # The toggle and its ring sit about 270 to 300 px down: a crop above them is refused.
    (sources / "shots.yml").write_text(cropped.replace("338", "260"), encoding="utf-8")
    with pytest.raises(BrowserError, match=r"phone-genai-on-\w+\.webp: .*cuts the highlight ring"):
        render.render_all(sources, docs_dir, shooter=lambda _: Borrowed(camera))


def test_ring_check_allows_for_the_glow():
    check_rings([[20.0, 50.0]], Crop(0, 59))
    for band in (Crop(0, 58), Crop(12, 100)):
        with pytest.raises(BrowserError, match="cuts the highlight ring"):
            check_rings([[20.0, 50.0]], band)


@pytest.mark.browser
@needs_chromium
def test_a_remote_resource_fails_the_render(camera):
    page = '<html><body><img src="https://example.org/logo.png"></body></html>'
    device = Device("phone", 390, 844, 2, 300, 649)
    with pytest.raises(BrowserError, match=r"example\.org"):
        camera.screenshot(page, device)


def test_missing_chromium_is_explained(tmp_path):
    with pytest.raises(BrowserError, match="apt-get install chromium"):
        Renderer(tmp_path, executable=tmp_path / "chromium").__enter__()
