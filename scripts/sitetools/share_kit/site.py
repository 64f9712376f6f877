"""The build's side of the share kit: its files published, the Share page's markers filled.

The build plugin (sitetools/plugin/plugin.py) calls :func:`register_files` once per language,
after mkdocs-static-i18n has laid out that language's files, and :func:`fill_page` for every
page. The Share page (``docs/<lang>/share.md``) holds markers, each on a line of its own:

* ``<!-- share-kit:text -->``: the ready-to-post text, as plain selectable text, with a copy
  button that ``assets/javascripts/copy-text.js`` shows (hidden without JavaScript);
* ``<!-- share-kit:carousel -->``, ``<!-- share-kit:square -->``, ``<!-- share-kit:story -->``:
  a link to the asset with its size, and for an image its alt text ready to paste.

The assets are ordinary files of the build (``assets/share/<name>`` in each language's
folder), copied from ``share-kit/<lang>/`` (or the cache when the committed kit is stale), so
that links to them are checked like any other.
"""

from __future__ import annotations

import html
import logging
import math
import posixpath
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from sitetools.share_kit import committed
from sitetools.share_kit.inputs import Inputs, ShareKitError
from sitetools.share_kit.kit import SHARE_PAGE, Kit, build_kit, gather
from sitetools.share_kit.words import ASSETS, fill

CACHE_NAME = "share_kit"
ASSET_DIR = "assets/share"
GUIDE = "opt-out/"
COPY_SCRIPT = "assets/javascripts/copy-text.js"
MARKER = re.compile(r"^<!-- share-kit:([a-z]+) -->$", re.MULTILINE)
KB = 1024
log = logging.getLogger("mkdocs.plugins.sitetools")


def is_share_page(src_uri: str) -> bool:
    """Whether a page (``fr/share.md``, folder structure) is a Share page."""
    return posixpath.basename(src_uri) == SHARE_PAGE


def has_kit(docs_dir: Path, lang: str) -> bool:
    """Whether `lang` has a Share page, hence a kit."""
    return (docs_dir / lang / SHARE_PAGE).is_file()


def language_url(site_url: str, lang: str, default: str, path: str) -> str:
    """Absolute URL of `path` in `lang`'s part of the site (the default language at the root)."""
    base = site_url if site_url.endswith("/") else f"{site_url}/"
    return base + ("" if lang == default else f"{lang}/") + path


def project_root(config: MkDocsConfig) -> Path:
    """The folder of mkdocs.yml: where data/, glossary/ and share-kit/ are."""
    return Path(config.config_file_path or "mkdocs.yml").resolve().parent


def inputs_for(config: MkDocsConfig, lang: str, default: str) -> Inputs:
    """What `lang`'s kit for this site is drawn from."""
    site_url = config.site_url or ""
    return gather(
        project_root(config),
        Path(config.docs_dir),
        lang,
        site_url,
        language_url(site_url, lang, default, GUIDE),
    )


def prepare(config: MkDocsConfig, lang: str, default: str, cache_dir: Path) -> Kit:
    """`lang`'s kit for this site: committed in share-kit/, kept in `cache_dir`, or drawn."""
    root = project_root(config)
    kit = build_kit(inputs_for(config, lang, default), cache_dir, root)
    if not kit.folder.is_relative_to(committed.folder(root, lang)):
        log.info(
            "share kit (%s): drawn for this build, %s/ holds another; `make share-kit` keeps it",
            lang,
            committed.folder(Path(), lang).as_posix(),
        )
    return kit


def register_files(
    config: MkDocsConfig,
    files: Files,
    lang: str,
    default: str,
    cache_dir: Path,
) -> Kit | None:
    """Add `lang`'s assets to the build's files; None (nothing added) without a Share page.

    A kit that cannot be drawn stops the build with one line naming the file at fault.
    """
    if not has_kit(Path(config.docs_dir), lang):
        return None
    try:
        kit = prepare(config, lang, default, cache_dir)
    except ShareKitError as error:
        raise PluginError(str(error)) from None
    folder = "" if lang == default else lang
    for asset in ASSETS:
        name = kit.words.files[asset]
        file = File.generated(
            config, f"{lang}/{ASSET_DIR}/{name}", abs_src_path=str(kit.path(asset))
        )
        file.dest_uri = posixpath.join(folder, ASSET_DIR, name)
        files.append(file)
    return kit


def _size(kit: Kit, asset: str) -> str:
    kb = math.ceil(kit.path(asset).stat().st_size / KB)
    return fill(kit.words.page["size"], kit.inputs, "share-kit.yml: page.size", {"kb": str(kb)})


def _copyable(kit: Kit, text: str, element_id: str) -> str:
    """Plain, selectable text, and a copy button that only the copy script shows."""
    page = kit.words.page
    return (
        f'<pre class="share-kit__text" id="{element_id}">{html.escape(text)}</pre>\n'
        f'<p class="share-kit__copy" hidden><button type="button" class="md-button"'
        f' data-copy-text="{element_id}" data-copied="{html.escape(page["copied"])}"'
        f' aria-live="polite">{html.escape(page["copy"])}</button></p>'
    )


def _asset(kit: Kit, asset: str) -> str:
    """Markdown for one asset: its link (with what it is and weighs), its alt text for images."""
    extra = {"size": _size(kit, asset)}
    if asset == "carousel":
        extra["pages"] = str(len(kit.words.slides))  # one slide per page
    where = f"data/share-kit.yml: {kit.inputs.lang}.page.{asset}"
    label = fill(kit.words.page[asset], kit.inputs, where, extra)
    link = f"[{label}]({ASSET_DIR}/{kit.words.files[asset]})"
    if asset not in kit.words.alt:
        return link
    alt = kit.words.alt[asset]
    return f"{link}\n\n{kit.words.page['alt']}\n\n{_copyable(kit, alt, f'share-kit-alt-{asset}')}"


def fill_page(markdown: str, src_uri: str, kit: Kit | None) -> str:
    """The Share page with its markers replaced; any other page unchanged."""
    if not is_share_page(src_uri):
        return markdown
    if kit is None:
        raise PluginError(f"docs/{src_uri}: the share kit was not drawn for this language")

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "text":
            return _copyable(kit, kit.post, "share-kit-post")
        if name in ASSETS:
            return _asset(kit, name)
        known = ", ".join(("text", *ASSETS))
        raise PluginError(f"docs/{src_uri}: unknown marker share-kit:{name} (known: {known})")

    return MARKER.sub(replace, markdown)
