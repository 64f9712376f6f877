"""Quoted labels against the glossary: exact is fine, close is an error, the rest is prose."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from cli_run import Run
from git_repo import append, edit
from helpers import ROOT

from sitetools.languages import load
from sitetools.prose import Text
from sitetools.translations.glossary import Glossary, Label
from sitetools.translations.labels import check_page, judge, quotes

# The real table: how each language quotes a label.
LOCALES = load(ROOT)
UNACCENTED = "Parametres et confidentialité"  # codespell:ignore
GLOSSARY = Glossary(
    labels=(
        Label("me", {"fr": "Vous", "en": "Me"}),
        Label(
            "settings_privacy",
            {"fr": "Préférences et confidentialité", "en": "Settings & Privacy"},
            variants={"en": ("Settings and Privacy",)},
            avoid={"fr": ("Paramètres et confidentialité",)},
        ),
        Label("data_privacy", {"fr": "Confidentialité des données", "en": "Data privacy"}),
        Label(
            "genai_setting",
            {
                "fr": "Données pour l'amélioration de l'IA générative",
                "en": "Data for Generative AI Improvement",
            },
        ),
        Label(
            "genai_toggle",
            {
                "fr": "Utiliser mes données pour entraîner les modèles d'IA de création de contenu",
                "en": "Use my data for training content creation AI models",
            },
            variants={
                "fr": (
                    "Utiliser mes données pour entraîner des modèles d'IA de création de contenu",
                )
            },
        ),
        Label("data_sharing", {"fr": None, "en": "Data sharing"}),
    ),
    guides=("opt-out.md",),
)


def verdict(text: str, lang: str) -> str | None:
    """The problem found in a page of ``lang`` whose only text is ``text``."""
    (quote,) = quotes([Text(1, text)])
    return judge(quote, lang, GLOSSARY, LOCALES).problem


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cliquez sur « Vous ».", "fr"),
        ("Ouvrez «\u00a0Confidentialité des données\u00a0».", "fr"),
        ('Select "Settings & Privacy".', "en"),
        ('S9 writes "Settings and Privacy".', "en"),
        ("« …entraîner des modèles d'IA de création de contenu »", "fr"),
        ("« …entraîner les modèles d'IA de création de contenu »", "fr"),
        # A label of the other language, quoted as such: « Data sharing » on a French page.
        ("le réglage « Data sharing »", "fr"),
        # Ordinary quotes, even with words in common with a label.
        ("« protection des données »", "fr"),
        ("« traitement des données »", "fr"),
        ("« opt-out »", "fr"),
        ('"Settings"', "en"),
        ('"Data"', "en"),
        ("« Formulaire »", "fr"),
        ("« LinkedIn utilisera bientôt les données personnelles de ses abonnés »", "fr"),
        ('width="768"', "en"),
    ],
)
def test_exact_labels_and_ordinary_quotes_pass(text: str, lang: str) -> None:
    assert verdict(text, lang) is None


@pytest.mark.parametrize(
    ("text", "lang", "problem"),
    [
        (
            "« Paramètres et confidentialité »",
            "fr",
            "not LinkedIn's label (settings_privacy): write « Préférences et confidentialité »",
        ),
        (
            '"Data Privacy"',
            "en",
            "differs in case or accents from LinkedIn's label (data_privacy): "
            'write "Data privacy"',
        ),
        (
            "« Confidentialité des donnees »",
            "fr",
            "differs in case or accents from LinkedIn's label (data_privacy): "
            "write « Confidentialité des données »",
        ),
        (
            "« Données pour l'amélioration de l'IA »",
            "fr",
            "differs by one word from LinkedIn's label (genai_setting): "
            "write « Données pour l'amélioration de l'IA générative »",
        ),
        (
            "« Utiliser mes données pour entraîner les modèles d'IA »",
            "fr",
            "cuts short LinkedIn's label (genai_toggle): "
            "write « Utiliser mes données pour entraîner les modèles d'IA de création de contenu »",
        ),
        (
            '"Use my data for training content generation AI models"',
            "en",
            "differs by one word from LinkedIn's label (genai_toggle): "
            'write "Use my data for training content creation AI models"',
        ),
        (
            "« …entraîner ces modèles d'IA de création de contenu »",
            "fr",
            "differs from part of LinkedIn's label (genai_toggle): "
            "write « Utiliser mes données pour entraîner les modèles d'IA de création de contenu »",
        ),
        (
            "**Data for generative AI improvement**",
            "en",
            "differs in case or accents from LinkedIn's label (genai_setting): "
            'write "Data for Generative AI Improvement"',
        ),
    ],
)
def test_close_but_wrong_labels_are_errors(text: str, lang: str, problem: str) -> None:
    texts = [Text(1, text.strip("*"), strong=True)] if text.startswith("**") else [Text(1, text)]
    (quote,) = quotes(texts)
    assert judge(quote, lang, GLOSSARY, LOCALES).problem == problem


def test_findings_name_file_and_line_and_used_labels() -> None:
    texts = [Text(3, "Cliquez sur « Vous »."), Text(7, f"Puis « {UNACCENTED} ».")]
    findings, used = check_page("docs/fr/opt-out.md", "fr", texts, GLOSSARY, LOCALES)
    assert used == {"me"}
    assert [(f.check.value, f.file, f.line, f.target) for f in findings] == [
        ("label-mismatch", "docs/fr/opt-out.md", 7, UNACCENTED)
    ]


def test_a_guide_missing_a_label_is_warned(copy: Path, check: Callable[..., Run]) -> None:
    page = copy / "docs" / "en" / "opt-out.md"
    page.write_text(page.read_text(encoding="utf-8").replace('"Data sharing"', "data sharing"))
    run = check(copy, "--no-git")
    assert run.code == 0
    assert run.findings == {("warning", "label-unused", "docs/en/opt-out.md", None, "data_sharing")}
    assert run.message("label-unused", "docs/en/opt-out.md") == (
        'the guide never quotes LinkedIn\'s label "Data sharing" (data_sharing)'
    )


def test_a_label_in_bold_or_alt_text_or_front_matter_is_checked(
    copy: Path, check: Callable[..., Run]
) -> None:
    line = append(
        copy / "docs" / "en" / "faq.md", '![Open "Data Privacy"](x.webp) and **Settings & privacy**'
    )
    description = edit(
        copy / "docs" / "en" / "opt-out.md",
        'description: "Turn off \\"Data for Generative AI Improvement\\"',
        'description: "Turn off \\"Data for Generative AI improvement\\"',
    )
    run = check(copy, "--no-git")
    assert run.findings == {
        ("error", "label-mismatch", "docs/en/faq.md", line, "Data Privacy"),
        ("error", "label-mismatch", "docs/en/faq.md", line, "Settings & privacy"),
        (
            "error",
            "label-mismatch",
            "docs/en/opt-out.md",
            description,
            "Data for Generative AI improvement",
        ),
    }


def test_code_is_not_checked(copy: Path, check: Callable[..., Run]) -> None:
    append(copy / "docs" / "en" / "faq.md", '`"Data Privacy"`\n\n```text\n"Data Privacy"\n```')
    assert check(copy, "--no-git").json["findings"] == []


def test_illustrations_must_draw_the_glossary_labels(copy: Path, check: Callable[..., Run]) -> None:
    line = edit(
        copy / "screenshots" / "labels.en.yml",
        "data_privacy: Data privacy",
        "data_privacy: Data Privacy",
    )
    run = check(copy, "--no-git")
    assert run.code == 1
    assert run.findings == {
        ("error", "label-illustration", "screenshots/labels.en.yml", line, "data_privacy")
    }
    assert run.message("label-illustration", "screenshots/labels.en.yml") == (
        "draws 'Data Privacy' where the glossary has 'Data privacy'"
    )


def test_changing_a_label_in_the_glossary_flags_every_page(
    copy: Path, check: Callable[..., Run]
) -> None:
    edit(copy / "glossary" / "ui-labels.yml", "en: Data privacy", "en: Data Privacy")
    run = check(copy, "--no-git")
    files = {f[2] for f in run.findings if f[1] == "label-mismatch"}
    assert "docs/en/opt-out.md" in files
    assert ("error", "label-illustration", "screenshots/labels.en.yml") in {
        f[:3] for f in run.findings
    }


def test_without_a_glossary_labels_are_skipped_with_a_note(
    copy: Path, check: Callable[..., Run]
) -> None:
    (copy / "glossary" / "ui-labels.yml").unlink()
    run = check(copy, "--no-git")
    assert run.code == 0
    assert "no glossary/ui-labels.yml: interface labels not checked" in run.json["summary"]["notes"]


def test_an_explicit_glossary_that_is_missing_is_a_usage_error(
    copy: Path, check: Callable[..., Run]
) -> None:
    run = check(copy, "--glossary", str(copy / "nope.yml"))
    assert run.code == 2
    assert run.err.startswith("check_translations.py: error: nope.yml: cannot read")


@pytest.mark.parametrize(
    ("entry", "error"),
    [
        ("me:\n    fr: 3\n    en: Me\n", "labels.me.fr: expected a string or null"),
        ("me:\n    fr: null\n    en: Me\n", "labels.me.fr: null needs a 'note'"),
        ("me: Vous\n", "labels.me: expected a mapping with fr, en"),
        (
            "me:\n    fr: Vous\n    en: Me\n    avoid: {de: [Sie]}\n",  # codespell:ignore
            "labels.me.avoid: expected a mapping of fr, en",
        ),
    ],
)
def test_glossary_validation(copy: Path, check: Callable[..., Run], entry: str, error: str) -> None:
    (copy / "glossary" / "ui-labels.yml").write_text(f"labels:\n  {entry}", encoding="utf-8")
    run = check(copy, "--no-git")
    assert run.code == 2
    assert error in run.err
