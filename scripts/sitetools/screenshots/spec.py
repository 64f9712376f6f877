"""What to render, read from screenshots/shots.yml: devices, schemes and the shots per step."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from sitetools.kernel import yaml_data
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
class Crop:
    """The band of the viewport an image keeps, in CSS pixels: full width, `height` tall."""

    top: int
    height: int


@dataclass(frozen=True)
class Shot:
    """One step of the guide, the devices it is drawn for, and the crop of each (if any)."""

    step: str
    devices: tuple[str, ...]
    crops: dict[str, Crop]


@dataclass(frozen=True)
class Job:
    """One image: a step drawn for a language, a device and a colour scheme, maybe cropped."""

    lang: str
    device: Device
    step: str
    scheme: str
    crop: Crop | None = None

    def path(self, docs_dir: Path) -> Path:
        """Where the image goes."""
        return rendered_path(docs_dir, self.lang, self.device.name, self.step, self.scheme)

    @property
    def pixel_size(self) -> tuple[int, int]:
        """Width and height of the rendered image."""
        if self.crop is None:
            return self.device.pixel_width, self.device.pixel_height
        return self.device.pixel_width, int(self.crop.height * self.device.scale)

    @property
    def display_size(self) -> tuple[int, int]:
        """The width and height attributes the pages give the image (same scale as uncropped)."""
        device = self.device
        if self.crop is None:
            return device.display_width, device.display_height
        return device.display_width, round(self.crop.height * device.display_width / device.width)


@dataclass(frozen=True)
class Spec:
    """Everything shots.yml says, checked."""

    languages: tuple[str, ...]
    schemes: tuple[str, ...]
    devices: dict[str, Device]
    # In the order of the guide.
    shots: tuple[Shot, ...]

    def jobs(self) -> list[Job]:
        """Every image to render, in a stable order."""
        return [
            Job(lang, self.devices[device], shot.step, scheme, shot.crops.get(device))
            for lang in self.languages
            for shot in self.shots
            for device in shot.devices
            for scheme in self.schemes
        ]


def _device(name: str, raw: Any) -> Device:
    try:
        device = Device(
            name=check_slug("device", name),
            width=int(raw["width"]),
            height=int(raw["height"]),
            scale=float(Fraction(raw["scale"])),  # a number or a fraction: "32/26"
            display_width=int(raw["display_width"]),
            display_height=int(raw["display_height"]),
        )
    except (KeyError, TypeError, ValueError, ZeroDivisionError) as error:
        raise SpecError(f"device {name}: {error}") from error
    if device.pixel_width > MAX_WIDTH:
        raise SpecError(f"device {name}: {device.pixel_width} px wide, over {MAX_WIDTH} px")
    return device


def _crops(step: str, raw: Any) -> dict[str, Crop]:
    """`crop: {phone: {top: 0, height: 260}}`: per device, the band of the viewport to keep."""
    try:
        return {
            str(device): Crop(top=int(band["top"]), height=int(band["height"]))
            for device, band in (raw or {}).items()
        }
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise SpecError(f"step {step}: crop: {error}") from error


def _shot(raw: Any) -> Shot:
    step = check_slug("step", str(raw["step"]))
    return Shot(step, tuple(str(d) for d in raw["devices"]), _crops(step, raw.get("crop")))


def _check_crops(shot: Shot, devices: dict[str, Device]) -> None:
    """Each crop names a device the step is drawn for and lies inside its viewport."""
    for name, crop in shot.crops.items():
        if name not in shot.devices:
            raise SpecError(f"step {shot.step}: crop for {name}, not one of its devices")
        device = devices[name]
        if crop.top < 0 or crop.height <= 0 or crop.top + crop.height > device.height:
            raise SpecError(
                f"step {shot.step}: crop {crop.top}+{crop.height} px is outside the"
                f" {device.height} px tall {name} viewport"
            )
        if not (crop.height * device.scale).is_integer():
            raise SpecError(
                f"step {shot.step}: crop height {crop.height} x scale {device.scale} is not a"
                " whole number of pixels (browsers round it their own way)"
            )


def load_spec(path: Path) -> Spec:
    """Read and check shots.yml."""
    try:
        raw = yaml_data.safe_load(path.read_text(encoding="utf-8"))
        devices = {str(name): _device(str(name), value) for name, value in raw["devices"].items()}
        shots = tuple(_shot(shot) for shot in raw["shots"])
        spec = Spec(
            languages=tuple(check_language(str(lang)) for lang in raw["languages"]),
            schemes=tuple(check_slug("scheme", str(scheme)) for scheme in raw["schemes"]),
            devices=devices,
            shots=shots,
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError) as error:
        raise SpecError(f"{path}: {error}") from error
    steps = [shot.step for shot in spec.shots]
    if len(set(steps)) != len(steps):
        raise SpecError(f"{path}: a step is listed twice: {steps}")
    for shot in spec.shots:
        unknown = [name for name in shot.devices if name not in devices]
        if unknown:
            raise SpecError(f"{path}: step {shot.step}: unknown device {', '.join(unknown)}")
        try:
            _check_crops(shot, devices)
        except SpecError as error:
            raise SpecError(f"{path}: {error}") from error
    return spec
