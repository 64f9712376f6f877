"""MkDocs' own build, run in-process into a temporary folder, watched page by page.

The validator checks what MkDocs produces, not a re-reading of the Markdown: plugins, hooks,
mkdocs-static-i18n (which re-runs the build once per language) and every configured extension
all take part. A collector plugin, registered last, keeps for each page its source, built URL,
content area and the links MkDocs rewrote (rendered URL -> URL as written); it also records
the files ``pymdownx.snippets`` reads, so findings in included text point at the snippet.
MkDocs' log is captured, never printed (stdout must stay pure JSON in json mode).

A *content-only* build (what the validator runs first) is the same pipeline, every event,
plugin, hook and extension included, except that the theme's template is rendered only for the
first page of each build (static-i18n runs one per language) and for pages that choose their
own ``template:`` (a blog index draws its posts there). Every other page is written as its
content area in a bare HTML document, and still goes through ``on_page_context`` and
``on_post_page``. Checks read only the content area's links, so what is lost is the theme's
own ids on those pages: the ids the fully rendered page has outside its content are accepted
on every page (``Build.theme_ids``). Rendering a large nav into every page is most of
``mkdocs build``'s time on a big site; this skips it. If that build fails in any way, the
caller runs the normal full build instead (see ``validate``).
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.commands import build as mkdocs_build_module
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, MkDocsException
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page as MkDocsPage
from mkdocs.structure.pages import _RelativePathTreeprocessor

from sitetools.check.rendered import page_ids
from sitetools.kernel.model import InputError

COLLECTOR = "check_site_collector"
DEFAULT_TEMPLATE = "main.html"
# What a page of a content-only build is written as (the charset line as the theme writes it,
# for post_page hooks that insert after it).
BARE_PAGE = (
    '<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n</head>\n<body>\n'
    "<article>\n{content}\n</article>\n</body>\n</html>\n"
)
LAST = -1000  # after every other plugin and hook
NAV_MISSING = re.compile(
    r"A reference to '(?P<target>.+)' is included in the 'nav' configuration, which is not found"
)


@dataclass
class BuiltPage:
    """One page of the built site, as MkDocs rendered it."""

    source: Path
    url: str
    dest: Path
    # The language whose build rendered it (None: a site without static-i18n).
    build_language: str | None
    content: str = ""
    # Rendered URL -> URL as written in the Markdown, for links MkDocs rewrote.
    rewritten: dict[str, str] = field(default_factory=dict)
    # URLs of Markdown links and images as rendered (raw HTML never reaches MkDocs' rewriter).
    from_markdown: set[str] = field(default_factory=set)
    snippets: list[Path] = field(default_factory=list)
    # False when only the content area was written (a content-only build): ``theme_ids`` count.
    themed: bool = True


@dataclass
class Build:
    """Everything a check needs from one build."""

    site_dir: Path
    pages: list[BuiltPage]
    # Built file -> the source it was copied or rendered from (docs, custom_dir, theme).
    origins: dict[Path, Path]
    nav_missing: list[str]
    # MkDocs' log of the build (plugins and hooks included), kept instead of printed.
    log: list[logging.LogRecord]
    # Built file -> what drew it, for files a plugin or hook added (File.generated): they have
    # no source in the project (held in memory, or kept in a cache such as the share kit's).
    generated: dict[Path, str] = field(default_factory=dict)
    # Ids the theme draws outside the content area, seen on fully rendered pages; they are
    # targets on the pages written as content only too.
    theme_ids: frozenset[str] = frozenset()
    content_only: bool = False


class _Collector(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """Watches the build; not a real plugin of the site."""

    def __init__(self, language: Callable[[], str | None]) -> None:
        super().__init__()
        self._language = language
        self.pages: dict[tuple[Path, str], BuiltPage] = {}
        self.current: BuiltPage | None = None
        self.origins: dict[Path, Path] = {}
        self.generated: dict[Path, str] = {}
        self.theme_ids: set[str] = set()
        # Content-only builds: True until the current build has rendered one page in full.
        self.theme_pending = True
        # The pages rendered in full because they came first in their build: theme samples.
        self.samples: set[tuple[Path, str]] = set()

    @event_priority(LAST)
    def on_pre_build(self, config: MkDocsConfig) -> None:
        self.theme_pending = True  # each build (static-i18n's per language) renders one

    @event_priority(LAST)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        for file in files:
            included = file.inclusion.is_included()  # type: ignore[no-untyped-call]
            if file.abs_src_path and included:
                self.origins[Path(file.abs_dest_path)] = Path(file.abs_src_path)
            if file.generated_by and included:
                self.generated[Path(file.abs_dest_path)] = file.generated_by
        return files

    @event_priority(LAST)
    def on_page_markdown(
        self, markdown: str, page: MkDocsPage, config: MkDocsConfig, files: Files
    ) -> str:
        source = _source_of(page, config)
        self.current = BuiltPage(
            source=source,
            url=page.url,
            dest=Path(page.file.abs_dest_path),
            build_language=self._language(),
        )
        self.pages[(source, page.url)] = self.current
        return markdown

    @event_priority(LAST)
    def on_post_page(self, output: str, page: MkDocsPage, config: MkDocsConfig) -> str:
        key = (_source_of(page, config), page.url)
        built = self.pages.get(key)
        if built is not None:
            built.content = page.content or ""
            if key in self.samples:
                self.theme_ids |= page_ids(output) - page_ids(built.content)
        self.current = None
        return output


def _source_of(page: MkDocsPage, config: MkDocsConfig) -> Path:
    """A page's Markdown file; a page a plugin generates is named where MkDocs places it."""
    if page.file.abs_src_path:
        return Path(page.file.abs_src_path)
    return Path(config.docs_dir) / page.file.src_uri


class _Log(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextlib.contextmanager
def captured_log() -> Iterator[_Log]:
    """MkDocs' logger (plugins and hooks log under it) writes into a list, not the terminal."""
    logger = logging.getLogger("mkdocs")
    handler = _Log()
    saved = logger.handlers[:], logger.propagate, logger.level
    logger.handlers = [handler]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    try:
        yield handler
    finally:
        logger.handlers, logger.propagate, logger.level = saved


@contextlib.contextmanager
def _watching(collector: _Collector) -> Iterator[None]:
    """Records MkDocs' link rewriting and the snippet files read, for the current page."""
    original_path_to_url = _RelativePathTreeprocessor.path_to_url

    def path_to_url(self: _RelativePathTreeprocessor, url: str) -> str:
        new = original_path_to_url(self, url)
        if collector.current is not None:
            collector.current.from_markdown.add(new)
            if new != url:
                collector.current.rewritten.setdefault(new, url)
        return new

    patches: list[tuple[Any, str, Any]] = [(_RelativePathTreeprocessor, "path_to_url", path_to_url)]
    try:
        from pymdownx.snippets import SnippetPreprocessor  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - pymdown-extensions not installed
        SnippetPreprocessor = None  # noqa: N806
    if SnippetPreprocessor is not None and hasattr(SnippetPreprocessor, "read_lines"):
        original_read = SnippetPreprocessor.read_lines  # pymdown-extensions 13.1 and later

        def read_lines(self: Any, path: str) -> Any:
            if collector.current is not None:
                collector.current.snippets.append(Path(path).absolute())
            return original_read(self, path)

        patches.append((SnippetPreprocessor, "read_lines", read_lines))
    elif SnippetPreprocessor is not None and hasattr(SnippetPreprocessor, "parse_snippets"):
        original_parse = SnippetPreprocessor.parse_snippets  # older: each file parsed by name

        def parse_snippets(
            self: Any, lines: Any, file_name: str | None = None, *args: Any, **kwargs: Any
        ) -> Any:
            is_url = kwargs.get("is_url", args[0] if args else False)
            if collector.current is not None and file_name and not is_url:
                collector.current.snippets.append(Path(file_name).absolute())
            return original_parse(self, lines, file_name, *args, **kwargs)

        patches.append((SnippetPreprocessor, "parse_snippets", parse_snippets))
    saved = [(owner, name, getattr(owner, name)) for owner, name, _ in patches]
    for owner, name, replacement in patches:
        setattr(owner, name, replacement)
    try:
        yield
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)


class _Bare:
    """A template that writes the page's content area alone."""

    def render(self, context: dict[str, Any]) -> str:
        return BARE_PAGE.format(content=context["page"].content or "")


class _BareEnvironment:
    """The theme's Jinja environment, whose templates write only the content area."""

    def __init__(self, env: Any) -> None:
        self._env = env

    def get_template(self, name: str, *args: Any, **kwargs: Any) -> _Bare:
        self._env.get_template(name, *args, **kwargs)  # a missing template still fails
        return _Bare()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._env, name)


@contextlib.contextmanager
def _content_only(collector: _Collector) -> Iterator[None]:
    """MkDocs' own page building, with the theme rendered once per build (see the module)."""
    original = mkdocs_build_module._build_page

    def build_page(
        page: MkDocsPage,
        config: MkDocsConfig,
        doc_files: Any,
        nav: Any,
        env: Any,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        key = (_source_of(page, config), page.url)
        own_template = page.meta.get("template", DEFAULT_TEMPLATE) != DEFAULT_TEMPLATE
        if collector.theme_pending and not own_template:
            collector.theme_pending = False
            collector.samples.add(key)
        elif not own_template:
            env = _BareEnvironment(env)
            if key in collector.pages:
                collector.pages[key].themed = False
        original(page, config, doc_files, nav, env, *args, **kwargs)

    mkdocs_build_module._build_page = build_page
    try:
        yield
    finally:
        mkdocs_build_module._build_page = original


def _language_of(config: MkDocsConfig) -> Callable[[], str | None]:
    plugin = next(
        (p for p in config.plugins.values() if type(p).__module__.startswith("mkdocs_static_i18n")),
        None,
    )
    if plugin is None:
        return lambda: None
    return lambda: getattr(plugin, "current_language", None)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def run_build(config: MkDocsConfig, site_dir: Path, *, content_only: bool = False) -> Build:
    """Build the site into ``site_dir`` (a temporary folder) and return what was seen.

    ``content_only``: the theme is rendered for one page per build only (see the module).
    A failing build (a plugin error, a broken template) is an :class:`InputError`: one line.
    The build runs in the config's folder, as ``mkdocs build`` is meant to be run.
    """
    config.site_dir = str(site_dir)
    config.strict = False  # warnings are the validator's to report, not a reason to stop
    collector = _Collector(_language_of(config))
    config.plugins[COLLECTOR] = collector
    # Paths some extensions read relative to the working directory (pymdownx.snippets'
    # base_path) mean what they mean when mkdocs runs beside its config: same answer anywhere.
    root = Path(config.config_file_path).parent
    modes = _content_only(collector) if content_only else contextlib.nullcontext()
    with captured_log() as log, _watching(collector), modes, contextlib.chdir(root):
        try:
            mkdocs_build(config)
        except (Abort, MkDocsException) as error:
            errors = [r.getMessage() for r in log.records if r.levelno >= logging.ERROR]
            raise InputError(
                f"mkdocs build failed: {_one_line(errors[-1] if errors else str(error))}"
            ) from error
        except Exception as error:  # a plugin or hook raising anything else
            raise InputError(
                f"mkdocs build failed: {type(error).__name__}: {_one_line(str(error))}"
            ) from error
    nav_missing = [
        match["target"]
        for record in log.records
        if (match := NAV_MISSING.search(record.getMessage()))
    ]
    return Build(
        site_dir=site_dir,
        pages=list(collector.pages.values()),
        origins=collector.origins,
        nav_missing=list(dict.fromkeys(nav_missing)),
        log=log.records,
        generated=collector.generated,
        theme_ids=frozenset(collector.theme_ids),
        content_only=content_only,
    )
