"""English reporting patterns from issue 12, round 25 (PolNeAR train read by pattern, dev only
measured): made-up sentences only."""

from __future__ import annotations

import pytest


def _read(read_en, text: str) -> list[tuple[str, str, str]]:
    """The cue, voice and content of each attribution."""
    return [(a.cue, a.source.name, a.content) for a in read_en(text + "\n").attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The former secretary of state earned $9 million from 40 talks in 2014,"
            " according to the Daily Ledger.",
            "The former secretary of state earned $9 million from 40 talks in 2014",
        ),
        (
            "Morrow must beat the forecasts in big states like Ohio to win the race,"
            " according to the Daily Ledger.",
            "Morrow must beat the forecasts in big states like Ohio to win the race",
        ),
    ],
)
def test_credit_keeps_a_clause_whose_cue_word_is_a_noun(read_en, text, content):
    """A cue word that is a noun there ("secretary of state", "states like") speaks for no one
    before "according to": the outlet's credit keeps the whole clause."""
    assert _read(read_en, text) == [("according to", "Daily Ledger", content)]
