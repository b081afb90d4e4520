"""Round 56: a witness named by a common noun of a person.

"وقال رجل من سكان الحي إن …" was read as an unnamed witness; the same report with a woman,
a girl or a young man ("وقالت امرأة من سكان الحي إن …", "وقال شاب …") had no speaker.
Such a witness stays unnamed: one in each of two papers is no second origin.

Every example is made up.
"""

from __future__ import annotations

import pytest
from test_link20 import _record, _report

from tracker.models import Status


def _voices(result: object) -> list[tuple[str, str]]:
    return [(a.source.name, a.content) for a in result.attributions]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("cue", "noun"),
    [
        ("وقالت", "امرأة"),
        ("وقال", "شاب"),
        ("وقالت", "شابة"),
        ("وقالت", "فتاة"),
        ("وقال", "مسن"),
        ("وقالت", "مسنة"),
        ("وقالت", "عجوز"),
    ],
)
def test_a_witness_known_by_a_noun_of_a_person_speaks(read, cue, noun):
    """ "وقالت امرأة من سكان البلدة إن …": the woman is the speaker, as "رجل" would be."""
    result = read(
        f"اندلع حريق في سوق البلدة القديمة مساء أمس. {cue} {noun} من سكان البلدة إن "
        "النيران امتدت إلى المحلات المجاورة خلال دقائق."
    )
    assert _voices(result) == [
        (f"{noun} من سكان البلدة", "النيران امتدت إلى المحلات المجاورة خلال دقائق")
    ]


def test_two_unnamed_witnesses_in_two_papers_are_not_two_origins(tmp_path):
    """A woman of the town in one paper and a young man of it in another say nearly the same
    thing: unnamed witnesses, so the second is not identified enough for a second origin."""
    report = _report(
        tmp_path,
        _record(
            "okaz",
            "شب حريق كبير في سوق البلدة القديمة مساء الخميس وأتى على عشرات المحلات. "
            "وقالت امرأة من سكان البلدة إن النيران امتدت إلى المحلات المجاورة خلال دقائق "
            "قليلة من اندلاعها.",
        ),
        _record(
            "alriyadh",
            "التهمت النيران عشرات المحلات في السوق القديم بالبلدة ليل الخميس، وسط جهود فرق "
            "الدفاع المدني. وقال شاب من سكان البلدة إن النيران امتدت بسرعة إلى كل المحلات "
            "المجاورة خلال دقائق من بدء الحريق.",
        ),
    )
    shared = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert [c.status for c in shared] == [Status.SINGLE_SOURCED]
    assert "not identified enough for a second origin" in shared[0].explanation
