"""A campaign named in quotation marks (round 57).

"وأوردت حملة «…» على صفحتها …" is the campaign speaking.

Every example is made up; each test pins one general pattern and checks the content's offsets.
"""

from __future__ import annotations

from conftest import voices_checked as _voices


def test_campaign_named_in_quotation_marks_is_the_voice(read):
    """ "وأوردت حملة «…» على صفحتها …": the campaign and its quoted name speak, and the words
    quoted after its page are what it said."""
    result = read(
        "وأوردت حملة «أنقذوا النهر» على صفحتها على فيسبوك أمس «توقف ضخ المياه إلى القرى"
        " الشمالية منذ ثلاثة أيام»."
    )
    assert _voices(result) == {
        "حملة أنقذوا النهر": "توقف ضخ المياه إلى القرى الشمالية منذ ثلاثة أيام"
    }

    result = read(
        "وكتبت حملة «أنقذوا النهر» على حسابها في تويتر: «المصنع يلقي نفاياته في المجرى كل ليلة»."
    )
    assert _voices(result) == {"حملة أنقذوا النهر": "المصنع يلقي نفاياته في المجرى كل ليلة"}
