"""Two different claims that share only a background clause are not linked (``link.background``)."""

from __future__ import annotations

from tracker.corroborate import Side, judge_pair, match_key
from tracker.link.background import main_part


def _side(item: str, text: str) -> Side:
    return Side.across(match_key(item, item.split(".")[0], text, None), text)


# A committee's booklet about a match, the match's venue and day told in a relative clause.
BOOKLET = (
    "أصدرت الهيئة الإعلامية لرابطة الهواة كتيبا تعريفيا بمباراة الدرع الفضي التي ستقام "
    "يوم الخميس المقبل بين فريقي الشروق والغروب على ملعب الوادي الأخضر التابع لنادي الصخرة "
    "بمدينة النخيل"
)
# Another outlet's claim: the two teams meet at that venue.
MATCH = (
    "ويلتقي الشروق مع الغروب في النهائي المرتقب على ملعب الوادي الأخضر معقل نادي الصخرة "
    "بمدينة النخيل يوم الخميس المقبل"
)
# A copy of the booklet claim in other words.
BOOKLET_AGAIN = (
    "أصدرت الهيئة الإعلامية برابطة الهواة كتيبا تعريفيا خاصا بمباراة الدرع الفضي التي ستقام "
    "الخميس المقبل بين الشروق والغروب على ملعب الوادي الأخضر التابع لنادي الصخرة في مدينة "
    "النخيل"
)

# A decision after a blast, the blast's toll told as background in a relative clause.
BLOCKED = (
    "قررت سلطات الجزيرة حجب منصة التراسل بقرار من المحكمة، وذلك عقب انفجار الميناء الأربعاء "
    "الماضي، والذي أسفر عن مقتل 27 شخصا وإصابة العشرات"
)
# Another claim after the same blast, its toll told as a consequence.
TENSION = (
    "وتوترت العلاقة بين الصيادين وسلطات الجزيرة أواخر الشهر الماضي بعد انفجار استهدف سوق "
    "السمك قرب الميناء الشمالي مما أسفر عن مقتل 27 شخصا"
)


def test_main_part_cuts_a_dated_or_planned_relative_clause() -> None:
    main = main_part(BOOKLET)
    assert main is not None
    assert "كتيبا" in main
    assert "ملعب" not in main


def test_main_part_keeps_a_clause_of_state() -> None:
    # A relative clause opening with a verb of the present tells the claim itself.
    assert main_part("ويشهد الجسر الذي يربط بين الضفتين منذ أسابيع ازدحاما خانقا") is None


def test_venue_shared_as_background_is_no_link() -> None:
    found = judge_pair(_side("a1.s1", MATCH), _side("a2.s1", BOOKLET))
    assert found is None or found.tier != "confirmed"
    # A copy of the booklet claim, with the same background, still links.
    again = judge_pair(_side("a1.s1", BOOKLET), _side("a2.s1", BOOKLET_AGAIN))
    assert again is not None
    assert again.tier == "confirmed"


def test_toll_shared_as_background_is_no_link() -> None:
    found = judge_pair(_side("a1.s1", BLOCKED), _side("a2.s1", TENSION))
    assert found is None or found.tier != "confirmed"
