"""Issue 13, round 45: false corroborations read claim by claim over the whole corpus, the
voices behind them.

Each test pins one general cause of a voice misread (a word of the sentence swallowed into a
name) that made one speaker look like two origins.

Every example is made up.
"""

from __future__ import annotations

import pytest
from conftest import chain_names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وقال كارلو بيانكي مالك ورئيس المعرض المتنقل إن العروض تبدأ مساء الخميس.",
            "كارلو بيانكي",
        ),
        (
            "وأوضح خالد الزيدي مالك مستودعات الأرز في المدينة أن الأسعار ارتفعت هذا الأسبوع.",
            "خالد الزيدي",
        ),
    ],
)
def test_malik_after_a_name_is_the_owner_s_title_not_a_given_name(read, text, speaker):
    """ "فلان مالك ورئيس المعرض": "مالك" after a name of two words, in construct with what he
    owns, is the owner's title; the voice is the man named before it, not someone called
    "مالك ورئيس المعرض" with the real name as his descriptor."""
    (att,) = read(text).attributions
    assert chain_names(att)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "وقالت مونيكا مالك، كبيرة الاقتصاديين في البنك، إن النمو سيتباطأ.",
        "وقال المبتعث مالك الرشيدي إن الدراسة ممتعة.",
    ],
)
def test_malik_as_a_name_stays_a_name(read, text):
    """ "مونيكا مالك" (a family name before a comma) and "مالك الرشيدي" (a given name before a
    family name in ال) keep Malik in the name."""
    (att,) = read(text).attributions
    assert "مالك" in chain_names(att)[-1]
