"""Linking precision: a denier's own account is no member of the claim it denies
(link.account), and two outlets' own sentences giving two figures of one thing are two
claims (corroborate._own_figures_apart)."""

from __future__ import annotations

from tracker import Registry, analyse_article
from tracker.corroborate import Side, judge_pair, match_key
from tracker.models import ArticleResult, Stance, Status
from tracker.readers import parse_article


def _result(registry: Registry, body: str) -> ArticleResult:
    """The analysis of a short made-up article with ``body``."""
    return analyse_article(parse_article("خبر قصير\n\n" + body, "made-up.txt"), registry)


def _claim_of(result: ArticleResult, content_start: str) -> tuple[str, ...]:
    """The attributions of the claim holding the attribution whose content opens so."""
    (att,) = [a for a in result.attributions if a.content.startswith(content_start)]
    (claim,) = [c for c in result.claims if att.id in c.attributions]
    return claim.attributions


_DENIAL = (
    "نفى مدير هيئة الموانئ في كاردونيا سامر الحلبي إغلاق ميناء الساحل الشمالي أمام سفن الشحن،"
    " مؤكداً أن ميناء الساحل الشمالي يستقبل سفن الشحن بطاقة مخفضة بسبب أعمال صيانة في رصيفين"
    " من أرصفته."
)
_REPORT = " وكانت صحيفة الأفق ذكرت أن ميناء الساحل الشمالي أغلق أمام سفن الشحن منذ الأسبوع الماضي."


def test_denial_contests_the_report_not_the_deniers_own_account(registry: Registry) -> None:
    """ "نفى المدير إغلاق الميناء، مؤكدا أنه يستقبل السفن بطاقة مخفضة": his account is a
    claim of its own, and the denial contests the paper's report of the closure told after it."""
    result = _result(registry, _DENIAL + _REPORT)
    denied = _claim_of(result, "إغلاق ميناء")
    report = _claim_of(result, "ميناء الساحل الشمالي أغلق")
    account = _claim_of(result, "ميناء الساحل الشمالي يستقبل")
    assert denied == report
    assert account != denied
    (alone,) = [c for c in result.claims if c.attributions == account]
    assert alone.status is Status.SINGLE_SOURCED


def test_a_voice_asserting_what_it_denies_stays_contested(registry: Registry) -> None:
    """What a voice asserts that is little but what it denies is the denied claim, and two
    unnamed sources of one name may be two people: each pair stays one contested claim, while
    the director's account beside his denial goes apart."""
    for voice in ("وزير الدفاع سامر الحلبي", "مصدر أمني"):
        result = _result(
            registry,
            f"وقال {voice} إن قوات الحرس دخلت بلدة الوادي الأخضر فجر اليوم. ونفى {voice}"
            " دخول قوات الحرس بلدة الوادي الأخضر فجر اليوم.",
        )
        (claim,) = result.claims
        assert claim.status is Status.CONTESTED
    result = _result(registry, _DENIAL)
    assert len(result.claims) == 2


def test_deniers_restatement_stays_and_his_account_goes(registry: Registry) -> None:
    """A denier calling the report untrue in other words restates his denial (one claim);
    what he then tells his company did is another claim."""
    result = _result(
        registry,
        "نفى المتحدث باسم شركة المياه الوطنية سامر الحلبي انقطاع المياه عن أحياء المدينة"
        " الشرقية. وقال الحلبي إن ما يتم تداوله عن انقطاع المياه عن أحياء المدينة الشرقية غير"
        " صحيح. وأضاف الحلبي أن الشركة ضخت كميات إضافية من المياه إلى أحياء المدينة الشرقية"
        " خلال الصيف.",
    )
    denied = _claim_of(result, "انقطاع المياه")
    assert _claim_of(result, "ما يتم تداوله") == denied
    assert _claim_of(result, "الشركة ضخت") != denied


_PRICE = "تراجع سعر القمح في بورصة المحاصيل اليوم إلى 215 دولارا للطن مسجلا أدنى سعر منذ مارس"


def _side(n: int, text: str, stance: Stance | None) -> Side:
    return Side(match_key(f"a{n}.s1", f"a{n}", text, stance), text)


def test_own_sentences_with_two_figures_are_two_claims_quotes_one() -> None:
    """Two outlets' own sentences, 215 and 217 dollars, are two claims; the same words quoted
    from a voice are one text with the desk's figure updated."""
    other = _PRICE.replace("215", "217")
    own = judge_pair(_side(0, _PRICE, None), _side(1, other, None))
    assert own is None or own.tier != "confirmed"
    quoted = judge_pair(_side(0, _PRICE, Stance.ASSERTS), _side(1, other, Stance.ASSERTS))
    assert quoted is not None
    assert quoted.tier == "confirmed"
