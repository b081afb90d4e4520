"""Arabic patterns still read wrong on the open pools of round 59 (left59c).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_first_after_an_indefinite_title_stays_in_the_voice(read):
    """ "فلان مؤسس أول نادٍ …": "أول" after an indefinite title or description is "the first",
    part of who he is, not a time word that cuts the voice after the title."""
    result = read(
        "وقال سامر الخالدي مؤسس أول ناد للشطرنج في المدينة إن عدد الأعضاء تضاعف هذا العام."
    )
    assert [(a.cue, a.source.name, a.content) for a in result.attributions] == [
        ("قال", "سامر الخالدي", "عدد الأعضاء تضاعف هذا العام"),
    ]


def test_a_description_ending_in_lil_leads_a_strict_cue_to_its_content(read):
    """ "تحدث فلان صاحب مكتبة للأطفال عن …، وقال إن …": the "لل" phrase closes his
    description; the topic after عن and the words after it are his, even after an opener."""
    result = read(
        "تكثر زيارات العائلات للمعارض في الصيف.\n"
        "ومن هذا المنطلق تحدث رامي فؤاد صاحب أول مكتبة للأطفال عن عادات القراءة لدى الصغار، "
        "وقال إن الإقبال على القصص المصورة زاد كثيرا، وأوضح أن الأسعار بقيت كما هي."
    )
    assert [(a.cue, a.source.name, a.content) for a in result.attributions] == [
        ("تحدث", "رامي فؤاد", "عادات القراءة لدى الصغار"),
        ("قال", "رامي فؤاد", "الإقبال على القصص المصورة زاد كثيرا"),
        ("أوضح", "رامي فؤاد", "الأسعار بقيت كما هي"),
    ]
