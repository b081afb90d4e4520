"""Arabic reports missed on SaudiNewsNet days (issue 11, round 26, recall).

Found by reading sentences with a reporting word that gave no attribution (2015-07-31 and
2015-08-09), then reading what each new rule changed on whole days. Every example is made up;
each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_pointing_out_with_nabbaha(read):
    """ "ونبّه التقرير إلى أن …", "وينبه الأطباء إلى أن …": نبّه (pointed out) is a cue as أشار
    is; a subject-less verb after it is the same speaker's."""
    result = read(
        "ونبّه تقرير الهيئة إلى أن ديون البلديات ارتفعت إلى 12 مليارا. "
        "وينبه أطباء المستشفى إلى أن موجة الحر تضر بالمسنين. "
        "ونبه الوزير سالم الحربي إلى أنه «... لن نقبل بتأخير الرواتب»، "
        "وقال: «سنراجع العقود كلها»."
    )
    assert _voices(result) == ["الهيئة", "أطباء المستشفى", "سالم الحربي", "سالم الحربي"]
    assert _contents(result) == [
        "ديون البلديات ارتفعت إلى 12 مليارا",
        "موجة الحر تضر بالمسنين",
        "... لن نقبل بتأخير الرواتب",
        "سنراجع العقود كلها",
    ]


def test_no_report_from_alerting_or_taking_notice(read):
    """Guard: "نبّه السائقين إلى خطورة …" alerts people to a danger and "تنبّه الحارس إلى
    الدخان" took notice: neither says a proposition."""
    result = read(
        "ونبه مدير المرور السائقين إلى خطورة الطريق الساحلي. "
        "وتنبه الحارس إلى الدخان فأطلق جرس الإنذار."
    )
    assert _voices(result) == []


def test_a_medium_told_between_two_closing_marks(read):
    """ "قال لـ”الساحل” مصدر …", "وروى المواطن فلان لـ”الساحل” أنه …": papers that write the
    closing mark on both sides of the medium's name tell it as "لـ«الساحل»" does."""
    result = read(
        "قال لـ”الساحل” مصدر مطلع في وزارة النقل، إن الجسر يفتح الشهر المقبل. "
        "وأكد لـ”الساحل” المتحدث الرسمي للبلدية نواف الزهراني أن السوق لم يغلق. "
        "وروى المزارع سالم العتيبي لـ”الساحل” أنه باع محصوله قبل الحصاد."
    )
    assert _voices(result) == ["مصدر مطلع في وزارة النقل", "نواف الزهراني", "سالم العتيبي"]
    assert _contents(result) == [
        "الجسر يفتح الشهر المقبل",
        "السوق لم يغلق",
        "باع محصوله قبل الحصاد",
    ]
    assert [a.chain[0].name for a in result.attributions] == ["الساحل"] * 3


def test_a_title_word_before_bin_is_a_given_name(read):
    """ "الدكتور مساعد بن فهد …", "رائد بن سالم …": a word that is also a title ("assistant",
    "major") right before بن is the first name, not the office the name follows."""
    result = read(
        "قال وكيل الجامعة الدكتور مساعد بن فهد الزهراني إن القبول يبدأ الأحد. "
        "وأكد رائد بن سالم العتيبي أن الفريق جاهز للموسم."
    )
    assert _voices(result) == ["مساعد بن فهد الزهراني", "رائد بن سالم العتيبي"]
    assert [a.source.kind.value for a in result.attributions] == ["official", "person"]


def test_a_title_cut_short_before_ibn_keeps_its_reading(read):
    """Guard: "وأضاف د. ابن سعدان أن …": the abbreviated title before a family name in ابن
    stays a title; the name is "ابن سعدان"."""
    result = read("قال الطبيب نواف الحربي إن العيادة تفتح غدا. وأضاف د. ابن سعدان أن الدواء متوفر.")
    assert _voices(result)[1] == "ابن سعدان"


def test_sources_a_paper_did_not_identify_and_when_they_spoke(read):
    """ "عن مصادر أمنية لم تحددها، …", "قولهم هذا الشهر إن …": not identifying its sources
    is said as not naming them is, and "this month" after قولهم is when they spoke."""
    result = read(
        "ونقلت الساحل عن مصادر أمنية لم تحددها، قولها إن القطار توقف قرب الحدود. "
        "ونقلت صحيفة الأفق عن مسؤولين لم تسمهم قولهم هذا الشهر إن الرسوم سترتفع."
    )
    assert _voices(result) == ["الساحل", "الأفق"]
    assert [[v.name for v in a.chain] for a in result.attributions] == [
        ["الساحل", "مصادر أمنية"],
        ["الأفق", "مسؤولين"],
    ]
    assert _contents(result) == ["القطار توقف قرب الحدود", "الرسوم سترتفع"]


def test_no_voice_from_a_passive_before_this_week(read):
    """Guard: "وبيّن استطلاع للمعهد نشرت نتائجه هذا الشهر أن …": "its results were published"
    names no voice of the content."""
    result = read("وبيّن استطلاع للمعهد نشرت نتائجه هذا الشهر أن المصانع أنتجت أكثر.")
    assert not any(v.startswith("نتائج") for v in _voices(result))


def test_a_glued_full_stop_before_min_janibihi_ends_the_sentence(read):
    """ "…الفاسدة.من جانبه أشار فلان إلى …": a full stop that lost its space before a
    two-letter opening word ends the sentence, so "من جانبه" opens the next one and the
    subject-less "وقال" after it is the speaker's."""
    result = read(
        "ضبطت البلدية أربعين كيسا من الخضار الفاسدة.من جانبه أشار مدير البلدية نواف الزهراني "
        "إلى ما تشهده الأسواق من رقابة. وقال إن الحملة مستمرة حتى نهاية الشهر."
    )
    assert _voices(result) == ["نواف الزهراني"]
    assert _contents(result) == ["الحملة مستمرة حتى نهاية الشهر"]


def test_an_abbreviation_before_a_letter_name_stays_whole(read):
    """Guard: "شركة إتش.دي" holds an abbreviation's dot: "دي" is a letter's name, no word
    that opens a sentence, and the content runs on past it."""
    result = read("قال المدير سالم الحربي إن شركة إتش.دي للإلكترونيات ستفتح فرعا في المدينة.")
    assert _contents(result) == ["شركة إتش.دي للإلكترونيات ستفتح فرعا في المدينة"]


def test_who_made_a_matter_clear_then_speaks(read):
    """ "وأوضحت وزارة الصحة ملابسات الحادث، وقالت إن …", "كشفت الوزارة هوية الجاني. وقالت
    إن …": the topic noun is what the body made clear, never part of its name, and the body
    speaks next; so does one who comments on a matter ("وعلقت الهيئة على الخبر، وقالت …")."""
    result = read(
        "وأوضحت وزارة الصحة ملابسات الحريق، وقالت إن المرضى نقلوا بسلام. "
        "كشفت وزارة الداخلية هوية منفذ الهجوم، وهو شاب في العشرين. "
        "وقالت في بيان لها إن التحقيق مستمر. "
        "وعلقت الهيئة العامة للموانئ على الخبر، وقالت إن الرصيف لم يتضرر."
    )
    assert _voices(result) == ["وزارة الصحة", "وزارة الداخلية", "الهيئة العامة للموانئ"]
    assert _contents(result) == ["المرضى نقلوا بسلام", "التحقيق مستمر", "الرصيف لم يتضرر"]


def test_a_charge_d_affaires_before_his_name(read):
    """ "وأوضح القائم بالأعمال في سفارة البلاد فلان أن …": "القائم بالأعمال/بأعمال" is an
    office like "السفير"; the name follows it and its embassy."""
    result = read(
        "وأوضح القائم بالأعمال في سفارة البلاد نواف الزهراني أن الطلاب غادروا المدينة. "
        "وقال القائم بأعمال السفارة الكندية في الرياض سالم العتيبي إن العمال عادوا."
    )
    assert _voices(result) == ["نواف الزهراني", "سالم العتيبي"]
    assert [a.source.kind.value for a in result.attributions] == ["official", "official"]


def test_warning_of_with_nabbaha_min(read):
    """ "ونبّه الطبيب فلان من عبارة «…»": نبّه من warns of what follows, as حذر من does; what
    he warns of is never part of his name."""
    result = read("ونبه الطبيب نواف الزهراني من خلطات الأعشاب المنتشرة خلال ندوة صحية.")
    assert _voices(result) == ["نواف الزهراني"]
    assert _contents(result) == ["خلطات الأعشاب المنتشرة خلال ندوة صحية"]
