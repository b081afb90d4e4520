"""Arabic voices on unseen SaudiNewsNet articles (round 47).

Patterns read in a sample of 40 articles from 2015-07-22, 07-31, 08-07 and 08-11 outside the
dev set. Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_a_sentence_opened_by_while_names_who_speaks_next(read):
    """ "فيما أشار فلان إلى إصراره على …. وقال: …": a sentence opened by فيما or بينما with
    an act and a named doer, that reads no attribution itself, names the speaker of the
    subject-less cue after it, as a sentence opened by its verb does; the speaker before it
    does not speak on. Before a verb that is no act ("فيما يتعلق بـ …") it names no one."""
    result = read(
        "قال المواطن سالم الدهيمي إن المدارس رفعت الرسوم. "
        "فيما أشار ماجد القريني إلى إصراره على نقل أبنائه من المدرسة. "
        "وقال إنه مضطر لترك المدارس الأهلية بعد الزيادة. "
        "بينما طالب الزائر فهد الرميثان بخفض الأسعار. وأكد أن المبيعات تتراجع."
    )
    assert _voices(result) == ["سالم الدهيمي", "ماجد القريني", "فهد الرميثان"]
    assert _contents(result)[1:] == [
        "مضطر لترك المدارس الأهلية بعد الزيادة",
        "المبيعات تتراجع",
    ]
    # "فيما يتعلق بـ …": فيما before a verb that is no act names no one.
    result = read(
        "قال المواطن سالم الدهيمي إن المدارس رفعت الرسوم. "
        "فيما يتعلق بالرسوم الجديدة فقد ارتفعت كثيرا. "
        "وقال إنه مضطر لترك المدارس الأهلية."
    )
    assert _voices(result) == ["سالم الدهيمي", "سالم الدهيمي"]


def test_an_unnamed_woman_official_and_others_are_anonymous(read):
    """ "قالت مسؤولة في وزارة السياحة إن …", "وقال آخرون إن …", "أوضح مختص أن …": an
    unnamed official (feminine as masculine), "others" and an unnamed specialist are
    anonymous voices, the official with her affiliation; none is a person named so."""
    result = read(
        "قالت مسؤولة في وزارة السياحة إن الكتيب موجه للسياح. "
        "وقال آخرون إن الكتيب قديم. "
        "وأوضح مختص، أن المشروع سيتأخر عاما."
    )
    assert _voices(result) == ["مسؤولة في وزارة السياحة", "آخرون", "مختص"]
    assert [a.source.kind.value for a in result.attributions] == ["anonymous"] * 3


def test_a_named_woman_official_keeps_her_name(read):
    """ "وقالت مسؤولة الإعلام في الوزارة فلانة الفلانية إن …": a title in مسؤولة before a
    name is the named woman's."""
    result = read("وقالت مسؤولة الإعلام في الوزارة سارة الدهيمي إن الحملة بدأت.")
    assert _voices(result) == ["سارة الدهيمي"]


def test_a_role_set_off_after_a_titled_name_is_that_man_later(read):
    """ "وقال الأمير فلان بن فلان، أمير المنطقة، إن …" then "وأكد أمير المنطقة أن …": the
    role given after the name is his, also when a form of address or a rank stands between the
    verb and the name ("الأمير", "السفير الدكتور", "البروفسور"); the role later is that man,
    not a second voice."""
    result = read(
        "وقال الأمير سالم بن فهد بن ماجد، أمير منطقة الوادي لـ«الصحيفة»، إن المنطقة آمنة. "
        "وأشاد أمير منطقة الوادي بجهود الأمن. وأكد أمير منطقة الوادي أن الجناة سيعاقبون."
    )
    assert _voices(result) == ["سالم بن فهد بن ماجد", "سالم بن فهد بن ماجد"]
    result = read(
        "وقال السفير الدكتور سالم الدهيمي، المدير التنفيذي لمجلس الدراسات البحرية، إن الموقف "
        "واضح. كما يؤكد المدير التنفيذي لمجلس الدراسات البحرية على أن البلاد لم تتأخر."
    )
    assert _voices(result) == ["سالم الدهيمي", "سالم الدهيمي"]
    result = read(
        "وشدد البروفسور فهد الرميثان، مدير مركز البحوث الساحلية في جامعة الوادي، على دور البرلمان. "
        "وأوضح مدير مركز البحوث الساحلية في جامعة الوادي، أنه من الصعب التفتيش."
    )
    assert _voices(result) == ["فهد الرميثان"]


def test_a_role_after_a_name_opened_by_a_verb_in_waw_is_that_man(read):
    """ "وصف فلان الفلاني رئيس الجمعية …، الحملة بالناجحة" then "وأضاف رئيس الجمعية: …": a
    verb that itself opens with و ("وصف") opens the name before the role as "وقال" does."""
    result = read(
        "وصف سعيد القريني رئيس جمعية البر بالوادي في المدينة، الحملة بالناجحة. "
        "وأكد القريني أن الجمعية وزعت ألف سلة. وأضاف رئيس جمعية البر بالوادي: الحملة ستستمر شهرا."
    )
    assert _voices(result) == ["سعيد القريني", "سعيد القريني"]


def test_a_medium_credited_between_the_subject_and_his_on_is_the_carrier(read):
    """ "وشدد فلان وفقا لما نقلته وكالة الأنباء على حرص …": a medium credited between a
    verb's subject and the "على" the verb takes carried the subject's words; the subject
    speaks them (and the participle after), the medium is no voice of its own."""
    result = read(
        "وشدد السفير سالم الدهيمي وفقاً لما نقلته وكالة الأنباء الوطنية على حرص بلاده على"
        " وقف هذه التصريحات، مؤكداً أن البلاد ستحمي مصالحها. "
        "وقال الوزير فهد الرميثان بحسب صحيفة الوادي على هامش المؤتمر إن الطريق سيفتح غدا."
    )
    assert _voices(result) == ["سالم الدهيمي", "سالم الدهيمي", "فهد الرميثان"]
    assert [[v.name for v in a.chain] for a in result.attributions] == [
        ["وكالة الأنباء الوطنية", "سالم الدهيمي"],
        ["وكالة الأنباء الوطنية", "سالم الدهيمي"],
        ["الوادي", "فهد الرميثان"],
    ]
    assert _contents(result) == [
        "حرص بلاده على وقف هذه التصريحات",
        "البلاد ستحمي مصالحها",
        "الطريق سيفتح غدا",
    ]


def test_by_saying_after_the_subject_opens_his_words(read):
    """ "أكد الوزير فلان بقوله إن …", "أوضح ذلك مدير الإدارة فلان بقوله: …": "by saying"
    after the subject leads to his words as the cue alone does; a subject with "من" in it
    ("استغرب فلان من القرار بقوله") may hold the verb's object and is not read so."""
    result = read(
        "وحول الإرهاب، أكد الوزير فهد الرميثان بقوله إن ذلك يهدد كل دول العالم. "
        "وأوضح مدير الإدارة سالم بن ماجد القريني بقوله: إن الفريق باشر عمله."
    )
    assert _voices(result) == ["فهد الرميثان", "سالم بن ماجد القريني"]
    assert _contents(result) == ["ذلك يهدد كل دول العالم", "الفريق باشر عمله"]


def test_the_sources_are_never_the_one_man_quoted_before(read):
    """ "نفى الوزير فلان …. وبينت المصادر أن …": "the sources", with no unnamed sources
    named before, are unnamed sources, not the minister quoted last; "وقال المصدر" after an
    agency is still the agency."""
    result = read(
        "نفى وزير النقل فهد الرميثان ما يتم تداوله عن التأجيل. "
        "وبينت المصادر أن الاجتماع سيناقش كافة الجوانب."
    )
    assert _voices(result) == ["فهد الرميثان", "المصادر"]
    assert result.attributions[1].source.kind.value == "anonymous"
    result = read("أعلنت وكالة الأنباء الوطنية أن الطريق سيفتح. وقال المصدر إن العمل بدأ.")
    assert _voices(result) == ["وكالة الأنباء الوطنية", "وكالة الأنباء الوطنية"]


def test_a_body_that_condemns_or_welcomes_speaks_in_the_participle_after(read):
    """ "وأدانت منظمة … اعتقال فلان، قائلة إن …", "ورحب اتحاد … بقرار …، مشيرا إلى أن …": a
    body opening the sentence with an act, its object after its name (a verbal noun after a
    definite word, a noun in ب), speaks in the participle after it, not the man quoted
    before; a definite object ("وأدانت الوزارة الهجوم") gives no doer."""
    result = read(
        "قال الوزير فهد الرميثان إن الطريق سيفتح. "
        "وأدانت منظمة الرصد الحقوقية اعتقال الدهيمي أمس، قائلة إن الشرطة اقتحمت منزله. "
        "ورحب اتحاد الشطرنج بقرار المحكمة، مشيرا إلى أن الموسم سيبدأ في موعده."
    )
    assert _voices(result) == ["فهد الرميثان", "منظمة الرصد الحقوقية", "اتحاد الشطرنج"]
    assert _contents(result)[1:] == ["الشرطة اقتحمت منزله", "الموسم سيبدأ في موعده"]


def test_a_plural_participle_is_never_the_one_man_named_in_the_while_clause(read):
    """ "فيما وجه الأمير فلان …، استنكر عدد من المسؤولين …، مشيرين إلى أن …": a plural
    participle is not the prince's, one man named in the clause that فيما opens; a singular
    cue with no subject of its own after such a clause is his."""
    result = read(
        "فيما وجه الأمير سالم بن فهد بن ماجد أمير المنطقة، أمس الجهات ذات العلاقة بتسمية "
        "الطرق، استنكر عدد من المسؤولين التفجير، مشيرين إلى أن هذا الجرم لا يقره دين. "
        "فيما زود الأمير ماجد بن سالم القريني رئيس النادي، اللاعبين بحقنة معنوية، أكد أن "
        "استعداد فريقه جيد."
    )
    assert _voices(result) == ["ماجد بن سالم القريني"]


def test_the_kin_of_the_victims_are_a_group_for_the_plural_after_them(read):
    """ "وأعرب ذوو الضحايا عن شكرهم …، مشيرين إلى أن …. وقالوا إن …": "ذوو"/"ذوي" (the kin
    of) heads a group, so the plural participle and "وقالوا" after it are theirs (their thanks
    is no claim), and a singular "مؤكدا" later is not."""
    result = read(
        "قال الوزير فهد الرميثان إن الطريق سيفتح. وأعرب ذوو الضحايا عن شكرهم للقيادة، "
        "مشيرين إلى أن ذلك غير مستغرب. وقالوا إن التعويض لم يصل."
    )
    assert _voices(result) == ["فهد الرميثان", "ذوو الضحايا", "ذوو الضحايا"]
    assert _contents(result)[1:] == ["ذلك غير مستغرب", "التعويض لم يصل"]


def test_a_body_named_in_quotation_marks_before_its_act_s_object(read):
    """ "وأدانت منظمة «…» اعتقال فلان، قائلة إن …": the body's name in quotation marks, then
    the verbal noun of its act: the participle after is the body's."""
    result = read(
        "قال الوزير فهد الرميثان إن الطريق سيفتح. وأدانت منظمة «الرصد الحقوقية» اعتقال "
        "الدهيمي أمس، قائلة إن الشرطة اقتحمت منزله ليلا."
    )
    assert _voices(result) == ["فهد الرميثان", "منظمة الرصد الحقوقية"]
