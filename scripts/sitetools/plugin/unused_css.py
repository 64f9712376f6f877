"""Material's stylesheet without the rules that no page of this site can match.

Material ships one stylesheet for every feature it has (blog, tags, versions, annotations,
a dozen admonition types...): 23 KB compressed that block the first paint of every page, and
that the browser matches against every element. Once every language is built, the plugin drops
each selector that needs a class or an element found neither in a built page nor in a script
that could add it (Material's bundle, ours), then each custom property (mostly inline SVG icons)
that nothing reads any more. It errs on the side of keeping: what ``:is()``, ``:not()``,
``:where()`` or ``:has()`` name counts as used, and so does any word of a script.

Two more kinds of selector go, for the time the browser spends matching them on every element:
those for the 4th to 20th tab of a set of content tabs when no set has that many (half the
matching time on the guide), and the palette's switching rules (see ``RESTYLES_EVERYTHING``).

The result gets a name of its own (``main.<hash>.min.css``, ``write_renamed``) so no browser
keeps a stale copy after a page starts using a class it did not use before. A browser test
shows each page the same, pixel for pixel, with Material's full stylesheet and with this one;
so ``mkdocs serve``, where every rebuild counts, serves the full one.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import tinycss2
from tinycss2.ast import (
    AtRule,
    Declaration,
    FunctionBlock,
    IdentToken,
    LiteralToken,
    Node,
    NumberToken,
    QualifiedRule,
    SquareBracketsBlock,
    WhitespaceToken,
)

STYLESHEETS = "assets/stylesheets"
MATERIAL_CSS = re.compile(r"^(main|palette)\.[0-9a-f]{8}\.min\.css$")
SCRIPTS = "assets/javascripts"
# At-rules that hold rules; any other (@keyframes, @font-face, @property...) is kept whole.
GROUPING = {"media", "supports", "layer", "container"}
# The attribute patterns start with their literal name, which the regex engine finds at once; a
# leading \b made it try every position of 1.2 MB of pages (0.1 s a build). "data-class=" may
# match as well: a name too many only keeps a rule.
CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
# The palette stylesheet has a block per colour Material offers; pages name the ones in use.
PALETTE = re.compile(r"""^(data-md-color-(?:primary|accent|scheme))=["']?([\w-]+)["']?$""")
PALETTE_ATTRIBUTE = re.compile(r'(data-md-color-(?:primary|accent|scheme))="([\w-]+)"')
# Material puts this attribute on <body> at every page load (not only when the reader switches
# colours) to hold transitions back, and takes it off a frame later; its rules ("[...] *") make
# the browser restyle every element of the page each time, in the load's longest tasks, for
# transitions that never run at load. Without them, a switch of colours fades (0.1-0.25 s).
RESTYLES_EVERYTHING = {"data-md-color-switching"}
ELEMENT = re.compile(r"<([A-Za-z][\w-]*)")
# Content tabs: Material styles the 1st to 20th tab of a set, one selector per tab and state
# (half the time the browser spends matching selectors on the guide); pymdownx.tabbed writes
# each set's tab count in data-tabs="<set>:<tabs>".
TAB_COUNT = re.compile(r'data-tabs="\d+:(\d+)"')
# Selector tokens after which a name is an element's (not a class, pseudo-class or attribute).
COMBINATORS = {">", "+", "~"}
WORD = re.compile(r"-?[A-Za-z_][\w-]*")
VARIABLE = re.compile(r"--[\w-]+")


def write_renamed(original: Path, text: str) -> str | None:
    """Replace `original` by `text` under a name of the same shape with the hash of its new
    content (returned; None: same content, nothing done), so that no browser keeps a stale
    copy; the original goes with its source map (which no longer matches)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    kind, _, rest = original.name.split(".", 2)  # "main", "<hash>", "min.css"
    new_name = f"{kind}.{digest}.{rest}"
    if new_name == original.name:
        return None
    original.with_name(new_name).write_text(text, encoding="utf-8")
    original.unlink()
    original.with_name(f"{original.name}.map").unlink(missing_ok=True)
    return new_name


def used_names(pages: Iterable[str], scripts: Iterable[str]) -> set[str]:
    """Classes and element names written in the pages, and every word a script could use as
    one (a class it adds, an element it creates). Element names are lower case."""
    used: set[str] = set()
    for html in pages:
        for value in CLASS_ATTRIBUTE.findall(html):
            used.update(value.split())
        used.update(name.lower() for name in ELEMENT.findall(html))
        used.update(f"{name}={value}" for name, value in PALETTE_ATTRIBUTE.findall(html))
        for count in TAB_COUNT.findall(html):
            used.update(_tab(n) for n in range(1, int(count) + 1))
        used.update(WORD.findall(" ".join(re.findall(r"<script\b[^>]*>(.*?)</script>", html))))
    for script in scripts:
        used.update(WORD.findall(script))
    return used


def _tab(n: int) -> str:
    """The name a selector needs for the n-th tab of a set (no class can contain a colon)."""
    return f"tab:{n}"


@dataclass
class Style:
    """A style rule: its selectors (as token lists) and its declarations."""

    selectors: list[list[Node]]
    declarations: list[Declaration]


@dataclass
class Group:
    """@media, @supports...: a condition around more rules."""

    head: str
    rules: list[Style | Group | str]


Rule = Style | Group | str  # str: kept as written (@keyframes, @font-face, nested CSS...)


def _split_selectors(prelude: list[Node]) -> list[list[Node]]:
    """A selector list cut at its top-level commas (those inside :is() stay inside)."""
    selectors: list[list[Node]] = [[]]
    for token in prelude:
        if isinstance(token, LiteralToken) and token.value == ",":
            selectors.append([])
        else:
            selectors[-1].append(token)
    return selectors


def _parse(nodes: list[Node]) -> list[Rule]:
    rules: list[Rule] = []
    for node in nodes:
        if isinstance(node, QualifiedRule):
            items = tinycss2.parse_blocks_contents(
                node.content, skip_comments=True, skip_whitespace=True
            )
            declarations = [i for i in items if isinstance(i, Declaration)]
            if len(declarations) == len(items):
                rules.append(Style(_split_selectors(node.prelude), declarations))
                continue
        elif isinstance(node, AtRule) and node.lower_at_keyword in GROUPING and node.content:
            head = f"@{node.at_keyword}{tinycss2.serialize(node.prelude)}"
            inner = tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True)
            rules.append(Group(head, _parse(inner)))
            continue
        rules.append(tinycss2.serialize([node]))
    return rules


def _required_names(selector: list[Node]) -> set[str]:
    """Classes and element names the selector needs (those in :is(), :not()... aside: kept),
    and for a content tabs selector with :nth-child(n), a set of at least n tabs."""
    required = set()
    nth_tab = [
        token.arguments[0].int_value
        for token in selector
        if isinstance(token, FunctionBlock)
        and token.lower_name == "nth-child"
        and len(token.arguments) == 1
        and isinstance(token.arguments[0], NumberToken)
        and token.arguments[0].int_value is not None
    ]
    for before, token in itertools.pairwise([None, *selector]):
        if isinstance(token, SquareBracketsBlock):
            attribute = tinycss2.serialize(token.content).strip()
            colour = PALETTE.match(attribute)
            if colour:
                required.add(f"{colour[1]}={colour[2]}")
            if attribute in RESTYLES_EVERYTHING:
                required.add(f"[{attribute}]")  # no page or script "uses" that name
        if not isinstance(token, IdentToken):
            continue
        if isinstance(before, LiteralToken) and before.value == ".":
            required.add(token.value)
        elif (
            before is None
            or isinstance(before, WhitespaceToken)
            or (isinstance(before, LiteralToken) and before.value in COMBINATORS)
        ):
            required.add(token.lower_value)
    if any(name.startswith("tabbed-") for name in required):
        required.update(_tab(n) for n in nth_tab)
    return required


def _prune_selectors(rules: list[Rule], used: set[str]) -> list[Rule]:
    kept: list[Rule] = []
    for rule in rules:
        if isinstance(rule, Style):
            rule.selectors = [s for s in rule.selectors if _required_names(s) <= used]
            if not rule.selectors:
                continue
        elif isinstance(rule, Group):
            rule.rules = _prune_selectors(rule.rules, used)
            if not rule.rules:
                continue
        kept.append(rule)
    return kept


def _styles(rules: list[Rule]) -> Iterable[Style]:
    for rule in rules:
        if isinstance(rule, Style):
            yield rule
        elif isinstance(rule, Group):
            yield from _styles(rule.rules)


def _drop_unread_properties(rules: list[Rule], read_elsewhere: set[str]) -> None:
    """Remove custom properties (--name) that no kept rule, page or script reads."""
    raw = " ".join(r for r in rules if isinstance(r, str))
    while True:
        read = read_elsewhere | set(VARIABLE.findall(raw))
        for style in _styles(rules):
            for item in style.declarations:
                read.update(VARIABLE.findall(tinycss2.serialize(item.value)))
        unread = {
            item.name
            for style in _styles(rules)
            for item in style.declarations
            if item.name.startswith("--") and item.name not in read
        }
        if not unread:
            return
        for style in _styles(rules):
            style.declarations = [i for i in style.declarations if i.name not in unread]


def _declaration(item: Declaration) -> str:
    value = tinycss2.serialize(item.value).strip()
    return f"{item.name}:{value}{'!important' if item.important else ''}"


def _serialize(rules: list[Rule]) -> str:
    out = []
    for rule in rules:
        if isinstance(rule, Style):
            selectors = ",".join(tinycss2.serialize(s).strip() for s in rule.selectors)
            body = ";".join(_declaration(d) for d in rule.declarations)
            out.append(f"{selectors}{{{body}}}")
        elif isinstance(rule, Group):
            out.append(f"{rule.head}{{{_serialize(rule.rules)}}}")
        else:
            out.append(rule)
    return "".join(out)


def prune_stylesheet(css: str, used: set[str], read_elsewhere: set[str]) -> str:
    """`css` less the selectors needing a class outside `used`, and the custom properties
    nobody reads (`read_elsewhere`: variables named by other stylesheets, pages or scripts)."""
    parsed = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    rules = _prune_selectors(_parse(parsed), used)
    _drop_unread_properties(rules, read_elsewhere)
    return _serialize(rules)


def prune_site(site_dir: Path, pages: dict[Path, str]) -> list[tuple[str, str]]:
    """Replace Material's stylesheets with pruned copies for `pages` (every built page, read);
    returns their (old, new) names."""
    folder = site_dir / STYLESHEETS
    stylesheets = sorted(p for p in folder.glob("*.css") if MATERIAL_CSS.match(p.name))
    if not stylesheets:
        return []
    scripts = [p.read_text(encoding="utf-8") for p in (site_dir / SCRIPTS).glob("*.js")]
    sheets = {p: p.read_text(encoding="utf-8") for p in folder.glob("*.css")}
    used = used_names(pages.values(), scripts)
    renamed = []
    for stylesheet in stylesheets:
        others = [css for path, css in sheets.items() if path != stylesheet]
        read = set(VARIABLE.findall(" ".join([*pages.values(), *scripts, *others])))
        new_name = write_renamed(stylesheet, prune_stylesheet(sheets[stylesheet], used, read))
        if new_name:
            renamed.append((stylesheet.name, new_name))
    return renamed
