"""The square and story images: their sizes, no metadata, within the validator's limits."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from share_kit_support import Drawn, draw

from sitetools.check.images import inspect
from sitetools.check.validate import DEFAULT_LIMITS
from sitetools.share_kit.images import SQUARE_SIZE, STORY_SIZE

KB = 1024


@pytest.mark.parametrize(("asset", "size"), [("square", (1080, 1080)), ("story", (1080, 1920))])
def test_sizes_as_linkedin_asks(drawn: Drawn, asset: str, size: tuple[int, int]) -> None:
    with Image.open(io.BytesIO(drawn.asset(asset))) as image:
        assert image.format == "PNG"
        assert image.size == size
    assert (SQUARE_SIZE, STORY_SIZE)[asset == "story"] == size


@pytest.mark.parametrize("asset", ["square", "story"])
def test_no_metadata_and_within_the_site_image_limits(drawn: Drawn, asset: str, tmp_path) -> None:
    path = tmp_path / drawn.words.files[asset]
    path.write_bytes(drawn.asset(asset))
    info = inspect(path)
    assert info.format == "PNG"
    assert info.metadata == ()
    with Image.open(path) as image:
        assert not image.text  # no PNG text chunk at all, identifying or not
    assert len(drawn.asset(asset)) <= DEFAULT_LIMITS.max_kb * KB
    assert (info.width or 0) <= DEFAULT_LIMITS.max_width


def test_a_second_render_is_byte_identical(drawn: Drawn) -> None:
    again = draw(drawn.inputs)
    assert again.asset("square") == drawn.asset("square")
    assert again.asset("story") == drawn.asset("story")
