"""Issue 13, round 22: two denials of one report stay one claim's denials when only one
holds a negator (a denial's negators are its own frame, not the claim's).

Every example is made up.
"""

from __future__ import annotations

from tracker.corroborate import Side, judge_pair, match_key
from tracker.models import Stance

# One rumour denied by two outlets: one opens on "لا صحة", the other calls it untrue at the end.
_NO_TRUTH = (
    "لا صحة لما تداولته مواقع التواصل عن إغلاق مصنع الأسمدة الشمالي وتسريح عماله قبل نهاية الصيف"
)
_UNTRUE = "ما تداولته مواقع التواصل عن إغلاق مصنع الأسمدة الشمالي وتسريح عماله، غير صحيح"


def _side(n: int, text: str, stance: Stance = Stance.DENIES) -> Side:
    return Side(match_key(f"s{n}", f"a{n}", text, stance), text)


def test_two_denials_of_one_report_link_whatever_negator_frames_them() -> None:
    """ "لا صحة لما …" holds a negator, "… غير صحيح" none: both deny one report, linked."""
    first, second = _side(0, _NO_TRUTH), _side(1, _UNTRUE)
    assert first.key.negated != second.key.negated
    found = judge_pair(first, second)
    assert found is not None
    assert found.tier == "confirmed"


def test_negation_still_parts_two_assertions() -> None:
    """Between two statements that deny nothing, a negator only one holds still tells."""
    closed = _side(
        0, "أغلقت الشركة مصنع الأسمدة الشمالي وسرحت عماله قبل نهاية الصيف", Stance.ASSERTS
    )
    kept = _side(
        1, "لم تغلق الشركة مصنع الأسمدة الشمالي ولم تسرح عماله قبل نهاية الصيف", Stance.ASSERTS
    )
    assert judge_pair(closed, kept) is None
