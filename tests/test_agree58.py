"""A feminine relative ("التي", "والتي") never has a man named only by a masculine title as
its antecedent: he is not the voice of the clause's verb."""

from __future__ import annotations


def test_a_masculine_title_is_no_antecedent_of_a_feminine_relative(read):
    """ "…على المواطن المتقاعد والتي تقول …": the retired citizen cannot be "التي"; a plural
    of sources (which takes "التي") and a woman's title still are."""
    atts = read(
        "وسيركز البرنامج الجديد على المواطن المتقاعد والتي تقول «إنه يستحق دعما أكبر».\n"
    ).attributions
    assert [a.source.name for a in atts] != ["المواطن المتقاعد"]
    atts = read("وحضرت الحفل مديرة المدرسة، والتي قالت إن المبنى الجديد اكتمل.\n").attributions
    assert [(a.cue, a.source.name) for a in atts] == [("قالت", "مديرة المدرسة")]
    atts = read("وأغلق الطريق بحسب المصادر المحلية التي قالت إن الحادث وقع صباحا.\n").attributions
    assert ("قالت", "المصادر المحلية") in [(a.cue, a.source.name) for a in atts]
