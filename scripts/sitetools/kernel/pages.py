"""Which Markdown file is which page in which language.

mkdocs-static-i18n has two layouts: ``folder`` (``docs/fr/page.md``, ``docs/en/page.md``) and
``suffix`` (``page.md`` or ``page.fr.md`` beside ``page.en.md``). Where links land is for
the validator to say (``sitetools.check.links``); this module only names pages and their
languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sitetools.kernel.config import Site
from sitetools.kernel.model import InputError

MARKDOWN_SUFFIX = ".md"
INDEX_NAMES = ("index.md", "README.md")


@dataclass(frozen=True)
class Page:
    """A Markdown source, its language, and its language-neutral name (None: shared file)."""

    path: Path
    lang: str
    key: str | None


def _suffix_locale(name: str, locales: tuple[str, ...]) -> str | None:
    """'en' for 'page.en.md' or 'shot.en.png'."""
    parts = name.split(".")
    if len(parts) >= 3 and parts[-2] in locales:
        return parts[-2]
    return None


def _strip_locale(name: str, locale: str) -> str:
    stem, _, ext = name.rpartition(".")
    return f"{stem.removesuffix('.' + locale)}.{ext}"


def page_of(site: Site, path: Path) -> Page:
    """The page a Markdown file is, by the configured docs structure."""
    rel = PurePosixPath(path.relative_to(site.docs_dir).as_posix())
    if site.structure == "folder":
        if len(rel.parts) > 1 and rel.parts[0] in site.locales:
            return Page(path, rel.parts[0], PurePosixPath(*rel.parts[1:]).as_posix())
        return Page(path, site.default, None)
    locale = _suffix_locale(rel.name, site.locales)
    if locale is None:
        return Page(path, site.default, rel.as_posix())
    return Page(path, locale, rel.with_name(_strip_locale(rel.name, locale)).as_posix())


def discover(site: Site) -> list[Page]:
    """Every Markdown source under docs_dir, in a stable order."""
    paths = sorted(p for p in site.docs_dir.rglob(f"*{MARKDOWN_SUFFIX}") if p.is_file())
    return [page_of(site, path) for path in paths if not excluded(site, path)]


def excluded(site: Site, path: Path) -> bool:
    """MkDocs' default exclusions: dot files and folders, and the root ``templates/``."""
    parts = path.relative_to(site.docs_dir).parts
    return any(part.startswith(".") for part in parts) or parts[0] == "templates"


def marked_language(site: Site, path: Path) -> str | None:
    """The language a file is reserved for: a ``.en.`` suffix or a language folder."""
    try:
        rel = PurePosixPath(path.relative_to(site.docs_dir).as_posix())
    except ValueError:
        return None
    locale = _suffix_locale(rel.name, site.locales)
    if locale is not None:
        return locale
    return next((part for part in rel.parts[:-1] if part in site.locales), None)


def read_text(site: Site, path: Path) -> str:
    """A source's text; unreadable, binary or non-UTF-8 files stop the run with one line."""
    name = site.rel(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{name}: cannot read: {error.strerror or error}") from error
    if b"\0" in data:
        raise InputError(f"{name}: binary file, not Markdown text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        byte = data[error.start]
        raise InputError(f"{name}:{line}: not UTF-8 text (byte 0x{byte:02x})") from error
