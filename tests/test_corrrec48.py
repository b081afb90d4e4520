"""True corroboration missed: two wires reporting one sum of money in their own words (a
weekend's takings, each with the rank and cast it chooses) are one claim, which two wires
corroborate; one wire's text in two wordings stays one origin. Every example is made up."""

from __future__ import annotations

from pathlib import Path

from test_bg46 import _side
from test_link20 import _record, _report, _shared_status

from tracker.corroborate import Side, judge_pair, match_key
from tracker.link.numbers import words_after
from tracker.models import Status

# One wire's line on a film's weekend: its rank, its voices, then the takings.
FIRST = (
    "وحل في المركز الرابع فيلم «الغيمة الزرقاء»، الذي يشارك في الأداء الصوتي"
    " لشخصياته كل من سلمى الفارس ونادر الحكيم وهاني العلي، محققا إيرادات بلغت 12.2 مليون دولار"
)
# Another wire's line on the same weekend: the takings first, the voices it names after.
SECOND = (
    "وتقهقر أيضا فيلم الرسوم المتحركة «الغيمة الزرقاء» من المركز الثالث هذا الأسبوع بإيرادات"
    " قدرها 12.2 مليون دولار، وأخرجه سامر الخطيب وكمال الراشد وشارك في بطولته بالأداء الصوتي"
    " سلمى الفارس وجون المصري ونادر الحكيم"
)


def test_words_after_read_a_fraction_and_its_currency() -> None:
    """The words after a figure with a fraction are read where it is written in digits."""
    assert words_after(FIRST, "12200000") == ("دولار",)
    assert words_after("بلغت 7.5 ملايين ريال نقدا", "7500000") == ("ريال", "نقدا")
    assert words_after("بلغت 7.5 ملايين ريال", "7") == ()


def test_one_sum_told_by_two_wires_in_their_own_words_is_one_claim() -> None:
    """Two wordings that give the same sum in one currency and reach a suggested link on
    their words are one claim."""
    found = judge_pair(_side("a1.s1", FIRST), _side("a2.s1", SECOND))
    assert found is not None
    assert found.tier == "confirmed"
    assert found.why.startswith("same sum 12200000")


def test_other_sums_shares_and_denials_do_not_link_by_the_sum() -> None:
    """Another sum, a share rather than a sum, a year beside the sum or a denial are not one
    claim by the sum."""
    other = SECOND.replace("12.2", "12.6")
    found = judge_pair(_side("a1.s1", FIRST.replace("12.2", "12.6")), _side("a2.s1", SECOND))
    assert found is None or found.tier != "confirmed"
    found = judge_pair(_side("a1.s1", FIRST), _side("a2.s1", other))
    assert found is None or found.tier != "confirmed"
    share = (
        FIRST.replace("12.2 مليون دولار", "12.2 في المئة"),
        SECOND.replace("12.2 مليون دولار", "12.2 في المئة"),
    )
    found = judge_pair(_side("a1.s1", share[0]), _side("a2.s1", share[1]))
    assert found is None or found.tier != "confirmed"
    dated = (FIRST + " في عام 2014", SECOND + " في عام 2014")
    found = judge_pair(_side("a1.s1", dated[0]), _side("a2.s1", dated[1]))
    assert found is None or not found.why.startswith("same sum")
    denial = Side.across(match_key("a1.a1", "a1", FIRST, None), FIRST)
    denies = _side("a2.a1", "نفت الشركة أن يكون " + SECOND)
    found = judge_pair(denial, denies)
    assert found is None or not found.why.startswith("same sum")


def test_two_wires_reporting_one_sum_corroborate_it(tmp_path: Path) -> None:
    """Two papers each crediting a different wire that gives the sum in its own words: two
    independent origins, corroborated."""
    one = _record("alriyadh", FIRST + ".", author="لوس أنجليس - د ب أ")
    two = _record("aljazirah", SECOND + ".", author="لوس أنجليس - (رويترز):")
    assert _shared_status(_report(tmp_path, one, two)) is Status.CORROBORATED


def test_one_wire_in_two_wordings_stays_one_origin(tmp_path: Path) -> None:
    """Two papers crediting the same wire, each wording its line its own way: one origin,
    however the words differ."""
    one = _record("alriyadh", FIRST + ".", author="لوس أنجليس - (رويترز)")
    two = _record("aljazirah", SECOND + ".", author="لوس أنجليس - (رويترز):")
    assert _shared_status(_report(tmp_path, one, two)) is Status.SINGLE_SOURCED


def test_a_bare_sum_is_not_one_claim_with_any_report_of_that_sum() -> None:
    """A content that is only a sum ("أكثر من 200 مليون دولار", what a breach cost) says
    nothing of what the sum is, so it is not one claim with another's earnings of that sum."""
    bare = "أكثر من 200 مليون دولار"
    earned = (
        "ذلك أمن للجماعة أرباحا توازي نحو 200 مليون دولار سنويا من بيع المحاصيل عبر الحدود الجنوبية"
    )
    found = judge_pair(_side("a1.a1", bare), _side("a2.a1", earned))
    assert found is None or not found.why.startswith("same sum")
