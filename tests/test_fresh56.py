"""A title whose body is named between quotation marks, then the man who holds it (round 56,
fresh56).

Every example is made up; each test pins one general pattern and checks the content's offsets.
"""

from __future__ import annotations

from conftest import voices_checked as _voices


def test_a_body_named_between_two_closing_marks_leaves_the_title_to_the_man_after(read):
    """ "رئيس نادي ” الفجر ” الأستاذ فلان": some papers write the closing mark on both sides
    of a body's name; the man named after it speaks, not the bare title before it."""
    result = read(
        "وأشار رئيس مجلس إدارة نادي ” الفجر ” الأستاذ سامي الحربي إلى أن النادي سجل أربعين"
        " لاعبا جديدا هذا الموسم."
    )
    assert _voices(result) == {"سامي الحربي": "النادي سجل أربعين لاعبا جديدا هذا الموسم"}

    # With the body's adjective after the mark.
    result = read("قال مدير قناة ” الواحة ” التركية نادر القاسم إن القناة ستبث عشرين برنامجا.")
    assert _voices(result) == {"نادر القاسم": "القناة ستبث عشرين برنامجا"}


def test_a_second_title_joined_after_the_quoted_body_still_reaches_the_name(read):
    """ "رئيس فرقة «…» ومشرف قناة … فلان أن": one man holds both titles; he speaks."""
    result = read(
        "وأوضح رئيس فرقة «نجوم الساحل» ومشرف قناة الفنون سامي الحربي أن العرض ناقش قضايا الأسرة."
    )
    assert _voices(result) == {"سامي الحربي": "العرض ناقش قضايا الأسرة"}


def test_closing_marks_after_a_speaker_quote_words_and_after_a_paper_name_it(read):
    """ "وقال الوزير ” لا تعليق ”": words said between the marks make no voice of their own;
    a paper named between them is the voice by its name, not the bare word "صحيفة"."""
    result = read("وقال الوزير ” لا تعليق ” ثم غادر القاعة.")
    assert "لا تعليق" not in _voices(result)

    result = read("وأكدت صحيفة ” الواحة ” أن الحكومة أقرت أربعين مشروعا.")
    assert _voices(result) == {"الواحة": "الحكومة أقرت أربعين مشروعا"}


def test_a_credit_and_a_titled_name_between_closing_marks(read):
    """ "بحسب صحيفة ” الواحة ” فإن": the paper named between the marks is the voice and the
    marks are no part of the content; "مدير الإدارة ” فلان ”" is the man so named."""
    result = read("وبحسب صحيفة ” الواحة ” فإن الحكومة أقرت أربعين مشروعا جديدا.")
    assert _voices(result) == {"الواحة": "الحكومة أقرت أربعين مشروعا جديدا"}

    result = read("وأكد مدير الإدارة ” نادر القاسم ” أن العمل يسير وفق الخطة.")
    assert _voices(result) == {"نادر القاسم": "العمل يسير وفق الخطة"}


def test_thanks_offered_after_a_comma_is_no_part_of_the_content(read):
    """ "…، مقدما شكره للمشاركين": the speaker's thanks after the comma are his act besides
    what he said, as "مشيدا" is; "…، مقدمة له عرضا" (no word of thanks) stays in the content."""
    result = read(
        "وأفاد مدير الجمعية سامي الحربي، أن الورشة أشرف عليها عشرون فنانا، مقدماً شكره"
        " وتقديره للمشاركين في الورشة."
    )
    assert _voices(result) == {"سامي الحربي": "الورشة أشرف عليها عشرون فنانا"}

    result = read("وأوضحت الوزارة أن الفرق الطبية عالجت 300 مصاب، مقدمة التعازي لأسر الضحايا.")
    assert _voices(result) == {"الوزارة": "الفرق الطبية عالجت 300 مصاب"}

    result = read(
        "وقال مدرب الفريق إن إدارة النادي تفاوض لاعبا من الساحل، مقدمة له عرضا بمليوني يورو."
    )
    assert next(iter(_voices(result).values())).endswith("مقدمة له عرضا بمليوني يورو")
