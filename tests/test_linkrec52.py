"""Opposite adjectives whose stem is a root of common nouns ("أجنبي" / "محلي": "جنوب",
"جانب", "محاولة") oppose only in their own forms: a retelling that says "south of the
country" where the other says "after an attempt" tells the same clashes. The adjectives
themselves, and other counts, another country, a negation or another fact of the same event,
still keep two statements apart. Every example is made up."""

from __future__ import annotations

from tracker.corroborate import Side, judge_pair, match_key, score
from tracker.link.antonyms import form_of, opposed
from tracker.models import Stance

# Clashes as one wire tells them: "south of the country".
SOUTH = (
    "اندلعت اشتباكات عنيفة أمس بين قوات الجيش ومسلحي الجبهة في محافظة الوادي جنوب البلاد"
    " وسط قصف مكثف على إحدى القرى"
)
# The same clashes as another tells them: "after the gunmen's attempt to advance".
ATTEMPT = (
    "اندلعت اشتباكات عنيفة أمس بين قوات الجيش ومسلحي الجبهة في محافظة الوادي بعد محاولة"
    " المسلحين التقدم وسط قصف مكثف على إحدى القرى"
)


def _said(item: str, text: str) -> Side:
    """What a voice said, as judged across articles."""
    return Side.across(match_key(item, item.split(".")[0], text, Stance.ASSERTS), text)


def _tier(one: str, other: str) -> str | None:
    """The tier judge_pair gives two things voices said, or None."""
    found = judge_pair(_said("a1.a1", one), _said("a2.a1", other))
    return None if found is None else found.tier


def _words(text: str) -> tuple[str, ...]:
    """A statement's content words, as claim matching reads them."""
    return match_key("a1.a1", "a1", text, Stance.ASSERTS).vocabulary


def test_the_south_and_an_attempt_oppose_nothing_but_foreign_and_local_do() -> None:
    """ "جنوب" shares a stem with "أجنبي", "محاولة" with "محلي": no opposites. "أجنبيا" and
    "محليا", "الأجنبية" and "المحلية" still are."""
    assert not opposed(_words(SOUTH), _words(ATTEMPT))
    assert opposed(_words("وصل لاعب أجنبي إلى النادي"), _words("وصل لاعب محلي إلى النادي"))
    assert opposed(_words("الشركات الأجنبية تستثمر"), _words("الشركات المحلية تستثمر"))
    assert opposed(_words("اعتقلت الشرطة خمسة أجانب"), _words("اعتقلت الشرطة خمسة محليين"))
    assert form_of("محليين") == "محلي"
    assert form_of("اجانب") == "اجانب"
    assert form_of("جنوب") == form_of("محاوله") == form_of("جانب") == ""


def test_one_clash_told_with_south_and_with_an_attempt_is_confirmed() -> None:
    """The clashes told "south of the country" and "after an attempt": one claim, both ways;
    forty foreign players and forty local players stay apart."""
    assert _tier(SOUTH, ATTEMPT) == "confirmed"
    assert _tier(ATTEMPT, SOUTH) == "confirmed"
    foreign = "وصل أربعون لاعبا أجنبيا إلى معسكر النادي في مدينة الساحل استعدادا للموسم الجديد"
    assert _tier(foreign, foreign.replace("أجنبيا", "محليا")) != "confirmed"


def test_the_stems_of_two_statements_are_weighed_for_opposites_by_their_words() -> None:
    """New local students and new foreign students: the stems' score would link them (the
    adjectives' stems are no pair's), the words oppose them; the clashes link on stems too."""
    local = "استقبلت الجامعة طلابا محليين جددا في كلياتها العلمية مع بداية هذا الفصل الدراسي"
    foreign = local.replace("استقبلت", "تستقبل").replace("محليين", "أجنبيين")
    one, other = _said("a1.a1", local), _said("a2.a1", foreign)
    assert score(one.stem_key, other.stem_key) is not None
    assert (
        score(one.stem_key, other.stem_key, words=(one.key.vocabulary, other.key.vocabulary))
        is None
    )
    assert _tier(local, foreign) != "confirmed"
    south, attempt = _said("a1.a1", SOUTH), _said("a2.a1", ATTEMPT)
    assert score(
        south.stem_key, attempt.stem_key, words=(south.key.vocabulary, attempt.key.vocabulary)
    )


def test_another_toll_of_the_clashes_stays_apart() -> None:
    """Five killed told "south of the country", five "after an attempt": confirmed; seven
    killed beside five: not."""
    five = SOUTH.replace("أمس", "أمس أسفرت عن مقتل 5 مسلحين")
    assert _tier(five, ATTEMPT.replace("أمس", "أمس أسفرت عن مقتل 5 مسلحين")) == "confirmed"
    assert _tier(five, ATTEMPT.replace("أمس", "أمس أسفرت عن مقتل 7 مسلحين")) != "confirmed"


def test_clashes_in_another_country_stay_apart() -> None:
    """The same clashes told of two countries: never confirmed, while told of one they are."""
    assert _tier(SOUTH, ATTEMPT) == "confirmed"
    one = SOUTH.replace("محافظة الوادي جنوب البلاد", "جنوب تشاد")
    other = ATTEMPT.replace("محافظة الوادي", "النيجر")
    assert _tier(one, other) != "confirmed"


def test_clashes_denied_or_another_fact_of_the_day_stay_apart() -> None:
    """ "لم تندلع اشتباكات …" beside the clashes, and an army delegation's visit south of the
    country beside the clashes after an attempt (shared names, another fact): not linked."""
    assert _tier(SOUTH, ATTEMPT) == "confirmed"
    assert _tier(SOUTH, ATTEMPT.replace("اندلعت", "لم تندلع")) is None
    visit = "وصل وفد من قيادة الجيش إلى محافظة الوادي جنوب البلاد لتفقد القوات"
    assert _tier(visit, ATTEMPT) is None
