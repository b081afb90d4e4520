"""Arabic cues and voices left over from round 49's reading of unseen SaudiNewsNet articles.

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_estimated_with_its_complementiser_is_a_report(read):
    """ "وقدّر الجيش أن …", "وقدّرت المنظمة في تقريرها، أن …": "قدّر" (estimated) with its
    subject and then "أن" tells what the voice estimates."""
    result = read(
        "وقدّر الجيش أن عدد المسلحين في المنطقة يبلغ ألف مسلح. "
        "وقدرت منظمة الإغاثة الدولية في تقريرها، أن نحو ثلاثة آلاف أسرة نزحت من القرى."
    )
    assert _voices(result) == ["الجيش", "منظمة الإغاثة الدولية"]
    assert _contents(result) == [
        "عدد المسلحين في المنطقة يبلغ ألف مسلح",
        "نحو ثلاثة آلاف أسرة نزحت من القرى",
    ]


def test_estimated_as_a_noun_or_fate_or_thanks_reports_nothing(read):
    """ "قدر استطاعته" (as much as he can), "بقدر ما", "قُدّر له أن" (fated), "قدّر الجهود"
    (appreciated) report nothing, beside an estimate that does."""
    result = read(
        "يحاول المعلم قدر استطاعته أن يساعد الطلاب. وقدر الوزير جهود العاملين في الميدان. "
        "وقُدّر له أن يعود إلى قريته بعد عشرين عاما. ولم يكن خصما بقدر ما كان شريكا. "
        "وقدرت الهيئة أن الموسم سيكون جيدا."
    )
    assert _voices(result) == ["الهيئة"]
    result = read("وقال سامر الحربي إن الرحلة كانت شاقة فقدر علينا أن نبيت في الطريق.")
    assert _contents(result) == ["الرحلة كانت شاقة فقدر علينا أن نبيت في الطريق"]
