"""The share kit of each language, drawn once per test session from the repository's sources."""

from __future__ import annotations

import pytest
from share_kit_support import LOCALES, Drawn, draw, inputs_of


@pytest.fixture(scope="session", params=LOCALES)
def drawn(request: pytest.FixtureRequest) -> Drawn:
    return draw(inputs_of(request.param))


@pytest.fixture(scope="session")
def both() -> dict[str, Drawn]:
    return {lang: draw(inputs_of(lang)) for lang in LOCALES}
