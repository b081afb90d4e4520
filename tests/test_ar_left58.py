"""Arabic patterns the fresh pools of round 58 showed and left alone: a blessing or a credit
word read as a voice's name, a speaker named before a bare noun object after a link phrase, and
a medium credited with "لل".

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


def _read(read, text: str) -> list[tuple[str, list[str], str]]:
    return [(a.source.name, [c.name for c in a.chain], a.content) for a in read(text).attributions]


@pytest.mark.parametrize(
    "text",
    [
        "وتدلنا كثرة الكتب على ما تحدث عنه رضي الله عنه في شأن الناس.",
        "وتدلنا كثرة البيوت على ما تحدثت عنه رضي الله عنها في شؤون الأسرة.",
    ],
)
def test_a_blessing_is_never_a_voice(read, text):
    """ "عنه رضي الله عنه", "صلى الله عليه وسلم" after a pronoun: a blessing on the one named
    before names no voice of its own."""
    names = [a.source.name for a in read(text).attributions]
    assert not any(name.startswith(("صلى", "رضي")) for name in names)


def test_a_credit_word_is_never_a_voice(read):
    """ "أشار بحسب مؤسسة … إلى": "بحسب" credits a voice and is no part of any voice's name."""
    text = (
        "نشرت شركة الأبحاث تقريرا اليوم أشار بحسب مؤسسة التصنيف الدولية إلى تراجع "
        "الأرباح بنسبة كبيرة."
    )
    names = [a.source.name for a in read(text).attributions]
    assert not any(name.startswith("بحسب") for name in names)


@pytest.mark.parametrize("link", ["من جهة أخرى،", "وعلى صعيد آخر،", "في غضون ذلك،"])
def test_a_speaker_named_after_a_link_phrase_speaks_next(read, link):
    """ "من جهة أخرى، أكد قائد الشرطة فلان الهجمات. وقال «…»": the confirmation with a bare
    noun object names who speaks in the bare "وقال" after it, not the speaker before."""
    text = (
        "وقال المتحدث باسم الأهالي سالم كولو إن المسلحين هاجموا القرية ليلا. "
        f"{link} أكد قائد الشرطة في الولاية أحمد بادو الهجمات. "
        "وقال «لقد سمعنا أن المسلحين أحرقوا البيوت»."
    )
    assert _read(read, text)[-1][0] == "أحمد بادو"


@pytest.mark.parametrize(
    ("credit", "medium"),
    [("ووفقا للحياة", "الحياة"), ("ووفقا للبي بي سي", "بي بي سي"), ("وطبقا للوكالة", "الوكالة")],
)
def test_a_medium_credited_with_lam_of_the_article_relays_the_speaker(read, credit, medium):
    """ "ووفقا للبي بي سي قال الطبيب فلان إن …": the medium in "لل" carried the doctor's words,
    first in the chain."""
    text = f"{credit} قال الطبيب جون سميث إن المرض ينتشر بسرعة في المدينة."
    assert _read(read, text) == [("جون سميث", [medium, "جون سميث"], "المرض ينتشر بسرعة في المدينة")]
