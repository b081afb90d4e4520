"""Arabic patterns read wrong on a fresh pool of SaudiNewsNet articles annotated blind (round 58,
fresh58a).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest
from conftest import corpus_claim_with, dated_story


@pytest.mark.parametrize(
    ("text", "voice", "content"),
    [
        (
            "أوضحت وزارة العمل ملابسات وفاة عامل داخل أحد المصانع.",
            "وزارة العمل",
            "ملابسات وفاة عامل داخل أحد المصانع",
        ),
        (
            "وكشفت شرطة منطقة حائل تفاصيل إغلاق ثلاثة مستودعات مخالفة.",
            "شرطة منطقة حائل",
            "تفاصيل إغلاق ثلاثة مستودعات مخالفة",
        ),
    ],
)
def test_the_circumstances_of_an_event_are_no_part_of_the_voice(read, text, voice, content):
    """ "أوضحت الوزارة ملابسات وفاة …", "كشفت الشرطة تفاصيل إغلاق …": the circumstances or the
    details of an event open what the voice explains, never the end of its name."""
    (found,) = read(text).attributions
    assert (found.source.name, found.content) == (voice, content)


def test_an_opening_mark_turned_round_closes_its_quotation(read):
    """ "برنامج «الدعم 2 « وأن …": an opening guillemet after a word and before a space, with
    one open, closes it; the sentence ends at its full stop and the next one's voice speaks."""
    text = (
        "ونفت الوزارة وجود برنامج يسمى «الدعم 2 « وأكدت أن المعتمد هو «الدعم الجديد» . "
        "من جهة أخرى قالت مصادر مطلعة في الصندوق إن صرف المكافآت مستمر.\n"
    )
    last = read(text).attributions[-1]
    assert (last.source.name, last.content) == ("مصادر مطلعة في الصندوق", "صرف المكافآت مستمر")


def test_a_statement_issued_by_a_meeting_is_no_second_origin(tmp_path):
    """ "البيان الصادر عن الاجتماع" names no body that issued it (a meeting is held by the
    bodies at it): beside the minister who spoke after it saying the same, it is no second
    origin, so the claim stays single-sourced."""
    report = dated_story(
        tmp_path,
        (
            "a1",
            "okaz",
            "وقال وزير التربية سامي الراشد عقب الاجتماع: سنضيف فصلا دراسيا ثالثا، وسيبدأ العام"
            " الدراسي للمدارس الحكومية في الأسبوع الأول من سبتمبر.",
        ),
        (
            "a2",
            "alyaum",
            "وأوضح البيان الصادر عن الاجتماع أن المجتمعين قرروا تقسيم العام الدراسي إلى ثلاثة"
            " فصول يبدأ أولها مطلع سبتمبر في المدارس الحكومية.",
        ),
    )
    claim = corpus_claim_with(report, "ثلاثة فصول")
    assert len(claim.origins) == 1
    assert claim.status.value == "single-sourced"
