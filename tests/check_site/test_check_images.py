"""Screenshot checks: missing, alt, size, width, metadata, format, language, unused."""

from __future__ import annotations

import io
import random

import pytest
from PIL import ExifTags, Image, PngImagePlugin

from sitetools.check.images import inspect

SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>\n'


def image(fmt: str = "PNG", size: tuple[int, int] = (8, 8), **options: object) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, fmt, **options)
    return buffer.getvalue()


def noise(side: int) -> bytes:
    """A PNG that does not compress: about 3 bytes a pixel."""
    rng = random.Random(5)
    picture = Image.frombytes(
        "RGB", (side, side), bytes(rng.randrange(256) for _ in range(side * side * 3))
    )
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def png_text(key: str, value: str) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_itxt(key, value)
    return image("PNG", pnginfo=info)


def jpeg_exif(gps: bool) -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Model] = "Phone 9"
    if gps:
        exif[ExifTags.Base.GPSInfo] = {1: "N", 2: (48.0, 51.0, 0.0)}
    return image("JPEG", exif=exif)


def page(*images: str) -> str:
    return (
        "# Page\n\n" + "\n\n".join(f"![Shot {n}]({name})" for n, name in enumerate(images)) + "\n"
    )


def test_accepted_clean_images_pass(make_site, check):
    config = make_site(
        {
            "fr/index.md": page(
                "a.png", "b.jpg", "c.jpeg", "d.webp", "e.avif", "f.svg", "a.png#only-light"
            ),
            "fr/a.png": image("PNG"),
            "fr/b.jpg": image("JPEG"),
            "fr/c.jpeg": image("JPEG"),
            "fr/d.webp": image("WEBP"),
            "fr/e.avif": image("AVIF"),
            "fr/f.svg": SVG,
            "en/index.md": "# Home\n",
        }
    )
    run = check(config)
    assert run.findings == []
    assert run.code == 0
    assert run.json["summary"]["images"] == 6


def test_missing_image_and_missing_alt(make_site, check):
    config = make_site(
        {
            "fr/index.md": "![](a.png) ![Absente](absente.png)\n\n"
            '<img src="a.png">\n<img src="a.png" alt="A">\n',
            "fr/a.png": image(),
            "en/index.md": "# Home\n",
        }
    )
    run = check(config)
    assert run.findings == [
        ("error", "image-alt", "docs/fr/index.md", 1, "a.png"),
        ("error", "image-missing", "docs/fr/index.md", 1, "absente.png"),
        ("error", "image-alt", "docs/fr/index.md", 3, "a.png"),
    ]
    assert run.messages == [
        "no alt text: describe what the image shows",
        "docs/fr/absente.png does not exist",
        "no alt text: describe what the image shows",
    ]


def test_size_and_width_limits(make_site, check):
    files = {
        "fr/index.md": page("heavy.png", "wide.png"),
        "fr/heavy.png": noise(40),  # about 5 KB
        "fr/wide.png": image(size=(1601, 2)),
        "en/index.md": "# Home\n",
    }
    run = check(make_site(files), "--max-image-kb", "2")
    assert run.findings == [
        ("error", "image-size", "docs/fr/heavy.png", None, "docs/fr/heavy.png"),
        ("error", "image-width", "docs/fr/wide.png", None, "docs/fr/wide.png"),
    ]
    kb = -(-len(files["fr/heavy.png"]) // 1024)
    assert run.messages == [f"{kb} KB, over the 2 KB limit", "1601 px wide, over the 1600 px limit"]
    assert (
        check(make_site(files), "--max-image-kb", "200", "--max-image-width", "1601").findings == []
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("exif.jpg", jpeg_exif(gps=False), "carries EXIF (Make, Model)"),
        ("gps.jpg", jpeg_exif(gps=True), "carries EXIF (Make, Model), GPS"),
        ("comment.jpg", image("JPEG", comment=b"shot by Jane"), "carries a comment"),
        ("xmp.webp", image("WEBP", xmp=b"<x:xmpmeta/>"), "carries XMP"),
        ("xmp.png", png_text("XML:com.adobe.xmp", "<x:xmpmeta/>"), "carries XMP"),
        ("text.png", png_text("Author", "Jane Doe"), "carries PNG text (Author)"),
    ],
)
def test_metadata(make_site, check, name, data, message):
    config = make_site({"fr/index.md": page(name), f"fr/{name}": data, "en/index.md": "# Home\n"})
    run = check(config)
    assert run.findings == [("error", "image-metadata", f"docs/fr/{name}", None, f"docs/fr/{name}")]
    assert run.messages == [
        f"{message}: strip it (scripts/import_screenshot.py does, or exiftool -all= FILE)"
    ]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("png-data.jpg", image("PNG"), "the file holds PNG data but is named .jpg"),
        (
            "anim.gif",
            image("GIF"),
            "'.gif' is not an accepted image format (PNG, WebP, AVIF, SVG, JPEG)",
        ),
        ("text.png", b"hello, not an image\n", "not a readable image (expected PNG)"),
        ("vector.png", SVG, "the file holds SVG data but is named .png"),
    ],
)
def test_format(make_site, check, name, data, message):
    config = make_site({"fr/index.md": page(name), f"fr/{name}": data, "en/index.md": "# Home\n"})
    run = check(config)
    assert run.findings == [("error", "image-format", f"docs/fr/{name}", None, f"docs/fr/{name}")]
    assert run.messages == [message]


def test_image_language_folder_and_suffix_marks(make_site, check):
    config = make_site(
        {
            "fr/index.md": page(
                "../en/img/shot.png", "../assets/menu.en.png", "../assets/shared.png"
            ),
            "en/index.md": page("img/shot.png", "../assets/menu.en.png", "../assets/menu.fr.png"),
            "en/img/shot.png": image(),
            "assets/menu.en.png": image(),
            "assets/menu.fr.png": image(),
            "assets/shared.png": image(),
        }
    )
    run = check(config)
    assert run.findings == [
        ("error", "image-language", "docs/en/index.md", 7, "../assets/menu.fr.png"),
        ("error", "image-language", "docs/fr/index.md", 3, "../en/img/shot.png"),
        ("error", "image-language", "docs/fr/index.md", 5, "../assets/menu.en.png"),
    ]
    assert run.messages == [
        "docs/assets/menu.fr.png is meant for the 'fr' pages, and this page is in 'en'",
        "docs/en/img/shot.png is meant for the 'en' pages, and this page is in 'fr'",
        "docs/assets/menu.en.png is meant for the 'en' pages, and this page is in 'fr'",
    ]


def test_suffix_structure_localises_images(make_site, check):
    """shot.png on an English page is shot.en.png when it exists, as the i18n plugin does."""
    config = make_site(
        {
            "index.md": page("shot.png"),
            "index.en.md": page("shot.png"),
            "shot.png": image(),
            "shot.en.png": image(),
        },
        structure="suffix",
    )
    run = check(config)
    assert run.findings == []
    assert run.json["summary"]["images"] == 2


def test_unused_images_are_warnings(make_site, check):
    config = make_site(
        {
            "fr/index.md": "---\nimage: assets/card.png\n---\n\n[voir](../assets/linked.png)\n",
            "en/index.md": "# Home\n",
            "assets/orphan.png": image(),
            "assets/linked.png": image(),
            "assets/card.png": image(),
            "assets/bg.webp": image("WEBP"),
            "assets/site.css": "body { background: url(bg.webp); }\n",
            ".hidden/ignored.png": image(),
        }
    )
    run = check(config)
    assert run.code == 0
    assert run.findings == [
        ("warning", "image-unused", "docs/assets/orphan.png", None, "docs/assets/orphan.png")
    ]
    assert run.messages == ["no page uses this image: link it or delete it"]


def test_config_favicon_is_used(make_site, check):
    config = make_site({"fr/index.md": "# A\n", "en/index.md": "# B\n", "assets/icon.png": image()})
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text + "theme:\n  name: mkdocs\n  favicon: assets/icon.png\n", encoding="utf-8"
    )
    assert check(config).findings == []


def test_inspect_reads_what_pillow_cannot_open(tmp_path):
    fake_avif = tmp_path / "x.avif"
    fake_avif.write_bytes(b"\x00\x00\x00\x1cftypavif" + b"\x00" * 32)
    assert inspect(fake_avif).format == "AVIF"
    assert inspect(tmp_path / "absent.png").format is None


# A build hook that draws an image into the build (as the share kit does) from `folder`,
# outside docs/: kept elsewhere (a cache) or held in memory.
GENERATING_HOOK = """\
from pathlib import Path
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

KEPT = Path({kept!r})

@event_priority(-150)
def on_files(files, config):
    files.append(File.generated(config, "fr/kept.png", abs_src_path=str(KEPT)))
    files.append(File.generated(config, "fr/drawn.png", content=KEPT.read_bytes()))
    return files
"""


@pytest.mark.parametrize("link", ["[Download](heavy.png)", '<a href="heavy.png">Download</a>'])
def test_an_image_a_page_only_links_to_is_inspected(make_site, check, link):
    files = {
        "fr/index.md": f"# Page\n\n{link}\n",
        "fr/heavy.png": noise(40),
        "en/index.md": "# Home\n",
    }
    run = check(make_site(files), "--max-image-kb", "2")
    assert ("error", "image-size", "docs/fr/heavy.png", None, "docs/fr/heavy.png") in run.findings


def test_an_image_a_hook_adds_to_the_build_is_inspected(make_site, check, tmp_path):
    kept = tmp_path / "cache" / "kept.png"  # outside the project, as under SITE_CACHE_DIR
    kept.parent.mkdir()
    kept.write_bytes(png_text("Author", "someone"))
    config = make_site(
        {
            "fr/index.md": "# Page\n\n[Kept](kept.png) · [Drawn](drawn.png)\n",
            "en/index.md": "# Home\n",
        }
    )
    (config.parent / "hooks.py").write_text(GENERATING_HOOK.format(kept=str(kept)), "utf-8")
    config.write_text(config.read_text("utf-8") + "hooks:\n  - hooks.py\n", "utf-8")
    run = check(config)
    metadata = [finding for finding in run.findings if finding[1] == "image-metadata"]
    assert len(metadata) == 2, run.findings
    # Named by their place in the built site and what drew them: no project file to name.
    assert sorted(finding[2] for finding in metadata) == [
        "fr/drawn.png (drawn by hooks.py)",
        "fr/kept.png (drawn by hooks.py)",
    ]
    assert run.json["summary"]["images"] == 2
