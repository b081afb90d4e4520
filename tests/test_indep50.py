"""Round 50: a set phrase after "من" names no body a document speaks for.

Every example is made up.
"""

from __future__ import annotations

from tracker import Registry, analyse_article
from tracker.link.independence import affiliation
from tracker.models import Source, SourceKind, Status
from tracker.readers import parse_article

#: A centre that prepared a study tells its aim; the study, "the first of its kind", then
#: concludes. The centre and its own study are one origin, never two.
_TEXT = (
    "دراسة عن التعليم\n\n"
    "كشفت أول دراسة من نوعها عن واقع تعليم التمريض في الكليات الصحية بالبلاد. "
    "وقال المركز الوطني لتطوير التمريض، الذي أعد الدراسة، إن أول دراسة بحثية عن تعليم"
    " التمريض هدفت إلى التعرف على درجة الاهتمام بالتمريض في الكليات الصحية بالبلاد. "
    "وخلصت الدراسة إلى أن هناك نقصا واضحا في اهتمام الكليات الصحية بتعليم التمريض"
    " رغم الحاجة إليه."
)


def test_a_study_of_its_kind_is_no_second_origin(registry: Registry) -> None:
    result = analyse_article(parse_article(_TEXT, "made-up.txt"), registry)
    assert not [c for c in result.claims if c.status is Status.CORROBORATED]


def test_of_its_kind_is_no_issuer() -> None:
    study = Source(id="v-1", name="دراسة من نوعها", kind=SourceKind.DOCUMENT)
    assert affiliation(study) == ""
    issued = Source(id="v-2", name="دراسة من جامعة الساحل", kind=SourceKind.DOCUMENT)
    assert affiliation(issued) == "جامعه ساحل"  # the article dropped
