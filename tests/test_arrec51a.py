"""Arabic voices and cues read on unseen days (round 51, arrec51a).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from tracker.models import SourceKind

_MEDIA = (SourceKind.AGENCY, SourceKind.OUTLET)


def test_a_medium_s_name_followed_by_a_purpose_names_another_body(read):
    """ "الوكالة الوطنية لإدارة السيول" is a flood agency, not the news agency a registry
    alias "الوكالة الوطنية" names: a word in "لل"/"لإ" right after the alias tells what
    another body of that name is for, so the medium is never its voice (nor an origin)."""
    result = read("وقالت الوكالة الوطنية لإدارة السيول إن منسوب النهر ارتفع مترين خلال الليل.")
    (said,) = result.attributions
    assert said.source.kind not in _MEDIA
    assert said.source.name == "الوكالة الوطنية لإدارة السيول"
    spokesman = read(
        "وقال المتحدث باسم الوكالة الوطنية للإنذار المبكر إن السد الشمالي لم يتضرر من السيول."
    )
    assert all(a.source.kind not in _MEDIA for a in spokesman.attributions)


def test_a_medium_s_own_name_and_a_time_after_it_still_name_the_medium(read):
    """ "وكالة … للأنباء" and "للمرة الأولى" after a medium's name leave it the medium, while a
    shipping body named after it ("الوكالة الوطنية للنقل البحري") is no agency."""
    wire = read("وقالت الوكالة الوطنية للأنباء إن الهزة لم تسبب أضرارا في المباني.")
    assert [a.source.kind for a in wire.attributions] == [SourceKind.AGENCY]
    shipping = read(
        "وقالت الوكالة الوطنية للنقل البحري إن رحلاتها إلى مرفأ الساحل ستستأنف الأسبوع"
        " المقبل بعد توقف دام شهرا."
    )
    assert all(a.source.kind not in _MEDIA for a in shipping.attributions)


def test_another_of_an_unnamed_kind_names_no_one(read):
    """ "وقال مهندس آخر في الورشة إن …", "وقال آخر: …": "another" is no one's name; the voice is
    unnamed, never a person called "آخر" (who would be one voice in every article)."""
    result = read(
        "وقال مهندس في الورشة إن الجسر الخشبي سيفتتح الشهر المقبل. وقال مهندس آخر في الورشة إن"
        " الأعمدة الحجرية وصلت من المحجر. وقال آخر: «الطلاء يحتاج أسبوعين إضافيين»."
    )
    others = [a.source for a in result.attributions if "آخر" in a.source.name]
    assert len(others) == 2
    assert all(s.kind is SourceKind.ANONYMOUS for s in others)


def test_a_quotation_left_unclosed_ends_before_the_next_lead_in(read):
    """ "وقال فلان: "… . وأضاف: "…"": a straight mark after the colon of a short lead-in joined
    by و, glued to the word after it, opens the lead-in's quotation; the quotation before it,
    which the paper left unclosed, ends at its full stop, so the second cue is read."""
    result = read(
        'وقال أمين المكتبة سالم الفارس: "الكتب النادرة نقلت إلى الطابق الثاني قبل الشتاء.'
        ' وأضاف: "الفهرس الجديد جاهز للقراء منذ الأحد". وتابع: "نحتاج متطوعين".'
    )
    said, added, *_ = result.attributions
    assert said.content.endswith("قبل الشتاء")
    assert added.cue == "أضاف"
    assert added.source.name == "سالم الفارس"
    assert added.content.startswith("الفهرس الجديد")


def test_a_bare_definite_noun_points_back_to_the_unnamed_voice_named_with_it(read):
    """ "وقال ضابط في الجيش إن …" then "وأضاف الضابط أن …": the officer is the unnamed voice
    named before, one voice, not a second one called "الضابط"."""
    result = read(
        "وقال ضابط في حرس الحدود إن الدوريات تضاعفت على طول الساحل. وأضاف الضابط أن ثلاثة"
        " قوارب أوقفت خلال الأسبوع."
    )
    said, added = result.attributions
    assert added.source.id == said.source.id
    assert added.source.kind is SourceKind.ANONYMOUS
