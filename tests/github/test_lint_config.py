"""pre-commit runs what `make lint` runs, offline, with the tools pinned in .venv."""

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
)


def lint_recipe() -> str:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    match = re.search(r"^lint:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert match, "Makefile has a lint target"
    return match.group(1)


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
