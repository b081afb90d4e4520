"""Arabic attributions read wrong on SaudiNewsNet days sampled at random (round 29, arprec29).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def test_a_lone_word_in_the_accusative_after_a_cue_is_no_voice(read):
    """ "في نظام يرى وهماً أن …": an adverb after the verb, no one named "وهماً"."""
    result = read("انتقد الكاتب إدارة البلاد بالقوة، في نظام يرى وهماً أن السلاح وحده يحمي الحكم.")
    assert "وهماً" not in _voices(result)


def test_a_lone_noun_with_their_pronoun_after_a_cue_is_no_voice(read):
    """ "وكشف أسرارهم لأنهم …": the verb's object with "their", no one named so."""
    result = read("وطالب الخطيب بفضح المفسدين وكشف أسرارهم لأنهم أعداء المجتمع.")
    assert "أسرارهم" not in _voices(result)


def test_a_short_name_ending_like_her_pronoun_is_still_a_voice(read):
    """ "وقالت مها إن …": a given name of three letters is a name, not "her" on a noun."""
    result = read("وقالت مها إن الطقس في المدينة حار جدا هذا الأسبوع.")
    assert _voices(result) == ["مها"]
