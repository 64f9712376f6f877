"""One snapshot per source: its main text (``<id>.txt``) and a small metadata file
(``<id>.json``: url, final_url, status, content_hash, first_seen, last_checked,
last_changed, entry).

``last_checked`` is the last time the text was read and compared; a blocked or gone answer
updates ``status`` only, so a date on the Sources page is always one a check produced.
Writes are atomic (a temporary file renamed), so an interrupted run leaves the last good
snapshot. The build hook ``scripts/sitetools/plugin/source_checks.py`` reads these metadata files.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from sitetools.kernel.model import InputError

DEFAULT_SNAPSHOTS = Path("sources") / "snapshots"
SAFE_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass(frozen=True)
class Metadata:
    """What a snapshot says about its source; dates are ISO 8601 UTC, None when unknown."""

    id: str
    url: str
    final_url: str | None
    status: str
    content_hash: str | None
    first_seen: str | None
    last_checked: str | None
    last_changed: str | None
    entry: str | None = None


def _write_atomically(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


def _from_json(data: object) -> Metadata | None:
    if not isinstance(data, dict):
        return None
    fields = Metadata.__dataclass_fields__
    values = {name: data.get(name) for name in fields}
    if not isinstance(values["id"], str) or not isinstance(values["url"], str):
        return None
    if not all(v is None or isinstance(v, str) for v in values.values()):
        return None
    values["status"] = values["status"] or "new"
    return Metadata(**values)  # type: ignore[arg-type]


class SnapshotStore:
    """The snapshots folder; nothing is created until the first write."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _paths(self, ident: str) -> tuple[Path, Path]:
        if not SAFE_ID.fullmatch(ident):
            raise ValueError(f"unsafe snapshot id: {ident!r}")
        return self.root / f"{ident}.json", self.root / f"{ident}.txt"

    def read(self, ident: str) -> tuple[Metadata | None, str | None]:
        """The last snapshot of a source; an unreadable one counts as none."""
        meta_path, text_path = self._paths(ident)
        try:
            meta = _from_json(json.loads(meta_path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return None, None
        try:
            text = text_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = None
        return meta, text

    def prune(self, keep: set[str], pattern: re.Pattern[str]) -> list[str]:
        """Remove the snapshots whose id matches ``pattern`` but is not kept; their ids."""
        gone = sorted(
            path.stem
            for path in self.root.glob("*.json")
            if pattern.fullmatch(path.stem) and path.stem not in keep
        )
        for ident in gone:
            for path in self._paths(ident):
                path.unlink(missing_ok=True)
        return gone

    def write(self, meta: Metadata, text: str | None) -> None:
        """Save the metadata, and the text when there is a new one."""
        meta_path, text_path = self._paths(meta.id)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            if text is not None:
                _write_atomically(text_path, text)
            document = json.dumps(asdict(meta), ensure_ascii=False, indent=2, sort_keys=True)
            _write_atomically(meta_path, document + "\n")
        except OSError as error:
            raise InputError(f"{self.root}: cannot write snapshots: {error.strerror}") from error
