"""Arabic attributions read wrong on SaudiNewsNet days sampled at random (round 29, arprec29).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def test_a_lone_word_in_the_accusative_after_a_cue_is_no_voice(read):
    """ "في نظام يرى وهماً أن …": an adverb after the verb, no one named "وهماً"."""
    result = read("انتقد الكاتب إدارة البلاد بالقوة، في نظام يرى وهماً أن السلاح وحده يحمي الحكم.")
    assert "وهماً" not in _voices(result)


def test_a_lone_noun_with_their_pronoun_after_a_cue_is_no_voice(read):
    """ "وكشف أسرارهم لأنهم …": the verb's object with "their", no one named so."""
    result = read("وطالب الخطيب بفضح المفسدين وكشف أسرارهم لأنهم أعداء المجتمع.")
    assert "أسرارهم" not in _voices(result)


def test_a_short_name_ending_like_her_pronoun_is_still_a_voice(read):
    """ "وقالت مها إن …": a given name of three letters is a name, not "her" on a noun."""
    result = read("وقالت مها إن الطقس في المدينة حار جدا هذا الأسبوع.")
    assert _voices(result) == ["مها"]


@pytest.mark.parametrize(
    ("text", "voice", "state"),
    [
        # "وفي طهران، أعلن عضو مجلس الشورى …" after an American minister: he serves Iran.
        (
            "قال وزير الخارجية الأميركي جون ميلر إن الاتفاق يخدم مصالح بلاده. "
            "وفي طهران، أعلن عضو مجلس الشورى حسن كريمي أن النواب يريدون نص الاتفاق كاملا.",
            "حسن كريمي",
            "state:IR",
        ),
        # "وفي أنقرة، أكدت وزارة الخارجية …" in a Saudi paper's story: Turkey's ministry.
        (
            "أعلن وزير الداخلية السعودي أن التحقيق مستمر في القضية. "
            "وفي أنقرة، ذكرت وزارة الخارجية أن رحلة الطلاب الجوية تأجلت أسبوعا.",
            "وزارة الخارجية",
            "state:TR",
        ),
    ],
)
def test_a_place_opening_the_sentence_gives_the_state_of_an_office_named_there(
    read, text: str, voice: str, state: str
):
    """A place and a comma opening the sentence give the state of an office or a ministry
    named there without one."""
    found = next(a for a in read(text).attributions if a.source.name == voice)
    assert found.source.group == state


def test_a_state_that_spoke_by_name_outranks_the_papers_home_desk(read):
    """ "«الوادي» من الرياض" over "وقالت كوريا الجنوبية … وقال المتحدث باسم وزارة الوحدة":
    a home desk writes of any state; the spokesman is of the state that just spoke."""
    result = read(
        "أعلنت كوريا الشمالية تغيير توقيتها الرسمي الشهر المقبل. "
        "وقالت كوريا الجنوبية إن الخطوة قد تربك التجارة بين البلدين. "
        "وقال المتحدث باسم وزارة الوحدة كيم سانغ هو إن الأثر سيكون محدودا.",
        author="«عكاظ» من الرياض",
    )
    spokesman = next(a for a in result.attributions if a.source.name.startswith("كيم"))
    assert spokesman.source.group == "state:KR"


def test_a_periodical_named_in_quotation_marks_is_an_outlet(read):
    """ "قالت دورية «…» الطبية": the journal so named, not a person called "دورية"."""
    result = read("قالت دورية «صحة المجتمع» الطبية إن النوم القليل يضر بالقلب.")
    assert _voices(result) == ["صحة المجتمع"]
    assert result.attributions[0].source.kind.value == "outlet"


def test_a_courtesy_title_before_a_quoted_name_is_that_man(read):
    """ "ويقول السيد «مرزوق»، وهو …": the man named in the quotation marks speaks."""
    result = read("ويقول السيد «مرزوق»، وهو في الأربعين من عمره: «الأسعار ارتفعت كثيرا هذا الصيف».")
    assert _voices(result) == ["مرزوق"]


def test_a_papers_editorial_speaks_for_the_paper(read):
    """ "وأكدت افتتاحية صحيفة «الوادي» أن …": a record the paper wrote, so the paper speaks."""
    result = read("وأكدت افتتاحية صحيفة «الوادي» أن الأزمة ستنتهي قبل نهاية العام.")
    assert _voices(result) == ["الوادي"]
    assert result.attributions[0].source.kind.value == "outlet"


def test_a_named_man_after_the_verb_opening_a_sentence_speaks_in_the_next(read):
    """ "ورفض حسن كريمي القرار. وقال إن …": the man named after the verb says it, not the
    minister quoted before him."""
    result = read(
        "قال وزير الدفاع الأميركي جون ميلر إن الاتفاق جيد. ورفض حسن كريمي قرار مجلس الأمن. "
        "وقال إن بعض البنود تتجاوز الخطوط الحمراء."
    )
    assert _voices(result) == ["جون ميلر", "حسن كريمي"]


def test_a_rank_and_name_after_the_region_a_spokesman_serves_in_are_his(read):
    """ "المتحدث … في منطقة الوادي الأخضر العقيد سامي الفهد": the colonel named after the
    region speaks, not a spokesman left bare."""
    result = read(
        "كشف الناطق باسم إدارة الإطفاء والإنقاذ في منطقة الوادي الأخضر العقيد سامي الفهد "
        "أن فرق الإنقاذ أخلت ثلاث عائلات من حي المطار."
    )
    assert _voices(result) == ["سامي الفهد"]


def test_a_rank_and_surname_are_the_officer_named_in_full_before(read):
    """ "وأعرب العقيد الرميح" after "… العقيد سالم بن فهد الرميح": one officer, not two."""
    result = read(
        "قلد أمير المنطقة في مكتبه العقيد سالم بن فهد الرميح، مساعد قائد القوة الخاصة، "
        "رتبته الجديدة. وأعرب العقيد الرميح عن اعتزازه بالثقة، مؤكدا أن الترقية حافز للعمل."
    )
    assert set(_voices(result)) == {"سالم بن فهد الرميح"}


def test_a_share_of_a_group_with_their_pronoun_still_speaks(read):
    """ "قال معظمهم: …": most of them, an unnamed group, not a noun the verb acts on."""
    result = read("وعندما سئل الزوار عن النقش، قال معظمهم: هذا جزء بسيط من الأمر.")
    assert _voices(result) == ["معظمهم"]


def test_a_credit_to_a_medium_right_after_a_subjectless_verb_is_its_carrier(read):
    """ "وقال بحسب قناة الوادي إن …": the speaker before said it, the channel carried it;
    the channel is no voice of its own there."""
    result = read(
        "قال الوزير سالم الهاشمي إن الخطة جاهزة للتنفيذ. "
        "وقال بحسب قناة الوادي الإخبارية إن مصانع الحديد ستعمل طوال العام."
    )
    last = result.attributions[-1]
    assert last.source.name == "سالم الهاشمي"
    assert [c.name for c in last.chain][-1] == "سالم الهاشمي"
    assert len(last.chain) == 2
