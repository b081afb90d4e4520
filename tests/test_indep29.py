"""Issue 13, round 29: false corroborations read claim by claim in two windows of three days.

Each test pins one general cause of a claim called corroborated when one origin stands behind
it, or of the voice misread that made it so.

Every example is made up.
"""

from __future__ import annotations

from test_link20 import _record, _report, _shared_status

from tracker.models import Status


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def test_right_after_his_arrival_is_when_the_man_named_before_spoke(read):
    """ "وقال فور وصوله إن …", "وقال عقب وصوله": when he spoke, not a voice of its own (a
    second voice beside the minister in another paper's copy)."""
    result = read(
        "وصل وزير النقل اليمني سالم الكربي إلى مطار المدينة أمس برفقة ثلاثة وزراء. "
        "وقال فور وصوله في تصريحات للصحفيين إن عودته بداية لإعادة الخدمات إلى المدينة. "
        "وأضاف عقب وصوله إلى مقر الحكومة أن بقية الوزراء سيصلون خلال أيام."
    )
    assert _voices(result) == ["سالم الكربي", "سالم الكربي"]


def test_congratulations_offered_after_a_bare_family_name_are_no_part_of_it(read):
    """ "وقدم ماركوس التهنئة للشعب والرئيس فلان …، مؤكدا أن …": the courtesy is what he
    offered; the voice is the minister named before, not a man called "ماركوس التهنئة" (a
    second origin)."""
    result = read(
        "ودعا وزير الخارجية الكندي جون ماركوس إلى تعاون أوسع في مكافحة التهريب، وشدد "
        "على أنه يجب دعم المدارس. وقدم ماركوس التهنئة للشعب الساحلي والرئيس سالم الكربي "
        "بمناسبة تدشين الميناء الجديد يوم السبت، مؤكدا أن «الميناء الكبير سيترك أثرا في "
        "التجارة». كما أكد أن «الشراكة بين البلدين تقوم على الفرص»."
    )
    assert set(_voices(result)) == {"جون ماركوس"}


def test_forbidding_what_is_wrong_stays_in_the_body_s_name(read):
    """ "جمعية البر والنهي عن الإسراف": عن after "النهي" is part of the body's
    name, so its spokesman named after it is one voice, not a role cut short beside his name."""
    result = read(
        "بين الناطق باسم جمعية البر والنهي عن الإسراف سالم بن علي الكعبي، أن "
        "حملات الجمعية تشمل المدارس كلها. وأضاف الكعبي أن الجمعية تتلقى الشكاوى. وقال "
        "مدير جمعية البر والنهي عن الإسراف بالساحل إن الحملات مستمرة."
    )
    assert _voices(result) == [
        "سالم بن علي الكعبي",
        "سالم بن علي الكعبي",
        "مدير جمعية البر والنهي عن الإسراف بالساحل",
    ]


def test_the_official_of_a_domain_is_the_man_named_before_with_it(read):
    """ "وقال مسؤول الحج" after "رئيس لجنة مكاتب الحج بالغرفة فلان": the same man, not an
    unnamed source the paper counts as its own second origin; an officer of another domain
    ("مسؤول الإعلام بالنادي" after the club's president) stays a voice of his own."""
    result = read(
        "حذر رئيس لجنة مكاتب الحج بالغرفة التجارية سالم بن علي الكعبي من الحملات المزيفة. "
        "وقال مسؤول الحج: سيفتح باب الحجز عبر الموقع الشهر المقبل، مشيرا إلى أن المكاتب "
        "المرخصة هذا العام 150 مكتبا. وقال رئيس نادي الساحل خالد العمري إن الفريق جاهز. "
        "وقال مسؤول الإعلام بالنادي إن التذاكر نفدت."
    )
    assert _voices(result)[1:] == [
        "سالم بن علي الكعبي",
        "سالم بن علي الكعبي",
        "خالد العمري",
        "مسؤول الإعلام بالنادي",
    ]


def test_a_government_body_named_with_its_state_counts_with_that_state(tmp_path):
    """ "خلية الإعلام الحربي العراقية" and the Iraqi defence minister in another paper: one
    government, one origin, though the body's head ("خلية", "لجنة", "المكتب") is no
    minister's title."""
    report = _report(
        tmp_path,
        _record(
            "alriyadh",
            "قالت خلية الإعلام الحربي العراقية إن القوات استعادت السيطرة على قرية"
            " الوادي الأخضر شمال المدينة بعد معارك أسفرت عن مقتل 40 مسلحا.",
        ),
        _record(
            "okaz",
            "أعلن وزير الدفاع العراقي سالم الكربي أن قوات الجيش استعادت السيطرة على قرية"
            " الوادي الأخضر الواقعة إلى الشمال من المدينة، في معارك قتل فيها 40 مسلحا.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_an_officer_of_a_state_body_the_registry_holds_speaks_for_that_state(tmp_path):
    """ "عضو اللجنة التنفيذية لمنظمة التحرير" beside "السلطة الفلسطينية": the body his title
    names is one leadership with the Authority in the registry, so one origin."""
    report = _report(
        tmp_path,
        _record(
            "aawsat",
            "رام الله: قالت السلطة الفلسطينية إنها شرعت في اتصالات مع الأردن لتقديم نص قرار"
            " إلى مجلس الأمن حول هدم مدرسة في قرية الوادي.",
        ),
        _record(
            "alwatan",
            "رام الله: قال عضو اللجنة التنفيذية لمنظمة التحرير سالم الكربي إن اتصالات"
            " جرت مع الأردن من أجل تقديم نص إلى مجلس الأمن بشأن هدم مدرسة قرية الوادي.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_a_rank_before_the_name_leaves_the_post_after_the_comma_to_tell_his_state(tmp_path):
    """ "وأوضح الرائد فلان، مساعد المتحدث باسم إدارة الدفاع المدني، أن …": the post set
    off after the name is his descriptor, as after an honorific, so he is his state's official
    with the directorate's spokesman in another paper: one origin."""
    report = _report(
        tmp_path,
        _record(
            "aleqtisadiya",
            "شهدت محافظة الوادي أمس عاصفة ترابية. وأوضح الرائد سالم بن علي الكعبي، مساعد"
            " المتحدث باسم إدارة الدفاع المدني بمحافظة الوادي، أنه تم رفع درجة الاستعداد في"
            " فرق الدفاع المدني بالمحافظة للتعامل مع أي بلاغات تنتج عن العاصفة والغبار.",
        ),
        _record(
            "sabq",
            "وقال المتحدث باسم الدفاع المدني بمحافظة الوادي الرائد خالد العمري إن درجة"
            " الاستعداد رفعت في كل فرق الدفاع بأنحاء المحافظة، تحسبا للتعامل مع بلاغات قد"
            " تسببها العاصفة والغبار.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_a_senior_military_source_with_no_state_named_is_the_home_state_s(tmp_path):
    """ "مصدر عسكري رفيع" in a story told from Aden is the home state's forces as "مصدر
    عسكري" is: how senior he is names no other body, so the Yemeni military source of another
    paper is the same origin."""
    report = _report(
        tmp_path,
        _record(
            "sabq",
            "صنعاء - وكالات: صرح مصدر عسكري يمني رفيع المستوى بأن أربعة ألوية من الجيش"
            " تلقت تدريبها في معسكرات الشرق انتشرت حول مطار الوادي العسكري بعد أيام من"
            " تسليحها.",
        ),
        _record(
            "aawsat",
            "عدن: قال مصدر عسكري رفيع إن أربعة ألوية من الجيش الوطني دربت في معسكرات الشرق"
            " انتشرت أمس حول مطار الوادي العسكري بعد تسليحها بمعدات حديثة.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_a_statement_the_sentence_opens_with_names_who_speaks_in_it(read):
    """ "وفي تصريح سابق لوزير المالية فلان قال إنه …": the minister the opening names is
    the speaker, not the last man quoted before (a paper carrying the words stays their
    carrier: "وفي تصريح لصحيفة الوادي، قال …"); "وقال ماركي لمجلس …" is whom he told, no
    part of his name, though it ends in ي."""
    result = read(
        "من جهة أخرى، قال نائب وزير الخارجية الروسي سالم نوفيك إن مجلس الأمن سيتخذ قرارا"
        " في الأيام المقبلة. وفي تصريح سابق لوزير المالية الكندي جون ماركي قال إنه"
        " ينوي مناقشة خطط دعم العملة حين يجتمع بنظيره الروسي. وقال ماركي لمجلس التجارة"
        " الدولية: «علينا تغيير طريقة العمل». وفي تصريح لصحيفة الوادي، قال إن اللقاء سيعقد"
        " الأسبوع المقبل."
    )
    assert _voices(result) == ["سالم نوفيك", "جون ماركي", "جون ماركي", "جون ماركي"]


def test_a_post_written_before_an_honorific_is_the_bare_surname_s_role(tmp_path):
    """ "أمضاها وكيل وزير الصحة الدكتور سالم الكربي …، وأوضح الكربي أن …": the deputy
    minister named in passing before his title of address speaks later by his family name, so
    he is his state's official with the ministry's spokesman in another paper: one origin."""
    report = _report(
        tmp_path,
        _record(
            "alwatan",
            "وتنص المذكرة التي أمضاها وكيل وزير الصحة للطب الوقائي الدكتور سالم الكربي على"
            " فتح مراكز جديدة. وأوضح الكربي أن مذكرة التفاهم تنعكس إيجابا على جودة"
            " الخدمات الصحية المقدمة لسكان محافظة الوادي.",
        ),
        _record(
            "almadina",
            "وقال المتحدث باسم وزارة الصحة خالد العمري إن مذكرة التفاهم الموقعة ستنعكس"
            " إيجابا على جودة ما يقدم من خدمات صحية لسكان محافظة الوادي.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED
