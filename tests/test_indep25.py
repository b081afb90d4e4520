"""Issue 13, round 25: false corroborations read claim by claim in two windows of three days.

Each test pins one general cause: a credit read as a voice where nobody speaks ("بحسب سعر
الخام", "وفق المقرر لها", "وفقا لتصريح فلان" read as "تصريح"), a participle given to the speaker
before a clause that names another ("…، فيما أشاد فلان بـ…، موضحا"), a content run over "، من
جهته قال فلان", a count linking two events ("57 في المئة", 13 killed in two countries) and two
outlets citing one group of unnamed voices counted with another word ("بعض" / "بضعة").

Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_link20 import _record, _report, _shared_status

from tracker.corroborate import Side, judge_pair, match_key
from tracker.link.independence import same_voice
from tracker.models import Source, SourceKind, Stance, Status


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def test_a_credit_to_someones_statement_names_him(read):
    """ "وفقا لتصريح رئيس النقابة": the voice is the one whose statement it is, not "تصريح",
    and "بحسب تصريح لخبير" is the expert's, without the ل."""
    result = read(
        "وبلغ عدد المفصولين مئتين وعشرة هذا الصيف، وفقا لتصريح رئيس نقابة المعلمين الوطنية."
    )
    assert _voices(result) == ["رئيس نقابة المعلمين الوطنية"]
    result = read("وتراجعت المبيعات في الربع الأخير بنسبة كبيرة، بحسب تصريح لخبير مالي.")
    assert _voices(result) == ["خبير مالي"]


@pytest.mark.parametrize(
    "text",
    [
        "بينما يبلغ متوسط كلفة إنتاج الطن بحسب سعر الخام الذي يدفعه المصنع نحو أربعين دينارا.",
        "وتختار الأسر نوع السكن بحسب حجم العائلة ودخلها في كل مدينة من مدن الساحل.",
        "وبحث المدير سبل سير الدراسة وفق المقرر لها وسط أجواء هادئة، عبر خطة تشمل المدارس البعيدة.",
    ],
)
def test_a_measure_or_a_plan_after_a_credit_word_is_no_voice(read, text):
    """ "بحسب سعر الخام", "بحسب حجم العائلة", "وفق المقرر لها": a price, a size or what was
    planned is what things go by; nobody speaks."""
    assert _voices(read(text)) == []


def test_a_participle_after_a_clause_naming_another_person_is_his(read):
    """ "…، فيما أشاد خالد المنصوري بالعروض، موضحا أن": the man who praised explains, not the
    speaker before "فيما"."""
    result = read(
        "وأكد سالم الفارس أن المهرجان حقق نجاحا كبيرا من ناحية الحضور، فيما أشاد خالد"
        " المنصوري بعروض الحدائق العامة، موضحا أن الأسر تفضل الحدائق في المساء بسبب الحر."
    )
    assert _voices(result) == ["سالم الفارس", "خالد المنصوري"]
    assert "المنصوري" not in result.attributions[0].content


def test_a_participle_after_a_clause_naming_no_one_stays_with_the_speaker(read):
    """ "…، فيما سيتم منح التأشيرة …، مشيرة": no one is named after the verb, so the
    participle is still the ministry's."""
    result = read(
        "أعلنت وزارة الداخلية أنها اعتمدت رسوما جديدة للتأشيرة، فيما سيتم منح التأشيرة خلال"
        " خمسة أيام، مشيرة إلى أن الرسوم ستطبق مطلع الشهر المقبل."
    )
    assert _voices(result) == ["وزارة الداخلية", "وزارة الداخلية"]


def test_on_his_part_after_a_comma_opens_another_speakers_clause(read):
    """ "…، من جهته قال الرئيس فلان: …": the content before ends at "من جهته", and the
    president's words that follow are his own three attributions."""
    result = read(
        "وحذرت السفارة من أن هذه الندوة قد تكون هدفا محتملا، من جهته قال الرئيس الغاني كوفي"
        " منسا: إن تنظيم هذه الندوة يقدم صورة أخرى للقارة، وأكد أن «هذا الحديث عن فشل"
        " القارة خاطئ»، وأضاف: «أظهروا أن القارة جاهزة للعمل»."
    )
    assert _voices(result) == ["السفارة", "كوفي منسا", "كوفي منسا", "كوفي منسا"]
    assert result.attributions[0].content.endswith("هدفا محتملا")


def test_a_plural_cue_never_goes_to_one_man_named_by_a_credit(read):
    """ "وفقا لما أعلنه الفريق فلان …" then "وتوقعوا …، مشيرين": the experts named after him
    said it, not the one man (they are read as a group now, "خبراء النقل"; were they not, nothing
    would be given to him rather than a guess)."""
    result = read(
        "ووفقا لما أعلنه الفريق سالم الكعبي رئيس هيئة ميناء الساحل فإن المشروع الجديد سيقلل"
        " ساعات الانتظار. خبراء النقل والطاقة أكدوا لـ«الوادي» أن الميناء الجديد سيخفض كلفة"
        " الشحن. وتوقعوا انخفاض الأسعار بعد تقليل ساعات النقل، مشيرين إلى أن الناقلات ستصل في"
        " ثلاثة أيام فقط."
    )
    assert _voices(result) == ["سالم الكعبي", "خبراء النقل والطاقة", "خبراء النقل والطاقة"]


def _judged(a: str, b: str):
    ka = match_key("x1", "A", a, Stance.ASSERTS)
    kb = match_key("y1", "B", b, Stance.ASSERTS)
    return judge_pair(Side(ka, a), Side(kb, b))


def test_a_share_is_no_count_that_links_two_statements():
    """Two statements giving one percentage of different things (of a candidate's votes, of
    voters who care nothing for a race) are not one claim by a same count."""
    found = _judged(
        "المرشح نال 57 في المئة من أصوات الناخبين",
        "57 بالمئة من الناخبين غير مهتمين بسباق الهجن",
    )
    assert found is None or found.tier != "confirmed"


def test_one_count_in_two_countries_is_two_events():
    """A toll of 13 in a town of one country and a toll of 13 in the next, beside another
    told of the first after "فيما", count two attacks, not one claim."""
    found = _judged(
        "عبوة انفجرت في سوق شعبي بالواحة شمال شرق نيجيريا صباح الأحد وأسفرت عن مقتل 13 شخصا"
        " بينهم أطفال",
        "الهجومان اللذان ضربا النخلة شمال الكاميرون أسفرا عن مقتل 13 شخصا بينهم أطفال، فيما"
        " قتل قرابة 42 آخرين بتفجيرين قرب موقف للحافلات في التلال شمال شرقي نيجيريا",
    )
    assert found is None or found.tier != "confirmed"


def test_one_count_of_one_event_told_in_other_words_still_links():
    """The same 27 dead on one market in one country, told in other words, is one claim."""
    found = _judged(
        "قتل 27 شخصا على الأقل حين سقطت طائرة حربية على سوق شعبي في شمال سوريا",
        "سقطت مقاتلة على السوق الشعبي ما تسبب بمقتل 27 شخصا على الأقل في شمال سوريا",
    )
    assert found is not None
    assert found.tier == "confirmed"


def test_some_and_a_few_diplomats_are_one_group_of_unnamed_voices(tmp_path: Path) -> None:
    """A paper citing "بعض الدبلوماسيين" and another citing "بضعة دبلوماسيين" for one vote
    most likely rewrote one dispatch: one origin, not two."""
    report = _report(
        tmp_path,
        _record(
            "alwatan",
            "وصرح بعض الدبلوماسيين الذين رفضوا كشف أسمائهم بأنه ما لم يعترض أحد من أعضاء"
            " المجلس على مشروع القرار قبل ظهر الغد، فالأرجح أن يطرح للتصويت يوم الأحد.",
        ),
        _record(
            "okaz",
            "وقال بضعة دبلوماسيين -اشترطوا إغفال هوياتهم- إنه ما لم يبد أحد من أعضاء المجلس"
            " اعتراضا على المشروع قبل ظهر الغد فالأرجح أن يجري التصويت الأحد.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_a_voice_that_only_sees_or_believes_confirms_nothing(tmp_path: Path) -> None:
    """ "ويرى الخبير فلان أن …" is the expert's view: beside the port chief saying the same,
    the claim is single-sourced."""
    report = _report(
        tmp_path,
        _record(
            "okaz",
            "وقال رئيس هيئة الميناء سالم الكعبي إن عرض القناة الجديدة وعمقها يسمحان بمرور"
            " الناقلات العملاقة دون عوائق.",
        ),
        _record(
            "alwatan",
            "ويرى الخبير الاقتصادي خالد المنصوري أن الناقلات العملاقة ستمر دون عوائق في القناة"
            " الجديدة بفضل عرضها وعمقها.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_a_wire_cited_for_what_a_named_firm_says_elsewhere_is_no_second_origin(
    tmp_path: Path,
) -> None:
    """ "وبحسب وكالة رويترز فإن …" in one paper, the firm's chief quoted saying it in another:
    the wire carries what the firm said, one origin."""
    report = _report(
        tmp_path,
        _record(
            "okaz",
            "قال رئيس شركة الساحل للإسمنت سالم الكعبي إن الشركة قررت إغلاق مصنعها القديم في"
            " منطقة الميناء الشمالي مع نهاية العام الجاري وتسريح نحو ثلاثمئة عامل.",
        ),
        _record(
            "alwatan",
            "وبحسب وكالة رويترز فإن شركة الساحل للإسمنت ستغلق مصنعها القديم بمنطقة الميناء"
            " الشمالي نهاية العام الجاري وتسرح قرابة ثلاثمئة عامل من عمالها.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_two_officials_of_one_university_are_one_origin(tmp_path: Path) -> None:
    """A university's spokesman and the dean of one of its deanships, each quoted by another
    paper on one closure, speak for the university: one origin, not two."""
    report = _report(
        tmp_path,
        _record(
            "okaz",
            "قال المتحدث باسم جامعة الساحل الدكتور سالم الكعبي إن الجامعة أوقفت القبول في"
            " برامج الدبلوم العالي التربوي بناء على تعميم من ديوان الخدمة المدنية.",
        ),
        _record(
            "alwatan",
            "وأوضح عميد كلية التربية بجامعة الساحل الدكتور خالد المنصوري أن القبول في برامج"
            " الدبلوم العالي التربوي أوقف بالجامعة هذا العام تنفيذا لتعميم ديوان الخدمة المدنية.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("عميد كلية العلوم بجامعة الساحل", "المتحدث الرسمي لجامعة الساحل", True),
        ("أستاذ الاقتصاد بجامعة الساحل", "أستاذ الإحصاء بجامعة الساحل", False),
        ("مدير إدارة الإعلام", "مدير إدارة الإعلام", False),
        ("رئيس نادي الوادي", "رئيس نادي الساحل", False),
    ],
)
def test_only_offices_of_one_named_body_make_two_people_one_voice(one, other, same):
    """Holders of offices (dean, spokesman, director) of one body named at the end of their
    descriptors are one voice; two professors, two heads of a unit every body has, or heads
    of two clubs are two."""
    a = Source("a", "سالم الكعبي", SourceKind.OFFICIAL, descriptor=one)
    b = Source("b", "خالد المنصوري", SourceKind.OFFICIAL, descriptor=other)
    assert same_voice(a, b) is same
