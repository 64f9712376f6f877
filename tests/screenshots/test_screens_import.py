"""The import path for real screenshots, on generated good and bad captures."""

from __future__ import annotations

import hashlib
import io
import os
import time
from pathlib import Path

import import_screenshot
import pytest
from PIL import ExifTags, Image, ImageFilter
from screens_helpers import NAME_BOX, NAME_RED, SECRETS, png_header_only, screen

from sitetools.screenshots import inputs
from sitetools.screenshots.importer import import_screenshot as run_import
from sitetools.screenshots.inputs import CaptureError
from sitetools.screenshots.limits import MAX_BYTES, MAX_WIDTH
from sitetools.screenshots.naming import SCREENS
from sitetools.screenshots.redact import Region, parse_region
from sitetools.screenshots.webp import PIXEL_CHUNKS, riff_chunks

NAME = Region(*NAME_BOX)


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def assert_clean(path: Path) -> None:
    """A WebP within the limits, with pixel chunks only and none of the secrets."""
    data = path.read_bytes()
    assert len(data) <= MAX_BYTES
    assert set(riff_chunks(data)) <= PIXEL_CHUNKS
    for secret in SECRETS:
        assert secret not in data
    with Image.open(path) as image:
        assert image.format == "WEBP"
        assert image.width <= MAX_WIDTH
        assert not image.getexif()
        assert not {"exif", "xmp", "icc_profile", "comment"} & set(image.info)


def region_of(path: Path, region: Region) -> Image.Image:
    with Image.open(path) as image:
        return image.convert("RGB").crop(region.box)


def colours(image: Image.Image) -> set[tuple[int, ...]]:
    return {colour for _, colour in image.getcolors(image.width * image.height)}


@pytest.mark.parametrize("name", ["capture.png", "capture.jpg"])
def test_metadata_is_removed_and_limits_met(make_capture, docs_dir, name):
    raw = make_capture(name)
    assert any(secret in raw.read_bytes() for secret in SECRETS)
    result = run_import(raw, "fr", "step-3", docs_dir=docs_dir)
    assert result.path == docs_dir / "fr" / "assets" / "images" / "screens" / "real" / "step-3.webp"
    assert_clean(result.path)
    assert (result.width, result.height) == (780, 1688)


def test_heic_is_read_when_pillow_heif_is_installed(tmp_path, docs_dir):
    pillow_heif = pytest.importorskip("pillow_heif", reason="pillow-heif is optional")
    raw = tmp_path / "capture.heic"
    pillow_heif.from_pillow(screen(390, 844)).save(raw, quality=90)
    result = run_import(raw, "en", "from-iphone", docs_dir=docs_dir)
    assert_clean(result.path)
    assert (result.width, result.height) == (390, 844)


def test_heic_without_pillow_heif_says_what_to_install(tmp_path, docs_dir, monkeypatch):
    raw = tmp_path / "capture.heic"
    raw.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    monkeypatch.setattr(inputs, "heif_available", lambda: False)
    with pytest.raises(CaptureError, match=r"pillow-heif==1\.8\.1"):
        run_import(raw, "en", "x", docs_dir=docs_dir)


def test_box_redaction_hides_the_region_and_keeps_the_rest(make_capture, docs_dir):
    raw = make_capture("capture.png")
    result = run_import(raw, "fr", "step-1", regions=(NAME,), docs_dir=docs_dir)
    assert colours(region_of(result.path, NAME)) == {(128, 128, 128)}
    # Everything else is the original, pixel for pixel (lossless on a flat capture).
    above = Region(0, 0, 780, NAME.y)
    assert region_of(result.path, above).tobytes() == screen().crop(above.box).tobytes()


def test_blur_redaction_leaves_nothing_readable(make_capture, docs_dir):
    picture = screen()
    for x in range(NAME.x, NAME.x + NAME.width, 12):  # thin "letters" a blur must not keep
        picture.paste((0, 0, 0), (x, NAME.y + 10, x + 3, NAME.y + 70))
    raw = make_capture("capture.png", image=picture)
    result = run_import(raw, "fr", "step-1", regions=(NAME,), style="blur", docs_dir=docs_dir)
    hidden = colours(region_of(result.path, NAME))
    assert (0, 0, 0) not in hidden
    assert NAME_RED not in hidden
    spread = max(sum(pixel) for pixel in hidden) - min(sum(pixel) for pixel in hidden)
    assert spread < 60  # blocks and blur flatten the strokes into near-uniform colour


def test_crop_keeps_only_the_region(make_capture, docs_dir):
    raw = make_capture("capture.png")
    result = run_import(raw, "en", "crop", crop=Region(0, 150, 780, 900), docs_dir=docs_dir)
    assert (result.width, result.height) == (780, 900)


def test_wide_capture_is_scaled_to_the_width_limit(make_capture, docs_dir):
    raw = make_capture("capture.png", image=screen(2400, 1000))
    result = run_import(raw, "en", "desktop", docs_dir=docs_dir)
    assert (result.width, result.height) == (MAX_WIDTH, 667)


def photo_of_a_screen(width: int, height: int) -> Image.Image:
    """A gradient under grain: what a camera pointed at a screen gives, too big for lossless."""
    grain = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    gradient = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    return Image.blend(gradient, grain.filter(ImageFilter.GaussianBlur(1)), 0.35)


def test_photo_like_capture_fits_the_size_limit(make_capture, docs_dir):
    raw = make_capture("capture.png", image=photo_of_a_screen(1000, 800))
    assert raw.stat().st_size > 5 * MAX_BYTES
    result = run_import(raw, "en", "photo", docs_dir=docs_dir)
    assert result.bytes <= MAX_BYTES
    assert_clean(result.path)


def test_exif_orientation_is_applied_before_coordinates(make_capture, docs_dir):
    raw = make_capture("capture.jpg", image=screen(600, 300), orientation=6)
    result = run_import(raw, "fr", "turned", docs_dir=docs_dir)
    assert (result.width, result.height) == (300, 600)


def test_original_is_untouched(make_capture, docs_dir):
    raw = make_capture("capture.jpg")
    before = fingerprint(raw)
    time.sleep(0.01)
    run_import(
        raw, "fr", "step-3", regions=(NAME,), crop=Region(0, 0, 700, 1000), docs_dir=docs_dir
    )
    assert fingerprint(raw) == before


def test_existing_image_is_kept_without_force(make_capture, docs_dir):
    raw = make_capture("capture.png")
    first = run_import(raw, "fr", "step-3", docs_dir=docs_dir)
    before = fingerprint(first.path)
    with pytest.raises(CaptureError, match="--force"):
        run_import(raw, "fr", "step-3", regions=(NAME,), docs_dir=docs_dir)
    assert fingerprint(first.path) == before
    run_import(raw, "fr", "step-3", regions=(NAME,), force=True, docs_dir=docs_dir)
    assert fingerprint(first.path)[0] != before[0]


def test_same_name_in_two_languages_goes_to_two_folders(make_capture, docs_dir):
    raw = make_capture("capture.png")
    fr = run_import(raw, "fr", "step-3", docs_dir=docs_dir)
    en = run_import(raw, "en", "step-3", docs_dir=docs_dir)
    assert fr.path.relative_to(docs_dir).parts[0] == "fr"
    assert en.path.relative_to(docs_dir).parts[0] == "en"


BAD_INPUTS = {
    "not an image": (b"Just some text, not pixels.\n" * 20, "not an image"),
    "empty": (b"", "empty"),
    "huge": (png_header_only(100_000, 100_000), "larger than any screen"),
    "very wide": (png_header_only(40_000, 10), "larger than any screen"),
    "zero": (png_header_only(0, 10), "damaged|not an image"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_is_explained(tmp_path, docs_dir, case):
    data, message = BAD_INPUTS[case]
    raw = tmp_path / "bad.png"
    raw.write_bytes(data)
    with pytest.raises(CaptureError, match=message):
        run_import(raw, "en", "bad", docs_dir=docs_dir)
    assert not docs_dir.exists()


@pytest.mark.parametrize("name", ["capture.png", "capture.jpg"])
def test_truncated_file_is_explained(make_capture, docs_dir, name):
    raw = make_capture(name, image=Image.frombytes("RGB", (400, 800), os.urandom(400 * 800 * 3)))
    raw.write_bytes(raw.read_bytes()[: raw.stat().st_size // 2])
    with pytest.raises(CaptureError, match="truncated"):
        run_import(raw, "en", "cut", docs_dir=docs_dir)


# Cut where Pillow knows the format but not yet the size (PNG: in IHDR; JPEG: in APP0).
@pytest.mark.parametrize(("name", "cut"), [("capture.png", 20), ("capture.jpg", 40)])
def test_capture_cut_inside_its_header_is_one_line(make_capture, docs_dir, name, cut, capsys):
    raw = make_capture(name)
    raw.write_bytes(raw.read_bytes()[:cut])
    argv = [str(raw), "--lang", "en", "--name", "cut", "--docs-dir", str(docs_dir)]
    assert import_screenshot.main(argv) == 1
    assert capsys.readouterr().err == (
        f"import_screenshot: error: {raw}: the image header is truncated or damaged"
        " (Truncated File Read): copy the original file again\n"
    )
    assert not docs_dir.exists()


def test_missing_file_and_folder_are_explained(tmp_path, docs_dir):
    with pytest.raises(CaptureError, match="no such file"):
        run_import(tmp_path / "nope.png", "en", "x", docs_dir=docs_dir)
    with pytest.raises(CaptureError, match="not a file"):
        run_import(tmp_path, "en", "x", docs_dir=docs_dir)


@pytest.mark.parametrize("option", ["regions", "crop"])
def test_region_past_the_edge_is_refused(make_capture, docs_dir, option):
    raw = make_capture("capture.png")
    region = Region(700, 0, 500, 100)
    arguments = {"regions": (region,)} if option == "regions" else {"crop": region}
    with pytest.raises(CaptureError, match="goes past the image"):
        run_import(raw, "en", "x", docs_dir=docs_dir, **arguments)


@pytest.mark.parametrize("text", ["1,2,3", "a,b,c,d", "1,2,-3,4", "1,2,0,4", ""])
def test_bad_region_text_is_refused(text):
    with pytest.raises(ValueError, match=r"x,y,width,height|more than 0"):
        parse_region(text)


def test_command_line_writes_and_prints_the_markdown(make_capture, docs_dir, capsys):
    raw = make_capture("capture.png")
    argv = [str(raw), "--lang", "fr", "--name", "step-3", "--docs-dir", str(docs_dir)]
    code = import_screenshot.main(
        [*argv, "--redact", "60,200,500,80", "0,0,10,10", "--date", "2025-11-01"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "](assets/images/screens/real/step-3.webp)" in out
    assert "*Capture d'écran du 1er\u00a0novembre 2025*" in out
    assert 'width="300" height="649"' in out
    assert NAME_RED not in colours(
        region_of(docs_dir / "fr" / SCREENS / "real" / "step-3.webp", NAME)
    )


def test_command_line_english_caption_and_errors(make_capture, docs_dir, capsys):
    raw = make_capture("capture.png", image=screen(1600, 1000))
    argv = [str(raw), "--lang", "en", "--name", "menu", "--docs-dir", str(docs_dir)]
    assert import_screenshot.main([*argv, "--date", "2025-11-03"]) == 0
    assert "Screenshot, taken on 3 November 2025" in capsys.readouterr().out
    assert import_screenshot.main(argv) == 1
    assert "already exists: pass --force" in capsys.readouterr().err
    assert import_screenshot.main([*argv[:-4], "--name", "Step 3", *argv[-2:]]) == 1
    assert "lower-case letters" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        import_screenshot.main([*argv, "--crop", "1,2,3"])
    assert exit_info.value.code == 2


def test_orientation_tag_is_not_kept(make_capture, docs_dir):
    raw = make_capture("capture.jpg", image=screen(600, 300), orientation=6)
    result = run_import(raw, "fr", "turned", docs_dir=docs_dir)
    with Image.open(result.path) as image:
        assert ExifTags.Base.Orientation not in image.getexif()
    with Image.open(io.BytesIO(result.path.read_bytes())) as image:
        assert image.size == (300, 600)
