"""Arabic reports missed on SaudiNewsNet days (issue 11, round 29, recall).

Found by reading sentences with a reporting word that gave no attribution (2015-07-25 and
2015-08-03), then reading what each new rule changed on whole days. Every example is made up;
each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_an_occasion_after_bimunasaba_ends_the_voice(read):
    """ "وأكد فلان بمناسبة تخريج …، أن …", "وقال بمناسبة صدور …، إن …": "on the occasion of"
    ends the speaker's name as "خلال" does, and with no name after the verb the speaker is
    the one named before; the occasion is never read as a voice."""
    result = read(
        "وأكد عميد الكلية نادر السالمي بمناسبة تخريج الدفعة الثالثة من طلاب قسم الصيدلة، "
        "أن الكلية ستفتح قسما جديدا. "
        "وقال بمناسبة صدور قرار ضم المعهد إلى الجامعة، إن القرار يخدم الطلاب. "
        "وأعلن مدير النادي وليد الراشد بمناسبة اليوم الرياضي أن الملعب سيفتح للجميع."
    )
    assert _voices(result) == ["نادر السالمي"] * 2 + ["وليد الراشد"]
    assert _contents(result) == [
        "الكلية ستفتح قسما جديدا",
        "القرار يخدم الطلاب",
        "الملعب سيفتح للجميع",
    ]
