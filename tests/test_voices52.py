"""Arabic voice names without a stray word at their end (round 52, voices52).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_time_adverb_after_the_voice_is_no_part_of_its_name(read):
    """ "أكد البنك أمس", "أقر الأطباء وقتها", "تقول الهيئة الآن": when the voice spoke, after
    its name; "مساء أمس" goes with it."""
    for when in ("أمس", "مساء أمس", "وقتها", "حينها", "الآن"):
        result = read(f"وأكد بنك الرواد التجاري {when} أن أرباحه ارتفعت في الربع الثاني.")
        assert [(a.source.name, a.content) for a in result.attributions] == [
            ("بنك الرواد التجاري", "أرباحه ارتفعت في الربع الثاني"),
        ]
    (doctors,) = read("وأقر الأطباء وقتها بأن المريض يحتاج إلى عملية عاجلة في القلب.").attributions
    assert doctors.source.name == "الأطباء"


def test_bare_min_at_the_phrase_end_is_no_part_of_the_name(read):
    """ "وأكد فلان من أمام المقر «أن …»": a bare "من" left at the end of the phrase opens
    where or whence he spoke; the name ends before it."""
    result = read("وأكد رئيس الفرع «سالم الهاشمي» من أمام المقر «أن الحادث وقع صباحا».")
    assert [a.source.name for a in result.attributions] == ["سالم الهاشمي"]


def test_quoted_surname_of_a_person_named_before_is_that_person(read):
    """ "وتؤكد «الحربي» أن" after "… سلمى الحربي": the quoted surname is the woman named
    before (one voice), not a medium called so; after "توقعات المصرف" (a record read as a
    person, with no given name), «المصرف» stays apart."""
    result = read(
        "وترى عضو هيئة التدريس في كلية التربية سلمى الحربي أن العدد المعلن يستلزم المراجعة."
        " وتؤكد «الحربي» على أن المراجعة يجب أن تبدأ قبل نهاية العام."
    )
    first, second = result.attributions
    assert second.source.id == first.source.id
    assert second.source.name == "سلمى الحربي"
    result = read(
        "ويقول سالم الكعبي إن المشروع سينتهي في الخريف."
        " لكن «الكعبي» يقول إن التكلفة بلغت مليون ريال."
    )
    assert [a.source.name for a in result.attributions] == ["سالم الكعبي", "سالم الكعبي"]
    result = read(
        "وأشارت توقعات المصرف إلى تراجع الأسعار. وتوقع «المصرف» أن تقل أسعار السلع هذا العام."
    )
    assert result.attributions[-1].source.name == "المصرف"
