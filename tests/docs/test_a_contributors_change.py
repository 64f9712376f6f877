"""A contributor's change breaks no test: a new page in both languages, made as README.md
("Adding a page") says, and one more FAQ question in both languages.

On a copy of the site with that change, the project's checkers pass and so do the tests that
read our pages (TESTED_PROJECT points tests/helpers.py's ROOT at the copy): none of them may
count today's pages, questions, steps or links. A test that does fails here, naming itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import REPOSITORY

from sitetools import project_copy

NBSP, NNBSP = "\u00a0", "\u202f"
NEW_PAGE = {
    "fr": f"""---
title: Une page de plus
description: Une page ajoutée comme le README l'explique, pour vérifier que les tests la suivent.
last_reviewed: 2026-11-28
---

# Une page de plus {{ #new-page }}

Une phrase de présentation.

## Une section {{ #a-section }}

Une autre phrase{NNBSP}; et une dernière.
""",
    "en": """---
title: One more page
description: A page added as the README explains, to check that the tests follow it along.
last_reviewed: 2026-11-28
---

# One more page { #new-page }

An opening sentence.

## A section { #a-section }

Another sentence; and a last one.
""",
}
NEW_QUESTION = {
    "fr": f"## Une question de plus{NNBSP}? {{ #one-more }}\n\n"
    "Une réponse assez longue pour la donnée structurée de la page, en une phrase.\n\n",
    "en": "## One more question? { #one-more }\n\n"
    "An answer long enough for the page's structured data, in one sentence.\n\n",
}
# Where the new question goes: before the last question of each FAQ.
LAST_QUESTION = {"fr": "## Et Meta, et les autres", "en": "## What about Meta and others?"}
# What the copy needs: the site, and what the checkers read (glossary, illustration labels).
# The tests that read our pages and the site built from them (none builds copies of its own).
CONTENT_TESTS = (
    "tests/docs/test_content.py",
    "tests/overrides/test_sharing.py",
    "tests/overrides/test_i18n.py",
    "tests/overrides/test_links.py",
    "tests/overrides/test_edit_links.py",
    "tests/overrides/test_privacy.py",
    "tests/plugin/test_csp.py",
    "tests/translations/test_translations_cli.py",
)


def copy_project(target: Path) -> Path:
    return project_copy.copy_project(target, REPOSITORY, extra=("screenshots",))


def add_a_page_as_the_readme_says(project: Path) -> None:
    for lang, text in NEW_PAGE.items():
        (project / "docs" / lang / "new-page.md").write_text(text, encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    nav_end = "  - Contribuer: contribute.md\n"
    translations_end = "            Contribuer: Contribute\n"
    assert nav_end in text and translations_end in text, "README's step 3 no longer applies"
    text = text.replace(nav_end, nav_end + "  - Une page de plus: new-page.md\n")
    text = text.replace(
        translations_end, translations_end + "            Une page de plus: One more page\n"
    )
    config.write_text(text, encoding="utf-8")


def add_an_faq_question(project: Path) -> None:
    for lang, question in NEW_QUESTION.items():
        page = project / "docs" / lang / "faq.md"
        text = page.read_text(encoding="utf-8")
        assert LAST_QUESTION[lang] in text
        page.write_text(text.replace(LAST_QUESTION[lang], question + LAST_QUESTION[lang]), "utf-8")


def start(log: Path, *command: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """Start `command` in the repository, its output going to `log`."""
    with log.open("w", encoding="utf-8") as output:
        return subprocess.Popen(
            command, cwd=REPOSITORY, env=env, stdout=output, stderr=subprocess.STDOUT, text=True
        )


def test_a_new_page_and_faq_question_pass_the_checkers_and_the_content_tests(
    tmp_path: Path,
) -> None:
    """The checkers and the content tests read the copy and write nothing in it: they run side
    by side (the nested pytest, the longest, first), and each one's failure is reported."""
    project = copy_project(tmp_path / "project")
    add_a_page_as_the_readme_says(project)
    add_an_faq_question(project)
    config = str(project / "mkdocs.yml")
    python = sys.executable
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "COV_"))}
    env["TESTED_PROJECT"] = str(project)
    site_check = [python, "scripts/check_site.py", "--config", config, "--offline", "--no-cache"]
    commands = {
        "content tests": [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", *CONTENT_TESTS],
        "check_site.py": site_check,
    }
    for checker in ("check_translations.py", "check_content.py"):
        if (REPOSITORY / "scripts" / checker).is_file():
            commands[checker] = [python, f"scripts/{checker}", "--config", config]
    logs = {name: tmp_path / f"{name}.log" for name in commands}
    running = {
        name: start(logs[name], *command, env=env if name == "content tests" else None)
        for name, command in commands.items()
    }
    failed = {}
    try:
        for name, process in running.items():
            if process.wait(timeout=600) != 0:
                failed[name] = logs[name].read_text(encoding="utf-8")[-4000:]
    finally:
        for process in running.values():
            process.kill()  # nothing left behind if one of them hung
    assert not failed, "\n".join(f"{name} failed:\n{output}" for name, output in failed.items())
