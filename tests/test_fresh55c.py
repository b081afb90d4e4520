"""A writer's words quoted after where he wrote them, with no colon (round 55).

"وكتب فلان في مجلة «…» في عددها الأخير "…"": the lead names the writer and the medium, then
his words follow in quotation marks. Every example is made up; each test pins one pattern.
"""

from __future__ import annotations


def _said(result) -> list[tuple[str, str, str]]:
    return [(a.cue, a.source.name, a.content) for a in result.attributions]


def test_a_writer_in_a_magazine_then_a_quotation(read):
    """ "وكتب فلان أخيرا في مجلة … في عددها الأخير "…"": his written words; "كتب مذكراته في
    2014 بعنوان "…"" is a title (no medium, بعنوان before it)."""
    text = (
        'وكتب الرئيس سامر الخطيب أخيرا في مجلة النور في عددها الأخير "هناك موضوع واحد '
        'يشغل الجميع هو الانتخابات المقبلة".'
    )
    assert _said(read(text)) == [
        ("كتب", "سامر الخطيب", "هناك موضوع واحد يشغل الجميع هو الانتخابات المقبلة")
    ]
    titled = read('وكتب الحداد مذكراته في 2014 بعنوان "أيام طويلة في المدينة القديمة".')
    assert _said(titled) == []


def test_a_writer_in_a_paper_or_on_a_site_then_a_quotation(read):
    """ "وكتب فلان في صحيفة …"، "… على الموقع": the medium read before the quotation; a
    quotation with the writer's clause going on after it is not shown to be his words."""
    paper = read('وكتب الوزير كمال الحداد في صحيفة النور "لن نقبل بأي تأجيل جديد للمشروع".')
    assert _said(paper) == [("كتب", "كمال الحداد", "لن نقبل بأي تأجيل جديد للمشروع")]
    site = read('وكتب الحداد على الموقع "لن نقبل بأي تأجيل جديد للمشروع".')
    assert _said(site) == [("كتب", "الحداد", "لن نقبل بأي تأجيل جديد للمشروع")]

    going_on = read(
        'وكتب الحداد في مجلة النور "لن نقبل بأي تأجيل جديد للمشروع" ثم غادر القاعة مع مرافقيه.'
    )
    assert _said(going_on) == []
