"""A post that speaks without a name is the holder the article names with it (round 53).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


def _voices(result):
    return [a.source.name for a in result.attributions]


@pytest.mark.parametrize(
    ("first", "role", "holder"),
    [
        (
            "افتتح محافظ الوادي الشيخ سالم بن حمد الرميثي معرض الكتاب أمس.",
            "محافظ الوادي",
            "سالم بن حمد الرميثي",
        ),
        (
            "ترأس قائد حرس السواحل اللواء فهد بن سالم الكعبي اجتماع اللجنة أمس.",
            "قائد حرس السواحل",
            "فهد بن سالم الكعبي",
        ),
        (
            "ويتولى إدارة البعثة الأمين العام العقيد المهندس ماجد الحربي مع الجهاز الفني.",
            "الأمين العام",
            "ماجد الحربي",
        ),
    ],
)
def test_a_rank_between_a_post_and_its_holder(read, first, role, holder):
    """ "محافظ الوادي الشيخ فلان": an honorific or a rank between the post and the name is the
    holder's, so the post speaking later is that man."""
    result = read(f"{first} وقال {role} إن الأعمال تسير وفق الخطة المرسومة.")
    assert _voices(result) == [holder]


def test_a_long_name_in_abd_before_its_post(read):
    """ "عبد الله بن سعيد بن عبد الرحمن، رئيس اللجنة": "عبد" and the word after it are one
    name, so a name of seven words with two of them is five names long and is read whole."""
    result = read(
        "وكان عبد الله بن سعيد بن عبد الرحمن، رئيس اللجنة المنظمة، قد افتتح المعرض أمس. "
        "ولفت رئيس اللجنة المنظمة إلى أن الفعاليات تستمر أسبوعا."
    )
    assert _voices(result) == ["عبد الله بن سعيد بن عبد الرحمن"]


def test_the_same_title_before_a_name_and_its_post_after(read):
    """ "رعى الأمير فلان، أمير منطقة الوادي، الحفل": a title before the name that heads the
    post set off after it makes him the holder, whatever verb opens the sentence."""
    result = read(
        "رعى الأمير سالم بن فهد بن حمد، أمير منطقة الوادي، حفل التخرج أمس. وقال أمير منطقة "
        "الوادي إن الخريجين سيعملون في مشاريع المنطقة."
    )
    assert _voices(result) == ["سالم بن فهد بن حمد"]


def test_another_post_after_a_guest_stays_apart(read):
    """ "بحضور الأمير فلان، نائب أمير المنطقة": a title of another head before the name is no
    proof, and the deputy is never the governor named before him: two holders, two voices."""
    result = read(
        "رعى الأمير سالم بن فهد، أمير منطقة الوادي، الحفل، بحضور الأمير حمد بن خالد، نائب "
        "أمير المنطقة. وقال أمير منطقة الوادي إن المشاريع تسير. وقال نائب أمير المنطقة إن "
        "الطرق ستفتتح قريبا."
    )
    governor, deputy = _voices(result)
    assert governor == "سالم بن فهد"
    assert deputy != governor


def test_two_ministers_named_with_ranks_stay_two_voices(read):
    """Two posts of one head, each named with its holder after a rank or an honorific: each
    post speaking later is its own holder, never the other minister."""
    result = read(
        "استقبل وزير الداخلية الشيخ سالم بن حمد الرميثي أمس وزير الصحة الدكتور فهد العلي. "
        "وقال وزير الصحة إن المستشفيات جاهزة. وقال وزير الداخلية إن الحدود آمنة."
    )
    assert _voices(result) == ["فهد العلي", "سالم بن حمد الرميثي"]


def test_a_deputy_post_is_not_the_post_holder(read):
    """ "نائب وزير الصحة" after "وزير الصحة فلان": a title over another title is a post under
    it, held by another man, however many of its words the minister's title holds."""
    result = read(
        "وقال وزير الصحة سالم العلي إن المشاريع تسير. وقال نائب وزير الصحة إن الطرق ستفتتح قريبا."
    )
    minister, deputy = (a.origin for a in result.attributions)
    assert minister != deputy


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "نجح فريق طبي في العملية التي أشرف عليها مدير مستشفى الوادي التخصصي الدكتور سالم "
            "الحربي. وأفاد مدير المستشفى أن المريض غادر بصحة جيدة.",
            "سالم الحربي",
        ),
        (
            "دشن رئيس الهيئة العامة للطيران المدني سالم الحمدان المطار الجديد أمس. وقال رئيس "
            "هيئة الطيران إن الرحلات تبدأ الشهر المقبل.",
            "سالم الحمدان",
        ),
    ],
)
def test_a_shorter_form_of_a_post_named_in_full_before(read, text, holder):
    """ "مدير مستشفى الوادي التخصصي الدكتور فلان" then "مدير المستشفى": the same head and the
    same governed word, the rest among the fuller post's words, and one man named so: he
    speaks."""
    assert _voices(read(text)) == [holder]


@pytest.mark.parametrize(
    "text",
    [
        # two holders of one post's short form
        "التقى مدير مستشفى الوادي الدكتور سالم الحربي بمدير مستشفى النخيل الدكتور فهد العلي. "
        "وقال مدير المستشفى إن التعاون سيستمر.",
        # a hospital that bears a man's name
        "وأجرى العملية فريق يقوده الدكتور سالم الحربي المدير الطبي بمستشفى د. فهد العلي "
        "التخصصي. وأكد المدير الطبي للمستشفى أن المريض تعافى.",
        # another post between the role and the name
        "والتقى المسؤول الأمريكي برئيس الوزراء سالم الحمدان أمس في العاصمة. وقال المسؤول "
        "الأمريكي إن المحادثات كانت مثمرة.",
        # a former holder
        "وحضر الحفل مدير الشرطة السابق اللواء سالم الحربي. وقال مدير الشرطة إن الأمن مستتب.",
    ],
)
def test_a_fuller_post_that_is_not_the_speaker(read, text):
    """Two men named with the post, a body named after a man, another post between, or a
    former holder: the post speaking is none of the men named (it stays the post)."""
    (voice,) = _voices(read(text))
    assert "سالم" not in voice
    assert "فهد" not in voice


def test_a_title_after_al_is_a_family_name(read):
    """ "فلان بن فلان آل الأمير": the word after "آل" is the family's name even when it is
    also a title, so the holder's name is read whole."""
    result = read(
        "افتتح وزير الزراعة المهندس سالم بن فهد آل الأمير أمس المعرض. وقال وزير الزراعة إن "
        "المعرض يضم مئة جناح."
    )
    assert _voices(result) == ["سالم بن فهد آل الأمير"]


def test_a_chain_of_posts_then_the_holder_right_after_the_voice(read):
    """ "أوضح سماحة مفتي عام البلاد رئيس … الشيخ فلان، أن": a chain of posts too long for the
    voice to take the name with it; the honorific and name right after it are its holder."""
    result = read(
        "أوضح سماحة مفتي عام البلاد رئيس مجلس العلماء رئيس اللجنة الدائمة للبحوث والإرشاد "
        "الشيخ سالم بن حمد آل سعيد، أن الوحدة واجب على الجميع."
    )
    assert _voices(result) == ["سالم بن حمد آل سعيد"]


def test_a_post_named_on_its_second_turn(read):
    """ "قال وزير الزراعة إن … . وأضاف وزير الزراعة فلان أن …": the post that spoke first is
    the man the text names later with the very same post, one man, one voice."""
    result = read(
        "قال وزير الزراعة إن الموسم سيكون جيدا. وأضاف وزير الزراعة سالم الحمدان أن الأسعار ستنخفض."
    )
    assert _voices(result) == ["سالم الحمدان", "سالم الحمدان"]


@pytest.mark.parametrize(
    "text",
    [
        # a post several men hold at once
        "قال مستشار الوزير إن الموسم سيكون جيدا. وأضاف مستشار الوزير سالم الحمدان أن الأسعار "
        "ستنخفض.",
        # two men named later with the post
        "قال وزير الزراعة إن الموسم سيكون جيدا. والتقى وزير الزراعة سالم الحمدان أمس، ثم التقى "
        "وزير الزراعة فهد العلي.",
    ],
)
def test_a_post_named_later_for_two_men_stays_the_post(read, text):
    """A post one man need not hold alone, or given two names later: the post that spoke first
    is none of them."""
    assert _voices(read(text))[0] in ("مستشار الوزير", "وزير الزراعة")
