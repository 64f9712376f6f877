"""Material's bundle, marked for V8 to compile all of it while it downloads.

V8 compiles a function the first time it runs, on the main thread: for Material's bundle, a
third of its start-up task, the longest task of every page (traced on the home page here:
33 ms with, 22 ms without; Lighthouse counts it four times over). The magic comment
``//# allFunctionsCalledOnLoad`` on the first line (V8's explicit compile hints, Chrome 136+)
asks V8 to compile every function of the file as it streams in, off the main thread. Other
browsers read a comment. The bundle's source map would be a line off: it goes, with its link.

A rewritten asset (this bundle, the pruned stylesheets of unused_css.py) gets a name of its own
with the same shape (``bundle.<hash>.min.js``) and the hash of its new content, so that no
browser keeps a stale copy; the original goes with its source map, and every page follows.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

SCRIPTS = "assets/javascripts"
BUNDLE = re.compile(r"^bundle\.[0-9a-f]{8}\.min\.js$")
HINT = "//# allFunctionsCalledOnLoad\n"
SOURCE_MAP = re.compile(r"\n//# sourceMappingURL=\S+\s*$")


def write_renamed(original: Path, text: str) -> str | None:
    """Replace `original` by `text` under its new name, returned (None: same content, nothing
    done)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    kind, _, rest = original.name.split(".", 2)  # "main", "<hash>", "min.css"
    new_name = f"{kind}.{digest}.{rest}"
    if new_name == original.name:
        return None
    original.with_name(new_name).write_text(text, encoding="utf-8")
    original.unlink()
    original.with_name(f"{original.name}.map").unlink(missing_ok=True)
    return new_name


def add_compile_hint(script: str) -> str:
    """`script` with the hint on its first line and no source map link."""
    if script.startswith(HINT):
        return script
    return HINT + SOURCE_MAP.sub("\n", script)


def hint_site(site_dir: Path) -> list[tuple[str, str]]:
    """Replace Material's bundle with a hinted copy; returns its (old, new) names."""
    renamed = []
    for bundle in sorted((site_dir / SCRIPTS).glob("bundle.*.js")):
        if BUNDLE.match(bundle.name):
            new_name = write_renamed(bundle, add_compile_hint(bundle.read_text(encoding="utf-8")))
            if new_name:
                renamed.append((bundle.name, new_name))
    return renamed
