"""Arabic reporting patterns read wrong on unseen SaudiNewsNet pages (issue 11, round 16).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def voices(result) -> list[tuple[str, str]]:
    """Each attribution's voice and content, in text order."""
    return [(a.source.name, a.content) for a in result.attributions]


def test_a_quoted_paper_name_after_wifqan_li_is_the_voice(read):
    """ "ووفقا لصحيفة «الغد»، فإن …": the quoted name is the paper, not the content's start."""
    result = read("ووفقا لصحيفة «الغد»، فإن الوزير سيستقيل الأسبوع المقبل.")
    assert voices(result) == [("الغد", "الوزير سيستقيل الأسبوع المقبل")]


def test_a_quoted_site_name_in_straight_marks_trailing_the_claim(read):
    """ "…، وفقا لموقع "المرصد" الإلكتروني.": the site named in straight marks credits the
    clause before it."""
    result = read('ارتفعت أسعار الذهب ثلاثة في المئة، وفقا لموقع "المرصد" الإلكتروني.')
    [(voice, said)] = voices(result)
    assert voice == "المرصد"
    assert "أسعار الذهب" in said
