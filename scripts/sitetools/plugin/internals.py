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
    """One dependency: `needle` is the text of ours (in `where`) that relies on it."""

    name: str
    package: str
    where: str  # a module of this package, or a file of the project
    needle: str
    why: str


INTERNALS = [
    Internal(
        "i18n-state",
        "mkdocs-static-i18n",
        "i18n.py",
        ".current_language",
        "which language builds now, and whether its nested builds run (`building`)",
    ),
    Internal(
        "i18n-alternates",
        "mkdocs-static-i18n",
        "i18n.py",
        'page.file, "alternates"',
        "a page's URL in each language, for hreflang and the switcher",
    ),
    Internal(
        "i18n-switcher",
        "mkdocs-static-i18n",
        "i18n.py",
        'getattr(config.extra, "alternate"',
        "the switcher links, set as an attribute of `extra` that Jinja reads first",
    ),
    Internal(
        "i18n-priorities",
        "mkdocs-static-i18n",
        "plugin.py",
        "@event_priority(-200)",
        "nested builds and the combined search index come from its on_post_build at -100",
    ),
    Internal(
        "i18n-files",
        "mkdocs-static-i18n",
        "plugin.py",
        "@event_priority(-150)",
        "its on_files (-100) lays out each language's files; the share kit's are added after",
    ),
    Internal(
        "material-config-base",
        "mkdocs-material",
        "i18n_404.py",
        '("base":',
        "the 404 page's search base, in Material's JSON configuration",
    ),
    Internal(
        "material-search-dialog",
        "mkdocs-material",
        "localise_html.py",
        'data-md-component="search" role="dialog"',
        "the search dialog gets an accessible name",
    ),
    Internal(
        "material-french-edit",
        "mkdocs-material",
        "localise_html.py",
        "Editer cette page",
        "Material's French edit tooltip, corrected",
    ),
    Internal(
        "material-asset-names",
        "mkdocs-material",
        "unused_css.py",
        r"(main|palette)\.[0-9a-f]{8}\.min\.css",
        "the stylesheets pruned and the bundle hinted are found by name",
    ),
    Internal(
        "material-colour-switching",
        "mkdocs-material",
        "unused_css.py",
        "data-md-color-switching",
        "the palette's switching rules, pruned",
    ),
    Internal(
        "material-charset",
        "mkdocs-material",
        "csp.py",
        '<meta charset="utf-8">',
        "the CSP meta tag goes right after it",
    ),
    Internal(
        "pymdownx-tabbed",
        "pymdown-extensions",
        "unused_css.py",
        'data-tabs="',
        "tab counts (CSS pruning) and the first tab of the guide (HowTo steps)",
    ),
    Internal(
        "pymdownx-tasklist",
        "pymdown-extensions",
        "localise_html.py",
        '<label class="task-list-control"><input type="checkbox"',
        "each task checkbox is named after its item",
    ),
    Internal(
        "markdown-footnotes",
        "Markdown",
        "localise_html.py",
        "Jump back to footnote",
        "the back link's title, localised; footnotes left out of search and structured data",
    ),
    Internal(
        "watchdog-timeout",
        "watchdog",
        "plugin.py",
        "emitter._timeout",
        "`mkdocs serve` polls for edits every 0.1 s",
    ),
]
