"""The HTML of one illustration: screenshots/template.html filled with a language's labels."""

from __future__ import annotations

from pathlib import Path

import jinja2

from sitetools.screenshots.labels import Labels
from sitetools.screenshots.spec import Job

TEMPLATE = "template.html"
# The browser fetches the vendored fonts from here (browser.py serves them, nothing else).
FONT_URL = "/fonts/"


class MockupError(ValueError):
    """The template cannot draw a job (an unknown step, a missing label)."""


def _fail(message: str) -> str:
    raise MockupError(message)


def environment(source_dir: Path) -> jinja2.Environment:
    """Autoescaping, and an error for any name the template uses but is not given."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(source_dir),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals["fail"] = _fail
    return env


def render_html(env: jinja2.Environment, job: Job, labels: Labels) -> str:
    """The page the browser photographs for one job."""
    try:
        return env.get_template(TEMPLATE).render(
            lang=job.lang,
            device=job.device.name,
            step=job.step,
            scheme=job.scheme,
            labels=labels,
            font_url=FONT_URL,
        )
    except jinja2.TemplateError as error:
        raise MockupError(f"{TEMPLATE}: {job.device.name} {job.step}: {error}") from error
