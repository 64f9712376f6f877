"""The mockup sources and the committed illustrations: labels, template, naming, pages.

No browser here: these run everywhere and catch a template change without `make screenshots`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from sitetools.screenshots import mockup, naming
from sitetools.screenshots.captions import ALT_TODO
from sitetools.screenshots.labels import LabelsError, load_all, load_labels
from sitetools.screenshots.limits import MAX_BYTES, MAX_WIDTH
from sitetools.screenshots.render import plan, render_all
from sitetools.screenshots.spec import SpecError, load_spec
from sitetools.screenshots.webp import PIXEL_CHUNKS, riff_chunks

SOURCES = naming.SOURCE_DIR
SPEC = load_spec(SOURCES / "shots.yml")
JOBS = SPEC.jobs()
LIGHT = [job for job in JOBS if job.scheme == "light"]  # the scheme only changes a class
LABELS = load_all(SOURCES, SPEC.languages)
ENV = mockup.environment(SOURCES)
# facts.md §2, copied exactly; None where a label was not seen in that language.
EXPECTED = {
    "fr": {
        "me": "Vous",
        "settings_privacy": "Préférences et confidentialité",
        "data_privacy": "Confidentialité des données",
        "data_use_section": None,
        "genai_setting": "Données pour l'amélioration de l'IA générative",
        "genai_question": None,
        "genai_toggle": (
            "Utiliser mes données pour entraîner les modèles d'IA de création de contenu"
        ),
        "objection_form": "Formulaire d'opposition au traitement des données",
        "data_sharing": None,
    },
    "en": {
        "me": "Me",
        "settings_privacy": "Settings & Privacy",
        "data_privacy": "Data privacy",
        "data_use_section": "How LinkedIn uses your data",
        "genai_setting": "Data for Generative AI Improvement",
        "genai_question": (
            "Can LinkedIn use your personal data and content you create on LinkedIn to train"
            " generative AI models that create content?"
        ),
        "genai_toggle": "Use my data for training content creation AI models",
        "objection_form": "Data Processing Objection Form",
        "data_sharing": "Data sharing",
    },
}


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_labels_are_the_facts_sheet_ones(lang):
    labels = LABELS[lang]
    for key, value in EXPECTED[lang].items():
        assert labels[key] == value, key


def test_labels_files_must_agree(tmp_path):
    (tmp_path / "labels.fr.yml").write_text("lang: fr\nme: Vous\n", encoding="utf-8")
    (tmp_path / "labels.en.yml").write_text("lang: en\n", encoding="utf-8")
    with pytest.raises(LabelsError, match="differ in"):
        load_all(tmp_path, ("fr", "en"))
    (tmp_path / "labels.en.yml").write_text("lang: en\nme: [1]\n", encoding="utf-8")
    with pytest.raises(LabelsError, match="string or null"):
        load_labels(tmp_path / "labels.en.yml")


def test_spec_fits_the_width_limit_and_covers_both_devices():
    assert {job.device.name for job in JOBS} == {"desktop", "phone"}
    assert all(job.device.pixel_width <= MAX_WIDTH for job in JOBS)
    assert SPEC.schemes == ("light", "dark")
    assert len(JOBS) == len({job.path(naming.DOCS_DIR) for job in JOBS})


def test_spec_errors_are_explained(tmp_path):
    spec = tmp_path / "shots.yml"
    text = (SOURCES / "shots.yml").read_text(encoding="utf-8")
    desktop = "width: 1024, height: 640, scale: 0.75,"
    assert desktop in text
    spec.write_text(text.replace(desktop, "width: 1024, height: 640, scale: 2,"), encoding="utf-8")
    with pytest.raises(SpecError, match="over 1600 px"):
        load_spec(spec)
    for scale, message in [("1/0", "device desktop: Fraction"), ("two", "device desktop:")]:
        bad = desktop.replace("0.75", scale)
        spec.write_text(text.replace(desktop, bad), encoding="utf-8")
        with pytest.raises(SpecError, match=message):
            load_spec(spec)
    spec.write_text(text.replace("devices: [desktop]", "devices: [tablet]"), encoding="utf-8")
    with pytest.raises(SpecError, match="unknown device tablet"):
        load_spec(spec)
    crop = "crop: {phone: {top: 0, height: 260}}"
    assert crop in text
    for bad, message in [
        ("crop: {phone: {top: 600, height: 260}}", "outside the 844 px tall phone viewport"),
        ("crop: {desktop: {top: 0, height: 260}}", "crop for desktop, not one of its devices"),
        ("crop: {phone: {height: 260}}", "crop: 'top'"),
        ("crop: {phone: {top: 0, height: -1}}", "outside"),
        ("crop: {phone: {top: 0, height: 261}}", "not a whole number of pixels"),
    ]:
        spec.write_text(text.replace(crop, bad, 1), encoding="utf-8")
        with pytest.raises(SpecError, match=message):
            load_spec(spec)


@pytest.mark.parametrize("job", LIGHT, ids=lambda job: f"{job.lang}-{job.device.name}-{job.step}")
def test_every_page_uses_only_local_resources_and_known_labels(job):
    html = mockup.render_html(ENV, job, LABELS[job.lang])
    urls = re.findall(r'(?:src|href)="([^"]*)"|url\("?([^")]*)', html)
    assert urls
    assert all(url.startswith(mockup.FONT_URL) for pair in urls for url in pair if url)
    assert "http" not in html
    other = "en" if job.lang == "fr" else "fr"
    for key, value in LABELS[other].items():
        if value and key not in ("lang", "member_name") and value != LABELS[job.lang][key]:
            assert value not in html, f"{other} label {key} in a {job.lang} drawing"


def test_unknown_step_fails_loudly():
    job = JOBS[0]
    odd = type(job)(job.lang, job.device, "no-such-step", job.scheme)
    with pytest.raises(mockup.MockupError, match="no desktop drawing for step no-such-step"):
        mockup.render_html(ENV, odd, LABELS[job.lang])


@pytest.mark.parametrize("value", ["Step 3", "../x", "a--b", "", "é", "-a", "x" * 61, "a/b", "a.b"])
def test_bad_names_are_refused(value):
    with pytest.raises(naming.PlacementError):
        naming.imported_path(Path("out"), "fr", value)


def test_naming_rule():
    """The language folder marks the language; both pages link the same relative path."""
    docs = Path("docs")
    rendered = naming.rendered_path(docs, "fr", "desktop", "menu", "dark")
    assert rendered == Path("docs/fr/assets/images/screens/desktop-menu-dark.webp")
    imported = naming.imported_path(docs, "en", "step-3")
    assert imported == Path("docs/en/assets/images/screens/real/step-3.webp")
    assert naming.page_link(docs, imported) == "assets/images/screens/real/step-3.webp"
    with pytest.raises(naming.PlacementError, match="expected one of fr, en"):
        naming.imported_path(docs, "de", "step-3")


def test_committed_illustrations_are_up_to_date():
    """A template, label or spec change must come with `make screenshots`."""
    report = render_all(check=True)
    stale = [path.relative_to(naming.ROOT).as_posix() for path in report.stale]
    assert not stale, f"run `make screenshots`: {len(stale)} out of date, e.g. {stale[:3]}"
    assert not report.orphans


@pytest.mark.parametrize("job", JOBS, ids=lambda job: job.path(Path()).as_posix())
def test_committed_illustration_meets_the_limits(job):
    path = job.path(naming.DOCS_DIR)
    data = path.read_bytes()
    assert len(data) <= MAX_BYTES
    assert set(riff_chunks(data)) <= PIXEL_CHUNKS
    with Image.open(path) as image:
        assert image.size == job.pixel_size


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_opt_out_page_shows_every_illustration_of_its_language(lang):
    page = (naming.DOCS_DIR / lang / "opt-out.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"\]\((assets/images/screens/[^)#]+)#only-(light|dark)\)", page))
    wanted = {
        (naming.page_link(naming.DOCS_DIR, item.job.path(naming.DOCS_DIR)), item.job.scheme)
        for item in plan(SOURCES, naming.DOCS_DIR)
        if item.job.lang == lang
    }
    assert wanted == shown


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_opt_out_page_gives_each_illustration_its_own_size(lang):
    """Width and height attributes reserve the image's room: a cropped one is shorter."""
    page = (naming.DOCS_DIR / lang / "opt-out.md").read_text(encoding="utf-8")
    written = re.findall(
        r'\]\((assets/images/screens/[^)#]+)#[^)]*\)\{ width="(\d+)" height="(\d+)"', page
    )
    assert written
    expected = {
        naming.page_link(naming.DOCS_DIR, job.path(naming.DOCS_DIR)): job.display_size
        for job in JOBS
        if job.lang == lang
    }
    for link, width, height in written:
        assert (int(width), int(height)) == expected[link], link
    for job in JOBS:
        with Image.open(job.path(naming.DOCS_DIR)) as image:
            ratio = image.width / image.height
        display_width, display_height = job.display_size
        assert abs(display_width / display_height - ratio) < 0.01, job


def test_phone_crops_keep_the_top_and_cut_most_of_the_screen():
    """Each phone image keeps the app bar (where am I?) and is at most half a phone screen."""
    for job in JOBS:
        if job.device.name == "phone":
            assert job.crop is not None and job.crop.top == 0, job.step
            assert job.crop.height <= job.device.height / 2, job.step


def test_no_page_keeps_the_import_alt_placeholder():
    """import_screenshot.py prints a placeholder alt text: it must be replaced before merging."""
    for page in sorted(naming.DOCS_DIR.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for placeholder in ALT_TODO.values():
            assert placeholder not in text, f"{page}: describe what to tap in the alt text"
