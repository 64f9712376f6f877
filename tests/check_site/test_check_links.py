"""link-page and link-anchor, in both docs structures, and the ids pages really have."""

from __future__ import annotations

PAGE_FR = """\
# Accueil { #home }

## Prérequis

Paragraphe avec <span id="s12">une source</span>.

Un paragraphe ciblé
{ #cible }

<a id="ancre-html"></a>

Une note[^1].

[^1]: Texte de la note.

=== "Android"

    Ouvrir l'application.

Liens : [p](#prerequis) [s](#s12) [c](#cible) [h](#ancre-html) [f](#fn:1) [t](#__tabbed_1_1)
[autre](autre.md#partie) [dossier](sous/) [img](img.png#only-light) [vide](autre.md#)
"""


def test_every_kind_of_id_is_found(make_site, check):
    config = make_site(
        {
            "fr/index.md": PAGE_FR,
            "fr/autre.md": "# Autre\n\n## Partie { #partie }\n",
            "fr/sous/index.md": "# Sous\n",
            "fr/img.png": b"",
            "en/index.md": "# Home\n",
            "en/autre.md": "# Other\n",
            "en/sous/index.md": "# Sub\n",
        }
    )
    run = check(config)
    assert [f for f in run.findings if f[1].startswith("link")] == []


def test_missing_page_and_missing_anchor(make_site, check):
    config = make_site(
        {
            "fr/index.md": """\
            # Accueil

            ## Prérequis

            [a](absente.md) [b](autre.md#nulle-part) [c](#prerequis) [d](#prérequis)
            [e](#Prerequis) [f](../en/autre.md#only-en)
            """,
            "fr/autre.md": "# Autre\n",
            "en/index.md": "# Home\n",
            "en/autre.md": "# Other\n\n## Only in English { #only-en }\n",
        }
    )
    run = check(config)
    assert run.code == 1
    assert run.findings == [
        ("error", "link-page", "docs/fr/index.md", 5, "absente.md"),
        ("error", "link-anchor", "docs/fr/index.md", 5, "autre.md#nulle-part"),
        ("error", "link-anchor", "docs/fr/index.md", 5, "#prérequis"),
        ("error", "link-anchor", "docs/fr/index.md", 6, "#Prerequis"),
    ]
    assert run.messages == [
        "docs/fr/absente.md does not exist",
        "no anchor #nulle-part on docs/fr/autre.md",
        "no anchor #prérequis on this page; did you mean #prerequis?",
        "no anchor #Prerequis on this page; did you mean #prerequis?",
    ]


def test_link_to_a_built_url_suggests_the_source(make_site, check):
    config = make_site(
        {
            "fr/index.md": "[a](autre/) [b](../autre.md)\n",
            "fr/autre.md": "# Autre\n",
            "en/index.md": "# Home\n",
            "en/autre.md": "# Other\n",
        }
    )
    run = check(config)
    assert run.findings == [
        ("error", "link-page", "docs/fr/index.md", 1, "autre/"),
        ("error", "link-page", "docs/fr/index.md", 1, "../autre.md"),
    ]
    assert run.messages == [
        "docs/fr/autre/index.md does not exist; link to the Markdown source 'autre.md'",
        "docs/autre.md does not exist",
    ]


def test_link_outside_docs(make_site, check):
    config = make_site({"fr/index.md": "[r](../../README.md)\n", "en/index.md": "# Home\n"})
    run = check(config)
    assert run.findings == [("error", "link-page", "docs/fr/index.md", 1, "../../README.md")]
    assert run.messages == ["'../../README.md' points outside docs/"]


def test_anchor_is_checked_in_the_linking_pages_language_suffix(make_site, check):
    """Suffix structure: other.md on an English page is other.en.md, with English ids."""
    config = make_site(
        {
            "index.md": "[o](other.md#bonjour) [p](other.md#hello)\n",
            "index.en.md": "[o](other.md#hello) [p](other.md#bonjour) [q](only-fr.md)\n",
            "other.md": "# Bonjour\n",
            "other.en.md": "# Hello\n",
            "only-fr.md": "# Seulement\n",
        },
        structure="suffix",
    )
    run = check(config)
    assert run.findings == [
        ("error", "link-anchor", "docs/index.en.md", 1, "other.md#bonjour"),
        ("error", "link-anchor", "docs/index.md", 1, "other.md#hello"),
        ("error", "translation-missing", "docs/only-fr.md", None, "docs/only-fr.en.md"),
    ]
    assert run.messages == [
        "no anchor #bonjour on docs/other.en.md",
        "no anchor #hello on docs/other.md",
        "no English version: docs/only-fr.en.md is missing",
    ]


def test_suffix_default_language_may_carry_its_suffix(make_site, check):
    config = make_site(
        {
            "index.fr.md": "[o](other.md#bonjour)\n",
            "index.en.md": "[o](other.md#hello)\n",
            "other.fr.md": "# Bonjour\n",
            "other.en.md": "# Hello\n",
        },
        structure="suffix",
    )
    assert check(config).findings == []


def test_configured_slugify_is_used(make_site, check):
    """pymdownx.slugs.slugify keeps accents: #prérequis, not #prerequis."""
    extensions = (
        "  - toc:\n"
        "      slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}\n"
    )
    site = make_site(
        {
            "fr/index.md": "## Prérequis\n\n[a](#prérequis) [b](#prerequis)\n",
            "en/index.md": "# x\n",
        },
        extensions=extensions,
    )
    run = check(site)
    assert run.findings == [("error", "link-anchor", "docs/fr/index.md", 3, "#prerequis")]


def test_site_absolute_mailto_and_external_links_are_not_local(make_site, check):
    config = make_site(
        {
            "fr/index.md": "[m](mailto:a@example.org) [r](/fr/x/) [w](https://example.org/x)\n",
            "en/index.md": "# Home\n",
        }
    )
    run = check(config)  # offline: the external link is not fetched
    assert run.code == 0
    assert run.findings == []
    assert run.json["summary"]["links"] == 1  # mailto: and site-absolute paths are skipped
