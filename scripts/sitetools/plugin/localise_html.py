"""Post-render fixes for strings and attributes that the theme and Markdown cannot localise.

Markdown extensions are configured once for both languages, so their strings (footnote back
links, heading permalinks) come out in one language; Material's search dialog has no accessible
name (axe: aria-dialog-name); its French "edit" tooltip reads « Editer »; a task list's checkbox
is not labelled by its item's text (axe: label). The strings are each language's own
(data/languages.yml); the pipeline applies them to pages and to the 404 pages.
"""

from __future__ import annotations

import html
import re

from sitetools.languages import Language

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
FOOTNOTE_BACKLINK = re.compile(r'title="Jump back to footnote (\d+) in the text"')
PERMALINK = 'title="Link to this section"'  # permalink_title in mkdocs.yml


def _title(text: str) -> str:
    return f'title="{html.escape(text, quote=True)}"'


TASK_ITEM = re.compile(
    r'(<li class="task-list-item"><label class="task-list-control"><input type="checkbox")'
    r"([^>]*>.*?</label>)(.*?)</li>",
    re.DOTALL,
)
TAG = re.compile(r"<[^>]+>")


def label_task_checkbox(match: re.Match[str]) -> str:
    """Name each checkbox after its item's text, which sits outside the <label>: the text
    is HTML, so it is decoded, then escaped for the attribute (each character once)."""
    text = html.escape(html.unescape(" ".join(TAG.sub("", match.group(3)).split())), quote=True)
    return f'{match.group(1)} aria-label="{text}"{match.group(2)}{match.group(3)}</li>'


def localise(page: str, language: Language) -> str:
    """A built page (or 404 page) in `language`, with its strings (data/languages.yml)."""
    strings = language.strings
    page = FOOTNOTE_BACKLINK.sub(
        lambda m: _title(strings["footnote.backlink"].format(n=m[1])), page
    )
    page = page.replace(PERMALINK, _title(strings["permalink"]))
    for theirs, ours in language.theme_fixes.items():
        page = page.replace(theirs, ours)
    label = html.escape(strings["search.dialog"], quote=True)
    named = SEARCH_DIALOG.replace('role="dialog"', f'role="dialog" aria-label="{label}"')
    return TASK_ITEM.sub(label_task_checkbox, page.replace(SEARCH_DIALOG, named))
