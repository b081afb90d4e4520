"""Arabic cues read on a blind set of unseen days (round 52, blind52b).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_revealing_participle_opens_its_own_content(read):
    """ "…، كاشفا أن …" (revealing) after a statement is the same speaker's second claim, as
    "مشيرا إلى أن …": the content before ends at it; "أجهزة كاشفة للمعادن" is no cue."""
    result = read(
        "وأكد المتحدث باسم الاتحاد سامي العتيبي أن الاتحاد عقد ثلاثة اجتماعات مع المدرب،"
        " كاشفا أن الاتحاد قدم عرضا ماليا قدره مليونا دولار."
    )
    assert [(a.cue, a.source.name, a.content) for a in result.attributions] == [
        ("أكد", "سامي العتيبي", "الاتحاد عقد ثلاثة اجتماعات مع المدرب"),
        ("كاشفا", "سامي العتيبي", "الاتحاد قدم عرضا ماليا قدره مليونا دولار"),
    ]
    detector = read("وركبت البلدية أجهزة كاشفة للمعادن عند مدخل السوق الشعبي.")
    assert detector.attributions == ()
