"""One speaker counted twice: an unnamed spokesman read as the official he speaks for, or
beside a man named with no title; a surname alone read as a relative. Every example is made
up."""

from __future__ import annotations

import pytest
from conftest import chain_names

from tracker.link.independence import same_voice
from tracker.models import Source, SourceKind


@pytest.mark.parametrize(
    "text",
    [
        "ارتفعت حصيلة الانفجار في بلدة الوادي إلى 12 قتيلا، على ما أعلن متحدث باسم الرئيس"
        " الفلاني سالم بن فهد القرني.",
        "وقال متحدث باسم وزير الداخلية سالم القرني إن حصيلة الانفجار ارتفعت إلى 12 قتيلا.",
    ],
)
def test_an_unnamed_spokesman_is_not_the_principal_named_after_his_title(read, text):
    """ "متحدث باسم الرئيس فلان": the name is the principal's; the voice is his unnamed
    spokesman, the same voice as the spokesman with no name after the title."""
    (att,) = read(text).attributions
    (name,) = chain_names(att)
    assert "القرني" not in name
    assert name.startswith("متحدث باسم")


def test_the_spokesman_named_or_not_is_one_voice(read):
    """The spokesman with his principal's name after his title is the voice of the spokesman
    with none after it; a spokesman named after a body's name keeps his name."""
    named = read("وقال متحدث باسم الرئيس الفلاني سالم القرني إن الحصيلة ارتفعت إلى 12 قتيلا.")
    bare = read("وقال متحدث باسم الرئيس الفلاني إن الحصيلة ارتفعت إلى 12 قتيلا.")
    assert named.attributions[0].source.id == bare.attributions[0].source.id

    # A definite spokesman's title over a body, then a name, is the spokesman named.
    named_body = read("وقال المتحدث باسم الوزارة سالم القرني إن الحصيلة ارتفعت إلى 12 قتيلا.")
    (att,) = named_body.attributions
    assert chain_names(att) == ["سالم القرني"]


def test_a_surname_two_people_share_is_not_the_relative_named_through_the_other(read):
    """A surname alone after two people of that family were named is never the one named as
    the other's relative ("ابنة خاله فلانة"), even when she was named last."""
    result = read(
        "ونقلت وسائل إعلام محلية عن المذيع في قناة الوادي سالم الهديان تأكيده وفاة ابنة خاله"
        " نورة فهد الهديان خلال رحلة، وقال الهديان إن نورة سقطت من اللعبة فتوفيت في الحال."
    )
    att = next(a for a in result.attributions if "سقطت" in a.content)
    assert chain_names(att)[-1] == "سالم الهديان"


def test_a_surname_is_not_a_relative_named_after_the_official(read):
    """Of two people of one family named before, the surname alone is not the relative."""
    result = read(
        "وزار وزير النقل سالم الهديان أمس موقع الحادث الذي أصيب فيه ابن عمه فهد الهديان. وقال"
        " الهديان إن الطريق سيغلق حتى نهاية الأسبوع."
    )
    att = next(a for a in result.attributions if "الطريق" in a.content)
    assert chain_names(att) == ["سالم الهديان"]


def test_an_unnamed_spokesman_and_a_man_named_with_no_title_are_one_voice():
    """ "متحدث باسم الرئيس الفلاني" in one paper and a man named with no title in another
    may be one man: one voice; a named official with his title, or a relative, is another."""
    spokesman = Source("s", "متحدث باسم الرئيس الفلاني", SourceKind.OFFICIAL, group="state:XX")
    untitled = Source("p", "فهد الزهراني", SourceKind.PERSON, group="p")
    mister = Source("q", "فهد الزهراني", SourceKind.PERSON, group="q", descriptor="سيد")
    assert same_voice(spokesman, untitled)
    assert same_voice(mister, spokesman)
    minister = Source("m", "فهد الزهراني", SourceKind.PERSON, group="m", descriptor="وزير النقل")
    assert not same_voice(spokesman, minister)
    brother = Source("b", "فهد الزهراني", SourceKind.PERSON, group="b", descriptor="شقيق")
    assert not same_voice(spokesman, brother)


def test_plural_officials_refer_back_to_the_unnamed_officials_named_before(read):
    """ "وقال المسؤولون" after "أعلن مسؤولون أمنيون …" is those officials, one voice; after
    an unnamed source of another kind it is a voice of its own."""
    result = read(
        "أعلن مسؤولون أمنيون في بلاد الوادي أمس مقتل 11 مسلحا في موجة عنف جديدة. وقال"
        " المسؤولون إن قوة أمنية شنت عملية عسكرية على قرى الساحل. وأشاروا إلى مقتل 10 مدنيين"
        " في انفجار عبوتين."
    )
    assert len({att.source.id for att in result.attributions}) == 1
    assert all(chain_names(att) == ["مسؤولون أمنيون"] for att in result.attributions)
    other = read(
        "قال مصدر طبي إن المستشفى استقبل 20 جريحا. وقال المسؤولون إن قوة أمنية شنت عملية عسكرية."
    )
    assert len({att.source.id for att in other.attributions}) == 2


@pytest.mark.parametrize(
    "text",
    [
        "وذكر المذيع بقناة «الحرة» سالم الهديان أن الطريق أغلق حتى نهاية الأسبوع.",
        "وقال المراسل في قناة الحرة سالم الهديان إن الطريق أغلق حتى نهاية الأسبوع.",
    ],
)
def test_a_man_of_a_channel_named_after_his_trade_is_no_channel(read, text):
    """ "المذيع بقناة «…» فلان": the presenter named after his trade speaks, not his channel;
    the channel alone, or a trade with no name after it, is the channel."""
    (att,) = read(text).attributions
    assert chain_names(att) == ["سالم الهديان"]
    (channel,) = read("وقالت قناة الحرة إن الطريق أغلق حتى نهاية الأسبوع.").attributions
    assert channel.source.kind.value == "outlet"
