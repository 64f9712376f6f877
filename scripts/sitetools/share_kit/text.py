"""The ready-to-post text and the limits it must fit.

LinkedIn shows a post folded after about two lines: the first ``FOLD`` characters must carry
the message on their own (what changed, and the setting to turn off). The whole post stays
under ``MAX_POST`` characters, well within what LinkedIn accepts, so that it is read to the end.
One definition, used by the build (which refuses a post that does not fit) and by the tests.
"""

from __future__ import annotations

from sitetools.share_kit.inputs import WORDS_FILE, ShareKitError
from sitetools.share_kit.words import Words

FOLD = 200
MAX_POST = 1300


def post_problems(post: str, setting_label: str) -> list[str]:
    """What is wrong with a post: too long, or its fold without the setting's name."""
    problems = []
    if len(post) >= MAX_POST:
        problems.append(f"the post has {len(post)} characters, over the {MAX_POST - 1} limit")
    if setting_label not in post[:FOLD]:
        problems.append(f"the first {FOLD} characters must name the setting « {setting_label} »")
    return problems


def ready_post(words: Words, setting_label: str) -> str:
    """The post of `words`, checked against the limits (one line naming the file if not)."""
    problems = post_problems(words.post, setting_label)
    if problems:
        raise ShareKitError(f"{WORDS_FILE.as_posix()}: {words.lang}.post: {'; '.join(problems)}")
    return words.post
