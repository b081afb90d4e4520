"""Issue 13, round 22: two denials of one report stay one claim's denials when only one
holds a negator (a denial's negators are its own frame, not the claim's); a voice whose every
statement in a claim is a few words said of many events ("the matter was referred to those
in charge") confirms no one's claim.

Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_link20 import _record, _report

from tracker.corroborate import Side, judge_pair, match_key
from tracker.models import Stance, Status

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


# Two spokesmen of two border posts, each on a seizure of his own, closing on the same few
# words; and two voices telling one closure in full, each in words of his own.
_SEIZED = (
    "ضبطت إدارة جمرك الميناء الشمالي شحنة من الأقمشة المهربة داخل حاوية قادمة من الخارج."
    " وقال مدير الجمرك سالم الحربي إن الأمر أحيل إلى الجهات المختصة."
)
_FOILED = (
    "أحبط رجال حرس الحدود تهريب كمية من الأدوية عبر المنفذ الجنوبي. وأوضح قائد المنفذ فهد"
    " الدوسري أنه جرت إحالة الأمر للجهات المختصة."
)
_CLOSED = (
    "قال مدير الطرق سالم الحربي إن السلطات أغلقت المعبر الشمالي أمام الشاحنات القادمة من"
    " الميناء بسبب السيول."
)
_CLOSED_AGAIN = (
    "أوضح قائد الدفاع المدني فهد الدوسري أن المعبر الشمالي أغلق أمس أمام الشاحنات القادمة"
    " من الميناء بعد السيول التي اجتاحت المنطقة."
)


def _shared_claim(tmp_path: Path, first: str, second: str) -> tuple[Status, str]:
    """Status and explanation of the corpus claim the two articles' attributions share."""
    report = _report(tmp_path, _record("okaz", first), _record("alyaum", second))
    shared = [c for c in report.corpus_claims if len(c.attributions) == 2]
    assert len(shared) == 1
    return shared[0].status, shared[0].explanation


def test_a_few_words_said_of_many_events_corroborate_nothing(tmp_path: Path) -> None:
    """Two voices' "the matter was referred on" (few content words, two seizures) may be
    linked on their words, but the second voice is no second origin."""
    status, why = _shared_claim(tmp_path, _SEIZED, _FOILED)
    assert status is Status.SINGLE_SOURCED
    assert "says too little" in why


@pytest.mark.parametrize("order", [0, 1])
def test_two_voices_telling_a_claim_in_full_still_corroborate(tmp_path: Path, order: int) -> None:
    """Statements of enough words keep both voices, whichever article comes first."""
    texts = (_CLOSED, _CLOSED_AGAIN) if order == 0 else (_CLOSED_AGAIN, _CLOSED)
    status, _ = _shared_claim(tmp_path, *texts)
    assert status is Status.CORROBORATED


def test_a_short_denial_of_common_words_links_to_no_long_claim_sharing_two() -> None:
    """ "نفى الجيش أن يكون استهدف منطقة مأهولة": a denial of three words must share all three
    with what it denies; two common ones ("استهدف", "منطقة") are in claims on every war, and
    through them one short denial chained a day's fighting reports into one claim."""
    denial = _side(0, "يكون استهدف منطقة مأهولة")
    claim = _side(
        1,
        "هجوم مسلح استهدف نقطة تفتيش في منطقة جبلية شمال البلاد وقتل فيه ثلاثة جنود",
        Stance.ASSERTS,
    )
    assert judge_pair(denial, claim) is None
    restated = _side(2, "القصف استهدف منطقة مأهولة بالسكان في شمال المدينة", Stance.ASSERTS)
    assert judge_pair(denial, restated) is not None
