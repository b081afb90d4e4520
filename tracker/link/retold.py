"""One fact retold in other words: what a voice says, told again by another voice or outlet
with details of its own, so that neither the Dice of the words nor their token-set ratio
reaches the bars of a confirmed link.

"جرفت السيول جسر المشاة الخشبي فوق نهر الصفصاف فجر اليوم" and "مياه نهر الصفصاف الهائجة
جرفت جسر المشاة الخشبي الذي شيده الأهالي قبل قرن، وأغلقت فرق الإنقاذ الطريق إلى القرى" share
the river, the footbridge and the floods: one fact, the second told with the bridge's age and the
closed road. What keeps such a pair one fact and not two facts of one story is checked by the
caller (the guards of every link, and the days, cities and places the two name); this module
weighs the words, and tells a statement that calls something untrue anywhere in it
(``calls_untrue``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import normalize
from .anchors import Anchors, terms, terms_apart
from .denials import DENYING_PHRASES

#: Content words two retellings share at least: fewer are the common words of a story.
RETOLD_SHARED = 8
#: The share of the shorter statement's content words the longer holds at least.
RETOLD_SHARE = 0.55
#: The longer holds at most this many times the shorter's words: more is rather a span that
#: holds other claims beside the one retold.
RETOLD_LONGER = 2.0


def retold_share(mine: Sequence[str], theirs: Sequence[str]) -> float | None:
    """The share of the shorter statement's content words the longer holds, when the two may
    be one fact retold (``RETOLD_SHARED`` words shared at least, ``RETOLD_SHARE`` of the
    shorter's, the longer at most ``RETOLD_LONGER`` times as long), else None.

    >>> retold_share("ا ب ج د ه و ز ح ط".split(), "ا ب ج د ه و ز ح ي ك ل م".split())
    0.8888888888888888
    >>> retold_share("ا ب ج".split(), "ا ب ج".split()) is None
    True
    """
    shorter, longer = sorted((set(mine), set(theirs)), key=len)
    if not shorter or len(longer) > RETOLD_LONGER * len(shorter):
        return None
    shared = len(shorter & longer)
    if shared < RETOLD_SHARED:
        return None
    share = shared / len(shorter)
    return share if share >= RETOLD_SHARE else None


def calls_untrue(text: str) -> bool:
    """True when a denying phrase (``denials.DENYING_PHRASES``) stands anywhere in the text: "قول
    فلان إن الاتفاق سيجعل المنطقة أكثر أمنا قول غير صحيح" restates a claim to reject it, and
    the words it shares with the claim are no retelling."""
    padded = " " + normalize(text) + " "
    return any(" " + phrase + " " in padded for phrase in DENYING_PHRASES)


def terms_differ(mine: str, theirs: str) -> bool:
    """True when two statements name different days, months or cities (``anchors.terms_apart``
    over their bilingual terms alone, cheaper than all their anchors)."""
    return terms_apart(_terms_of(mine), _terms_of(theirs))


def _terms_of(text: str) -> Anchors:
    """The bilingual terms a text names, as anchors."""
    return Anchors(frozenset(), frozenset(), terms=frozenset(key for key, _ in terms(text)))
