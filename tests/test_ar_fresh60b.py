"""Arabic patterns read wrong on a fresh pool of SaudiNewsNet articles annotated blind (round 60,
fresh60b).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _voices(result) -> list[tuple[str, str]]:
    return [(a.cue, a.source.name) for a in result.attributions]


def test_a_source_the_paper_learnt_from_goes_on_by_its_own_agreement(read):
    """ "وعلمت «الوطن» من مصدر … وأضاف أن …": a man's verb after goes on from the source (the
    paper's "علمت" is a woman's), not from a report named before it."""
    text = (
        "وأثبت تقرير المختبر أن العينة ملوثة ببكتيريا ضارة. "
        "وعلمت «الوطن» من مصدر في البلدية أن المطعم أغلق منذ يومين. "
        "وأضاف أن صاحب المطعم سيمثل أمام لجنة المخالفات الأسبوع المقبل."
    )
    found = _voices(read(text, publisher="alwatan"))
    assert found[-2:] == [("علمت", "مصدر في البلدية"), ("أضاف", "مصدر في البلدية")]
    # Unnamed sources go on through "وأضافت" (their agreement is not read as a man's).
    text = (
        "وقال مدير الفرع إن العمل مستمر. "
        "وعلمت «الوطن» من مصادر في الشركة أن الرواتب تأخرت شهرين. "
        "وأضافت أن الإدارة وعدت بصرفها قبل نهاية الشهر."
    )
    assert _voices(read(text, publisher="alwatan"))[-1] == ("أضافت", "مصادر في الشركة")


def test_a_role_named_again_whole_is_the_person_it_was_given_to(read):
    """ "قال فلان، منسق مبادرة …، إن … وأكد منسق مبادرة … أن …": the coordinator named
    before, not a person called after the initiative."""
    text = (
        "قال المهندس نادر الصافي، منسق مبادرة ازرع شجرتك، إن المبادرة بدأت أعمالها. "
        "وأكد منسق مبادرة ازرع شجرتك أن عدد المتطوعين تجاوز ثلاثمئة."
    )
    found = _voices(read(text))
    assert found == [("قال", "نادر الصافي"), ("أكد", "نادر الصافي")]


def test_a_plural_group_that_comments_speaks_on_through_a_plural_verb(read):
    """ "علق سياسيون … على … . وقالوا إن …": the commenters are the subject of "وقالوا" and
    of the cues after it; a singular "وقال" after them is not theirs."""
    text = (
        "علق محللون ماليون على قرار البنك المركزي أمس. "
        "وقالوا في حديث للصحيفة إن الخطوة ستخفض كلفة الاقتراض، "
        "مشيرين إلى أن المصارف ستتبعها خلال أسابيع."
    )
    found = _voices(read(text))
    assert found == [("قالوا", "محللون ماليون"), ("مشيرين", "محللون ماليون")]
    one = "علق محللون ماليون على قرار البنك المركزي أمس. وقال إن الخطوة ستخفض كلفة الاقتراض."
    assert [v for _, v in _voices(read(one))] != ["محللون ماليون"]


def test_unnamed_people_described_by_what_they_do_speak(read):
    """ "وقال مسؤولون يرافقون الوفد إن …": officials described by a present verb in the
    plural are the voice, and the participle after speaks for them too."""
    text = (
        "وقال مسؤولون يرافقون الوفد التجاري إن الزيارة ستشمل ثلاثة مصانع، "
        "مشيرين إلى أن الاتفاقيات ستوقع في اليوم الأخير."
    )
    found = _voices(read(text))
    assert [cue for cue, _ in found] == ["قال", "مشيرين"]
    assert all(voice.startswith("مسؤولون يرافقون") for _, voice in found)
