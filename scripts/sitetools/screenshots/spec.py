"""What to render, read from screenshots/shots.yml: devices, schemes and the shots per step."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from sitetools.screenshots.limits import MAX_WIDTH
from sitetools.screenshots.naming import check_language, check_slug, rendered_path


class SpecError(ValueError):
    """A shots.yml the renderer cannot follow."""


@dataclass(frozen=True)
class Device:
    """A viewport in CSS pixels, its fixed device scale, and its size on the page."""

    name: str
    width: int
    height: int
    scale: float
    display_width: int
    display_height: int

    @property
    def pixel_width(self) -> int:
        """Width of the rendered image."""
        return round(self.width * self.scale)

    @property
    def pixel_height(self) -> int:
        """Height of the rendered image."""
        return round(self.height * self.scale)


@dataclass(frozen=True)
class Job:
    """One image: a step drawn for a language, a device and a colour scheme."""

    lang: str
    device: Device
    step: str
    scheme: str

    def path(self, docs_dir: Path) -> Path:
        """Where the image goes."""
        return rendered_path(docs_dir, self.lang, self.device.name, self.step, self.scheme)


@dataclass(frozen=True)
class Spec:
    """Everything shots.yml says, checked."""

    languages: tuple[str, ...]
    schemes: tuple[str, ...]
    devices: dict[str, Device]
    # (step, devices) in the order of the guide.
    shots: tuple[tuple[str, tuple[str, ...]], ...]

    def jobs(self) -> list[Job]:
        """Every image to render, in a stable order."""
        return [
            Job(lang, self.devices[device], step, scheme)
            for lang in self.languages
            for step, devices in self.shots
            for device in devices
            for scheme in self.schemes
        ]


def _device(name: str, raw: Any) -> Device:
    try:
        device = Device(
            name=check_slug("device", name),
            width=int(raw["width"]),
            height=int(raw["height"]),
            scale=float(raw["scale"]),
            display_width=int(raw["display_width"]),
            display_height=int(raw["display_height"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise SpecError(f"device {name}: {error}") from error
    if device.pixel_width > MAX_WIDTH:
        raise SpecError(f"device {name}: {device.pixel_width} px wide, over {MAX_WIDTH} px")
    return device


def load_spec(path: Path) -> Spec:
    """Read and check shots.yml."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        devices = {str(name): _device(str(name), value) for name, value in raw["devices"].items()}
        shots = tuple(
            (check_slug("step", str(shot["step"])), tuple(str(d) for d in shot["devices"]))
            for shot in raw["shots"]
        )
        spec = Spec(
            languages=tuple(check_language(str(lang)) for lang in raw["languages"]),
            schemes=tuple(check_slug("scheme", str(scheme)) for scheme in raw["schemes"]),
            devices=devices,
            shots=shots,
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError) as error:
        raise SpecError(f"{path}: {error}") from error
    steps = [step for step, _ in spec.shots]
    if len(set(steps)) != len(steps):
        raise SpecError(f"{path}: a step is listed twice: {steps}")
    for step, names in spec.shots:
        unknown = [name for name in names if name not in devices]
        if unknown:
            raise SpecError(f"{path}: step {step}: unknown device {', '.join(unknown)}")
    return spec
