"""Two condolences on two deaths share the stock prayer papers print under any death: a
mayor mourns the victims of a flood, a police chief his men killed on duty, each asking God
to cover the dead with mercy and give their families patience. The prayer's words are most
of what the two share, and they are two claims from two voices, not one corroborated claim.
The same condolence printed twice, or two that name the same dead, stay one. Every example
is made up."""

from __future__ import annotations

from pathlib import Path

from test_link20 import _record, _report

from tracker.corroborate import Side, judge_pair, match_key
from tracker.link.formulas import prayer_only, verses
from tracker.models import Stance, Status

# A mayor's prayer for the victims of a flood.
FLOOD = "يتغمد ضحايا السيل بواسع رحمته ويسكنهم فسيح جناته ويلهم أهلهم وذويهم الصبر والسلوان"
# A police chief's prayer for his men killed on duty.
DUTY = "يتغمد شهداء الواجب بواسع رحمته ويسكنهم فسيح جناته ويلهم ذويهم الصبر والسلوان"
# The mayor's prayer told again by another paper, in other words.
FLOOD_AGAIN = "يتغمد ضحايا السيل بواسع رحمته ويسكنهم فسيح جناته ويلهم ذويهم الصبر والسلوان"


def _said(item: str, text: str) -> Side:
    """What a voice said, as judged across articles."""
    return Side.across(match_key(item, item.split(".")[0], text, Stance.ASSERTS), text)


def _tier(one: str, other: str) -> str | None:
    """The tier judge_pair gives two things voices said in two articles, or None."""
    found = judge_pair(_said("a1.a1", one), _said("a2.a1", other))
    return None if found is None else found.tier


def test_prayer_only_weighs_what_else_two_statements_say() -> None:
    """Two statements sharing three prayer words and little else share only the prayer; the
    same words besides the prayer, or fewer prayer words shared, are no such pair."""
    assert prayer_only("عزاء معلم يتغمده واسع رحمته".split(), "عزاء حريق يتغمده واسع رحمته".split())
    assert not prayer_only(
        "عزاء معلم ورداني يتغمده واسع رحمته".split(),
        "عزاء معلم ورداني يتغمده واسع رحمته".split(),
    )
    assert not prayer_only("معلم ورداني مدرسه رحمته".split(), "حريق مصنع اخشاب رحمته".split())


def test_two_condolences_on_two_deaths_are_not_one_claim() -> None:
    """A prayer for a flood's victims and one for men killed on duty share the whole prayer,
    but nothing else: judge_pair does not confirm them as one claim. The same prayer for the
    flood's victims, printed twice or in other words, is still confirmed as one."""
    assert _tier("راجيا من الله أن " + FLOOD, "داعيا الله عز وجل أن " + DUTY) != "confirmed"
    assert _tier("راجيا من الله أن " + FLOOD, "سائلا المولى أن " + FLOOD_AGAIN) == "confirmed"
    assert _tier(FLOOD, FLOOD) == "confirmed"
    prayer = "ودعت البلدية الله أن يتغمدهم بواسع رحمته ويسكنهم فسيح جناته ويلهم ذويهم الصبر"
    assert _tier(prayer, prayer) == "confirmed"


def test_two_voices_mourning_two_deaths_are_not_corroborated(tmp_path: Path) -> None:
    """In a report, the mayor's and the police chief's prayers, printed by two papers, are
    two claims of one article each: neither voice corroborates the other."""
    one = _record(
        "alriyadh", "وقال رئيس البلدية مروان الخطيب في بيان إنه يدعو الله أن " + FLOOD + "."
    )
    two = _record(
        "aljazirah", "وقال قائد الشرطة نادر السلمي في بيان إنه يدعو الله أن " + DUTY + "."
    )
    claims = _report(tmp_path, one, two).corpus_claims
    assert len(claims) == 2
    assert all(len(c.articles) == 1 for c in claims)
    assert all(c.status is Status.SINGLE_SOURCED for c in claims)


# A verse two voices cite (made up, in the braces a verse is printed in), each to its own end.
VERSE = "{ومن يزرع الخير في أرض قومه يحصد الأمن والطمأنينة في بيوتهم ويرفع الله ذكره بين الناس}"


def test_verses_are_read_in_their_brackets_or_after_a_lead() -> None:
    """A verse is what stands in the brackets or braces right after a lead word ("قال
    تعالى"); brackets and braces elsewhere (a paper's quote marks) hold no verse."""
    assert verses("وقال الشيخ تعالى " + VERSE).startswith("ومن يزرع الخير")
    assert verses("وقال الشيخ " + VERSE) == ""
    assert verses("قال تعالى: (ومن يزرع الخير يحصد الأمن)") == "ومن يزرع الخير يحصد الأمن"
    assert verses("قال الوزير (في مؤتمر صحفي) إن المشروع اكتمل") == ""


def test_two_voices_citing_one_verse_are_not_one_claim() -> None:
    """A preacher citing a verse against arson and a teacher citing it to praise volunteers
    share the verse and nothing else: not confirmed as one claim. The same words around the
    verse, printed twice, still are."""
    arson = "إحراق المزارع جريمة يأباها الدين، قال تعالى " + VERSE
    volunteers = "المتطوعين في حملة تنظيف الشاطئ قدوة للشباب، مستشهدا بقوله تعالى " + VERSE
    assert _tier(arson, volunteers) != "confirmed"
    assert _tier(arson, arson) == "confirmed"
