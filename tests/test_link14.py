"""A state's own act, told by its agency and restated by foreign wires, has one origin."""

from __future__ import annotations

from tracker.corroborate import link_corpus
from tracker.link.occasion import names_occasion
from tracker.models import Status

# Made-up: Jordan's agency announces a decree; two foreign wires restate it in their own voice,
# one in the agency's very words, one in words of its own.
DECREE = (
    "أصدر العاهل الأردني مرسوما ملكيا بتعيين سفير جديد للأردن لدى دولة النرويج "
    "اعتبارا من مطلع الشهر المقبل خلفا للسفير الذي انتهت مدة عمله هناك."
)
RETOLD = (
    "عيّن ملك الأردن بمرسوم ملكي سفيرا جديدا للأردن لدى دولة النرويج، يتسلم عمله "
    "مطلع الشهر المقبل خلفا لسفير انتهت مدة عمله."
)


def _corpus(read, texts):
    results = [read(text, publisher=paper, author=byline) for paper, byline, text in texts]
    corpus, _, _ = link_corpus(results)
    return corpus


def _the_claim(corpus, words):
    return next(c for c in corpus if words in c.text)


def test_foreign_wires_restating_a_state_act_relay_the_state(read) -> None:
    """The wires saw no decree of their own: one origin, the state's agency."""
    corpus = _corpus(
        read,
        [
            ("okaz", "عمّان - بترا", DECREE),
            ("alriyadh", "عمّان - د ب أ", DECREE.replace("الشهر المقبل", "الشهر القادم")),
            ("alyaum", "عمّان - أ ف ب", RETOLD),
        ],
    )
    claim = _the_claim(corpus, "النرويج")
    assert len(claim.articles) == 3
    assert claim.status is Status.SINGLE_SOURCED
    assert claim.origins == ("petra",)
    assert "same text in 2 outlets; one origin: وكالة الأنباء الأردنية" in claim.explanation
    assert "tells in its own voice the act of a state" in claim.explanation


def test_two_wires_without_the_state_voice_still_corroborate(read) -> None:
    """Without the state's agency or official in the claim the rule says nothing: two wires
    telling an event in their own words stay two origins."""
    corpus = _corpus(
        read,
        [("alriyadh", "عمّان - د ب أ", DECREE), ("alyaum", "عمّان - أ ف ب", RETOLD)],
    )
    claim = _the_claim(corpus, "النرويج")
    assert claim.status is Status.CORROBORATED


def test_a_wire_of_a_state_party_to_the_act_stays_an_origin(read) -> None:
    """A wire of a state the text names too is a party to the act, not its relay: Egypt's
    agency tells, in its own words, an accord Egypt and Jordan signed."""
    accord = (
        "وقّع الأردن ومصر اتفاقية للربط الكهربائي بين البلدين بقيمة تقديرية "
        "في العاصمة عمّان بحضور وزيري الطاقة في البلدين مساء أمس."
    )
    retold = (
        "أبرمت مصر والأردن مساء أمس اتفاقية للربط الكهربائي بين البلدين وقعها وزيرا "
        "الطاقة في العاصمة عمّان."
    )
    corpus = _corpus(read, [("okaz", "عمّان - بترا", accord), ("alyaum", "القاهرة - أ ش أ", retold)])
    claim = _the_claim(corpus, "الكهربائي")
    assert len(claim.articles) == 2
    assert claim.status is Status.CORROBORATED


# Made-up: two outlets hang one ceremony on different claims; a third prints the ceremony as a
# sentence of its own after the first claim.
COMMITTEE = (
    "شكّلت كلية الواحة لجنة جديدة للرد على أسئلة المتقدمين عبر الهاتف والبريد "
    "الإلكتروني طوال فترة التسجيل في الفصل المقبل"
)
OCCASION = (
    "جاء ذلك خلال حفل أقامته عمادة التسجيل مساء أمس في قاعة المؤتمرات بمناسبة ختام "
    "أعمال لجنة التسجيل بحضور وكيل الكلية"
)
RULE = (
    "ألزمت كلية الواحة طلابها الجدد بحضور اختبار اللغة في الأسبوع الأول من الدراسة، "
    "وذلك خلال حفل أقامته عمادة التسجيل مساء أمس في قاعة المؤتمرات بمناسبة ختام "
    "أعمال لجنة التسجيل بحضور وكيل الكلية"
)


def test_occasion_sentence_links_no_claim_it_is_appended_to(read) -> None:
    """The ceremony sentence of one outlet is all that the other's rule for new students
    shares with it: the rule and the committee stay two claims."""
    corpus = _corpus(
        read,
        [("okaz", None, f"{COMMITTEE}. {OCCASION}."), ("alyaum", None, f"{RULE}.")],
    )
    rule = _the_claim(corpus, "اختبار اللغة")
    assert len(rule.articles) == 1
    assert not any("اختبار اللغة" in c.text and "لجنة جديدة" in c.text for c in corpus)


def test_one_occasion_printed_twice_still_links(read) -> None:
    """The same ceremony sentence in two outlets is one occasion told twice."""
    corpus = _corpus(
        read,
        [
            ("okaz", None, f"{COMMITTEE}. {OCCASION}."),
            ("alyaum", None, f"{COMMITTEE.replace('طوال', 'خلال')}. {OCCASION}."),
        ],
    )
    occasion = _the_claim(corpus, "حفل أقامته")
    assert len(occasion.articles) == 2


def test_only_came_this_during_opens_an_occasion() -> None:
    """ "جاء ذلك خلال …" names an occasion; "جاء ذلك بعد …" tells an earlier event and "يأتي هذا
    القرار …" a claim, so both keep their links (made-up sentences)."""
    assert names_occasion("وجاء ذلك خلال لقاء عقده المحافظ مع الأهالي")
    assert names_occasion("جاء ذلك في كلمة ألقاها مدير الجامعة")
    assert not names_occasion("وجاء ذلك بعد مكالمة جمعت الوزيرين")
    assert not names_occasion("ويأتي هذا القرار قبل جلسة البرلمان المقبلة")
    assert not names_occasion("جاء الوزير إلى المدينة في زيارة قصيرة")
