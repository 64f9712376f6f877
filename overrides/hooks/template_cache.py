"""Compiled theme templates kept between builds, under ``.cache/jinja/`` next to ``mkdocs.yml``.

Every build (and every rebuild of ``mkdocs serve``) starts a new Jinja environment that compiled
Material's templates and ours again: a third of a rebuild. Jinja's own bytecode cache keys each
template by its name and the checksum of its source, and refuses code from another Jinja or
Python version, so an edited template is compiled afresh and an unchanged one is loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig

CACHE_FOLDER = Path(".cache") / "jinja"


def on_env(env: Environment, config: MkDocsConfig, files: Any) -> Environment:
    folder = Path(config.config_file_path or ".").parent / CACHE_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only checkout builds as before, compiling every template
        return env
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env
