"""Arabic statements read as the publisher's own whose reporting cue was missed (round 54,
recall54).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _read(read, text: str) -> list[tuple[str, str, str]]:
    return [(a.cue, a.source.name, a.content) for a in read(text).attributions]


def test_an_estimate_with_its_figure_is_the_voice_s_claim(read):
    """ "وقدّرت الهيئة عدد … بنحو …": a quantity and its figure in ب after the voice are what it
    estimated, with no complementiser; the voice ends where the quantity opens. A passive
    estimate or "قدّر" with no figure (appreciated) gives none."""
    assert _read(read, "وقدرت هيئة الموانئ عدد السفن المتوقفة في الميناء بنحو 120 سفينة.\n") == [
        ("قدرت", "هيئة الموانئ", "عدد السفن المتوقفة في الميناء بنحو 120 سفينة")
    ]
    assert _read(read, "وقدرت تقارير محلية قيمة الصفقة بـ40 مليون دولار.\n") == [
        ("قدرت", "تقارير محلية", "قيمة الصفقة بـ40 مليون دولار")
    ]
    (att,) = read(
        "وقدرت مصادر في قطاع الصيد في وقت سابق إنتاج البحيرة من الأسماك بما بين 300 و400 طن"
        " سنويا.\n"
    ).attributions
    assert att.source.name == "مصادر في قطاع الصيد"
    assert att.content.startswith("إنتاج البحيرة من الأسماك بما بين 300 و400 طن")


def test_who_estimates_may_be_described_before_the_quantity(read):
    """ "وقدّر خبراء في تجارة … حجم السوق بأكثر من …": the words on who they are lead to the
    quantity, which opens the content."""
    (att,) = read(
        "وقدر خبراء في تجارة العسل البلدي حجم السوق السنوي بأكثر من 200 مليون ريال.\n"
    ).attributions
    assert att.cue == "قدر"
    assert att.content == "حجم السوق السنوي بأكثر من 200 مليون ريال"

    # A passive estimate ("وقُدّر حجم … بنحو …") names no voice, and "قدّر" with no figure
    # in ب is appreciation: neither is an attribution.
    assert not read("وقدر حجم الاستثمارات في قطاع النقل البحري بنحو 12 مليار ريال.\n").attributions
    assert not read("وقدر الوزير جهود العاملين في المستشفى خلال موسم الصيف.\n").attributions


def test_an_estimate_in_the_present(read):
    """ "وتقدّر المنظمة عدد … بنحو …", "ويقدّر المسؤولون أن …": the present estimates as the past
    does; "تقدّر قيمة … بنحو" (passive), "تقدّر الجهود" (appreciates) and "لا يقدر على" (is
    not able to) estimate nothing."""
    assert _read(read, "وتقدر منظمة الإغاثة عدد النازحين من القرى الحدودية بنحو 9 آلاف.\n") == [
        ("تقدر", "منظمة الإغاثة", "عدد النازحين من القرى الحدودية بنحو 9 آلاف")
    ]
    (att,) = read("ويقدر المسؤولون أن ثلث المزارع تضررت من موجة الجفاف.\n").attributions
    assert att.cue == "يقدر"
    assert att.content == "ثلث المزارع تضررت من موجة الجفاف"
    assert not read("وتقدر قيمة العقد بنحو 5 ملايين دينار.\n").attributions
    assert not read("وتقدر الوزارة جهود المتطوعين في الموسم.\n").attributions
    assert not read("والفريق لا يقدر على المنافسة هذا الموسم.\n").attributions


def test_a_body_s_data_shows_what_the_body_reports(read):
    """ "وأظهرت بيانات هيئة الإحصاء أن …": a record with no article followed by a body is that
    body's own record, and the body is the voice of what it shows."""
    assert _read(read, "وأظهرت بيانات هيئة الإحصاء أن البطالة تراجعت إلى 9 في المائة.\n") == [
        ("أظهرت", "هيئة الإحصاء", "البطالة تراجعت إلى 9 في المائة")
    ]


def test_reports_that_link_two_things_claim_the_link(read):
    """ "وربطت تقارير صحفية بين اللاعب والنادي": reports or unnamed media that link two things
    claim the link; "ربط" with any other subject, or as a verbal noun, joins things."""
    assert _read(read, "وربطت تقارير صحفية عديدة بين المهاجم ونادي العاصمة.\n") == [
        ("ربطت", "تقارير صحفية عديدة", "بين المهاجم ونادي العاصمة")
    ]
    (att,) = read("بينما ربطت مصادر إعلامية بين جولة المبعوث وتقدم المفاوضات.\n").attributions
    assert att.source.name == "مصادر إعلامية"
    assert att.content == "بين جولة المبعوث وتقدم المفاوضات"
    assert not read("وربط الجسر الجديد بين ضفتي النهر منذ العام الماضي.\n").attributions
    assert not read("ونأمل أن يتم ربط المدن الصناعية بالموانئ قريبا.\n").attributions


def test_a_record_shows_a_change_as_a_noun_phrase(read):
    """ "وأظهرت بيانات رسمية تراجع التضخم إلى …": a noun of change after a record is what the
    record found, with no "أن"; a person who "showed improvement" reports nothing."""
    assert _read(read, "وأظهرت بيانات رسمية تراجع البطالة إلى 7 في المائة في الربع الثاني.\n") == [
        ("أظهرت", "بيانات رسمية", "تراجع البطالة إلى 7 في المائة في الربع الثاني")
    ]
    (att,) = read("وأظهر المسح ارتفاعا في أسعار المساكن خلال الصيف.\n").attributions
    assert att.source.name == "المسح"
    assert att.content == "ارتفاعا في أسعار المساكن خلال الصيف"
    assert not read("وأظهر اللاعب تحسنا كبيرا في المباراة الأخيرة.\n").attributions
