"""A post named with no holder, no state and no body is no second origin beside a named man
(round 57).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from conftest import corpus_claim_with, dated_story

from tracker.models import Status

#: The ambassador named in a second paper, saying what the first paper's voice says.
_AMBASSADOR_NAMED = (
    "a2",
    "alriyadh",
    "قال سفير المملكة سالم الحربي في حوار صحفي إن الرياض لم تغلق يوما باب الحوار مع"
    " جيرانها في مراحل الأزمة كلها.",
)


def test_a_post_tied_to_no_one_does_not_corroborate_a_named_official(tmp_path):
    """An ambassador named in one paper and, in another, called by a second title of his
    ("عميد السلك القنصلي", tied to no state or body) say the same: one origin, and the
    explanation says why the title is not counted."""
    report = dated_story(
        tmp_path,
        (
            "a1",
            "okaz",
            "أكد سفير المملكة سالم الحربي أن العلاقات بين البلدين متينة. وجدد عميد السلك"
            " القنصلي التأكيد على أن الرياض لم تغلق باب الحوار مع جيرانها في أي مرحلة من"
            " مراحل الأزمة.",
        ),
        _AMBASSADOR_NAMED,
    )
    claim = corpus_claim_with(report, "باب الحوار")
    assert claim.status is Status.SINGLE_SOURCED
    assert "عميد السلك القنصلي not counted" in claim.explanation


def test_a_post_of_a_state_still_corroborates_another_state(tmp_path):
    """A post tied to a state ("وزير الخارجية الأردني") is identified: beside another state's
    named ambassador saying the same it is a second origin."""
    report = dated_story(
        tmp_path,
        (
            "a1",
            "okaz",
            "أكد سفير المملكة سالم الحربي أن العلاقات بين البلدين متينة. وجدد وزير الخارجية"
            " الأردني التأكيد على أن الرياض لم تغلق باب الحوار مع جيرانها في أي مرحلة من"
            " مراحل الأزمة.",
        ),
        _AMBASSADOR_NAMED,
    )
    claim = corpus_claim_with(report, "باب الحوار")
    assert claim.status is Status.CORROBORATED
