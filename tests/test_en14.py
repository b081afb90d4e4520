"""English reporting patterns from issue 12's generalisation round (PolNeAR train errors read,
dev only measured): made-up sentences only."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(read_en):
    """English articles here (the shared fixture is in conftest)."""
    return read_en


def test_a_past_form_after_a_plain_noun_subject_is_a_verb(read):
    """ "…, a resident commented.": "commented" cannot be a noun, so "a resident" is its
    subject, though "comment" alone is more often a noun ("a comment")."""
    (found,) = read(
        "The mill would be better without the new levy, a resident commented.\n"
    ).attributions
    assert found.cue == "commented"
    assert found.content == "The mill would be better without the new levy"
    assert found.source is not None
    assert found.source.name == "a resident"


def test_a_bare_noun_form_after_a_determiner_stays_a_noun(read):
    """ "There was a comment on the levy": no past form, so "comment" is no cue."""
    result = read("There was a long comment on the levy from the floor.\n")
    assert [a.cue for a in result.attributions] == []
