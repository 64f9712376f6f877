"""Ask hunspell which words its dictionaries do not know, all words in one call.

Debian's hunspell with each site language's dictionary (``hunspell`` in data/languages.yml:
French classical and British English), installed by ``make hunspell``
(``scripts/ensure_hunspell.sh``). Every dictionary checks every page: French pages quote English
titles and English pages French ones, and a typo is rarely a word of the other language.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable

from sitetools.kernel.model import InputError

TIMEOUT_SECONDS = 120
INSTALL_HINT = (
    "run `make hunspell` (Debian: apt-get install hunspell hunspell-fr-classical hunspell-en-gb)"
)


def unknown(words: Iterable[str], dictionaries: tuple[str, ...]) -> set[str]:
    """The words that none of the dictionaries accepts."""
    wanted = sorted(set(words))
    if not wanted:
        return set()
    program = shutil.which("hunspell")
    if program is None:
        raise InputError(f"hunspell is not installed: {INSTALL_HINT}")
    command = [program, "-l", "-i", "utf-8", "-d", ",".join(dictionaries)]
    try:
        result = subprocess.run(
            command,
            input="\n".join(wanted) + "\n",
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise InputError(f"hunspell failed: {error}") from error
    if result.returncode != 0 or "Can't open" in result.stderr:
        reason = " ".join(result.stderr.split()) or f"exit status {result.returncode}"
        raise InputError(f"hunspell: {reason}: {INSTALL_HINT}")
    return set(result.stdout.split("\n")) - {""}
