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
