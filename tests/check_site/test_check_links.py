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
        ("error", "link-page", "docs/fr/index.md", 6, "../en/autre.md#only-en"),
    ]
    assert run.messages == [
        "docs/fr/absente.md does not exist",
        "no anchor #nulle-part on docs/fr/autre.md",
        "no anchor #prérequis on this page; did you mean #prerequis?",
        "no anchor #Prerequis on this page; did you mean #prerequis?",
        # The French build does not know the English files: MkDocs leaves the link as
        # written, and the browser asks for /en/autre.md, which is not built.
        "/en/autre.md does not exist in the built site; MkDocs left it as written (raw HTML,"
        " or a page of another language's build): write 'en/autre/'",
    ]


def test_built_url_forms_are_judged_by_the_built_site(make_site, check):
    """From the home page (built at /), 'autre/' works; from /fr/x/ it is one level deeper."""
    config = make_site(
        {
            "fr/index.md": "[a](autre/) [b](../autre.md)\n",
            "fr/x.md": "[a](autre/)\n",
            "fr/autre.md": "# Autre\n",
            "en/index.md": "# Home\n",
            "en/autre.md": "# Other\n",
            "en/x.md": "# X\n",
        }
    )
    run = check(config)
    # static-i18n gives docs/fr/autre.md the URI autre.md: ../autre.md is rewritten and works.
    assert run.findings == [("error", "link-page", "docs/fr/x.md", 1, "autre/")]
    assert run.messages == [
        "/x/autre/ does not exist in the built site; link to the Markdown source instead:"
        " 'autre.md'"
    ]


def test_link_outside_docs(make_site, check):
    config = make_site({"fr/index.md": "[r](../../README.md)\n", "en/index.md": "# Home\n"})
    run = check(config)
    assert run.findings == [("error", "link-page", "docs/fr/index.md", 1, "../../README.md")]
    assert run.messages == ["'../../README.md' points outside docs/"]


def test_path_too_long_is_a_finding_not_a_crash(make_site, check):
    name = "x" * 300
    config = make_site({"fr/index.md": f"[l]({name}/page.html)\n", "en/index.md": "# Home\n"})
    run = check(config)
    assert run.code == 1
    assert run.findings == [("error", "link-page", "docs/fr/index.md", 1, f"{name}/page.html")]
    assert run.messages == ["path too long"]


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
        ("error", "link-page", "docs/index.en.md", 1, "only-fr.md"),
        ("error", "link-anchor", "docs/index.md", 1, "other.md#hello"),
        ("error", "translation-missing", "docs/only-fr.md", None, "docs/only-fr.en.md"),
    ]
    assert run.messages == [
        "no anchor #bonjour on docs/other.en.md",
        # Without fallback_to_default the English build has no only-fr page: a 404.
        "/en/only-fr.md does not exist in the built site; MkDocs left it as written (raw HTML,"
        " or a page of another language's build): write '../only-fr/'",
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
            "fr/index.md": "[m](mailto:a@example.org) [r](/en/) [w](https://example.org/x)\n",
            "en/index.md": "# Home\n",
        }
    )
    run = check(config)  # offline: the external link is not fetched
    assert run.code == 0
    assert run.findings == []
    assert run.json["summary"]["links"] == 2  # mailto: is skipped, /en/ is checked
