"""Every built page, both languages and the 404 pages, through the Nu Html Checker (vnu.jar).

The checker comes from npm's ``vnu-jar``, pinned by ``tests/vnu/package-lock.json`` and
installed by ``make test`` (``npm ci --ignore-scripts``: its install script would download a
Java of its own); it runs on the machine's Java 11+. One JVM checks the whole site. An error in
markup we write (templates, plugin, pages) fails; errors in Material's own markup are listed,
with their reasons, in ``nu_theme_errors.py``, and an entry that matches nothing fails too.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT
from nu_theme_errors import THEME_ERRORS, theme_error_for

VNU_JAR = ROOT / "tests" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# C1 only (no C2 compiler threads on a 2-core machine) halves the run; the checker's recursive
# schema then needs a deeper stack than the default (it says so with a StackOverflowError).
JVM_OPTIONS = ("-Xss16m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
TIMEOUT_SECONDS = 300
# The error this suite was written for (main.html held scripts back this way): it is ours.
OUR_DATA_BLOCK_WITH_SRC = {
    "message": "A “script” element with a “type” attribute whose value is neither a JavaScript "
    "MIME type, “module”, “importmap”, nor “speculationrules” (i.e., a data block) must not "
    "have a “src” attribute.",
    "extract": '<script type="text/x-after-paint" src="../assets/javascripts/share.js">',
}


def where(error: dict[str, Any], site: Path) -> str:
    """'en/opt-out/index.html:10: message [extract]' for a checker error."""
    path = str(error.get("url", "")).removeprefix("file:")
    rel = Path(path).relative_to(site) if path.startswith(str(site)) else path
    extract = " ".join(str(error.get("extract", "")).split())
    return f"{rel}:{error.get('lastLine', '?')}: {error.get('message')} [{extract}]"


@pytest.fixture(scope="module")
def checker_errors(site: Path) -> list[dict[str, Any]]:
    """The checker's errors (warnings left out) over every HTML file of the built site."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.is_file():
        pytest.fail(
            f"the Nu Html Checker needs java (11+) and {VNU_JAR.relative_to(ROOT)}: "
            "`make test` installs both (or `cd tests/vnu && npm ci --ignore-scripts`)"
        )
    command = [java, *JVM_OPTIONS, "-jar", str(VNU_JAR), "--format", "json", "--errors-only"]
    result = subprocess.run(
        [*command, "--skip-non-html", str(site)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    try:
        report = json.loads(result.stderr)  # vnu writes its JSON report to stderr
    except json.JSONDecodeError:
        first_line = (result.stderr.strip() or result.stdout.strip() or "no output").splitlines()[0]
        pytest.fail(f"vnu.jar exited {result.returncode} without a report: {first_line}")
    messages: list[dict[str, Any]] = report.get("messages", [])
    failures = [m for m in messages if m.get("type") == "non-document-error"]
    assert not failures, [where(m, site) for m in failures]
    return [m for m in messages if m.get("type") == "error"]


def test_no_checker_error_in_markup_we_write(
    site: Path, checker_errors: list[dict[str, Any]]
) -> None:
    ours = [where(error, site) for error in checker_errors if theme_error_for(error) is None]
    assert not ours, "\n".join(ours)


def test_every_listed_theme_error_is_still_found(checker_errors: list[dict[str, Any]]) -> None:
    stale = [
        entry.template
        for entry in THEME_ERRORS
        if not any(entry.matches(error) for error in checker_errors)
    ]
    assert not stale, f"nu_theme_errors.py lists errors the checker no longer finds: {stale}"


def test_the_theme_list_does_not_excuse_our_markup() -> None:
    """The held-script mistake this suite was written for is not Material's: it must fail."""
    assert theme_error_for(OUR_DATA_BLOCK_WITH_SRC) is None
    drawer = '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer"'
    ours = '<input type="checkbox" id="agree" autocomplete="off">'
    autocomplete = "Attribute “autocomplete” is only allowed when the input type is “color”."
    assert theme_error_for({"message": autocomplete, "extract": drawer}) is not None
    assert theme_error_for({"message": autocomplete, "extract": ours}) is None
