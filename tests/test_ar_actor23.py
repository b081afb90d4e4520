"""Voices found wrong by reading corroborated and contested corpus claims (issue 13, round 23),
where each made one claim look confirmed by two origins, or denied by no one real:

- who acts before a subjectless cue when the act's object is another titled person: "ثمن
  الدكتور فلان جهود صاحب السمو الأمير علان …. وأفاد أن …" is the doctor speaking, not the
  prince he praised;
- a body described by what it does ("قالت جماعة تعمل في قطاع الصيد") is unnamed, not an
  organisation called "جماعة تعمل" beside the one the wire names later;
- what a denial denies ("نفت الادعاءات بأن …", "نفى الأنباء التي …") is its object, never
  its subject: the denier is the voice named before.

Every example is made up.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def test_the_praised_prince_is_the_object_not_the_speaker(read):
    """The surname after the title ends the doer at the object noun ("جهود") before the
    honorific: the subjectless "وأفاد" after it is the director's."""
    result = read(
        "وأوضح مدير عام التعليم بمنطقة الجوف الدكتور سالم بن علي الحربي أن المدارس الجديدة"
        " ستفتح هذا العام. وثمن الدكتور الحربي جهود صاحب السمو الأمير ماجد بن راشد"
        " أمير المنطقة ودعمه الدائم للتعليم. وأفاد أن الوزارة تبني مدارس حكومية بدل"
        " المستأجرة."
    )
    assert _voices(result) == ["سالم بن علي الحربي", "سالم بن علي الحربي"]


def test_a_one_word_doer_then_the_act_on_a_titled_person(read):
    """ "وأدان هاريس اغتيال النائب العام فلان": the minister condemned, the prosecutor was
    killed; what the minister stressed next is his."""
    result = read(
        "وأكد وزير الخارجية الكندي جون هاريس أن الاتفاق خطوة مهمة. وأدان هاريس"
        " اغتيال النائب العام الساحلي سعيد المالكي، وشدد على دعم بلاده لجهود مكافحة التطرف."
    )
    assert _voices(result) == ["جون هاريس", "جون هاريس"]


def test_a_descriptor_joined_by_wa_or_a_place_before_a_title_stays_whole(read):
    """Guards: a second descriptor joined by و ("الخبير الاجتماعي والبيئي الدكتور …",
    "لاعب الفريق السابق وشقيق اللاعب …") and a place after its head noun ("مدير شرطة جدة
    اللواء …") are part of the speaker's title."""
    result = read(
        "ودعا الخبير الاجتماعي والبيئي الدكتور سامي القحطاني البلدية إلى العمل، مؤكدا أن"
        " الأحياء تحتاج إلى حدائق. وأبدى لاعب الفريق السابق وشقيق اللاعب ماجد العتيبي سعادته"
        " بالقرار، وقال إن العائلة ممتنة للجميع. وثمن مدير شرطة جدة اللواء فهد الغامدي جهود"
        " الدوريات، وأكد أن الأمن مستتب."
    )
    assert _voices(result) == ["سامي القحطاني", "ماجد العتيبي", "فهد الغامدي"]


def test_a_body_described_by_what_it_does_is_unnamed(read):
    """ "جماعة تعمل في …", "منظمة تعنى بـ…": an indefinite body and a present verb describing
    it; no name is given, so the voice is unnamed (never a second origin beside the body the
    text names)."""
    result = read(
        "وقالت جماعة تعمل في قطاع الصيد اليوم إن الأسماك تراجعت في الخليج. وقالت منظمة تعنى"
        " بالبيئة البحرية إن الحرارة هي السبب."
    )
    kinds = [a.source.kind.value for a in result.attributions]
    assert kinds == ["anonymous", "anonymous"]


def test_the_reports_a_denial_denies_are_its_object(read):
    """ "فيما نفت الادعاءات بأن …": the airline denied the claims; "الادعاءات" is no voice."""
    result = read(
        "وقالت شركة الطيران إن حصتها في السوق سترتفع، فيما نفت الادعاءات بأن رحلاتها تضر"
        " بالشركات المحلية. ونفى المدير سالم العلي أن تكون الأسعار ارتفعت. ونفى الأنباء"
        " التي تحدثت عن استقالته."
    )
    assert [a.source.name for a in result.attributions] == [
        "شركة الطيران",
        "شركة الطيران",
        "سالم العلي",
        "سالم العلي",
    ]
    assert [a.stance.value for a in result.attributions][1:] == ["denies"] * 3


def test_a_title_set_off_after_the_name_is_his_descriptor(read):
    """ "وقال فلان، المتحدث باسم الوزارة، إن …": the title between commas after the name is
    his, as if it came first (the spokesman then speaks for his ministry); an occasion there
    ("، في تصريح صحفي،") is no title."""
    result = read(
        "وقال سالم العلي، المتحدث باسم وزارة الصحة، إن الحالات تراجعت. وأشار ماجد السالم،"
        " مدير المدرسة، إلى أن الطلاب عادوا. وقال فهد الغامدي، في تصريح صحفي، إن المشروع تأخر."
    )
    described = [(a.source.name, a.source.descriptor) for a in result.attributions]
    assert described == [
        ("سالم العلي", "المتحدث باسم وزارة الصحة"),
        ("ماجد السالم", "مدير المدرسة"),
        ("فهد الغامدي", ""),
    ]


def test_what_informing_tells_with_ba_is_no_voice(read):
    """ "أفادت الشرطة بوقوع حادث", "بلاغا يفيد بإصابة …": after أفاد/يفيد, a word in ب is what
    is told, never who tells; a name ("بدر") or a statement ("أفاد بيان الوزارة") is a voice."""
    result = read(
        "وقال الناطق باسم الدفاع المدني سالم العلي إن الفرق باشرت الحادث. وأفاد بوقوع ثلاث"
        " إصابات بين العمال. وأفاد بدر العتيبي بأن الطريق مغلق. وأفاد بيان الوزارة بأن"
        " المدارس ستفتح في موعدها."
    )
    assert [a.source.name for a in result.attributions] == [
        "سالم العلي",
        "سالم العلي",
        "بدر العتيبي",
        "الوزارة",
    ]


def test_a_statement_described_by_a_present_verb_speaks_for_its_issuer(read):
    """ "وأصدرت الوزارة بيانا يؤكد أن …": the verb agrees with the statement, whose issuer
    speaks; a message received ("تلقت الإدارة اتصالا يفيد …") names no sender."""
    result = read(
        "وأصدرت وزارة النقل بيانا يؤكد أن الجسر سيفتح الأسبوع المقبل. وقال المدير سالم العلي"
        " إن العمل مستمر. وتلقت الإدارة اتصالا يفيد بوقوع حريق في المستودع."
    )
    assert [a.source.name for a in result.attributions] == ["وزارة النقل", "سالم العلي"]


def test_two_groups_joined_by_wa_are_one_unnamed_voice(read):
    """ "يرى مستثمرون وخبراء أن …": plural groups joined by و are unnamed people, not a man
    called so; a given name after و ("هارون وحسين") is no group word."""
    result = read("ويرى مستثمرون وخبراء أن قرار المجلس يمثل نقلة كبيرة للسوق.")
    assert [a.source.kind.value for a in result.attributions] == ["anonymous"]


def test_a_nationality_after_the_club_s_name_opens_the_holder_s_name(read):
    """ "مدرب ريفر بليت الأرجنتيني فلان علان": the club's name, his nationality, then
    his name; the club is no part of the name. A one-word name after the nisba is left as it
    was read."""
    result = read(
        "وقال مدرب ريفر بليت الأرجنتيني ماركو دي لوكا إن الفريق جاهز. وأكدت مغنية البوب"
        " الأمريكية سارة ميلر أن الحفل سيقام في موعده."
    )
    assert [a.source.name for a in result.attributions] == ["ماركو دي لوكا", "سارة ميلر"]


def test_a_person_before_a_comma_and_bi_anna_is_the_accused(read):
    """ "واتهم الرئيس السابق فلان، بأنه …": the man named, a comma, then the complement in ب;
    he is the one accused, and the words after are the speaker's before. With no comma the
    phrase may hold the accuser and then the accused ("اتهم الوزير فلان الشركة بأنها …")."""
    result = read(
        "وقال السفير سالم القحطاني إن العلاقات متينة. واتهم الرئيس السابق خالد الوادعي، بأنه"
        " سبب الأزمة. وشدد على أن الحدود خط أحمر. واتهم وزير الاقتصاد فهد السالم الشركة بأنها"
        " «رفعت الأسعار بلا مبرر»."
    )
    voices = [a.source.name for a in result.attributions]
    assert voices[:2] == ["سالم القحطاني", "سالم القحطاني"]
    assert "خالد الوادعي" not in voices
