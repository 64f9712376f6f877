"""pre-commit runs what `make lint` runs (our checkers first), offline, with the tools in .venv."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
# The command names of the lint target that a hook must run too.
TOOLS = (
    "check_content.py",
    "ruff check",
    "ruff format",
    "mypy",
    "pymarkdown",
    "yamllint",
    "codespell",
    "check_spelling.py",
    "check_translations.py",
    "check_site.py",
)


def lint_recipe() -> str:
    """What `make lint` runs: its prerequisite `checkers`, then its own recipe."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipes = []
    for target in ("checkers", "lint"):
        match = re.search(rf"^{target}:(.*)\n((?:\t.*\n)+)", makefile, re.MULTILINE)
        assert match, f"Makefile has a {target} target"
        recipes.append(match.group(2))
        if target == "lint":
            assert "checkers" in match.group(1).split("##")[0], "lint runs the checkers first"
    return "".join(recipes)


def hooks() -> list[dict[str, object]]:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    return list(config["repos"][0]["hooks"])


def test_every_lint_tool_has_a_local_hook_using_the_venv() -> None:
    recipe = lint_recipe()
    entries = [str(hook["entry"]) for hook in hooks()]
    for tool in TOOLS:
        assert tool in recipe, tool
        assert any(tool in entry for entry in entries), tool
    for hook in hooks():
        assert hook["language"] == "system", hook["id"]
        assert str(hook["entry"]).startswith(".venv/bin/"), hook["id"]


def test_new_lint_tools_are_pinned() -> None:
    pins = (ROOT / "requirements" / "dev.txt").read_text(encoding="utf-8")
    for name in ("pymarkdownlnt", "codespell", "yamllint", "pre-commit"):
        assert re.search(rf"^{name}==[\d.]+$", pins, re.MULTILINE), name


def test_decision_records_are_linted_like_the_readme() -> None:
    """decisions/*.md: Markdown lint, codespell and hunspell, in `make lint` and pre-commit."""
    from sitetools.spelling.run import EXTRA_PATTERNS

    records = sorted((ROOT / "decisions").glob("*.md"))
    assert records, "decisions/ holds the decision records"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    pymarkdown = re.search(r"pymarkdown scan -r (.*)", makefile)
    assert pymarkdown and "decisions" in pymarkdown.group(1).split()
    codespell = re.search(r"^CODESPELL_PATHS := ((?:.*\\\n)*.*)", makefile, re.MULTILINE)
    assert codespell and "decisions" in codespell.group(1).split()
    spelled = {path for pattern in EXTRA_PATTERNS for path in ROOT.glob(pattern)}
    assert set(records) <= spelled
    by_id = {hook["id"]: hook for hook in hooks()}
    for record in records:
        name = record.relative_to(ROOT).as_posix()
        for hook_id in ("pymarkdown", "codespell", "spelling"):
            assert re.search(str(by_id[hook_id]["files"]), name), (hook_id, name)
