"""Fixtures for the screenshot tooling tests (helpers in screens_helpers.py)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from screens_helpers import save_jpeg, save_png, screen

from sitetools.screenshots.browser import Renderer
from sitetools.screenshots.naming import SOURCE_DIR


@pytest.fixture
def make_capture(tmp_path: Path) -> Callable[..., Path]:
    """Write a generated capture: make_capture("shot.png") or ("shot.jpg", orientation=6)."""

    def make(name: str = "capture.png", image: Image.Image | None = None, **options: int) -> Path:
        path = tmp_path / "raw" / name
        path.parent.mkdir(exist_ok=True)
        picture = image if image is not None else screen()
        if path.suffix == ".png":
            return save_png(picture, path)
        if path.suffix == ".jpg":
            return save_jpeg(picture, path, options.get("orientation"))
        buffer = io.BytesIO()
        picture.save(buffer, path.suffix.lstrip(".").upper())
        path.write_bytes(buffer.getvalue())
        return path

    return make


@pytest.fixture
def docs_dir(tmp_path: Path) -> Path:
    """A throwaway docs/ folder."""
    return tmp_path / "docs"


@pytest.fixture(scope="module")
def camera() -> Iterator[Renderer]:
    """One chromium for a module's browser tests: starting it is most of their time."""
    with Renderer(SOURCE_DIR / "fonts") as renderer:
        yield renderer
