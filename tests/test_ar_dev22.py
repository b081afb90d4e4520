"""Arabic own-voice facts lost inside a reported content (issues 11 and 13, round 22, dev).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _contents(result) -> list[str]:
    return [a.content for a in result.attributions]


def _own(result) -> list[str]:
    return [s.content for s in result.statements]


def test_a_confirmation_named_by_the_writer_after_the_cue_confirm_is_not_the_voice(read):
    """ "أكدت X أن … في تأكيد لـ…": the noun echoes the cue; a voice does not call its own words
    a confirmation, so the words from "في" on are the writer's, an own-voice statement."""
    result = read(
        "أكدت شركة الموانئ أمس أن السفينة المحتجزة منذ شهرين غادرت الرصيف الشمالي للميناء "
        "في تأكيد لانتهاء أطول أزمة احتجاز عرفها الميناء خلال العقد الأخير."
    )
    assert _contents(result) == ["السفينة المحتجزة منذ شهرين غادرت الرصيف الشمالي للميناء"]
    assert any(s.startswith("في تأكيد لانتهاء أطول أزمة") for s in _own(result))


def test_a_confirmation_named_after_a_comma_ends_the_content_of_any_cue(read):
    """ "قالت X إن …، في تأكيد لمخاوف …": after a comma the framing is the writer's, whatever
    the cue."""
    result = read(
        "وقالت جمعية المزارعين إن محصول القمح تراجع بنحو الثلث هذا الموسم، "
        "في تأكيد لتقديرات سابقة عن أثر الجفاف الطويل على الحقول في الشمال."
    )
    assert _contents(result) == ["محصول القمح تراجع بنحو الثلث هذا الموسم"]
    assert any(s.startswith("في تأكيد لتقديرات سابقة") for s in _own(result))


def test_a_confirmation_with_no_comma_after_another_cue_stays_the_voice(read):
    """ "قال X إن … في تأكيد لـ…" with no comma and a cue other than "أكد": the voice may well
    say what its fact confirms; the content runs on. A quotation is never cut."""
    result = read(
        "وقال الباحث سامر عادل إن النقوش المكتشفة تعود إلى القرن الثالث في تأكيد لقدم "
        'الاستيطان في الوادي. وأكد الباحث: "وجدنا الأواني في تأكيد لروايات الرحالة القدامى".'
    )
    assert _contents(result) == [
        "النقوش المكتشفة تعود إلى القرن الثالث في تأكيد لقدم الاستيطان في الوادي",
        "وجدنا الأواني في تأكيد لروايات الرحالة القدامى",
    ]
