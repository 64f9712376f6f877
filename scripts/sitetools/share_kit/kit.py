"""Every asset of one language's kit, drawn once per change of its inputs.

Drawing the carousel and the images takes about 0.4 s; a build should not pay it for an edit
elsewhere. The key of a kit hashes every input with the code and fonts that draw it
(:meth:`Inputs.key`). A build takes the kit committed in ``share-kit/<lang>/`` when it was
drawn from the same key (:mod:`sitetools.share_kit.committed`), else the one kept under
``<cache>/<key>/``, else draws it there: a changed input gives a new key, so a stale asset is
never published. Library versions are not in the key: a newer Pillow or fpdf2 draws the same
design, and the weekly build with the newest versions must not call the committed kit stale.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from sitetools import languages
from sitetools.kernel import yaml_data
from sitetools.kernel.frontmatter import FrontMatterError, read_front_matter
from sitetools.kernel.model import InputError
from sitetools.plugin import brand
from sitetools.rules import typography
from sitetools.rules.front_matter import reviewed_on
from sitetools.share_kit import committed
from sitetools.share_kit.fonts import font_bytes
from sitetools.share_kit.inputs import GLOSSARY_FILE, SCREENS, WORDS_FILE, Inputs, ShareKitError
from sitetools.share_kit.text import ready_post
from sitetools.share_kit.words import Words, load_words
from sitetools.translations import glossary

SHARE_PAGE = "share.md"
SETTING = "genai_setting"
# Keys of a glossary label that are not languages (glossary/ui-labels.yml's header).
GLOSSARY_KEYS = frozenset({"variants", "avoid", "sources", "note"})


@dataclass(frozen=True)
class Kit:
    """One language's kit: its words, the post, and the folder holding its files."""

    inputs: Inputs
    words: Words
    post: str
    folder: Path
    key: str  # of its inputs (Inputs.key), as share-kit/<lang>/drawn.json records it

    def path(self, asset: str) -> Path:
        """The drawn file of an asset ("carousel", "square", "story")."""
        return self.folder / self.words.files[asset]


# Modules of this package that draw nothing: editing them leaves every kit as it was.
NOT_DRAWING = frozenset({"__init__.py", "cli.py", "committed.py", "site.py"})


@cache
def drawing_code() -> bytes:
    """What draws every kit: this package's code (a new module counts until listed in
    NOT_DRAWING), the site's brand (colours, mark), French spacing, the fonts."""
    digest = hashlib.sha256()
    modules = [p for p in sorted(Path(__file__).parent.glob("*.py")) if p.name not in NOT_DRAWING]
    for path in [*modules, Path(brand.__file__), Path(typography.__file__)]:
        digest.update(path.name.encode() + path.read_bytes())
    digest.update(font_bytes())
    return digest.digest()


def reviewed_date(docs_dir: Path, lang: str) -> dt.date:
    """The `last_reviewed` of the Share page of `lang`: the date every asset shows."""
    path = docs_dir / lang / SHARE_PAGE
    try:
        meta = read_front_matter(path, f"docs/{lang}/{SHARE_PAGE}")
    except FrontMatterError as error:
        raise ShareKitError(str(error)) from None
    date = reviewed_on(meta.data.get("last_reviewed"))
    if date is None:
        raise ShareKitError(f"docs/{lang}/{SHARE_PAGE}: needs a last_reviewed date (YYYY-MM-DD)")
    return date


def written_in(words_text: str, lang: str) -> str:
    """The language `lang`'s words are written in: its own, or ``written_in`` (a section
    copied from another language by scripts/add_language.py, until it is translated)."""
    try:
        data = yaml_data.safe_load(words_text)
    except yaml.YAMLError:
        return lang  # load_words names the fault
    section = data.get(lang) if isinstance(data, dict) else None
    value = section.get("written_in", lang) if isinstance(section, dict) else lang
    if not isinstance(value, str):
        raise ShareKitError(f"{WORDS_FILE.as_posix()}: {lang}.written_in: expected a language")
    return value


def glossary_languages(path: Path) -> tuple[str, ...]:
    """The languages the glossary gives labels in: the language keys of its first label."""
    try:
        data = yaml_data.safe_load(path.read_text(encoding="utf-8"))
        first = next(iter(data["labels"].values()))
        return tuple(key for key in first if key not in GLOSSARY_KEYS)
    except (OSError, yaml.YAMLError, TypeError, KeyError, StopIteration, AttributeError):
        return ()  # load_glossary names the fault


def gather(root: Path, docs_dir: Path, lang: str, site_url: str, guide_url: str) -> Inputs:
    """The inputs of `lang`'s kit, read from the project at `root`."""
    try:
        words_text = (root / WORDS_FILE).read_text(encoding="utf-8")
    except OSError as error:
        raise ShareKitError(f"{WORDS_FILE.as_posix()}: cannot read: {error.strerror}") from None
    text_lang = written_in(words_text, lang)
    path = root / GLOSSARY_FILE
    try:  # the glossary's own languages: a language just added to the site has none yet
        labels = glossary.load_glossary(path, glossary_languages(path), GLOSSARY_FILE.as_posix())
        table = languages.load(root)
    except (InputError, languages.LanguagesError) as error:
        raise ShareKitError(str(error)) from None
    return Inputs(
        lang=lang,
        written_in=text_lang,
        date_locale=table[text_lang].date_locale if text_lang in table else text_lang,
        french_typography=text_lang in table and table[text_lang].french_typography,
        labels={label.key: label.text.get(text_lang) for label in labels.labels},
        reviewed=reviewed_date(docs_dir, lang),
        site_url=site_url,
        guide_url=guide_url,
        screens=docs_dir / lang / SCREENS,
        words_text=words_text,
    )


def _drawn(words: Words, inputs: Inputs) -> dict[str, bytes]:
    """Every file of a kit, drawn now. fpdf2 and fontTools are imported here, not with the
    module: a build that finds its kits in the cache does not pay their 0.2 s of import."""
    from sitetools.share_kit import images, pdf

    drawn = {
        "carousel": pdf.carousel(words, inputs),
        "square": images.square(words, inputs),
        "story": images.story(words, inputs),
    }
    return {words.files[asset]: data for asset, data in drawn.items()}


def draw(inputs: Inputs) -> tuple[Words, str, dict[str, bytes]]:
    """The words, the post and every file of a kit, drawn now."""
    words = load_words(inputs.words_text, inputs)
    return words, ready_post(words, inputs.labels.get(SETTING) or ""), _drawn(words, inputs)


def _keep(folder: Path, files: dict[str, bytes]) -> None:
    """Write `files` into `folder` whole, then rename: a parallel build never reads half."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".tmp-"))
    for name, data in files.items():
        (staging / name).write_bytes(data)
    try:
        staging.replace(folder)
    except OSError:  # another build kept the same kit first: theirs is identical
        for name in files:
            (staging / name).unlink()
        staging.rmdir()


def build_kit(inputs: Inputs, cache_dir: Path, root: Path | None = None) -> Kit:
    """`inputs`' kit: the one committed in the project at `root` if drawn from the same
    inputs, else the one an earlier build kept in `cache_dir`, else drawn and kept there."""
    key = inputs.key(drawing_code())
    words = load_words(inputs.words_text, inputs)
    post = ready_post(words, inputs.labels.get(SETTING) or "")
    names = words.files.values()
    folder = committed.kept(root, inputs.lang, key, names) if root is not None else None
    if folder is None:
        folder = cache_dir / key
        if not all((folder / name).is_file() for name in names):
            _keep(folder, _drawn(words, inputs))
    return Kit(inputs=inputs, words=words, post=post, folder=folder, key=key)


def kept_problem(inputs: Inputs, root: Path) -> str | None:
    """Why ``share-kit/<lang>/`` of the project at `root` does not hold `inputs`' kit; None if
    it does (what ``check_content.py`` reports as ``share-kit-stale``)."""
    words = load_words(inputs.words_text, inputs)
    return committed.problem(root, inputs.lang, inputs.key(drawing_code()), words.files.values())


def keep_drawn(inputs: Inputs, root: Path) -> Path:
    """Draw `inputs`' kit into ``share-kit/<lang>/`` of the project at `root`."""
    _words, _post, files = draw(inputs)
    return committed.keep(root, inputs.lang, inputs.key(drawing_code()), files)
