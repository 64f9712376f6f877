"""share-kit-stale: the kit committed in ``share-kit/<lang>/`` is the one its inputs draw.

A build of a stale kit still publishes the right files (it draws them), but every build pays
for the drawing until the redrawn kit is committed: ``make share-kit`` draws it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sitetools.kernel.config import Site
from sitetools.kernel.model import Check, Finding
from sitetools.share_kit import committed
from sitetools.share_kit.inputs import ShareKitError
from sitetools.share_kit.kit import kept_problem
from sitetools.share_kit.site import has_kit, inputs_for

RULE = Check.SHARE_KIT_STALE


def check(site: Site, config: Any) -> list[Finding]:
    """One finding per language whose committed kit is missing, stale or edited."""
    findings = []
    for lang in site.locales:
        if not has_kit(site.docs_dir, lang):
            continue
        place = committed.folder(Path(), lang).as_posix()
        try:
            reason = kept_problem(inputs_for(config, lang, site.default), site.root)
        except ShareKitError as error:  # the build stops on it too, with the same line
            reason = str(error)
        if reason:
            message = f"{reason}: run `make share-kit` and commit {place}/"
            stamp = f"{place}/{committed.STAMP}"
            findings.append(Finding(RULE, "error", stamp, None, lang, message))
    return findings
