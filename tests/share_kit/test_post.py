"""The ready-to-post text: the message before the fold, the whole under the limit."""

from __future__ import annotations

from share_kit_support import Drawn

from sitetools.share_kit.text import FOLD, MAX_POST, post_problems


def test_fits_the_limits_and_names_the_setting_before_the_fold(drawn: Drawn) -> None:
    label = drawn.inputs.labels["genai_setting"]
    assert label
    assert len(drawn.post) < MAX_POST
    assert label in drawn.post[:FOLD]
    assert post_problems(drawn.post, label) == []


def test_carries_the_guide_the_date_and_every_step_label(drawn: Drawn) -> None:
    assert drawn.inputs.guide_url in drawn.post
    assert drawn.inputs.date_text in drawn.post.replace("\u00a0", " ")
    for key in ("me", "settings_privacy", "data_privacy", "genai_setting", "genai_toggle"):
        assert drawn.inputs.labels[key] in drawn.post, key


def test_the_limits_reject_a_long_post_or_a_late_setting_name() -> None:
    label = "Data for Generative AI Improvement"
    long_post = f"Turn off {label}. " + "x" * MAX_POST
    assert any("limit" in problem for problem in post_problems(long_post, label))
    late = "y" * FOLD + label
    assert any(f"first {FOLD}" in problem for problem in post_problems(late, label))


def test_french_text_follows_the_sites_typography(both) -> None:
    post = both["fr"].post
    assert " :" not in post and " »" not in post and "« " not in post
    assert "\u00a0:" in post and "«\u00a0" in post
    assert "\u00a0" not in both["en"].post
