"""Arabic cues and voices left over from round 49's reading of unseen SaudiNewsNet articles.

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_estimated_with_its_complementiser_is_a_report(read):
    """ "وقدّر الجيش أن …", "وقدّرت المنظمة في تقريرها، أن …": "قدّر" (estimated) with its
    subject and then "أن" tells what the voice estimates."""
    result = read(
        "وقدّر الجيش أن عدد المسلحين في المنطقة يبلغ ألف مسلح. "
        "وقدرت منظمة الإغاثة الدولية في تقريرها، أن نحو ثلاثة آلاف أسرة نزحت من القرى."
    )
    assert _voices(result) == ["الجيش", "منظمة الإغاثة الدولية"]
    assert _contents(result) == [
        "عدد المسلحين في المنطقة يبلغ ألف مسلح",
        "نحو ثلاثة آلاف أسرة نزحت من القرى",
    ]


def test_estimated_as_a_noun_or_fate_or_thanks_reports_nothing(read):
    """ "قدر استطاعته" (as much as he can), "بقدر ما", "قُدّر له أن" (fated), "قدّر الجهود"
    (appreciated) report nothing, beside an estimate that does."""
    result = read(
        "يحاول المعلم قدر استطاعته أن يساعد الطلاب. وقدر الوزير جهود العاملين في الميدان. "
        "وقُدّر له أن يعود إلى قريته بعد عشرين عاما. ولم يكن خصما بقدر ما كان شريكا. "
        "وقدرت الهيئة أن الموسم سيكون جيدا."
    )
    assert _voices(result) == ["الهيئة"]
    result = read("وقال سامر الحربي إن الرحلة كانت شاقة فقدر علينا أن نبيت في الطريق.")
    assert _contents(result) == ["الرحلة كانت شاقة فقدر علينا أن نبيت في الطريق"]


def test_replied_said_only_or_went_on_by_saying_is_a_report(read):
    """ "ورد فلان على السؤال بالقول: …", "واكتفى فلان بالقول إن …", "ومضى فلان بالقول إن
    …", "واستدرك بقوله: …": an act whose words "بالقول"/"بقوله" leads."""
    result = read(
        "ورد الوزير سالم الفهد على منتقديه بالقول: «لن نتراجع عن القرار». "
        "واكتفى المدرب ماجد السالم بالقول إن الفريق سيعود أقوى. "
        "ومضى الخبير نادر الكعبي بالقول إن الأسعار سترتفع قريبا."
    )
    assert _voices(result) == ["سالم الفهد", "ماجد السالم", "نادر الكعبي"]
    assert _contents(result) == [
        "لن نتراجع عن القرار",
        "الفريق سيعود أقوى",
        "الأسعار سترتفع قريبا",
    ]


def test_replied_said_only_or_went_on_with_no_saying_reports_nothing(read):
    """ "ورد اسمه في القائمة" (appeared), "واكتفى الفريق بالتعادل" (settled for), "ومضى عام"
    (passed) report nothing; "واكتفى بالقول" with no subject of its own follows an act whose
    subject is the speaker, not the last voice, and is left unread."""
    result = read(
        "ورد اسم اللاعب في القائمة. واكتفى الفريق بالتعادل في المباراة. ومضى عام على الحادث. "
        "ومضت الهيئة بالقول إن الموسم سيكون جيدا."
    )
    assert _voices(result) == ["الهيئة"]
    result = read(
        "وقال المحامي فهد الزامل إن القضية مستمرة. ورفض المدرب ماجد السالم التعليق "
        "واكتفى بالقول: «سنرى في المباراة المقبلة»."
    )
    assert _voices(result) == ["فهد الزامل"]


def test_a_cue_word_that_reads_nothing_keeps_the_actor_of_its_sentence(read):
    """ "أوصى الخطيب فلان …، فهي خير زاد …. وقال فضيلته إن …": a word that is a cue only
    somewhere else ("زاد", provisions) leaves its sentence as one with no cue, whose actor
    speaks next."""
    result = read(
        "أوصى الخطيب الشيخ سامي الحربي المصلين بالتقوى، فهي خير زاد للمسافرين. "
        "وقال فضيلته إن الصبر مفتاح الفرج."
    )
    assert _voices(result) == ["سامي الحربي"]
    assert _contents(result) == ["الصبر مفتاح الفرج"]


def test_a_strict_verb_then_a_short_occasion_then_a_quotation(read):
    """ "وتابع فلان في تغريدة أخرى «…»", "وتابعت الهيئة في بيانها «…»": a statement or a
    tweet, then the words quoted with no colon; a title ("مذكراته في 2014 بعنوان «…»") is
    no words said."""
    result = read(
        "وتابع الوزير سالم الفهد في تغريدة أخرى «نعمل على إنجاز المشروع في موعده». "
        "وتابعت الهيئة في بيانها «سنواصل العمل في جميع المناطق دون توقف». "
        "وكتب الروائي نادر الكعبي مذكراته في 2014 بعنوان «رحلة طويلة عبر ثلاث مدن قديمة»."
    )
    assert _voices(result) == ["سالم الفهد", "الهيئة"]
    assert _contents(result) == [
        "نعمل على إنجاز المشروع في موعده",
        "سنواصل العمل في جميع المناطق دون توقف",
    ]


def test_a_quoted_name_then_a_comma_is_the_subject_of_a_pluperfect_report(read):
    """ "وكان المتحدث باسم الحركة «فلان»، أكد …": the quotation marks of a name stay in the
    subject before the verb; the voice before is not carried over."""
    result = read(
        "وقال سالم الفهد إن الهجوم وقع ليلا. وكان المتحدث باسم الحركة “نادر الكعبي”، أكد "
        "الخميس الماضي، رسمياً وفاة القائد جراء المرض."
    )
    assert _voices(result) == ["سالم الفهد", "نادر الكعبي"]


def test_according_to_the_details_a_voice_told(read):
    """ "وبحسب التفاصيل التي ذكرتها صحيفة …، فإن …", "ووفقا للمعلومات التي نشرتها وكالة …":
    the details that a voice told credit it, as "بحسب ما ذكرته …" does."""
    result = read(
        "وبحسب التفاصيل التي ذكرتها صحيفة الأفق، فإن الشرطة أوقفت رجلين في الحي. "
        "ووفقا للمعلومات التي نشرتها وكالة الأنباء المحلية، فإن الحريق اندلع ليلا."
    )
    assert _voices(result) == ["الأفق", "وكالة الأنباء المحلية"]
    assert _contents(result) == ["الشرطة أوقفت رجلين في الحي", "الحريق اندلع ليلا"]


def test_one_of_the_senior_members_of_a_group_is_an_unnamed_voice(read):
    """ "وقال أحد كبار مشايخ القبيلة، إن …", "أحد أبرز قادة الحزب": a rank, then a group in
    construct with a definite word, as "أحد قادة الحزب" is."""
    result = read(
        "وقال أحد كبار مشايخ القبيلة، إن الصلح تم بين الطرفين. "
        "وأكد أحد أبرز قادة الحزب أن الانتخابات ستجري في موعدها."
    )
    assert _voices(result) == ["أحد كبار مشايخ القبيلة", "أحد أبرز قادة الحزب"]
    assert _contents(result) == ["الصلح تم بين الطرفين", "الانتخابات ستجري في موعدها"]
