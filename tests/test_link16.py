"""Retellings linked by the figures they give alike (corroborate._same_figures), and the same
numbers told of different things kept apart (corroborate._told_apart)."""

from __future__ import annotations

from tracker.corroborate import Side, judge_pair, match_key, standing
from tracker.link.independence import speaks_for
from tracker.link.numbers import beside, figures, joined_to_number, neighbours
from tracker.models import Attribution, QuoteKind, Source, SourceKind, Stance, Status

# Made-up reports of one city budget, the second desk rewording the first's sentence.
_SPENT = "أنفقت البلدية على صيانة الطرق 7.2 مليون دينار خلال الربع الأول بزيادة 14.6 في المئة"
_RETOLD = (
    "ارتفع إنفاق البلدية على إصلاح الشوارع بنسبة 14.6 في المئة ليصل إلى 7.2 مليون دينار"
    " في الربع الأول"
)
# The same words with the two figures swapped: a rise of 7.2 per cent to 14.6 million.
_SWAPPED_FIGURES = (
    "ارتفع إنفاق البلدية على إصلاح الشوارع بنسبة 7.2 في المئة ليصل إلى 14.6 مليون دينار"
    " في الربع الأول"
)
# Made-up reports of one blast: the dead of one are the wounded of the other.
_BLAST = "قتل 34 شخصا وأصيب 120 آخرون في انفجار شاحنة مفخخة قرب سوق الخضار في المدينة"
_BLAST_SWAPPED = "أصيب 34 شخصا وقتل 120 آخرون في انفجار شاحنة مفخخة قرب سوق الخضار في المدينة"
_BLAST_SHORTER = "قتل 34 شخصا وأصيب 120 آخرون في انفجار شاحنة مفخخة قرب سوق الخضار"
# A made-up date printed with and without the month's other name.
_DATED = "تسري اللائحة الجديدة على المدارس الأهلية حتى 14 مارس 2017 بعد أن أقرها المجلس"
_DATED_AGAIN = "تسري اللائحة الجديدة على المدارس الأهلية حتى 14 مارس (آذار) 2017"
# Two made-up retellings sharing only a year and a small count: no figure tells them one.
_FEW = "افتتحت البلدية 3 حدائق عامة في أحياء المدينة الجنوبية خلال صيف 2016 وسط إقبال كبير"
_FEW_RETOLD = "شهد صيف 2016 افتتاح 3 حدائق في جنوب المدينة أقامتها البلدية للأهالي"


# A made-up report whose figures sit in a date and a time: parts of them, not figures.
_TIMED = "نقل المصاب إلى الطوارئ بتاريخ 14/8/1437 الساعة 9:45 مساء وخضع للفحص فورا"
_TIMED_RETOLD = "أدخل المصاب قسم الطوارئ مساء 14/8/1437 عند 9:45 حيث فحصه الأطباء"


def _side(n: int, text: str, stance: Stance | None = Stance.ASSERTS) -> Side:
    return Side(match_key(f"s{n}", f"a{n}", text, stance), text)


def test_same_figures_link_a_retelling() -> None:
    """A quoted voice and an outlet's own wording giving the same two figures of the same
    things are one claim."""
    found = judge_pair(_side(0, _SPENT), _side(1, _RETOLD, None))
    assert found is not None
    assert found.tier == "confirmed"
    assert found.why.startswith("same figures 14.6, 7200000")


def test_same_figures_of_two_quoted_voices_do_not_link() -> None:
    """Two quoted voices giving the same figures in other words are not linked by the figures:
    one may be the other's spokesman, and the link would make two origins."""
    found = judge_pair(_side(0, _SPENT), _side(1, _RETOLD))
    assert found is None or found.tier != "confirmed"


def test_figures_told_of_other_things_stay_apart() -> None:
    """The same two figures, each beside what the other text says of the other figure, are
    not one claim."""
    found = judge_pair(_side(0, _SPENT), _side(1, _SWAPPED_FIGURES, None))
    assert found is None or found.tier != "confirmed"


def test_a_year_and_a_small_count_are_no_figures() -> None:
    """A year and a count under eleven alike do not link a retelling."""
    found = judge_pair(_side(0, _FEW), _side(1, _FEW_RETOLD, None))
    assert found is None or found.tier != "confirmed"


def test_a_date_and_a_time_are_no_figures() -> None:
    """Numbers of a date or a time ("14/8/1437", "9:45") do not link a retelling."""
    assert joined_to_number(_TIMED, "14")
    assert joined_to_number(_TIMED, "45")
    assert not joined_to_number(_SPENT, "7.2")
    found = judge_pair(_side(0, _TIMED), _side(1, _TIMED_RETOLD, None))
    assert found is None or found.tier != "confirmed"


def test_dead_and_wounded_swapped_are_two_claims() -> None:
    """Counts of the dead and the wounded swapped are kept apart, however alike the words."""
    found = judge_pair(_side(0, _BLAST), _side(1, _BLAST_SWAPPED))
    assert found is None or found.tier != "confirmed"


def test_same_counts_of_the_same_things_still_link() -> None:
    """The same counts told of the same things, one text cut short, stay one claim."""
    found = judge_pair(_side(0, _BLAST), _side(1, _BLAST_SHORTER))
    assert found is not None
    assert found.tier == "confirmed"


def test_a_month_beside_another_number_is_one_date() -> None:
    """A month printed beside the day in one text and beside the year in the other (its other
    name between) dates one day, not two things."""
    found = judge_pair(_side(0, _DATED), _side(1, _DATED_AGAIN))
    assert found is not None
    assert found.tier == "confirmed"


def test_figures_leave_out_years_and_few_but_keep_fractions() -> None:
    """Figures are counts from eleven up and fractions, not Gregorian or Hijri years."""
    assert figures(["3", "27", "2015", "1436", "18.5", "0.4"]) == ("0.4", "18.5", "27")


def test_beside_reads_the_words_next_to_a_number_written_in_digits() -> None:
    """beside gives the content words next to a number, a fraction or Arabic-Indic digits
    too; neighbours gives the folded words, nothing for a number written out."""
    assert beside(_BLAST, "34") == ("قتل", "شخصا")
    assert "طرق" in beside(_SPENT, "7200000")
    assert beside(_SPENT, "2") == ()
    assert beside("وأصيب ١٢٠ آخرون", "120") == ("اصيب", "اخرون")
    assert neighbours("قتل أربعة وثلاثون شخصا", "34") == ()


# Made-up voices of one relief body: an unnamed official of it and its named coordinator.
_RELIEF_OFFICIAL = "مسؤول في هيئة الإغاثة الجبلية"
_COORDINATOR = "منسق الهيئة الوطنية للإغاثة الجبلية"


def _voice(kind: SourceKind, name: str, descriptor: str = "") -> Source:
    return Source(id=f"v-{len(name)}-{kind.value}", name=name, kind=kind, descriptor=descriptor)


def _attribution(article: str, voice: Source, content: str) -> Attribution:
    """An attribution of ``content`` to ``voice``, the only one of its article."""
    span = (10, 10 + len(content))
    cue = ("قال", 0, 3)
    return Attribution(
        f"{article}.a1",
        article,
        voice,
        (voice,),
        *cue,
        content,
        *span,
        QuoteKind.INDIRECT,
        Stance.ASSERTS,
        voice,
    )


def test_a_coordinator_speaks_for_the_body_his_descriptor_names() -> None:
    """A person described as the coordinator of a body speaks for an unnamed official of it,
    and for the body named in full."""
    person = _voice(SourceKind.OFFICIAL, "سالم العتيبي", _COORDINATOR)
    assert speaks_for(person, _voice(SourceKind.ANONYMOUS, _RELIEF_OFFICIAL))
    body = _voice(SourceKind.GOVERNMENT_BODY, "الهيئة الوطنية للإغاثة الجبلية")
    assert speaks_for(person, body)


def test_a_spokesman_of_another_state_s_ministry_speaks_for_neither() -> None:
    """A ministry's spokesman does not speak for the same ministry of another state, nor does
    a person without a descriptor, nor a body for a person."""
    person = _voice(SourceKind.OFFICIAL, "خالد الزعبي", "المتحدث باسم وزارة الزراعة الأردنية")
    other = _voice(SourceKind.GOVERNMENT_BODY, "وزارة الزراعة المصرية")
    assert not speaks_for(person, other)
    assert not speaks_for(_voice(SourceKind.OFFICIAL, "خالد الزعبي"), other)
    assert not speaks_for(other, person)


def test_a_body_and_its_coordinator_are_one_origin() -> None:
    """Two articles, one quoting an unnamed official of a relief body and the other its named
    coordinator saying the same, make one origin, not a corroboration."""
    official = _voice(SourceKind.ANONYMOUS, _RELIEF_OFFICIAL)
    person = _voice(SourceKind.OFFICIAL, "سالم العتيبي", _COORDINATOR)
    atts = [
        _attribution("a1", official, "وصل 450 نازحا إلى المخيم الجبلي صباح اليوم"),
        _attribution("a2", person, "استقبلنا صباح اليوم 450 نازحا في المخيم الجبلي"),
    ]
    judged = standing(atts, [], {})
    assert judged.status is Status.SINGLE_SOURCED
    assert any(why.startswith("speaks for") for _, why in judged.aside)
