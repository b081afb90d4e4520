"""A topic set up by أما and written in quotation marks is a name, even one the lexicon does
not know: "أما «الجماعة» فقد أعلنت أن …"."""

from __future__ import annotations


def test_a_quoted_group_named_after_as_for_speaks(read):
    """ "أما «الصقور» فقد أعلنت أنها …": the group in quotation marks is the voice; a quoted
    topic that is only spoken of ("أما «الأسعار» فقد أكدت الوزارة …") leaves the voice named
    after the verb."""
    atts = read(
        "وتنافس الفصيلان على الأرض. أما «الصقور» فقد أعلنت رسميا أنها تنتمي إلى التحالف.\n"
    ).attributions
    assert [(a.cue, a.source.name, a.content) for a in atts] == [
        ("أعلنت", "الصقور", "تنتمي إلى التحالف")
    ]
    atts = read("أما «الأسعار» فقد أكدت الوزارة أنها ستنخفض الشهر المقبل.\n").attributions
    assert [(a.cue, a.source.name) for a in atts] == [("أكدت", "الوزارة")]
