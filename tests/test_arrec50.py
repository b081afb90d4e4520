"""A straight quotation mark left unpaired at a sentence's end (round 50, arrec50).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest

from tracker.text import split_sentences

_TEXT = (
    "وقال المتحدث باسم شرطة المنطقة الرائد سالم الوادي: إن الشرطة تلقت بلاغا من المستشفى"
    ' العام بحريق في مستودع قديم". وأضاف: "ظهر من الفحص أن النار بدأت في المخزن،'
    ' وستتواصل التحقيقات".'
)


def test_a_closing_mark_with_no_opening_does_not_join_two_sentences():
    """ "… في مستودع قديم". وأضاف: "…"": a straight mark glued to a word and a full stop, with no
    quotation open and three such marks in the paragraph, opens nothing: the sentence ends
    at the full stop."""
    sentences = split_sentences(_TEXT)
    assert len(sentences) == 2
    assert _TEXT[sentences[1].start :].startswith("وأضاف")


def test_the_next_sentence_s_cue_is_read_after_an_unpaired_closing_mark(read):
    """The cue after the unpaired mark is read with the voice before, and the first content
    stops at the full stop instead of running into the second sentence."""
    result = read(_TEXT)
    said, added = result.attributions
    assert said.source.name == added.source.name == "سالم الوادي"
    assert said.content.endswith("في مستودع قديم")
    assert added.content.startswith("ظهر من الفحص")


def test_a_feminine_doer_after_her_side_opener_speaks_in_the_joined_cue(read):
    """ "من جانبها، أدانت الهيئة …، وأكدت أن …": the side named before the opening act does
    not keep its doer from the feminine cue joined to it by و."""
    result = read(
        "من جانبها، أدانت هيئة الموانئ الهجوم على الرصيف الجنوبي، وأكدت أنها ستتخذ كل"
        " الإجراءات اللازمة لحماية العاملين."
    )
    (said,) = result.attributions
    assert said.source.name == "هيئة الموانئ"
    assert said.content.startswith("ستتخذ كل الإجراءات")


def test_the_doer_s_name_ends_before_the_object_of_her_act(read):
    """ "ورحبت الوزارة بالقرار …، وقالت …", "واستنكرت الأمانة العامة تصريحات فلان وقالت …":
    a noun in ب or the plural of a verbal noun after a definite word is what she did, no
    part of her name."""
    welcomed = read(
        "ورحبت وزارة الزراعة بالقرار الحكومي، وقالت إنه خطوة مهمة نحو دعم صغار المزارعين."
    )
    assert [a.source.name for a in welcomed.attributions] == ["وزارة الزراعة"]
    condemned = read(
        "من جهتها، استنكرت الأمانة العامة لرابطة المدن تصريحات العمدة وقالت إنها تنافي"
        " الواقع بالنظر إلى جهود المدن في حماية البيئة."
    )
    assert [a.source.name for a in condemned.attributions] == ["الأمانة العامة لرابطة المدن"]


def test_a_foreign_rank_is_a_title_before_the_name(read):
    """ "وقال الكولونيل فلان المتحدث باسم الجيش إن …": a rank as wires spell it opens the
    speaker's title; the name after it, even one the lexicon does not know, is the voice."""
    result = read(
        "وقال الكولونيل ميرو كاتانغا المتحدث باسم الجيش في بيان إن القوات استعادت السيطرة"
        " على البلدة."
    )
    (said,) = result.attributions
    assert said.source.name == "ميرو كاتانغا"
    assert said.content.startswith("القوات استعادت")


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "وانتقدت وزارة الزراعة هذه التصريحات، مؤكدة أنها تتعارض مع خطط دعم المزارعين.",
            "وزارة الزراعة",
        ),
        (
            "وحثت مديرية السجون بمنطقة الوادي المتقدمات على الحضور مبكرا، مشيرة إلى أنه"
            " لن يقبل أي تأخير في المواعيد.",
            "مديرية السجون بمنطقة الوادي",
        ),
        (
            "من جهتها، قدمت إدارة النادي شكرها لرئيس النادي الآخر على تعامله، مبينة أن ذلك"
            " يدل على حسن العلاقات بين الناديين.",
            "إدارة النادي",
        ),
    ],
    ids=["object", "place-then-object", "side-opener"],
)
def test_a_feminine_participle_speaks_for_the_body_that_opens_the_sentence(read, text, voice):
    """ "وانتقدت الوزارة …، مؤكدة أن …": a feminine participle after a comma speaks for the
    body whose feminine act opens the sentence, its name read up to the act's object."""
    (said,) = read(text).attributions
    assert said.source.name == voice


def test_a_woman_s_title_opens_her_name(read):
    """ "وقالت وكيلة الجامعة … الدكتورة فلانة إن …", "وألقت عميدة الكلية … كلمة. وأوضحت أن …":
    the feminine form of a title is a title: the woman named after it speaks."""
    said = read("وقالت وكيلة الجامعة للشؤون الأكاديمية الدكتورة سلمى الراشد إن الدراسة تبدأ الأحد.")
    assert [a.source.name for a in said.attributions] == ["سلمى الراشد"]
    spoke = read(
        "وألقت عميدة الدراسات الصيفية في الجامعة الدكتورة سلمى الراشد كلمة بهذه المناسبة."
        " وأوضحت أن الدراسة الصيفية تحقق عددا من الأهداف المهمة للطلاب."
    )
    assert [a.source.name for a in spoke.attributions] == ["سلمى الراشد"]


def test_an_unpaired_closing_mark_among_five_marks_ends_its_sentence():
    """With five straight marks in a paragraph, a closing mark glued to a word and a full
    stop, with no quotation open, opens nothing either: the next sentence and its cue are
    read apart."""
    text = (
        'وقال الوزير إن "البرنامج" يسير وفق الخطة المرسومة له منذ البداية". وأضاف: "نحن'
        ' ملتزمون بالمواعيد المعلنة للجميع".'
    )
    sentences = split_sentences(text)
    assert len(sentences) == 2
    assert text[sentences[1].start :].startswith("وأضاف")


def test_a_full_stop_glued_after_a_closing_mark_ends_the_sentence(read):
    """ "قال فلان :»…».ولفت إلى …": a full stop between a quotation's closing mark and the
    next Arabic word, with no space, ends the sentence (the paper's reversed mark opening the
    quotation pairs with nothing); the next cue is read apart."""
    result = read(
        "وقال الخبير سامر الحربي :»دول المنطقة تستثمر مليارات الدولارات في تطوير المطارات»."
        "ولفت إلى وجود عدة تحديات ستواجه قطاع الإنشاءات في المنطقة."
    )
    said, noted = result.attributions
    assert said.content == "دول المنطقة تستثمر مليارات الدولارات في تطوير المطارات"
    assert noted.cue == "لفت"
    assert noted.source.name == "سامر الحربي"
