"""Issue 13, round 45: false corroborations read claim by claim over the whole corpus, the
voices behind them.

Each test pins one general cause of a voice misread (a word of the sentence swallowed into a
name) that made one speaker look like two origins.

Every example is made up.
"""

from __future__ import annotations

import pytest
from conftest import chain_names
from test_link20 import _record, _report, _shared_status

from tracker.models import Status


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وقال كارلو بيانكي مالك ورئيس المعرض المتنقل إن العروض تبدأ مساء الخميس.",
            "كارلو بيانكي",
        ),
        (
            "وأوضح خالد الزيدي مالك مستودعات الأرز في المدينة أن الأسعار ارتفعت هذا الأسبوع.",
            "خالد الزيدي",
        ),
    ],
)
def test_malik_after_a_name_is_the_owner_s_title_not_a_given_name(read, text, speaker):
    """ "فلان مالك ورئيس المعرض": "مالك" after a name of two words, in construct with what he
    owns, is the owner's title; the voice is the man named before it, not someone called
    "مالك ورئيس المعرض" with the real name as his descriptor."""
    (att,) = read(text).attributions
    assert chain_names(att)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "وقالت مونيكا مالك، كبيرة الاقتصاديين في البنك، إن النمو سيتباطأ.",
        "وقال المبتعث مالك الرشيدي إن الدراسة ممتعة.",
    ],
)
def test_malik_as_a_name_stays_a_name(read, text):
    """ "مونيكا مالك" (a family name before a comma) and "مالك الرشيدي" (a given name before a
    family name in ال) keep Malik in the name."""
    (att,) = read(text).attributions
    assert "مالك" in chain_names(att)[-1]


def test_an_event_noun_after_a_given_name_is_the_act_s_object(read):
    """ "وانتقد سالم صدور بيانات …": after a verb of praise or blame, an event noun with no
    article in construct with a common noun is what the man criticised, not his family name;
    the next "وقال" is the man named before ("سالم", who is "سالم الكعبي")."""
    result = read(
        "وقال رئيس الهيئة سالم الكعبي إن الحادث مؤلم. وانتقد سالم صدور بيانات تنديد فقط من"
        " العواصم البعيدة. وقال «نحمل الجميع المسؤولية عما جرى». ورفض سالم تأجيل التحقيق،"
        " مؤكدا أن العمل مستمر."
    )
    assert [chain_names(att)[-1] for att in result.attributions] == ["سالم الكعبي"] * 3


@pytest.mark.parametrize(
    "text",
    [
        "وأدان منصور عودة البلادي الهجوم. وقال إن الأمن مستقر.",
        "ورحب زهير حداد رئيس الجمعية بالقرار. وقال إنه خطوة مهمة.",
    ],
)
def test_an_event_noun_in_a_full_name_stays_in_it(read, text):
    """ "منصور عودة البلادي" (a family name in ال with its ي after the noun) and "زهير حداد
    رئيس الجمعية" (a title after it) keep the noun in the name."""
    (att,) = read(text).attributions
    assert len(chain_names(att)[-1].split()) >= 2


def test_a_people_after_a_given_name_is_the_call_s_object(read):
    """ "ودعا سالم الساحليين إلى …": a definite plural nisba after a given name is the people
    he called on (no family name is a plural), so the next "وقال" is سالم, not a man called
    "سالم الساحليين"."""
    result = read(
        "وقال سالم إن الوضع صعب. ودعا سالم الساحليين الى الاختيار بين السلام والحرب وقال «لن"
        " نصبر أكثر»."
    )
    assert [chain_names(att)[-1] for att in result.attributions] == ["سالم", "سالم"]


def test_the_paper_named_with_no_cue_is_the_one_the_bare_anaphor_means(read):
    """ "نشرت صحيفة «ديلي ستار» البريطانية صورة …" reads no voice (no cue), yet the paper is
    named: "ونقلت الصحيفة عن مصادر …" after it is that paper, not a bare "الصحيفة"."""
    result = read(
        "نشرت صحيفة «ديلي ستار» البريطانية، اليوم الأحد، صورة أخيرة للطائرة قبل سقوطها. ونقلت"
        " الصحيفة عن مصادر بالطيران أن الطائرة كانت تقترب من المدرج بسرعة كبيرة."
    )
    (att,) = result.attributions
    assert chain_names(att) == ["ديلي ستار", "مصادر بالطيران"]


def test_one_paper_s_unnamed_sources_are_no_second_origin_beside_its_experts(tmp_path):
    """A paper that retells a British daily's report ("ونقلت الصحيفة عن مصادر بالطيران …",
    the daily named before with no cue) and another that cites the daily's experts on the
    same crash ("خبراء في الطيران لصحيفة …") carry one origin, the daily: its unnamed
    sources are not a second one for want of the paper's name."""
    report = _report(
        tmp_path,
        _record(
            "sabq",
            "نشرت صحيفة «ديلي ستار» البريطانية، اليوم الأحد، صورة أخيرة للطائرة الخاصة قبل"
            " لحظات من سقوطها قرب مطار صغير. ونقلت الصحيفة عن مصادر بالطيران أن الطائرة كانت"
            " تقترب من المدرج وهي مرتفعة جدا وتطير بسرعة أكبر مما ينبغي، فاضطر الطيار إلى هبوط"
            " حاد وخفض قوة المحركات قبل أن يتجاوز المدرج.",
        ),
        _record(
            "okaz",
            "وتحدث خبراء في الطيران لصحيفة «ديلي ستار» البريطانية عن الحادث، مشيرين إلى أن"
            " الطائرة اقتربت من المدرج وهي مرتفعة جدا وبسرعة أكبر مما يجب، ما دفع الطيار إلى"
            " الهبوط الحاد وتخفيض قوة المحركات فتجاوز المدرج.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وقال الدكتور سالم السيد مدير مركز الوادي للدراسات إن المشروع سيجذب الاستثمارات.",
            "سالم السيد",
        ),
        ("وقال الدكتور سالم الشيخ رئيس الجمعية إن الموسم ناجح.", "سالم الشيخ"),
    ],
)
def test_a_family_name_spelt_as_a_title_of_address_after_a_titled_given_name(read, text, speaker):
    """ "الدكتور سالم السيد مدير المركز": "السيد" after the given name and before the title
    proper is his family name (a title of address goes before a name), not a "Mr." that ends
    him at "سالم", a one-word name no other paper's "سالم السيد" would be one voice with."""
    (att,) = read(text).attributions
    assert chain_names(att)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وقال نائب وزير الخارجية الساحلي حسين أمير عبد الوهابي إن المحادثات كانت بناءة.",
            "حسين أمير عبد الوهابي",
        ),
        ("وقال الأمير سالم بن حمد أمير منطقة الوادي إن المشروع مهم.", "سالم بن حمد"),
    ],
)
def test_amir_between_two_given_names_is_a_middle_name(read, text, speaker):
    """ "حسين أمير عبد الوهابي": "أمير" between a given name and another is a middle name,
    not an emir's title ending the man at "حسين" (an emir's title governs his land:
    "أمير منطقة الوادي")."""
    (att,) = read(text).attributions
    assert chain_names(att)[-1] == speaker
