"""What must hold before MkDocs is asked to build: one clear line instead of a traceback.

MkDocs walks ``docs_dir`` following symbolic links, so a link back to a parent folder makes
it build the same pages again and again; a page that is not UTF-8 stops it with a traceback;
an empty folder builds an empty site that has "no problems".
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from sitetools.check.config import Site
from sitetools.check.model import InputError
from sitetools.check.pages import Page, discover, read_text


def _loop(site: Site, link: Path) -> str | None:
    """Why a symbolic link cannot be followed, or None when it can."""
    try:
        target = link.resolve(strict=True)
    except RuntimeError:
        return "symbolic link loop"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        return None  # dangling: MkDocs skips it
    if link.is_dir() and link.parent.resolve().is_relative_to(target):
        return f"symbolic link loop: it leads back to {site.rel(target)}/"
    return None


def check_tree(site: Site) -> None:
    """Symbolic link loops under docs_dir stop the run with one line."""
    if not site.docs_dir.is_dir():
        raise InputError(f"{site.rel(site.docs_dir)}/: docs folder not found")
    for folder, dirs, files in os.walk(site.docs_dir):
        for name in (*dirs, *files):
            path = Path(folder) / name
            if path.is_symlink():
                problem = _loop(site, path)
                if problem:
                    raise InputError(f"{site.rel(path)}: {problem}")


def read_sources(site: Site) -> list[Page]:
    """Every page, readable as UTF-8; none at all is a configuration error."""
    pages = discover(site)
    if not pages:
        raise InputError(f"{site.rel(site.docs_dir)}/: no Markdown page to check")
    for page in pages:
        read_text(site, page.path)
    return pages
