"""label-unquoted: a LinkedIn label of two words or more, in plain text, is an error."""

from __future__ import annotations

from rules_site import Write, page

from sitetools.rules.run import Options, check

NBSP = "\u00a0"


def _labels(site) -> list[tuple[str, int | None, int | None, str, str]]:
    result = check(Options(config=site / "mkdocs.yml"))
    return [
        (f.file, f.line, f.column, f.target, f.message)
        for f in result.findings
        if f.check == "label-unquoted"
    ]


def test_plain_labels_are_found_quoted_and_bold_ones_are_not(site, write: Write) -> None:
    write(
        "fr/x.md",
        page(
            f"""\
            # Test {{ #test }}

            Ouvrez Préférences et confidentialité, puis Vous.
            Ouvrez «{NBSP}Préférences et confidentialité{NBSP}»
            ou **Préférences et confidentialité**.

            !!! tip "Préférences et confidentialité"
                Le titre d'un encadré n'est pas vérifié.
            """
        ),
    )
    write("en/x.md", page("# Test { #test }\n\nOpen Settings & Privacy, then Me.\n", "en"))
    assert _labels(site) == [
        (
            "docs/en/x.md",
            9,
            6,
            "Settings & Privacy",
            'LinkedIn\'s label (settings_privacy) in plain text: write "Settings & Privacy" '
            "or **bold** so the reader can spot it",
        ),
        (
            "docs/fr/x.md",
            9,
            8,
            "Préférences et confidentialité",
            "LinkedIn's label (settings_privacy) in plain text: write "
            "« Préférences et confidentialité » or **bold** so the reader can spot it",
        ),
    ]
