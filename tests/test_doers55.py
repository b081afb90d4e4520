"""Two doers of one act (the same verb before the same number) are two claims."""

from __future__ import annotations

from tracker.corroborate import Side, judge_pair, match_key
from tracker.link.doers import doers_apart

# A club's spending on signings, as one wire tells it.
CLUB = "وأنفق نادي الصقور نحو 45 مليون ريال لتعزيز صفوفه قبل انطلاق الموسم الجديد"
# Another club's manager's spending of the same sum, as another wire tells it.
COACH = (
    "وأنفق المدرب جواد المنصوري ما يقارب 45 مليون ريال بهدف تعزيز صفوفه قبل انطلاق الموسم الجديد"
)
# The manager's spending again, by his name without his title.
COACH_AGAIN = "إذ أنفق جواد المنصوري نحو 45 مليون ريال لتعزيز صفوفه قبل انطلاق الموسم الجديد"
# A municipality's road works, and a contractor's of the same sum.
CITY = "وأنفقت أمانة المنطقة نحو 80 مليون ريال على صيانة الطرق في الأحياء الجنوبية خلال العام"
FIRM = (
    "وأنفقت شركة المقاولات المنفذة نحو 80 مليون ريال على صيانة الطرق في الأحياء الجنوبية خلال العام"
)


def _tier(one: str, other: str) -> str | None:
    """The tier judge_pair gives two own-voice statements of two articles, or None."""
    sides = [
        Side.across(match_key(i, i.split(".")[0], t, None), t)
        for i, t in (("a1.s1", one), ("a2.s1", other))
    ]
    found = judge_pair(*sides)
    return None if found is None else found.tier


def test_a_club_and_another_clubs_manager_spending_one_sum_are_not_one_claim() -> None:
    """A club and a man, each the doer of one spending of one sum, are two claims; the man
    named twice in other words (with his title and without) is one doer."""
    assert _tier(CLUB, COACH) != "confirmed"
    assert _tier(COACH_AGAIN, CLUB) != "confirmed"
    assert _tier(COACH, COACH_AGAIN) == "confirmed"
    assert _tier(CLUB, CLUB) == "confirmed"


def test_two_bodies_spending_one_sum_are_not_one_claim() -> None:
    """A municipality and a firm spending one sum on one work are two doers; a statement with
    no doer after its verb ("وأنفق 80 مليونا") is not told apart by this."""
    assert _tier(CITY, FIRM) != "confirmed"
    assert doers_apart(CITY, FIRM)
    assert not doers_apart(CITY, "وأنفقت نحو 80 مليون ريال على صيانة الطرق في الأحياء الجنوبية")


def test_an_adverb_or_a_name_spelt_otherwise_is_no_second_doer() -> None:
    """An adverb after the verb ("مؤخرا" / "أخيرا"), a noun of time ("يوم أمس") and a
    foreign name spelt with one letter apart tell no second doer; nor does a clause opener."""
    assert not doers_apart(
        "وقد وصلت شبكة الألياف مؤخرا إلى أكثر من 40 بلدة في الشمال",
        "وقد وصلت شبكة الألياف أخيرا إلى أكثر من 40 بلدة في الشمال",
    )
    assert not doers_apart(
        "وسيصل فيرنانج إلى العاصمة في 14 الجاري لبحث الأزمة",
        "وسيصل فيرنانغ إلى العاصمة في 14 الجاري لبحث الأزمة",
    )
    assert not doers_apart(
        "نقل يوم أمس 6 مصابين إلى المستشفى، بينما لازال 20 مصابا في العناية",
        "نقل أمس 6 مصابين إلى المستشفى، بينما مازال 20 مصابا في العناية",
    )
    assert _tier(CLUB, COACH) != "confirmed"
