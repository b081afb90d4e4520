"""Patterns of a fresh blind pool (round 57, fresh57b): a slash between a title and a name,
a role whose nisba names the country its holder's title named by place, a body's name in
brackets inside a title, the issue a trailing credit names, and "جدد التأكيد" (restated).

Every example is made up; each test pins one general pattern and checks the content's offsets.
"""

from __future__ import annotations

from conftest import voices_checked


def _speakers(result):
    """The source name of each attribution in order, after checking the offsets."""
    voices_checked(result)
    return [a.source.name for a in result.attributions]


def test_a_slash_after_a_title_or_rank_parts_it_from_the_name_not_the_voice(read):
    """ "الأستاذ/ فلان", "المهندس / فلان", "النقيب/فلان": official releases set a slash between
    the title and the name; the speaker is the man named, and a later surname alone is him."""
    result = read(
        "وأكد رئيس لجنة التوعية الأستاذ/ سامي العبدالله انطلاق الحملة في الأسبوع المقبل. "
        "وأشار العبدالله إلى أن الحملة تشمل المدارس والجامعات."
    )
    assert _speakers(result) == ["سامي العبدالله"] * 2

    result = read(
        "بدوره أوضح مدير المشروع المهندس / خالد بن سعد الراشد أن أعمال الرصف اكتملت في الحي."
    )
    assert voices_checked(result) == {"خالد بن سعد الراشد": "أعمال الرصف اكتملت في الحي"}

    result = read("وصرح المتحدث باسم الدفاع المدني النقيب/فهد الجابر بأن الحريق أخمد دون إصابات.")
    assert voices_checked(result) == {"فهد الجابر": "الحريق أخمد دون إصابات"}


def test_a_role_with_the_nisba_of_the_place_its_holder_was_named_with_is_that_man(read):
    """ "المسؤول الليبي" after "رئيس الأركان في ليبيا فلان" (the title names the country by
    place, not by nisba) is that man, one voice; a nisba of another country is someone else."""
    result = read(
        "قال رئيس هيئة الأركان في ليبيا اللواء منصور الطرابلسي إن قواته تتقدم نحو الميناء. "
        "ولفت المسؤول الليبي إلى أن استعادة المدينة باتت قريبة."
    )
    assert _speakers(result) == ["منصور الطرابلسي"] * 2

    result = read(
        "قال وزير الخارجية في مصر كامل الشاذلي إن المحادثات مثمرة. "
        "وقال وزير الخارجية الروسي إن المحادثات متعثرة."
    )
    assert _speakers(result) == ["كامل الشاذلي", "وزير الخارجية الروسي"]


def test_a_name_in_brackets_after_a_body_in_a_title_is_no_end_of_the_title(read):
    """ "مدير شركة (نوران) سامر فؤاد": the company's name in brackets after the body's noun
    inside the title, then the man's name; the speaker is the man, not "مدير شركة"."""
    result = read("من جهته، قال مدير شركة (الواحة) سامر فؤاد، إن المصنع سيفتتح في الخريف.")
    assert voices_checked(result) == {"سامر فؤاد": "المصنع سيفتتح في الخريف"}

    result = read("وأوضح رئيس مجلس إدارة جمعية (رفاق) الشيخ ماجد العلي أن الجمعية تأسست قبل عامين.")
    assert voices_checked(result) == {"ماجد العلي": "الجمعية تأسست قبل عامين"}


def test_a_trailing_credit_with_the_issue_it_came_out_in_covers_the_clause_before(read):
    """ "…، حسبما نشرته صحيفة «X» في عددها الصادر اليوم.": the issue the paper printed it
    in is no content; what the paper reported is the clause before the credit, here one that
    opens with a verb of writing."""
    result = read(
        "كتبت الطالبة سلمى أحمد رسالة إلى الوزير تطلب فيها منحة دراسية، حسبما نشرته صحيفة"
        " الأفق في عددها الصادر صباح اليوم."
    )
    voices = voices_checked(result)
    assert list(voices) == ["الأفق"]
    assert "رسالة إلى الوزير تطلب فيها منحة دراسية" in voices["الأفق"]
    assert "عددها" not in voices["الأفق"]


def test_restating_with_the_noun_of_stressing_reports_what_is_restated(read):
    """ "وجدد فلان التأكيد على أن …", "وجددت الهيئة تأكيدها أن …", "كما جدد التأكيد على أن
    …" (the speaker named before) and a noun phrase after على or ب; "جدد العقد" renews."""
    result = read("وجدد رئيس البلدية التأكيد على أن الجسر سيفتتح قبل نهاية العام.")
    assert voices_checked(result) == {"رئيس البلدية": "الجسر سيفتتح قبل نهاية العام"}

    result = read("وجددت الهيئة تأكيدها أن الأسعار لن ترتفع هذا الموسم.")
    assert voices_checked(result) == {"الهيئة": "الأسعار لن ترتفع هذا الموسم"}

    result = read(
        "وقال الوزير كامل الشاذلي إن الموازنة متوازنة، كما جدد التأكيد على أن الدين العام سينخفض."
    )
    assert [a.content for a in result.attributions] == [
        "الموازنة متوازنة",
        "الدين العام سينخفض",
    ]
    assert _speakers(result) == ["كامل الشاذلي"] * 2

    result = read("وجدد قائد الشرطة، التأكيد بإحكام قواته السيطرة على الحي الشرقي.")
    assert voices_checked(result) == {"قائد الشرطة": "بإحكام قواته السيطرة على الحي الشرقي"}

    result = read("وجدد النادي عقد مدربه لموسمين آخرين.")
    assert result.attributions == ()
