"""Arabic cues whose noun-phrase content is an event noun with its doer's pronoun (round 54).

"أعلن فلان ترشحه", "أعلنت الفلانية انسحابها", "أعلن رئيس النادي توصله إلى اتفاق": what the
voice tells of itself. Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _read(result) -> list[tuple[str, str]]:
    return [(a.source.name, a.content) for a in result.attributions]


def test_an_announced_candidacy_with_its_pronoun_is_content(read):
    """ "وأعلن اللاعب فلان ترشحه لرئاسة …": the candidacy (an event noun with no ة, with the
    pronoun of its doer) opens the content; a noun of three letters with its pronoun does
    not ("وأعلن الحزب رفضه للقرار": a stance, not a claim)."""
    result = read("وأعلن اللاعب سامر الفلاني ترشحه لرئاسة الاتحاد الإقليمي للعبة.")
    assert _read(result) == [("سامر الفلاني", "ترشحه لرئاسة الاتحاد الإقليمي للعبة")]
    assert _read(read("وأعلن الحزب الفلاني رفضه للقرار الجديد.")) == []


def test_an_announced_withdrawal_is_read_from_its_noun(read):
    """ "أعلنت اللاعبة فلانة انسحابها من البطولة بسبب إصابة …": the content opens at the
    withdrawal, not at the later event noun "إصابة"."""
    result = read("أعلنت اللاعبة رنا الفلانية انسحابها من البطولة بسبب إصابة في الكتف.")
    assert _read(result) == [("رنا الفلانية", "انسحابها من البطولة بسبب إصابة في الكتف")]


def test_a_confirmed_entry_of_a_body(read):
    """ "وأكدت مصادر عسكرية دخولها البلدة": a body confirms what it did."""
    result = read("وأكدت مصادر عسكرية دخولها البلدة بعد معارك عنيفة.")
    assert _read(result) == [("مصادر عسكرية", "دخولها البلدة بعد معارك عنيفة")]
    # (inside an object after a name the noun opens nothing: "تفاصيل قضية توقيعه")
    named = read("كشف المهاجم سامر الكريم تفاصيل قضية توقيعه للنادي التي شغلت الجمهور.")
    assert _read(named) == []
    # (nor after a present verb that describes the noun before it: "شاحنات تعلن وصولها")
    trucks = read("وتجمع البلدية القمامة كل مساء بواسطة شاحنات تعلن وصولها بصافرة طويلة.")
    assert _read(trucks) == []


def test_a_later_cue_after_a_comma_and_a_time_lead_ends_the_content(read):
    """ "…، وحتى الآن أعرب فلان عن نيته …": the new clause of another voice ends the content
    read before it."""
    result = read(
        "وأعلن المدرب سامر الفلاني انسحابه من سباق انتخابات النادي بعد الخلاف الذي شهدته "
        "الجمعية العمومية، وحتى الآن أعرب المدرب كريم الفلاني عن نيته البقاء في السباق."
    )
    assert _read(result)[0] == (
        "سامر الفلاني",
        "انسحابه من سباق انتخابات النادي بعد الخلاف الذي شهدته الجمعية العمومية",
    )


def test_an_act_announced_after_a_word_of_time(read):
    """ "أعلن المهرجان، أمس (الاثنين)، تحديد موعد …": a derived verbal noun after the subject
    and the day is what was announced."""
    result = read("أعلن المهرجان، أمس (الاثنين)، تحديد يوم العاشر من الشهر لانطلاق دورته.")
    assert _read(result) == [("المهرجان", "تحديد يوم العاشر من الشهر لانطلاق دورته")]
    # ("أثناء", shaped as a verbal noun, is when he spoke: the content opens at أن)
    during = read("وأكد الرئيس سامر الكريم، أمس، أثناء لقائه القنصل، أن الاتفاق قائم.")
    assert _read(during) == [("سامر الكريم", "الاتفاق قائم")]


def test_an_act_announced_after_a_day_in_brackets(read):
    """ "أعلنت إدارة النادي أمس (السبت) تجديد عقد …": the body, the day, then the act."""
    result = read("أعلنت إدارة النادي أمس (السبت) تجديد عقد المهاجم سامر الكريم.")
    assert _read(result) == [("إدارة النادي", "تجديد عقد المهاجم سامر الكريم")]


def test_plural_sources_are_not_the_one_unnamed_member_before(read):
    """ "وأعلن عضو الشرف البارز توصله … وبينت المصادر أن …": the sources, in the plural, are
    not the one unnamed member who announced the deal."""
    result = read(
        "وقالت تقارير صحفية محلية إن اللاعب تلقى عرضا من نادي الزهور. وأعلن عضو الشرف البارز "
        "توصله إلى اتفاق مع النادي على انتقال اللاعب. وبينت المصادر أن الأسماء المغادرة تأتي "
        "بناء على تقرير المدرب."
    )
    assert [name for name, _ in _read(result)] == [
        "تقارير صحفية محلية",
        "عضو الشرف البارز",
        "المصادر",
    ]
