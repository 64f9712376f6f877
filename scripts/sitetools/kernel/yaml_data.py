"""Our YAML data files (languages, glossary, share kit words, updates...), read with libyaml.

The same safe loading as ``yaml.safe_load``, through libyaml when PyYAML has it (its wheels
do): about ten times faster than the pure-Python parser, which cost every build a quarter of a
second (the share kit's words alone are read several times). Errors are PyYAML's, with marks.
"""

from __future__ import annotations

from typing import Any

import yaml

SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """The data of a YAML document."""
    return yaml.load(text, Loader=SafeLoader)
