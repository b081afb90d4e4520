"""Arabic patterns read wrong on a fresh pool of SaudiNewsNet articles annotated blind (round 58,
fresh58d).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_a_stray_closing_mark_among_seven_straight_marks_opens_nothing(read):
    """A straight mark glued to a word and a full stop with no quotation open ("… الموسم".
    ولفت …") is a closing mark left unpaired, also in a paragraph of seven such marks: the
    cues after it are read."""
    text = (
        'وقال المدرب نبيل الحارثي -مدرب فريق الشباب-: "نحتاج إلى لاعبين أصحاب خبرة"، '
        'مضيفا أن الفريق خسر ثلاثة من نجومه قبل بداية الموسم". ولفت إلى أن الإدارة وعدت '
        "بصفقتين جديدتين، موضحا أن التدريبات تبدأ الأسبوع المقبل، مبينا أن مدربا سابقا "
        'كتب عن النادي مقالا جاء فيه: "إنه ناد عريق". وأضاف الحارثي أن الملعب "جاهز تماما" '
        "للمباريات."
    )
    found = [(a.cue, a.content) for a in read(text).attributions]
    assert ("مضيفا", "الفريق خسر ثلاثة من نجومه قبل بداية الموسم") in found
    assert ("لفت", "الإدارة وعدت بصفقتين جديدتين") in found
    assert ("موضحا", "التدريبات تبدأ الأسبوع المقبل") in found
