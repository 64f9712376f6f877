"""Front matter every page must carry, and the dates it shows in the page's language.

The rules (keys, description length, date, ``confirmed_in_app``) are
:mod:`sitetools.rules.front_matter`'s, which ``scripts/check_content.py`` runs before the build;
here they guard ``mkdocs build --strict`` too, naming file:line, for a build run on its own.
Templates get ``last_reviewed`` (when the text was checked against its sources) and, on a guide,
``app_confirmation``: when its steps were last confirmed in LinkedIn's own interface, with a
link to the screenshot, or that they never were. A translation whose source (the default
language's page, same path) changed in git after it gets ``translation_behind``, that date:
git dates alone (``sitetools.translations.history``, as ``check_translations.py``: a change of
spacing does not count, uncommitted edits neither); without git history, nothing is shown. A page
marked ``untranslated`` (copied by ``scripts/add_language.py``) always gets it: the source's
last commit date, or without git its ``last_reviewed`` date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from babel.dates import format_date
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from sitetools.kernel.frontmatter import FrontMatterError, read_front_matter
from sitetools.languages import Language
from sitetools.plugin.state import BuildState, log
from sitetools.rules.front_matter import CONFIRMED_IN_APP as FIELD
from sitetools.rules.front_matter import UNTRANSLATED, confirmation_problem, problems, reviewed_on
from sitetools.translations.history import History


def long_date(date: dt.date, language: Language) -> str:
    """A date spelled out in a site language ("3 novembre 2025", "3 November 2025")."""
    return format_date(date, format="long", locale=language.date_locale)


def check_front_matter(page: Page, files: Files) -> None:
    """Check the front matter as soon as MkDocs has read it; keep what the template needs."""
    source = f"docs/{page.file.src_uri}"
    if page.file.abs_src_path is not None:
        try:
            front_matter = read_front_matter(Path(page.file.abs_src_path), source)
        except FrontMatterError as error:
            # MkDocs dropped the whole front matter silently: name the fault, not its symptoms.
            log.warning("%s", error)
        else:
            for problem in problems(front_matter.data):
                line = front_matter.line_of(problem.key)
                log.warning("%s:%d: %s", source, line, problem.message)
    check_confirmation(page, files, source)


def check_confirmation(page: Page, files: Files, source: str) -> None:
    """The ``confirmed_in_app`` field checked, and what the template shows of it."""
    if FIELD not in page.meta:
        if str(page.meta.get("schema", "")) == "HowTo":
            log.warning("%s: a how-to page needs '%s' (false until confirmed)", source, FIELD)
        return
    value = page.meta[FIELD]
    screenshot = value.get("screenshot") if isinstance(value, dict) else None
    image = files.get_file_from_path(screenshot) if isinstance(screenshot, str) else None
    problem = confirmation_problem(value, dt.date.today(), image is not None)
    if problem:
        log.warning("%s: %s", source, problem)
        return
    if image is None:
        page.meta["_app_confirmation"] = {"confirmed": False}
    else:
        date = reviewed_on(value["date"])
        assert date is not None  # checked above
        page.meta["_app_confirmation"] = {
            "confirmed": True,
            "date": date,
            "screenshot": image.url_relative_to(page.file),
        }


def page_context(context: dict[str, Any], page: Page, language: Language) -> None:
    """Give templates the page's dates, in ISO form and spelled out in its language."""
    date = reviewed_on(page.meta.get("last_reviewed"))
    if date is not None:
        context["last_reviewed"] = {"iso": date.isoformat(), "text": long_date(date, language)}
    confirmation = page.meta.get("_app_confirmation")
    if isinstance(confirmation, dict):
        shown = dict(confirmation)
        if confirmation["confirmed"]:
            shown["iso"] = confirmation["date"].isoformat()
            shown["text"] = long_date(confirmation["date"], language)
        context["app_confirmation"] = shown


Dates = dict[Path, dt.datetime]


def last_commits(folder: Path) -> Dates:
    """When each file under ``folder`` last changed in more than spacing, by its commits (one
    git walk for all: the plugin asks once per build)."""
    history = History(folder, count_edits=False)
    return history.last_commits(folder) if history.available else {}


def source_of(path: Path, docs_dir: Path, locale: str, default: str) -> Path | None:
    """The default language's version of a page of ``locale`` (folder structure)."""
    try:
        rel = path.relative_to(docs_dir / locale)
    except ValueError:
        return None
    return docs_dir / default / rel


def behind_since(translation: Path, source: Path, dates: Dates) -> dt.datetime | None:
    """The source's last commit date (in `dates`) when it is later than the translation's."""
    ours, theirs = dates.get(translation.resolve()), dates.get(source.resolve())
    if ours is None or theirs is None or theirs <= ours:
        return None
    return theirs


def freshness_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, state: BuildState, language: Language
) -> None:
    """Set ``translation_behind`` ({iso, text}) on a translation behind its source."""
    locale, default = language.locale, state.default
    if locale == default or not page.file.abs_src_path:
        return
    if state.git_dates is None:
        state.git_dates = last_commits(Path(config.docs_dir))
    path = Path(page.file.abs_src_path)
    source = source_of(path, Path(config.docs_dir), locale, default)
    since: dt.date | None = behind_since(path, source, state.git_dates) if source else None
    if page.meta.get(UNTRANSLATED) is True:
        committed = state.git_dates.get(source.resolve()) if source else None
        since = since or committed or reviewed_on(page.meta.get("last_reviewed"))
    if since is None:
        return
    day = since.date() if isinstance(since, dt.datetime) else since
    context["translation_behind"] = {"iso": day.isoformat(), "text": long_date(day, language)}
    log.info("%s: its source %s changed since", page.file.src_uri, source)
