"""Arabic cue shapes left unread, ranked over a whole newspaper corpus (round 52, recall52).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_a_relayed_voice_described_at_length_still_opens_its_words(read):
    """ "ونقلت وكالة «…» عن مسؤول رفيع المستوى في وزارة المالية، أن …": who the relayed voice
    is runs on past the words read as its name, then its complementiser opens what it said;
    the agency carries the words of the voice it quotes."""
    result = read(
        "ونقلت وكالة «الساحل» عن مسؤول رفيع المستوى في وزارة المالية، أن الحكومة ستخفض"
        " الإنفاق بنسبة عشرة في المئة."
    )
    (relayed,) = result.attributions
    assert relayed.content.startswith("الحكومة ستخفض الإنفاق")
    assert relayed.chain[0].name == "الساحل"
    assert relayed.chain[-1].name.startswith("مسؤول رفيع المستوى")
    # The description may not run over "بعد أن" (a time, no complementiser of saying).
    timed = read(
        "ونقلت وكالة «الساحل» عن مسؤول في الوزارة تفاصيل الخطة بعد أن أقرها المجلس في"
        " جلسته الأخيرة."
    )
    assert not any(a.content.startswith("أقرها المجلس") for a in timed.attributions)


def test_a_relayed_expert_with_his_firm_and_city_opens_his_words(read):
    """ "عن الخبير فلان الاقتصادي في مجموعة «…» في دبي أن …": his post, a short quoted name
    and a place, then what he said."""
    result = read(
        "ونقلت وكالة «الساحل» عن الخبير سامر الحلواني الاقتصادي في مجموعة «نور للاستثمار»"
        " في مدينة الواحة أن أسعار الحديد ستنخفض هذا العام."
    )
    (relayed,) = result.attributions
    assert relayed.content.startswith("أسعار الحديد ستنخفض")
    assert "سامر الحلواني" in relayed.chain[-1].name


def test_a_relayed_saying_set_off_by_a_comma_opens_its_words(read):
    """ "ونقلت قناة «…» عن مسافرين على متن الطائرة قولهم، إنهم …": the relayed voices, where
    they were, their saying and a comma, then the complementiser."""
    result = read(
        "ونقلت قناة «الساحل» عن مسافرين على متن الطائرة قولهم، إنهم سمعوا صوت انفجار قبل"
        " الهبوط بدقائق."
    )
    (relayed,) = result.attributions
    assert relayed.content.startswith("سمعوا صوت انفجار")
    assert relayed.chain[0].name == "الساحل"


def test_a_participle_then_by_saying_opens_the_speakers_words(read):
    """ "…، مضيفا بقوله: «…»", "…، مشددا بالقول إن …": the participle says how he went on, "by
    saying", then his words; the speaker is the one of the clause before."""
    result = read(
        "وأكد مدير الجمعية خالد الزهيري أن المشروع سيكتمل العام المقبل، مضيفا بقوله: «الجمعية"
        " أنفقت عشرة ملايين ريال على المرحلة الأولى»."
    )
    first, second = result.attributions
    assert second.source.name == "خالد الزهيري"
    assert second.content.startswith("الجمعية أنفقت عشرة ملايين")
    assert first.content == "المشروع سيكتمل العام المقبل"
    other = read(
        "وأوضحت رئيسة اللجنة سلمى العتيبي أن التسجيل يبدأ الأحد، مشددة بالقول إن عدد المقاعد"
        " لا يتجاوز مئتي مقعد."
    )
    assert [a.source.name for a in other.attributions] == ["سلمى العتيبي"] * 2
    assert other.attributions[1].content.startswith("عدد المقاعد لا يتجاوز")


def test_went_on_by_saying_at_the_head_of_a_sentence_continues_the_speaker_before(read):
    """ "ومضى بالقول إن …", "واكتفى بالقول: …" opening a sentence, with no subject: the one
    who spoke or acted in the sentence before goes on; the words follow "بالقول" at once."""
    result = read(
        "وأكد مدير الجمعية خالد الزهيري أن المشروع سيكتمل العام المقبل. ومضى بالقول إن"
        " الجمعية أنفقت عشرة ملايين ريال على المرحلة الأولى."
    )
    assert [a.source.name for a in result.attributions] == ["خالد الزهيري"] * 2
    assert result.attributions[1].content.startswith("الجمعية أنفقت")
    declined = read(
        "ورفض المتحدث باسم الشركة سامي العنزي التعليق على الخبر. واكتفى بالقول: «التحقيق ما"
        " زال جاريا وسنعلن النتائج قريبا»."
    )
    (only,) = declined.attributions
    assert only.source.name == "سامي العنزي"
    assert only.content.startswith("التحقيق ما زال جاريا")


def test_a_participle_then_its_occasion_with_a_few_words_opens_the_words_said(read):
    """ "…، مؤكدة في بيان مشترك أن …", "…، موضحا في تصريحات صحفية أمس أن …": the occasion
    and a few words on it stand between the participle and its complementiser; the speaker
    is the clause's. Not past "بعد أن" (a time, no words said)."""
    result = read(
        "ونددت جمعية المزارعين بالقرار الجديد، مؤكدة في بيان مشترك أن الأسعار سترتفع بنسبة"
        " عشرين في المئة."
    )
    (confirmed,) = result.attributions
    assert confirmed.source.name == "جمعية المزارعين"
    assert confirmed.content.startswith("الأسعار سترتفع")
    told = read(
        "وأكد مدير الجمعية خالد الزهيري أن المشروع سيكتمل العام المقبل، موضحا في تصريحات"
        " صحفية أمس أن الجمعية أنفقت عشرة ملايين ريال."
    )
    assert [a.source.name for a in told.attributions] == ["خالد الزهيري"] * 2
    assert told.attributions[0].content == "المشروع سيكتمل العام المقبل"
    timed = read(
        "وأكد مدير الجمعية خالد الزهيري أن المشروع سيكتمل العام المقبل، مشيرا في بيان الوزارة"
        " الأخير بعد أن انتهت الجلسة."
    )
    assert not any(a.content.startswith("انتهت الجلسة") for a in timed.attributions)
