"""Arabic: a voice that confirms or denies the clause before it through a relative ("…، وهو ما
نفاه مصدر في الوزارة"), and titles over a region's body ("الناطق الإعلامي لشرطة منطقة الساحل").

Every example is made up.
"""

from __future__ import annotations

from tracker.models import Stance


def voices(result) -> list[tuple[str, list[str], str, Stance]]:
    """Each attribution's voice, chain, content and stance, in text order."""
    return [
        (a.source.name, [c.name for c in a.chain], a.content, a.stance) for a in result.attributions
    ]


def test_an_echo_denies_what_the_paper_reported(read):
    """ "ذكرت صحيفة X أن …، وهو ما نفاه مصدر في الوزارة": the paper's content ends at the comma;
    the source denies that same content."""
    result = read(
        "ذكرت صحيفة المساء أن وفدا زار العاصمة سرا الأسبوع الماضي، وهو ما نفاه مصدر في "
        "وزارة الخارجية."
    )
    [paper, denial] = voices(result)
    assert paper == ("المساء", ["المساء"], "وفدا زار العاصمة سرا الأسبوع الماضي", Stance.ASSERTS)
    assert denial[0] == "مصدر في وزارة الخارجية"
    assert denial[2:] == ("وفدا زار العاصمة سرا الأسبوع الماضي", Stance.DENIES)


def test_an_echo_confirms_the_writers_own_statement(read):
    """With no cue before it, the echo's voice confirms the sentence's own statement."""
    result = read("وارتفعت أسعار الخضار في الأسواق المركزية، وهو ما أكده تجار في السوق.")
    [(voice, _, said, stance)] = voices(result)
    assert voice == "تجار في السوق"
    assert said.endswith("أسعار الخضار في الأسواق المركزية")
    assert stance is Stance.ASSERTS


def test_the_matter_that_a_body_denied(read):
    """ "الأمر الذي نفته إدارة …" after a witness's words: the body denies them."""
    result = read(
        "وقال الشاهد إن الحريق بدأ في الطابق الثالث، الأمر الذي نفته إدارة الدفاع المدني."
    )
    [witness, body] = voices(result)
    assert witness[2] == "الحريق بدأ في الطابق الثالث"
    assert body == (
        "إدارة الدفاع المدني",
        ["إدارة الدفاع المدني"],
        "الحريق بدأ في الطابق الثالث",
        Stance.DENIES,
    )


def test_an_echo_of_seeing_or_judging_reports_nothing(read):
    """ "وهو ما نراه جليا", "وهو ما أوضحه مقطع مصور": no reporting verb, or no speaker."""
    seen = read("وتغيرت ملامح الحي كثيرا في السنوات الأخيرة، وهو ما نراه جليا في الشوارع.")
    assert voices(seen) == []
    shown = read(
        "ودخل الشبان مكاتب المستشفى في غياب الموظفين، وهو ما أوضحه مقطع قصير تداوله الأهالي أمس."
    )
    assert voices(shown) == []


def test_an_echo_inside_a_quotation_is_the_speakers_own_words(read):
    """ "«… وهذا ما أكده خبراء كثيرا»": the quoted speaker cites experts; no echo is read."""
    result = read(
        "وقال المهندس سالم العمري: «التدريب بعد التخرج ضرورة، وهذا ما أكده خبراء كثيرا في "
        "ندوات سابقة»."
    )
    assert [v[0] for v in voices(result)] == ["سالم العمري"]


def test_the_spokesman_of_a_regions_police_is_no_person_named_after_the_region(read):
    """ "الناطق الإعلامي لشرطة منطقة الساحل": an unnamed official of the police; the region
    starts no name. With a name after it, the name is the voice."""
    result = read(
        "وقال الناطق الإعلامي لشرطة منطقة الساحل إن التحقيقات جارية. وقال المتحدث باسم "
        "إمارة محافظة الوادي العقيد فهد السالم إن الطريق فتح."
    )
    assert [v[0] for v in voices(result)] == [
        "الناطق الإعلامي لشرطة منطقة الساحل",
        "فهد السالم",
    ]


def test_a_citys_police_is_its_states_body(read):
    """ "شرطة المدينة" in a paper of that state is a body of the state (one group with its other
    bodies and officials), not an independent origin."""
    result = read(
        "أعلنت إمارة المنطقة القبض على المتهم الأول في القضية. وقالت شرطة الوادي إن المتهم "
        "اعترف بما نسب إليه."
    )
    groups = {a.source.name: a.source.independence_group for a in result.attributions}
    assert groups["شرطة الوادي"] == "state:SA"


def test_a_source_in_a_body_in_construct_keeps_its_affiliation(read):
    """ "مصدر عسكري في جيش البلاد": the source belongs to the army (so it speaks for it), even
    with an adjective between it and "في" and the body in construct."""
    result = read("وقال مصدر عسكري في جيش البلاد إن القصف استهدف مواقع المسلحين.")
    [(voice, _, said, _)] = voices(result)
    assert voice == "مصدر عسكري في جيش البلاد"
    assert said == "القصف استهدف مواقع المسلحين"


def test_a_denial_of_an_act_named_by_its_verbal_noun(read):
    """ "نفى مصدر … استهداف …", "نفى اللاعب انتقاله …": the verbal noun opens what is denied,
    also after the occasion and the agency that carried the denial."""
    result = read(
        "ونفى مصدر عسكري في الجيش استهداف أي حي سكني. ونفى مصدر أمني في تصريح لوكالة "
        "الأنباء الرسمية اعتقال الصحفي. ونفى اللاعب سالم العمري انتقاله إلى النادي."
    )
    assert [(v[0], v[1][0], v[2], v[3]) for v in voices(result)] == [
        ("مصدر عسكري في الجيش", "مصدر عسكري في الجيش", "استهداف أي حي سكني", Stance.DENIES),
        ("مصدر أمني", "وكالة الأنباء", "اعتقال الصحفي", Stance.DENIES),
        ("سالم العمري", "سالم العمري", "انتقاله إلى النادي", Stance.DENIES),
    ]


def test_a_title_governs_the_noun_after_it_in_a_denial(read):
    """ "نفى الناطق باسم تعليم المنطقة …", "نفى وكيل أعمال اللاعبين …": the noun after an
    indefinite title or "باسم" belongs to the voice; the denied thing comes later."""
    result = read(
        "ونفى الناطق باسم تعليم المنطقة سالم الهاشمي صحة ما تناولته الصحف. ونفى وكيل أعمال "
        "اللاعبين فهد العمري صحة الأنباء."
    )
    assert [(v[0], v[2]) for v in voices(result)] == [
        ("سالم الهاشمي", "صحة ما تناولته الصحف"),
        ("فهد العمري", "صحة الأنباء"),
    ]


def test_without_denial_or_confirmation_nobody_denies(read):
    """ "دون نفي أو تأكيد من …": the verbal noun after "دون", not a denial."""
    result = read("وجاء القرار بعد ساعات من الاجتماع، دون نفي أو تأكيد من جانب الحكومتين.")
    assert voices(result) == []


def test_a_plural_verb_on_an_indefinite_object_speaks_for_the_group(read):
    """ "وتداول ناشطون … مقطعا قالوا إنه …": the activists say it, not the last speaker; with
    no group named before, no voice is guessed."""
    result = read(
        "وقال المتحدث باسم الشرطة إن التحقيق بدأ. وتداول ناشطون على مواقع التواصل مقطعا "
        "قالوا إنه يظهر لحظة الانفجار. وأظهرت الصور التي التقطها المصورون دمارا قالوا إنه "
        "واسع."
    )
    assert [(v[0], v[2]) for v in voices(result)] == [
        ("المتحدث باسم الشرطة", "التحقيق بدأ"),
        ("ناشطون", "يظهر لحظة الانفجار"),
    ]


def test_a_clause_saying_the_voice_is_unnamed_is_stepped_over(read):
    """ "نقلت رويترز عن مسؤول أمني لم تسمه قوله إن …", "طلب عدم ذكر اسمه": the relayed
    official, without the clause, and the content after it."""
    result = read(
        "ونقلت رويترز عن مسؤول أمني لم تسمه قوله إن الهجوم نفذه مسلحون. ونقلت الوكالة عن "
        "مصدر طبي طلب عدم ذكر اسمه قوله إن الجرحى نقلوا إلى المستشفى."
    )
    assert [(v[1], v[2]) for v in voices(result)] == [
        (["رويترز", "مسؤول أمني"], "الهجوم نفذه مسلحون"),
        (["رويترز", "مصدر طبي"], "الجرحى نقلوا إلى المستشفى"),
    ]


def test_and_that_according_to_points_back_to_the_sentence_before(read):
    """ "… . وذلك وفق ما أوردته وكالة الساحل.": the agency's is the sentence before, not "وذلك"."""
    result = read("وارتفع عدد القتلى في الهجوم إلى 14 شخصا. وذلك وفق ما أوردته وكالة الساحل.")
    [(voice, _, said, _)] = voices(result)
    assert voice == "وكالة الساحل"
    assert said == "وارتفع عدد القتلى في الهجوم إلى 14 شخصا"


def test_a_credit_with_an_unnamed_official_credits_the_clause_before(read):
    """ "…، حسبما أفاد مسؤول في الشرطة طلب عدم ذكر اسمه.": the official's is the clause
    before; the request not to be named is neither content nor a second report."""
    result = read(
        "وانزلقت الحافلة من على الطريق الجبلي، حسبما أفاد مسؤول في شرطة المدينة طلب عدم ذكر اسمه."
    )
    [(voice, _, said, _)] = voices(result)
    assert voice == "مسؤول في شرطة المدينة"
    assert said == "وانزلقت الحافلة من على الطريق الجبلي"


def test_the_oppositions_spokesman_speaks_for_no_state(read):
    """ "المتحدث باسم فصائل المعارضة في الساحل": a group outside the state, not the state of
    the country it names."""
    result = read(
        "وقال المتحدث باسم فصائل المعارضة السورية سالم الحمصي إن القصف استهدف المدنيين. وقال "
        "المتحدث باسم الجيش السوري إن القصف استهدف المسلحين."
    )
    groups = [a.source.independence_group for a in result.attributions]
    assert groups[1] == "state:SY"
    assert not groups[0].startswith("state:")


def test_quoting_him_is_no_voice(read):
    """ "وأضافت نقلا عنه أن …": the paper goes on quoting the one named before; "نقلا عنه" is
    no voice of its own (it was a person named so, a second origin beside the one quoted)."""
    result = read(
        "ونقلت صحيفة المساء عن مسؤول في الحكومة قوله إن الخطة جاهزة. وأضافت نقلا عنه أن "
        "تنفيذها يبدأ الشهر المقبل."
    )
    names = [[c.name for c in a.chain] for a in result.attributions]
    assert names[0] == ["المساء", "مسؤول في الحكومة"]
    assert all("نقلا" not in name for chain in names for name in chain)
    assert names[1][0] == "المساء"
