"""Every internal of another package that the plugin depends on, in one list.

An internal is anything the package does not promise: an attribute of its objects, its markup,
its file names, the priority of its events. Each one here says where we use it and why, and
``tests/plugin/test_internals.py`` holds a test per entry that fails when the package changes
it, so that an upgrade (or a move off Material) knows what to look at first.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Internal:
    """One dependency: `needle` is the text of ours (in `where`, a module of this package or a
    file of the project) that relies on it; `why` we do."""

    name: str
    package: str
    where: str
    needle: str
    why: str


# name | package | where | needle | why
TABLE = """
i18n-state | mkdocs-static-i18n | i18n.py | .current_language | the language building, nested builds
i18n-alternates | mkdocs-static-i18n | i18n.py | page.file, "alternates" | hreflang, switcher
i18n-switcher | mkdocs-static-i18n | i18n.py | getattr(config.extra, "alternate" | switcher links
i18n-priorities | mkdocs-static-i18n | plugin.py | @event_priority(-200) | after its nested builds
i18n-files | mkdocs-static-i18n | plugin.py | @event_priority(-150) | share kit after its on_files
material-config-base | mkdocs-material | i18n_404.py | ("base": | 404 pages' search base
material-search-dialog | mkdocs-material | localise_html.py | role="dialog"> | its accessible name
material-french-edit | mkdocs-material | data/languages.yml | Editer cette page | wrong French
material-asset-names | mkdocs-material | unused_css.py | (main|palette)\\.[0-9a-f]{8} | rewritten
material-colour-switching | mkdocs-material | unused_css.py | data-md-color-switching | pruned
material-charset | mkdocs-material | csp.py | <meta charset="utf-8"> | the CSP meta tag follows it
pymdownx-tabbed | pymdown-extensions | unused_css.py | data-tabs=" | tab counts, HowTo steps
pymdownx-tasklist | pymdown-extensions | localise_html.py | "task-list-control"> | checkbox names
markdown-footnotes | Markdown | localise_html.py | Jump back to footnote | localised, left out
watchdog-timeout | watchdog | plugin.py | emitter._timeout | `mkdocs serve` polls every 0.1 s
"""
INTERNALS = [Internal(*row.split(" | ")) for row in TABLE.strip().splitlines()]
