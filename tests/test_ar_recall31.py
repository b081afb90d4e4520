"""Arabic reports missed on SaudiNewsNet days (issue 11, round 31, recall).

Patterns read in sentences with a reporting word but no attribution on 2015-07-24 and
2015-08-02, each counted over the 31,030 records first, then read on 2015-08-11. Every
example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_a_cue_after_at_the_time_when_opens_its_own_clause(read):
    """ "…، في الوقت الذي قال فيه فلان إن …", "في الوقت الذي لفت فيه البيان إلى أن …":
    "في الوقت الذي" (while) is a conjunction of time, not a relative clause on a noun; its
    verb has its subject after it (a subject-less one is the speaker before), the content
    before ends at "في", and after a time clause that opens the sentence the main clause
    after the comma is the writer's. Right after a complementiser the clause stays inside
    what the voice before says."""
    result = read(
        "وارتفعت أسعار الإسمنت خلال الشهر الماضي، في الوقت الذي قال فيه رئيس جمعية "
        "المقاولين سامي الدوسري إن الطلب سيتراجع في الربع المقبل. "
        "ونشرت الهيئة تقريرها الفصلي. في الوقت الذي لفت فيه التقرير إلى أن عدد المصانع "
        "ارتفع إلى أربعين مصنعا. "
        "وقال مدير المصنع ماجد الحربي إن الإنتاج سيرتفع، في الوقت الذي بين فيه أن "
        "الخطوط تعمل بكامل طاقتها. "
        "وأثار المقطع جدلا، ففي الوقت الذي نفت فيه البلدية صلتها بانهيار الجسر، يظهر "
        "المقطع حوارا بين العمال. "
        "وأشارت النائبة سلمى الراشد إلى أنه في الوقت الذي تؤكد فيه اللجنة إنها أنجزت "
        "نصف الخطة، فإن القوانين لم تصدر."
    )
    assert _voices(result) == [
        "سامي الدوسري",
        "التقرير",
        "ماجد الحربي",
        "ماجد الحربي",
        "البلدية",
        "سلمى الراشد",
    ]
    assert _contents(result) == [
        "الطلب سيتراجع في الربع المقبل",
        "عدد المصانع ارتفع إلى أربعين مصنعا",
        "الإنتاج سيرتفع",
        "الخطوط تعمل بكامل طاقتها",
        "صلتها بانهيار الجسر",
        "في الوقت الذي تؤكد فيه اللجنة إنها أنجزت نصف الخطة، فإن القوانين لم تصدر",
    ]


def test_the_topic_a_speaker_goes_on_to_is_no_subject(read):
    """ "وأضاف بهذا الخصوص: …", "وقال بهذا الصدد مدير الإدارة فلان إن …": in what regard
    the voice spoke stands after the verb, then its subject or (none there) the speaker
    before; "وحول موعد المباراة، أكد أنه …" opening the sentence after one who acted without a
    cue ("واستقبل الأمير فلان …") is his, as a verb opening it is."""
    result = read(
        "وقال مدير الميناء سالم العلي إن الرصيف جاهز. "
        "وأضاف بهذا الخصوص: «لا نرى أي عائق أمام التشغيل». "
        "وقال بهذا الصدد مدير الجمارك فهد الحربي إن التفتيش سيبدأ قريبا. "
        "واستقبل الأمير فيصل بن سعد وفد الجمعية أمس. "
        "وعن مشروع الإسكان، أوضح أن العمل سيبدأ الشهر المقبل."
    )
    assert _voices(result) == ["سالم العلي", "سالم العلي", "فهد الحربي", "فيصل بن سعد"]
    assert _contents(result)[1:] == [
        "لا نرى أي عائق أمام التشغيل",
        "التفتيش سيبدأ قريبا",
        "العمل سيبدأ الشهر المقبل",
    ]


def test_a_channel_spelled_out_in_letters_is_one_name(read):
    """ "سي إن إن", "إن بي سي": a channel's name spelled out in Latin letters holds "إن" (the
    letter N), which opens no content; the channel is the voice or the carrier whole, and a
    complementiser before or after it still opens the words."""
    result = read(
        "وقال رئيس البعثة سالم العلي لشبكة سي إن إن الإخبارية إن الاتفاق قريب. "
        "وذكرت شبكة سي إن إن أن العاصفة تقترب من الساحل. "
        'ووفقا لـ "سي إن إن"، ارتفع عدد المصابين إلى عشرة. '
        "وقال المتحدث باسم الحملة لشبكة إن بي سي إن المرشح لن ينسحب. "
        "وقال الوزير إن سي إن إن نشرت تقريرا غير دقيق."
    )
    assert _voices(result) == [
        "سالم العلي",
        "سي إن إن",
        "سي إن إن",
        "المتحدث باسم الحملة",
        "الوزير",
    ]
    assert [[c.name for c in a.chain] for a in result.attributions][:1] == [
        ["سي إن إن", "سالم العلي"]
    ]
    assert _contents(result) == [
        "الاتفاق قريب",
        "العاصفة تقترب من الساحل",
        "ارتفع عدد المصابين إلى عشرة",
        "المرشح لن ينسحب",
        "سي إن إن نشرت تقريرا غير دقيق",
    ]


def test_an_act_announced_with_its_doers_pronoun_is_the_content(read):
    """ "وأعلن النادي تعاقده مع …", "أعلنت الشركة رسميا انتهاءها من …": the verbal noun of a
    derived verb with the doer's pronoun after "أعلن" and its subject opens what was announced;
    after a word of time or occasion ("خلال استقباله") it is when he spoke, not what; only
    the first noun with a pronoun in the lead is the act."""
    result = read(
        "وأعلن نادي الساحل تعاقده مع المهاجم سالم العلي لثلاثة مواسم. "
        "وأعلنت شركة المياه الأهلية رسميا انتهاءها من تمديد شبكة الحي الشمالي. "
        "وكان الوزير فهد الحربي أعلن خلال استقباله الوفد أن الاتفاق سيوقع قريبا. "
        "وأعلن المخرج ماجد السالم، الذي أخرج الجزء الأول، عزمه المشاركة في الجزء الثاني "
        "المقرر تصويره في الشتاء."
    )
    assert _voices(result)[:3] == ["نادي الساحل", "شركة المياه الأهلية", "فهد الحربي"]
    assert _contents(result)[:3] == [
        "تعاقده مع المهاجم سالم العلي لثلاثة مواسم",
        "انتهاءها من تمديد شبكة الحي الشمالي",
        "الاتفاق سيوقع قريبا",
    ]
    # (the film's filming, after the director's intent, is not what he announced)
    assert not any(c.startswith("تصويره") for c in _contents(result))


def test_a_participle_after_a_statement_with_only_its_topic_is_the_subjects(read):
    """ "أوضحت إدارة المستشفى في بيان لها بشأن ما نشر عن …، مؤكدة أنه …": the verb
    names its subject and its statement, then only what the statement was about; the
    participle after the comma says what the subject confirmed (only after a subject
    followed by its statement: a verb misread with its object would lend a wrong name)."""
    result = read(
        "أوضحت إدارة مستشفى الريان العام في بيان لها بشأن ما نشر عن تأخر العمليات، "
        "مؤكدة أنه تم تشكيل لجنة للتحقيق. "
        "ومن جانبها، أكدت رئاسة الجمعية في بيان، مشاركة أعضائها في المعرض، مشيرة إلى أن "
        "الجناح سيفتتح غدا."
    )
    assert _voices(result) == ["إدارة مستشفى الريان العام", "رئاسة الجمعية"]
    assert _contents(result) == ["تم تشكيل لجنة للتحقيق", "الجناح سيفتتح غدا"]
