"""A trailing credit whose voice is followed by where or how it spoke (round 55, fresh55).

Every example is made up; each test pins one general pattern and checks the content's offsets.
"""

from __future__ import annotations


def _contents(result: object) -> dict[str, str]:
    """Each attribution's source name and content, after checking its offsets slice the text."""
    text = result.article.text  # type: ignore[attr-defined]
    found = {}
    for att in result.attributions:  # type: ignore[attr-defined]
        assert text[att.start : att.end] == att.content
        found[att.source.name] = att.content
    return found


def test_a_trailing_credit_with_its_medium_after_credits_the_clause_before(read):
    """ "… بحسب ما أورد المرصد في منشور على …": the words after the voice tell where it
    spoke; the content is the clause before the cue, with or without a comma."""
    result = read(
        "وخطفت الجماعة ثمانية عناصر من الكتيبة ليل الاثنين، بحسب ما أورد المرصد في منشور"
        " له على صفحته الرسمية."
    )
    assert _contents(result)["المرصد"] == "وخطفت الجماعة ثمانية عناصر من الكتيبة ليل الاثنين"

    result = read(
        "وباعت المصارف المحلية ديونا متعثرة بقيمة تسعة مليارات في الأشهر الستة الأولى بحسب"
        " مؤسسة النخيل للاستشارات في أسواق المال."
    )
    content = next(iter(_contents(result).values()))
    assert content.startswith("وباعت المصارف المحلية ديونا متعثرة")
    assert content.endswith("في الأشهر الستة الأولى")

    # "بحسب الوزارة في بيانها فإن …": a credit that opens the sentence keeps what follows.
    result = read("بحسب الوزارة في بيانها فإن الطريق الساحلي مغلق منذ أمس.")
    assert _contents(result)["الوزارة"] == "الطريق الساحلي مغلق منذ أمس"


def test_a_byline_run_into_the_first_sentence_leaves_its_doer_speaking(read):
    """ "فلان- الوادي- جدة: ناشد فلان …، مؤكداً أن …": a byline or dateline closed by a colon
    opens the first line; the act and its doer follow, and the participle speaks for the doer."""
    result = read(
        "سامي العلي- الوادي- جدة: ناشد رئيس البلدية سالم الحربي المواطنين الابتعاد عن الأودية،"
        " مؤكداً أن الأمطار ستستمر حتى نهاية الأسبوع."
    )
    assert _contents(result)["سالم الحربي"] == "الأمطار ستستمر حتى نهاية الأسبوع"

    result = read(
        "جدة - الوادي: طالب الخبير المالي خالد النمر الوزارة بسرعة إصدار اللائحة، لافتاً إلى"
        " أن القرار سيخفض الأسعار بنسبة كبيرة."
    )
    assert _contents(result)["خالد النمر"] == "القرار سيخفض الأسعار بنسبة كبيرة"
