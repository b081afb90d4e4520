"""One formula told of two different people is two claims: two funerals, two appointments,
two telegrams from two senders. One man named in full and by his surname, spelt two ways, or
with a second name beside him on one side, is still one claim; so within one article.
Every example is made up."""

from __future__ import annotations

from pathlib import Path

from tracker import Options, analyse_paths
from tracker.corroborate import Side, judge_pair, match_key
from tracker.link.persons import names_apart, people
from tracker.models import Stance

FUNERAL = (
    "شيع أهالي قرية الوادي الأخضر بعد صلاة العصر أمس جثمان الشهيد الرقيب {} إلى مثواه"
    " الأخير في مقبرة القرية وسط حضور كبير من المواطنين والمسؤولين"
)
APPOINTED = (
    "صدر أمر وزاري أمس بتعيين الدكتور {} مديرا عاما لفرع هيئة الموانئ في محافظة الساحل"
    " الشرقي لمدة أربع سنوات قابلة للتجديد"
)


def _said(item: str, text: str) -> Side:
    """What a voice said, as judged across articles."""
    return Side.across(match_key(item, item.split(".")[0], text, Stance.ASSERTS), text)


def _tier(one: str, other: str) -> str | None:
    """The tier judge_pair gives two things voices said, or None; a suggestion links
    nothing, so it counts as None."""
    found = judge_pair(_said("a1.a1", one), _said("a2.a1", other))
    return None if found is None or found.tier == "suggested" else found.tier


def test_two_funerals_of_two_men_in_one_formula_stay_apart() -> None:
    """The same funeral formula naming two different martyrs: two claims, both ways."""
    one = FUNERAL.format("سالم بن مبارك الهديلي")
    other = FUNERAL.format("نواف بن عايض القرني")
    assert _tier(one, other) is None
    assert _tier(other, one) is None


def test_two_appointments_in_one_formula_stay_apart() -> None:
    """One decree formula appointing two different men: two claims."""
    one = APPOINTED.format("فهد سالم الرويلي")
    other = APPOINTED.format("ماجد بن خلف الشمراني")
    assert _tier(one, other) is None


def test_one_man_named_in_full_and_by_surname_still_links() -> None:
    """ "الرقيب سالم بن مبارك الهديلي" and "الرقيب الهديلي" are one man: one claim."""
    full = FUNERAL.format("سالم بن مبارك الهديلي")
    assert not names_apart(full, FUNERAL.format("الهديلي"))
    assert _tier(full, FUNERAL.format("الهديلي")) == "confirmed"
    assert _tier(full, FUNERAL.format("سالم الهديلي")) == "confirmed"


def test_one_man_spelt_two_ways_still_links() -> None:
    """ "عبد الرحمن" and "عبدالرحمن", "ة" and "ه": one man, one claim."""
    one = APPOINTED.format("عبد الرحمن بن سعد الحميدة")
    other = APPOINTED.format("عبدالرحمن بن سعد الحميده")
    assert not names_apart(one, other)
    assert _tier(one, other) == "confirmed"


def test_one_side_adding_a_second_name_still_links() -> None:
    """One telling names the martyr's brother beside him: the brother is a detail."""
    one = FUNERAL.format("سالم بن مبارك الهديلي")
    other = FUNERAL.format("سالم بن مبارك الهديلي ونعاه شقيقه فيصل بن مبارك")
    assert not names_apart(one, other)
    assert _tier(one, other) == "confirmed"


def test_names_are_read_after_leads_and_given_names_only() -> None:
    """The preposition "على", "عز وجل" and an adjective after a lead name no one; a given
    name of two words or more and a given name after a lead do."""
    assert people("وأثنى على الله عز وجل ودعا الشاب البطل") == ()
    assert people("جثمان الشهيد الجندي أول مساعد بن علي الفارس") == (
        ("مساعد", "بن", "علي", "الفارس"),
    )
    assert people("نعى المواطن ماجد أخاه") == (("ماجد",),)
    assert people("سرية الشهيد عز الدين الفلاحي") == (("عز", "الدين", "الفلاحي"),)


def test_a_byline_names_no_one_the_text_tells_of() -> None:
    """The writer's name opening a text before a dash is a byline, not read as a name."""
    assert people("سامر الحكيمي – الرياض: وزعت الجمعية حقائب مدرسية") == ()


def test_those_present_are_a_detail_of_one_ceremony() -> None:
    """One ceremony told twice, each naming another official present after "بحضور": one
    claim; the names after it are not read."""
    told = (
        "احتفلت كلية الملاحة البحرية أمس بتخريج 240 طالبا في تخصصات الإرشاد البحري وصيانة"
        " المحركات بحضور وكيل الكلية {}"
    )
    one, other = told.format("منصور بن راشد الكبيسي"), told.format("وليد سالم الدرعاني")
    assert people(one) == ()
    assert not names_apart(one, other)
    assert _tier(one, other) == "confirmed"


def test_one_article_telling_two_men_in_one_formula_gives_two_claims(tmp_path: Path) -> None:
    """Within one article too: two men injured, told by one spokesman in one formula, are two
    claims; the same man told twice is one."""
    two = (
        "إصابة مواطنين في حادثي سير\n\n"
        "قال المتحدث باسم مرور المنطقة إن المواطن سالم بن مبارك الهديلي أصيب بجروح طفيفة في"
        " حادث سير على طريق الساحل الشرقي صباح أمس ونقل إلى المستشفى.\n\n"
        "وأضاف المتحدث باسم مرور المنطقة أن المواطن {} أصيب بجروح طفيفة في حادث سير على طريق"
        " الساحل الشرقي صباح أمس ونقل إلى المستشفى.\n"
    )
    path = tmp_path / "two.txt"
    path.write_text(two.format("نواف بن عايض القرني"), encoding="utf-8")
    result = analyse_paths([str(path)], Options()).results[0]
    assert len(result.attributions) == 2
    assert len(result.claims) == 2
    path.write_text(two.format("الهديلي"), encoding="utf-8")
    assert len(analyse_paths([str(path)], Options()).results[0].claims) == 1
