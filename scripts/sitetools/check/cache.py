"""A JSON file of external URLs found working, so the next run does not fetch them again.

Only successes are kept, for a day: a failure is always checked afresh, so a link repaired
upstream never stays reported, and a link that breaks is noticed within a day.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

VERSION = 1
MAX_AGE_SECONDS = 24 * 3600


class ResultCache:
    """URL -> time it was last found working."""

    def __init__(
        self,
        path: Path,
        max_age: float = MAX_AGE_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self._max_age = max_age
        self._clock = clock
        self._checked: dict[str, float] = {}
        self._load()

    def _load(self) -> None:
        """A missing, unreadable or foreign file is an empty cache, not an error."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(data, dict) or data.get("version") != VERSION:
            return
        entries = data.get("ok")
        if isinstance(entries, dict):
            self._checked = {
                str(url): float(when)
                for url, when in entries.items()
                if isinstance(when, int | float)
            }

    def fresh(self, url: str) -> bool:
        """Whether ``url`` was found working less than ``max_age`` seconds ago."""
        when = self._checked.get(url)
        return when is not None and self._clock() - when < self._max_age

    def record_ok(self, url: str) -> None:
        """Remember that ``url`` works, as of now."""
        self._checked[url] = self._clock()

    def save(self) -> None:
        """Write atomically (a temporary file renamed), dropping expired entries."""
        now = self._clock()
        kept = {url: when for url, when in self._checked.items() if now - when < self._max_age}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"version": VERSION, "ok": kept}, indent=0, sort_keys=True)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".check_site.")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(payload)
            Path(temporary).replace(self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
            raise
