"""Arabic patterns found by a blind annotation of unseen articles (round 52, blind52a).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_a_no_break_space_where_a_paragraph_was_ends_the_sentence(read):
    """ "… الرابط: http://… \u00a0 وأكد المدير …": a space, a no-break space and a space before a
    word in و stand for a paragraph break the page flattened; the sentence ends there with no
    full stop, so the next cue is read and the content before it stops at the link. With no
    word in و after it, it is a space inside one sentence."""
    result = read(
        "وقال مدير القبول سالم الفارس إنه يتعين على المتقدمين التسجيل من خلال الرابط:"
        " http://example.org/apply \u00a0 وأكد مدير الشؤون الإدارية خالد النمر على حرص"
        ' الإدارة على سرعة إنجاز الطلبات. وقال "النمر": موعد المقابلات سيعلن في وقت لاحق.'
    )
    said, stressed, later = result.attributions
    assert said.content.endswith("http://example.org/apply")
    assert stressed.source.name == "خالد النمر"
    assert stressed.content.startswith("حرص الإدارة على سرعة")
    assert later.source.name == "خالد النمر"
    one = read("وقال الوزير خالد النمر إن المشروع\u00a0سيكتمل \u00a0 في نهاية العام المقبل.")
    (said,) = one.attributions  # no و after it: a space inside one sentence
    assert said.content.endswith("في نهاية العام المقبل")


def test_a_title_and_a_surname_with_no_article_name_the_man_named_before(read):
    """ "وقال تيموثي بليك … وأضاف المحامي بليك …": a title and a foreign surname written
    without "ال" close the full name of the man who spoke before; he is one voice, not a
    second one called "المحامي بليك" (one speaker counted twice)."""
    result = read(
        "وقال تيموثي بليك إن الشركة ستفتح فرعا جديدا في المدينة. وأضاف المحامي بليك أن الفرع"
        " سيوظف مئة شخص."
    )
    assert [a.source.name for a in result.attributions] == ["تيموثي بليك", "تيموثي بليك"]


def test_a_description_no_list_holds_and_a_surname_name_the_man_who_spoke_before(read):
    """ "وقالت إيما نيكلسون … وأضافت البارونة نيكلسون …", "وأضاف السويسري غروس": a definite
    word no list holds as a title, then the surname of a person who spoke under a full name
    before, is that person. Not when the text names several of one family before the voice
    ("والد الجندي سالم بشيري … وقال ابن عمه خالد بشيري … وأضاف الشيخ بشيري": the father is
    neither his son nor his nephew)."""
    result = read(
        "وقالت إيما نيكلسون إن اللجنة ستزور المخيم الأسبوع المقبل. وأضافت البارونة نيكلسون أن"
        " الزيارة ستستمر يومين."
    )
    assert [a.source.name for a in result.attributions] == ["إيما نيكلسون", "إيما نيكلسون"]
    family = read(
        "روى الشيخ فهد بشيري والد الجندي سالم بشيري تفاصيل الحادث. وقال ابن عمه خالد بشيري"
        " إن الجندي كان في إجازة. وأضاف الشيخ بشيري أن ابنه اتصل بهم قبل الحادث بساعة."
    )
    said, added = family.attributions
    assert added.source.name != said.source.name
