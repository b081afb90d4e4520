"""A denier's own account of what did happen, told after the denial (pure).

"نفى مدير الهيئة إغلاق الميناء أمام سفن الشحن، مؤكدا أن الميناء يستقبل سفن الشحن بطاقة
مخفضة بسبب صيانة رصيفين": the voice denies one thing and then tells another in the words of
the story. What he asserts is no telling of what he denies (a voice does not assert what it
has just called untrue), so within his article the two are two claims, and the denial contests
only the claim it names. A statement of his that restates the denial is its own claim's member
still: one that negates ("لا نية لرفع الرسوم"), calls something untrue ("ما يتم تداوله … غير
صحيح") or names the report it answers ("ما تم تداوله", "الخبر"); and so is one that says
little but what he denies ("قال الوزير إن القوات دخلت البلدة" beside "نفى الوزير دخول القوات
البلدة"): he asserts what he denies, and the claim is contested.
"""

from __future__ import annotations

from ..lang import union
from ..models import MatchKey, Stance
from .morph import related_words
from .retold import calls_untrue

#: Words naming what was reported: the reports a denial answers (every language's
#: ``Words.report_nouns`` and ``Words.denial_frame``).
REPORTED = union("report_nouns") | union("denial_frame")
#: Share of the other statement's content words with a form in the denial from which it says
#: what is denied rather than an account of its own.
DENIED_SHARE = 0.5


def own_account(denial: MatchKey, other: MatchKey, other_text: str) -> bool:
    """True when ``other``, said by the voice that made ``denial``, tells its own account
    rather than restating the denial or asserting what it denies: it asserts, negates
    nothing, names no report, has under ``DENIED_SHARE`` of its words in the denial and calls
    nothing untrue."""
    if denial.stance is not Stance.DENIES or other.stance is not Stance.ASSERTS:
        return False
    words = other.vocabulary
    if other.negated or not words or not REPORTED.isdisjoint(words):
        return False
    denied = set(denial.vocabulary).intersection(related_words(denial.vocabulary, words))
    if len(denied) >= DENIED_SHARE * len(words):
        return False
    return not calls_untrue(other_text)
