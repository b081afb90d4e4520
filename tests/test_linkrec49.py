"""One fact told by two voices in other words: a works ministry and a river society each say
that the floods swept away one footbridge, one in a few words, the other with details of its
own. Their words reach only a suggested link, yet they are one claim, which two independent
origins corroborate. Another number, place or day, a negation, a denial or a rebuttal keeps
them apart. Every example is made up."""

from __future__ import annotations

from pathlib import Path

from test_link20 import _record, _report

from tracker.corroborate import Side, judge_pair, match_key
from tracker.link.retold import calls_untrue, retold_share
from tracker.models import Stance, Status

# What one voice says, in a few words.
SHORT = (
    "جرفت السيول جسر المشاة الخشبي فوق نهر الصفصاف في النرويج فجر اليوم بعد أمطار غزيرة"
    " غمرت الحقول والبيوت"
)
# What another voice says of the same bridge, with details of its own.
LONG = (
    "مياه نهر الصفصاف الهائجة جرفت جسر المشاة الخشبي الذي شيده الأهالي قبل قرن في النرويج"
    " إثر أمطار غزيرة، وأن فرق الإنقاذ أغلقت الطريق المؤدي إلى القرى الجبلية وطلبت من السكان"
    " الابتعاد عن ضفاف النهر"
)


def _said(item: str, text: str, stance: Stance = Stance.ASSERTS) -> Side:
    """What a voice said, as judged across articles."""
    return Side.across(match_key(item, item.split(".")[0], text, stance), text)


def _decided(short: str, long: str, stance: Stance = Stance.ASSERTS) -> str | None:
    """The tier judge_pair gives two things voices said, or None."""
    found = judge_pair(_said("a1.a1", short), _said("a2.a1", long, stance))
    return None if found is None else found.tier


def test_retold_share_weighs_the_shorter_statements_words() -> None:
    """The share of the shorter statement's words the longer holds, when enough are shared
    and the longer is not much longer; else None."""
    short = "ا ب ج د ه و ز ح ط ي".split()
    assert retold_share(short, [*short[:8], "ك", "ل", "م"]) == 0.8
    assert retold_share(short, [*short[:7], "ك", "ل", "م"]) is None
    assert retold_share(short[:8], [*short[:8], *"كلمنسعفصقرشتثخذضظغ"]) is None


def test_a_fact_retold_with_details_is_one_claim() -> None:
    """A voice's few words and another's retelling with details of its own are confirmed as
    one claim, though their words only reach a suggested link."""
    found = judge_pair(_said("a1.a1", SHORT), _said("a2.a1", LONG))
    assert found is not None
    assert found.tier == "confirmed"
    assert found.why.startswith("retold")


def test_a_retelling_with_another_number_or_place_stays_apart() -> None:
    """The retelling links, but not once the two give other numbers or name other
    countries."""
    assert _decided(SHORT, LONG) == "confirmed"
    counted = (SHORT.replace("فجر اليوم", "بعد 14 ساعة"), LONG.replace("إثر", "بعد 20 ساعة من"))
    assert _decided(*counted) != "confirmed"
    assert _decided(SHORT, LONG.replace("النرويج", "السويد")) != "confirmed"


def test_a_retelling_on_another_day_stays_apart() -> None:
    """The retelling links, but not once the two name different weekdays."""
    assert _decided(SHORT, LONG) == "confirmed"
    dated = (SHORT.replace("فجر اليوم", "يوم الأحد"), LONG.replace("إثر", "يوم الخميس إثر"))
    assert _decided(*dated) != "confirmed"


def test_a_negated_denied_or_rebutted_retelling_stays_apart() -> None:
    """The retelling links, but not when one side says the bridge was not swept away, denies
    it, or restates it to call it untrue."""
    assert _decided(SHORT, LONG) == "confirmed"
    assert _decided(SHORT, LONG.replace("جرفت", "لم تجرف")) != "confirmed"
    assert _decided(SHORT, LONG, Stance.DENIES) != "confirmed"
    rebuttal = "قول الوزارة إن " + LONG + " قول غير صحيح"
    assert calls_untrue(rebuttal)
    assert _decided(SHORT, rebuttal) != "confirmed"


def test_two_voices_retelling_one_fact_corroborate_it(tmp_path: Path) -> None:
    """A ministry in one paper and a society in another, telling one fact in other words: two
    independent origins, corroborated."""
    one = _record("alriyadh", "أعلنت وزارة الأشغال أن " + SHORT + ".")
    two = _record("aljazirah", "وقالت جمعية أصدقاء النهر الأهلية في بيان إن " + LONG + ".")
    claims = [c for c in _report(tmp_path, one, two).corpus_claims if len(c.articles) == 2]
    assert [c.status for c in claims] == [Status.CORROBORATED]


# One kidnapping told twice: the unit named with its number, then without it.
NUMBERED = (
    "وخطفت جماعة الرايات ثمانية عناصر من الفرقة 12 مساء الخميس قرب بلدة الوادي في ريف المدينة"
    " الشرقي"
)
UNNUMBERED = (
    "وخطفت جماعة الرايات 8 عناصر من الفرقة مساء الخميس الماضي قرب بلدة الوادي في ريف المدينة الشرقي"
)


def test_a_units_number_only_one_side_gives_names_no_count() -> None:
    """A number after a unit's noun that only one side gives names the unit: the two are one
    claim."""
    found = judge_pair(_said("a1.a1", NUMBERED), _said("a2.a1", UNNUMBERED))
    assert found is not None
    assert found.tier == "confirmed"


def test_another_count_or_unit_number_still_keeps_the_kidnappings_apart() -> None:
    """The unit's number is read as a name, but another count of members, another unit's
    number, or the number as a count of soldiers still keeps the two apart."""
    assert _decided(NUMBERED, UNNUMBERED) == "confirmed"
    assert _decided(NUMBERED.replace("ثمانية", "تسعة"), UNNUMBERED) is None
    assert _decided(NUMBERED, UNNUMBERED.replace("من الفرقة", "من الفرقة 14")) is None
    counted = NUMBERED.replace("من الفرقة 12", "من بينهم 12 جنديا")
    assert _decided(counted, UNNUMBERED) is None
