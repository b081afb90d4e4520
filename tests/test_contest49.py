"""Denials whose subject must end before the thing denied: claims, accusations and the
denier's own tie or aim are what is denied, never part of the denier's name."""

from __future__ import annotations

from tracker import Registry, analyse_article
from tracker.corroborate import link_corpus
from tracker.models import ArticleResult, Attribution, Stance, Status
from tracker.readers import parse_article

_LEAD = "وقال مصدر في الوزارة إن الاجتماع انتهى مساء أمس. "


def _denials(registry: Registry, sentence: str) -> list[Attribution]:
    """The denials read in a short made-up article holding ``sentence``."""
    article = parse_article("خبر قصير\n\n" + _LEAD + sentence, "made-up.txt")
    result = analyse_article(article, registry)
    return [a for a in result.attributions if a.stance is Stance.DENIES]


def test_denied_aim_with_pronoun_opens_the_content(registry: Registry) -> None:
    """ "تنفي الدولة سعيها إلى …": the aim denied is the content, not a word of the name."""
    (denial,) = _denials(registry, "وتنفي كاردونيا سعيها إلى امتلاك أسلحة محظورة.")
    assert denial.source.name == "كاردونيا"
    assert denial.content.startswith("سعيها إلى امتلاك")


def test_denied_information_ends_the_named_subject(registry: Registry) -> None:
    """ "نفى فلان معلومات تحدثت عن …": the reports denied are not part of his name."""
    (denial,) = _denials(
        registry, "ونفى نائب وزير المالية سامر الحلبي معلومات تحدثت عن إفلاس البنك الوطني."
    )
    assert "معلومات" not in denial.source.name
    assert denial.content.startswith("معلومات تحدثت")


def test_denied_talks_end_a_bodys_name(registry: Registry) -> None:
    """ "نفى المركز الإعلامي للنادي المفاوضات مع …": the talks denied close no body's name."""
    (denial,) = _denials(
        registry, "ونفى المركز الإعلامي لنادي الساحل المفاوضات مع أي لاعب من الفريق الأول."
    )
    assert denial.source.name == "المركز الإعلامي لنادي الساحل"
    assert denial.content.startswith("المفاوضات مع")


def test_demonstrated_accusations_are_never_the_denier(registry: Registry) -> None:
    """ "الحكومة تنفي تلك التهم": the accusations denied never stand as who denies."""
    denials = _denials(
        registry,
        "وتتهم المعارضة الحكومة بالفساد، إلا أن الحكومة تنفي تلك التهم بشكل مستمر.",
    )
    assert all("التهم" not in d.source.name for d in denials)


def test_speculation_right_after_the_verb_is_never_the_denier(registry: Registry) -> None:
    """ "ونفى تكهنات تتحدث عن …": the speculation denied is the object, never who denies."""
    denials = _denials(
        registry, "ونشر النادي بيانا أمس ونفى تكهنات تتحدث عن إصابة اللاعب في الركبة."
    )
    assert all("تكهنات" not in d.source.name for d in denials)


def test_denied_own_act_after_a_bare_name_opens_the_content(registry: Registry) -> None:
    """ "نفت الدولة تدخلها في …": her own act denied is the content, not her name's end."""
    (denial,) = _denials(registry, "ونفت كاردونيا تدخلها في شؤون جارتها الشمالية.")
    assert denial.source.name == "كاردونيا"
    assert denial.content.startswith("تدخلها في")


_FILLER = (
    "وشهدت المدينة الساحلية حركة تجارية نشطة خلال موسم الصيف مع توافد الزوار من المناطق"
    " المجاورة، وامتلأت الأسواق الشعبية بالبضائع المحلية والمنتجات الزراعية الطازجة. "
)


def test_a_report_pages_after_a_denial_is_not_the_news_it_denies(registry: Registry) -> None:
    """Media reports told pages after a denial, sharing two words with it by chance, are
    other news: they stay out of the denied claim, which they would make contested."""
    text = (
        "خبر قصير\n\n"
        "وتنفي كاردونيا إرسال جنود روس إلى داخل الإقليم، وفي هذه الحالة تبقى الحدود هادئة. "
        + _FILLER
        * 12
        + "وقد ضبطت الشرطة الروسية ذات مرة شخصا حاول تهريب مئة رأس من الأغنام في هذه الحالة"
        " عبر الحدود، حسبما أفادت وسائل إعلام محلية."
    )
    result = analyse_article(parse_article(text, "made-up.txt"), registry)
    (report,) = [a for a in result.attributions if a.source.name == "وسائل إعلام محلية"]
    (claim,) = [c for c in result.claims if report.id in c.attributions]
    assert claim.status is not Status.CONTESTED


def test_two_short_denials_by_two_deniers_stay_two_claims(registry: Registry) -> None:
    """ "نفت الشركة ارتكاب أي مخالفات" and, two weeks later, another body's denial in the same
    two words are two denials: too few words to tell one thing is denied, they contest no
    claim together."""

    def read(text: str, publisher: str, published: str) -> ArticleResult:
        article = parse_article(
            text, "t.json", publisher=publisher, language="ar", published=published
        )
        return analyse_article(article, registry)

    first = read(
        "وتواجه الشركة تحقيقا في الضرائب. ونفت شركة نخيل الساحل ارتكاب أي مخالفات.",
        "okaz",
        "2026-01-05",
    )
    second = read(
        "وبدأت اللجنة مراجعة عقود البناء. ونفت وزارة الأشغال ارتكاب أي مخالفات.",
        "alriyadh",
        "2026-01-20",
    )
    corpus, _, _ = link_corpus([first, second])
    denied = [c for c in corpus if c.status is Status.CONTESTED]
    assert len(denied) == 2
    assert all(len(c.denying_origins) == 1 for c in denied)
