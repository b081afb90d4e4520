""" "بقوله:" after a verb that is no reporting cue (round 55, qawl55).

Every example is made up; each test pins one general pattern and checks the content's offsets.
"""

from __future__ import annotations


def _pairs(result: object) -> list[tuple[str, str]]:
    """Each attribution's source name and content, after checking its offsets slice the text."""
    text = result.article.text  # type: ignore[attr-defined]
    found = []
    for att in result.attributions:  # type: ignore[attr-defined]
        assert text[att.start : att.end] == att.content
        found.append((att.source.name, att.content))
    return found


def test_by_saying_after_an_unlisted_verb_gives_the_words_to_its_named_subject(read):
    """ "وعبّر فلان عن استيائه من القرار بقوله: «…»": the verb is no cue, "بقوله:" leads the
    words, and the subject named after the verb (ended before its object) speaks them."""
    result = read(
        "وعبّر المهندس سالم الدوسري عن استيائه من القرار بقوله: «لم يستشرنا أحد في هذا الأمر»."
    )
    assert _pairs(result) == [("سالم الدوسري", "لم يستشرنا أحد في هذا الأمر")]

    result = read('وأيد خالد العتيبي المطالبات بنظام جديد بقوله: "نحن بحاجة إلى نظام يحمي الجميع".')
    assert _pairs(result) == [("خالد العتيبي", "نحن بحاجة إلى نظام يحمي الجميع")]

    result = read(
        "وقد تحسّر المواطن ماجد الحربي على تأخر الإجراءات بقوله: كيف تتأخر المعاملة شهرا كاملا."
    )
    assert _pairs(result) == [("ماجد الحربي", "كيف تتأخر المعاملة شهرا كاملا")]


def test_by_saying_with_no_subject_goes_on_with_the_speaker_before(read):
    """ "وتطرق إلى الجانب المالي بقوله: «…»": the verb has no subject written; the one who
    spoke before goes on."""
    result = read(
        "وقال الوزير إن المشروع سيكتمل قريبا. وتطرق إلى الجانب المالي بقوله: «الميزانية كافية"
        " لإتمام المشروع»."
    )
    assert _pairs(result) == [
        ("الوزير", "المشروع سيكتمل قريبا"),
        ("الوزير", "الميزانية كافية لإتمام المشروع"),
    ]

    # "البند الذي يصفه فلان بقوله «…»" and "وهذا ما يؤكده فلان بقوله" are no verb's own
    # clause; "وتختصر فلانة تعليقها بقولها: …" names a subject the reading does not find:
    # the words are not given to the voice before.
    result = read(
        "وقالت الباحثة نورة الفهد إن الاتفاق هش. وهو البند الذي يصفه الخبير سامر الكردي بقوله"
        " «بند العودة السريعة»."
    )
    assert [name for name, _ in _pairs(result)] == ["نورة الفهد"]

    result = read(
        "وقال الوزير سالم العلي إن المشروع متأخر. وتختصر المعلمة هند السالم تعليقها في كلمات"
        " قليلة بقولها: «لم يتغير شيء منذ سنوات»."
    )
    assert [name for name, _ in _pairs(result)] == ["سالم العلي"]


def test_the_one_addressed_is_never_the_speaker(read):
    """ "وخاطب فلان وزير المالية بقوله: …": the one who addresses speaks, not the minister
    addressed; "وخاطب الشباب بقوله" names only the ones addressed, and gives them nothing."""
    result = read("وخاطب سعيد الزهراني وزير المالية بقوله: «سيأتي يوم تحاسب فيه على وعودك».")
    assert _pairs(result) == [("سعيد الزهراني", "سيأتي يوم تحاسب فيه على وعودك")]

    result = read("وخاطب الشباب بقوله: «أنتم أمل هذا الوطن ومستقبله».")
    assert [name for name, _ in _pairs(result)] != ["الشباب"]
