"""Relative links: the page or file must exist, and so must the ``#fragment`` on a page."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sitetools.check.anchors import Anchors
from sitetools.check.config import Site
from sitetools.check.markdown import Link
from sitetools.check.model import Check, Finding
from sitetools.check.pages import INDEX_NAMES, MARKDOWN_SUFFIX, Page, Target, resolve

WEB_SCHEMES = ("http", "https")


class Kind(Enum):
    """What a link URL is, for the check that handles it."""

    EXTERNAL = "external"
    LOCAL = "local"
    SKIPPED = "skipped"  # mailto:, tel:, site-absolute paths...


def classify(url: str) -> Kind:
    """External (http, https, //host), local (relative path or #fragment), or not checked."""
    parts = urlsplit(url)
    if parts.scheme in WEB_SCHEMES or (not parts.scheme and parts.netloc):
        return Kind.EXTERNAL
    if parts.scheme or parts.path.startswith("/") or not (parts.path or parts.fragment):
        return Kind.SKIPPED
    return Kind.LOCAL


def external_url(url: str) -> str:
    """The URL to fetch: scheme-relative links are fetched over https."""
    return "https:" + url if url.startswith("//") else url


def split_local(url: str) -> tuple[str, str]:
    """The unquoted path and fragment of a relative link (the query is not a file)."""
    parts = urlsplit(url)
    return unquote(parts.path), unquote(parts.fragment)


@dataclass(frozen=True)
class Located:
    """A link on a page, as the checks pass it around."""

    page: Page
    link: Link


Finder = Callable[[Check, str], Finding]


def finder(site: Site, located: Located) -> Finder:
    """Builds error findings at a link's position."""
    link = located.link

    def make(check: Check, message: str) -> Finding:
        return Finding(
            check=check,
            severity="error",
            file=site.rel(located.page.path),
            line=link.line,
            column=link.column,
            target=link.text,
            message=message,
        )

    return make


def missing_message(site: Site, target: Target, path: str) -> str:
    """Why a relative path leads nowhere, with the fix when it is a built URL."""
    if target.outside:
        return f"'{path}' points outside {site.rel(site.docs_dir)}/"
    message = f"{site.rel(target.path)} does not exist"
    source = target.path.parent / (target.path.name + MARKDOWN_SUFFIX)
    if path.endswith("/") and target.path.name == INDEX_NAMES[0]:
        source = target.path.parent.with_suffix(MARKDOWN_SUFFIX)
    if source.is_file() and source != target.path:
        message += f"; link to the Markdown source '{source.name}'"
    return message


class LocalLinks:
    """Checks relative links and fragments; remembers every file they reach."""

    def __init__(self, site: Site, anchors: Anchors, sources: dict[Path, str]) -> None:
        self._site = site
        self._anchors = anchors
        self._sources = sources
        self.reached: set[Path] = set()

    def check(self, located: Located) -> list[Finding]:
        """link-page and link-anchor findings for one link (images: see images.py)."""
        path, fragment = split_local(located.link.url)
        make = finder(self._site, located)
        if not path:
            return self._check_fragment(located.page.path, fragment, make, same_page=True)
        target = resolve(self._site, located.page, path)
        if not target.exists:
            return [make(Check.LINK_PAGE, missing_message(self._site, target, path))]
        self.reached.add(target.path)
        if fragment and target.path.suffix == MARKDOWN_SUFFIX:
            return self._check_fragment(target.path, fragment, make, same_page=False)
        return []

    def _check_fragment(
        self, path: Path, fragment: str, make: Finder, *, same_page: bool
    ) -> list[Finding]:
        if not fragment:
            return []
        source = self._sources.get(path)
        if source is None:
            return []
        ids = self._anchors.ids(path, source)
        if fragment in ids:
            return []
        where = "this page" if same_page else self._site.rel(path)
        message = f"no anchor #{fragment} on {where}"
        close = difflib.get_close_matches(fragment, sorted(ids), n=1)
        if close:
            message += f"; did you mean #{close[0]}?"
        return [make(Check.LINK_ANCHOR, message)]
