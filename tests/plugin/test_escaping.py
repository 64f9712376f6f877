"""What the plugin writes into HTML and XML reads back, character for character, as its source.

Read with a WHATWG HTML5 parser (selectolax's Lexbor) or an XML parser, as a browser or a feed
reader would: a double quote, an ampersand or a "</script>" in a value must neither cut it
short nor be escaped twice.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET

from helpers import REPOSITORY
from selectolax.lexbor import LexborHTMLParser

from sitetools.languages import load
from sitetools.plugin.i18n_404 import language_redirect
from sitetools.plugin.localise_html import localise
from sitetools.plugin.site_files import atom_feed

ATOM = "{http://www.w3.org/2005/Atom}"


def test_a_task_checkbox_is_named_after_its_text_exactly() -> None:
    item = (
        '<ul class="task-list"><li class="task-list-item"><label class="task-list-control">'
        '<input type="checkbox" disabled/><span class="task-list-indicator"></span></label> '
        "The &quot;Data &amp; AI&quot; toggle &lt;off&gt; isn't on</li></ul>"
    )
    checkbox = LexborHTMLParser(localise(item, load(REPOSITORY)["en"])).css_first("input")
    assert checkbox is not None
    assert checkbox.attributes["aria-label"] == """The "Data & AI" toggle <off> isn't on"""


def test_the_404_redirect_cannot_close_its_script() -> None:
    script = language_redirect('/a"b</script><i>/', ["en"])
    assert script.count("</script") == 1 and script.endswith("</script>")
    tree = LexborHTMLParser(f"<head>{script}</head>")
    [node] = tree.css("script")
    folders = json.loads(node.text().split(".some(", 1)[0])
    assert folders == ['/a"b</script><i>/en/']


def test_feed_links_and_texts_read_back_as_written() -> None:
    entry = {
        "id": "quotes",
        "date": dt.date(2026, 11, 28),
        "page": "faq.md",
        "en": {"title": """A "quoted" <title> & more""", "text": "R&D's <b>"},
    }
    feed = ET.fromstring(atom_feed([entry], "en", 'https://example.org/a"b&c/', 'Site "&"'))
    assert feed.findtext(f"{ATOM}title") == 'Site "&"'
    [item] = feed.findall(f"{ATOM}entry")
    assert item.findtext(f"{ATOM}title") == """A "quoted" <title> & more"""
    assert item.findtext(f"{ATOM}summary") == "R&D's <b>"
    link = item.find(f"{ATOM}link")
    assert link is not None and link.get("href") == 'https://example.org/a"b&c/faq/'
