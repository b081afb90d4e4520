"""Arabic patterns the open story sets (round 59, cluster59) showed read wrong.

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


def test_an_inquiry_a_body_conducted_speaks_for_it(read):
    """ "أظهر تحقيق أجرته المنظمة أن …": the body that conducted the inquiry is the voice."""
    found = read(
        "وأظهر تحقيق أجرته منظمة الصحة العالمية أن مئات المرضى ينتظرون العلاج منذ سنوات."
    ).attributions
    assert len(found) == 1
    assert "الصحة العالمية" in found[0].source.name
    assert found[0].content.startswith("مئات المرضى")
    # With no one conducting it, an inquiry is an act, and no voice is made of it.
    bare = read("وأظهر تحقيق في الحادث أن السائق كان يقود بسرعة كبيرة.").attributions
    assert all("تحقيق" not in a.source.name for a in bare)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "وأكد المجلس المحلي حسب - وكالة الأنباء الرسمية - أن فرقه تقدم العلاج للجرحى "
            "في المستشفيات الميدانية.",
            "المجلس المحلي",
            "فرقه تقدم العلاج",
        ),
        (
            "وشدد السفير سالم الحربي - وفقا لما نقلته وكالة الأنباء الرسمية - على أن بلاده "
            "لن تقبل أي تدخل في شؤونها.",
            "سالم الحربي",
            "بلاده لن تقبل",
        ),
    ],
)
def test_a_credit_between_dashes_after_the_subject_carries_its_words(read, text, speaker, content):
    """ "وأكد المجلس حسب - وكالة الأنباء - أن …": the council speaks, the agency carried it."""
    found = read(text).attributions
    assert len(found) == 1
    said = found[0]
    assert said.source.name == speaker
    assert len(said.chain) == 2
    assert said.content.startswith(content)
