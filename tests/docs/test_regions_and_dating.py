"""What a reader in any covered region, at any date after the launch, must be able to trust.

Every region's complaint route links that region's own authority; no sentence makes the DPC
lead authority for Switzerland; nothing long past is still announced as coming; the home page
names saved CVs among the data used; and each page says when its text was checked against its
sources, the guide also whether its steps were confirmed in LinkedIn's own interface.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from helpers import ROOT
from test_content import PAGES, built

LANGS = ("fr", "en")
# Each region the change covers, by the host of its authority's own pages (facts.md §6).
AUTHORITY_HOSTS = {
    "EU/EEA (CNIL, DPC)": {"www.cnil.fr", "dataprotection.ie"},
    "UK (ICO)": {"ico.org.uk"},
    "Switzerland (FDPIC)": {"www.edoeb.admin.ch"},
    "Canada (OPC)": {"www.priv.gc.ca"},
    "Hong Kong (PCPD)": {"pcpd.org.hk"},
}
SWITZERLAND = re.compile(r"Suisse|Switzerland|Swiss")
LEAD_AUTHORITY = re.compile(r"chef de file|lead authority")
# A sentence ends at . ! ? followed by a space, or at a line break (table rows, list items).
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
STALE = re.compile(r"attendue? en 2026|due in 2026|expected in 2026", re.IGNORECASE)


@dataclass
class Tab:
    """One tab of a set: its label, the links in its block, how many footnotes it calls."""

    label: str = ""
    links: list[str] = field(default_factory=list)
    notes: int = 0

    @property
    def hosts(self) -> set[str]:
        return {urlsplit(href).netloc for href in self.links} - {""}


class _Tabs(HTMLParser):
    """The tabs of the tab sets in one section (an ``<h2 id>`` to the next) of a built page."""

    def __init__(self, section_id: str) -> None:
        super().__init__(convert_charrefs=True)
        self.section_id = section_id
        self.in_section = False
        self.labels: list[str] = []
        self.tabs: list[Tab] = []
        self._label: str | None = None
        self._depth = 0  # <div> depth inside the current tab block
        self._tab: Tab | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "h2":
            self.in_section = values.get("id") == self.section_id
        if not self.in_section:
            return
        classes = values.get("class", "").split()
        if tag == "label" and self._tab is None:
            self._label = ""
        elif tag == "div" and "tabbed-block" in classes:
            self._tab, self._depth = Tab(), 1
            self.tabs.append(self._tab)
        elif tag == "div" and self._tab is not None:
            self._depth += 1
        elif tag == "a" and self._tab is not None:
            self._tab.links.append(values.get("href", ""))
        elif tag == "sup" and self._tab is not None:
            self._tab.notes += 1

    def handle_data(self, data: str) -> None:
        if self._label is not None:
            self._label += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "label" and self._label is not None:
            self.labels.append(self._label.strip())
            self._label = None
        elif tag == "div" and self._tab is not None:
            self._depth -= 1
            if self._depth == 0:
                self._tab = None


def tabs_of_section(page: Path, section_id: str) -> list[Tab]:
    """The tabs of the section's tab sets, in order, each with its label."""
    reader = _Tabs(section_id)
    reader.feed(page.read_text("utf-8"))
    assert len(reader.labels) == len(reader.tabs), (reader.labels, len(reader.tabs))
    for label, tab in zip(reader.labels, reader.tabs, strict=True):
        tab.label = label
    return reader.tabs


@pytest.mark.parametrize("lang", LANGS)
def test_each_region_tab_links_its_own_authority_and_cites_it(site: Path, lang: str) -> None:
    tabs = tabs_of_section(built(site, lang, "opt-out"), "complain")
    assert tabs, f"{lang}/opt-out: the complaints section has no region tabs"
    for region, hosts in AUTHORITY_HOSTS.items():
        linking = [tab for tab in tabs if hosts & tab.hosts]
        assert linking, f"{lang}/opt-out: no region tab links {region}'s own page"
        for tab in linking:
            assert tab.notes, f"{lang}/opt-out: tab {tab.label!r} cites no source"


def test_region_tabs_are_the_same_in_both_languages(site: Path) -> None:
    fr, en = (tabs_of_section(built(site, lang, "opt-out"), "complain") for lang in LANGS)
    assert [tab.hosts for tab in fr] == [tab.hosts for tab in en], (
        "the French and English region tabs link different authorities"
    )


def _sentences(lang: str) -> list[tuple[str, str]]:
    found = []
    for page in PAGES:
        text = (ROOT / "docs" / lang / f"{page}.md").read_text("utf-8")
        found += [(page, sentence) for sentence in SENTENCE_END.split(text)]
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_no_sentence_makes_the_dpc_lead_authority_for_switzerland(lang: str) -> None:
    wrong = [
        f"{page}: {sentence[:120]}"
        for page, sentence in _sentences(lang)
        if SWITZERLAND.search(sentence) and LEAD_AUTHORITY.search(sentence)
    ]
    assert not wrong, wrong


def test_nothing_long_past_is_still_announced_as_coming() -> None:
    texts = {
        path: path.read_text("utf-8")
        for path in [
            *(ROOT / "docs").rglob("*.md"),
            ROOT / "mkdocs.yml",
            ROOT / "data" / "updates.yml",
        ]
    }
    stale = [
        f"{path.relative_to(ROOT)}: {m[0]}"
        for path, text in texts.items()
        for m in STALE.finditer(text)
    ]
    assert not stale, stale


@pytest.mark.parametrize(("lang", "used", "cv"), [("fr", "Utilisées", "CV"), ("en", "Used", "CV")])
def test_home_page_names_saved_cvs_among_the_data_used(lang: str, used: str, cv: str) -> None:
    text = (ROOT / "docs" / lang / "index.md").read_text("utf-8")
    paragraph = next(line for line in text.splitlines() if line.startswith(f"**{used}**"))
    assert cv in paragraph, paragraph


@pytest.mark.parametrize("lang", LANGS)
def test_the_site_description_covers_every_region(lang: str) -> None:
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    pattern = (
        r"^site_description: >-\n((?:  .*\n)+)"
        if lang == "fr"
        else (r"^          site_description: >-\n((?:            .*\n)+)")
    )
    match = re.search(pattern, config, re.MULTILINE)
    assert match, f"no {lang} site_description in mkdocs.yml"
    description = " ".join(match.group(1).split())
    for region in ("Canada", "Hong Kong"):
        assert region in description, description
    assert not re.search(r"membres européens|European members", description), description


DATING = re.compile(r'<p class="last-reviewed">(.*?)</p>', re.DOTALL)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_says_when_its_text_was_checked_and_links_what_that_means(
    site: Path, lang: str, page: str
) -> None:
    html = built(site, lang, page).read_text("utf-8")
    match = DATING.search(html)
    assert match, f"{lang}/{page}: no dating statement"
    assert re.search(r'<time datetime="\d{4}-\d{2}-\d{2}">', match.group(1))
    assert 'about/#dates"' in match.group(1)


@pytest.mark.parametrize(
    ("lang", "unconfirmed"),
    [
        ("fr", "Étapes pas encore confirmées par nous dans l'application"),
        ("en", "Steps not yet confirmed in the app by us; taken from the sources cited."),
    ],
)
def test_the_guide_also_says_whether_its_steps_were_confirmed_in_the_app(
    site: Path, lang: str, unconfirmed: str
) -> None:
    source = (ROOT / "docs" / lang / "opt-out.md").read_text("utf-8")
    statement = DATING.search(built(site, lang, "opt-out").read_text("utf-8"))
    assert statement
    shown = " ".join(statement.group(1).replace("&#39;", "'").split())
    assert 'class="app-confirmation"' in shown
    if re.search(r"^confirmed_in_app: false$", source, re.MULTILINE):
        assert unconfirmed in shown, shown
    else:
        assert re.search(r'<time datetime="[^"]+">.*<time datetime="[^"]+">', shown), shown


@pytest.mark.parametrize("lang", LANGS)
def test_pages_without_steps_make_no_claim_about_the_app(site: Path, lang: str) -> None:
    for page in PAGES:
        source = (ROOT / "docs" / lang / f"{page}.md").read_text("utf-8")
        if "confirmed_in_app:" in source:
            continue
        assert "app-confirmation" not in built(site, lang, page).read_text("utf-8"), page


def test_the_what_changed_page_speaks_of_the_past_in_title_heading_and_menu() -> None:
    """A year on, the French page, its heading and its menu entry all say « a changé »."""
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    nav = re.search(r"^  - (.+): what-changed\.md$", config, re.MULTILINE)
    assert nav, "what-changed.md is not in the nav"
    assert re.search(rf"^            {re.escape(nav[1])}: What changed$", config, re.MULTILINE), (
        f"nav_translations has no entry for {nav[1]!r}"
    )
    page = (ROOT / "docs" / "fr" / "what-changed.md").read_text("utf-8")
    heading = re.search(r"^# (.+?) \{ #what-changed \}$", page, re.MULTILINE)
    title = re.search(r'^title: "(.+)"$', page, re.MULTILINE)
    assert heading and title
    assert nav[1] == heading[1] and title[1].startswith(heading[1]), (nav[1], heading[1], title[1])
