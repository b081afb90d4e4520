"""Relay shapes left unread, found by ranking a whole newspaper corpus (round 52, relay52).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_a_saying_carried_as_the_object_of_a_relaying_verb_is_relayed(read):
    """ "ونقلت الوكالة قول وزير الخارجية إن …": the saying is the verb's object, with no عن;
    the agency carries the words, the minister says them (never "الوكالة قول الوزير" as one
    voice, nor the sentence left in the publisher's own voice)."""
    result = read(
        "ونقلت وكالة الأنباء المحلية قول وزير الخارجية سامر الحلبي إن بلاده لن تقبل بأي"
        " تسوية مفروضة."
    )
    (relayed,) = result.attributions
    assert relayed.content.startswith("بلاده لن تقبل")
    assert len(relayed.chain) == 2
    assert relayed.chain[0].name.startswith("وكالة الأنباء")
    assert "قول" not in relayed.chain[0].name.split()
    assert "سامر الحلبي" in relayed.chain[-1].name
    # "نقل قول في …": a saying, no one named after it; nothing is relayed.
    plain = read("وقد نقل قول في هذا الباب عن بعض الفقهاء القدامى.")
    assert not any(len(a.chain) > 1 for a in plain.attributions)


def test_a_saying_carried_after_a_pluperfect_relaying_verb_is_relayed(read):
    """ "وكانت الصحيفة قد نقلت قول المتحدث باسم الجيش إن …": the same with the verb after
    its subject."""
    result = read("وكانت الصحيفة قد نقلت قول المتحدث باسم الجيش الوطني إن الهدنة ما زالت صامدة.")
    (relayed,) = result.attributions
    assert relayed.content.startswith("الهدنة ما زالت صامدة")
    assert relayed.chain[-1].name.startswith("المتحدث باسم الجيش")
    assert len(relayed.chain) == 2


def test_a_passive_relay_from_a_pronoun_quotes_the_one_named_before(read):
    """ "ونُقل عنه قوله إن …": the passive, no carrier named; the pronoun after عن is the
    speaker named before, who alone says the words."""
    result = read(
        "وقال العميد كمال الدباغ إن القوات أحكمت سيطرتها على الطريق الساحلي.\n\n"
        "ونُقل عنه قوله إن المعارك ستنتهي قبل نهاية الشهر الجاري."
    )
    relayed = [a for a in result.attributions if a.content.startswith("المعارك ستنتهي")]
    assert len(relayed) == 1
    assert [v.name for v in relayed[0].chain] == ["كمال الدباغ"]
    # The same unvowelled.
    bare = read(
        "وقال العميد كمال الدباغ إن القوات أحكمت سيطرتها على الطريق الساحلي.\n\n"
        "ونقل عنه قوله إن المعارك ستنتهي قبل نهاية الشهر الجاري."
    )
    assert any(a.content.startswith("المعارك ستنتهي") for a in bare.attributions)
    # "ونقلت عنه قوله إن …": a carrier she is, left unnamed; the speaker before (an agency)
    # is no voice of the man's words, so nothing is read rather than a wrong voice.
    carried = read(
        "وقالت وكالة الأنباء المحلية إن العميد كمال الدباغ زار الجبهة أمس.\n\n"
        "ونقلت عنه قوله إن المعارك ستنتهي قبل نهاية الشهر الجاري."
    )
    assert not any(
        a.content.startswith("المعارك ستنتهي") and a.source.name.startswith("وكالة")
        for a in carried.attributions
    )


def test_whom_a_relayed_voice_told_after_his_saying_is_stepped_over(read):
    """ "ونقلت الوكالة عن الوزير قوله لرؤساء تحرير الصحف المحلية إن …": whom he told, a ل
    phrase of a few words after his saying, then his complementiser."""
    result = read(
        "ونقلت الوكالة عن الوزير رامي العطار قوله لرؤساء تحرير الصحف المحلية إن العجز"
        " سينخفض هذا العام."
    )
    (relayed,) = result.attributions
    assert relayed.content.startswith("العجز سينخفض")
    assert len(relayed.chain) == 2
    assert "رامي العطار" in relayed.chain[-1].name
