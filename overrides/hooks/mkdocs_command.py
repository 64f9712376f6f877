"""Which MkDocs command runs: ``mkdocs serve`` differs from the published build in two ways.

Under ``serve`` the page's Content-Security-Policy lets MkDocs' live-reload script run (csp.py),
and Material's stylesheet is served whole instead of pruned (unused_css.py: the pruning only
saves bytes, the page looks the same, and it took a fifth of each rebuild). A hook that needs to
know imports ``on_startup`` from here, so MkDocs calls it; hooks and this module are loaded once
per process, so the answer survives every rebuild of ``serve``.
"""

from __future__ import annotations

_command = {"name": "build"}


def on_startup(*, command: str, dirty: bool) -> None:
    """MkDocs' first event, with the command it runs (`build`, `gh-deploy` or `serve`)."""
    _command["name"] = command


def serving() -> bool:
    """True under ``mkdocs serve``: the pages are for the author's browser, not published."""
    return _command["name"] == "serve"
