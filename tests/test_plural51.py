"""Arabic plural participles whose doer is a group named before them: the act that opens the
sentence and its group of people ("وانتقد مزارعون في الوادي قرار …، مؤكدين أن …")."""

from __future__ import annotations


def _read(read, text: str) -> list[tuple[str, str, str]]:
    result = read(text)
    return [(a.cue, a.source.name, a.content) for a in result.attributions]


def test_a_group_of_people_named_by_its_plural_speaks_in_the_participle(read):
    """A sound plural of people, a broken plural of people ("خطباء", "مشايخ") or a plural in
    construct ("منظمو") does the act that opens the sentence, then speaks in "مؤكدين"."""
    cases = (
        (
            "وانتقد مزارعون في وادي الغيم قرار رفع أسعار البذور، مؤكدين أن الموسم سيتضرر.\n",
            "مزارعون",
            "الموسم سيتضرر",
        ),
        (
            "وطالب خطباء المنابر في بلدة الرمال بنبذ الخلاف، مشيرين إلى أن الفرقة تضعف الصف.\n",
            "خطباء",
            "الفرقة تضعف الصف",
        ),
        (
            "أدان مشايخ وأعيان قرية السدرة الاعتداء على المزارع، مشددين على أن الجناة "
            "سينالون جزاءهم.\n",
            "مشايخ",
            "الجناة سينالون جزاءهم",
        ),
        (
            "أعلن منظمو مهرجان الصيف موعد الافتتاح، موضحين أن الحفل سيقام مساء الخميس.\n",
            "منظمو",
            "الحفل سيقام مساء الخميس",
        ),
    )
    for text, head, content in cases:
        found = _read(read, text)
        assert len(found) == 1, text
        ((_, name, said),) = found
        assert name.startswith(head), text
        assert said == content

    # A participle after an act whose doer is no group of people is nobody's here: a thing
    # ("وافتتح المعرض") or a plural that is no people ("ساحات المدينة").
    assert _read(read, "وافتتح المعرض أبوابه أمس، مؤكدين أن الزوار كثر.\n") == []
    assert _read(read, "وشهدت ساحات المدينة احتفالات واسعة، مؤكدين أن الفرحة عمت.\n") == []


def test_a_participle_after_a_group_s_verb_is_the_group_s(read):
    """ "وأكد أقارب الصيادين أن …، مشيرين إلى أن …": the voice of the verb before, when it is
    several people (a group, a pair, two named), speaks in the plural participle, one voice for
    the pair as the verb reads it; after one man it is no one's."""
    cases = (
        ("وأكد أقارب الصيادين أن فرق البحث تعمل ليل نهار، مشيرين إلى أن الأمل لم ينقطع.\n"),
        ("وأكد الوزيران أن التعاون سيتواصل، مشيرين إلى أن الاتفاق يخدم البلدين.\n"),
        ("أكد اقتصاديان أن رفع الرسوم سيضر بالسوق، مشيرين إلى أن التجار سيرفعون الأسعار.\n"),
        ("وقال سالم العتيبي وخالد المري إن المشروع متأخر، مؤكدين أن المقاول لم يلتزم.\n"),
    )
    for text in cases:
        found = _read(read, text)
        assert len(found) == 2, text
        assert found[0][1] == found[1][1]
        assert found[1][2] in text
        assert found[1][2] != found[0][2]
    found = _read(read, "وقال الوزير إن المشروع يسير وفق الخطة، مشيرين إلى أن العمل يتقدم.\n")
    assert [cue for cue, _, _ in found] == ["قال"]


def test_a_group_after_its_side_or_before_a_noun_speaks_in_the_participle(read):
    """ "من جهتهم، طالب المزارعون …، مؤكدين أن …": the group's side, then its act; and
    "وأشاد متسوقون بـ…، مشيرين إلى توفير …": what the group points to is a noun phrase."""
    found = _read(
        read,
        "من جهتهم، طالب المزارعون المتضررون البلدية بتعويضهم، مؤكدين أن خسائرهم كبيرة.\n",
    )
    assert [(cue, name) for cue, name, _ in found] == [("مؤكدين", "المزارعون المتضررون")]
    found = _read(read, "وأشاد متسوقون بالسوق الجديدة، مشيرين إلى توفير مواقف واسعة للسيارات.\n")
    assert [(cue, name) for cue, name, _ in found] == [("مشيرين", "متسوقون")]


def test_a_group_s_participle_leaves_later_cues_as_the_verb_left_them(read):
    """The group's participle agrees as its verb did: a plural participle opening a later
    paragraph, after another group spoke, is not pointed back to the first group."""
    found = _read(
        read,
        "وأكد أقارب الصيادين أن فرق البحث تعمل ليل نهار، مشيرين إلى أن الأمل لم ينقطع.\n"
        "وأكد بحارة الميناء أن القوارب خرجت للبحث منذ الفجر.\n"
        "لافتين إلى أن الرياح قد تكون دفعت القارب بعيدا.\n",
    )
    voices = [(cue, name) for cue, name, _ in found]
    assert ("مشيرين", "أقارب الصيادين") in voices
    assert ("لافتين", "أقارب الصيادين") not in voices
