"""Arabic voices on unseen SaudiNewsNet articles (round 46, recall of the right speaker).

Patterns read in a sample of 42 articles outside the dev set, then counted on the reports of
2015-07-25 and 2015-08-09. Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_a_name_closing_a_long_chain_of_titles_is_the_voice(read):
    """ "أوضح أمين عام لجنة … وأمين عام جائزة … المهندس فلان أن …": a speaker named after
    two offices joined by و, after a title with a place in it, or after more titles than one
    voice phrase holds (a title that is also a given name, "أمين عام", names no one), is
    the person named, not the last body the chain names. A name after
    an occasion or an addressee ("خلال لقائه الوزير فلان", "في كلمته أمام المحافظ فلان") is
    whom the speaker met or spoke before: the speaker stays the title; so is a name after
    his ("فلان لعلان الفلاني إنه": whom he told)."""
    result = read(
        "أوضح أمين عام لجنة الدفاع المدني بمحافظة الوادي وأمين عام جائزة الحي "
        "النظيف المهندس سالم الحربي أن الجائزة ستوزع الشهر المقبل. "
        "وقال أستاذ التاريخ والآثار في جامعة الوادي الدكتور ماجد العتيبي إن الموقع "
        "يعود إلى ألف عام. "
        "وأكد رئيس اللجنة المنظمة لمهرجان صيف الوادي 12 في منتزه الغدير نواف الزهراني أن "
        "الزوار تجاوزوا عشرة آلاف. "
        "وقال المدير العام للتعليم المشرف العام على لجنة الاختبارات فهد الشمري إن "
        "النتائج ستعلن غدا. "
        "وأوضح مدير عام فرع هيئة السياحة بالمنطقة الشمالية أمين عام مجلس التنمية بالمنطقة "
        "المهندس سعد القحطاني، أن الحافلة تعمل يوميا. "
        "وقال رئيس لجنة المياه خلال لقائه الوزير سالم الحربي إن السد اكتمل. "
        "ويروي الشيخ سالم بن علي لماجد الفهد إنه زار البلدة. "
        "وقال رئيس لجنة الكهرباء في كلمته أمام المحافظ نواف الزهراني إن المحطة اكتملت."
    )
    assert _voices(result) == [
        "سالم الحربي",
        "ماجد العتيبي",
        "نواف الزهراني",
        "فهد الشمري",
        "سعد القحطاني",
        "رئيس لجنة المياه",
        "سالم بن علي",
        "رئيس لجنة الكهرباء",
    ]
    assert _contents(result) == [
        "الجائزة ستوزع الشهر المقبل",
        "الموقع يعود إلى ألف عام",
        "الزوار تجاوزوا عشرة آلاف",
        "النتائج ستعلن غدا",
        "الحافلة تعمل يوميا",
        "السد اكتمل",
        "زار البلدة",
        "المحطة اكتملت",
    ]


def test_a_name_after_titles_set_off_by_commas_then_the_medium_told(read):
    """ "قال القيادي في الحزب، وقائد القوات في …، فلان، لـ«الوادي» إن": two titles set off
    by commas, then the name, then the medium told: the name speaks, the medium carries."""
    result = read(
        "قال القيادي في حزب التجمع الوطني، وقائد القوات في محور الشمال، سعيد الدوسري، "
        "لـ«الوادي» إن القوات تقدمت عشرة كيلومترات.",
        publisher="okaz",
    )
    assert _voices(result) == ["سعيد الدوسري"]
    assert [[v.name for v in a.chain] for a in result.attributions] == [["الوادي", "سعيد الدوسري"]]


def test_a_group_told_after_a_surname_or_a_title_is_not_part_of_the_voice(read):
    """ "وأوضح الفلاني لأسرة المصاب أن …", "وقال الوزير لجنود الفرقة إن …": a group of people
    after ل (a family, soldiers, relatives) is whom a voice of one definite word told, as it is
    after a full name; the voice is the surname or the title alone."""
    result = read(
        "قال وزير الدفاع سالم الحربي إن القوات انسحبت. "
        "وأوضح الحربي لأسرة الجندي المصاب أن العلاج سيكون في الخارج. "
        "وقال الوزير لجنود الفرقة الثالثة إن الإجازات ستمنح الشهر المقبل. "
        "وقال ماجد العتيبي لذوي المفقودين إن البحث مستمر."
    )
    assert _voices(result) == ["سالم الحربي", "سالم الحربي", "سالم الحربي", "ماجد العتيبي"]
    assert _contents(result)[1:] == [
        "العلاج سيكون في الخارج",
        "الإجازات ستمنح الشهر المقبل",
        "البحث مستمر",
    ]


def test_what_according_to_goes_by_with_its_pronoun_is_no_voice(read):
    """ "وتختلف الأسعار بحسب نوعه", "بحسب الميزانيات المعتمدة", "حسب قيمتها": a kind, a
    budget or a value followed, with "its" or not, is what the clause goes by, no one's claim;
    "بحسب مصادره في الجيش" (his sources) is still a voice."""
    result = read(
        "وتختلف أسعار العسل في السوق بحسب نوعه حيث تتراوح من مئة إلى ألف ريال. "
        "وتنفذ المشاريع بحسب الميزانيات المعتمدة كل عام. "
        "وتصرف التعويضات للأسر حسب قيمتها في العقد. "
        "وقتل أربعة جنود في الهجوم بحسب مصادره في الجيش."
    )
    assert _voices(result) == ["مصادره في الجيش"]
    assert _contents(result) == ["وقتل أربعة جنود في الهجوم"]


def test_a_family_name_alone_after_an_act_names_who_speaks_next(read):
    """ "واستنكر العتيبي الضغوط …، وأضاف أن …", "وعلق العتيبي على ذلك وقال: …": a family name
    alone after an act or a comment, closing a full name given earlier, is who speaks next in
    that sentence, not the voice quoted before it ("وقدم التعازي …" names no one: the speaker
    before goes on)."""
    result = read(
        "قال مدير المستشفى سالم الحربي إن المريض بخير. "
        "وأجرى النائب ماجد العتيبي اتصالا مع إدارة المستشفى أمس. "
        "واستنكر العتيبي الضغوط على الأطباء، وأضاف أن الحكومة تتنصل من مسؤوليتها. "
        "وعلق العتيبي على ذلك وقال: «المستشفى يحتاج إلى مئة طبيب». "
        "وقال الحربي إن الأدوية وصلت. "
        "وقدم التعازي لأسر الضحايا، وأضاف أن التعويضات ستصرف."
    )
    assert _voices(result) == [
        "سالم الحربي",
        "ماجد العتيبي",
        "ماجد العتيبي",
        "سالم الحربي",
        "سالم الحربي",
    ]


def test_a_credit_before_a_clause_joined_by_and_covers_the_clause_before_it(read):
    """ "ارتفع الإنتاج ألف برميل وفق ما أظهرته بيانات الهيئة، وارتفع التشغيل …": a credit
    that follows its clause with no comma before it, then a comma and a new clause joined by
    و, covers the clause before; the clause after is the writer's (a relative "والذي" too)."""
    result = read(
        "وزاد إنتاج المصافي ألف برميل يوميا وفق ما أظهرته بيانات الهيئة، وارتفع معدل "
        "التشغيل نقطة مئوية. "
        "وسيفتح الجسر الجديد في السادس من الشهر المقبل حسبما أعلن وزير النقل سالم "
        "الحربي، والذي سيحضره عدد من المسؤولين."
    )
    assert _contents(result) == [
        "وزاد إنتاج المصافي ألف برميل يوميا",
        "وسيفتح الجسر الجديد في السادس من الشهر المقبل",
    ]


def test_carrying_out_is_a_noun_phrase_content_after_a_named_subject(read):
    """ "أوضح المتحدث الرسمي … فلان قيام الوزير بتشكيل لجنة": "قيام" (the carrying out of an
    act) opens the content as "بدء" and "وصول" do; the name before it is the voice, and the
    participle after it is his. With the article ("تصميمها على القيام بكل الخطوات") it is an
    act to be done, and the word before it no voice."""
    result = read(
        "أوضح المتحدث الرسمي باسم وزارة النقل سالم الحربي قيام الوزير بتشكيل لجنة "
        "للتحقيق، مشيرا إلى أن اللجنة ستنهي عملها خلال شهر. "
        "وقالت الحكومة في بيان إن الهجوم فشل. "
        "كما أكدت تصميم الدولة على القيام بكل الخطوات اللازمة لتأمين الشعب."
    )
    assert _voices(result) == ["سالم الحربي", "سالم الحربي", "الحكومة"]
    assert _contents(result) == [
        "قيام الوزير بتشكيل لجنة للتحقيق",
        "اللجنة ستنهي عملها خلال شهر",
        "الهجوم فشل",
    ]


def test_a_noun_after_the_preposition_ala_is_no_family_name_named_before(read):
    """ "وشدد على أهمية التعاون … وأوضح أهمية المدينة، …. وأشار معاليه إلى أن …": "على" before
    a word is the preposition, not the given name علي, so "أهمية" after "وأوضح" is what he made
    clear, no family name; the speaker named before goes on."""
    result = read(
        "قال المحافظ سالم الحربي إن الفنادق ممتلئة. "
        "وشدد على أهمية التعاون بين الجهات السياحية. "
        "وأوضح أهمية المدينة التاريخية، مشددا على ضرورة استثمارها. "
        "وأشار معاليه إلى أن المرافق تعمل بطاقتها القصوى."
    )
    # (the calls "على أهمية …", "أهمية المدينة …", "مشددا على ضرورة …" are no attributions)
    assert _voices(result) == ["سالم الحربي"] * 2
