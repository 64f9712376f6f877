"""Links of the built site: resolved as a browser does, against the page's built URL.

A rendered ``href``/``src`` is joined to the URL the page is served at (``fr/guide/`` with
``use_directory_urls``, ``fr/guide.html`` without), then looked for in the built folder; a
``#fragment`` must be an id of the built target. MkDocs rewrites Markdown links to sources
(``other.md`` -> ``../other/``) but leaves raw HTML alone, which is why both are checked
only once rendered. Messages say what to write instead when the fix is clear.
"""

from __future__ import annotations

import difflib
import errno
import posixpath
from dataclasses import dataclass
from enum import Enum
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from sitetools.check.build import Build, BuiltPage
from sitetools.check.rendered import page_ids
from sitetools.kernel.config import Site
from sitetools.kernel.model import Check, Finding

WEB_SCHEMES = ("http", "https")
# Fragments a browser handles without an id: the top of the page, text fragments.
BUILTIN_FRAGMENTS = ("top",)
TEXT_FRAGMENT = ":~:"
# "Did you mean": only among this many ids, so thousands of broken anchors stay cheap.
HINT_MAX_IDS = 500
HINT_MAX_LENGTH = 100
# ... and for this many broken anchors per run: past that, fixing comes before hints.
HINT_BUDGET = 1000
INDEX_HTML = "index.html"


class Kind(Enum):
    """What a link URL is, for the check that handles it."""

    EXTERNAL = "external"
    LOCAL = "local"
    SKIPPED = "skipped"  # mailto:, tel:, data:, javascript:...


def classify(url: str) -> Kind:
    """External (http, https, //host), local (a path or #fragment), or not checked."""
    parts = urlsplit(url)
    if parts.scheme in WEB_SCHEMES or (not parts.scheme and parts.netloc):
        return Kind.EXTERNAL
    if parts.scheme or not (parts.path or parts.fragment):
        return Kind.SKIPPED
    return Kind.LOCAL


def external_url(url: str) -> str:
    """The URL to fetch: scheme-relative links are fetched over https."""
    return "https:" + url if url.startswith("//") else url


@dataclass(frozen=True)
class Located:
    """A rendered link and where its text is in the sources."""

    file: Path
    line: int | None
    column: int | None
    # As written in the source when found there, else as rendered.
    target: str
    # The language of the page that shows the link.
    lang: str
    # A reference link: the line that uses the definition holding the target.
    used_at: int | None = None


def finding(
    site: Site, located: Located, check: Check, message: str, severity: str = "error"
) -> Finding:
    """A finding at a link's position."""
    if located.used_at is not None and located.used_at != located.line:
        message += f" (reference used at line {located.used_at})"
    return Finding(
        check=check,
        severity="warning" if severity == "warning" else "error",
        file=site.rel(located.file),
        line=located.line,
        column=located.column,
        target=located.target,
        message=message,
    )


@dataclass(frozen=True)
class Resolved:
    """Where a local URL lands in the built site: a file, or why it does not."""

    path: Path | None
    site_path: str
    fragment: str
    problem: str | None = None


def page_dir(page: BuiltPage) -> str:
    """The folder a browser resolves relative links against, as a site path ('' = root)."""
    return page.url if page.url.endswith("/") or not page.url else posixpath.dirname(page.url)


class BuiltSite:
    """The built folder, its pages' ids, and what each built file came from."""

    def __init__(self, site: Site, build: Build) -> None:
        self.site = site
        self.build = build
        self.root = build.site_dir
        self._ids: dict[Path, frozenset[str]] = {}
        self._hints: dict[tuple[Path, str], str | None] = {}
        self._hint_budget = HINT_BUDGET
        self._files: dict[tuple[str, bool], Resolved] = {}
        self._shown: dict[Path, str] = {}
        self.page_of_dest = {page.dest: page for page in build.pages}
        # Pages written as their content alone (a content-only build): the theme's ids count.
        self._bare = {page.dest for page in build.pages if not page.themed}
        self.dest_of_source: dict[Path, Path] = {}
        for dest, source in build.origins.items():
            self.dest_of_source.setdefault(source, dest)
        for page in build.pages:
            self.dest_of_source.setdefault(page.source, page.dest)

    def resolve(self, page: BuiltPage, url: str) -> Resolved:
        """The built file a local URL of ``page`` designates."""
        parts = urlsplit(url)
        path, fragment = unquote(parts.path), unquote(parts.fragment)
        if not path:
            return Resolved(page.dest, page.url, fragment)
        base = self.site.base_path
        # A browser resolves against the page's URL and stops at the domain's root.
        start = "/" if path.startswith("/") else base + page_dir(page)
        full = posixpath.normpath(posixpath.join(start, path))
        if not (full + "/").startswith(base):
            problem = f"'{path}' is outside the site, which is served under {base} (site_url)"
            return Resolved(None, path, fragment, problem)
        site_path = full[len(base) :].strip("/")
        found = self._file(site_path, slash=bool(path.endswith("/") and site_path))
        return Resolved(found.path, found.site_path, fragment, found.problem)

    def _file(self, site_path: str, *, slash: bool) -> Resolved:
        """The built file at a site path, looked up once (many links share a target)."""
        key = (site_path, slash)
        if key not in self._files:
            target = self.root / site_path
            try:
                if slash or target.is_dir():
                    target = target / INDEX_HTML
                exists = target.is_file()
            except OSError as error:
                self._files[key] = Resolved(None, site_path, "", _os_problem(error))
            else:
                shown = "/" + site_path + ("/" if slash else "")
                self._files[key] = Resolved(target if exists else None, shown, "")
        return self._files[key]

    def ids(self, path: Path) -> frozenset[str]:
        """The ids of a built HTML file (read once)."""
        if path not in self._ids:
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = ""
            ids = page_ids(text)
            self._ids[path] = ids | self.build.theme_ids if path in self._bare else ids
        return self._ids[path]

    def hint(self, path: Path, fragment: str) -> str | None:
        """The closest id, searched among a bounded number of ids, once per question."""
        key = (path, fragment)
        if key not in self._hints:
            ids = self.ids(path)
            close: list[str] = []
            if self._hint_budget and len(fragment) <= HINT_MAX_LENGTH and len(ids) <= HINT_MAX_IDS:
                self._hint_budget -= 1
                close = difflib.get_close_matches(fragment, sorted(ids), n=1)
            self._hints[key] = close[0] if close else None
        return self._hints[key]

    def shown(self, dest: Path) -> str:
        """A built file as the reader sees it: its source when it has one."""
        if dest not in self._shown:
            page = self.page_of_dest.get(dest)
            source = page.source if page else self.build.origins.get(dest)
            shown = "/" + dest.relative_to(self.root).as_posix()
            self._shown[dest] = self.site.rel(source) if source is not None else shown
        return self._shown[dest]

    def source_relative(self, page: BuiltPage, path: str) -> Path:
        """What a path would name if read relative to the page's source file (as MkDocs does)."""
        return Path(posixpath.normpath(posixpath.join(page.source.parent.as_posix(), path)))

    def built_url_of(self, page: BuiltPage, source: Path) -> str | None:
        """The URL to write on ``page`` to reach the built form of ``source``."""
        dest = self.dest_of_source.get(source)
        if dest is None:
            return None
        target = self.page_of_dest.get(dest)
        site_path = target.url if target else dest.relative_to(self.root).as_posix()
        relative = posixpath.relpath("/" + site_path, "/" + (page_dir(page) or "."))
        if site_path.endswith("/") or not site_path:
            relative = relative.rstrip("/") + "/"
        return "./" if relative == "./" else relative


def _os_problem(error: OSError) -> str:
    if error.errno == errno.ENAMETOOLONG:
        return "path too long"
    return f"cannot be read: {error.strerror or error}"


def _meant(source: Path, path: str) -> Path | None:
    """The docs file a link was probably meant for, read as MkDocs reads Markdown links."""
    candidates = [source]
    if path.endswith("/") or not PurePosixPath(path).suffix:
        folder = source
        candidates += [
            folder.with_name(folder.name + ".md"),
            folder / "index.md",
            folder / "README.md",
        ]
    return next((candidate for candidate in candidates if candidate.is_file()), None)


def _missing_reason(built: BuiltSite, page: BuiltPage, url: str, resolved: Resolved) -> str:
    site = built.site
    docs = site.rel(site.docs_dir)
    message = f"{resolved.site_path} does not exist in the built site"
    # Read as written: MkDocs turns other.md into other/ even when other.md is excluded.
    path = unquote(urlsplit(page.rewritten.get(url, url)).path)
    source = built.source_relative(page, path)
    markdown = path.endswith(".md") or ".md/" in path
    if not source.is_relative_to(site.docs_dir):
        if markdown:
            return f"'{path}' points outside {docs}/"
        if source.exists():
            return f"{message}; {site.rel(source)} is outside {docs}/, so not published"
        return message
    meant = _meant(source, path)
    if meant is None:
        return message if not PurePosixPath(path).suffix else f"{site.rel(source)} does not exist"
    if meant not in built.dest_of_source:
        return f"{site.rel(meant)} is not built (exclude_docs or draft_docs)"
    if url in page.from_markdown and not markdown:
        source_link = posixpath.relpath(meant, page.source.parent)
        return f"{message}; link to the Markdown source instead: '{source_link}'"
    better = built.built_url_of(page, meant)
    if better is None or better == path:
        return message
    if markdown:
        why = "MkDocs left it as written (raw HTML, or a page of another language's build)"
    else:
        why = f"the browser resolves it against the page's URL /{page.url}, not its source file"
    return f"{message}; {why}: write '{better}'"


def missing_message(built: BuiltSite, page: BuiltPage, url: str, resolved: Resolved) -> str:
    """Why a local URL leads nowhere on the built site, with the fix when it is clear."""
    if resolved.problem:
        return resolved.problem
    try:
        return _missing_reason(built, page, url, resolved)
    except OSError as error:
        return _os_problem(error)


def check_local(
    built: BuiltSite, page: BuiltPage, url: str, located: Located, same_page_name: str
) -> list[Finding]:
    """link-page and link-anchor findings for one local link."""
    resolved = built.resolve(page, url)
    site = built.site
    if resolved.path is None:
        return [
            finding(site, located, Check.LINK_PAGE, missing_message(built, page, url, resolved))
        ]
    fragment = resolved.fragment
    if (
        not fragment
        or fragment in BUILTIN_FRAGMENTS
        or TEXT_FRAGMENT in fragment
        or resolved.path.suffix != ".html"
    ):
        return []
    if fragment in built.ids(resolved.path):
        return []
    same = resolved.path == page.dest
    where = same_page_name if same else built.shown(resolved.path)
    message = f"no anchor #{fragment} on {where}"
    close = built.hint(resolved.path, fragment)
    if close:
        message += f"; did you mean #{close}?"
    return [finding(site, located, Check.LINK_ANCHOR, message)]
