"""A kin noun used as a role names the man the article set it off after (round 59).

"قال فلان، زوج المعلمة، …" and later "ونفى زوج المعلمة …": the relation is his, one voice, as a
post is its holder's. Every example is made up.
"""

from __future__ import annotations


def _voices(result):
    return [a.source.name for a in result.attributions]


def test_a_husband_set_off_after_his_name_is_that_man_later(read):
    """ "قال فلان، زوج المعلمة، …" then "ونفى زوج المعلمة …": one man, not two voices."""
    result = read(
        "قال سالم الحربي، زوج المعلمة المتوفاة، إن إدارة المدرسة لم تتواصل معه منذ الحادث. "
        "ونفى زوج المعلمة وصول أي مسؤول من الإدارة إلى منزله."
    )
    assert _voices(result) == ["سالم الحربي", "سالم الحربي"]


def test_a_father_set_off_after_his_name_is_that_man_later(read):
    """ "أكد فلان، والد اللاعب، …" then "وأوضح والد اللاعب …"."""
    result = read(
        "أكد ماجد الكعبي، والد اللاعب المصاب، أن حالة ابنه تتحسن يوما بعد يوم. وأوضح والد "
        "اللاعب أن الأطباء سمحوا له بالمشي قليلا."
    )
    assert _voices(result) == ["ماجد الكعبي", "ماجد الكعبي"]
