"""Issue 11, round 28: content spans read from samples of real days, in made-up sentences.

- "…، واصفا X بأنه Y" after a comma is the speaker's description of a thing: it ends what was
  said before it, and is not read as part of that content.

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
    ("text", "content"),
    [
        (
            "نفى المتحدث باسم وزارة الدفاع أن يكون الوزير قد غادر البلاد، واصفا ما نشر "
            'بأنه "أخبار لا أساس لها".',
            "يكون الوزير قد غادر البلاد",
        ),
        (
            "وقال وزير المالية إن الحكومة ستخفض الضرائب العام المقبل، واصفاً الخطة بأنها طموحة.",
            "الحكومة ستخفض الضرائب العام المقبل",
        ),
        (
            "وأكدت رئيسة الجمعية أن الحملة جمعت ألف متبرع، واصفة الإقبال بالكبير.",
            "الحملة جمعت ألف متبرع",
        ),
    ],
)
def test_a_description_after_a_comma_ends_the_content(text: str, content: str) -> None:
    found = _read(text).attributions
    assert [a.content for a in found] == [content]


def test_a_description_inside_quotes_stays_in_the_content() -> None:
    text = "وقال المدرب: «الفريق قدم مباراة كبيرة، واصفا نفسه بالمحظوظ» بعد اللقاء."
    found = _read(text).attributions
    assert len(found) == 1
    assert "واصفا نفسه بالمحظوظ" in found[0].content
