"""Post-render fixes for strings and attributes that the theme and Markdown cannot localise.

Markdown extensions are configured once for both languages, so their strings (footnote back
links, heading permalinks) come out in one language; Material's search dialog has no accessible
name (axe: aria-dialog-name); its French "edit" tooltip reads « Editer »; a task list's checkbox
is not labelled by its item's text (axe: label). Each rule is a substitution per site language,
applied to pages and to the 404 page.
"""

from __future__ import annotations

import html
import re

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_DIALOG_PATTERN = re.compile(re.escape(SEARCH_DIALOG))
FOOTNOTE_BACKLINK = re.compile(r'title="Jump back to footnote (\d+) in the text"')


def named_search_dialog(name: str) -> str:
    label = html.escape(name, quote=True)
    return SEARCH_DIALOG.replace('role="dialog"', f'role="dialog" aria-label="{label}"')


# (pattern, replacement) pairs per language; patterns are regular expressions.
RULES: dict[str, list[tuple[re.Pattern[str], str]]] = {
    "fr": [
        (FOOTNOTE_BACKLINK, 'title="Revenir à l\u2019appel de note \\1"'),
        (re.compile(r'title="Link to this section"'), 'title="Lien vers cette section"'),
        (re.compile(r'title="Editer cette page"'), 'title="Modifier cette page"'),
        (SEARCH_DIALOG_PATTERN, named_search_dialog("Recherche")),
    ],
    "en": [
        (SEARCH_DIALOG_PATTERN, named_search_dialog("Search")),
    ],
}


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


def localise(html: str, language: str) -> str:
    """A built page (or 404 page) of `language` with the rules of that language applied."""
    for pattern, replacement in RULES.get(language, []):
        html = pattern.sub(replacement, html)
    return TASK_ITEM.sub(label_task_checkbox, html)
