"""french-typography: every faulty space found at line:column, fixed by --fix, code left alone."""

from __future__ import annotations

from pathlib import Path

from rules_site import Check, Write, page

from sitetools.rules.run import Options, check

NBSP, NNBSP = "\u00a0", "\u202f"
BODY = """\
# Guide { #guide }

Étape 1 : ouvrez le menu. Pourquoi? Voir «Vous » et « Vous».
À 10:30, lancez `a : b ; c` puis https://example.org/a?b=1;c=2 ou <https://example.org/?q>.
[Lien](https://example.org/x?y=1 "titre") et [réf][x] ; lancez `make`: fin !

!!! note "Attention : ceci"
    Corps : oui ! Et :material-check: ici.

=== "Onglet"

    ![Image](a.png){ width="300" }

```text
code : block ; here !
```

<div>html : here</div>

[x]: https://example.org/y?z=1
[^1]: Note : bas de page.
"""
FIXED_BODY = f"""\
# Guide {{ #guide }}

Étape 1{NBSP}: ouvrez le menu. Pourquoi{NNBSP}? Voir «{NBSP}Vous{NBSP}» et «{NBSP}Vous{NBSP}».
À 10:30, lancez `a : b ; c` puis https://example.org/a?b=1;c=2 ou <https://example.org/?q>.
[Lien](https://example.org/x?y=1 "titre") et [réf][x]{NNBSP}; lancez `make`{NBSP}: fin{NNBSP}!

!!! note "Attention{NBSP}: ceci"
    Corps{NBSP}: oui{NNBSP}! Et :material-check: ici.

=== "Onglet"

    ![Image](a.png){{ width="300" }}

```text
code : block ; here !
```

<div>html : here</div>

[x]: https://example.org/y?z=1
[^1]: Note{NBSP}: bas de page.
"""
META = (
    'title: "Guide : refuser"\n'
    "description: Comment refuser que LinkedIn entraîne son IA avec vos données, pas à pas.\n"
    "last_reviewed: 2026-01-05\n"
)
# (line, column, sign) of each fault: the title in front matter, then the body (line 7 on).
FAULTS = [
    (2, 15, ":"),
    (9, 9, ":"),
    (9, 35, "?"),
    (9, 42, "«"),
    (9, 48, "»"),
    (9, 53, "«"),
    (9, 59, "»"),
    (11, 55, ";"),
    (11, 70, ":"),
    (11, 76, "!"),
    (13, 21, ":"),
    (14, 11, ":"),
    (14, 17, "!"),
    (27, 12, ":"),
]


def _faults(site: Path) -> list[tuple[int | None, int | None, str]]:
    result = check(Options(config=site / "mkdocs.yml"))
    return [
        (f.line, f.column, f.target)
        for f in result.findings
        if f.check == "french-typography" and f.file == "docs/fr/guide.md"
    ]


def test_each_fault_is_found_at_its_line_and_column(site: Path, write: Write) -> None:
    write("fr/guide.md", page(BODY, front_matter=META))
    assert _faults(site) == FAULTS


def test_the_message_names_the_space_and_the_fix(site: Path, write: Write, check: Check) -> None:
    write("fr/guide.md", page("# Guide { #guide }\n\nPourquoi ? Voici :\n", front_matter=META))
    run = check("--format", "text")
    assert run.code == 1
    assert run.out.splitlines() == [
        "docs/fr/guide.md",
        "  [ERROR] : (at 2:15) | french-typography: French needs a no-break space (U+00A0) "
        "before ':', found a breaking or wrong space: run scripts/check_content.py --fix",
        "  [ERROR] ? (at 9:10) | french-typography: French needs a narrow no-break space "
        "(U+202F) before '?', found a breaking or wrong space: run scripts/check_content.py --fix",
        "  [ERROR] : (at 9:18) | french-typography: French needs a no-break space (U+00A0) "
        "before ':', found a breaking or wrong space: run scripts/check_content.py --fix",
        "Checked 3 pages: 3 errors",
    ]


def test_fix_puts_every_space_right_and_leaves_code_and_urls(
    site: Path, write: Write, check: Check
) -> None:
    path = write("fr/guide.md", page(BODY, front_matter=META))
    run = check("--fix")
    assert (run.code, run.err) == (0, ""), run.out
    assert "note: fixed French typography in docs/fr/guide.md" in run.out
    assert path.read_text(encoding="utf-8") == page(
        FIXED_BODY, front_matter=META.replace("Guide :", f"Guide{NBSP}:")
    )


def test_fix_is_idempotent(site: Path, write: Write, check: Check) -> None:
    path = write("fr/guide.md", page(BODY, front_matter=META))
    check("--fix")
    once = path.read_bytes()
    run = check("--fix")
    assert path.read_bytes() == once
    assert "fixed" not in run.out
    assert run.code == 0


def test_english_pages_and_unreadable_pages_are_left_untouched(
    site: Path, write: Write, check: Check
) -> None:
    english = write("en/guide.md", page("# Guide { #guide }\n\nWhy? Here: this.\n", "en"))
    broken = page("# Guide { #guide }\n\nPourquoi ? Voici :\n", front_matter="title: [x\n")
    french = write("fr/guide.md", broken)
    before = english.read_bytes()
    run = check("--fix", "--format", "json")
    assert run.code == 1
    assert english.read_bytes() == before
    assert french.read_text(encoding="utf-8") == broken
    assert run.findings == {("error", "front-matter", "docs/fr/guide.md", 3, "front matter")}
