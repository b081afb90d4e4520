"""Voice names cut short or run on (round 54): a chain of fathers' names of five names, a
modal after the name, an epithet after a title, a library or market named after a king, a
verb of appearing and the recording one appears in, a second title joined by و, and two
newspapers or agencies named in one dual.

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest

from tracker.models import SourceKind


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        (
            "وأكد سالم بن حمد سعيد راشد الفلاني وزير الزراعة، أن الموسم سيكون جيدا.",
            "سالم بن حمد سعيد راشد الفلاني",
        ),
        (
            "وأكد سالم بن حمد سعيد راشد الفلاني أن الموسم سيكون جيدا.",
            "سالم بن حمد سعيد راشد الفلاني",
        ),
        (
            "وقال علي بن سالم حمد آل مرزوق الفلاني إن الأسعار ستنخفض.",
            "علي بن سالم حمد آل مرزوق الفلاني",
        ),
    ],
)
def test_a_chain_of_five_fathers_names_is_read_whole(read, sentence, voice):
    """A name that opens with a given name and "بن" may run to five names: it is not cut to
    its last three."""
    (said,) = read(sentence).attributions
    assert said.source.name == voice


def test_a_title_ends_a_chain_of_fathers_names(read):
    """The title after a chain of five names is his title ("ماجد بن خالد فهد ناصر العتيقي
    رئيس الجمعية"), and the five-name allowance never takes a title in ("سالم بن علي رئيس
    نادي …" is "سالم بن علي")."""
    (long,) = read(
        "وقال ماجد بن خالد فهد ناصر العتيقي رئيس الجمعية، إن الأسعار ستنخفض."
    ).attributions
    assert long.source.name == "ماجد بن خالد فهد ناصر العتيقي"
    assert long.source.kind is SourceKind.OFFICIAL
    (said,) = read("وأكد سالم بن علي رئيس نادي الشروق أن الفريق سيبدأ معسكره.").attributions
    assert said.source.name == "سالم بن علي"


@pytest.mark.parametrize("modal", ["يجب", "ينبغي"])
def test_a_modal_after_the_name_is_no_part_of_it(read, modal):
    """ "وقال فلان الفلاني يجب أن …": the words said open with "must"; the name ends before."""
    (said,) = read(f"وقال حامد الرويتي {modal} أن نكون حذرين في المرحلة المقبلة.").attributions
    assert said.source.name == "حامد الرويتي"


def test_an_epithet_after_a_title_leaves_the_title_to_its_holder(read):
    """ "وأعرب الملك المفدى عن …" after "الملك فلان": the king named before, not a man called
    "المفدى"."""
    result = read(
        "وبعث الملك سالم بن حمد برقية تهنئة لرئيس الدولة الصديقة."
        " وأعرب الملك المفدى عن ثقته بأن العلاقات بين البلدين ستتعزز."
    )
    (said,) = result.attributions
    assert said.source.name == "سالم بن حمد"


@pytest.mark.parametrize("head", ["مكتبة", "سوق"])
def test_a_library_or_market_named_after_a_king_is_no_man(read, head):
    """ "مكتبة الملك فلان العامة", "سوق الأمير فلان المركزي": a body named after him speaks,
    or its director; neither is a man called "فلان العامة"."""
    (body,) = read(f"وقالت {head} الملك سلمان العامة إن المعرض سيستمر أسبوعا.").attributions
    assert body.source.kind is SourceKind.ORGANIZATION
    (head_of,) = read(f"وأوضح مدير {head} الملك سلمان العامة أن المعرض سيستمر.").attributions
    assert head_of.source.name == f"مدير {head} الملك سلمان العامة"


def test_a_verb_of_appearing_and_the_recording_are_no_part_of_the_voice(read):
    """ "وظهر الرئيس في شريط فيديو يؤكد فيه أن …": the president speaks; "ظهر" and "في شريط"
    say where he appeared."""
    (said,) = read("وظهر الرئيس في شريط فيديو يؤكد فيه أن الجيش سينتصر.").attributions
    assert said.source.name == "الرئيس"
    (named,) = read("وظهر الوزير ماجد العتيقي في تسجيل مصور يقول فيه إن الحرب انتهت.").attributions
    assert named.source.name == "ماجد العتيقي"


@pytest.mark.parametrize(
    "sentence",
    [
        "لم يحمل الشاعر والأديب حامد سالم الرويتي على الوزارة رغم أنها أوقفته."
        " وكشف الرويتي أن المصطلح نابع من الفكر.",
        "وأشار المنظم إلى حضور المستشار القانوني والمحامي حامد سالم الرويتي في الدورة،"
        " وشدد الرويتي في حديثه على حرص المحامين على حماية النفس.",
    ],
)
def test_a_second_title_joined_by_and_is_no_part_of_the_name(read, sentence):
    """ "الشاعر والأديب فلان", "المستشار والمحامي فلان": a later "وقال فلان" by his surname is
    the man named in full, without the second title."""
    names = {a.source.name for a in read(sentence).attributions if "الرويتي" in a.source.name}
    assert names == {"حامد سالم الرويتي"}


@pytest.mark.parametrize(
    ("sentence", "voice", "kind"),
    [
        (
            "وذكرت صحيفتا «الصباح الجديد» و«المساء الحر» أن الوزير سيستقيل.",
            "الصباح الجديد",
            SourceKind.OUTLET,
        ),
        (
            "وذكرت وكالتا «الأنباء الحرة» و«الأخبار اليومية» أن الوزير سيستقيل.",
            "الأنباء الحرة",
            SourceKind.AGENCY,
        ),
    ],
)
def test_two_papers_in_a_dual_speak_through_the_first_named(read, sentence, voice, kind):
    """ "ذكرت صحيفتا «…» و«…»": the first paper named speaks (never a person called
    "صحيفتا"); the second is not counted as another origin."""
    (said,) = read(sentence).attributions
    assert said.source.name == voice
    assert said.source.kind is kind


def test_a_body_of_two_papers_keeps_its_voice(read):
    """ "وقالت هيئتا تحرير صحيفتي «…» و«…» في بيان، إن …": the boards of the two papers still
    speak, named with the first paper; a "و" cut off after its name is no part of it."""
    (said,) = read(
        "وقالت هيئتا تحرير صحيفتي «الصباح» و«المساء» في بيان مشترك، إن الطبعة الورقية ستعود قريبا."
    ).attributions
    assert said.source.name == "هيئتا تحرير صحيفتي الصباح"


def test_a_word_with_the_accusative_fatha_is_the_object_not_the_voice(read):
    """ "لا يرضى عاقل يحذَر العاقبةَ ويرجو عفوَ خالقه أن …": the fatha marks an object; the
    preacher named before goes on speaking, not a voice called "العاقبةَ ويرجو"."""
    result = read(
        "وقال الإمام سالم الهاشمي إن الفتنة شر. وما جرى لا يرضى عاقل يحذَر العاقبةَ"
        " ويرجو عفوَ خالقه أن يسكت عنه. وأضاف: إن الضلال ضروب."
    )
    assert {a.source.name for a in result.attributions} == {"سالم الهاشمي"}


@pytest.mark.parametrize("title", ["الملك المفدى", "الملك"])
def test_the_king_a_cable_is_sent_to_is_not_the_king_who_speaks(read, title):
    """ "بعث الملك فلان برقية تهنئة لجلالة الملك فلان …، وأعرب الملك عن …": the sender
    speaks; the king addressed in ل is never the holder the title resolves to."""
    (said,) = read(
        "بعث الملك سالم بن حمد برقية تهنئة لجلالة الملك ماجد الأول ملك الدولة الصديقة بمناسبة"
        f" العيد الوطني. وأعرب {title} عن ثقته بأن العلاقات بين البلدين ستتعزز."
    ).attributions
    assert said.source.name == "سالم بن حمد"


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("وقال المحاميان يومها إن القضية ستؤجل.", "المحاميان"),
        (
            "وقال مصدر مطلع مختص في مجال العمالة المنزلية الآسيوية تحديدا إن الأسعار سترتفع.",
            "مصدر مطلع مختص في مجال العمالة المنزلية الآسيوية",
        ),
    ],
)
def test_that_day_or_specifically_after_the_voice_is_no_part_of_it(read, sentence, voice):
    """ "يومها" (that day) and "تحديدا" (specifically) after the voice say when or which; the
    voice ends before them."""
    (said,) = read(sentence).attributions
    assert said.source.name == voice


def test_a_noun_joined_to_a_bodys_complement_is_no_name(read):
    """ "مدير عام الهيئة العامة لمخازن الحبوب ومصانع الأعلاف": the body's name goes on after
    "و"; the unnamed director speaks, not a man called "ومصانع الأعلاف" (a given name after a
    nisba still opens the name: "رئيس المجلس الوطني وديع الفلاني")."""
    (said,) = read(
        "ولفت مدير عام الهيئة العامة لمخازن الحبوب ومصانع الأعلاف، إلى أن المخزون يكفي عاما."
    ).attributions
    assert said.source.name == "مدير عام الهيئة العامة لمخازن الحبوب ومصانع الأعلاف"
    (named,) = read("وأعرب رئيس المجلس الوطني وديع الفلاني عن تفاؤله بالاتفاق.").attributions
    assert named.source.name == "وديع الفلاني"


def test_whom_a_named_official_spoke_to_is_no_part_of_his_name(read):
    """ "وقال وزير الخارجية فلان الفلاني للكونجرس إن …": the body in لل after his name is whom
    he told; "شركة فلان الفلاني للمقاولات" is still a company's name."""
    (said,) = read("وقال وزير الخارجية الفلاني سالم الهاشمي للكونجرس إن الاتفاق جيد.").attributions
    assert said.source.name == "سالم الهاشمي"
    (company,) = read(
        "وقال رئيس مجلس إدارة شركة سالم الهاشمي للمقاولات إن الأرباح زادت."
    ).attributions
    assert company.source.name == "رئيس مجلس إدارة شركة سالم الهاشمي للمقاولات"
    (titled,) = read(
        "وأوضح مساعد أمين البلدية للشؤون الثقافية الدكتور سالم الهاشمي، أن المهرجان ناجح."
    ).attributions
    assert titled.source.name == "سالم الهاشمي"  # titles that are also given names
