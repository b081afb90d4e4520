"""Arabic patterns read wrong on a fresh pool of SaudiNewsNet articles annotated blind (round 59,
fresh59b).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest

from tracker.models import SourceKind


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("وأظهر مسح لرويترز أن صادرات المعادن ارتفعت خلال الربع الماضي.", "رويترز"),
        ("وأظهر استطلاع لوكالة رويترز أن ثلثي المستثمرين يتوقعون خفض الفائدة.", "رويترز"),
    ],
)
def test_a_survey_run_by_a_medium_shows_in_its_voice(read, text, medium):
    """ "أظهر مسح لرويترز أن …": the agency that ran the survey speaks for its finding."""
    (att,) = read(text).attributions
    assert att.source.name == medium
    assert att.source.kind is SourceKind.AGENCY
    assert att.cue == "أظهر"
    # A person is no record: "أظهر اللاعب لرويترز أنه …" reports nothing.
    assert read("أظهر اللاعب لرويترز أنه مستعد للمباراة المقبلة.").attributions == ()


def test_a_relative_clause_between_a_leading_credit_and_fa_inna(read):
    """ "ووفقا للبيان … الذي صدر … فإنه …": the relative clause says where the statement came
    from; the content opens after "فإنه", also after a comma."""
    for text in (
        "ووفقا للبيان الختامي الذي صدر عن اللقاء في مقر الهيئة مساء أمس فإنه تقرر تأجيل "
        "الانتخابات شهرين.",
        "وبحسب التقرير الذي وزعته اللجنة على الأعضاء، فإن الإيرادات تراجعت بنسبة ستة في المئة.",
    ):
        (att,) = read(text).attributions
        assert att.content.startswith(("تقرر تأجيل", "الإيرادات تراجعت"))
        assert "الذي" not in att.content


def test_wa_bayna_before_two_definite_nouns_is_between(read):
    """ "، وبين الصحو والنوم …" inside a speaker's words is "and between", not the verb
    "وبيّن": the words go on; "وبين المستشار والمدرب فلان أن …" is still the verb."""
    result = read(
        "وقال المواطن ماجد الشهري: كنت أقود السيارة. وأضاف: انقلبت السيارة مرتين، وبين الصحو "
        "والنوم سحبني رجال الإسعاف من النافذة، ثم وصلت إلى المستشفى."
    )
    added = [a for a in result.attributions if a.cue == "أضاف"]
    assert len(added) == 1
    assert added[0].content.endswith("ثم وصلت إلى المستشفى")
    (verb,) = read(
        "وبين المستشار والمدرب المعتمد نواف سعد الغامدي أن الدورة ستبدأ الأسبوع المقبل."
    ).attributions
    assert verb.source.name == "نواف سعد الغامدي"


def test_bare_words_said_may_hold_a_quoted_figure(read):
    """ "وأضاف جرى إخلاء ”20″ شخصا": a figure set off in quotation marks inside bare words
    said (no complementiser) is no quotation of someone's words."""
    result = read(
        "وأوضح المتحدث باسم الدفاع المدني النقيب فهد العنزي أن النار اشتعلت في مستودع. "
        "وأضاف جرى إخلاء المبنى المجاور وعدد سكانه ”20″ شخصا."
    )
    added = [a for a in result.attributions if a.cue == "أضاف"]
    assert len(added) == 1
    assert added[0].source.name == "فهد العنزي"
    assert added[0].content.startswith("جرى إخلاء المبنى")


def test_a_rejection_is_a_stance_a_verb_of_emphasis_reports(read):
    """ "أكد الطرفان رفضهما …", "أكدت الهيئة رفض …": rejection is a stance the voice states,
    read as the content of the verb of emphasis."""
    for text, voice in (
        ("وأكد الطرفان رفضهما التام لأي مساس بحدود البلدين.", "الطرفان"),
        ("وأكدت الهيئة رفض المجلس الكامل لفرض رسوم إضافية على الطلاب.", "الهيئة"),
    ):
        (att,) = read(text).attributions
        assert att.source.name == voice
        assert att.content.startswith("رفض")


def test_kama_and_a_verb_of_emphasis_end_a_call_before_them(read):
    """ "وأكد الوزير أهمية …، كما أكد رفض …": the call before (no claim) ends at "، كما أكد",
    whose stance is a claim of its own."""
    (att,) = read(
        "وأكد الوزير أهمية التنسيق بين الإدارات، كما أكد رفض الوزارة لأي تأخير في تسليم "
        "المدارس الجديدة."
    ).attributions
    assert att.cue == "أكد"
    assert att.content.startswith("رفض الوزارة لأي تأخير")


def test_haythu_qala_and_a_quotation_ends_the_words_before(read):
    """ "…، حيث قال فلان «…»": after "، حيث" a verb and its subject leading into a quotation
    open a clause of their own; a call before it does not swallow the quotation."""
    result = read(
        "رحب عدد من المعلمين بالقرار، وأكدوا على ضرورة البدء بالتطبيق مبكرا، حيث قال مدير "
        "المدرسة الأستاذ بندر العمري «سنطبق النظام الجديد في الفصل الأول»"
    )
    (att,) = result.attributions
    assert att.source.name == "بندر العمري"
    assert att.content == "سنطبق النظام الجديد في الفصل الأول"


def test_a_cue_verb_right_after_ala_is_its_verbal_noun(read):
    """ "حريصا على كشف الأسرار باحثا عن …": "كشف" after the preposition "على" is the verbal
    noun; no voice reveals anything there."""
    result = read(
        "وحين يكون المشاهد حريصا على كشف الخفايا باحثا عن الغرائب فإن المنتج سيقدم له ما يطلب."
    )
    assert result.attributions == ()


def test_the_us_disease_control_centres_are_a_us_body(read):
    """ "وقالت المراكز الأمريكية لمكافحة الأمراض إن …": the registry knows the US agency, also
    with the rest of its name after it."""
    for text in (
        "وقالت المراكز الأمريكية لمكافحة الأمراض إن حالات الحصبة زادت هذا العام.",
        "ورأت مراكز مكافحة الأمراض والوقاية منها أن حالات الحصبة زادت هذا العام.",
    ):
        (att,) = read(text).attributions
        assert att.source.kind is SourceKind.GOVERNMENT_BODY
        assert att.source.country == "US"
        assert att.content == "حالات الحصبة زادت هذا العام"


def test_the_two_sides_are_a_group_a_dual_cue_goes_on_with(read):
    """ "وأكد الطرفان …، وشددا على أن …": "الطرفان" (the two parties) is a group, so the dual
    verb with no subject after it is theirs."""
    result = read(
        "وأكد الطرفان أن التبادل التجاري بينهما سيتضاعف، وشددا على أن الحوار هو الطريق الوحيد "
        "لحل الخلافات."
    )
    assert [(a.cue, a.source.name) for a in result.attributions] == [
        ("أكد", "الطرفان"),
        ("شددا", "الطرفان"),
    ]


def test_declining_to_give_ones_name_after_ala_is_no_cue(read):
    """ "أوضح وكيل تحفظ على ذكر اسمه، أن …": the agent withheld his name; "ذكر" there is no
    cue, and the agent (no one named "اسمه") speaks, then goes on with "ولفت"."""
    result = read(
        "وقال مدير الشركة سالم الحربي إن الأسعار ستبقى كما هي. من جهته، أوضح وكيل تجاري "
        "تحفظ على ذكر اسمه، أن الطلب سيزيد في الشتاء. ولفت إلى أن المخازن ممتلئة."
    )
    assert [(a.cue, a.source.name) for a in result.attributions] == [
        ("قال", "سالم الحربي"),
        ("أوضح", "وكيل تجاري"),
        ("لفت", "وكيل تجاري"),
    ]
