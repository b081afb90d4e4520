"""A report's issuer named in a relative clause after it speaks for the report."""

from __future__ import annotations

from tracker.models import SourceKind


def test_report_prepared_by_a_body_is_that_body(read):
    """ "وأشارت الدراسة التي أعدها المركز …": whoever prepared the study is its voice."""
    result = read(
        "وأشارت الدراسة التي أعدها مركز الواحة للبحوث الزراعية إلى أن محصول القمح "
        "تراجع بنسبة كبيرة خلال الموسم الماضي."
    )
    (att,) = result.attributions
    assert att.source.name == "مركز الواحة للبحوث الزراعية"
    assert [v.name for v in att.chain] == ["مركز الواحة للبحوث الزراعية"]


def test_report_with_comma_before_its_relative_clause(read):
    """ "وقال التقرير، الذي أعدته «شركة …»: …": a comma before الذي, a quoted issuer."""
    result = read(
        "وقال التقرير، الذي أعدته «شركة الساحل للاستثمار»: إن أسعار العقار سترتفع "
        "في المدن الكبرى خلال العام المقبل."
    )
    (att,) = result.attributions
    assert att.source.name == "شركة الساحل للاستثمار"
    assert att.source.kind is SourceKind.ORGANIZATION


def test_figures_a_ministry_published_are_its_own(read):
    """ "الأرقام التي نشرتها وزارة …": a ministry published its own figures, it is no carrier."""
    result = read(
        "وتفيد الأرقام التي نشرتها وزارة التخطيط أن الناتج المحلي تراجع بنسبة ثلاثة "
        "في المئة خلال الربع الأول."
    )
    (att,) = result.attributions
    assert att.source.name == "وزارة التخطيط"
    assert att.source.kind is SourceKind.GOVERNMENT_BODY


def test_crowd_told_is_no_part_of_the_speaker(read):
    """ "وقال فلان لعشرات الحاضرين: …": the counted crowd he told ends his name."""
    result = read(
        "وقال رئيس الحزب سامي الدباغ لعشرات الحاضرين: سنواصل العمل من أجل بناء "
        "المدارس في القرى البعيدة."
    )
    (att,) = result.attributions
    assert att.source.name == "سامي الدباغ"


def test_crowd_told_ends_a_one_word_name(read):
    """ "وقال الدباغ لعشرات الحاضرين: «…»": a surname alone before the crowd is the speaker."""
    result = read(
        "وتنظم الانتخابات في الولاية في نوفمبر المقبل. وقال دباغ لمئات الحاضرين: «نؤمن بأن "
        "المدارس ستفتح في القرى البعيدة قريبا»."
    )
    (att,) = result.attributions
    assert att.source.name == "دباغ"
