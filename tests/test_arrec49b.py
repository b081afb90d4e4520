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


def test_holding_on_with_its_pronoun_is_what_it_stressed(read):
    """ "أكدت إدارة النادي تمسكها باللاعب": a noun of stance with its pronoun after a verb of
    emphasis is what the voice stated, as "حرصها" is."""
    result = read("وأكد مدرب الفريق هاني الزهراني تمسكه بالمهاجم الجديد حتى نهاية الموسم.")
    assert _voices(result) == ["هاني الزهراني"]
    assert _contents(result) == ["تمسكه بالمهاجم الجديد حتى نهاية الموسم"]


def test_a_nationality_before_a_name_and_its_title_describes_the_man(read):
    """ "وقال الإيطالي ماركو بيانكي رئيس الاتحاد الأوروبي للسباحة إن …": a nationality before
    the given name is part of his description; the man is the voice, not the body his title
    names."""
    result = read(
        "وقال الألماني كريم هوفمان رئيس الاتحاد الأوروبي للسباحة إن البطولة ستقام في موعدها."
    )
    assert _voices(result) == ["كريم هوفمان"]
    assert result.attributions[0].source.kind.value == "official"
    assert _contents(result) == ["البطولة ستقام في موعدها"]


def test_added_then_a_quotation_with_no_colon(read):
    """ "وزاد «…»", "وزاد فلان "…"": a quotation longer than a name right after "زاد" (or its
    short subject) is what he added, as after a colon; "وزادت «الشركة» إنتاجها" is a rise."""
    result = read(
        "قال مدير الجمعية وليد الشهري إن الحملة نجحت. "
        "وزاد «سعدنا بمشاركة المتطوعين من كل الأحياء في هذه الحملة». "
        "وزادت «الشركة» إنتاجها بنسبة كبيرة هذا العام."
    )
    assert _voices(result) == ["وليد الشهري", "وليد الشهري"]
    assert _contents(result)[1] == "سعدنا بمشاركة المتطوعين من كل الأحياء في هذه الحملة"


def test_closed_by_saying(read):
    """ "وختم فلان ورقته بالقول: …", "وختم: …": "ختم" with "بالقول" or a colon close after it
    is "closed by saying" (his paper or talk between is no part of him); "ختم الطالب القرآن"
    is an act."""
    result = read(
        "وختم الباحث هشام الزهراني ورقته بالقول: المعرض يحتاج إلى لجنة دائمة. "
        "وختم الطالب نواف السبيعي القرآن الكريم في المسجد."
    )
    assert _voices(result) == ["هشام الزهراني"]
    assert _contents(result) == ["المعرض يحتاج إلى لجنة دائمة"]
