"""Arabic patterns read wrong on a fresh pool of SaudiNewsNet articles annotated blind (round 58,
fresh58f).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest

from tracker.models import SourceKind


@pytest.mark.parametrize(
    ("text", "spoke_for"),
    [
        (
            "وقال المرصد إن سيارة انفجرت قرب الحاجز. ولكن متحدثا باسم الشرطة قال إن الحريق "
            "نجم عن عطل كهربائي في المخزن.",
            "الشرطة",
        ),
        (
            "وقال المرصد إن سيارة انفجرت قرب الحاجز. ولكن متحدثا باسم وحدات الدفاع المحلية "
            "قال إن «انفجارات» وقعت بسبب عطل كهربائي في المخزن.",
            "الدفاع المحلية",
        ),
        (
            "وقال المرصد إن سيارة انفجرت قرب الحاجز. غير أن متحدثا باسم الجيش أكد أن الحريق "
            "نجم عن عطل كهربائي في المخزن.",
            "الجيش",
        ),
    ],
)
def test_a_spokesman_in_the_accusative_after_but_is_the_voice(read, text, spoke_for):
    """ "لكن متحدثا باسم الشرطة قال إن …": the spokesman speaks, not the voice named before."""
    named = read("وقال الوزير سالم الحربي متحدثا للصحفيين إن المشروع سينتهي العام المقبل.")
    assert [a.source.name for a in named.attributions] == ["سالم الحربي"]  # how he spoke
    found = read(text).attributions
    assert len(found) == 2
    first, second = found
    assert first.source.name == "المرصد"
    assert spoke_for in second.source.name
    assert second.source.kind is SourceKind.OFFICIAL
    assert second.content.endswith("عطل كهربائي في المخزن")


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "أصدرت الهيئة تقريرها عن المياه. كما أوضح التقرير أهمية ترشيد الاستهلاك في المنازل "
            '"التي تستهلك أكثر من نصف المياه في المدن".',
            "التقرير",
        ),
        (
            "ورأى الباحث سامي العتيبي ضرورة تحديث الأنظمة على أن تتولى جهة واحدة تطبيقها، "
            "وتابع أن الأنظمة الحالية لا تكفي لردع المخالفين.",
            "سامي العتيبي",
        ),
    ],
)
def test_what_a_voice_stresses_is_no_part_of_its_name(read, text, voice):
    """ "أوضح التقرير أهمية …", "رأى فلان ضرورة …": the name ends before "أهمية"/"ضرورة"."""
    names = {a.source.name for a in read(text).attributions}
    assert names
    assert all("أهمية" not in n and "ضرورة" not in n for n in names)
    assert voice in names or any(voice in n for n in names)
    call = (
        "وقال الوزير سالم الحربي إن المحادثات كانت مثمرة. وأكد ضرورة أن تلتزم الأطراف كلها "
        "بما تم الاتفاق عليه في الجولة الماضية."
    )
    assert len(read(call).attributions) == 1  # "وأكد ضرورة أن …": a call, no claim of his
    wrote = "وأوضح الباحث في أهمية دراسته أن النتائج تفيد المزارعين في المناطق الجافة."
    assert "الباحث في" not in {a.source.name for a in read(wrote).attributions}  # after في


@pytest.mark.parametrize(
    "text",
    [
        "أصيب عشرة عمال في انهيار جدار قرب الميناء حيث تدور اشتباكات متقطعة بين قوات الأمن "
        "المحلي والمهربين، حسب ما أفادت مصادر طبية.",
        "وارتفعت أسعار الفاكهة هذا الصيف خصوصا إن قارنا بين أسعار ثمار المانجو والموز، بحسب "
        "تقرير للغرفة التجارية.",
    ],
)
def test_between_this_and_that_is_no_verb_that_opens_a_clause(read, text):
    """ "بين قوات الأمن والمهربين": "between … and …", so a credit after it covers the sentence."""
    found = read(text).attributions
    assert len(found) == 1
    assert found[0].content.startswith(("أصيب عشرة عمال", "وارتفعت أسعار الفاكهة"))
