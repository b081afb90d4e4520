"""English reporting patterns from issue 12, round 21 (PolNeAR train read by pattern, dev only
measured): made-up sentences only."""

from __future__ import annotations

import pytest


def _read(read_en, text: str, cue: str) -> list[tuple[str, str]]:
    """The content and voice of each attribution with the cue ``cue``."""
    return [(a.content, a.source.name) for a in read_en(text + "\n").attributions if a.cue == cue]


def _voices(read_en, text: str, cue: str) -> list[str]:
    """The voice of each attribution with the cue ``cue``."""
    return [voice for _, voice in _read(read_en, text, cue)]


def _voiced(read_en, text: str, cue: str) -> list[tuple[str, str]]:
    """The voice and content of each attribution with the cue ``cue``."""
    return [(voice, content) for content, voice in _read(read_en, text, cue)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Omar Nasser picked up two seats on the valley council in May.", "picked"),
        ("Omar Nasser tried to calm the growers at the crowded meeting.", "tried"),
        ("Omar Nasser launched his bid for the council at the old mill.", "launched"),
        ("Layla Haddad clinched the last seat on the board in Riverton.", "clinched"),
    ],
)
def test_acts_of_trying_gaining_and_starting_are_no_stance(read_en, text, cue):
    """A person's name before "picked up", "tried to", "launched" or "clinched" is an act,
    not a voice: no content is given to the person."""
    assert _read(read_en, text, cue) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The growers are trying to find a buyer for the old mill.", "find"),
        ("Omar Nasser has known him for two decades, since the canal opened.", "known"),
        ("Layla Haddad had known Omar Nasser since their school days in Riverton.", "known"),
        ("Omar Nasser was seen leaving the mill late on Tuesday night.", "seen"),
        ("Omar Nasser will challenge the count in court next spring.", "challenge"),
        ("The canal plan drew angry social media posts from the growers.", "posts"),
    ],
)
def test_a_search_an_acquaintance_a_sight_a_contest_and_a_noun_are_no_claim(read_en, text, cue):
    """ "trying to find a buyer" (a search), "has known him for years" (an acquaintance),
    "was seen leaving" (an act watched), "will challenge the count" (a contest to come) and
    "social media posts" (a noun) give no voice anything to hold."""
    assert _read(read_en, text, cue) == []


@pytest.mark.parametrize(
    ("text", "cue", "voice", "content"),
    [
        (
            "The engineers were surprised to find that the dam is sound.",
            "find",
            "The engineers",
            "that the dam is sound",
        ),
        (
            "Layla Haddad has known that the canal would run dry.",
            "known",
            "Layla Haddad",
            "that the canal would run dry",
        ),
        (
            "Omar Nasser is widely seen as the favourite for the council seat.",
            "seen",
            "Omar Nasser",
            "as the favourite for the council seat",
        ),
        (
            "Omar Nasser posted that the canal would open on Friday.",
            "posted",
            "Omar Nasser",
            "that the canal would open on Friday",
        ),
    ],
)
def test_a_finding_a_knowing_a_view_and_a_post_still_report(read_en, text, cue, voice, content):
    """ "to find that …", "has known that …", "is seen as …" and "X posted that …" keep
    their content and voice."""
    assert _voiced(read_en, text, cue) == [(voice, content)]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Layla Haddad, 22, of Riverton, Ohio, said she would vote for the canal plan.",
            "Layla Haddad",
        ),
        ("The mayor, during a meeting in Riverton, Ohio, said the dam was safe.", "The mayor"),
        (
            "Omar Nasser, a farmer from Riverton, Ohio, who said the toll was too high, left.",
            "Omar Nasser",
        ),
        (
            "Layla Haddad, 24, from Riverton, who said the toll was too high, left early.",
            "Layla Haddad",
        ),
    ],
)
def test_a_town_in_an_aside_is_not_the_voice(read_en, text, voice):
    """ "X, 22, of Riverton, Ohio, said" and "X, a farmer from Riverton, who said": the town and
    its state close an aside about the voice; the voice is the name before the aside."""
    assert _voices(read_en, text, "said") == [voice]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Omar Nasser of Riverton said the dam was safe.", "Omar Nasser"),
        ("Stephen Marsh of the University of Riverton said the dam was safe.", "Stephen Marsh"),
        ("“The dam is safe,” said Omar Nasser of Riverton.", "Omar Nasser"),
        ("The Bank of Riverton said the dam was safe.", "Bank of Riverton"),
        ("The Valley Chamber of Commerce said the dam was safe.", "Valley Chamber of Commerce"),
        ("Secretary of State Omar Nasser said the dam was safe.", "Omar Nasser"),
        ("Secretary of Homeland Security Omar Nasser said the dam was safe.", "Omar Nasser"),
        ("Secretary of State Omar T. Nasser said the dam was safe.", "Omar T. Nasser"),
    ],
)
def test_a_name_before_of_is_the_voice_and_a_body_keeps_its_field(read_en, text, voice):
    """ "Omar Nasser of Riverton" is Omar Nasser (where he is from is no name); "the Bank of
    Riverton" is the bank, not the town; "Secretary of State X" is X without the office's field."""
    assert _voices(read_en, text, "said") == [voice]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Guards were posted at Riverton Bay all year. Bob said he heard the news at noon.",
            "Bob",
        ),
        ("Treasury chief Jacob Lew met the envoy. Mr. Lou said nothing was amiss.", "Lou"),
    ],
)
def test_a_surname_of_one_consonant_is_not_matched_to_another_spelling(read_en, text, voice):
    """ "Bob" and "Bay", "Lou" and "Lew" share a skeleton of one consonant: too little to make
    them one person, so the lone name stays itself."""
    assert _voices(read_en, text, "said") == [voice]


@pytest.mark.parametrize(
    ("text", "cue", "voice"),
    [
        ("Layla Haddad has long argued that the canal is too small.", "argued", "Layla Haddad"),
        ("The council has since said that the canal is too small.", "said", "The council"),
        ("Omar Long said that the canal is too small.", "said", "Omar Long"),
    ],
)
def test_a_time_adverb_after_the_auxiliary_is_not_part_of_the_voice(read_en, text, cue, voice):
    """ "X has long argued", "X has since said": the adverb is no part of the voice (a
    capitalised "Long" in a name stays)."""
    assert _voices(read_en, text, cue) == [voice]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor held a conference call with the growers on Monday.", "call"),
        ("The council began the roll call vote after the break.", "call"),
        ("The canal firm opened two call centers in Riverton.", "call"),
        ("The race for the council seat was too close to call on Tuesday.", "call"),
        ("Omar Nasser charged the council more than the toll was worth.", "charged"),
        ("The mayor paid a politically charged call at the dam.", "charged"),
        ("Omar Nasser charged into the meeting with the growers.", "charged"),
    ],
)
def test_a_call_noun_a_price_and_a_charged_adjective_are_no_claim(read_en, text, cue):
    """ "a conference call", "the roll call", "call centers", "too close to call", "charged the
    council more", "a politically charged visit", "charged into the meeting": no words claimed."""
    assert _read(read_en, text, cue) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Omar Nasser charged that the council had hidden the costs.",
            "charged",
            "that the council had hidden the costs",
        ),
        (
            "Omar Nasser was charged with fraud over the canal contract.",
            "charged",
            "with fraud over the canal contract",
        ),
        ("Layla Haddad called the plan a waste of water.", "called", "the plan a waste of water"),
    ],
)
def test_a_charge_and_a_call_in_words_still_report(read_en, text, cue, content):
    """ "charged that …", "was charged with fraud" (the prosecutors' claim) and "called the plan
    a waste" keep their content."""
    assert [c for c, _ in _read(read_en, text, cue)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Omar Nasser, who said the toll was too high, left early.", "the toll was too high"),
        ("Layla Haddad, who said the dam was safe, met the growers.", "the dam was safe"),
    ],
)
def test_an_irregular_past_verb_after_a_relative_clause_ends_its_content(read_en, text, content):
    """ "X, who said …, left early": an irregular past form after the comma is the sentence's
    own verb, not part of what was said."""
    assert [c for c, _ in _read(read_en, text, "said")] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "voice", "content"),
    [
        (
            "About three-quarters support a new toll on the canal.",
            "support",
            "About three-quarters",
            "a new toll on the canal",
        ),
        (
            "Nearly 6 in 10 growers back the canal plan.",
            "back",
            "Nearly 6 in 10 growers",
            "the canal plan",
        ),
        ("Among growers, 55 percent backed the toll.", "backed", "55 percent", "the toll"),
    ],
)
def test_a_share_of_those_polled_is_the_subject_of_a_stance(read_en, text, cue, voice, content):
    """ "About three-quarters support …", "Nearly 6 in 10 growers back …": a share of a group
    polled holds the stance, as a name or a pronoun would."""
    assert _voiced(read_en, text, cue) == [(voice, content)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor won 18 electoral votes in the valley.", "votes"),
        ("The poll gave Omar Nasser 38 percent support among growers.", "support"),
    ],
)
def test_a_bare_number_or_a_share_before_a_noun_is_no_stance(read_en, text, cue):
    """ "18 electoral votes" (a count, no share) and "38 percent support among growers" (a
    noun after the share) hold no stance."""
    assert _read(read_en, text, cue) == []


def test_a_lone_function_word_is_no_voice(read_en):
    """ "…, “dry farmers,” to describe those who left": "to" before the cue is no one; no
    attribution is given to a function word or a bare verb form."""
    text = "He coined a new phrase, “dry farmers,” to describe those who left the valley."
    assert _read(read_en, text, "describe") == []


@pytest.mark.parametrize(
    ("text", "cue", "voice"),
    [
        (
            "Omar Nasser is a stubborn farmer, builder and miller who has pledged to fix the dam.",
            "pledged",
            "Omar Nasser",
        ),
        ("Omar Nasser is a farmer who has promised to fix the dam.", "promised", "Omar Nasser"),
        (
            "Layla Haddad, a teacher who said the school would close, left early.",
            "said",
            "Layla Haddad",
        ),
        (
            "The mayor's tone was a contrast to the speech by his daughter Layla Haddad, who"
            " portrayed him as a careful man.",
            "portrayed",
            "Layla Haddad",
        ),
    ],
)
def test_a_noun_describing_a_named_voice_before_who_gives_the_name(read_en, text, cue, voice):
    """ "X is a farmer who …" and "X, a teacher who …": the one described is the named voice;
    a name right before "who" stays its own voice."""
    assert _voices(read_en, text, cue) == [voice]


@pytest.mark.parametrize(
    ("text", "cue", "voice", "content"),
    [
        (
            "The mayor has lifted his ratings, with 30 percent of growers saying he is fit.",
            "saying",
            "30 percent of growers",
            "he is fit",
        ),
        (
            "The poll showed the mayor ahead, with most growers calling the dam a waste.",
            "calling",
            "most growers",
            "the dam a waste",
        ),
    ],
)
def test_a_share_after_with_is_the_voice_of_its_participle(read_en, text, cue, voice, content):
    """ "…, with 30 percent of growers saying …": the share or group after "with" speaks, not
    the sentence's subject."""
    assert _voiced(read_en, text, cue) == [(voice, content)]


def test_a_participle_after_with_and_no_object_reports_nothing(read_en):
    """ "With all precincts reporting, …": the participle has nothing after it to report."""
    text = "With all precincts reporting, the race for the council seat was close."
    assert _read(read_en, text, "reporting") == []


def test_according_to_inside_brackets_credits_the_bracket_clause(read_en):
    """ "… (the real figure is nearer 20 percent, according to the water board), …": the
    bracket's own clause is what the board says, not the sentence around it."""
    text = (
        "The mayor gave the growers as his source for the figure (the real figure is nearer"
        " 20 percent, according to the water board), and he kept using it."
    )
    assert _read(read_en, text, "according to") == [
        ("the real figure is nearer 20 percent", "the water board")
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The campaign didn’t confirm that the dam was safe.", "confirm"),
        ("A spokesman for the mayor didn’t respond to our questions on Friday.", "respond"),
        ("The ministry won’t say whether the canal will open.", "say"),
    ],
)
def test_a_negation_with_a_curly_apostrophe_withholds_like_a_straight_one(read_en, text, cue):
    """ "didn’t confirm" (a curly apostrophe, as most pages set it) withholds what follows, as
    "didn't confirm" does: the voice does not confirm it."""
    assert _read(read_en, text, cue) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor doesn't even believe that the dam is safe.", "believe"),
        ("The mayor didn’t really say that the dam was safe.", "say"),
        ("The growers never quite realized that the canal was closed.", "realized"),
    ],
)
def test_a_focus_adverb_between_a_negation_and_its_cue_still_withholds(read_en, text, cue):
    """ "doesn't even believe", "didn’t really say", "never quite realized": an adverb between
    the negation and the cue does not turn the refusal into a claim."""
    assert _read(read_en, text, cue) == []


def test_a_focus_adverb_without_a_negation_still_reports(read_en):
    """ "The mayor even said that …" asserts what follows."""
    text = "The mayor even said that the dam was safe."
    assert _voiced(read_en, text, "said") == [("The mayor", "that the dam was safe")]
