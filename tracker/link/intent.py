"""Statements that no plan, proposal or intention exists: what would not happen is the claim (pure).

"لا يوجد مقترح بتأجيل موسم الحصاد" and "الجمعية لا تنوي تأجيل موسم الحصاد هذا العام" say one
thing: the harvest season will not be put off. Each voice frames it in its own words ("there is
no proposal", "does not intend", "no chance of"), so the two share too few words for the Dice
of the words, and the frame is all that differs. ``plan_core`` gives the content words of
what would not happen when a statement is so framed: a negating particle at most ``NEAR``
words before a word of the frame ("لا توجد أي خطة", "ليس ثمة احتمال", "no plans to").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..lang import content_words, union
from ..text import fold, words_of
from .negation import NOT_NEGATED

#: Words that frame a plan, a proposal, an intention or a possibility ("there is", "a plan",
#: "intends", "a chance"), as written; folded and read as content words in ``plan_frame``.
_FRAME = (
    "يوجد توجد وجود ثمة هناك مقترح مقترحا مقترحات اقتراح اقتراحات نية نوايا تنوي ينوي ننوي "
    "نعتزم تعتزم يعتزم اعتزام احتمال احتمالات إمكانية خطة خطط تخطط يخطط نخطط فكرة أفكار "
    "توجه توجها قرار قرارات مطروح مطروحة مطروحا حاليا الآن أي "
    "there plan plans planned planning intend intends intention intentions proposal proposals "
    "possibility chance idea ideas currently now any"
)

#: Words a negating particle may stand before the frame's word ("لا توجد أي خطة": two).
NEAR = 2

#: The negating particles of every language (``Words.negations``), folded.
_NEGATIONS = union("negations")


@cache
def plan_frame() -> frozenset[str]:
    """The frame's words as content words of folded text (as match keys hold them)."""
    return frozenset(content_words(words_of(fold(_FRAME))))


def framed(text: str) -> bool:
    """True when a negating particle stands at most ``NEAR`` words before a frame word, and
    negates (not "لا يزال": still; ``negation.NOT_NEGATED``)."""
    frame = plan_frame()
    words = words_of(fold(text))
    for at, word in enumerate(words):
        if word in _NEGATIONS and words[at + 1 : at + 2] != [] and words[at + 1] not in NOT_NEGATED:
            after = words[at + 1 : at + 2 + NEAR]
            if any(w in frame for w in content_words(after)):
                return True
    return False


def plan_core(text: str, vocabulary: Sequence[str]) -> tuple[str, ...] | None:
    """The content words (of ``vocabulary``, the statement's) of what a statement says will
    not happen, frame words aside, or None when the statement is not framed so (``framed``)."""
    if not framed(text):
        return None
    frame = plan_frame()
    return tuple(w for w in vocabulary if w not in frame and w not in _NEGATIONS)
