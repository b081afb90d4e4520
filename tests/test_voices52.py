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
