"""Arabic attributions read wrong on SaudiNewsNet days sampled at random (round 45, arprec45).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "voice", "content"),
    [
        (
            "وبحسب صحيفة الوادي تم إغلاق الطريق الساحلي أمس.",
            "الوادي",
            "تم إغلاق الطريق الساحلي أمس",
        ),
        (
            "وبحسب وكالة أنباء الساحل يتم نقل المصابين إلى مستشفى المدينة كل ساعة.",
            "وكالة أنباء الساحل",
            "يتم نقل المصابين إلى مستشفى المدينة كل ساعة",
        ),
    ],
)
def test_a_passive_auxiliary_after_a_credit_opens_its_clause(read, text, voice, content):
    """ "وبحسب صحيفة الوادي تم إغلاق الطريق": the passive's auxiliary ends the credited voice
    and opens what it credits; no name holds "تم"."""
    (attribution,) = read(text).attributions
    assert (attribution.source.name, attribution.content) == (voice, content)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("وقال وزير الخارجية الكندي جون ميلر إن بلاده تدعم الاتفاق.", "state:CA"),
        ("وقال رئيس الوزراء المجري إن بلاده ستغلق الحدود أمام المهاجرين.", "state:HU"),
        ("وأعلنت السلطات الرومانية توقيف رجلين قرب الحدود.", "state:RO"),
        ("وقالت وزارة الصحة البورمية إن فرقها وصلت إلى القرى المعزولة.", "state:MM"),
        # After a rank the nisba is the officer's family name, not his state.
        ("وقال اللواء الكندي إن القوات تقدمت نحو المدينة.", "state:SA"),
    ],
)
def test_a_nisba_that_is_a_family_name_names_a_state_after_an_office(read, text, group):
    """ "وزير الخارجية الكندي": a nisba the registry keeps off its country list (alone it is
    a family name) names the official's state right after a state's office or body, so a
    foreign minister is not grouped with the publisher's officials."""
    (attribution,) = read(text).attributions
    assert attribution.source.group == group


def test_a_title_set_off_after_a_name_keeps_the_paper_he_told_out(read):
    """ "وأوضح فلان، المحلل الاقتصادي الأردني لـ«الوادي»، أن …": the paper told closes the
    title set off after the name, which stays his descriptor; the bare title later is he."""
    text = (
        "وأوضح الدكتور سامر الخطيب، المحلل الاقتصادي الأردني لـ«الوادي»، أن الأسعار سترتفع."
        " وأشار المحلل الاقتصادي الأردني إلى أن التضخم سيزيد في الربع المقبل."
    )
    first, second = read(text).attributions
    assert "المحلل الاقتصادي الأردني" in first.source.descriptor
    assert [c.name for c in first.chain] == ["الوادي", "سامر الخطيب"]
    assert second.source.name == "سامر الخطيب"


def test_a_spokesman_set_off_after_his_name_is_an_official_when_he_told_a_paper(read):
    """ "وقال فلان، المتحدث باسم وزارة الصحة لـ«الوادي»، إن …": an official, the paper his
    carrier."""
    (attribution,) = read(
        "وقال سامر الخطيب، المتحدث باسم وزارة الصحة لـ«الوادي»، إن الحالات تراجعت."
    ).attributions
    assert attribution.source.descriptor == "المتحدث باسم وزارة الصحة"


def test_a_european_bodys_spokeswoman_is_no_state_of_the_dateline(read):
    """ "المتحدثة باسم المفوضية الأوروبية فلانة" in a dispatch from London: a European body is
    no state's, as an international one is, so she is not grouped with Britain's officials."""
    text = "لندن - وكالات\nوقالت المتحدثة باسم المفوضية الأوروبية ماريا كوفال إن الوضع يتدهور."
    (attribution,) = read(text).attributions
    assert not attribution.source.group.startswith("state:")


def test_a_surname_takes_an_officials_foreign_name_of_three_words(read):
    """ "وزير الخارجية الألماني كارل هاينز موللر" in a sentence with no cue, then "وأعلن
    موللر": the surname is that minister, named in full and with his state, as it is for a
    name of two words."""
    text = (
        "ووصل وزير الخارجية الألماني كارل هاينز موللر إلى العاصمة مساء الأحد في جولة تشمل ثلاث دول."
        " وأعلن موللر أنه سيزور المملكة الشهر المقبل."
    )
    (attribution,) = read(text).attributions
    assert (attribution.source.name, attribution.source.group) == ("كارل هاينز موللر", "state:DE")


@pytest.mark.parametrize(
    "text",
    [
        "وأكد المتحدث باسم المجلس، كول براير، أن الاجتماع سيعقد غدا.",
        "وأكد المتحدث باسم المجلس بالعاصمة، تود بريكس، أن الاجتماع سيعقد غدا.",
    ],
)
def test_an_unlisted_name_set_off_after_a_title_is_split_from_it(read, text):
    """ "المتحدث باسم المجلس، كول براير، أن …": a name no list holds, set off by commas after
    the title, is the voice's name and the title his descriptor, not one long name."""
    (attribution,) = read(text).attributions
    assert attribution.source.name in {"كول براير", "تود بريكس"}
    assert attribution.source.descriptor.startswith("المتحدث باسم المجلس")


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث باسم الشرطة سامر الخطيب إن التحقيق مستمر. وكانت الشرطة ألقت القبض على"
        " السائق، وتبين أنه يقيم في البلاد بطريقة غير قانونية.",
        "وقالت المحكمة إن الجلسة أجلت. وقد سئل الرجل عن سوابقه فتبين أنه موقوف مرتين من قبل.",
    ],
)
def test_it_turned_out_opening_its_clause_is_no_ones_words(read, text):
    """ "وتبين أنه يقيم …": "it turned out", right before the complementiser and opening its
    clause, is the writer's finding, not the last speaker's (or body's) words."""
    assert len(read(text).attributions) == 1


def test_a_record_that_shows_still_speaks(read):
    """ "وتبين الدراسة أن …": with its subject after it the verb is "shows"."""
    (attribution,) = read("وتبين الدراسة أن الأطفال ينامون أقل من المعتاد.").attributions
    assert attribution.content == "الأطفال ينامون أقل من المعتاد"


def test_a_womans_title_of_coordinator_after_her_name_is_no_part_of_it(read):
    """ "وقالت فلانة المنسقة في جمعية …": the feminine title after her name describes her, as
    "المنسق" does a man; her name is the two words before it, of no state."""
    text = "وقالت سلمى فارس المنسقة في جمعية الهلال إن الناجين بحاجة إلى المساعدة."
    (attribution,) = read(text).attributions
    assert attribution.source.name == "سلمى فارس"
    assert not attribution.source.group.startswith("state:")


def test_an_indefinite_role_of_one_word_is_someone_new(read):
    """ "وقالت متحدثة لـ…" after a spokeswoman named with her title: "a spokeswoman" is another
    woman, not the one named before; counted as her, one voice would stand for two (and a
    copy naming the other voice would make the claim look corroborated)."""
    result = read(
        "وأعلنت المتحدثة باسم المفوضية الأوروبية سلمى فارس أن القرض صرف أمس. "
        "وقالت متحدثة لشبكة النهار التلفزيونية إن المصارف ستبقى مفتوحة حتى المساء."
    )
    voices = [a.source.name for a in result.attributions]
    assert voices == ["سلمى فارس", "متحدثة"]


def test_a_definite_role_still_names_the_one_named_before(read):
    """ "وأضاف المتحدث" after "المتحدث باسم الوزارة سالم النمر": the definite role is him."""
    result = read(
        "وقال المتحدث باسم وزارة الزراعة سالم النمر إن المحصول وفير هذا العام. "
        "وأضاف المتحدث أن الأسعار ستنخفض الشهر المقبل."
    )
    assert [a.source.name for a in result.attributions] == ["سالم النمر", "سالم النمر"]


def test_a_ministrys_sector_speaks_for_the_state_of_the_dateline(read):
    """ "نفى قطاع السجون …" in a dispatch from Cairo: a ministry's sector is a state body, no
    man called "قطاع", and it speaks for the state its ministry serves, so the ministry and
    its sector telling one death are one origin, not two."""
    result = read(
        "القاهرة - وقالت وزارة الداخلية إن السجين توفي بعد شعوره بإعياء مفاجئ. "
        "ومن جهة أخرى، نفى قطاع السجون أن تكون لموت السجين ملابسات جنائية."
    )
    groups = {a.source.name: (a.source.kind.value, a.source.group) for a in result.attributions}
    assert groups["قطاع السجون"] == ("government-body", "state:EG")
