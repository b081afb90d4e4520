"""Names read whole: given names that start them, and where they end."""

from __future__ import annotations


def voices(result) -> list[tuple[str, str]]:
    """Each attribution's voice and content, in text order."""
    return [(a.source.name, a.content) for a in result.attributions]


def test_a_common_given_name_starts_the_name_after_a_title(read):
    """ "وأكد أسعد …" with a given name the list did not hold: the name is read up to the
    verb's object, and the participle after it is his."""
    result = read(
        "وأكد أسعد القرني الناطق الإعلامي لصحة المنطقة الحادثة، مشيرا إلى أن سبعة من أفراد"
        " الأسرة غادروا المستشفى."
    )
    assert voices(result) == [("أسعد القرني", "سبعة من أفراد الأسرة غادروا المستشفى")]


def test_a_name_ends_before_an_ala_clause(read):
    """ "فضّل الوزير فلان ألا …": what he preferred opens with ألا, no part of his name."""
    result = read(
        "وفضل وزير النقل الدكتور مفرج السبيعي ألا يتأخر افتتاح الطريق، مؤكدا أن العمل يسير"
        " وفق الخطة."
    )
    assert voices(result) == [("مفرج السبيعي", "العمل يسير وفق الخطة")]


def test_a_role_named_with_an_ala_clause_after_it_is_its_holder(read):
    """ "فضل وزير النقل الدكتور فلان ألا …" then "وطبقا لوزير النقل، فإن …": the role later is
    the man named with it, his name read up to ألا."""
    result = read(
        "فضل وزير النقل الدكتور مفرج السبيعي ألا يتأخر افتتاح الطريق الساحلي. وطبقا لوزير"
        " النقل، فإن العمل في الطريق يسير وفق الخطة المعتمدة."
    )
    assert voices(result) == [("مفرج السبيعي", "العمل في الطريق يسير وفق الخطة المعتمدة")]


def test_a_title_of_address_after_a_given_name_is_his_family_name(read):
    """ "وقال ماجد السيد، المتحدث باسم الوزارة، إن …": السيد after the given name is his family
    name, not "Mr" cut off from a man called ماجد; the spokesman's title stays his."""
    result = read("وقال ماجد السيد، المتحدث باسم وزارة الري، إن منسوب النهر ارتفع أمس.")
    [attribution] = result.attributions
    assert attribution.source.name == "ماجد السيد"
    assert "المتحدث باسم وزارة الري" in attribution.source.descriptor


def test_a_compound_given_name_keeps_a_family_name_of_address(read):
    """ "أعلن عبد الكريم الشيخ، قائد …": "عبد الكريم" is one given name, الشيخ his family."""
    result = read("وأعلن عبد الكريم الشيخ، قائد الكتيبة الثالثة، عن انسحاب المسلحين من البلدة.")
    assert [a.source.name for a in result.attributions] == ["عبد الكريم الشيخ"]


def test_van_before_a_name_ending_in_ya_is_part_of_the_name(read):
    """ "وكشف المهاجم فان بيرسي أن …": فان (van) before "بيرسي" is the player's name, though
    the word after it ends like a nisba; "فإن" never follows a reporting verb or a name."""
    result = read("وكشف هانز فان ديرسي أن المدرب أبلغه بأنه خارج حساباته للموسم المقبل.")
    assert voices(result) == [("هانز فان ديرسي", "المدرب أبلغه بأنه خارج حساباته للموسم المقبل")]
    result = read("وقال فان ديرسي إن الفريق يحتاج إلى مهاجم جديد قبل بداية الموسم.")
    assert voices(result) == [("فان ديرسي", "الفريق يحتاج إلى مهاجم جديد قبل بداية الموسم")]


def test_zada_with_a_complementiser_reports_what_he_added(read):
    """ "وزاد فلان أن …" is "he added that"; "وزادت مبيعات …" an increase, and "وزادت
    التكهنات أن …" a thing that grew: neither reports anyone."""
    result = read(
        "وقال سامي الرويلي إن الأسعار ارتفعت. وزاد الرويلي أن تكاليف الصيانة تضاعفت هذا العام."
    )
    assert [v for v, _ in voices(result)] == ["سامي الرويلي", "سامي الرويلي"]
    assert voices(result)[1][1] == "تكاليف الصيانة تضاعفت هذا العام"
    result = read("وزادت مبيعات الأجهزة بنسبة عشرة في المئة خلال الربع الثاني، وفقا لوكالة رويترز.")
    assert voices(result) == [
        ("رويترز", "وزادت مبيعات الأجهزة بنسبة عشرة في المئة خلال الربع الثاني")
    ]
    assert read("وزادت التكهنات أن يكون الحطام من الطائرة المفقودة.").attributions == ()


def test_a_two_word_given_name_keeps_the_family_name_after_it(read):
    """ "كشف عبد الكريم الفريح، الرئيس التنفيذي …، أبرز ملامح …، مشيرا": "عبد الكريم" is one
    given name; الفريح after it is the family name, and the participle is his."""
    result = read(
        "وقال مدير المعرض سالم الفهد إن المعرض ناجح. من جهته، كشف عبد الكريم الفريح، الرئيس"
        " التنفيذي للمعرض، أبرز ملامح الخطة، مشيرا إلى أن الخدمات متكاملة."
    )
    assert voices(result)[-1] == ("عبد الكريم الفريح", "الخدمات متكاملة")


def test_a_quoted_name_after_a_describing_noun_is_the_doer(read):
    """ "وأشار الطفل «سالم الهاشمي» إلى إعجابه …، مؤكدا أن …": the boy named in quotation
    marks speaks, not the man quoted in the sentence before."""
    result = read(
        "وقال مدير المسرح سالم الفهد إن العروض ناجحة. وأشار الطفل «ماجد العنزي» إلى إعجابه"
        " بالعرض، مؤكدا أن القصة كانت ممتعة."
    )
    assert voices(result)[-1] == ("ماجد العنزي", "القصة كانت ممتعة")


def test_a_title_set_off_before_an_announcement_is_the_speakers(read):
    """ "أعلن فلان، قائد اللجان الشعبية في المحافظة، أمس عن …": the title set off after the name
    is his, as before "إن", though the time and "عن" stand between it and what he announced."""
    result = read(
        "وأعلن ماهر الجعدي، قائد الشرطة في محافظة الساحل، أمس عن تحرير ثلاثة رهائن في البلدة."
    )
    [attribution] = result.attributions
    assert attribution.source.name == "ماهر الجعدي"
    assert attribution.source.descriptor == "قائد الشرطة في محافظة الساحل"


def test_a_name_set_off_behind_a_rank_after_a_role_is_the_speaker(read):
    """ "وأوضح أمين المنطقة، المهندس فلان، أمس أن …": the role, then his name behind his rank:
    the man is the voice, the role his descriptor."""
    result = read("وأوضح أمين منطقة الساحل، المهندس فارس الشمري، أمس أن المشروع اكتمل بنسبة كبيرة.")
    [attribution] = result.attributions
    assert attribution.source.name == "فارس الشمري"
    assert attribution.source.descriptor.startswith("أمين منطقة الساحل")
