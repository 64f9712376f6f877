"""The drawn kit kept in the repository (``share-kit/<lang>/``): a build of an unchanged site
draws nothing.

Drawing one language's kit costs about 0.4 s of CPU (fpdf2's import, the PDF's font subsets,
the images): a cold build drawing both would take half as long again as a stock Material build
of the same pages. A kit changes only when its inputs do (its words, LinkedIn's labels, the
review date, the addresses, the illustrations, the drawing code), so ``make share-kit`` draws
it then and the change commits it, as the illustrations are. ``drawn.json`` records the key of
the inputs it was drawn from (:meth:`Inputs.key`) and each file's SHA-256; the build takes the
kept files only while both match, otherwise it draws the kit into its cache, and
``check_content.py`` reports ``share-kit-stale`` until the redrawn kit is committed.
Only the files a stamp names are ever replaced or removed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sitetools.screenshots.files import sha256_file, write_atomic

FOLDER = Path("share-kit")
STAMP = "drawn.json"


@dataclass(frozen=True)
class Stamp:
    """What a kept folder says it holds: the inputs' key, and each file's SHA-256."""

    inputs: str
    files: dict[str, str]


def folder(root: Path, lang: str) -> Path:
    """Where `lang`'s kit is kept in the project at `root`."""
    return root / FOLDER / lang


def _plain(name: str) -> bool:
    """A file name of the folder itself: never a path out of it, never the stamp."""
    return bool(name) and Path(name).name == name and name not in {".", "..", STAMP}


def read_stamp(place: Path) -> Stamp | None:
    """The stamp of a kept folder; None if it is missing or not one (then nothing is trusted)."""
    try:
        data = json.loads((place / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    inputs, files = data.get("inputs"), data.get("files")
    if not isinstance(inputs, str) or not isinstance(files, dict):
        return None
    if not all(_plain(name) and isinstance(sha, str) for name, sha in files.items()):
        return None
    return Stamp(inputs, dict(files))


def problem(root: Path, lang: str, key: str, names: Iterable[str]) -> str | None:
    """Why `lang`'s kept folder does not hold the kit of `key` (files `names`); None if it does."""
    place = folder(root, lang)
    stamp = read_stamp(place)
    if stamp is None:
        return "not drawn yet"
    if stamp.inputs != key:
        return "drawn from other inputs than today's"
    if set(stamp.files) != set(names):
        return "its files are not the ones the words file names"
    for name, expected in sorted(stamp.files.items()):
        if sha256_file(place / name) != expected:
            return f"{name} is not the file {STAMP} names (edited or missing)"
    return None


def kept(root: Path, lang: str, key: str, names: Iterable[str]) -> Path | None:
    """`lang`'s kept folder if it holds, file for file, the kit of `key`; else None."""
    return None if problem(root, lang, key, names) else folder(root, lang)


def keep(root: Path, lang: str, key: str, files: Mapping[str, bytes]) -> Path:
    """Keep a drawn kit in `lang`'s folder: each file whole, the stamp last; a file that the
    previous stamp named and this kit no longer has is removed, and no other file is touched."""
    bad = [name for name in files if not _plain(name)]
    if bad:
        raise ValueError(f"not a plain file name: {bad[0]!r}")
    place = folder(root, lang)
    place.mkdir(parents=True, exist_ok=True)
    previous = read_stamp(place)
    for name, data in sorted(files.items()):
        write_atomic(place / name, data)
    for name in sorted(set(previous.files) - set(files)) if previous else ():
        (place / name).unlink(missing_ok=True)
    stamp = {
        "inputs": key,
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())},
    }
    write_atomic(place / STAMP, (json.dumps(stamp, indent=2) + "\n").encode())
    return place
