"""Linking a retold event by its count (corroborate._same_count) and a quote restated inside a
longer one (corroborate._restated)."""

from __future__ import annotations

from collections import Counter
from itertools import chain

from tracker.corroborate import DEFAULT, Side, candidates, judge_pair, match_key
from tracker.link.morph import event_noun
from tracker.link.numbers import counted, frame, telling_counts
from tracker.models import MatchKey, Stance

# Made-up reports of one bridge collapse, told in other words by two outlets.
_TOLD = "قتل 34 شخصا على الأقل حين سقط جسر قديم على سوق مزدحم في بلدة جبلية صباح اليوم"
_RETOLD = "انهار جسر حجري فوق متاجر بلدة جبلية فنتج عنه مقتل 34 شخصا على الأقل بين المتسوقين"
_HURT = "انهار جسر حجري فوق متاجر بلدة جبلية فنتج عنه إصابة 34 شخصا آخرين بين المتسوقين"
_CATTLE = "انهار جسر حجري فوق متاجر بلدة جبلية فنتج عنه مقتل 34 رأسا على الأقل بين المتسوقين"
_FEW_TOLD = "قتل 3 أشخاص على الأقل حين سقط جسر قديم على سوق مزدحم في بلدة جبلية صباح اليوم"
_FEW_RETOLD = "انهار جسر حجري فوق متاجر بلدة جبلية فنتج عنه مقتل 3 أشخاص على الأقل بين المتسوقين"


def _side(n: int, text: str) -> Side:
    return Side(match_key(f"s{n}", f"a{n}", text, Stance.ASSERTS), text)


def test_same_count_of_the_same_thing_links_a_retelling() -> None:
    """Two wordings of one event giving the same count of the same thing are one claim."""
    found = judge_pair(_side(0, _TOLD), _side(1, _RETOLD))
    assert found is not None
    assert found.tier == "confirmed"
    assert found.why.startswith("same count 34 شخصا")


def test_same_count_said_of_another_fate_stays_apart() -> None:
    """The same count of the wounded is not the count of the dead: no confirmed link."""
    found = judge_pair(_side(0, _TOLD), _side(1, _HURT))
    assert found is None or found.tier != "confirmed"


def test_same_count_of_another_thing_stays_apart() -> None:
    """34 persons and 34 head of cattle are two counts, whatever else the texts share."""
    found = judge_pair(_side(0, _TOLD), _side(1, _CATTLE))
    assert found is None or found.tier != "confirmed"


def test_small_count_does_not_tell_an_event() -> None:
    """A count under eleven is too common to link a retelling on."""
    found = judge_pair(_side(0, _FEW_TOLD), _side(1, _FEW_RETOLD))
    assert found is None or found.tier != "confirmed"


def test_telling_counts_leave_out_small_numbers_years_and_decimals() -> None:
    """Only whole counts from eleven up, not years, tell an event."""
    assert telling_counts(["3", "34", "2016", "2.5"]) == ("34",)


def test_counted_and_frame_read_the_words_around_a_count() -> None:
    """counted gives the words after the count; frame the words on both sides."""
    assert counted("ارتفع عدد الضحايا إلى 40 شخصا بينهم أطفال", "40")[0] == "شخصا"
    around = frame("ارتفع عدد الضحايا إلى 40 شخصا بينهم أطفال", "40")
    assert "ضحايا" in around
    assert "شخصا" in around
    assert counted("قتل أربعون شخصا", "40") == ()


def test_event_noun_is_the_verb_with_mim() -> None:
    """مقتل is the event noun of قتل; a word without the prefix is not."""
    assert event_noun("مقتل", "قتلوا")
    assert not event_noun("قتل", "قتلوا")
    assert not event_noun("مقتل", "نقل")


# A made-up quote, and the same quote restated in other forms inside a longer one.
_QUOTE = (
    "أثبتت لجنة المهندسين الدولية بصورة قاطعة أن القطعة التي التقطها الصيادون قرب الجزيرة"
    " هي في الحقيقة من الرحلة 90"
)
_LONGER = (
    "بعد 300 يوم من التفتيش نقول للأهالي بأسى إن اللجان الدولية للمهندسين أثبتت بصور نهائية"
    " أن قطعا التقطها صياد قرب جزيرتهم البعيدة تعود حتما إلى رحلة الطائرة 90 التي كانت تقل"
    " 150 راكبا"
)
_RAN_ON = (
    _LONGER + " وقال وزير النقل إن عمليات البحث عن بقية الحطام ستتواصل في المحيط الجنوبي"
    " طوال الشهر المقبل"
)


def test_quote_restated_inside_a_longer_one_links() -> None:
    """A quote whose words are nearly all, in other forms, in a longer quote is that claim."""
    found = judge_pair(_side(0, _QUOTE), _side(1, _LONGER))
    assert found is not None
    assert found.tier == "confirmed"
    assert found.why.startswith("restated")


def test_quote_inside_a_span_that_ran_on_is_not_restated() -> None:
    """A span more than twice the quote's length holds other claims: only a suggestion."""
    found = judge_pair(_side(0, _QUOTE), _side(1, _RAN_ON))
    assert found is None or found.tier != "confirmed"


def test_restated_needs_both_to_be_what_sources_said() -> None:
    """An own-voice sentence may hold a quote among much else: no restated link."""
    own = Side(match_key("s1", "a1", _LONGER, None), _LONGER)
    found = judge_pair(_side(0, _QUOTE), own)
    assert found is None or not found.why.startswith("restated")


def test_same_count_is_a_blocking_key() -> None:
    """Two statements whose rarest words lead elsewhere still meet through their count."""

    def key(n: int, words: str, numbers: tuple[str, ...] = ()) -> MatchKey:
        return MatchKey(f"s{n}", f"a{n}", tuple(sorted(words.split())), numbers, False, None)

    shared = "سقط جسر سوق بلده"
    items = [
        key(0, f"{shared} الف باء تاء ثاء", ("34",)),
        key(1, f"{shared} جيم حاء خاء دال", ("34",)),
        key(2, "الف باء تاء ثاء"),
        key(3, "جيم حاء خاء دال"),
        key(4, shared),
        key(5, shared),
    ]
    texts = ["قتل 34 شخصا في البلدة", "أدى إلى مقتل 34 شخصا", "", "", "", ""]
    sides = [Side(k, t or None) for k, t in zip(items, texts, strict=True)]
    df = Counter(chain.from_iterable(k.vocabulary for k in items))
    assert 1 in candidates(items, DEFAULT, df, sides)[0]
    plain = [Side(k) for k in items]
    assert 1 not in candidates(items, DEFAULT, df, plain)[0]


def test_the_same_duration_tells_no_event(monkeypatch) -> None:
    """A siege that "lasted 34 days" in two retellings: a count of days is a duration, which
    many unrelated statements share ("لمدة 15 يوما"), so it links no retelling the way 34
    persons do; the same pair links by its count once days are not known as time."""
    import tracker.corroborate as corroborate

    told, retold = (text.replace("34 شخصا", "34 يوما") for text in (_TOLD, _RETOLD))
    found = judge_pair(_side(0, told), _side(1, retold))
    assert found is None or found.tier != "confirmed"
    monkeypatch.setattr(corroborate, "_TIME_UNITS", frozenset())
    unguarded = judge_pair(_side(0, told), _side(1, retold))
    assert unguarded is not None
    assert unguarded.why.startswith("same count 34 يوما")
    # A day of a month dates, as a duration lasts: "حتى 30 يونيو" counts nothing.
    dated = (text.replace("34 شخصا", "30 يونيو") for text in (_TOLD, _RETOLD))
    found = judge_pair(*(_side(n, text) for n, text in enumerate(dated)))
    assert found is None or not found.why.startswith("same count")
