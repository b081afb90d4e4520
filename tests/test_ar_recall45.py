"""Arabic reports missed on SaudiNewsNet days (issue 11, round 45, recall).

Patterns read in sentences with a reporting word but no attribution on 2015-07-27 and
2015-08-08, each counted over the 31,030 records first, then read on 2015-08-01. Every
example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_making_clear_takes_a_verbal_noun_as_what_was_said(read):
    """ "أوضحت الهيئة اشتمال الدليل على …": "أوضح" takes a verbal noun after its subject as
    its content, as "أعلن" and "أكد" do, and a subject-less verb after it is that voice's;
    a name shaped like a verbal noun ("تيسير") or an event ("الحداد") with "أن" right after
    it is still the name, a title shaped as إفعال ("أستاذ") opens no content, nor does an
    event after a word of time ("عقب وصول …": when he spoke)."""
    result = read(
        "وأوضحت الهيئة العامة للمساحة اشتمال الدليل الجديد على أكثر من ثلاثة آلاف موقع. "
        "وأضافت أن الدليل سيحدث كل عامين. "
        "وأوضح المتحدث الرسمي لوزارة النقل تيسير الكعبي أن الطريق سيفتح الشهر المقبل. "
        "وأوضح مدير البلدية سعيد بن ناصر الحداد، أن الحملة ستستمر أسبوعا. "
        "وأوضح فهد العلي، أستاذ الاقتصاد بجامعة الوادي في الرياض، أن الأسعار ستنخفض. "
        "وأوضح سامي الدوسري، عقب وصول القافلة الأولى إلى البلدة، أن المساعدات كافية."
    )
    assert _voices(result) == [
        "الهيئة العامة للمساحة",
        "الهيئة العامة للمساحة",
        "تيسير الكعبي",
        "سعيد بن ناصر الحداد",
        "فهد العلي",
        "سامي الدوسري",
    ]
    assert _contents(result) == [
        "اشتمال الدليل الجديد على أكثر من ثلاثة آلاف موقع",
        "الدليل سيحدث كل عامين",
        "الطريق سيفتح الشهر المقبل",
        "الحملة ستستمر أسبوعا",
        "الأسعار ستنخفض",
        "المساعدات كافية",
    ]


def test_a_trade_alone_praising_speaks_next(read):
    """ "أشاد مدرب الفريق بأداء لاعبيه، وقال إن …": a person named by his trade alone who
    praises, thanks or condemns at the head of a sentence speaks the subject-less cue after
    it, in that sentence or the next, as an office-holder named by his title alone does; not
    the speaker named before him."""
    result = read(
        "قال رئيس النادي ماجد الحربي إن الفريق سيتعاقد مع مهاجم جديد. "
        "من جهته أثنى مدرب الفريق على أداء اللاعبين في المباراة الودية، وأكد أن الفريق "
        "سيكون أقوى بعد وصول المهاجم. "
        "وأشاد الحارس الاحتياطي بروح زملائه. "
        "وقال إن المعسكر كان ناجحا."
    )
    assert _voices(result) == ["ماجد الحربي", "مدرب الفريق", "الحارس الاحتياطي"]
    assert _contents(result) == [
        "الفريق سيتعاقد مع مهاجم جديد",
        "الفريق سيكون أقوى بعد وصول المهاجم",
        "المعسكر كان ناجحا",
    ]


def test_on_his_part_joined_by_wa_or_written_with_nahiya_opens_an_actor(read):
    """ "ومن جهته أثنى فلان على …، وأكد أن …", "من ناحيته، قدم فلان شكره …، مشيرا إلى أن …":
    "on his part" joined by و, or written with "ناحية", opens the sentence as "من جهته" does;
    the one who then acts speaks the cue after, not the speaker named before."""
    result = read(
        "قال رئيس النادي ماجد الحربي إن الفريق سيتعاقد مع مهاجم جديد. "
        "ومن جهته أثنى مدرب الفريق سامي العلي على أداء اللاعبين، وأكد أن الفريق سيكون أقوى. "
        "من ناحيته، قدم أمين المدينة المهندس فهد الدوسري شكره للوزير، مشيرا إلى أن الجائزة "
        "ثمرة عمل طويل."
    )
    assert _voices(result) == ["ماجد الحربي", "سامي العلي", "فهد الدوسري"]
    assert _contents(result) == [
        "الفريق سيتعاقد مع مهاجم جديد",
        "الفريق سيكون أقوى",
        "الجائزة ثمرة عمل طويل",
    ]


def test_a_toll_credited_is_a_record_of_whoever_announced_it(read):
    """ "قتل خمسة بحسب حصيلة أعلنتها وزارة الصحة", "بحسب حصيلة لوزارة الداخلية": a toll after a
    credit is a record, as a report or figures are; the body that announced it (or whose it
    is, after ل) is the voice, and a toll with no author speaks as a document. It was read
    as a person called "حصيلة", its content cut at the body's name."""
    result = read(
        "وقتل خمسة أشخاص في الانفجار بحسب حصيلة أعلنتها وزارة الصحة مساء أمس. "
        "وأصيب عشرون آخرون في الاشتباكات بحسب حصيلة لوزارة الداخلية. "
        "وتضرر ثلاثون منزلا وفق حصيلة أولية."
    )
    assert _voices(result) == ["وزارة الصحة", "وزارة الداخلية", "حصيلة أولية"]
    assert _contents(result) == [
        "وقتل خمسة أشخاص في الانفجار",
        "وأصيب عشرون آخرون في الاشتباكات",
        "وتضرر ثلاثون منزلا",
    ]


def test_an_opposition_source_is_an_unnamed_voice(read):
    """ "قال مصدر معارض لـ«الوادي» إن …", "وتفيد مصادر معارضة بأن …": "opposition" after
    مصدر/مصادر describes an unnamed source, as "عسكري" or "مطلع" does; both were read as
    "source of" something, no voice at all."""
    result = read(
        "وقال مصدر معارض لـ«الوادي» إن الهجوم بدأ فجرا. "
        "وتفيد مصادر معارضة بأن المقاتلين انسحبوا من التلة."
    )
    assert _voices(result) == ["مصدر معارض", "مصادر معارضة"]
    assert _contents(result) == ["الهجوم بدأ فجرا", "المقاتلين انسحبوا من التلة"]
