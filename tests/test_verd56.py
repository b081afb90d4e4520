"""A speaker going on in the first person with no cue (round 56, verd56).

"وقال فلان إن …. ونحن نعمل على …": the sentence after his reported words, in his paragraph,
opens with a first-person pronoun; the words are his. Every example is made up; each test pins
one general pattern.
"""

from __future__ import annotations


def _said(result) -> list[tuple[str, str]]:
    return [(a.source.name, a.content) for a in result.attributions]


def test_a_first_person_sentence_after_reported_words_goes_on_with_the_speaker(read):
    """ "وقال فلان إن …. ونحن نعمل …": the "we" sentence is the speaker's, not the writer's."""
    result = read(
        "وقال مدير الجمعية سامر الحلبي إن الفرع الجديد سيفتح أبوابه الشهر المقبل. ونحن"
        " نعمل على توظيف عشرين موظفا من أبناء الحي."
    )
    assert _said(result) == [
        (
            "سامر الحلبي",
            "الفرع الجديد سيفتح أبوابه الشهر المقبل. ونحن نعمل على توظيف عشرين موظفا من أبناء الحي",
        )
    ]
    result = read(
        "وأوضحت المديرة هالة العمري أن المشروع يدعم السيدات في إدارة متاجرهن. وأنا لا أرى"
        " ضعفا في مشروعاتهن بل نموا مطردا."
    )
    assert _said(result)[0][1].endswith("وأنا لا أرى ضعفا في مشروعاتهن بل نموا مطردا")
    # "لقد" opens a writer's sentence as often as a speaker's, and a new paragraph is the
    # writer's turn: neither goes on with the speaker.
    result = read(
        "وقال مدير الجمعية سامر الحلبي إن الفرع الجديد سيفتح أبوابه الشهر المقبل. لقد شهد"
        " الحي نموا كبيرا في السنوات الأخيرة."
    )
    assert _said(result) == [("سامر الحلبي", "الفرع الجديد سيفتح أبوابه الشهر المقبل")]
    result = read(
        "وقال مدير الجمعية سامر الحلبي إن الفرع الجديد سيفتح أبوابه الشهر المقبل.\n\nونحن"
        " نعمل على توظيف عشرين موظفا من أبناء الحي."
    )
    assert _said(result) == [("سامر الحلبي", "الفرع الجديد سيفتح أبوابه الشهر المقبل")]
