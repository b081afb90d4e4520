"""Arabic voices read on the unseen pools of round 59 (left59a).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_post_with_its_country_is_the_holder_named_for_that_country(read):
    """ "وقّع عن الجانب المغربي وزير الطاقة فلان … وقال وزير الطاقة المغربي إن …": the
    post with the country's adjective the naming sentence told is the man named there (one
    speaker, not two voices); a country that sentence never named may be another minister."""
    result = read(
        "وقّع الاتفاق عن الجانب المغربي وزير الطاقة سالم حمدان الفلاحي في العاصمة. "
        "وقال وزير الطاقة المغربي في مؤتمر صحفي إن الاتفاق يفتح الباب أمام استثمارات جديدة. "
        "وأضاف الوزير أن العمل سيبدأ في الربيع المقبل."
    )
    assert _voices(result) == ["سالم حمدان الفلاحي"] * 2
    other = read(
        "التقى وزير الطاقة سالم حمدان الفلاحي وفدا زائرا في العاصمة. "
        "وقال وزير الطاقة البريطاني في مؤتمر صحفي إن المحادثات كانت مثمرة."
    )
    assert _voices(other) == ["وزير الطاقة البريطاني"]


def test_name_after_a_quoted_body_and_its_adjective_or_place(read):
    """ "مؤسس فريق «عطاء» التطوعي خالد السالم أن …", "مدير فريق «…» بالمنطقة فلان إن …": an
    adjective or a place after the body's quoted short name goes on with the body, and the
    man named after it speaks (not the bare "مؤسس فريق")."""
    result = read(
        "وأفاد مؤسس فريق «عطاء» التطوعي خالد السالم أن الفريق يضم مئة متطوع. "
        "وقال مدير جمعية «رفقة» بالمنطقة ماجد العتيبي إن الجمعية تستقبل الطلبات."
    )
    assert _voices(result) == ["خالد السالم", "ماجد العتيبي"]
    assert _contents(result) == ["الفريق يضم مئة متطوع", "الجمعية تستقبل الطلبات"]
