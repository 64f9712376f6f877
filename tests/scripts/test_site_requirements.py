"""`make serve` and `make build` install requirements/site.txt only: the build needs nothing else.

A cold build (every card and share kit drawn) runs in a child Python of the test venv in which
every package that site.txt does not pin is hidden, as if not installed: the build must pass.
(markdown-it-py, needed by the share kit's French spacing, was once in dev.txt only: `make
test` passed, `make build` on a fresh machine did not.) Optional imports of a hidden package
(Babel tries pytz) fail as they would there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers import REPOSITORY, SITE_URL

from sitetools.newest_requirements import read_pins

# argv: the allowed distributions (JSON), the site folder, the file naming what was refused.
CHILD = """
import json, sys
from importlib.metadata import packages_distributions

allowed = set(json.loads(sys.argv[1]))
owners = packages_distributions()
refused = set()

def canonical(name):
    return name.lower().replace("_", "-").replace(".", "-")

class Hide:
    def find_spec(self, name, path=None, target=None):
        top = name.split(".")[0]
        dists = {canonical(d) for d in owners.get(top, [])}
        if dists and not dists & allowed:
            refused.add(top)
            raise ModuleNotFoundError(f"hidden: {top} is not pinned in site.txt", name=name)
        return None

sys.meta_path.insert(0, Hide())
from mkdocs.__main__ import cli
try:
    cli(["build", "--strict", "--quiet", "--site-dir", sys.argv[2]])
finally:
    with open(sys.argv[3], "w", encoding="utf-8") as out:
        json.dump(sorted(refused), out)
"""


def canonical(name: str) -> str:
    """pip's view of a distribution name: `Markdown_It-Py` is `markdown-it-py`."""
    return name.lower().replace("_", "-").replace(".", "-")


def test_a_cold_build_needs_only_what_site_txt_pins(tmp_path: Path) -> None:
    pins = read_pins((REPOSITORY / "requirements" / "site.txt").read_text("utf-8"), "site.txt")
    # Our own package is installed from pyproject.toml, beside site.txt.
    allowed = {canonical(pin.name) for pin in pins} | {canonical("linkedin-ai-optout-site-tools")}
    refused_file = tmp_path / "refused.json"
    # Another address than mkdocs.yml's: the kits committed in share-kit/ do not apply, so
    # they are drawn, with fpdf2 and fontTools.
    env = {**os.environ, "SITE_CACHE_DIR": str(tmp_path / "cache"), "SITE_URL": SITE_URL}
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            json.dumps(sorted(allowed)),
            str(tmp_path / "site"),
            str(refused_file),
        ],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    refused = json.loads(refused_file.read_text("utf-8"))
    assert run.returncode == 0, f"hidden: {refused}\n{run.stderr[-3000:]}"
    assert list((tmp_path / "cache" / "share_kit").rglob("*.pdf"))  # the kits were drawn
