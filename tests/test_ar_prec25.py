"""Arabic voices read wrong on SaudiNewsNet days sampled at random (round 25, prec25).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def _groups(result) -> list[tuple[str, str]]:
    return [(a.source.name, a.origin.group) for a in result.attributions]


def test_a_feeling_with_his_pronoun_after_a_name_is_the_object(read):
    """ "أكد الأمير فلان قلقه من …": his concern is what he voiced, no word of his name."""
    result = read(
        "أكد رئيس الهيئة العامة للرياضة الأمير منصور بن مساعد قلقه الكبير من ارتفاع العجز "
        "لدى الفرق. وأشار الأمير منصور إلى أن الفرق ستلتزم بالضوابط."
    )
    assert _voices(result) == ["منصور بن مساعد", "منصور بن مساعد"]


def test_thanks_raised_to_the_king_leave_the_king_silent(read):
    """ "رفع رئيس المجلس الشكر للملك فلان …، وقال سموه": the one who thanks speaks."""
    result = read(
        "وفي مستهل الاجتماع، رفع نائب رئيس المجلس الشكر والتقدير لخادم الحرمين الشريفين "
        "الملك سلمان بن عبدالعزيز على دعمه المتواصل، وقال سموه إن المشاريع ستنجز في موعدها."
    )
    assert _voices(result) == ["نائب رئيس المجلس"]


def test_a_stance_noun_completing_a_title_stays_in_it(read):
    """ "وزير التضامن", "إعادة الأمل": a definite noun after an indefinite one completes it."""
    result = read(
        "وقال وزير التضامن الاجتماعي سامي النجار إن المعونة ستصل قريبا. "
        "وقال رئيس جمعية الأمل الخيرية إن التبرعات زادت. "
        "وقالت قيادة عملية إعادة الأمل إن الهدنة تبدأ الليلة."
    )
    assert _voices(result) == [
        "سامي النجار",
        "رئيس جمعية الأمل الخيرية",
        "قيادة عملية إعادة الأمل",
    ]


def test_a_participle_tying_a_body_to_another_ends_its_name(read):
    """ "أعلنت الحركة المنضوية في التحالف": the participle cut from its phrase is no name."""
    result = read("وأعلنت حركة النهضة المنضوية في إطار التحالف، في بيان مسؤوليتها عن الهجوم.")
    assert _voices(result) == ["حركة النهضة"]


def test_his_portfolio_is_part_of_the_title(read):
    """ "وزير خارجيته فلان": the portfolio with "his" belongs to the title, not the name."""
    result = read("وأكد وزير خارجيته يلماز تشليك أن الاتفاق قريب من التوقيع.")
    assert [(a.source.name, a.source.descriptor) for a in result.attributions] == [
        ("يلماز تشليك", "وزير خارجيته")
    ]


def test_a_front_spokesman_serves_no_state_of_the_dateline(read):
    """ "الناطق باسم الجبهة الشمالية": a front is no state's body, whatever the dateline."""
    result = read(
        "بيروت - الوادي\nوقال الناطق باسم الجبهة الشمالية حسام الدين إن الهجوم استهدف "
        "المنطقة الأمنية في المدينة."
    )
    assert not result.attributions[0].origin.group.startswith("state:")


def test_a_committee_of_families_serves_no_state(read):
    """ "رئيس لجنة أهالي المعتقلين": the families' committee is outside the state."""
    result = read(
        "بيروت - الوادي\nوقال رئيس لجنة أهالي المعتقلين في الخليل سامر عودة إن القوات "
        "اعتقلت عشرين شابا."
    )
    assert not result.attributions[0].origin.group.startswith("state:")


def test_the_attorney_general_of_a_state_speaks_for_it(read):
    """ "النائب العام في الكويت فلان": the attorney general named with his state serves it."""
    result = read("وقال النائب العام في الكويت ماجد العنزي إن الخلية خططت لهجمات.")
    assert _groups(result) == [("ماجد العنزي", "state:KW")]


def test_a_trade_the_lexicon_lacks_is_a_descriptor_before_a_name(read):
    """ "الناقد الرياضي فلان": a definite trade, then a given name, names him with it."""
    result = read(
        "ويرى الناقد الرياضي فهد العلي أن المباريات الودية مفيدة. "
        "وقال المستثمر العقاري سامي الخالد إن الطلب على الشقق ارتفع."
    )
    assert [(a.source.name, a.source.descriptor) for a in result.attributions] == [
        ("فهد العلي", "الناقد الرياضي"),
        ("سامي الخالد", "المستثمر العقاري"),
    ]


def test_rates_are_no_cue(read):
    """ "زيادة نسب النمو وإن …": the plural of "rate" is no "attributed"; "ونسب" opening its
    clause still is."""
    result = read("ويساهم ذلك في زيادة نسب النمو الاقتصادي وإن انخفاض العملة سيرفع السياحة.")
    assert _voices(result) == []
    result = read("ونسب الموقع إلى الوزير قوله إن الخطة جاهزة.")
    assert _voices(result) == ["الموقع"]


def test_a_medium_described_before_its_quoted_name_is_that_name(read):
    """ "صحيفة بريطانية «الصباح»": the quoted name is the paper's, not its adjective."""
    result = read("وذكرت قناة تلفزيونية هندية خاصة «نجوم» أن الأسرة رفضت مبايعة الزعيم الجديد.")
    assert _voices(result) == ["نجوم"]


def test_a_trade_and_a_surname_name_the_one_named_in_full(read):
    """ "المنتج الكردي" after "المنتج أحمد الكردي": one producer, not a second person."""
    result = read(
        "وكشف المنتج أحمد الكردي أن التصوير يبدأ الشهر المقبل. "
        "وبين المنتج الكردي أن الفيلم جاهز للعرض."
    )
    assert _voices(result) == ["أحمد الكردي", "أحمد الكردي"]


def test_a_formula_of_condolence_is_the_object(read):
    """ "رفع آل فلان أحر التعازي": the elative opens the formula, no word of the name."""
    result = read(
        "ورفع آل حمدان أحر التعازي لمقام القيادة وأسر الضحايا. "
        "وأكد أن الحادث عمل جبان من أعمال الإرهاب."
    )
    assert _voices(result) == ["آل حمدان"]


def test_god_prayed_to_is_no_voice(read):
    """ "ودعا الله عز وجل أن …، مؤكدا": the one who prays speaks on, not God."""
    result = read(
        "وقال الشيخ سعد الحمدان إن الفكر المتطرف خطير. ودعا الله عز وجل بأن يرعى الوطن، "
        "مؤكدا أن المملكة ستبقى آمنة ومستقرة."
    )
    assert _voices(result) == ["سعد الحمدان", "سعد الحمدان"]


def test_a_name_set_off_by_a_descriptor_after_however_speaks(read):
    """ "غير أن فلان، الشريك في …، قال": the person between "however" and the commas."""
    result = read(
        "وقال المحلل سامي العلي إن الأسعار مرتفعة. غير أن أحمد الخالد، الشريك في الشركة، "
        "قال إن التقييمات مرتفعة جدا. غير أن لورا ميلر، مراسلة صحيفة «الأفق» في بيروت، "
        "ذكرت أن غالبية القادة رفضوا."
    )
    assert _voices(result) == ["سامي العلي", "أحمد الخالد", "لورا ميلر"]


def test_roy_is_a_name_not_narrated(read):
    """ "قال المدرب روي فلان": "روي" written with ي is the name Roy; "روى" still narrates."""
    result = read("وقال المدرب روي هودسون إن الفريق جاهز. وروى الشاهد أن الحادث وقع ليلا.")
    assert [(a.source.name, a.cue) for a in result.attributions] == [
        ("روي هودسون", "قال"),
        ("الشاهد", "روى"),
    ]


def test_a_derived_verbal_noun_with_his_pronoun_ends_the_name(read):
    """ "قال الحكم فلان مع استعداده …": his readiness is a circumstance, no part of his name."""
    result = read("وقال الحكم سامي الحكيم مع استعداده للمهمة إن التحكيم صعب.")
    assert _voices(result) == ["سامي الحكيم"]


def test_when_he_spoke_after_the_verb_keeps_the_speaker_before(read):
    """ "وأضاف لدى زيارته المعرض أن": when he spoke; the minister named before goes on."""
    result = read(
        "وقال الوزير سامي الخالد إن الخطة جاهزة. وأضاف لدى زيارته المعرض أن التنفيذ قريب."
    )
    assert _voices(result) == ["سامي الخالد", "سامي الخالد"]


def test_our_own_knowledge_is_no_voice(read):
    """ "وبحسب علمنا ومتابعتنا، فإن …": the speaker's own knowledge names no one; the
    supervisor named before goes on."""
    result = read(
        "وقالت المشرفة فاطمة الحربي إن القرار مفيد. وبحسب علمنا ومتابعتنا، فإن التأنيث "
        "يسير بوتيرة جيدة. وأوضحت أن المحلات التزمت."
    )
    assert _voices(result) == ["فاطمة الحربي", "فاطمة الحربي"]
