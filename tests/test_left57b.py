"""A campaign named in quotation marks, and a pluperfect subject set off by a comma (round 57).

"وأوردت حملة «…» على صفحتها …" is the campaign speaking; "وكان المصدر، قد أكد أن …" is the
source, the comma between the subject and "قد" notwithstanding.

Every example is made up; each test pins one general pattern and checks the content's offsets.
"""

from __future__ import annotations

from conftest import voices_checked as _voices


def test_campaign_named_in_quotation_marks_is_the_voice(read):
    """ "وأوردت حملة «…» على صفحتها …": the campaign and its quoted name speak, and the words
    quoted after its page are what it said."""
    result = read(
        "وأوردت حملة «أنقذوا النهر» على صفحتها على فيسبوك أمس «توقف ضخ المياه إلى القرى"
        " الشمالية منذ ثلاثة أيام»."
    )
    assert _voices(result) == {
        "حملة أنقذوا النهر": "توقف ضخ المياه إلى القرى الشمالية منذ ثلاثة أيام"
    }

    result = read(
        "وكتبت حملة «أنقذوا النهر» على حسابها في تويتر: «المصنع يلقي نفاياته في المجرى كل ليلة»."
    )
    assert _voices(result) == {"حملة أنقذوا النهر": "المصنع يلقي نفاياته في المجرى كل ليلة"}


def test_pluperfect_subject_set_off_by_a_comma_before_qad(read):
    """ "وكان مصدر مسؤول في الشركة، قد أكد أن …": the subject before the comma speaks, at the
    opening of a sentence and after another speaker's words."""
    result = read("وكان مصدر مسؤول في شركة الكهرباء، قد أكد أن الانقطاع سينتهي مساء اليوم.")
    assert _voices(result) == {"مصدر مسؤول في شركة الكهرباء": "الانقطاع سينتهي مساء اليوم"}

    result = read("وكانت وزارة الزراعة، قد أعلنت في وقت سابق أن موسم الحصاد تأخر أسبوعين.")
    assert _voices(result) == {"وزارة الزراعة": "موسم الحصاد تأخر أسبوعين"}

    result = read(
        "وقال التاجر نادر القاسم إن الطلب ضعيف، وكان المتحدث باسم الغرفة التجارية، قد أكد أن"
        " الأسعار مستقرة."
    )
    assert _voices(result) == {
        "نادر القاسم": "الطلب ضعيف",
        "المتحدث باسم الغرفة التجارية": "الأسعار مستقرة",
    }
