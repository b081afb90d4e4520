"""Issue 13, round 43: false corroborations read claim by claim over the whole corpus.

Each test pins one general cause of a claim called corroborated when the statements linked
stand on one origin, or are not one claim. Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

from test_link20 import _record, _report, _shared_status

from tracker.link.numbers import figures_in_order
from tracker.link.reuse import copy_groups
from tracker.models import Status


def test_a_desks_translation_of_a_wires_figures_is_one_text(tmp_path: Path) -> None:
    """A state agency's Arabic of a wire's market report keeps its figures, in their order,
    and rewords every sentence: beside the wire's own Arabic service it is no second origin."""
    report = _report(
        tmp_path,
        _record(
            "alwatan",
            "لندن - رويترز: هبط الذهب في التعاملات الصباحية مع صعود الدولار. وارتفعت العقود"
            " الآجلة للنحاس تسليم سبتمبر 2.4 بالمئة الى 7132.50 دولار للطن وهو أعلى مستوى"
            " لها منذ يونيو قبل أن تتراجع الى 7098.25 دولار.",
        ),
        _record(
            "okaz",
            "الرياض (واس) - تراجعت أسعار الذهب أمس في السوق الفورية لليوم الثاني. كما"
            " صعدت العقود الآجلة للنحاس تسليم شهر سبتمبر بنسبة 2.4 في المئة لتبلغ 7132.50"
            " دولارًا للطن مسجلة أعلى مستوى لها منذ شهر يونيو ثم عادت لتتراجع إلى 7098.25"
            " دولارًا.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_figures_given_in_another_order_are_no_copy() -> None:
    """Two reporters telling one player's record each in their own order, or a third giving
    a figure the others lack, print no copy of one text."""
    texts = [
        "سجل المهاجم 27 هدفا في 148 مباراة منذ انضمامه قبل 31 شهرا",
        "خاض المهاجم 148 مباراة سجل فيها 27 هدفا منذ انضمامه قبل 31 شهرا",
        "سجل المهاجم 27 هدفا في 148 مباراة منذ انضمامه قبل 31 شهرا وصنع 12",
    ]
    figured = [figures_in_order(text) for text in texts]
    assert figured[0] == ("27", "148", "31")
    assert copy_groups(["أ ب ت ث", "ج ح خ د", "ذ ر ز س"], ["a", "b", "c"], None, figured) == [
        0,
        1,
        2,
    ]


def test_unnamed_sources_beside_a_copy_of_another_papers_text_are_that_papers(
    tmp_path: Path,
) -> None:
    """A paper printing another paper's sentences from its unnamed source word for word, and
    a second unnamed source of its own saying the same in other words, reworded that paper's
    report: one origin, not two papers' sources."""
    security = (
        " وقال مصدر أمني بمحافظة الوادي إن أغلب الجنود الذين جرحوا حين انفجرت قنبلة تحت"
        " حافلتهم غادروا المستشفى صباح اليوم. وأضاف المصدر أن ثمانية منهم عادوا إلى"
        " ثكناتهم، لافتا إلى أن الجروح عبارة عن خدوش وكسور بسيطة وأوضاعهم الصحية مستقرة."
    )
    report = _report(
        tmp_path,
        _record("alwatan", security.strip()),
        _record(
            "okaz",
            "أصدرت محافظة الوادي أمس قرارا بحظر سير الدراجات النارية على الطريق الساحلي"
            " حتى نهاية الشهر المقبل. ونص القرار على مصادرة كل دراجة تضبط مخالفة له وتغريم"
            " صاحبها. وجاء القرار بعد سلسلة هجمات استهدفت نقاط التفتيش على الطريق خلال"
            " الأسابيع الماضية. وأصيب نحو عشرين جنديا أمس في انفجار عبوة ناسفة زرعت على"
            " جانب الطريق. وذكر مصدر طبي بمحافظة الوادي أن من أسعفوا من الجنود تراوحت"
            " جروحهم ما بين خدوش وكسور بسيطة وأوضاعهم الصحية جيدة، وأن بعضهم تعافى سريعا."
            + security,
        ),
    )
    claims = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert claims
    assert all(c.status is Status.SINGLE_SOURCED for c in claims)


def test_two_states_voices_on_their_own_feast_day_are_two_claims(tmp_path: Path) -> None:
    """A round-up of each state's feast day whose sentences name no country, each said by one
    state's body or official: two states' own news, not one claim corroborated."""
    report = _report(
        tmp_path,
        _record(
            "alwatan",
            "وقال بيان صادر عن الديوان الملكي السعودي إن يوم غد الخميس هو أول أيام عيد الأضحى"
            " المبارك لهذا العام. وفي العاصمة أكد رئيس المحكمة الشرعية بدمشق سالم الكعبي أن"
            " يوم غد الخميس هو أول أيام عيد الأضحى المبارك.",
        ),
    )
    (result,) = report.results
    assert [c.status for c in result.claims if len(c.attributions) > 1] == []
    assert Status.CORROBORATED not in {c.status for c in report.corpus_claims}
