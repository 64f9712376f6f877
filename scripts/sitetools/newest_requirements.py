"""Our pins turned into ranges, so that a build can try the newest versions they allow.

``requirements/*.txt`` pin every package (``name==version``): CI and every contributor build
with exactly those. Nothing then tells us that the next release of Material, static-i18n,
pymdown-extensions or any package under them breaks our build, until someone upgrades and has
to fix it in a hurry. The weekly workflow ``.github/workflows/newest.yml`` builds and tests with
``make test REQUIREMENTS=newest``: the same packages, each at the newest version that keeps
its pinned major version (``9.8.2`` allows ``>=9.8.2,<10``), so that a break is known first.

* A major version that is a year (calendar versioning: certifi, tzdata, regex) says nothing
  about compatibility; such a package gets no upper bound.
* Comments and pip options (``-c``, ``-r``) are not carried over; every package of the pinned
  file is, so the ranged file asks for the same set.

Standard library only: the Makefile runs this with the system Python, before any venv exists.
Also here: the difference between the pins and what ``pip freeze`` then installed, which the
workflow prints, so that a failure comes with the versions that changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

# `name==version`, optional extras, optional environment marker or trailing comment.
PIN = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?P<extras>\[[^\]]*\])?\s*==\s*"
    r"(?P<version>[0-9][^\s;#]*)\s*(?P<marker>;[^#]*)?(?:#.*)?$"
)
# The leading release number of a version: 9 in 9.8.2, 2026 in 2026.10.19.post1.
MAJOR = re.compile(r"^(\d+)")
# A major version at least this large is a year: calendar versioning, no upper bound.
CALENDAR_MAJOR = 1900


class RequirementsError(ValueError):
    """A line of a requirements file this module cannot read (``file:line: why``)."""


@dataclass(frozen=True)
class Pin:
    """One ``name==version`` line of a pinned requirements file."""

    name: str
    version: str
    extras: str = ""
    marker: str = ""

    @property
    def key(self) -> str:
        """The name as pip compares names (PEP 503: case and ``-_.`` runs do not matter)."""
        return normalise(self.name)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(text: str, source: str = "<requirements>") -> list[Pin]:
    """Every pin of a requirements file; comments, blank lines and pip options are skipped."""
    pins = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith(("#", "-")):
            continue
        match = PIN.match(line)
        if not match:
            raise RequirementsError(f"{source}:{number}: not a `name==version` pin: {line}")
        pins.append(
            Pin(
                match["name"],
                match["version"],
                match["extras"] or "",
                (match["marker"] or "").strip(),
            )
        )
    return pins


def same_major_range(version: str) -> str:
    """``>=version,<next major`` (no upper bound for a calendar version)."""
    match = MAJOR.match(version)
    if not match:
        raise RequirementsError(f"version {version!r} does not start with a release number")
    major = int(match[1])
    if major >= CALENDAR_MAJOR:
        return f">={version}"
    return f">={version},<{major + 1}"


def ranged(pins: Iterable[Pin]) -> str:
    """The text of a requirements file asking for each pinned package within its major."""
    lines = []
    for pin in pins:
        marker = f" {pin.marker}" if pin.marker else ""
        lines.append(f"{pin.name}{pin.extras}{same_major_range(pin.version)}{marker}")
    return "".join(f"{line}\n" for line in lines)


def ranged_file(path: Path) -> str:
    """:func:`ranged` of a pinned file, naming it in any error."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise RequirementsError(f"{path}: cannot read: {error.strerror}") from error
    return ranged(read_pins(text, str(path)))


def frozen_versions(text: str) -> dict[str, str]:
    """``pip freeze`` output as {normalised name: version}; editable and URL lines skipped."""
    versions = {}
    for line in text.splitlines():
        match = PIN.match(line.strip())
        if match:
            versions[normalise(match["name"])] = match["version"]
    return versions


def freeze_diff(pins: Iterable[Pin], installed: Mapping[str, str]) -> list[str]:
    """What the newest install changed against the pins: one line per package that differs."""
    pinned = {pin.key: pin for pin in pins}
    lines = []
    for key, pin in sorted(pinned.items()):
        if key not in installed:
            lines.append(f"- {pin.name} {pin.version} (not installed)")
        elif installed[key] != pin.version:
            lines.append(f"~ {pin.name} {pin.version} -> {installed[key]}")
    lines += [
        f"+ {key} {installed[key]} (not pinned)" for key in sorted(set(installed) - set(pinned))
    ]
    return lines
