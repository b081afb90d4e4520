"""Denials a cue does not mark, and claims quoted inside their own denial (pure).

"أكد مصدر أنه لا صحة لما تم تناقله عن …" has an asserting cue but denies: what it asserts is
that a report is untrue. And in "نفى فلان الأنباء التي تحدثت عن زيارة …" the reports the
denier names are what he denies, not something he asserts; an attribution found inside a
denial's span is the claim being denied, and its voice is not an asserting origin.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Attribution, Stance
from ..text import normalize

#: Openings of a content that says a report is untrue (folded, Arabic and English), looked for
#: among the first words of the content.
DENYING_PHRASES = tuple(
    normalize(p)
    for p in (
        "لا صحة",
        "عدم صحة",
        "غير صحيح",
        "غير صحيحة",
        "ليس صحيحا",
        "ليس صحيح",
        "عار عن الصحة",
        "عارية عن الصحة",
        "لا أساس له من الصحة",
        "لا أساس لها من الصحة",
        "مجرد شائعات",
        "no truth",
        "not true",
        "untrue",
        "baseless",
        "unfounded",
    )
)
#: How many words into the content a denying phrase may start.
OPENING_WORDS = 6


def denies_in_content(content: str) -> bool:
    """True when the content's opening says that something reported is untrue."""
    words = normalize(content).split()
    head = " " + " ".join(words[: OPENING_WORDS + 4]) + " "
    for phrase in DENYING_PHRASES:
        at = head.find(" " + phrase + " ")
        if at >= 0 and head[:at].count(" ") <= OPENING_WORDS:
            return True
    return False


def stance_of(att: Attribution) -> Stance:
    """The attribution's stance, a denial when its content denies though its cue asserts."""
    if att.stance is Stance.ASSERTS and denies_in_content(att.content):
        return Stance.DENIES
    return att.stance


def quoted_in_denials(attributions: Sequence[Attribution]) -> frozenset[str]:
    """Ids of asserting attributions whose cue lies inside a denial of the same article."""
    spans = [(a.start, a.end) for a in attributions if stance_of(a) is Stance.DENIES]
    if not spans:
        return frozenset()
    return frozenset(
        a.id
        for a in attributions
        if stance_of(a) is Stance.ASSERTS and any(s <= a.cue_start < e for s, e in spans)
    )
