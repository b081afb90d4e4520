"""Arabic patterns read wrong on a fresh pool of SaudiNewsNet articles annotated blind (round 58,
fresh58a).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest
from conftest import corpus_claim_with, dated_story

_NUMBERED = (
    "أوضحت إدارة المرور بمحافظة الطائف ملابسات حادث وقع أمس.\n"
    "وذكرت في بيان نشرته مساء اليوم أنه حرصا على الشفافية فإن الإدارة توضح للجميع ما يلي :\n"
    "أولاً : الشاحنة كانت تسير بسرعة عالية عند دخولها الجسر، وقد شهد بذلك أحد المارة "
    "وذكر أن سائقها لم يتوقف.\n"
    "ثانياً : تم نقل الجرحى الثلاثة إلى مستشفى المدينة العام.\n"
    "ثالثاً : العقوبات المقررة على المخالف كالتالي:\n"
    "1- سحب رخصة القيادة لمدة عام كامل.\n"
    "2- غرامة مالية قدرها عشرة آلاف ريال.\n"
)


def test_each_item_of_a_numbered_statement_is_its_issuers(read):
    """ "وذكرت في بيان … فإن الإدارة توضح للجميع ما يلي :" then "أولاً : …", "ثانياً : …": each
    numbered item is a claim of the statement's voice; an item that names another voice
    inside it keeps its words before that voice, and an item that ends with a colon only
    heads the items under it."""
    voice = "إدارة المرور بمحافظة الطائف"
    contents = [a.content for a in read(_NUMBERED).attributions if a.source.name == voice]
    assert contents[1:] == [
        "الشاحنة كانت تسير بسرعة عالية عند دخولها الجسر",
        "تم نقل الجرحى الثلاثة إلى مستشفى المدينة العام",
        "سحب رخصة القيادة لمدة عام كامل",
        "غرامة مالية قدرها عشرة آلاف ريال",
    ]


def test_a_lead_in_that_says_more_than_what_follows_keeps_its_claim(read):
    """ "وأوضح فلان أن المتقدم يقبل طلبه متى استوفى الشروط الآتية:": the lead-in's
    own words stay its claim, and the paragraph it announces is his too."""
    text = (
        "وقال رئيس اللجنة خالد المطيري في بيان إن التسجيل يبدأ غدا، وأوضح أن المتقدم يقبل "
        "طلبه متى استوفى الشروط الآتية:\n"
        "أن يكون قد أتم عشرين عاما، وأن يكون مقيما في الدائرة نفسها.\n"
    )
    contents = [a.content for a in read(text).attributions]
    assert contents == [
        "التسجيل يبدأ غدا",
        "المتقدم يقبل طلبه متى استوفى الشروط الآتية",
        "أن يكون قد أتم عشرين عاما، وأن يكون مقيما في الدائرة نفسها",
    ]


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
