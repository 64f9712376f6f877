"""What must hold before MkDocs is asked to build: one clear line instead of a traceback.

MkDocs walks ``docs_dir`` following symbolic links, so a link back to a parent folder makes
it build the same pages again and again; a page that is not UTF-8 stops it with a traceback;
an empty folder builds an empty site that has "no problems".
"""

from __future__ import annotations

from pathlib import Path

from sitetools.docs_files import problems
from sitetools.kernel.config import Site
from sitetools.kernel.model import InputError
from sitetools.kernel.pages import Page, discover, read_text


def check_tree(site: Site) -> None:
    """Symbolic link loops and dangling links under docs_dir stop the run with one line.

    The same reader as ``scripts/check_docs_files.py`` (``make build`` runs it first).
    """
    if not site.docs_dir.is_dir():
        raise InputError(f"{site.rel(site.docs_dir)}/: docs folder not found")
    for problem in problems(site.docs_dir, Path(site.rel(site.docs_dir))):
        raise InputError(problem)


def read_sources(site: Site) -> list[Page]:
    """Every page, readable as UTF-8; none at all is a configuration error."""
    pages = discover(site)
    if not pages:
        raise InputError(f"{site.rel(site.docs_dir)}/: no Markdown page to check")
    for page in pages:
        read_text(site, page.path)
    return pages
