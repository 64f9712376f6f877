"""Compiled theme templates kept between builds, under ``.cache/jinja/`` (build_cache.py).

Every build (and every rebuild of ``mkdocs serve``) starts a new Jinja environment that compiled
Material's templates and ours again: a third of a rebuild. Jinja's own bytecode cache keys each
template by its name and the checksum of its source, and refuses code from another Jinja or
Python version, so an edited template is compiled afresh and an unchanged one is loaded.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig

from build_cache import cache_folder


def on_env(env: Environment, config: MkDocsConfig, files: Any) -> Environment:
    folder = cache_folder(config, "jinja")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only checkout builds as before, compiling every template
        return env
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env
