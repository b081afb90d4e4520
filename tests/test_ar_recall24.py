"""Arabic reports missed on SaudiNewsNet days (issue 11, round 24, recall).

Found by sampling sentences with a reporting word that gave no attribution, then reading what
each new rule changed on whole days. Every example is made up; each test pins one general
pattern.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def _contents(result) -> list[str]:
    return [a.content for a in result.attributions]


def test_on_his_part_after_a_verb_with_no_subject_after_it(read):
    """ "وأكد من جانبه أن …": "من جانبه" (on his part) right after the verb, with the speaker
    named before it, is stepped over as "بدوره" is."""
    result = read(
        "قال رئيس نادي الغوص ماجد العتيبي إن الموسم بدأ مبكرا. "
        "وأكد من جانبه أن الشعاب بحالة جيدة. "
        "أما مدرب الفريق نواف الزهراني فقد أكد من جهته أن التدريب يبدأ غدا."
    )
    assert _voices(result) == ["ماجد العتيبي", "ماجد العتيبي", "نواف الزهراني"]
    assert _contents(result)[1:] == ["الشعاب بحالة جيدة", "التدريب يبدأ غدا"]


def test_two_unnamed_sources_with_a_dual_adjective(read):
    """ "مصدران مطلعان", "مسؤولان عسكريان": a dual head and its dual adjective are an
    unnamed voice, as "مصدر مطلع" is; a request not to be named after them is no part of it."""
    result = read(
        "وقال مصدران مطلعان إن المفاوضات توقفت. "
        "وذكر مسؤولان عسكريان طلبا عدم ذكر اسميهما أمس أن القافلة وصلت."
    )
    assert _voices(result) == ["مصدران مطلعان", "مسؤولان عسكريان"]


def test_a_verb_of_publishing_after_the_medium_of_an_interview(read):
    """ "في تصريحات لصحيفة «…» نشرت أمس إن …": the verb says when the interview came out;
    it is no report of its own, and the speaker's words follow."""
    result = read(
        "وقال وزير الزراعة سامي القحطاني في تصريحات لصحيفة «الواحة» نشرت أمس إن "
        "«محصول النخيل تضاعف». "
        "وقال مدير الميناء في مقابلة مع صحيفة «الساحل» نشرت اليوم إن الرصيف الجديد جاهز."
    )
    assert _voices(result) == ["سامي القحطاني", "مدير الميناء"]
    assert _contents(result) == ["محصول النخيل تضاعف", "الرصيف الجديد جاهز"]


def test_a_long_occasion_then_a_quotation_that_ends_the_sentence(read):
    """ "قال فلان … في مؤتمر … أثناء زيارة … إلى … «…».": past the lead's word-by-word walk,
    a quotation closing the sentence is what he said."""
    result = read(
        "كما قال عادل البناي المتحدث باسم وزارة السياحة في لقاء صحفي في المنامة أثناء جولة "
        "خليجية يقوم بها وفد الغرف التجارية المحلية إلى العواصم المجاورة "
        '"نتوقع نموا كبيرا في أعداد الزوار هذا الشتاء".'
    )
    assert _voices(result) == ["عادل البناي"]
    assert _contents(result) == ["نتوقع نموا كبيرا في أعداد الزوار هذا الشتاء"]


def test_a_long_occasion_with_a_relative_clause_then_on_that(read):
    """ "وشدد فلان خلال اجتماع عقده …، عقب الملتقى الذي أقيم …، على أن …": a relative
    pronoun describing the occasion's noun does not end it; "، على أن" opens the content."""
    result = read(
        "وشدد وزير التعليم راشد المطيري خلال اجتماع موسع عقده مع مديري المدارس في المنطقة، "
        "عقب اختتام الملتقى التربوي الذي أقيم في قاعة المحافظة مساء أمس، "
        "على أن جودة التعليم أولوية."
    )
    assert _voices(result) == ["راشد المطيري"]
    assert _contents(result) == ["جودة التعليم أولوية"]
