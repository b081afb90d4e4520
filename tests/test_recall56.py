"""A report its maker prepared or published just before it speaks for that maker."""

from __future__ import annotations

from tracker.models import SourceKind


def test_report_a_ministry_prepared_is_the_ministry(read):
    """ "وأعدت وزارة … تقريرا كشف عن …": the ministry that prepared the report speaks."""
    result = read(
        "وأعدت وزارة الزراعة تقريرا كشف عن تراجع كبير في إنتاج القمح خلال الموسم "
        "الماضي في المناطق الشمالية."
    )
    (att,) = result.attributions
    assert att.source.name == "وزارة الزراعة"
    assert att.source.kind is SourceKind.GOVERNMENT_BODY


def test_report_a_site_published_is_carried_by_the_site(read):
    """'ونشر موقع "…" تقريراً أوضح …': the quoted site that published the report carries it."""
    result = read(
        'ونشر موقع "الرابية" تقريراً أوضح من خلاله أن أسعار الذهب ستواصل الصعود خلال الأشهر المقبلة.'
    )
    (att,) = result.attributions
    assert [v.name for v in att.chain] == ["الرابية", "تقرير"]


def test_speaker_goes_on_with_what_his_side_did(read):
    """ "وقال …: … . كما أوجدنا …": a sentence opening with "we did" goes on with his words."""
    result = read(
        "وقال مدير التعليم في المحافظة سالم الوادعي: لدينا خطة جديدة للمدارس البعيدة عن "
        "المدن، وسيتم نقل الطلاب إليها خلال الأسبوع الأول. كما أوجدنا ثلاثة مسارات "
        "للتعليم عن بعد لطلاب القرى الحدودية."
    )
    (att,) = result.attributions
    assert att.source.name == "سالم الوادعي"
    assert att.content.endswith("لطلاب القرى الحدودية")


def test_speaker_goes_on_after_a_particle(read):
    """ "… أن … . وقد تعهدنا …": "we pledged" after "وقد" goes on with the speaker's words."""
    result = read(
        "وأكد رئيس الجمعية فهد الساحلي أن الموسم حقق نتائج جيدة هذا العام. وقد تعهدنا "
        "بمواصلة دعم المزارعين في المنطقة خلال الأعوام المقبلة."
    )
    (att,) = result.attributions
    assert "تعهدنا بمواصلة دعم المزارعين" in att.content


def test_what_a_paper_published_is_its_claim(read):
    """ "ومن آخر الأخبار ما نشرته صحيفة «…» يوم الخميس من أن …": the paper asserts it."""
    result = read(
        "ومن آخر أخبار القضية ما نشرته صحيفة «الوادي» يوم الخميس من أن الهيئة قررت "
        "تمديد إيقاف المتهمين عشرة أيام، وهو ما أثار جدلا واسعا."
    )
    att = next(a for a in result.attributions if a.source.name == "الوادي")
    assert att.content == "الهيئة قررت تمديد إيقاف المتهمين عشرة أيام"


def test_what_a_site_revealed_about_a_matter(read):
    """ "مراجعة ما كشفه موقع … عن تجسس …": the site revealed the spying."""
    result = read(
        "وتسعى الحكومة إلى مراجعة ما كشفه موقع الرابية عن تجسس شركة أجنبية على "
        "مسؤولين كبار في الوزارة."
    )
    (att,) = result.attributions
    assert att.source.name == "الرابية"
    assert att.content.startswith("تجسس شركة أجنبية")
