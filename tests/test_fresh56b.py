"""A body the text ties to a registry body named after it ("X التابعة لـ Y") (round 56,
fresh56b).

Every example is made up; each test pins one general pattern and checks the content's offsets.
"""

from __future__ import annotations

from conftest import corpus_claim_with, dated_story, voices_checked

from tracker.models import Status


def test_a_body_tied_to_a_registry_body_after_it_is_named_as_written(read):
    """ "لجنة … التابعة للأمم المتحدة": the committee speaks, not the registry body named
    after the tie; a channel "التابعة لحزب …" is the channel by its own name, not the party."""
    result = read(
        "وقالت لجنة حماية الطفولة التابعة للأمم المتحدة إن أربعة آلاف طفل حرموا من الدراسة"
        " في الإقليم."
    )
    assert voices_checked(result) == {
        "لجنة حماية الطفولة التابعة للأمم المتحدة": ("أربعة آلاف طفل حرموا من الدراسة في الإقليم")
    }

    result = read("وذكرت قناة الندى التابعة لحزب الله أن المعارك توقفت في البلدة الحدودية.")
    assert voices_checked(result) == {"الندى": "المعارك توقفت في البلدة الحدودية"}


def test_a_part_of_a_registry_body_counts_as_one_origin_with_it(tmp_path):
    """The committee and the registry body it belongs to tell one claim: one origin, not
    two (the part is named apart, but in the body's independence group)."""
    report = dated_story(
        tmp_path,
        (
            "a1",
            "okaz",
            "وقالت لجنة حماية الطفولة التابعة للأمم المتحدة إن أربعة آلاف طفل"
            " حرموا من الدراسة في إقليم الوادي.",
        ),
        (
            "a2",
            "alriyadh",
            "وقالت الأمم المتحدة إن أربعة آلاف طفل حرموا من الدراسة في إقليم الوادي.",
        ),
    )
    names = {a.source.name for r in report.results for a in r.attributions}
    assert "لجنة حماية الطفولة التابعة للأمم المتحدة" in names
    claim = corpus_claim_with(report, "أربعة آلاف طفل")
    assert claim.status is not Status.CORROBORATED
