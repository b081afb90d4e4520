"""Round 56: reporting shapes read on real news text.

A title that runs through a ministry or an agency ("وكيل وزارة الصحة فلان"): the ة of
"وزارة" folds to ه, so the word looked like "و" + a noun + "his" ("وتقديره"), and the man
after it was taken for the object of the act that opens the sentence ("استنكر …، مبيناً أن
…" then had no speaker).

Every example is made up.
"""

from __future__ import annotations


def _voices(result: object) -> list[tuple[str, str]]:
    return [(a.source.name, a.content) for a in result.attributions]  # type: ignore[attr-defined]


def test_a_title_through_a_ministry_names_the_actor(read):
    """ "استنكر وكيل وزارة الصحة فلان الحادث، مبيناً أن …": the participle is the official's."""
    result = read(
        "استنكر وكيل وزارة الصحة الدكتور سامر بن خالد الحلبي، حادثة الاعتداء على المستوصف "
        "الذي راح ضحيته عدد من المراجعين، مبيناً أن هذا الاعتداء جريمة لا تغتفر. "
        "وأكد أن الجناة سينالون جزاءهم العادل."
    )
    assert _voices(result) == [
        ("سامر بن خالد الحلبي", "هذا الاعتداء جريمة لا تغتفر"),
        ("سامر بن خالد الحلبي", "الجناة سينالون جزاءهم العادل"),
    ]


def test_a_title_through_an_agency_names_the_actor(read):
    """ "أشاد مدير وكالة التنمية فلان بـ…، مؤكدا أن …": the participle is the director's."""
    result = read(
        "أشاد مدير وكالة التنمية الريفية المهندس كريم الأحمد بجهود الفرق الميدانية، "
        "مؤكدا أن المشروع سيكتمل قبل نهاية العام."
    )
    assert _voices(result) == [("كريم الأحمد", "المشروع سيكتمل قبل نهاية العام")]


def test_a_present_denial_after_the_clause_contests_it(read):
    """ "…، وهو ما تنفيه الجماعة": the group denies what the government's accusation says."""
    result = read("وتتهم الحكومة الجماعة بتلقي دعم من الخارج، وهو ما تنفيه الجماعة.")
    denials = [
        (a.source.name, a.content) for a in result.attributions if a.stance.value == "denies"
    ]
    assert denials == [("الجماعة", "الجماعة بتلقي دعم من الخارج")]


def test_a_denial_after_the_clause_without_a_comma(read):
    """ "… وهو ما تنفيه الحكومة": with و joined to the pronoun no comma is needed; the rebels'
    words end before it."""
    result = read("ويقول المتمردون إن مدنيين يسقطون في الغارات الجوية وهو ما تنفيه الحكومة.")
    assert [(a.source.name, a.content, a.stance.value) for a in result.attributions] == [
        ("المتمردون", "مدنيين يسقطون في الغارات الجوية", "asserts"),
        ("الحكومة", "مدنيين يسقطون في الغارات الجوية", "denies"),
    ]


def test_the_words_after_by_saying_are_the_echo_voice_s(read):
    """ "…، وهو ما يؤكده مدير المركز فلان بقوله: «…»": the quotation is the director's."""
    result = read(
        "ويعاني سكان الحي من انقطاع المياه منذ أسابيع، وهو ما يؤكده مدير المركز الصحي "
        "سامر الحلبي بقوله: «لم تصلنا أي شحنة منذ شهر»."
    )
    assert ("سامر الحلبي", "لم تصلنا أي شحنة منذ شهر") in _voices(result)


def test_an_expected_event_after_a_speaker_is_no_more_his(read):
    """ "…، ويتوقع أن يصل …": the impersonal "it is expected" is the writer's, not the minister's,
    and his words end before it."""
    result = read(
        "وقال وزير النقل إن الحكومة ستعود إلى العاصمة خلال أيام، "
        "ويتوقع أن يصل بقية الأعضاء خلال الأسبوع المقبل."
    )
    assert _voices(result) == [("وزير النقل", "الحكومة ستعود إلى العاصمة خلال أيام")]


def test_an_expected_event_after_where_has_no_voice(read):
    """ "حيث يتوقع أن يكون …": after "حيث" the verb still opens its clause and has no subject."""
    result = read(
        "وأوضح مدير الفريق أن اللاعب تعافى من إصابته. "
        "حيث يتوقع أن يكون اللاعب ضمن قائمة البدلاء في المباراة المقبلة."
    )
    assert _voices(result) == [("مدير الفريق", "اللاعب تعافى من إصابته")]
