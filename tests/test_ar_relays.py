"""Arabic relays: where a relayed voice is said to be is not part of what it said.

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        (
            "أفادت الوكالة نقلا عن دبلوماسي غربي في بغداد أن الوفد وصل إلى الميناء فجر الخميس.",
            "دبلوماسي غربي",
        ),
        (
            "ذكرت الصحيفة نقلا عن مصدر في العاصمة الأردنية عمان أن الوفد وصل إلى الميناء.",
            "مصدر في العاصمة الأردنية عمان",
        ),
    ],
)
def test_a_place_after_a_relayed_voice_is_no_part_of_the_content(read, text, inner):
    """ "نقلا عن دبلوماسي غربي في عمان أن …": the content opens at "أن", not at the city (a
    city at the head of the content would keep it from the same claim told elsewhere)."""
    (att,) = read(f"الوفد في الميناء\n\n{text}\n").attributions
    assert att.content.startswith("الوفد وصل إلى الميناء")
    assert att.chain[-1].name == inner


def test_a_place_with_a_verb_before_that_is_content(read):
    """ "نقلا عن مصدر في الوزارة قوله إن …" stays as it was read: a verb is no place."""
    text = "ذكرت الصحيفة نقلا عن مصدر في الوزارة قوله إن الوفد وصل إلى الميناء."
    (att,) = read(f"الوفد في الميناء\n\n{text}\n").attributions
    assert att.content == "الوفد وصل إلى الميناء"
