"""Arabic reporting patterns of unseen news days: a nationality before a foreign name no list
holds, and a study's conclusion told with "خلص إلى أن"."""

from __future__ import annotations


def _read(read, text: str) -> list[tuple[str, str, str]]:
    result = read(text)
    return [(a.cue, a.source.name, a.content) for a in result.attributions]


def test_a_nationality_before_a_foreign_name_and_title_names_the_speaker(read):
    """ "وقال الإيطالي ماركو فيرانتي المدير الفني للنادي «…»": the coach speaks, though his
    given name is on no list; he also says what he adds after."""
    found = _read(
        read,
        "وقال الإيطالي ماركو فيرانتي المدير الفني للنادي "
        '"إننا سعداء بتجديد عقد الحارس لثلاثة أعوام." '
        'وأضاف "الفريق سيكون أقوى في الموسم المقبل."\n',
    )
    assert [(cue, name) for cue, name, _ in found] == [
        ("قال", "ماركو فيرانتي"),
        ("أضاف", "ماركو فيرانتي"),
    ]
    assert "تجديد عقد الحارس" in found[0][2]
    # With no name after the nationality, nothing is read as one.
    found = _read(read, "وقال الأمريكي المحاضر في الجامعة إن الطلاب جاهزون للاختبار.\n")
    assert all(name != "المحاضر" for _, name, _ in found)


def test_a_study_concluding_that_is_its_finding(read):
    """ "وخلصت الدراسة التي نشرتها المجلة … إلى أن …": what the study concluded is its
    statement, as with "أظهرت"; "خلص الاجتماع إلى توصيات" states nothing."""
    (att,) = read(
        "وخلصت الدراسة التي نشرتها مجلة طبية أمس إلى أن ثلثي المشاركين يعانون من قلة النوم.\n"
    ).attributions
    assert att.cue == "خلصت"
    assert att.source.name == "الدراسة"
    assert att.content == "ثلثي المشاركين يعانون من قلة النوم"
    # With no "أن" close after it, concluding tells nothing: "خلص إلى عدد من التوصيات".
    assert not read("وخلص الاجتماع إلى عدد من التوصيات لتطوير الخدمات.\n").attributions


def test_the_arab_monetary_fund_is_not_the_international_one(read):
    """ "صندوق النقد العربي" is a body of its own: read as the IMF, two funds' statements
    would count as one voice's, or one fund's as another's."""
    (att,) = read("وقال صندوق النقد العربي إن النمو في المنطقة سيتباطأ هذا العام.\n").attributions
    assert att.source.name == "صندوق النقد العربي"
    assert att.source.id != "imf"


def test_a_body_that_criticises_a_definite_object_says_what_its_participle_says(read):
    """ "وانتقدت الغرفة القرار، قائلة إنه …": the chamber speaks; the participle is not
    dropped for want of a woman named before, nor given to the man who spoke before it. Its
    adjectives stay in its name ("الاتحاد الأوروبي"), the demonstrative opens the object."""
    found = _read(
        read,
        "وقال المتحدث باسم الهيئة رامي العلي إن الاجتماع انتهى. "
        "وانتقدت الغرفة القرار، قائلة إنه يضر بصغار التجار. "
        "ورفض الاتحاد الأوروبي ذلك المقترح، قائلا إنه متسرع.\n",
    )
    assert [(cue, name) for cue, name, _ in found] == [
        ("قال", "رامي العلي"),
        ("قائلة", "الغرفة"),
        ("قائلا", "الاتحاد الأوروبي"),
    ]
    assert found[1][2] == "يضر بصغار التجار"
    # "وأمانتها" (and her secretariat) is no accusative object ending the body's name.
    appeal = _read(
        read,
        "وناشد المجلس إمارة المنطقة وأمانتها سرعة التدخل لصيانة الطريق، لافتا إلى أن الحفر "
        "كثيرة.\n",
    )
    assert all("إمارة" not in name for _, name, _ in appeal)


def test_a_body_that_launched_something_speaks_in_the_next_sentence(read):
    """ "أطلقت هيئة النقل اليوم تطبيقا …. وقالت إن …": the authority named before the day
    and the accusative object is who says it; the statement is not lost."""
    (att,) = read(
        "أطلقت هيئة النقل اليوم تطبيقا لتلقي شكاوى المسافرين. "
        "وقالت إن التطبيق يتيح متابعة كل شكوى حتى إغلاقها.\n"
    ).attributions
    assert att.source.name == "هيئة النقل"
    assert att.content == "التطبيق يتيح متابعة كل شكوى حتى إغلاقها"
    # A present verb after the launched thing describes it: the authority says nothing there.
    launched = read("أطلقت هيئة النقل ست مبادرات يتوقع أن تسهم في تيسير الخدمات.\n")
    assert not any(a.source.name.startswith("هيئة النقل") for a in launched.attributions)


def test_a_name_then_his_title_set_off_by_commas_points_back(read):
    """ "ذكر ذلك فلان الفلاني، مدير الإعلام بالأمانة، مبينا أن …": the man named, then his
    title between commas, told the paragraph before; his participle and the "وأضاف" after it
    are his too, and none of the three is lost."""
    found = _read(
        read,
        "تواصل البلدية حملاتها في الأسواق منذ أسبوع.\n"
        "أغلقت البلدية ثلاثة مطاعم مخالفة للاشتراطات الصحية.\n"
        "ذكر ذلك سامي العلي، مدير الإعلام بالأمانة، مبيناً أن القرار جاء بعد فحص العينات.\n"
        "وأضاف أن الحملات ستستمر طوال الشهر.\n",
    )
    assert [(cue, name) for cue, name, _ in found] == [
        ("ذكر", "سامي العلي"),
        ("مبيناً", "سامي العلي"),
        ("أضاف", "سامي العلي"),
    ]
    assert found[0][2] == "أغلقت البلدية ثلاثة مطاعم مخالفة للاشتراطات الصحية"


def test_a_day_set_off_by_commas_ends_the_launching_body(read):
    """ "أطلقت هيئة النقل السعودية، اليوم، تطبيقا …. وقالت، في تغريدات لها، إنه …": the day
    between commas closes the authority's name as it does with none."""
    (att,) = read(
        "أطلقت هيئة النقل السعودية، اليوم، تطبيقًا لتلقي الشكاوى.\n"
        "وقالت، في تغريدات لها، بموقع تويتر، اليوم: إنه يمكن من خلال التطبيق تقديم شكوى.\n"
    ).attributions
    assert att.source.name == "هيئة النقل السعودية"
    assert att.content == "يمكن من خلال التطبيق تقديم شكوى"


def test_a_foreign_name_after_a_title_and_nationality_names_the_doer(read):
    """ "أطلق الرئيس الأميركي فلان فلانسون، أمس، خطته …، مؤكدا …": the man is named by his
    two unlisted names, not by the title alone; a one-word place visited ("زار الرئيس
    الأميركي كينيا، …") stays no name."""
    (att,) = read(
        "أطلق الرئيس الأميركي ماركو فيرانتي، أمس، خطته الجديدة للطاقة، مؤكدا حرص بلاده على"
        " التحرك فورا.\n"
    ).attributions
    assert att.source.name == "ماركو فيرانتي"
    (visit,) = read("زار الرئيس الأميركي كينيا، أمس، وقال إن الزيارة ناجحة.\n").attributions
    assert visit.source.name != "كينيا"


def test_a_tweet_is_a_statement(read):
    """ "وغرّد فلان على حسابه في تويتر قائلا: «…»", "وغردت الوزارة على حسابها: «…»": the
    tweet's words are the tweeter's, not the last speaker's nor the paper's; "يغرد خارج
    السرب" (an idiom) says nothing."""
    found = _read(
        read,
        "وقال المتحدث باسم الهيئة رامي العلي إن الاجتماع انتهى. "
        'وغرّد الهاشم على حسابه في تويتر قائلاً: "الاتحاد يتفاوض مع لاعب دولي". '
        "وغردت الوزارة على حسابها: «التسجيل يبدأ غدا». وهو يغرد خارج السرب.\n",
    )
    assert [(cue, name, content) for cue, name, content in found][1:] == [
        ("غرّد", "الهاشم", "الاتحاد يتفاوض مع لاعب دولي"),
        ("غردت", "الوزارة", "التسجيل يبدأ غدا"),
    ]


def test_a_record_with_its_adjectives_before_the_verb_is_the_voice(read):
    """ "فهناك دراسة موسعة أكدت أن …": the study with its adjective speaks, as "دراسة أكدت"
    does."""
    (att,) = read("فهناك دراسة موسعة أكدت أن السمنة تؤثر على دخل العاملين.\n").attributions
    assert att.source.name == "دراسة موسعة"
    assert att.content == "السمنة تؤثر على دخل العاملين"
    # A record that was published is no voice: "صرح في رسالة صوتية نشرت أمس أن …".
    told = read("وكان شقيقه قد صرح في رسالة صوتية نشرت أمس أن العائلة لم تبايع أحدا.\n")
    assert all(a.source.name != "رسالة صوتية" for a in told.attributions)


def test_a_period_of_the_month_after_the_title_is_no_name(read):
    """ "أكد وزير التعليم أواخر الشهر، بأن …": "أواخر الشهر" says when, the minister speaks
    (it had been read as his name)."""
    (att,) = read("أكد وزير التعليم أواخر الشهر، بأن عدد المتقدمين تجاوز ألفا.\n").attributions
    assert att.source.name == "وزير التعليم"


def test_a_family_name_written_with_h_is_no_act_of_his(read):
    """ "وأوضح خالد عويضه المتحدث الرسمي للشركة أن …": a family name in ه for ة, then his
    title, is part of the name; it had been read as "his" act and the statement lost."""
    (att,) = read(
        "وأوضح خالد عويضه المتحدث الرسمي للشركة أن نظام التكييف الجديد يعمل بالمياه.\n"
    ).attributions
    assert att.source.name == "خالد عويضه"
    assert att.content == "نظام التكييف الجديد يعمل بالمياه"
