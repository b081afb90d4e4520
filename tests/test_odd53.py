"""Voice names cut short or taken from the verb's object (round 53).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from tracker.models import SourceKind


def test_a_city_named_after_a_king_is_a_body_in_full(read):
    """ "مدينة الملك فلان الطبية": a medical or military city named after a king speaks as a
    body under its whole name, not as a man called "مدينة" with the rest for his title."""
    (said,) = read(
        "وقالت مدينة الملك سالم الطبية في تصريح لها إن المريض غادر المستشفى صباح أمس."
    ).attributions
    assert said.source.name == "مدينة الملك سالم الطبية"
    assert said.source.kind is SourceKind.ORGANIZATION
    (posted,) = read("أعلنت مدينة الأمير خالد العسكرية عن حاجتها لشغل ست وظائف فنية.").attributions
    assert posted.source.name == "مدينة الأمير خالد العسكرية"


def test_what_caught_my_attention_is_no_one_elses_claim(read):
    """ "وقد لفت انتباهي أن …": the writer's own notice, no voice; not the man quoted before."""
    result = read(
        "وقال مدير المدرسة سالم الحربي إن الطلاب عادوا إلى الفصول."
        " وقد لفت انتباهي أن معظم الزوار يأتون في المساء مع عائلاتهم."
    )
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("سالم الحربي", "الطلاب عادوا إلى الفصول"),
    ]


def test_attention_in_construct_is_the_verbs_object(read):
    """ "ولفت المدير انتباه الحضور إلى أن …", "نظر", "أنظار": whose attention he drew is no part
    of his name."""
    for phrase, voice in (
        ("المدير انتباه الحضور", "المدير"),
        ("سالم الحربي انتباه الحضور", "سالم الحربي"),
        ("المدير نظر الحضور", "المدير"),
        ("وزير النقل أنظار الجميع", "وزير النقل"),
    ):
        (said,) = read(f"ولفت {phrase} إلى أن الحافلة تأخرت ساعتين عن موعدها.").attributions
        assert said.source.name == voice
        assert said.content == "الحافلة تأخرت ساعتين عن موعدها"


def test_a_point_of_view_is_no_attention_drawn(read):
    """ "بحسب وجهة نظر …": "نظر" after "وجهة" is a point of view, not the object that ends a
    voice's name, so no voice called "وجهة" is read."""
    result = read("وتراجع مستوى الفريق كثيرا بحسب وجهة نظر عدد من المشجعين الغاضبين.")
    assert all(a.source.name != "وجهة" for a in result.attributions)


def test_the_result_of_a_survey_is_the_record(read):
    """ "وتقول نتيجة استطلاع حديث لمركز … إن …": the survey's result speaks as a document with
    its whole name."""
    (said,) = read(
        "وتقول نتيجة استطلاع حديث لمركز الملك سالم للحوار إن ثلثي المشاركين يؤيدون القرار."
    ).attributions
    assert said.source.name == "نتيجة استطلاع حديث لمركز الملك سالم للحوار"
    assert said.source.kind is SourceKind.DOCUMENT
    assert said.content == "ثلثي المشاركين يؤيدون القرار"


def test_what_catches_the_visitors_eye_is_no_voice(read):
    """ "ويلفت نظر الزائر أن …": the sight that strikes a visitor, told by the paper; neither
    "نظر" nor the man quoted before says it."""
    result = read(
        "وقال مدير الحديقة سالم الحربي إن الزوار كثر هذا العام."
        " ويلفت نظر الزائر أن الأشجار تحيط بالوادي من كل جانب."
    )
    assert [a.source.name for a in result.attributions] == ["سالم الحربي"]
