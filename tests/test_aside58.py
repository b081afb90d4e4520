"""An aside after the subject that ties it to a body ("…، والمنتمون إلى معهد …، إن") is
skipped in one step, however long, up to its closing comma."""

from __future__ import annotations


def test_a_long_aside_of_belonging_leaves_the_speakers_and_their_words(read):
    """ "وقال الأطباء المشرفون على التجربة، والمنتمون إلى … الطويل، إن …": the doctors speak;
    the aside names where they belong and is no part of the words."""
    atts = read(
        "وقال الأطباء المشرفون على التجربة، والمنتمون إلى مركز أبحاث القلب التابع "
        "لمستشفى النخيل التعليمي في المدينة الساحلية، إن الدواء خفض الوفيات بمقدار الثلث.\n"
    ).attributions
    assert [(a.cue, a.content) for a in atts] == [("قال", "الدواء خفض الوفيات بمقدار الثلث")]
    assert atts[0].source.name.startswith("الأطباء المشرفون")
