"""`mkdocs serve` notices an edit within a tenth of a second instead of half a second.

MkDocs 1.6 watches the pages with watchdog's polling observer, every 0.5 s, and offers no
setting for it: a quarter of a second on average between saving a page and the rebuild. Its
``on_serve`` event hands hooks the server; the emitters it has set up get a shorter interval.
Polling ``docs/`` (a few hundred files) ten times a second costs nothing noticeable.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig

POLL_SECONDS = 0.1


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    for emitter in getattr(server.observer, "emitters", ()):
        if hasattr(emitter, "_timeout"):  # watchdog's EventEmitter: the polling interval
            emitter._timeout = POLL_SECONDS
    return server
