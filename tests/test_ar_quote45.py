"""Arabic quotations right after the voice, with no colon or complementiser, and the writer's
words after them (round 45, quote45).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest

_ARMY_SAID = "«سقط ثلاثة من حراسنا في كمين قرب المعبر الشمالي»"
_ARMY_WORDS = _ARMY_SAID.strip("«»")


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (f"وجاء في بيان الجيش {_ARMY_SAID} في إشارة إلى المهربين.", "الجيش"),
        (
            "وبحسب بيان الشرطة «أوقفنا خمسة مشتبه بهم بعد مطاردة طويلة في الضواحي» في إشارة"
            " إلى عصابة السرقة.",
            "الشرطة",
        ),
        (f"وقال الجيش {_ARMY_SAID} مضيفا أن البحث عن المهاجمين مستمر.", "الجيش"),
    ],
    ids=["came-in", "credit", "participle-after"],
)
def test_a_quotation_of_words_said_is_no_part_of_a_definite_voice(read, text, voice):
    """ "وقال الجيش «…» في إشارة …", "وبحسب بيان الشرطة «…» …": a quotation of more words
    than a name after a definite head is what was said, even with the writer's words after
    it; the voice's name ends before it."""
    result = read(text)
    assert result.attributions
    assert set(_voices(result)) == {voice}


def test_the_statement_named_with_its_author_speaks_for_it_after(read):
    """ "وجاء في بيان الجيش «…» …. وتابع البيان أن …": the statement is the army's, once its
    quotation is no longer read into the army's name."""
    text = (
        f"وجاء في بيان الجيش {_ARMY_SAID} في إشارة إلى المهربين. وتابع البيان أن «الوحدات"
        " تطارد المسلحين في الوديان المجاورة»."
    )
    assert _voices(read(text)) == ["الجيش", "الجيش"]


def test_a_short_quoted_name_after_a_definite_head_stays_the_name(read):
    """ "وقال الحزب «الوطني الجديد» في بيان إن …": a quotation no longer than a name, with
    the sentence going on, still names the voice."""
    text = "وقال الحزب «الوطني الجديد» في بيان إن الانتخابات ستجري في موعدها."
    assert _voices(read(text)) == ["الحزب الوطني الجديد"]


@pytest.mark.parametrize(
    "text",
    [
        f"وقال الجيش المالي {_ARMY_SAID} في إشارة إلى المهربين.",
        f"وقال قائد المنطقة: {_ARMY_SAID}، مشيدا بصمود الجنود.",
        f"وأضاف المتحدث أن {_ARMY_SAID}، مطالبا بتعزيز الدوريات.",
    ],
    ids=["no-colon", "colon", "complementiser-and-comma"],
)
def test_the_content_is_the_quotation_not_the_writers_words_after_it(read, text):
    """ "وقال الجيش «…» في إشارة إلى …", "…: «…»، مشيدا …": a quotation of words said that
    opens the content is all of it, without its marks or what the writer adds after it."""
    (attribution,) = read(text).attributions
    assert attribution.content == _ARMY_WORDS
    assert attribution.quote.value == "direct"


def test_a_full_stop_glued_to_a_writers_aside_ends_the_quotation(read):
    """ "…: «…».يذكر أن …": the quotation is the content, and the aside after a full stop
    with no space is the writer's background, no one's words."""
    text = (
        "وقال سالم الهاشمي: «المشروع سيكتمل قبل نهاية العام المقبل بإذن الله».يذكر أن العمل"
        " بدأ قبل عامين."
    )
    (attribution,) = read(text).attributions
    assert attribution.content == "المشروع سيكتمل قبل نهاية العام المقبل بإذن الله"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "وأشار المرصد إلى «اشتباكات عنيفة لعدة ساعات في محيط البلدة الشمالية» قتل خلالها عشرة.",
            "قتل خلالها عشرة",
        ),
        ("وأكد الوزير أن «قرار المجلس الأخير بشأن رسوم الموانئ» سيطبق مطلع العام.", "سيطبق"),
        (
            "وأكدت الوزارة أن «الطرق الرئيسية ستفتح أمام الحركة صباح الغد»، وأن «فرق الصيانة تعمل"
            " على مدار الساعة».",
            "فرق الصيانة",
        ),
        (
            'وقال المدير "نتوقع زيارة آلاف الأسر لمهرجان "ربيع الوادي" هذا العام في الحديقة'
            ' العامة".',
            "الحديقة العامة",
        ),
        (
            "وأشارت الدراسة التي حملت عنوان «أسواق التمور في المنطقة الشرقية خلال عقد»، إلى أن"
            " الأسعار تضاعفت.",
            "تضاعفت",
        ),
        (
            "وقال الوزير في كلمة ألقاها خلال «الملتقى الوطني الأول لتقنيات المياه المالحة» الذي"
            " عقد في جدة: «نعمل على خفض كلفة التحلية إلى النصف».",
            "نعمل على خفض كلفة التحلية",
        ),
    ],
    ids=["preposition", "complementiser", "second-that", "straight-marks", "title", "occasion"],
)
def test_a_quotation_that_is_part_of_the_content_keeps_what_follows(read, text, kept):
    """ "أشار إلى «…» …", "أكد أن «…» سيطبق …", "«…»، وأن «…»", a straight mark that opens a
    name inside the quotation, a study's quoted title: what follows is still the content."""
    (attribution,) = read(text).attributions
    assert kept in attribution.content


def test_a_long_quoted_name_after_an_indefinite_title_is_the_body_it_heads(read):
    """ "وقال فلان رئيس «شركة … من خمس كلمات» في دبي: «…»": a title in the construct state
    takes the quotation after it as its body's name, however many words it has, and the
    content opens after the colon."""
    text = (
        "وقال سامر النجار رئيس «شركة الوادي لأبحاث الأسواق العقارية» في دبي: «الطلب على الشقق"
        " الصغيرة ارتفع كثيرا هذا العام»."
    )
    (attribution,) = read(text).attributions
    assert attribution.source.name == "سامر النجار"
    assert attribution.content == "الطلب على الشقق الصغيرة ارتفع كثيرا هذا العام"
