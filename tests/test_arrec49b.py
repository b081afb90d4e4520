"""Arabic extraction leftovers read on unseen SaudiNewsNet articles (round 49, second sample).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_a_kin_noun_with_his_is_the_voice_of_a_reporting_verb(read):
    """ "وقال والده إن …", "وأوضحت والدتها أن …": one kin noun with "his"/"her" (ة written ت
    before the pronoun) is the speaker, the kin of the one the article tells of."""
    result = read(
        "توفي الشاب سامر العنزي في حادث مروري. وقال والده إن ابنه كان عائدا من عمله. "
        "وأوضحت والدته أن الأسرة تنتظر نتائج التحقيق."
    )
    assert _voices(result) == ["والده", "والدته"]
    assert _contents(result) == ["ابنه كان عائدا من عمله", "الأسرة تنتظر نتائج التحقيق"]


def test_a_kin_noun_with_his_after_as_closes_the_clause_he_told(read):
    """ "…، كما قال والده.": after "كما" and a comma, a kin noun with its pronoun is the voice
    of the clause before, as a title is ("…، كما قال المتحدث.")."""
    result = read("ويعمل المهندس منذ عامين لحساب شركة أجنبية في الخارج، كما قال شقيقه.")
    assert _voices(result) == ["شقيقه"]
    assert _contents(result) == ["ويعمل المهندس منذ عامين لحساب شركة أجنبية في الخارج"]


def test_a_voice_named_by_kin_and_pronoun_is_no_second_origin():
    """ "قالت والدته إن …" in one paper and "قال فلان إن …" in another may be one woman
    named in the second: a kin noun with its pronoun is kinship, as "والد الطالب" is."""
    from tracker.corroborate import _kin
    from tracker.models import Source, SourceKind

    for name in ("والدته", "شقيقتها", "زوجته", "ابنتهم"):
        assert _kin(Source("k", name, SourceKind.PERSON))
    assert not _kin(Source("n", "سامر العنزي", SourceKind.PERSON))
