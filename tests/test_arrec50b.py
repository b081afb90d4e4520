"""Arabic reporting patterns of unseen news days: a nationality before a foreign name no list
holds, and a study's conclusion told with "خلص إلى أن"."""

from __future__ import annotations


def _read(read, text: str) -> list[tuple[str, str, str]]:
    result = read(text)
    return [(a.cue, a.source.name, a.content) for a in result.attributions]


def test_a_nationality_before_a_foreign_name_and_title_names_the_speaker(read):
    """ "وقال الإيطالي ماركو فيرانتي المدير الفني للنادي «…»": the coach speaks, though his
    given name is on no list; he also says what he adds after."""
    found = _read(
        read,
        "وقال الإيطالي ماركو فيرانتي المدير الفني للنادي "
        '"إننا سعداء بتجديد عقد الحارس لثلاثة أعوام." '
        'وأضاف "الفريق سيكون أقوى في الموسم المقبل."\n',
    )
    assert [(cue, name) for cue, name, _ in found] == [
        ("قال", "ماركو فيرانتي"),
        ("أضاف", "ماركو فيرانتي"),
    ]
    assert "تجديد عقد الحارس" in found[0][2]
    # With no name after the nationality, nothing is read as one.
    found = _read(read, "وقال الأمريكي المحاضر في الجامعة إن الطلاب جاهزون للاختبار.\n")
    assert all(name != "المحاضر" for _, name, _ in found)


def test_a_study_concluding_that_is_its_finding(read):
    """ "وخلصت الدراسة التي نشرتها المجلة … إلى أن …": what the study concluded is its
    statement, as with "أظهرت"; "خلص الاجتماع إلى توصيات" states nothing."""
    (att,) = read(
        "وخلصت الدراسة التي نشرتها مجلة طبية أمس إلى أن ثلثي المشاركين يعانون من قلة النوم.\n"
    ).attributions
    assert att.cue == "خلصت"
    assert att.source.name == "الدراسة"
    assert att.content == "ثلثي المشاركين يعانون من قلة النوم"
    # With no "أن" close after it, concluding tells nothing: "خلص إلى عدد من التوصيات".
    assert not read("وخلص الاجتماع إلى عدد من التوصيات لتطوير الخدمات.\n").attributions


def test_the_arab_monetary_fund_is_not_the_international_one(read):
    """ "صندوق النقد العربي" is a body of its own: read as the IMF, two funds' statements
    would count as one voice's, or one fund's as another's."""
    (att,) = read("وقال صندوق النقد العربي إن النمو في المنطقة سيتباطأ هذا العام.\n").attributions
    assert att.source.name == "صندوق النقد العربي"
    assert att.source.id != "imf"
