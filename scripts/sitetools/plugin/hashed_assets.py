"""Our rewrite of one of Material's built assets, under a name of its own.

The new file keeps the shape of the original's name (``main.<hash>.min.css``,
``bundle.<hash>.min.js``) with the hash of its new content, so that no browser keeps a stale
copy; the original goes, with its source map (which no longer matches), and every page follows
(in memory: the pipeline writes each page once). Used by unused_css.py and compile_hints.py.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


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


def follow_renamed(pages: dict[Path, str], renamed: list[tuple[str, str]]) -> None:
    """Point every built page at the new names of `renamed` (old, new) assets."""
    for path, html in pages.items():
        for old, new in renamed:
            html = html.replace(old, new)
        pages[path] = html
