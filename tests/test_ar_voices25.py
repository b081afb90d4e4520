"""Issue 11, round 25: three readings found among the contested claims of three real days.

- "لتأكيد أو نفي الخبر" (to confirm or deny it): the pair after "ل" says neither, as without it.
- "نفى المدرب في سياق حديثه …": "في سياق/معرض/ختام" before an occasion is where he spoke,
  no part of his name.
- "مصادر بارزة في المعارضة": an unnamed source with an adjective, then "في" and a definite
  noun, is placed in that body or group, as "مصادر في المعارضة" is.

Every example is made up.
"""

from __future__ import annotations

from tracker import Registry, analyse_article
from tracker.models import ArticleResult, Stance
from tracker.readers import parse_article

_REGISTRY = Registry.load()


def _read(text: str) -> ArticleResult:
    return analyse_article(parse_article(text, "made-up.txt"), _REGISTRY)


def test_confirm_or_deny_after_a_preposition_is_no_denial() -> None:
    """Nobody denied anything: the writer could reach no one to confirm or deny; the source's
    next words are his own assertion."""
    result = _read(
        "ولم يتسن الاتصال بإدارة الميناء لتاكيد او نفي ما نشر، وأضاف المصدر ان السفينة"
        " غادرت الرصيف ليلا."
    )
    assert [(a.source.name, a.stance) for a in result.attributions] == [("المصدر", Stance.ASSERTS)]


def test_an_occasion_framed_after_in_ends_the_voice() -> None:
    """ "في سياق حديثه" / "في ختام كلمته" is the occasion, not part of who speaks."""
    for text in (
        "ونفى المدرب في سياق حديثه ترشيح النادي لثلاثة لاعبين جدد هذا الموسم.",
        "وأكد الوزير في ختام كلمته أن الطريق الجديد سيفتح العام المقبل.",
    ):
        (attribution,) = _read(text).attributions
        assert attribution.source.name in {"المدرب", "الوزير"}


def test_an_unnamed_source_with_an_adjective_is_placed_in_a_definite_body() -> None:
    """ "مصادر بارزة في المعارضة" is the opposition's; a time after "في" places no one."""
    (denial,) = _read("نفت مصادر بارزة في المعارضة المسلحة ذلك.").attributions
    assert denial.source.name == "مصادر بارزة في المعارضة المسلحة"
    assert denial.stance is Stance.DENIES
    (said,) = _read("قال مصدر مطلع في الأسبوع الماضي إن الخطة جاهزة.").attributions
    assert said.source.name == "مصدر مطلع"


def test_the_news_denied_is_no_part_of_the_voice() -> None:
    """ "نفى الوزير الخبر": the news is what he denies, not a word of his title."""
    result = _read("نفى المحافظ الخبر، مؤكدا أن الجسر سيفتح في موعده.")
    assert [(a.source.name, a.stance, a.content) for a in result.attributions] == [
        ("المحافظ", Stance.DENIES, "الخبر"),
        ("المحافظ", Stance.ASSERTS, "الجسر سيفتح في موعده"),
    ]


def test_a_participle_may_name_the_medium_it_told() -> None:
    """ "…، قائلة لـ«الساحل» إن …": the participle's words went through that paper."""
    result = _read("نفت البلدية ذلك، قائلة لـ«الساحل» إن أعمال الحفر انتهت أمس.")
    said = [a for a in result.attributions if a.stance is Stance.ASSERTS]
    assert [(a.source.name, a.content) for a in said] == [("البلدية", "أعمال الحفر انتهت أمس")]
    assert [v.name for v in said[0].chain] == ["الساحل", "البلدية"]


def test_a_doer_before_what_the_verb_points_back_to_speaks_next() -> None:
    """ "أكدت الهيئة ذلك، مشيرة إلى أن …": the body confirmed it and goes on speaking."""
    (said,) = _read("أكدت الهيئة ذلك، مشيرة إلى أن التراخيص ستصدر الشهر المقبل.").attributions
    assert (said.source.name, said.content) == ("الهيئة", "التراخيص ستصدر الشهر المقبل")


def test_a_measure_after_according_to_is_depending_on() -> None:
    """ "بحسب النوع" after a price is "depending on the model": nobody speaks."""
    assert _read("ويبلغ سعر المكيف الجديد نحو 900 ريال أو أكثر بحسب الحجم.").attributions == ()


def test_a_verb_of_beginning_before_the_subject_is_no_part_of_it() -> None:
    """ "وبدأ المدرب فلان يقول إن …" (began saying): the subject follows "بدأ"."""
    (said,) = _read("وبدأ المدرب سالم الهاشمي يقول إنه واثق من الفوز.").attributions
    assert said.source.name == "سالم الهاشمي"
