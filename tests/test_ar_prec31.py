"""Arabic attributions read wrong on SaudiNewsNet days sampled at random (round 31, arprec31).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def _descriptors(result) -> list[str]:
    return [a.source.descriptor for a in result.attributions]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وقالت المسؤولة عن الجناح غدير الهذلي إن الزوار تجاوزوا الألف.", "غدير الهذلي"),
        ("وأوضح المشرف العام على المعرض ضاري العتيبي أن الزوار تجاوزوا الألف.", "ضاري العتيبي"),
        ("وتضيف الرسامة سديم العتيبي أن الزوار تجاوزوا الألف.", "سديم العتيبي"),
    ],
)
def test_a_first_name_no_list_holds_before_a_family_name_ends_the_descriptor(read, sentence, name):
    """ "المسؤولة عن الجناح غدير الهذلي": the two last words are her name, not her title's."""
    result = read(sentence)
    assert _voices(result) == [name]
    assert _descriptors(result)[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "وذكر الإمام ابن سالم الهاشمي يرحمه الله في كتابه أن الصدقة تطفئ الغضب.",
        "واعتبر الهاشمي استهداف المدارس جريمة لا تغتفر.",
    ],
)
def test_a_prayer_or_an_act_after_a_name_is_no_first_name(read, sentence):
    """ "فلان يرحمه الله", "اعتبر فلان استهداف …": no one named "يرحمه الله" or "استهداف …"."""
    for voice in _voices(read(sentence)):
        assert "الله" not in voice.split()
        assert "استهداف" not in voice.split()


def test_whereas_ends_the_content_before_and_opens_another_voice(read):
    """ "…، في حين قال فلان إن …": the first content ends before "في حين", and the second
    voice is read, as after "فيما"."""
    result = read(
        "وقالت رئيسة اللجنة فاطمة الحربي إن اللجنة تسعى لتقديم رعاية صحية للحجاج، "
        "في حين قال المدير سعيد الهاشمي إن تشكيل الفريق صار ضروريا."
    )
    assert _voices(result) == ["فاطمة الحربي", "سعيد الهاشمي"]
    assert result.attributions[0].content == "اللجنة تسعى لتقديم رعاية صحية للحجاج"


@pytest.mark.parametrize(
    "sentence",
    [
        "أكد العميد ركن سالم الهاشمي المتحدث باسم القوات أن الدعم مستمر.",
        "أكد اللواء طيار سالم الهاشمي قائد القوات الجوية أن الدعم مستمر.",
        "وقلل اللواء الطيار ركن سالم الهاشمي من الخطر، مشيرا إلى أن الدعم مستمر.",
    ],
)
def test_what_a_rank_is_stays_out_of_the_name_before_a_title_after_it(read, sentence):
    """ "العميد ركن فلان المتحدث باسم …": "ركن" qualifies the rank, no first name."""
    assert _voices(read(sentence)) == ["سالم الهاشمي"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "توقعت هيئة الأرصاد بمشيئة الله تعالى، أن تهطل أمطار رعدية على المرتفعات.",
            "هيئة الأرصاد",
        ),
        ("يقول موسى عليه السلام لقومه: (اصبروا فإن العاقبة للصابرين).", "موسى"),
    ],
)
def test_god_willing_or_peace_upon_him_after_a_voice_is_no_part_of_its_name(read, sentence, name):
    """ "توقعت الهيئة بمشيئة الله", "موسى عليه السلام لقومه": the body, the prophet alone."""
    assert _voices(read(sentence)) == [name]


def test_knowing_for_certain_is_no_one_learning(read):
    """ "فالتاجر يعلم علم اليقين أن …": a verbal noun of knowing, no voice called "اليقين"."""
    result = read("وقال الوزير إن السوق مستقرة. فالتاجر يعلم علم اليقين أن الأسعار لن ترتفع.")
    assert _voices(result) == ["الوزير"]


@pytest.mark.parametrize(
    "doer",
    ["المتطوع سعيد الهاشمي", "مدير المعرض المكلف الدكتور سعيد الهاشمي"],
)
def test_while_another_person_acts_ends_the_content_before(read, doer):
    """ "…، بينما أشاد المتطوع فلان بـ…": another person's act, no part of her content."""
    result = read(
        "وقالت المتطوعة فاطمة الحربي إنها وجدت متعة في تنظيم الجمهور، "
        f"بينما أشاد {doer} بتعامل الزوار مع الأنظمة."
    )
    assert [a.content for a in result.attributions] == ["وجدت متعة في تنظيم الجمهور"]


@pytest.mark.parametrize(
    "rest",
    [
        "بينما انخفض الطلب في الأسواق",
        "فيما يتعين على التجار تسجيل الأسعار في الأسواق",
        "فيما أبدى الفريق قناعته بأهمية الرقابة في الأسواق",
    ],
)
def test_while_no_named_person_acts_the_content_goes_on(read, rest):
    """ "، بينما انخفض الطلب", "، فيما يتعين على التجار": no one named acts; his words go on."""
    result = read(f"وقال الوزير إن الأسعار ارتفعت، {rest}.")
    assert result.attributions[0].content.endswith("الأسواق")
