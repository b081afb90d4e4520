"""Sentences that only name the occasion of the one before them (pure).

"شكّلت الجامعة لجنة للرد على أسئلة المتقدمين. جاء ذلك خلال حفل أقامته العمادة أمس." The second
sentence says when and where the first was said; it states no claim of its own. Outlets hang
the same occasion on different claims (one after the committee, another after a rule for new
students), so linking on its words would join claims that differ: such a sentence links to no
statement of another article but one like it (the same occasion printed twice).
"""

from __future__ import annotations

from functools import lru_cache

from ..lang import union
from ..text import fold, words_of

#: Characters of a statement's start read for its opening (the longest opening is three words).
OPENING_CHARS = 32
#: Words of an opening.
OPENING_WORDS = 3


@lru_cache(maxsize=65_536)
def names_occasion(content: str) -> bool:
    """True when a statement opens by saying it is the occasion of what came before (kept by
    text: a statement is weighed against each of its candidates across a corpus)."""
    words = words_of(fold(content[:OPENING_CHARS]))
    opening = " ".join(words[:OPENING_WORDS])
    return len(words) >= OPENING_WORDS and opening in union("occasion_leads")
