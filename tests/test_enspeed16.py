"""Shortcuts taken for English extraction speed give what the plain forms give (pure)."""

from __future__ import annotations

import dataclasses
import inspect
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.lang import union
from tracker.lang.en.rules import (
    _CREDIT_MARK,
    _PLAIN_CREDIT_MARKS,
    _PLAIN_OPENINGS,
    _QUOTE_MARK,
    _has_mark,
)
from tracker.models import (
    Mention,
    QuoteKind,
    RawAttribution,
    SourceKind,
    Stance,
    replace,
    slot_init,
)
from tracker.text import Sentence, _abbreviation_backwards, split_sentences

FUZZ = settings(derandomize=True, database=None, max_examples=400, deadline=None)


def test_two_apostrophes_open_a_quotation_in_plain_text():
    """'' opens a quotation where a lone apostrophe does not; a double dash is a dash."""
    assert _has_mark("He said ''no.''", 0, 15, _QUOTE_MARK, _PLAIN_OPENINGS)
    assert not _has_mark("Hamdan's plan", 0, 13, _QUOTE_MARK, _PLAIN_OPENINGS)
    assert _has_mark("a plan -- he said", 0, 17, _CREDIT_MARK, _PLAIN_CREDIT_MARKS)
    assert not _has_mark("a well-known plan", 0, 17, _CREDIT_MARK, _PLAIN_CREDIT_MARKS)


@pytest.mark.parametrize("cls", [Mention, RawAttribution, Sentence])
def test_slot_init_keeps_the_dataclass_signature(cls):
    """A record built through its slots takes the arguments and defaults of its dataclass."""
    params = list(inspect.signature(cls).parameters.values())
    assert [p.name for p in params] == [f.name for f in dataclasses.fields(cls)]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        for f in dataclasses.fields(cls)
    ]


def test_a_record_built_through_its_slots_is_the_same_frozen_record():
    """Fields given by position or name, defaults filled, equal and hashed alike, still frozen."""
    mention = Mention("the minister", 4, 16, "minister", kind=SourceKind.OFFICIAL)
    assert (mention.descriptor, mention.anaphor, mention.gender) == ("", False, "")
    assert mention == Mention("the minister", 4, 16, "minister", "", SourceKind.OFFICIAL)
    assert hash(mention) == hash(dataclasses.replace(mention))
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.start = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        Mention("the minister", 4)  # type: ignore[call-arg]


def test_slot_init_refuses_a_record_it_would_build_wrong():
    """A default factory or a __post_init__ is run by the dataclass's own __init__ only."""

    @dataclasses.dataclass(frozen=True, slots=True)
    class Listed:
        items: list[str] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        slot_init(Listed)


#: The abbreviation before a full stop read forwards, as it was searched for.
FORWARD = re.compile(
    r"(?:^|[\s(«\"-])(?:"
    + "|".join(["[\u0621-\u064a]", *map(re.escape, sorted(union("abbreviations")))])
    + ")$"
)
WINDOWS = st.lists(
    st.one_of(
        st.sampled_from(sorted(union("abbreviations"))),
        st.sampled_from((" ", "\n", "(", "«", '"', "-", ".", "\u00a0", "ب", "x", "M", "r")),
        st.text(max_size=2),
    ),
    max_size=5,
).map(lambda parts: "".join(parts)[-8:])


@FUZZ
@given(WINDOWS)
def test_an_abbreviation_read_backwards_is_found_where_it_was_read_forwards(window):
    """Matching the reversed window at the stop answers as searching the window forwards."""
    expected = FORWARD.search(window) is not None
    assert (_abbreviation_backwards().match(window[::-1]) is not None) is expected


def test_an_abbreviation_does_not_end_the_sentence():
    """ "Sen." and "(R-Fla.)" go on; a word like "Senate." ends its sentence."""
    text = "Sen. Hamdan (R-Fla.) spoke. The Senate. It voted."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Sen. Hamdan (R-Fla.) spoke.",
        "The Senate.",
        "It voted.",
    ]


def test_replace_copies_a_record_as_dataclasses_replace_does():
    """The copy has the changed fields and every other as it was; a wrong name is refused."""
    voice = Mention("Hamdan", 0, 6, "Hamdan", kind=SourceKind.PERSON)
    raw = RawAttribution(voice, (), (), "said", 7, 11, 12, 40, QuoteKind.INDIRECT, Stance.ASSERTS)
    full = replace(voice, name="Lina Hamdan")
    assert full == dataclasses.replace(voice, name="Lina Hamdan")
    assert replace(raw, source=full, end=38) == dataclasses.replace(raw, source=full, end=38)
    assert replace(raw) == raw
    with pytest.raises(TypeError):
        replace(raw, sourse=full)  # type: ignore[call-arg]


def test_replace_of_another_dataclass_is_dataclasses_replace():
    """A dataclass not built by slot_init is copied by dataclasses.replace itself."""

    @dataclasses.dataclass
    class Plain:
        a: int
        b: int = 2

    assert replace(Plain(1), b=3) == Plain(1, 3)
