"""Denials read where nothing was denied, found reading contested claims (round 48, contest48).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest

from tracker.models import Stance


@pytest.mark.parametrize(
    "text",
    [
        # The verbal noun "كذب" (lying) and the nouns coordinated with it.
        (
            "وهذه التصريحات يعرف كل من حضرها أنها كذب وافتراء، فالجميع يعرف من يدعم"
            " الجماعات المسلحة في المنطقة."
        ),
        "وصارت تلك المنصة أداة كذب وتزوير بعد أن كانت أداة تواصل بين الناس في القرية.",
        # "ودحض" coordinated with another verbal noun: refuting myths, no report refuted.
        "وقدم الطبيب محاضرة ركز فيها على الحقائق ودحض الخرافات في مجال التغذية والرياضة.",
        (
            "وطالبت الندوة بضرورة كشف الشبهات ودحض مقولاته الباطلة، والتواصل المباشر مع الطلاب"
            " في المدارس."
        ),
        # "تنكر" (disguise), a noun.
        "وهو تنكر جماعي يختلف عن التنكر الفردي في الحكايات الشعبية القديمة.",
    ],
)
def test_a_denying_verb_that_is_also_a_noun_denies_no_report(read, text):
    """ "مجرد كذب وتضليل", "ودحض الخرافات في …", "تنكر جماعي": a denying verb spelled as its
    noun denies something only when a report, "ما" or "أن" opens what follows its subject."""
    assert not [a for a in read(text).attributions if a.stance is Stance.DENIES]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "وقدم الطبيب محاضرة ركز فيها على الحقائق ودحض الخرافات في مجال التغذية. وكذبت"
            " الهيئة ما نشرته مواقع عن إغلاق فروعها في المدينة.",
            "ما نشرته مواقع عن إغلاق فروعها في المدينة",
        ),
        (
            "وهو تنكر جماعي يختلف عن التنكر الفردي في الحكايات. وأنكر التاجر سامي الهلالي أن"
            " يكون قد رفع الأسعار خلال الشهر الماضي.",
            "يكون قد رفع الأسعار خلال الشهر الماضي",
        ),
    ],
)
def test_those_verbs_still_deny_a_report_they_name(read, text, content):
    """ "كذبت الهيئة ما نشرته مواقع …", "أنكر التاجر أن …": the same verbs naming what was
    reported, or opening a clause with "أن", still deny it, beside their nouns that do not."""
    denials = [a for a in read(text).attributions if a.stance is Stance.DENIES]
    assert [a.content for a in denials] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "ورفضت وزارة النقل نفي أو تأكيد الأنباء التي تحدثت عن بيع المطار.",
        "وامتنع المتحدث عن نفي أو تأكيد ما تردد عن استقالة المدير.",
    ],
)
def test_declining_to_deny_or_confirm_denies_nothing(read, text):
    """ "رفضت الوزارة نفي أو تأكيد الأنباء": neither denied nor confirmed, and "أو" is no
    voice."""
    assert not [a for a in read(text).attributions if a.stance is Stance.DENIES]


@pytest.mark.parametrize(
    "text",
    [
        (
            "وتوقفت المباراة في الدقيقة الخمسين، ونفى النادي الذي كانت جماهيره تحتج ضد الإدارة"
            " اتهام الرابطة له بالفشل في ضبط جماهيره، وقالت الرابطة إن أي اقتحام آخر للملعب"
            " سيعاقب بمباراة بلا جمهور."
        ),
        (
            "وقال المعهد إن الشركة ربما أخفت الوثائق، لكن الشركة نفت هذا الأمر وقالت إن ذلك"
            " جزء من أعمال الصيانة."
        ),
    ],
)
def test_a_denial_never_denies_the_report_that_follows_it(read, text):
    """ "نفى النادي … اتهام الرابطة له …، وقالت الرابطة إن …": when what was denied is lost
    to the words read as the denier, the next "وقال" report is someone's say, not what the
    denial denies."""
    assert not [a for a in read(text).attributions if a.stance is Stance.DENIES]


def test_a_denied_report_that_said_something_is_still_denied(read):
    """ "نفى مسؤولون تقريرا قال إن …": the report's own "قال", with no conjunction, is what
    they deny; "نفت هذا الأمر وقالت إن …" beside it denies nothing read."""
    text = (
        "لكن الشركة نفت هذا الأمر وقالت إن ذلك جزء من أعمال الصيانة. ونفى مسؤولون تقريرا"
        " لصحيفة محلية قال إن الحكومة تدرس رفع الضرائب."
    )
    denials = [a for a in read(text).attributions if a.stance is Stance.DENIES]
    assert [a.content for a in denials] == ["قال إن الحكومة تدرس رفع الضرائب"]
