"""Issue 11, round 27: a name's linking words keep the word after them.

"علي" folds as the preposition "على" does, and "الملك", "الأمير" are titles; after "بن",
"أبو" or "آل", and after "عبد", they are part of the name ("سالم بن علي", "أبو علي",
"عبد الملك الحارثي"). They were cut off, leaving the voice "سالم بن", "أبو" or "عبد".

Every example is made up.
"""

from __future__ import annotations

import pytest

from tracker import Registry, analyse_article
from tracker.models import ArticleResult
from tracker.readers import parse_article

_REGISTRY = Registry.load()


def _read(text: str) -> ArticleResult:
    return analyse_article(parse_article(text, "made-up.txt", language="ar"), _REGISTRY)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # the father's name علي before a title, and before the complementiser
        (
            "وأكد سالم بن علي رئيس نادي الشروق أن الفريق سيبدأ معسكره في تركيا الأسبوع المقبل.",
            "سالم بن علي",
        ),
        ("وقال حسن بن علي إن الفريق سيبدأ معسكره في تركيا الأسبوع المقبل.", "حسن بن علي"),
        # the same name written with a final ى, as many papers write it
        ("وأكد مدرب الفريق سالم بن على أن اللاعبين جاهزون للمباراة.", "سالم بن على"),
        # a name by the son ("father of Ali")
        ("وقال أبو علي إن الحي تعرض للقصف مساء أمس.", "أبو علي"),
    ],
)
def test_ali_after_a_linking_word_is_the_name(text: str, voice: str) -> None:
    assert [a.source.name for a in _read(text).attributions] == [voice]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "وقال عبد الملك الحارثي مستشار أسري، إن الألعاب الإلكترونية تؤثر في سلوك الأطفال.",
            "عبد الملك الحارثي",
        ),
        (
            "وقال عبد الأمير الساعدي رئيس اللجنة إن الموازنة ستقر الأسبوع المقبل.",
            "عبد الأمير الساعدي",
        ),
    ],
)
def test_abd_takes_a_title_word_into_the_given_name(text: str, voice: str) -> None:
    assert [a.source.name for a in _read(text).attributions] == [voice]
