"""Front matter every page must carry, and the dates it shows in the page's language.

The rules (keys, description length, date, ``confirmed_in_app``) are
:mod:`sitetools.rules.front_matter`'s, which ``scripts/check_content.py`` runs before the build;
here they guard ``mkdocs build --strict`` too, naming file:line, for a build run on its own.
Templates get ``last_reviewed`` (when the text was checked against its sources) and, on a guide,
``app_confirmation``: when its steps were last confirmed in LinkedIn's own interface, with a
link to the screenshot, or that they never were.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from babel.dates import format_date
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from sitetools.frontmatter import FrontMatterError, read_front_matter
from sitetools.languages import Language
from sitetools.rules.front_matter import CONFIRMED_IN_APP as FIELD
from sitetools.rules.front_matter import confirmation_problem, problems, reviewed_on

log = logging.getLogger("mkdocs.plugins.sitetools")


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
