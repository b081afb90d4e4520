"""A post whose holder the article names through a word of heading (round 54).

"إدارة النادي برئاسة فلان", "اللجنة التي يرأسها فلان": the text names the man heading a body
without writing his post, then the post speaks. Every example is made up.
"""

from __future__ import annotations


def _voices(result):
    return [a.source.name for a in result.attributions]


def test_an_acting_post_is_the_man_heading_the_club(read):
    """ "إدارة النادي المؤقتة برئاسة فلان" then "رئيس الوادي المكلف": the club's acting
    president is the man heading its administration."""
    result = read(
        "تدرب لاعبو فريق الوادي أمس استعدادا للموسم. ورفضت إدارة النادي المؤقتة برئاسة "
        "سالم بن حمد الرميثي عرض الانتقال. وقال رئيس الوادي المكلف إن اللاعب باق مع الفريق "
        "حتى نهاية عقده."
    )
    assert _voices(result) == ["سالم بن حمد الرميثي"]


def test_a_club_administration_by_its_nisba_heads_the_club(read):
    """ "الإدارة الوادية برئاسة فلان" then "رئيس النادي"."""
    result = read(
        "تنتظر الإدارة الوادية برئاسة ماجد الكعبي توقيع عقود الرعاية الجديدة. وأكد رئيس "
        "النادي أن الإدارة تسعى إلى زيادة موارد النادي هذا الموسم."
    )
    assert _voices(result) == ["ماجد الكعبي"]


def test_the_committee_a_man_heads_by_a_relative_verb(read):
    """ "اللجنة الفنية التي يرأسها فلان" then "رئيس اللجنة الفنية"."""
    result = read(
        "أنهت اللجنة الفنية التي يرأسها المهندس فهد بن سالم العتيبي أعمالها أمس. وأوضح رئيس "
        "اللجنة الفنية أن التقرير سيرفع إلى المجلس خلال أيام."
    )
    assert _voices(result) == ["فهد بن سالم العتيبي"]


def test_two_committees_headed_by_two_men_stay_two_voices(read):
    """Two bodies, each with its head: each post is the man heading its own body."""
    result = read(
        "عقدت اللجنة الفنية برئاسة حمدان السالمي اجتماعها الأول، وعقدت اللجنة المالية برئاسة "
        "خالد الهاشمي اجتماعا آخر. وقال رئيس اللجنة المالية إن الميزانية أقرت. وأضاف رئيس "
        "اللجنة الفنية أن الخطة جاهزة."
    )
    assert _voices(result) == ["خالد الهاشمي", "حمدان السالمي"]


def test_a_post_that_fits_two_headed_bodies_stays_the_post(read):
    """ "رئيس اللجنة" fits both committees, each headed by its man: it is neither; "رئيس
    الاتحاد الجنوبي" is not the man heading "الاتحاد الشمالي", while "رئيس الاتحاد الشمالي"
    is."""
    result = read(
        "عقدت اللجنة الفنية برئاسة حمدان السالمي اجتماعها الأول، وعقدت اللجنة المالية برئاسة "
        "خالد الهاشمي اجتماعا آخر. وقال رئيس اللجنة إن الاجتماعات ستتواصل. وانتقد الاتحاد "
        "الشمالي الذي يرأسه سالم العمري قرار البطولة. وقال رئيس الاتحاد الجنوبي إن القرار "
        "نهائي. وأكد رئيس الاتحاد الشمالي أن الاعتراض سيقدم غدا."
    )
    assert _voices(result) == ["رئيس اللجنة", "رئيس الاتحاد الجنوبي", "سالم العمري"]


def test_a_former_holder_is_not_the_man_heading_it_now(read):
    """ "رئيس النادي السابق" is another man than the one heading the club's administration,
    who speaks as "رئيس النادي"; the head of a former administration is no current post."""
    result = read(
        "رفضت إدارة النادي برئاسة سالم بن حمد الرميثي عرض الانتقال. وقال رئيس النادي السابق "
        "إن اللاعب يستحق فرصة أخرى. وقال رئيس النادي إن القرار نهائي."
    )
    assert _voices(result) == ["رئيس النادي السابق", "سالم بن حمد الرميثي"]
    result = read(
        "كانت الإدارة السابقة برئاسة خالد الهاشمي قد وقعت العقد. وقال رئيس النادي إن العقد سيراجع."
    )
    assert _voices(result) == ["رئيس النادي"]


def test_an_acting_post_over_a_body_that_bears_a_kings_name(read):
    """ "مدير مستشفى الملك فلان المكلف الدكتور فلان" then "مدير المستشفى المكلف": the king's
    name is the hospital's, and the acting director is the man named after the post."""
    result = read(
        "وقع مدير مستشفى الملك سالم بن حمد المكلف الدكتور ماجد بن سعيد الكعبي اتفاقية تعاون "
        "أمس. وأكد مدير المستشفى المكلف أن الاتفاقية تخدم المرضى."
    )
    assert _voices(result) == ["ماجد بن سعيد الكعبي"]


def test_an_acting_qualifier_may_be_left_out_where_the_holder_is_named(read):
    """ "مدير جامعة الأمير فلان د. فلان" then "مدير الجامعة المكلف"; a former director
    ("مدير الجامعة السابق") is not him."""
    result = read(
        "زار مدير جامعة الأمير فهد د. خالد بن حمد العمري كلية الطب أمس. وقال مدير الجامعة "
        "المكلف إن الكلية ستفتتح قسما جديدا. وقال مدير الجامعة السابق إن القسم تأخر."
    )
    assert _voices(result) == ["خالد بن حمد العمري", "مدير الجامعة السابق"]


def test_a_post_without_the_word_of_its_bodys_kind(read):
    """ "أمير منطقة الوادي الأمير فلان" then "أمير الوادي"; "رئيس نادي الساحل فلان" then
    "رئيس الساحل": the region's or the club's word may be left out of the post."""
    result = read(
        "دشن أمير منطقة الوادي الأمير سالم بن فهد بن حمد، مشروع الطرق أمس. وأكد أمير الوادي "
        "أن المشروع يخدم السكان. والتقى رئيس نادي الساحل حمدان بن سعيد الكعبي اللاعبين. "
        "وقال رئيس الساحل إن الفريق جاهز."
    )
    assert _voices(result) == ["سالم بن فهد بن حمد", "حمدان بن سعيد الكعبي"]


def test_a_holders_name_closed_before_the_clause_goes_on(read):
    """ "طالب الرئيس الشمالي سالم حمد فهد المليشيات المسلحة …": the name after the post ends
    at its family name (or after three given names), though the clause runs on after it."""
    result = read(
        "طالب الرئيس الشمالي سالم حمد فهد المليشيات المسلحة بالانسحاب. وأكد الرئيس الشمالي "
        "أن الهدنة صامدة. ودعا وزير الزراعة ماجد بن سعيد الكعبي المزارعين الجدد إلى التسجيل. "
        "وأوضح وزير الزراعة أن التسجيل مجاني."
    )
    assert _voices(result) == ["سالم حمد فهد", "ماجد بن سعيد الكعبي"]


def test_a_companys_board_is_no_clubs_administration(read):
    """ "مجلس إدارة الشركة برئاسة فلان" heads a company: "رئيس النادي" is not him, while the
    club's administration's head is."""
    result = read(
        "وقع مجلس إدارة الشركة برئاسة حمدان السالمي عقد الرعاية أمس. وقال رئيس النادي إن العقد "
        "مجز. وكانت إدارة النادي برئاسة سالم بن حمد الرميثي قد فاوضت الشركة. وأكد رئيس "
        "النادي أن المفاوضات طالت."
    )
    assert _voices(result) == ["رئيس النادي", "سالم بن حمد الرميثي"]
