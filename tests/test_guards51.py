"""Three link guards that misread a statement: "لا" of a transliterated name, "سوى" far from
its particle, and a number naming a time of an event (made-up sentences)."""

from __future__ import annotations

from tracker.corroborate import match_key
from tracker.link.negation import negates
from tracker.text import fold, words_of


def _negated(text: str) -> bool:
    return negates(words_of(fold(text)))


def _numbers(text: str) -> tuple[str, ...]:
    return match_key("x.a1", "x", text, None).numbers


def test_article_of_a_transliterated_name_negates_nothing() -> None:
    assert not _negated("أطلق مسلح النار في مقهى في لا فيرنا مساء الخميس")
    assert not _negated("وصل فريق المحققين إلى جزيرة لا مارسا صباح الجمعة")


def test_la_before_a_verb_or_thing_still_negates() -> None:
    assert _negated("قال المتحدث إن بث تي في لا يشكل خطرا على الشبكة")
    assert _negated("لا يوجد ضحايا في الحادث")
    assert _negated("أكد المسؤول أنه لا يوجد اتفاق في الأفق")
    assert _negated("قال إن المفاوضات انتهت إلى لا شيء")
    assert _negated("هذه مساعدة لمن لا مأوى له")


def test_exception_far_from_its_particle_says_only() -> None:
    assert not _negated(
        "لم تتم السيطرة على واحد من أكبر هذه الحرائق في منطقة الوادي الأخضر سوى بنسبة 5 بالمئة"
    )
    assert not _negated("ولم تتم السيطرة عليه سوى بنسبة 5 بالمئة")


def test_exception_of_another_clause_leaves_the_negation() -> None:
    assert _negated("لم تعلن الحكومة الحصيلة وقال مسؤول إنه لم يبق في المخيم سوى 40 أسرة")
    assert _negated("لم يقتل أحد في الهجوم")


def test_exception_keeps_the_count_guard() -> None:
    assert _numbers("لم يقتل في الهجوم على القرية سوى 3 أشخاص") == ("3",)
    assert _numbers("قتل 30 شخصا في الهجوم على القرية") == ("30",)


def test_number_naming_a_time_of_an_event_is_no_count() -> None:
    assert _numbers("تأجيل كأس العرب (عربي 12) إلى العام المقبل") == ()
    assert _numbers("اتفق الاتحاد على تأجيل بطولة عربي 12 إلى العام المقبل") == ()
    assert _numbers("افتتحت الدورة الـ 35 للمهرجان في العاصمة") == ()
    # Beside other numbers it stays: those may be the event's dates another tells alone.
    assert _numbers("تستضيف المدينة كأس الاتحاد الـ 12 في ديسمبر 2016") == ("12", "2016")


def test_a_count_after_an_edition_noun_or_a_verb_stays() -> None:
    assert _numbers("قتل 23 شخصا في انفجار سيارة مفخخة") == ("23",)
    assert _numbers("شارك في المهرجان 4 ألعاب شعبية") == ("4",)
    assert _numbers("بلغ نهائي البطولة عامي 1987 و1992") == ("1987", "1992")
    assert _numbers("ضمت الدورة 30 عضوا من عشر دول") == ("10", "30")
    assert _numbers("افتتحت الدورة 35 وقتل 35 شخصا في الحريق") == ("35",)


def test_event_number_beside_dates_keeps_apart_the_dates_alone() -> None:
    from tracker.corroborate import Side, judge_pair

    def side(text: str) -> Side:
        return Side.across(match_key("x.a1", "x", text, None), text)

    news = (
        "رجح مصدر مطلع إقرار أمناء الاتحادات في اجتماعهم تأجيل بطولة الاتحاد الـ 12 والمقرر"
        " إقامتها في الـ 22 من ديسمبر المقبل حتى الرابع من يناير 2016"
    )
    dates = "وكان من المقرر أن تقام بطولة الاتحاد في الفترة بين 22 ديسمبر والرابع من يناير 2016"
    assert judge_pair(side(news), side(dates)) is None
