"""Arabic voices read wrong on SaudiNewsNet days sampled at random (round 26, prec26).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def _groups(result) -> list[tuple[str, str]]:
    return [(a.source.name, a.origin.group) for a in result.attributions]


def test_a_country_in_brackets_after_the_byline_place_is_the_home_state(read):
    """ "المنيا (مصر): فلان": an unnamed country's official is that state's, not the
    publisher's."""
    result = read(
        "وقال المتحدث باسم مديرية الأمن إن الدوريات ضبطت ثلاث شاحنات محملة بالأسلحة.",
        publisher="aawsat",
        author="المنيا (مصر): سامي الدسوقي",
    )
    assert _groups(result) == [("المتحدث باسم مديرية الأمن", "state:EG")]


def test_a_region_of_a_country_in_brackets_names_it_too(read):
    """ "درنة (شرق ليبيا): فلان": the bracket names the country with its side."""
    result = read(
        "وقال العقيد فرج الزوي المتحدث باسم الغرفة الأمنية إن الطريق الساحلي أعيد فتحه.",
        publisher="aawsat",
        author="درنة (شرق ليبيا): سالم العبيدي",
    )
    assert _groups(result) == [("فرج الزوي", "state:LY")]


def test_the_one_who_refused_to_comment_speaks_the_participle(read):
    """ "ورفضت متحدثة باسم الوزارة التعليق، مشيرة إلى أن …": she points it out, not the paper
    quoted in the sentence before."""
    result = read(
        "وذكرت صحيفة المساء نقلا عن مصدر لم تسمه أن الوزير قرر تأجيل الزيارة. ورفضت متحدثة "
        "باسم وزارة الخارجية التعليق على التقرير، مشيرة إلى أن الوزير سيعلن موقفه الأسبوع "
        "المقبل."
    )
    assert _voices(result) == ["المساء", "متحدثة باسم وزارة الخارجية"]


def test_a_body_that_abstained_from_comment_speaks_the_participle(read):
    """ "وامتنع متحدث باسم الجيش عن التعليق، مضيفا أن …": the spokesman adds it."""
    result = read(
        "وقالت مصادر محلية إن القصف طال ثلاث قرى. وامتنع متحدث باسم الجيش عن التعليق على "
        "الأنباء، مضيفا أن العمليات مستمرة وفق الخطة."
    )
    assert _voices(result) == ["مصادر محلية", "متحدث باسم الجيش"]


def test_a_party_leader_serves_no_state_of_the_party_name(read):
    """ "رئيس حزب التجمع اللبناني": a party is no state's body, its country named or not."""
    result = read("وقال رئيس حزب التجمع اللبناني سامي الأحمر إن الحكومة فشلت في حل أزمة الكهرباء.")
    assert not result.attributions[0].origin.group.startswith("state:")


def test_a_national_football_union_is_no_government(read):
    """ "رئيس الاتحاد الكيني لكرة القدم": a sports union with its country is still no state."""
    result = read(
        "وقال رئيس الاتحاد الكيني لكرة القدم جوزيف موانغي إن المدرب سيبقى حتى نهاية الموسم."
    )
    assert not result.attributions[0].origin.group.startswith("state:")


def test_the_chief_of_the_firm_written_with_li_is_no_official(read):
    """ "الرئيس التنفيذي للشركة": ل with the article ("للشركة") still names the firm."""
    result = read("وأوضح سالم بن علي الفهدي الرئيس التنفيذي للشركة أن الأرباح ارتفعت هذا العام.")
    assert not result.attributions[0].origin.group.startswith("state:")


def test_a_title_word_inside_a_party_name_is_no_title(read):
    """ "رئيس حزب «القوات»": "القوات" names the party, no state's forces."""
    result = read(
        "واعتبر رئيس حزب «القوات» فادي الخوري أن الحل الوحيد هو نقل النفايات إلى الخارج.",
        author="بيروت: سامي نصار",
    )
    assert not result.attributions[0].origin.group.startswith("state:")


def test_a_foreign_surname_in_un_is_a_person_not_a_group(read):
    """ "وقال روبرتسون إن …": a surname ending in ون without a plural's shape is a man."""
    result = read(
        "وقال روبرتسون إن الفريق لم يستحق الخسارة. وقال مزارعون إن المحصول تراجع هذا العام."
    )
    kinds = [(a.source.name, a.source.kind.value) for a in result.attributions]
    assert kinds == [("روبرتسون", "person"), ("مزارعون", "anonymous")]


def test_an_unnamed_source_in_a_body_named_like_a_paper_is_not_the_paper(read):
    """ "مصادر في الاتحاد الأوروبي", "مصدر أمني في المدينة": a paper's name that is a common
    word needs its head, in an unnamed source's body as in a voice."""
    result = read(
        "وأشارت مصادر في الاتحاد الأوروبي إلى أن المفوضة ستزور المنطقة الشهر المقبل. "
        "وقال مصدر أمني في المدينة إن الدوريات أوقفت ثلاثة مشتبه بهم."
    )
    origins = [a.origin.id for a in result.attributions]
    assert len(origins) == 2
    assert not {"al-ittihad", "al-madina"} & set(origins)


def test_a_town_with_its_epithet_before_the_name_keeps_the_name(read):
    """ "نائب شيخ الصاغة في مكة المكرمة فلان": a town and its definite epithet, then the man."""
    result = read(
        "من جانبه أوضح نائب شيخ الصاغة في مكة المكرمة سامي العتيبي أن الأسعار ارتفعت. "
        "وأكد العتيبي أن الطلب ما زال ضعيفا."
    )
    assert _voices(result) == ["سامي العتيبي", "سامي العتيبي"]


def test_the_issuing_verb_is_no_part_of_a_voice(read):
    """ "أصدرت صحة الساحل بيانا تفيد فيه …": the act opens the sentence; its doer is no
    person named "أصدرت صحة الساحل" (an unknown doer gives no voice rather than that)."""
    result = read(
        "أصدرت صحة الساحل بيانا تفيد فيه، أنه بعد التحقيق ثبت تورط موظفين في قضايا فساد. "
        "وأصدرت إدارة النادي بيانا أمس أكدت فيه أن المدرب باق حتى نهاية الموسم."
    )
    assert _voices(result) == ["إدارة النادي"]


def test_a_body_that_had_approved_something_is_background_not_the_next_speaker(read):
    """ "وكان مجلس الوزراء قد خصص …" between a man's words and "وأكد أن …": the body's
    past act is the writer's background; the man goes on speaking."""
    result = read(
        "وقال رئيس الشركة سالم الفهد إن الإنتاج سيرتفع. وكان مجلس الوزراء قد خصص في العام "
        "الماضي أرضا واسعة للمصنع الجديد. وأكد أن الشركة لن تزيد إنتاج الأسمنت هذا العام. "
        "وكانت نقابة المهندسين قد أدانت تأخير المشروع. وقالت إن التأخير مرفوض."
    )
    assert _voices(result) == ["سالم الفهد", "سالم الفهد", "نقابة المهندسين"]


def test_a_deal_with_a_quoted_channel_names_no_carrier(read):
    """ "قال فلان عن توقيع العقد مع «قناة»: …" speaks of a deal with the channel; "في مقابلة
    خاصة مع «قناة»" is told to it."""
    result = read(
        'وقال رئيس اللجنة الدولية سامي العلي عن توقيع العقد مع "شبكة الوادي": "نعتقد أن '
        'الشبكة ستقدم تغطية رائعة". وقال المتحدث باسم الوزارة، فادي سليم، في مقابلة خاصة مع '
        '"شبكة الوادي"، إن الوزارة حريصة على أمن المنطقة.'
    )
    assert [[v.name for v in a.chain][:-1] for a in result.attributions] == [[], ["شبكة الوادي"]]


def test_the_head_of_an_international_body_serves_no_state_of_his_nationality(read):
    """ "رئيس اللجنة الأولمبية الدولية الألماني فلان" heads an international body; "وزيرة
    التعاون الدولي المصرية" and "مدير مطار الملك فلان الدولي" still serve their state."""
    groups = [
        read(text).attributions[0].origin.group
        for text in (
            "وقال رئيس اللجنة الأولمبية الدولية الألماني كارل شتاين إن الألعاب ستقام في موعدها.",
            "وقالت وزيرة التعاون الدولي المصرية سلوى نصار إن القرض تأخر.",
            "وقال مدير مطار الملك سالم الدولي فهد العتيبي إن الرحلات عادت إلى طبيعتها.",
        )
    ]
    assert groups == ["", "state:EG", "state:SA"]


def test_the_title_a_club_holds_is_no_part_of_its_name(read):
    """ "نادي الساحل بطل الدوري" and "ريال الساحل وصيف بطل الدوري": the club speaks; "بطل
    العالم فلان" still opens a man's name."""
    result = read(
        "وقال نادي الساحل بطل دوري الدرجة الأولى لكرة القدم إن مدافعه تعرض لإصابة. "
        "وأكد ريال الساحل وصيف بطل الدوري أنه أبرم صفقة جديدة."
    )
    assert _voices(result) == ["نادي الساحل", "ريال الساحل"]


def test_the_title_of_a_club_a_man_coaches_stays_in_his_descriptor(read):
    """ "أعرب فلان مدرب الساحل بطل أوروبا عن سعادته": the title is the club's, inside the
    coach's descriptor; his words after it are still his (his joy is no claim)."""
    result = read(
        "وأعرب سامي العلي مدرب الساحل بطل أوروبا عن سعادته بعودة الفريق. "
        "وقال العلي إن الفريق جاهز للموسم."
    )
    assert _voices(result) == ["سامي العلي"]


def test_the_president_of_a_club_named_bare_is_no_official(read):
    """ "رئيس الساحل" where the text calls it "نادي الساحل": a club's president; "رئيس
    الحكومة" beside "فريق الحكومة المفاوض" still serves the state."""
    club = read(
        "وأكد رئيس الساحل فادي الخوري أن النادي أبرم صفقة جديدة مع شركة صينية. "
        "وكان نادي الساحل قد أعلن الصفقة أمس."
    )
    state = read("وقال رئيس الحكومة سالم العلي إن فريق الحكومة المفاوض سيعود غدا.")
    assert [a.origin.group for a in (club.attributions[0], state.attributions[0])] == [
        "",
        "state:SA",
    ]
