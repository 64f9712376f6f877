"""PDF checks: size, metadata, format, title and language, at the link to the file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject, TextStringObject

from sitetools.check.documents import is_pdf, problems
from sitetools.check.validate import DEFAULT_LIMITS

XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>'


def pdf(
    title: str | None = "Guide",
    lang: str | None = "fr",
    info: dict[str, str] | None = None,
    xmp: bool = False,
    password: str | None = None,
) -> bytes:
    """A one-page PDF with exactly the given properties (pypdf's own Producer removed)."""
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.metadata = None
    properties = {**({"/Title": title} if title else {}), **(info or {})}
    if properties:
        writer.add_metadata(properties)
    if lang:
        writer._root_object[NameObject("/Lang")] = TextStringObject(lang)
    if xmp:
        stream = DecodedStreamObject()
        stream.set_data(XMP)
        writer._root_object[NameObject("/Metadata")] = writer._add_object(stream)
    if password:
        writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def linking(*targets: str) -> str:
    """A page whose line 3 (and the next ones) link to each target."""
    return "# Page\n\n" + "\n".join(f"See [the document]({t})." for t in targets) + "\n"


def site_with(make_site, pdf_bytes: bytes, page: str | None = None):
    return make_site(
        {
            "fr/index.md": page if page is not None else linking("guide.pdf"),
            "fr/guide.pdf": pdf_bytes,
            "en/index.md": "# Home\n",
        }
    )


def test_a_clean_pdf_gives_no_finding(make_site, check):
    # A bare date (no time of day) is a date of publication, not a trace: the share kit's.
    clean = pdf(info={"/Subject": "Opt out", "/CreationDate": "D:20261205000000Z"})
    run = check(site_with(make_site, clean))
    assert run.findings == []
    assert run.json["summary"]["documents"] == 1


def test_identifying_metadata_is_reported_at_the_link(make_site, check):
    info = {
        "/Author": "Jane Doe",
        "/Producer": "Office 365",
        "/CreationDate": "D:20261205143012+01'00'",
    }
    run = check(site_with(make_site, pdf(info=info, xmp=True)))
    assert run.findings == [("error", "pdf-metadata", "docs/fr/index.md", 3, "guide.pdf")]
    assert run.messages == [
        "docs/fr/guide.pdf: carries Author, CreationDate with a time of day, Producer, XMP: "
        "remove them from the document's properties, or export it without them"
    ]
    assert run.code == 1


def test_an_oversized_pdf(make_site, check):
    heavy = pdf(info={"/Keywords": "x" * 3000})
    run = check(site_with(make_site, heavy), "--max-pdf-kb", "2")
    assert run.findings == [("error", "pdf-size", "docs/fr/index.md", 3, "guide.pdf")]
    assert run.messages == ["docs/fr/guide.pdf: 4 KB, over the 2 KB limit"]
    assert check(site_with(make_site, heavy), "--max-pdf-kb", "4").findings == []


def test_the_default_limit_is_the_share_kits_one_mb():
    assert DEFAULT_LIMITS.max_pdf_kb == 1024


GOOD = pdf()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html>not a pdf</html>", "not a PDF (no %PDF- header)"),
        (b"", "not a PDF (no %PDF- header)"),
        (GOOD[: len(GOOD) // 2], "truncated (no %%EOF at its end)"),
        (b"%PDF-1.7\n" + b"\x00garbage" * 40 + b"\n%%EOF\n", "not a readable PDF ("),
        (pdf(password="secret"), "encrypted with a password: readers cannot open it"),
    ],
    ids=["html", "empty", "truncated", "garbage", "encrypted"],
)
def test_an_unreadable_pdf_is_one_finding(make_site, check, capsys, content, message):
    run = check(site_with(make_site, content))
    assert run.findings == [("error", "pdf-format", "docs/fr/index.md", 3, "guide.pdf")]
    assert run.messages[0].startswith(f"docs/fr/guide.pdf: {message}")
    assert (run.err, capsys.readouterr().err) == ("", "")
    assert run.code == 1


def test_what_pypdf_repairs_is_said_nowhere(make_site, check, capsys):
    # pypdf finds the catalogue of a trailer without /Root, and logs that it did.
    repaired = GOOD.replace(b"/Root", b"/Rooo")
    run = check(site_with(make_site, repaired))
    assert run.findings == []
    assert (run.err, capsys.readouterr().err) == ("", "")


def test_missing_title_and_language_are_warnings(make_site, check):
    run = check(site_with(make_site, pdf(title=None, lang=None)))
    assert run.findings == [
        ("warning", "pdf-language", "docs/fr/index.md", 3, "guide.pdf"),
        ("warning", "pdf-title", "docs/fr/index.md", 3, "guide.pdf"),
    ]
    assert run.code == 0


def test_one_finding_per_file_at_its_first_link(make_site, check):
    page = linking("guide.pdf", "./guide.pdf#page=2", "/guide.pdf")
    run = check(site_with(make_site, pdf(info={"/Author": "Jane"}), page))
    assert run.findings == [("error", "pdf-metadata", "docs/fr/index.md", 3, "guide.pdf")]


def test_a_published_pdf_no_page_links_is_inspected_as_a_file(make_site, check):
    run = check(site_with(make_site, pdf(info={"/Author": "Jane"}), "# Page\n"))
    assert run.findings == [
        ("error", "pdf-metadata", "docs/fr/guide.pdf", None, "docs/fr/guide.pdf")
    ]


def test_a_broken_link_to_a_pdf_is_a_link_finding_only(make_site, check):
    run = check(make_site({"fr/index.md": linking("absent.pdf"), "en/index.md": "# Home\n"}))
    assert [finding[1] for finding in run.findings] == ["link-page"]


# A build hook that adds a PDF to the build and a link to it into the page, as the share kit's
# plugin does: the link is in no source file, so the finding names the page that shows it.
PDF_HOOK = """\
from pathlib import Path
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

KEPT = Path({kept!r})

@event_priority(-150)
def on_files(files, config):
    files.append(File.generated(config, "fr/assets/kit.pdf", abs_src_path=str(KEPT)))
    return files

def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri == "fr/index.md":
        markdown += "\\n[The kit](assets/kit.pdf)\\n"
    return markdown
"""


def test_a_pdf_a_hook_adds_is_reported_at_the_page_that_links_it(make_site, check, tmp_path):
    kept = tmp_path / "cache" / "kit.pdf"  # outside the project, as the share kit's cache
    kept.parent.mkdir()
    kept.write_bytes(pdf(info={"/Creator": "fpdf2"}))
    config = make_site({"fr/index.md": "# Page\n", "en/index.md": "# Home\n"})
    (config.parent / "hooks.py").write_text(PDF_HOOK.format(kept=str(kept)), "utf-8")
    config.write_text(config.read_text("utf-8") + "hooks:\n  - hooks.py\n", "utf-8")
    run = check(config)
    assert run.findings == [("error", "pdf-metadata", "docs/fr/index.md", None, "assets/kit.pdf")]
    assert run.messages[0].startswith("fr/assets/kit.pdf (drawn by hooks.py): carries Creator")


def test_our_share_kit_pdfs_give_no_finding(site: Path):
    documents = sorted(path for path in site.rglob("*") if is_pdf(path.name))
    # The Share page of each language links its carousel.
    assert any(path.is_relative_to(site / "assets" / "share") for path in documents)
    assert any(path.is_relative_to(site / "en" / "assets" / "share") for path in documents)
    for path in documents:
        assert problems(path, DEFAULT_LIMITS.max_pdf_kb) == [], path
