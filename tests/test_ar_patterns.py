"""Arabic reporting patterns seen on real news, each pinned on a made-up sentence."""

from __future__ import annotations

import pytest

from tracker.models import ArticleResult, SourceKind, Stance, Status
from tracker.text import normalize


def test_lead_with_occasion_and_ala_before_the_complementiser(read):
    """A long lead ending "…، على أن" still reaches its content: على is a lead word."""
    result = read(
        "قال وزير النقل سالم الهاشمي إن الجسر سيفتح غدا. "
        "وشدد في مؤتمر صحفي مشترك عقده في العاصمة أمس مع نظيره الأردني خالد العلي، "
        "على أن كلفة الجسر بلغت مليار دينار."
    )
    (att,) = [a for a in result.attributions if a.cue == "شدد"]
    assert att.content == "كلفة الجسر بلغت مليار دينار"
    assert att.source.name == "سالم الهاشمي"


def test_byline_wire_heads_every_chain_and_owns_the_statements(read):
    """A wire in the byline is the outermost voice of each attribution and of own-voice text."""
    result = read(
        "قال وزير النقل سالم الهاشمي إن الجسر سيفتح غدا أمام السيارات. "
        "وشهدت المدينة ازدحاما كبيرا طوال يوم أمس بسبب إغلاق الطرق الرئيسية.",
        author="عمان - رويترز",
    )
    (att,) = result.attributions
    assert [v.name for v in att.chain] == ["رويترز", "سالم الهاشمي"]
    assert result.statements
    assert all(s.voice.name == "رويترز" for s in result.statements)


def test_generic_agencies_byline_adds_no_voice(read):
    """ "وكالات" in the byline is no wire: the chain is the speaker alone."""
    result = read("قال وزير النقل سالم الهاشمي إن الجسر سيفتح غدا.", author="عمان - وكالات")
    (att,) = result.attributions
    assert [v.name for v in att.chain] == ["سالم الهاشمي"]


def test_name_before_a_title_naming_a_registry_body_is_the_person(read):
    """ "قال فلان رئيس اللجنة الدولية للصليب الأحمر إن": the voice is the person, not the body."""
    result = read("قال سامر الخطيب رئيس اللجنة الدولية للصليب الأحمر إن المخيم يفتقر للمياه.")
    (att,) = result.attributions
    assert att.source.name == "سامر الخطيب"
    assert att.source.descriptor.startswith("رئيس اللجنة")


def test_noun_phrase_content_in_bi(read):
    """ "أفاد المرصد بمقتل …": the ب-phrase is the content, not part of the voice."""
    result = read("وأفاد المرصد الوطني للحقوق بمقتل خمسة مدنيين في القصف.")
    (att,) = result.attributions
    assert att.source.name == "المرصد الوطني للحقوق"
    assert att.content.startswith("بمقتل خمسة مدنيين")


def test_trailing_embedded_cue_with_a_time_word(read):
    """ "…، حسبما أعلنت الوكالة الخميس، وأوضحت …": the content is the clause before the cue."""
    result = read(
        "جمدت الحكومة أرصدة الشركة، حسبما أعلنت وكالة الأنباء الرسمية الخميس، "
        "وأوضحت الوكالة أن القرار نهائي."
    )
    first = next(a for a in result.attributions if a.cue == "حسبما")
    assert first.content == "جمدت الحكومة أرصدة الشركة"


def test_trailing_cue_alone_covers_its_whole_sentence(read):
    """A sentence-final "بحسب X" with no other cue covers the sentence, commas included."""
    result = read("سقط ثلاثة جرحى في الحادث، جنوب المدينة، بحسب الدفاع المدني.")
    (att,) = result.attributions
    assert att.content == "سقط ثلاثة جرحى في الحادث، جنوب المدينة"


def test_bare_statement_noun_is_the_author_of_the_statement(read):
    """ "وقال البيان" after "قالت الوزارة في بيان" is the ministry, not a document."""
    result = read(
        "وقالت وزارة الصحة في بيان إن المستشفى الجديد سيفتح الشهر المقبل. "
        "وقال البيان إن المستشفى يضم مئتي سرير."
    )
    assert {a.source.name for a in result.attributions} == {"وزارة الصحة"}


def test_statement_noun_with_no_author_stays_a_document(read):
    """ "قال البيان" with no statement tied to a voice before stays the document."""
    result = read("قال البيان إن المستشفى يضم مئتي سرير.")
    (att,) = result.attributions
    assert att.source.name == "البيان"


def test_source_anaphor_with_no_unnamed_source_is_the_last_voice(read):
    """ "وقال المصدر" after an agency and no unnamed source: the agency."""
    result = read(
        "أعلنت وكالة الأناضول أن الحكومة جمدت الأرصدة. وقال المصدر إن القرار يسري عاما كاملا."
    )
    names = [a.source.id for a in result.attributions]
    assert names == ["anadolu", "anadolu"]


def test_continuations_keep_the_carrier_of_the_interview(read):
    """ "قال فلان لوكالة X …" then "وتابع …" and "وأضاف الخطيب …": both came through X."""
    result = read(
        "وقال سامر الخطيب المستشار في الهيئة لوكالة رويترز إن الطريق مغلق. "
        "وتابع أن الإصلاح يستغرق شهرا. وأضاف الخطيب أن الكلفة تبلغ مليون دينار."
    )
    assert [[v.name for v in a.chain] for a in result.attributions] == [
        ["رويترز", "سامر الخطيب"]
    ] * 3


def test_object_pronoun_or_manner_phrase_is_not_the_subject(read):
    """ "وأكد بشكل قاطع أن …" and "وأعلن لكم أن …" continue the last speaker."""
    result = read(
        "قال وزير النقل سالم الهاشمي إن الجسر سيفتح غدا. "
        "وأكد بشكل قاطع أن الكلفة لم تتجاوز الميزانية. "
        "وأعلن لهم أن العمال سيحصلون على مكافآت."
    )
    assert [a.source.name for a in result.attributions] == ["سالم الهاشمي"] * 3


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وقال سالم الهاشمي مخاطبا أعضاء المجلس إن الجسر سيفتح غدا.", "سالم الهاشمي"),
        ("وأكد الهاشمي مرارا أن الجسر سيفتح غدا.", "الهاشمي"),
        ("وقال الوزير سالم الهاشمي متحدثا للصحافيين إن الجسر سيفتح غدا.", "سالم الهاشمي"),
        ("وقال رئيس بعثة منتخبنا سالم الهاشمي إن الفريق استفاد من المعسكر.", "سالم الهاشمي"),
        ("وقالت الباحثة ماريا كوستا إن الجسر سيفتح غدا.", "ماريا كوستا"),
    ],
)
def test_how_the_voice_spoke_is_no_part_of_his_name(read, sentence, name):
    """ "وقال فلان مخاطبا النواب": a participle of manner ends the voice's name; a foreign
    name ending in ا ("ماريا") or a title's "منتخبنا" is no such participle."""
    (att,) = read(sentence).attributions
    assert att.source.name == name


@pytest.mark.parametrize(
    "denial",
    [
        "ونفى صحة ما تردد عن تأجيل الافتتاح.",
        "ونفى وجود أي خلاف مع الشركة المنفذة.",
        "ونفى تورطه في الصفقة.",
        "ونفى أي علاقة له بالشركة.",
        "ونفى بشدة وجود أي خلاف مع الشركة.",
    ],
)
def test_what_a_denial_denies_is_no_voice(read, denial):
    """ "ونفى صحة ما تردد": what is denied follows the verb; the voice is the speaker named
    before, who denies it."""
    first, second = read("قال وزير النقل سالم الهاشمي إن الجسر سيفتح غدا. " + denial).attributions
    assert second.source.name == first.source.name == "سالم الهاشمي"
    assert second.stance is Stance.DENIES


@pytest.mark.parametrize(
    "title", ["مدير مهرجان الساحل للتسوق", "مدرب منتخب الساحل", "مدير مستشفى الوادي العام"]
)
def test_a_title_over_a_festival_team_or_hospital_names_no_one(read, title):
    """ "وأفاد مدير مهرجان الساحل أن …": the festival is what he directs, not his name."""
    (att,) = read(f"وأفاد {title} أن الدخول سيكون مجانيا هذا العام.").attributions
    assert att.source.kind in (SourceKind.OFFICIAL, SourceKind.PERSON)
    assert normalize(att.source.name) == normalize(title)


@pytest.mark.parametrize(
    "sentence",
    [
        "وتشير التقديرات المبدئية إلى أن مخزون السد يكفي عامين.",
        "وتؤكد الدراسات الحديثة أن الوباء ينتشر في المدن الكبرى.",
    ],
)
def test_estimates_and_studies_are_documents_not_people(read, sentence):
    """Estimates and studies "indicate": a document with no issuer named, never a person (a
    person there would count as an origin of his own)."""
    (att,) = read(sentence).attributions
    assert att.source.kind is SourceKind.DOCUMENT


@pytest.mark.parametrize(
    "sentence",
    [
        "وعند الوصول تبين أن الحريق اندلع في المستودع.",
        "يقول الأول إن تراجع الإيجارات مؤقت.",
        "وينكر أبدا أن الحكومة همشت المحافظة.",
    ],
)
def test_times_ordinals_and_adverbs_are_no_voice(read, sentence):
    """ "وعند الوصول" says when, and "الأول" alone ("the former", "أمس الأول") or an adverb
    ("أبدا") names no one."""
    assert read(sentence).attributions == ()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وأوضحت الجوازات أن المنافذ تعمل على مدار الساعة.", "الجوازات"),
        ("وقال سالم الهاشمي عند وصوله إلى المطار إن الرحلة تأجلت.", "سالم الهاشمي"),
        ("وقال السفير لدى المملكة سالم الهاشمي إن الرحلة تأجلت.", "سالم الهاشمي"),
        ("وقال عبد الله الثاني إن الرحلة تأجلت.", "عبد الله الثاني"),
        ("وقال سالم الهاشمي دائما إن الرحلة تأجلت.", "سالم الهاشمي"),
        ("ونفت وزارة النقل بشدة أن الرحلة تأجلت.", "وزارة النقل"),
    ],
)
def test_a_body_a_time_after_the_name_or_an_ordinal_in_it_keep_the_voice(read, sentence, name):
    """A body in ـات ("الجوازات") speaks; "عند وصوله" or an adverb ("دائما") after a name
    ends it; "لدى المملكة" is part of a title and "الثاني" of a king's name."""
    (att,) = read(sentence).attributions
    assert att.source.name == name


@pytest.mark.parametrize(
    "voice", ["أحد الشهود", "مندوبان بمنظمة الدول المنتجة", "مندوب بالمنظمة", "مندوب آخر"]
)
def test_unnamed_members_of_a_group_are_anonymous(read, voice):
    """ "أحد الشهود", "مندوبان بمنظمة …", "مندوب آخر": unnamed voices, never a person's name."""
    (att,) = read(f"وقال {voice} إن الاجتماع تأجل إلى الشهر المقبل.").attributions
    assert att.source.kind is SourceKind.ANONYMOUS
    assert att.source.name == voice


def test_plural_verb_does_not_take_a_singular_voice(read):
    """ "وقالوا" after only singular voices has no voice of its own: it is not attributed."""
    result = read("وقال مندوب آخر إن الاجتماع تأجل. وقالوا إنهم يتوقعون ارتفاع الأسعار.")
    assert [a.cue for a in result.attributions] == ["قال"]


def test_named_delegate_is_still_a_person(read):
    """ "مندوب الأردن لدى المنظمة سالم الهاشمي" keeps its name (مندوب is also a title)."""
    (att,) = read("وقال مندوب الأردن لدى المنظمة سالم الهاشمي إن الاجتماع تأجل.").attributions
    assert att.source.name == "سالم الهاشمي"


def test_pluperfect_subject_first_with_a_relayed_voice(read):
    """ "وكانت الوكالة X قد نقلت عن Y قوله إن …": X relays Y, subject read before "قد"."""
    result = read(
        "وكانت وكالة الأنباء الجزائرية قد نقلت عن وزير المالية سالم الهاشمي قوله إن "
        "العجز سيتراجع هذا العام."
    )
    (att,) = result.attributions
    assert att.source.id == "aps"
    assert att.chain[-1].name == "سالم الهاشمي"


@pytest.mark.parametrize("role", ["نائب وزير الخارجية الأردني", "المسؤول الأردني"])
def test_role_named_before_is_the_same_voice(read, role):
    """A role repeated without the name, or "المسؤول الأردني", is the person named before."""
    result = read(
        "قال نائب وزير الخارجية الأردني سالم الهاشمي إن المفاوضات ستستأنف. "
        f"وأكد {role} أن الوفد سيصل غدا."
    )
    assert [a.source.name for a in result.attributions] == ["سالم الهاشمي"] * 2


def test_same_role_of_another_country_is_another_voice(read):
    """ "وزير الخارجية المصري" is not the Jordanian minister named before."""
    result = read(
        "قال وزير الخارجية الأردني سالم الهاشمي إن المفاوضات ستستأنف. "
        "وأكد وزير الخارجية المصري أن الوفد سيصل غدا."
    )
    assert len({a.source.id for a in result.attributions}) == 2


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("أكد وزير النقل سالم الهاشمي أنه سيزور الميناء غدا.", "سيزور الميناء غدا"),
        ("صرح وزير النقل سالم الهاشمي بأنها أكبر صفقة للميناء.", "أكبر صفقة للميناء"),
        (
            "قال وزير النقل سالم الهاشمي إن الميناء مغلق، مشيرا إلى أنهم سيفتحونه غدا.",
            "سيفتحونه غدا",
        ),
    ],
)
def test_complementisers_stay_out_of_content(read, sentence, content):
    """Content starts after "أنه", "بأنها", "أنهم", not with them."""
    assert content in [a.content for a in read(sentence).attributions]


@pytest.mark.parametrize(
    "text",
    [
        "«ننفي الأنباء المتداولة عن إغلاق المعبر»، قال مصدر عسكري.",
        "وأكد مصدر مسؤول في الهيئة أنه لا صحة لما نشر عن إغلاق المعبر.",
    ],
)
def test_first_person_or_no_truth_denial_is_a_denial(read, text):
    """A voice's own words opening with "ننفي" or "لا صحة" deny, whatever the verb."""
    (att,) = read(text).attributions
    assert att.stance is Stance.DENIES


def test_reply_adverb_is_not_a_voice(read):
    """ "وقال ردا على سؤال إن …" continues the last speaker; "ردا" is never a voice."""
    result = read(
        "قال وزير النقل سالم الهاشمي إن الجسر سيفتح غدا. "
        "وقال ردا على سؤال إن الكلفة لم تتجاوز الميزانية."
    )
    assert [a.source.name for a in result.attributions] == ["سالم الهاشمي"] * 2


def test_bare_report_noun_is_the_report_named_before(read):
    """ "وأضاف التقرير" after "بحسب تقرير الأمم المتحدة" is that report."""
    result = read(
        "وبحسب تقرير الأمم المتحدة، فإن مليون شخص يفتقرون للمياه. "
        "وأضاف التقرير أن نصفهم من الأطفال."
    )
    assert len({a.source.id for a in result.attributions}) == 1


@pytest.mark.parametrize(
    "agency", ["وكالة الأنباء الحكومية السورية", "وكالة الأنباء الرسمية (سانا)"]
)
def test_registry_agency_with_inserted_words(read, agency):
    """ "الحكومية" inserted, or the acronym in brackets: still the registry's agency."""
    (att,) = read(f"وذكرت {agency} أن الطريق الدولي أعيد فتحه.").attributions
    assert att.source.id == "sana"
    assert att.content == "الطريق الدولي أعيد فتحه"


def test_carrier_named_in_the_next_sentence(read):
    """ "… قال فلان. وجاء ذلك في تصريح لوكالة رويترز": Reuters carried the statement before."""
    result = read(
        "قال وزير النقل سالم الهاشمي إن الجسر سيفتح غدا. وجاء ذلك في تصريح لوكالة رويترز."
    )
    (att,) = result.attributions
    assert [v.name for v in att.chain] == ["رويترز", "سالم الهاشمي"]


def test_plural_unnamed_group_is_anonymous(read):
    """ "مختصون عقاريون" is an unnamed group, not a person called so."""
    (att,) = read("وقال مختصون عقاريون إن أسعار الأراضي ستتراجع.").attributions
    assert att.source.kind is SourceKind.ANONYMOUS


def test_relay_without_subject_reaches_its_content(read):
    """ "ونقلت عن مصادر مطلعة أن …" continues the outlet and relays the sources."""
    result = read("ذكرت صحيفة الحياة أن الوفد وصل. ونقلت عن مصادر مطلعة أن المحادثات ستبدأ غدا.")
    relayed = [a for a in result.attributions if a.cue == "نقلت"]
    assert [[v.name for v in a.chain] for a in relayed] == [["الحياة", "مصادر مطلعة"]]


def test_came_in_a_statement_of_a_named_author(read):
    """ "وجاء في بيان لرئيس الهيئة فلان «…»": the author is the voice, the quote the content."""
    result = read("وجاء في بيان رئيس هيئة الطرق سالم الهاشمي «الطريق سيفتح أمام السيارات غدا».")
    (att,) = result.attributions
    assert att.source.name == "سالم الهاشمي"
    assert att.content == "الطريق سيفتح أمام السيارات غدا"


def test_statement_of_a_body_is_the_body(read):
    """ "وبحسب بيان وزارة الصحة فإن …": the ministry speaks, not a document."""
    (att,) = read("وبحسب بيان وزارة الصحة فإن المستشفى سيفتح غدا.").attributions
    assert att.source.name == "وزارة الصحة"
    assert att.content == "المستشفى سيفتح غدا"


def test_adjective_after_a_statement_is_not_an_author(read):
    """ "بحسب بيان مشترك" stays a document: "مشترك" is no person."""
    (att,) = read("وبحسب بيان مشترك فإن المفاوضات ستستأنف غدا.").attributions
    assert att.source.kind is SourceKind.DOCUMENT


def test_warning_of_a_noun_phrase_after_a_mid_sentence_but(read):
    """ "… لكن محافظ البنك المركزي حذر من تناقص …": subject after لكن, content after من."""
    result = read(
        "ولدى البلاد احتياطيات كبيرة تحميها من الأزمات لكن محافظ البنك المركزي حذر من "
        "تناقص تلك الاحتياطيات تدريجيا."
    )
    (att,) = result.attributions
    assert att.source.name == "محافظ البنك المركزي"
    assert att.content == "تناقص تلك الاحتياطيات تدريجيا"


@pytest.mark.parametrize(
    ("text", "voice", "content"),
    [
        ("أعلن الجيش الأردني مقتل ثلاثة جنود في اشتباك.", "الجيش الأردني", "مقتل ثلاثة جنود"),
        ("أكد وزير النقل سالم الهاشمي العثور على الحافلة.", "سالم الهاشمي", "العثور على"),
    ],
)
def test_event_noun_phrase_is_content(read, text, voice, content):
    """ "أعلن الجيش مقتل …", "أكد الوزير العثور على …": the event noun opens the content."""
    (att,) = read(text).attributions
    assert att.source.name == voice
    assert att.content.startswith(content)


def test_unnamed_source_speaks_for_its_body_in_every_paper(read):
    """ "مصدر مسؤول في هيئة الطرق" in two papers is one origin, the body (not two papers)."""
    text = "وأكد مصدر مسؤول في هيئة الطرق الوطنية أن الجسر سيفتح غدا أمام السيارات."
    first = read(text, publisher="okaz").attributions[0]
    second = read(text + " ", publisher="alriyadh").attributions[0]
    assert first.origin.name == "هيئة الطرق الوطنية"
    assert first.origin.id == second.origin.id


def test_unnamed_source_with_no_body_counts_with_the_paper(read):
    """ "مصادر مطلعة" names no body: its origin stays the publisher that cites it."""
    (att,) = read("وقالت مصادر مطلعة إن الجسر سيفتح غدا.", publisher="okaz").attributions
    assert att.origin.id == "okaz"


def test_trailing_ala_ma_with_a_verb(read):
    """ "…، على ما أعلنت وكالة الأناضول.": the agency, and the clause before as content."""
    (att,) = read(
        "جمدت الحكومة أرصدة الشركة التزاما بالعقوبات، على ما أعلنت وكالة الأناضول."
    ).attributions
    assert att.source.id == "anadolu"
    assert att.content == "جمدت الحكومة أرصدة الشركة التزاما بالعقوبات"


def test_paper_that_obtained_documents_is_the_voice(read):
    """ "حصلت صحيفة الحياة على وثائق تفيد بأن …": the paper speaks, not "وثائق"."""
    (att,) = read("وحصلت صحيفة الحياة على وثائق تفيد بأن الصفقة ألغيت.").attributions
    assert att.source.name == "الحياة"
    assert att.content == "الصفقة ألغيت"


def test_describing_an_event_as(read):
    """ "ووصفت الشركة العثور على الحطام بأنه «انفراجة»": the company; the event and its
    description are the content."""
    (att,) = read("ووصفت شركة الطيران الوطنية العثور على الحطام بأنه «انفراجة كبيرة».").attributions
    assert att.source.name == "شركة الطيران الوطنية"
    assert att.content.startswith("العثور على الحطام")
    assert att.content.endswith("انفراجة كبيرة»")


def test_ruling_out_an_event(read):
    """ "يستبعد مسؤولون بينهم الأمين العام احتمال …": unnamed officials, the event as content."""
    (att,) = read(
        "ورغم ضعف الطلب يستبعد مسؤولون بينهم الأمين العام للاتحاد احتمال رفع الرسوم."
    ).attributions
    assert att.source.kind is SourceKind.ANONYMOUS
    assert att.content == "احتمال رفع الرسوم"


@pytest.mark.parametrize(
    "text",
    [
        "سالم الهاشمي، المتحدث باسم الجيش، قال إن القوات انسحبت من المدينة.",
        "وقال المتحدث باسم الجيش، سالم الهاشمي، إن القوات انسحبت من المدينة.",
        "وقال المتحدث باسم قيادة الجيش في المنطقة الشرقية سالم الهاشمي إن القوات انسحبت.",
    ],
)
def test_name_and_descriptor_in_either_order(read, text):
    """Name before its title, title then name between commas, a long title: the person."""
    (att,) = read(text).attributions
    assert att.source.name == "سالم الهاشمي"
    assert att.source.descriptor.startswith("المتحدث باسم")


@pytest.mark.parametrize(
    ("voice", "body"),
    [
        ("مندوبان بمنظمة الدول المنتجة", "منظمة الدول المنتجة"),
        ("مسؤولون بينهم الأمين العام للمنظمة سالم الهاشمي", "المنظمة"),
    ],
)
def test_affiliation_attached_or_after_a_title(read, voice, body):
    """ "بمنظمة …" or "… الأمين العام للمنظمة فلان": the body, without the person's name."""
    (att,) = read(f"وقال {voice} إن الاجتماع تأجل إلى الشهر المقبل.").attributions
    assert att.origin.name == body


def test_another_member_counts_with_the_body_named_before(read):
    """ "مندوب ثان" after "مندوب بالمنظمة": the same body is the origin of both."""
    result = read("وقال مندوب بالمنظمة إن الاجتماع تأجل. وقال مندوب ثان إن الموعد الجديد لم يحدد.")
    assert [a.origin.name for a in result.attributions] == ["المنظمة", "المنظمة"]


def test_plural_verb_refers_back_to_a_plural_subject_after_a_singular_verb(read):
    """ "يستبعد مسؤولون … وقالوا إن …": the verb before its subject is singular, the voice
    plural, so "وقالوا" continues it; "وأضافت المصادر" (plural of things) stays feminine."""
    result = read(
        "ورغم تراجع الأسعار يستبعد مسؤولون في المنظمة احتمال خفض الإنتاج، "
        "وقالوا إنهم يتوقعون زيادة الطلب."
    )
    assert [a.source.name for a in result.attributions] == ["مسؤولون في المنظمة"] * 2


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("مصدر لـ«عكاظ»: القوات انسحبت من المدينة.", ["عكاظ", "مصدر"]),
        ("وزير النقل: الجسر سيفتح غدا أمام السيارات.", ["وزير النقل"]),
    ],
)
def test_headline_voice_and_colon(read, text, chain):
    """ "مصدر لـ«عكاظ»: …" and "وزير النقل: …" carry a voice (and a carrier) with no verb."""
    (att,) = read(text, publisher="alriyadh").attributions
    assert [v.name for v in att.chain] == chain


@pytest.mark.parametrize(
    "text", ["جدة: افتتح المعرض أمس بحضور كبير.", "الرياض - واس: افتتح المعرض أمس بحضور كبير."]
)
def test_dateline_colon_is_not_a_headline_voice(read, text):
    """A place before a colon is a dateline, never a voice."""
    assert read(text, publisher="alriyadh").attributions == ()


@pytest.mark.parametrize("aside", ["ويذكر أن", "يُذكر أن", "يشار إلى أن", "ويجدر بالذكر أن"])
def test_writer_aside_is_not_the_last_speaker(read, aside):
    """ "ويذكر أن …" after a quote is background in the writer's voice, not the speaker's."""
    result = read(
        "قال رئيس البلدية سالم الهاشمي إن الحديقة تضم ملعبا. "
        f"{aside} البلدية أنشأت ثلاث حدائق العام الماضي."
    )
    assert [a.cue for a in result.attributions] == ["قال"]


def test_back_reference_object_before_the_subject(read):
    """ "أوضح ذلك رئيس البلدية … أن …": ذلك points back; the subject follows it."""
    result = read(
        "افتتحت البلدية حديقة جديدة في الحي. أوضح ذلك رئيس البلدية المهندس سالم الهاشمي "
        "أن الحديقة تضم ملعبا، مشيرا إلى أن كلفتها بلغت مليون ريال."
    )
    assert [a.source.name for a in result.attributions] == ["سالم الهاشمي"] * 2
    assert result.attributions[0].content == "الحديقة تضم ملعبا"


def test_addressee_pronoun_before_a_new_subject(read):
    """ "وقال له رئيس اللجنة فلان: …": the speaker is the subject after له, not the last one."""
    result = read(
        "قال الوزير سالم الهاشمي إن الاتفاق جيد. "
        "وقال له رئيس اللجنة خالد العلي: «أعتقد أنك أخطأت في التقدير»."
    )
    assert [a.source.name for a in result.attributions] == ["سالم الهاشمي", "خالد العلي"]


def test_speech_act_names_who_speaks_in_the_next_sentence(read):
    """ "ندد الوزير فلان بالهجوم. وقال إن …": the subject-less verb is the condemner's."""
    result = read("ندد وزير النقل سالم الهاشمي بالهجوم على الحافلة. وقال إن الهجوم أوقع خمسة جرحى.")
    (att,) = result.attributions
    assert att.source.name == "سالم الهاشمي"


def test_speech_act_in_the_same_sentence_changes_the_speaker(read):
    """ "بدوره، عبر فلان عن سعادته وقال: …" is the new actor, not the last speaker."""
    result = read(
        "أعلن وزير النقل سالم الهاشمي أن الجسر سيفتح غدا. بدوره، عبر المهندس خالد العلي "
        "عن سعادته بالمشروع وقال: «الجسر سيخدم مئة ألف سائق»."
    )
    assert [a.source.name for a in result.attributions] == ["سالم الهاشمي", "خالد العلي"]


def test_speech_act_by_a_body_names_no_actor(read):
    """Only a named person is taken as the actor: a body's object cannot be told from it."""
    result = read("شجبت وزارة الخارجية الهجوم على السفارة. وقال إن المهاجمين قتلوا حارسين.")
    assert result.attributions == ()


def test_long_title_chain_keeps_the_whole_name(read):
    """A title chain of a dozen words still ends in the full name, not "سالم بن حمد"."""
    result = read(
        "وأوضح مساعد المدير العام للعلاقات العامة المتحدث الرسمي باسم الشركة "
        "سالم بن حمد الهاشمي بأن الصالة الجديدة تتسع لمئة ضيف."
    )
    (att,) = result.attributions
    assert att.source.name == "سالم بن حمد الهاشمي"


def test_plural_participle_after_a_sound_plural_subject(read):
    """ "قال الباحثون …، مؤكدين أن …": the plural participle continues the plural voice."""
    result = read("قال الباحثون إن الاختبار بسيط، مؤكدين أن الاختبار يكشف المرض مبكرا.")
    assert [a.cue for a in result.attributions] == ["قال", "مؤكدين"]
    assert {a.source.name for a in result.attributions} == {"الباحثون"}


def test_thanks_names_the_speaker_of_the_participle_after_it(read):
    """ "من جهته، شكر فلان الأمير …، مبينا أن …": the thanker speaks, not the last speaker."""
    result = read(
        "قال الأمير إن اللوحة طويلة. من جهته، شكر المهندس سالم الهاشمي الأمير على حضوره، "
        "مبينا أن اللوحة تضم ألف توقيع."
    )
    assert result.attributions[-1].source.name == "سالم الهاشمي"


def test_abana_is_a_reporting_verb(read):
    """ "وأبان فلان أن …" reports like أوضح."""
    (att,) = read("وأبان مدير المشروع سالم الهاشمي أن اللوحة تضم ألف توقيع.").attributions
    assert att.cue == "أبان"
    assert att.content == "اللوحة تضم ألف توقيع"


@pytest.mark.parametrize(
    ("act", "name"),
    [
        ("وأبدى المدير الرياضي للنادي سامر الخطيب سعادته بالاتفاق", "سامر الخطيب"),
        ("وانتقد وزير الخارجية سالم الهاشمي التصريحات الأخيرة", "سالم الهاشمي"),
    ],
)
def test_criticism_and_feelings_name_the_next_speaker(read, act, name):
    """ "وأبدى فلان سعادته …، وقال: …", "وانتقد فلان …، قائلا …": the actor speaks."""
    result = read(
        f"قال المهاجم خالد العلي إن النادي بيته الثاني. {act}، وقال: «تطور اللاعب كثيرا»."
    )
    assert result.attributions[-1].source.name == name


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة في انفجار. ولم تعلن أي جهة مسؤوليتها عن الهجوم.",
        "قتل ثلاثة في انفجار. ولم يذكر المتحدث باسم الشرطة أن أحدا اعتقل.",
    ],
)
def test_negated_cue_reports_nothing(read, text):
    """ "ولم تعلن أي جهة مسؤوليتها": a negated reporting verb is no attribution."""
    assert read(text).attributions == ()


def test_week_and_month_adverbs_end_the_subject(read):
    """ "وقال الهاشمي الأسبوع الماضي إنه …": the time phrase is not part of the name."""
    result = read(
        "قال وزير العدل سالم الهاشمي إن التحقيق مستمر. "
        "وقال الهاشمي الأسبوع الماضي إنه يشك في نية الصحفيين."
    )
    assert [a.source.name for a in result.attributions] == ["سالم الهاشمي"] * 2


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("شكك وزير النقل سالم الهاشمي في أن يكون الجسر جاهزا قبل الصيف.", "شكك", "سالم الهاشمي"),
        ("وألمحت وزارة النقل إلى أن الجسر قد يفتح قبل الصيف.", "ألمحت", "وزارة النقل"),
        ("أبلغ مسؤول في الوزارة الصحفيين أن الجسر سيفتح قبل الصيف.", "أبلغ", "مسؤول"),
        ("واستطرد الوزير سالم الهاشمي قائلا: «الجسر سيفتح قبل الصيف».", "استطرد", "سالم الهاشمي"),
    ],
)
def test_more_reporting_forms(read, text, cue, source):
    """شكك في أن، ألمح إلى أن، أبلغ … الصحفيين أن، استطرد … قائلا: each reports a claim."""
    (att,) = read(text).attributions
    assert att.cue == cue
    assert att.source.name.startswith(source)
    assert att.content.endswith("قبل الصيف")


@pytest.mark.parametrize("cue", ["قال", "وأفاد"])
def test_eye_witnesses_are_an_anonymous_voice(read, cue):
    """ "شهود عيان" is an unnamed plural voice, not "source of" anything."""
    (att,) = read(f"{cue} شهود عيان إن الجسر انهار صباح أمس.").attributions
    assert att.source.kind is SourceKind.ANONYMOUS
    assert att.content == "الجسر انهار صباح أمس"


def test_request_not_to_publish_is_no_cue(read):
    """ "طلب عدم نشر اسمه": نشر after عدم is no reporting verb and اسمه no voice."""
    (att,) = read("وقال مسؤول أمريكي طلب عدم نشر اسمه إن ثلاثة جنود قتلوا.").attributions
    assert att.cue == "قال"
    assert att.source.kind is SourceKind.ANONYMOUS


def test_apposed_name_with_its_rank_is_the_person(read):
    """ "قال قائد الشرطة، العقيد سالم الهاشمي، إن …": the person, not the office."""
    (att,) = read("قال قائد الشرطة، العقيد سالم الهاشمي، إن ثلاثة أشخاص قتلوا.").attributions
    assert att.source.name == "سالم الهاشمي"


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        (
            "وقال المتحدث باسم الشرطة لفرانس برس إن ثلاثة أشخاص قتلوا.",
            ["وكالة الصحافة الفرنسية", "المتحدث باسم الشرطة"],
        ),
        (
            "وقال مسؤولون في قطاع النفط لرويترز إن الإنتاج تراجع.",
            ["رويترز", "مسؤولون في قطاع النفط"],
        ),
    ],
)
def test_carrier_named_without_a_media_head(read, text, chain):
    """ "لرويترز", "لفرانس برس": a registry medium after ل carries; the speaker stays the voice."""
    (att,) = read(text).attributions
    assert [v.name for v in att.chain] == chain


def test_warning_that_keeps_its_voice_and_drops_the_complementiser(read):
    """ "حذر فلان من أن …": the voice ends before من, the content starts after أن."""
    (att,) = read("وحذر وزير المالية سالم الهاشمي من أن النمو سيتراجع العام المقبل.").attributions
    assert att.source.name == "سالم الهاشمي"
    assert att.content == "النمو سيتراجع العام المقبل"


def test_warning_of_a_noun_phrase_after_a_named_voice(read):
    """ "حذر الوزير فلان من تناقص …": the warned-of noun phrase is the content."""
    (att,) = read("وحذر وزير المالية سالم الهاشمي من تناقص الاحتياطيات هذا العام.").attributions
    assert att.source.name == "سالم الهاشمي"
    assert att.content.startswith("تناقص الاحتياطيات")


def test_in_the_words_of_a_named_voice(read):
    """ "…، على حد تعبير الوزير فلان": the clause before is the named voice's."""
    (att,) = read("الجسر سيفتح قبل الصيف، على حد تعبير وزير النقل سالم الهاشمي.").attributions
    assert att.source.name == "سالم الهاشمي"
    assert att.content == "الجسر سيفتح قبل الصيف"


def test_in_his_words_after_a_verb_adds_no_second_attribution(read):
    """ "قال فلان إن …، على حد قوله": one statement, one attribution."""
    result = read("قال الوزير سالم الهاشمي إن الجسر سيفتح قبل الصيف، على حد قوله.")
    assert [a.cue for a in result.attributions] == ["قال"]


@pytest.mark.parametrize(
    "text",
    [
        "كما أكد وزير النقل سالم الهاشمي أن الكلفة بلغت مليارا.",
        "قال وزير النقل سالم الهاشمي إن الجسر جاهز، كما أكد أن الكلفة بلغت مليارا.",
    ],
)
def test_kama_opening_a_clause_means_also(read, text):
    """ "كما أكد فلان أن …" is a report ("also"), not a relative "as"; كما stays out of content."""
    result = read(text)
    att = result.attributions[-1]
    assert att.cue == "أكد"
    assert att.source.name == "سالم الهاشمي"
    assert att.content == "الكلفة بلغت مليارا"
    assert not any(a.content.endswith("كما") for a in result.attributions)


def test_carrier_of_several_words_without_a_media_head(read):
    """ "لهيئة الإذاعة البريطانية": a registry medium of three words carries the speaker."""
    (att,) = read(
        "كما أفاد الوزير سالم الهاشمي لهيئة الإذاعة البريطانية، «الطائرات أثبتت جدارتها»."
    ).attributions
    assert att.source.name == "سالم الهاشمي"
    assert len(att.chain) == 2


def test_news_object_before_the_subject_is_no_voice(read):
    """ "كما أكد خبرَ الوفاة عددٌ من …": "خبر" is the object, never the voice."""
    assert read("كما أكد خبر الوفاة عدد من الشخصيات المعروفة.").attributions == ()


def test_hamzated_speech_act_after_a_two_word_linker_names_the_next_speaker(read):
    """ "من جهته، أدان الوزير فلان الهجوم. وقال …": a cue-less sentence still names the actor."""
    result = read(
        "قال وزير النقل سالم الهاشمي إن الجسر جاهز. من جهته، أدان الوزير خالد العلي الهجوم. "
        "وقال إن الكلفة بلغت مليارا."
    )
    assert [a.source.name for a in result.attributions] == ["سالم الهاشمي", "خالد العلي"]


def test_subject_first_with_the_occasion_between_commas(read):
    """ "وزارة النقل، في بيان أصدرته أمس، قالت إن …": the subject stands before the occasion."""
    (att,) = read("وزارة النقل الأردنية، في بيان أصدرته أمس، قالت إن الجسر سيفتح.").attributions
    assert att.source.name == "وزارة النقل الأردنية"
    assert att.content == "الجسر سيفتح"


def test_attributed_to_relays_the_voice(read):
    """ "نسبت الوكالة إلى مسؤول قوله إن …" relays like نقلت عن; "نسبت إليه سرقة" is no report."""
    (att,) = read(
        "ونسبت وكالة الأنباء الأردنية إلى مسؤول في الوزارة قوله إن المحادثات تعثرت."
    ).attributions
    assert [v.name for v in att.chain] == ["وكالة الأنباء الأردنية", "مسؤول في الوزارة"]
    assert read("ونسبت الشرطة إلى المتهم سرقة السيارة.").attributions == ()


def test_double_primes_mark_a_direct_quotation(read):
    """″ … ″ quotes the speaker's words as « … » does, across a full stop inside it."""
    (att,) = read(
        "قال رئيس البلدية سامر الخطيب: ″سنعيد بناء السوق القديم. والعمل يبدأ غدا″."
    ).attributions
    assert att.source.name == "سامر الخطيب"
    assert att.quote.value == "direct"
    assert att.content.startswith("سنعيد بناء السوق القديم")
    assert att.content.endswith("والعمل يبدأ غدا")


@pytest.mark.parametrize("relay", ["نقلا عن", "نقلاً عن", "بحسب ما نقلت عن", "وفق ما نقلت عن"])
def test_trailing_relay_after_a_verb_cue_extends_its_chain(read, relay):
    """ "ذكرت X أن …، نقلا عن Y.": X relays Y; the relay is no second attribution."""
    (att,) = read(
        f"ذكرت صحيفة النخيل أن البلدية ستغلق السوق المركزي مطلع الشهر، {relay} مصادر مطلعة."
    ).attributions
    assert att.source.name == "النخيل"
    assert [v.name for v in att.chain] == ["النخيل", "مصادر مطلعة"]
    assert att.content == "البلدية ستغلق السوق المركزي مطلع الشهر"


def test_trailing_relay_alone_is_still_the_voice(read):
    """With no cue before it, "…، نقلا عن Y." attributes the clause to Y."""
    (att,) = read("البلدية ستغلق السوق المركزي مطلع الشهر، نقلا عن مصادر مطلعة.").attributions
    assert att.source.name == "مصادر مطلعة"


def test_title_then_the_verbs_object_is_the_role_holder_not_a_new_name(read):
    """ "ووصف وزير الخارجية التركي المحادثات بأنها …": المحادثات is the object, so the role is
    the minister named before, and no person "… المفاوضات" is made to answer later roles."""
    result = read(
        "قال وزير خارجية بلاد النهرين سليم الكاظم إن الجولة ستعقد في مسقط. "
        "ووصف وزير الخارجية التركي المحادثات بأنها مثمرة. "
        "وقال وزير الخارجية التركي إن الوفد سيعود غدا."
    )
    names = [a.source.name for a in result.attributions]
    assert not any("المحادثات" in name for name in names)
    assert names[1] == names[2] == "وزير الخارجية التركي"


def test_title_then_the_verbs_object_resolves_to_the_person_named_with_it(read):
    """The role before the object is the person named with that role earlier."""
    result = read(
        "قال وزير الخارجية الإيراني حسن رضائي إن الجولة ستعقد في مسقط. "
        "ووصف وزير الخارجية الإيراني المحادثات بأنها مثمرة."
    )
    assert [a.source.name for a in result.attributions] == ["حسن رضائي", "حسن رضائي"]


def test_doubled_apostrophes_mark_a_direct_quotation(read):
    """'' … '' quotes the speaker's words as « … » does, across a full stop inside it."""
    (att,) = read(
        "قال رئيس البلدية سامر الخطيب: ''سنعيد بناء السوق القديم. والعمل يبدأ غدا''."
    ).attributions
    assert att.source.name == "سامر الخطيب"
    assert att.quote.value == "direct"
    assert att.content == "سنعيد بناء السوق القديم. والعمل يبدأ غدا"


def test_quotation_opened_with_a_quote_and_closed_with_a_double_prime(read):
    """“ … ″ quotes the speaker's words as « … » does."""
    (att,) = read(
        "قال رئيس البلدية سامر الخطيب: “سنعيد بناء السوق القديم. والعمل يبدأ غدا″."
    ).attributions
    assert att.quote.value == "direct"
    assert att.content == "سنعيد بناء السوق القديم. والعمل يبدأ غدا"


def test_ali_spelt_with_ya_before_a_name_is_the_name(read):
    """ "قال علي السالم إن": علي before a name word is the name Ali, not the preposition على."""
    result = read("وقال علي حمدان السالم إن الأسعار سترتفع في الشهر المقبل.")
    (att,) = result.attributions
    assert att.source.name == "علي حمدان السالم"
    assert att.content == "الأسعار سترتفع في الشهر المقبل"


def test_ali_as_the_preposition_still_opens_the_lead(read):
    """ "أكد علي أهمية": علي before a noun of emphasis is على and names no one."""
    result = read("وأكد علي أهمية التعاون بين البلدين في المرحلة المقبلة.")
    assert all(a.source.name != "علي أهمية" for a in result.attributions)


@pytest.mark.parametrize(
    ("sentence", "name", "descriptor"),
    [
        (
            "وقال حمدان السالم اختصاصي أسواق السندات في بنك الوادي إن الأسعار سترتفع.",
            "حمدان السالم",
            "اختصاصي أسواق السندات",
        ),
        (
            "وأوضح حمدان السالم أحد زوار المعرض أن الفعاليات كانت كثيرة.",
            "حمدان السالم",
            "أحد زوار المعرض",
        ),
    ],
)
def test_name_then_descriptor_without_comma_is_the_person(read, sentence, name, descriptor):
    """ "قال فلان اختصاصي …" / "فلان أحد زوار …": the name is the voice, the rest describes it."""
    (att,) = read(sentence).attributions
    assert att.source.name == name
    assert att.source.descriptor == descriptor


def test_role_speaking_alone_takes_the_name_given_before(read):
    """ "وزير الزراعة حمدان السالم" named in a sentence with no cue, then "وقال وزير الزراعة"
    and "وأضاف الوزير": both are the person."""
    result = read(
        "وكان وزير الزراعة سالم الحمدان قد استقبل وفد المزارعين أمس. "
        "وقال وزير الزراعة إن المحصول تضاعف هذا العام. "
        "وأضاف الوزير أن الأسعار ستنخفض قريبا."
    )
    assert [a.source.name for a in result.attributions] == ["سالم الحمدان", "سالم الحمدان"]
    assert len({a.source.id for a in result.attributions}) == 1


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("وذكر بيان صادر عن وزارة الزراعة أن المحصول تضاعف.", "وزارة الزراعة"),
        ("وأكدت دراسة صادرة عن جامعة الوادي أن التدخين مضر.", "جامعة الوادي"),
    ],
)
def test_document_issued_by_a_body_speaks_for_it(read, sentence, voice):
    """ "بيان صادر عن الوزارة": the body that issued the document is the voice."""
    (att,) = read(sentence).attributions
    assert att.source.name == voice


def test_title_is_no_head_for_a_registry_name_inside_the_person_name(read):
    """ "نائب مدير مطار المدينة الدولي": an airport official, not the newspaper المدينة."""
    (att,) = read("وذكر نائب مدير مطار المدينة الدولي أن الصالات ستفتح غدا.").attributions
    assert att.source.kind is not SourceKind.OUTLET
    assert "مطار" in att.source.name


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("أكد عدد من أئمة المساجد في المنطقة أن الأمن مسؤولية الجميع.", "عدد من أئمة المساجد"),
        ("واعتبر بعض السكان أن القرار جاء متأخرا.", "بعض السكان"),
        ("وقال متعاملون في السوق إن الأسعار ارتفعت.", "متعاملون"),
        ("وأشار المحللون إلى أن الطلب تراجع.", "المحللون"),
    ],
)
def test_unnamed_groups_are_anonymous(read, sentence, voice):
    """A counted group ("عدد من …", "بعض …") or a sound plural of people is unnamed, never a
    person: two such groups are no independent origins."""
    (att,) = read(sentence).attributions
    assert att.source.name == voice
    assert att.source.kind is SourceKind.ANONYMOUS


def test_short_name_in_un_stays_a_person(read):
    """ "خلدون" ends like a plural but is a name: five letters are too few for a group."""
    (att,) = read("وقال خلدون إن الخدمة سيئة.").attributions
    assert att.source.kind is SourceKind.PERSON


def test_object_after_lil_is_not_a_group_voice(read):
    """ "قال حمدان للصحفيين": the journalists are addressed, the voice is حمدان."""
    (att,) = read("وقال حمدان للصحفيين إن الأسعار ارتفعت.").attributions
    assert att.source.name == "حمدان"


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ('وقال لـ"الوادي" التاجر حمدان السالم إن الأسعار ارتفعت.', "حمدان السالم"),
        ('وأكد لـ"الوادي" حمدان السالم أن الأسعار ارتفعت.', "حمدان السالم"),
        ('وقال ل "الوادي" متعاملون في السوق إن الأسعار ارتفعت.', "متعاملون"),
    ],
)
def test_carrier_before_any_subject_the_content_follows(read, sentence, voice):
    """ "قال لـ«الوادي» X إن": the outlet carried it and X, whatever its first word, spoke."""
    (att,) = read(sentence).attributions
    assert [v.name for v in att.chain] == ["الوادي", voice]


def test_descriptor_words_after_a_given_name_push_the_name_on(read):
    """ "المستشار في مركز الملك سالم للإغاثة … حمدان الصباغ": سالم names the centre, whose
    descriptor words follow it; the speaker is the name after them."""
    (att,) = read(
        "وقال المستشار في مركز الملك سالم للإغاثة والأعمال الإنسانية حمدان الصباغ إن "
        "المساعدات وصلت."
    ).attributions
    assert att.source.name == "حمدان الصباغ"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "أكد الفريق الركن الشيخ حمدان بن سالم السالم وزير الداخلية بمملكة الوادي أن "
            "التدخلات مرفوضة.",
            "حمدان بن سالم السالم",
        ),
        (
            "وقال المهندس حمدان السالم المدير التنفيذي للبرنامج الوطني إن المعرض ناجح.",
            "حمدان السالم",
        ),
    ],
)
def test_name_between_an_honorific_and_a_title(read, sentence, name):
    """ "الدكتور فلان وزير الخارجية": the name between the titles is the voice."""
    (att,) = read(sentence).attributions
    assert att.source.name == name


def test_name_starts_before_bin(read):
    """ "مبارك بن حمدان السالم": a name whose first word is not a common given name still
    starts before "بن"."""
    (att,) = read("وقال رئيس المجلس بالإنابة مبارك بن حمدان السالم إن التصريح مستفز.").attributions
    assert att.source.name == "مبارك بن حمدان السالم"


def test_abbreviated_title_keeps_its_name(read):
    """ "أوضح د. الهاشمي أن": the full stop of "د." ends neither the sentence nor the voice."""
    (att,) = read("وأوضح د. حمدان السالم أن قصر النظر شائع.").attributions
    assert att.source.name == "حمدان السالم"


def test_name_after_a_descriptor_with_no_title(read):
    """ "أكد صانع ألعاب الفريق سالم الهاشمي أنه": the descriptor has no title word, but a
    given name after it starts the speaker's name."""
    (att,) = read("أكد صانع ألعاب فريق الوادي سالم الهاشمي اليوم الخميس أنه سيرحل.").attributions
    assert att.source.name == "سالم الهاشمي"
    assert att.source.descriptor == "صانع ألعاب فريق الوادي"


def test_chief_after_a_name_is_its_title(read):
    """ "جون سميث كبير الاقتصاديين": كبير heads the descriptor of the name before it."""
    (att,) = read("وقال جون سميث كبير الاقتصاديين في بنك الوادي إن الأسعار تراجعت.").attributions
    assert att.source.name == "جون سميث"


def test_report_noun_as_a_subject_before_its_content(read):
    """ "وأشار تقرير مؤسسة النقد إلى أن": تقرير is the subject here, not a verb's object; the
    report's author speaks."""
    (att,) = read("وأشار تقرير مؤسسة النقد إلى أن إعانة الشعير ارتفعت.").attributions
    assert att.source.name == "مؤسسة النقد"


def test_the_same_source_named_with_nafsuhu(read):
    """ "وكشف المصدر نفسه أن": the same unnamed source as before."""
    result = read("قال مصدر أمني إن الوضع هادئ. وكشف المصدر نفسه أن الطائرات حلقت فوق المدينة.")
    assert len({a.source.id for a in result.attributions}) == 1
    assert len(result.attributions) == 2


def test_officer_of_a_body_is_an_unnamed_member(read):
    """ "بحسب ضابط الشرطة": an unnamed officer of the police."""
    (att,) = read("وتم إنقاذ خمسة أشخاص من النهر، بحسب ضابط الشرطة.").attributions
    assert att.source.kind is SourceKind.ANONYMOUS


def test_half_is_no_cue(read):
    """ "ثلاثة أيام ونصف": نصف is a half, never "we describe"."""
    result = read("ارتفع منسوب النهر في ثلاثة أيام ونصف ويتجه نحو مستوى قياسي.")
    assert result.attributions == ()


def test_scripture_is_no_attribution(read):
    """ "قال تعالى: «…»": a verse cited, not a statement the article reports."""
    result = read("قال حمدان إن الرفق مهم. وقال تعالى: «ولا تفرقوا».")
    assert [a.source.name for a in result.attributions] == ["حمدان"]


def test_kama_announced_with_an_object_is_not_trailing(read):
    """ "كما أعلنت البلاد الحداد": an announcement with its own object, not a credit for the
    clause before; the object is not glued to a voice that takes the clause before."""
    result = read("وزار الأمير المسجد، كما أعلنت البلاد الحداد ثلاثة أيام.")
    assert all(a.content != "وزار الأمير المسجد" for a in result.attributions)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "أعلنت وزارة الدفاع انتهاء المرحلة الأولى من العملية.",
            "انتهاء المرحلة الأولى من العملية",
        ),
        ("وأشار المرصد إلى ارتفاع عدد القتلى إلى مئة.", "ارتفاع عدد القتلى إلى مئة"),
    ],
)
def test_event_noun_phrase_as_content(read, sentence, content):
    """ "أعلنت الوزارة انتهاء …", "أشار المرصد إلى ارتفاع …": the event is the content."""
    (att,) = read(sentence).attributions
    assert att.content == content


def test_pointing_to_a_noun_that_is_no_event_is_no_claim(read):
    """ "أشار إلى أهمية التعاون": an emphasis, not a checkable event."""
    assert read("وأشار حمدان إلى أهمية التعاون.").attributions == ()


@pytest.mark.parametrize(
    "sentence",
    [
        'وقال في تصريح إلى "الوادي": "هناك شركات ستأتي قريبا".',
        "وقال في اتصال هاتفي مع «الوادي» إن الشركات ستأتي قريبا.",
    ],
)
def test_quoted_outlet_after_ila_or_maa_carries_the_statement(read, sentence):
    """ "في تصريح إلى «الوادي»:" / "في اتصال مع «الوادي» إن": the outlet is a carrier, not
    the content."""
    result = read("قال حمدان إن الأمر صعب. " + sentence)
    att = result.attributions[1]
    assert [v.name for v in att.chain] == ["الوادي", "حمدان"]
    assert att.content.startswith("هناك شركات") or att.content.startswith("الشركات")


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("وقال سكان العاصمة إن المباني اهتزت.", "سكان العاصمة"),
        ("وأوضح المصدر الإعلامي التابع للمركز الجديد، أن الغارات انطلقت منه.", None),
    ],
)
def test_unnamed_people_of_a_place_or_body(read, sentence, voice):
    """ "سكان العاصمة", "المصدر الإعلامي التابع للمركز": unnamed voices, not persons."""
    (att,) = read(sentence).attributions
    assert att.source.kind is SourceKind.ANONYMOUS
    if voice is not None:
        assert att.source.name == voice


def test_demonstrative_before_an_unnamed_source(read):
    """ "وأكدت تلك المصادر أن": the sources quoted before."""
    result = read("قالت مصادر محلية إن الاشتباكات استمرت. وأكدت تلك المصادر أن القتلى كثر.")
    assert len({a.source.id for a in result.attributions}) == 1
    assert len(result.attributions) == 2


def test_lifting_the_veil_is_the_verb_object(read):
    """ "كشفت الشركة النقاب عن …": the company spoke; النقاب is the idiom's object."""
    (att,) = read("وكشفت الشركة النقاب عن ساعتها الجديدة.").attributions
    assert att.source.name == "الشركة"
    assert att.source.kind is SourceKind.ORGANIZATION
    assert att.content == "ساعتها الجديدة"


@pytest.mark.parametrize(
    "sentence",
    ["وقال السكان إن المباني اهتزت.", "وقال ممثلو الادعاء إن الأموال اختلست بين عامين."],
)
def test_plural_people_are_unnamed(read, sentence):
    """ "السكان", "ممثلو الادعاء": people named by what they are, never a person."""
    (att,) = read(sentence).attributions
    assert att.source.kind is SourceKind.ANONYMOUS


def test_addressees_with_lil_are_no_subject(read):
    """ "وقال للصحفيين إنه …": the journalists are addressed; the speaker is the one before,
    even with no space after the full stop before it."""
    result = read(
        "وقال وزير النقل سالم الهاشمي إن المحققين جمعوا الحطام.وقال للصحفيين إن البحث سيتوسع."
    )
    assert [a.source.name for a in result.attributions] == ["سالم الهاشمي", "سالم الهاشمي"]
    assert result.attributions[1].content == "البحث سيتوسع"


def test_body_named_after_someone_is_no_name(read):
    """ "أستاذ علم النفس بجامعة الأمير سالم بن حمدان الأهلية": the university is named
    after someone; the speaker is the name between the honorific and the title; علم here is a
    science, not a verb."""
    (att,) = read(
        "ويؤكد الدكتور سالم بن حمود الهاشمي أستاذ علم النفس بجامعة الأمير سالم بن حمدان "
        "الأهلية أن الأسرة مهمة."
    ).attributions
    assert att.source.name == "سالم بن حمود الهاشمي"
    assert att.cue == "يؤكد"


def test_addressee_after_a_name_ends_the_voice(read):
    """ "أكد المدرب جون ماركو للجهاز الفني": the staff is addressed, not part of the name;
    "المتحدث الرسمي للوزارة" keeps its ل-phrase."""
    (att,) = read("وأكد المدرب جون ماركو للجهاز الفني عدم حاجته لحارس جديد.").attributions
    assert att.source.name == "جون ماركو"
    (att,) = read("وقال المتحدث الرسمي للوزارة إن الأمر صعب.").attributions
    assert att.source.name == "المتحدث الرسمي للوزارة"


@pytest.mark.parametrize(
    ("sentence", "voice", "content"),
    [
        pytest.param(
            "وقال العقيد حمدان السالم، متحدث الجيش، في بيان نشر على صفحته أمس، إن العبوة انفجرت.",
            "حمدان السالم",
            "العبوة انفجرت",
            id="relative-verb-after-an-occasion-noun",
        ),
        pytest.param(
            "ووصف حمدان الجولة بأنها ناجحة.", "حمدان", "ناجحة", id="described-object-not-in-voice"
        ),
        pytest.param(
            "وأكد عبد الله ابن حمدان، رئيس الحكومة الوادية، خلال اجتماع مجلس الوزراء الذي أقر "
            "الميزانية، أن الانتخابات ستجري في وقتها.",
            "عبد الله ابن حمدان",
            "الانتخابات ستجري في وقتها",
            id="apposition-is-one-lead-step",
        ),
        pytest.param(
            "وقال النائب جون سميث رئيس لجنة الموازنة وهو مستقل: نتمتع بالنفوذ.",
            "جون سميث",
            "نتمتع بالنفوذ",
            id="name-between-title-and-body-title",
        ),
        pytest.param(
            "اعتقلت الشرطة امرأتين في المدينة، كما أعلنت وزارة الداخلية أمس.",
            "وزارة الداخلية",
            "اعتقلت الشرطة امرأتين في المدينة",
            id="trailing-kama-announced",
        ),
        pytest.param(
            "وتابع «حمدان»: إن البلاد تهدف إلى السلام.",
            "حمدان",
            "البلاد تهدف إلى السلام",
            id="quoted-name-then-colon",
        ),
        pytest.param(
            "قالت «الوادي للأغذية» أكبر شركة للحساء في العالم بأنها ستوقف الإضافات.",
            "الوادي للأغذية",
            "ستوقف الإضافات",
            id="quoted-name-then-descriptor",
        ),
        pytest.param(
            "وذلك بعدما أعلن «الاتحاد» في وقت سابق أن التصفيات ستجرى على ثلاثة أدوار.",
            "الاتحاد",
            "التصفيات ستجرى على ثلاثة أدوار",
            id="quoted-name-after-badama",
        ),
        pytest.param(
            "وأوضح التقرير الإحصائي الذي أصدرته الأمانة العامة للمجلس، ورصدت خلاله نشاطه منذ "
            "بداية السنة، أن المجلس رفع قراراته.",
            "الأمانة العامة للمجلس",  # the report's issuer, named in the relative clause
            "المجلس رفع قراراته",
            id="relative-clause-aside",
        ),
        pytest.param(
            "قال المخرج حمدان السالم الذي أثار فيلمه جدلا في البلاد إن الفيلم مس شيئا مهما.",
            "حمدان السالم",
            "الفيلم مس شيئا مهما",
            id="relative-clause-aside-no-comma",
        ),
        pytest.param(
            'وقال سالم الحلبي (28 عاما) المقيم في بلدة قريبة "لم ترفع النفايات منذ أيام".',
            "سالم الحلبي",
            "لم ترفع النفايات منذ أيام",
            id="age-in-brackets-aside",
        ),
        pytest.param(
            "وأكد وزير الزراعة سالم الهاشمي حرص الحكومة على دعم المزارعين في الوادي.",
            "سالم الهاشمي",
            "حرص الحكومة على دعم المزارعين في الوادي",
            id="emphasis-takes-a-noun-of-stance-that-ends-the-name",
        ),
        pytest.param(
            "وشدد مدير الصندوق حمدان العلي على حرص الصندوق على دعم الإسكان.",
            "حمدان العلي",
            "حرص الصندوق على دعم الإسكان",
            id="emphasis-takes-a-noun-of-stance-after-ala",
        ),
        pytest.param(
            "وقال سالم الهاشمي صاحب شركة تطوير عقاري: إن أسعار الشقق مرتفعة.",
            "سالم الهاشمي",
            "أسعار الشقق مرتفعة",
            id="name-heading-a-description-before-a-colon",
        ),
        pytest.param(
            "ويشرف على الورشة نائب مدير عام الأكاديمية حمدان العلي الذي أوضح أن الهدف التدريب.",
            "حمدان العلي",
            "الهدف التدريب",
            id="relative-report-antecedent-starts-at-a-title",
        ),
    ],
)
def test_voice_and_content_of_lead_patterns(read, sentence, voice, content):
    """Lead patterns, one sentence each: "في بيان نشر …" (a verb describing the occasion does not
    end the lead), "وصف حمدان الجولة بأنها" (the described thing is no part of the voice), an
    apposition "، رئيس الحكومة،" taken in one step, "السناتور فلان رئيس لجنة … وهو" (the name
    between the titles; وهو opens a clause about him), "…، كما أعلنت الوزارة أمس." (the ministry
    announced the clause before), a quoted name right after the verb ("وتابع «حمدان»: إن"), and
    asides about the voice taken in one step (a relative clause, an age in brackets); a verb of
    emphasis takes a noun of stance ("حرص", "أهمية") as content, bare or after على; a name
    heading a description ("صاحب شركة …") is the voice when the words said follow; the
    antecedent of "الذي أوضح" starts at its title."""
    (att,) = read(sentence).attributions
    assert att.source.name == voice
    assert att.content == content


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        pytest.param(
            "وأضاف حمدان السالم، وزير الزراعة، أن الأسعار ستنخفض. "
            "وقال وزير الزراعة إن المحصول تضاعف هذا العام.",
            ["حمدان السالم", "حمدان السالم"],
            id="role-takes-the-name-set-off-before-it",
        ),
        pytest.param(
            "التقى وزير الخارجية الأمريكي جون سميث نظيره أمس. "
            "وقال وزير الخارجية إن المحادثات كانت مثمرة.",
            ["وزير الخارجية"],
            id="role-with-another-qualifier-is-not-named-from-it",
        ),
        pytest.param(
            "وأكد وزير الزراعة حرص الوزارة على التعاون الزراعي. "
            "وقال وزير الزراعة إن المحصول تضاعف.",
            ["وزير الزراعة", "وزير الزراعة"],
            id="a-noun-after-the-role-is-no-name",
        ),
        pytest.param(
            "قال الوزير حمدان السالم إن الموسم جيد. وألقى كلمة قال فيها إن المحصول تضاعف.",
            ["حمدان السالم", "حمدان السالم"],
            id="preposition-with-pronoun-is-never-a-voice",
        ),
        pytest.param(
            "قال الأمير حمدان السالم إن المدينة تتطور. وأكد سموه أن المشاريع مستمرة.",
            ["حمدان السالم", "حمدان السالم"],
            id="honorific-pronoun-is-the-person-spoken-of",
        ),
        pytest.param(
            "ذكرت صحيفة «الوادي» أن الأسعار ارتفعت. وأضافت الصحيفة اللندنية أن الطلب تراجع.",
            ["الوادي", "الوادي"],
            id="outlet-anaphor-with-an-adjective",
        ),
        pytest.param(
            "قال الناطق باسم الشرطة سالم الهاشمي إن الرجل توفي. ووفقا للناطق فإن التحقيق مستمر.",
            ["سالم الهاشمي", "سالم الهاشمي"],
            id="wafqan-lil-takes-the-article-back",
        ),
        pytest.param(
            "أكدت وزارة الزراعة أن المحصول تضاعف. وقال إن الأسعار ستنخفض.",
            ["وزارة الزراعة"],
            id="subjectless-verb-agreeing-with-no-speaker-is-dropped",
        ),
        pytest.param(
            "قال حمدان إن الأمر صعب. وقال لمجلس الدراسات الإقليمية وهو مؤسسة بحثية «أخشى الرفض».",
            ["حمدان", "حمدان"],
            id="body-addressed-with-lam-is-no-subject",
        ),
    ],
)
def test_voices_across_sentences(read, text, voices):
    """Who speaks in short texts of two sentences: a role takes the name set off before it
    ("فلان، وزير الزراعة،"), but not one with another qualifier nor a noun after the role;
    "قال فيها" and "وأكد سموه" are the person quoted before; "الصحيفة اللندنية" is the paper
    named before; "وفقا للناطق" is "الناطق" (ل swallows the article's alif), the spokesman
    quoted before; a verb whose agreement fits no earlier speaker gets no voice; a body
    addressed with ل ("قال لمجلس …") is no subject."""
    result = read(text)
    assert [a.source.name for a in result.attributions] == voices


def test_news_act_names_the_voice_of_a_later_subjectless_cue_in_the_sentence(read):
    """ "والتقى المهندس فلان بالزوار، وأكد أن …": the doer of the first act speaks."""
    result = read(
        "والتقى المهندس محمد الساعدي بزوار الحديقة، واستمع إلى آرائهم، "
        "وأكد أن ثلاث حدائق جديدة ستفتح قريبا."
    )
    (att,) = result.attributions
    assert att.source.name == "محمد الساعدي"
    assert att.content == "ثلاث حدائق جديدة ستفتح قريبا"


def test_news_act_names_the_voice_of_an_honorific_in_the_next_sentence(read):
    """ "استقبل الأمير فلان الوفد. وقال سموه إن …": his highness is the host."""
    result = read(
        "استقبل أمير المنطقة الأمير سلطان بن فهد أمس وفد الجامعة. "
        "وقال سموه إن الشباب مصدر فخر للمجتمع."
    )
    (att,) = result.attributions
    assert att.source.name == "سلطان بن فهد"
    assert att.content == "الشباب مصدر فخر للمجتمع"


def test_participle_with_an_honorific_before_its_complementiser(read):
    """ "، مؤكدا سموه أن …": the honorific is the speaker already named, not a new voice."""
    result = read(
        "قال وزير الداخلية محمد الساعدي إن الهجوم إرهابي، "
        "مؤكداً سموه أن مثل هذه الأعمال لن تمس وحدة الصف."
    )
    second = result.attributions[1]
    assert second.cue == "مؤكداً"
    assert second.source.name == "محمد الساعدي"
    assert second.content == "مثل هذه الأعمال لن تمس وحدة الصف"


def test_back_reference_takes_the_sentence_before_as_content(read):
    """ "… . أوضح ذلك المتحدث فلان، مشيرا إلى أن …": ذلك is the sentence before."""
    result = read(
        "تقرر نقل السجناء إلى المبنى الجديد الأسبوع المقبل. "
        "أوضح ذلك المتحدث الرسمي للسجون العقيد سالم الحمداني، مشيرا إلى أن المبنى يتسع لألف سجين."
    )
    first, second = result.attributions
    assert first.source.name == "سالم الحمداني"
    assert first.content == "تقرر نقل السجناء إلى المبنى الجديد الأسبوع المقبل"
    assert second.source.name == "سالم الحمداني"
    assert second.content == "المبنى يتسع لألف سجين"


def test_back_reference_never_wraps_an_attribution_before(read):
    """When the sentence before already has its voice, "أوضح ذلك فلان" adds no attribution."""
    result = read(
        "قال وزير الداخلية محمد الساعدي إن الهجوم إرهابي. "
        "أوضح ذلك المتحدث الرسمي للوزارة العقيد سالم الحمداني."
    )
    (att,) = result.attributions
    assert att.source.name == "محمد الساعدي"


def test_reporting_verb_with_an_object_names_the_voice_of_the_next_sentence(read):
    """ "أكد الأمير فلان اعتزاز المملكة …. وقال سموه إن …": the object is no part of the name,
    and his highness is the prince."""
    result = read(
        "أكد أمير المنطقة الأمير سعود بن فهد اعتزاز المملكة بأبنائها. "
        "وقال سموه إن الشباب مصدر فخر للمجتمع."
    )
    (att,) = result.attributions
    assert att.source.name == "سعود بن فهد"
    assert att.content == "الشباب مصدر فخر للمجتمع"


def test_family_name_with_al_before_the_object_stays_in_the_name(read):
    """ "شجب الوزير خالد عبدالله سعد الحربي الهجوم": the name ends before الهجوم, not before
    الحربي."""
    result = read("شجب الوزير خالد عبدالله سعد الحربي الهجوم. وقال إن الجناة سيحاسبون.")
    (att,) = result.attributions
    assert att.source.name == "خالد عبدالله سعد الحربي"


def test_unnamed_head_used_as_a_title_before_a_name_is_the_person(read):
    """ "قال مسؤول العلاقات العامة فلان إن": مسؤول is a title here, the voice is the name."""
    result = read("وقال مسؤول العلاقات العامة محمد العاشور إن المعرض يفتح غدا.")
    (att,) = result.attributions
    assert att.source.name == "محمد العاشور"
    assert att.source.kind is not SourceKind.ANONYMOUS


def test_title_and_family_name_act_names_the_participle_voice(read):
    """ "وقدم اللواء السويلمي الهدايا …، مشيرا إلى أن …": no given name, the family name in -ي
    after the title is the actor."""
    result = read(
        "وقدم اللواء السويلمي الهدايا للمصابين متمنياً لهم الشفاء، "
        "مشيرا إلى أن هذه الزيارة واجب وطني."
    )
    (att,) = result.attributions
    assert att.source.name == "اللواء السويلمي"
    assert att.content == "هذه الزيارة واجب وطني"


def test_opening_verb_without_a_written_subject_names_no_actor(read):
    """ "وشدد على موقفهم …، مؤكدا أن …": على is no name (Ali); no voice is made up."""
    result = read("وشدد على موقفهم الواضح من العنف مؤكدا أن المخربين لن ينجحوا.")
    assert all("موقف" not in a.source.name for a in result.attributions)


def test_indefinite_construct_object_ends_the_actor_name(read):
    """ "وأكد فلان أهمية مهرجان …، مشيرا إلى أن": أهمية مهرجان is the object, not the name
    (and, a call, no attribution): the participle after it is his."""
    result = read(
        "وأكد محمد مشاط أهمية مهرجان المدينة للقراءة، مشيرا إلى أن المهرجان يستمر أسبوعا."
    )
    assert [a.source.name for a in result.attributions] == ["محمد مشاط"]


def test_plural_in_ya_after_an_act_is_no_family_name(read):
    """ "وقدم المعزون التعازي …. وأكدوا أن": التعازي is the object, not a person."""
    result = read("وقدم المعزون التعازي لذوي الفقيد. وأكدوا أن الفقيد كان محبوبا.")
    assert all(a.source.name != "التعازي" for a in result.attributions)


def test_honorific_after_an_opening_act_keeps_the_earlier_speaker(read):
    """ "واطلع سموه على …، مؤكدا أن …": his highness is the speaker named before, not the
    object of the act."""
    result = read(
        "قال وزير الداخلية محمد الساعدي إن الهجوم إرهابي. "
        "واطلع سموه على التشغيل التجريبي للمشروع، مؤكداً أن المشروع سيكتمل قريبا."
    )
    assert [a.source.name for a in result.attributions] == ["محمد الساعدي", "محمد الساعدي"]


def test_police_rank_before_a_name_is_a_title(read):
    """ "قال النقيب فلان الناطق الأمني إن": النقيب is a rank, the voice is the name alone."""
    result = read("وقال النقيب محمد الجابري الناطق الأمني إن الدورية ضبطت المهربين.")
    (att,) = result.attributions
    assert att.source.name == "محمد الجابري"


def test_name_between_a_rank_and_a_role_with_a_body(read):
    """ "أوضح المقدم فلان الناطق الرسمي لشرطة الوادي": the name sits between the titles; the
    word after the body is no name."""
    result = read("وأوضح المقدم خالد الحربان الناطق الرسمي لشرطة الوادي أن بلاغا ورد أمس.")
    (att,) = result.attributions
    assert att.source.name == "خالد الحربان"
    assert att.content == "بلاغا ورد أمس"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # Two unnamed groups joined by و are one anonymous voice.
        ("قال سكان ومسؤولون محليون إن السيول جرفت الجسر.", [SourceKind.ANONYMOUS]),
        # An official of a named department, sources "وسط" a movement: unnamed members.
        (
            "صرح مسؤول مركز الإعلام بالهيئة بأن القطار تعطل. "
            "وأشارت مصادر وسط الحركة إلى أن الاجتماع تأجل.",
            [SourceKind.ANONYMOUS] * 2,
        ),
        # A nationality in a broken plural marks unnamed officials as a voice.
        ("وقال مسؤولون أكراد إن القصف استمر طوال الليل.", [SourceKind.ANONYMOUS]),
        # A club and political forces are bodies, not persons.
        (
            "قال نادي الوادي إن حافلة الفريق تعرضت لإطلاق نار. "
            "وأكدت القوى الوطنية والإسلامية ان كل الخيارات مفتوحة.",
            [SourceKind.ORGANIZATION] * 2,
        ),
    ],
    ids=["joined-groups", "department-members", "broken-plural-nationality", "club-forces"],
)
def test_unnamed_groups_and_bodies_get_their_kind(read, text, kinds):
    """Groups and bodies named without a person: anonymous or organization, never a person."""
    assert [a.source.kind for a in read(text).attributions] == kinds


def test_agency_described_by_its_remit_is_an_organization(read):
    """ "أعلنت الوكالة الوطنية لحماية البيئة أن": a public agency described, not the news agency
    named before."""
    result = read("أعلنت الوكالة الأوروبية لحماية الغابات أن الحريق أتى على مئة هكتار.")
    (att,) = result.attributions
    assert att.source.kind is SourceKind.ORGANIZATION
    assert att.source.name == "الوكالة الأوروبية لحماية الغابات"


def test_is_called_names_the_voice_and_is_no_cue(read):
    """ "وقال شاهد عيان يدعى فلان لـ«الوادي» إن": the cue is قال, the voice the named person,
    and "يدعى" (is called) is not "يدعي" (claims)."""
    result = read("وقال شاهد عيان يدعى حمدان ظاهر لـ«الوادي» إن المسلحين فروا.")
    (att,) = result.attributions
    assert att.cue == "قال"
    assert att.source.name == "حمدان ظاهر"
    assert att.content == "المسلحين فروا"


def test_claims_spelt_with_ya_stays_a_cue(read):
    """ "ويدعي فلان أن …" (claims) is still a reporting verb."""
    result = read("ويدعي محمد الساعدي أن الأرض ملكه.")
    (att,) = result.attributions
    assert att.source.name == "محمد الساعدي"


def test_name_followed_by_where_he_comes_from(read):
    """ "أكد فلان من سلطنة عمان، الذي …، أن": the person, with "من …" as his descriptor."""
    result = read("أكد محمد الوهبي من مدينة الوادي، الذي تسلم الطفلة، أن الموقف لا يستغرب.")
    (att,) = result.attributions
    assert att.source.name == "محمد الوهبي"
    assert att.content == "الموقف لا يستغرب"


def test_a_count_of_people_is_not_a_voice_named_by_its_head(read):
    """ "قال عدد من المسؤولين إن": no person called "عدد"."""
    result = read("وقال عدد من المسؤولين إن الموقف لا يستغرب.")
    assert all(a.source.name != "عدد" for a in result.attributions)


def test_relative_clause_report_speaks_for_its_antecedent(read):
    """ "… من رئيس الحكومة فلان الذي قال: «…»": the antecedent of الذي is the voice."""
    result = read(
        "ولقي النداء تجاوبا من رئيس الحكومة محمد الساعدي الذي قال: «جاء النداء متأخرا». "
        "والتقينا مدير المستشفى الدكتور خالد الحربي الذي أشار إلى أن القسم استقبل 35 جريحا."
    )
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("محمد الساعدي", "جاء النداء متأخرا"),
        ("خالد الحربي", "القسم استقبل 35 جريحا"),
    ]


def test_relative_clause_after_a_thing_reports_nothing(read):
    """ "القرار الذي قال إنه …": no voice before الذي, so no attribution is made up."""
    result = read("وهذا هو القرار الذي قال إنه سيغير البلاد.")
    assert result.attributions == ()


def test_a_law_before_min_is_no_voice(read):
    """ "وبحسب القانون الموروث من العهد القديم، …": no person is named before "من"."""
    result = read("وبحسب القانون الموروث من العهد القديم، يحق للمحكمة حبس المتهم.")
    assert all(a.source.kind is not SourceKind.PERSON for a in result.attributions)


def test_relative_clause_after_a_body_and_a_thing_is_no_report_by_the_body(read):
    """ "وعرضت على اللجنة التسجيلات التي تبين أن": the recordings show it; the committee says
    nothing."""
    result = read("وعرضت على اللجنة التسجيلات التي تبين أن الشاب وصل إلى المكان.")
    assert result.attributions == ()


def test_carrier_before_the_actor_of_an_opening_verb_is_skipped(read):
    """ "أكد لـ"الوادي" فلان دعمه …، وقال: إن …": the speaker is the person, not the outlet
    the first statement was made to."""
    result = read(
        'من جانبه أكد لـ"الوادي" محمد الساعدي نائب رئيس الجمهورية دعمه للقرارات، '
        "وقال: إن المعيار المهم هو الولاء للشعب."
    )
    (att,) = result.attributions
    assert att.source.name == "محمد الساعدي"


def test_each_of_two_speakers_gives_one_attribution_to_the_first(read):
    """ "أكد كل من الوزير فلان ونظيره فلان أن …": a joint statement, one attribution whose
    voice is the first named (a joint statement does not corroborate itself)."""
    result = read(
        "وأكد كل من وزير الخارجية محمد الساعدي ونظيره الأردني خالد الحربي أن العلاقات متينة."
    )
    (att,) = result.attributions
    assert att.source.name == "محمد الساعدي"
    assert att.content == "العلاقات متينة"


def test_quotation_closing_the_sentence_after_a_definite_head_is_the_words_said(read):
    """ "وقال رئيس النادي «…»." with no colon: the quotation is the content, not the club's
    name; "رئيس نادي «الوادي» إن" still reads the quoted name."""
    said = read("وقال رئيس النادي «الفريق اكتمل، ولدينا لاعبون كثر».")
    (att,) = said.attributions
    assert att.source.name == "رئيس النادي"
    assert att.content == "الفريق اكتمل، ولدينا لاعبون كثر"
    named = read("وقال رئيس نادي «الوادي» إن الفريق اكتمل.")
    (att,) = named.attributions
    assert "الوادي" in att.source.name
    assert att.content == "الفريق اكتمل"


def test_one_member_of_an_unlisted_group_is_an_unnamed_voice(read):
    """ "وقال أحد الباعة إن …", "أوضح أحد أقارب الضحايا أن …": one unnamed member of a group
    the lexicon does not list; a name after the group names the person instead."""
    seller = read("وقال أحد الباعة في السوق إن الطلب على التمور ارتفع.")
    (att,) = seller.attributions
    assert att.source.kind is SourceKind.ANONYMOUS
    assert att.source.name.startswith("أحد الباعة")
    relative = read("أوضح أحد أقارب الضحايا أن الطريق كان مظلما.")
    (att,) = relative.attributions
    assert att.source.kind is SourceKind.ANONYMOUS
    assert att.content == "الطريق كان مظلما"
    named = read("وقال أحد قادة الحزب سالم الهاشمي إن الطريق كان مظلما.")
    assert all(a.source.kind is not SourceKind.ANONYMOUS for a in named.attributions)


def test_imperfect_verb_of_emphasis_before_a_noun_of_stance_is_an_inference(read):
    """ "وهذا يؤكد حرص الوزارة …" draws the writer's conclusion: no voice (the perfect "أكد
    فلان حرص …" reports one, see test_voice_and_content_of_lead_patterns)."""
    inferred = read("وهذا يؤكد حرص الوزارة على دعم المزارعين في الوادي.")
    assert not inferred.attributions


def test_subject_before_the_verb_starts_after_a_complementiser(read):
    """ "يشار إلى أن الوزير فلان أكد …", "غير أن الرئيس فلان شدد على أن …": the subject is
    the phrase after أن, not the voice of an earlier sentence; a bare word there is no voice
    ("يبقى أن السندات تشير إلى أن …" is a clause)."""
    result = read(
        "قال المتحدث باسم الوزارة حمدان العلي إن الطريق مغلق. "
        "غير أن الوزير سالم الهاشمي شدد على أن الطريق سيفتح غدا."
    )
    second = next(a for a in result.attributions if a.cue == "شدد")
    assert second.source.name == "سالم الهاشمي"
    assert second.content == "الطريق سيفتح غدا"
    bare = read("ويبقى أن السندات الخطرة تشير إلى أن حقبة الأرباح انتهت.")
    assert all("السندات" not in a.source.name for a in bare.attributions)


def test_carrier_named_in_brackets(read):
    """ "أوضحت لـ(الوادي) الدكتورة فلانة أن …", "قال فلان لـ(الوادي) إن …": the outlet in
    brackets carried the statement, before or after the speaker."""
    before = read("وأوضحت لـ(الوادي) الدكتورة سلمى الهاشمي أن المراكز جاهزة لاستقبال الحجاج.")
    (att,) = before.attributions
    assert [v.name for v in att.chain] == ["الوادي", "سلمى الهاشمي"]
    assert att.content == "المراكز جاهزة لاستقبال الحجاج"
    after = read("وقال مدير المستشفى حمدان العلي لـ(الوادي) إن حالة المصابين مستقرة.")
    (att,) = after.attributions
    assert [v.name for v in att.chain] == ["الوادي", "حمدان العلي"]


def test_quoted_surname_after_the_verb_is_the_person_named_before(read):
    """ "وأضاف «الهاشمي»: «…»", "وقال «الهاشمي» في مؤتمر صحفي «…»": a short quoted name
    right after a masculine verb is its subject, and the person named in full before."""
    result = read(
        "قال المتحدث الرسمي سالم بن علي الهاشمي إن الطريق مغلق. "
        "وأضاف «الهاشمي»: «سيفتح الطريق غدا». "
        "وقال «الهاشمي» في مؤتمر صحفي عقده أمس مع رئيس البلدية «إن الجسر آمن»."
    )
    assert [a.source.name for a in result.attributions] == ["سالم بن علي الهاشمي"] * 3
    assert [a.content for a in result.attributions][1:] == ["سيفتح الطريق غدا", "إن الجسر آمن"]
    short = read("وقال «لا تعليق». ")
    assert not short.attributions


def test_words_said_with_no_complementiser(read):
    """ "وقال نحن …", "وأضاف فلان هناك حاجة إلى …", "وقال لا يوجد …": a first-person pronoun,
    "هناك" or "لا يوجد" right after a verb of saying (and its subject) open the words said;
    "قال مسؤول هناك إن" keeps هناك out of the content."""
    result = read(
        "قال وزير النقل سالم الهاشمي إن الجسر مغلق. "
        "وقال نحن نعمل على فتحه قبل نهاية الشهر. "
        "وأضاف المتحدث حمدان العلي هناك حاجة إلى مزيد من العمال. "
        "وقال لا يوجد أي خطر على السائقين."
    )
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("سالم الهاشمي", "الجسر مغلق"),
        ("سالم الهاشمي", "نحن نعمل على فتحه قبل نهاية الشهر"),
        ("حمدان العلي", "هناك حاجة إلى مزيد من العمال"),
        ("حمدان العلي", "لا يوجد أي خطر على السائقين"),
    ]
    there = read("وقال مصدر في الوزارة هناك إن الجسر مغلق.")
    assert [a.content for a in there.attributions] == ["الجسر مغلق"]


def test_topic_phrase_before_the_verb_is_no_voice(read):
    """ "وعن مواعيد الحجز أكد أن …": "as for …" names the topic; the voice is the one before."""
    result = read(
        "قال مدير الاستراحة حمدان العلي إن الإقبال كبير. وعن مواعيد الحجز أكد أنها مفتوحة."
    )
    assert [a.source.name for a in result.attributions] == ["حمدان العلي", "حمدان العلي"]


def test_role_named_after_the_surname_spoke_before(read):
    """ "قال فلان … وكان الهاشمي، وزير المالية، قد …، وقال وزير المالية": the role set off
    after the surname of an earlier voice (or a full name after "وكان") is that person."""
    surname = read(
        "قال سالم الهاشمي إن الميزانية متوازنة. "
        "وكان الهاشمي، وزير المالية، قد أعلن أمس خفض الضرائب. "
        "وقال وزير المالية إن العجز تراجع."
    )
    # "أعلن أمس خفض الضرائب" is his announcement too (an event noun opens its content).
    assert [a.source.name for a in surname.attributions] == ["سالم الهاشمي"] * 3
    full = read(
        "قال متحدث إن الميزانية متوازنة. "
        "وكان سالم الهاشمي، وزير المالية، قد أعلن أمس خفض الضرائب. "
        "وقال وزير المالية إن العجز تراجع."
    )
    assert full.attributions[-1].source.name == "سالم الهاشمي"


def test_name_heading_a_description_before_the_words_said(read):
    """ "وقال فلان صاحب شركة تطوير: إن …", "وقالت القاضية فلانة بالمحكمة العليا: «…»": the
    person heads a subject that runs on into a description; the words said follow."""
    judge = read("وقالت القاضية سلمى الهاشمي بالمحكمة العليا في المدينة: «القرار نهائي».")
    (att,) = judge.attributions
    assert att.source.name.endswith("سلمى الهاشمي")
    assert att.content == "القرار نهائي"


def test_pointing_back_at_a_lead_paragraph_then_speaking_on(read):
    """A lead paragraph, then "أوضح ذلك فلان، وقال: …" opening the next: the lead is what he
    explained, and the subject-less "وقال" that follows (with or without a comma) is his."""
    result = read(
        "تمكن رجال الجمارك في ميناء الوادي من إحباط تهريب شحنة من الحبوب.\n\n"
        "أوضح ذلك مدير الجمارك سالم الهاشمي وقال: تم ضبط الشحنة في حاوية مبردة."
    )
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("سالم الهاشمي", "تمكن رجال الجمارك في ميناء الوادي من إحباط تهريب شحنة من الحبوب"),
        ("سالم الهاشمي", "تم ضبط الشحنة في حاوية مبردة"),
    ]


def test_spaced_quotation_marks_used_both_ways(read):
    """ "” X ”" and "“ X “" (one mark opening and closing, set off by spaces): the words inside
    are the content, with no stray mark at either end."""
    result = read(
        "قال وزير النقل سالم الهاشمي ” إن الجسر سيفتح غدا ” . "
        "وقال المتحدث حمدان العلي: “ الطريق مغلق حتى المساء “."
    )
    assert [a.content for a in result.attributions] == [
        "الجسر سيفتح غدا",
        "الطريق مغلق حتى المساء",
    ]


def test_unlisted_verb_with_a_titled_person_names_the_next_speaker(read):
    """ "واستعرض الوزير فلان التقرير. وأكد أن …": a verb the lexicon does not list, then a
    titled person named in full, is who speaks next (not the voice quoted before); a
    preposition before a title ("مع الوزير فلان") is no such verb."""
    result = read(
        "قال المتحدث حمدان العلي إن المشروع تأخر. "
        "واستعرض وزير النقل سالم الهاشمي التقرير السنوي للوزارة. "
        "وأكد أن المشروع سيكتمل العام المقبل."
    )
    assert [a.source.name for a in result.attributions] == ["حمدان العلي", "سالم الهاشمي"]
    met = read(
        "قال المتحدث حمدان العلي إن المشروع تأخر. "
        "ومع الوزير سالم الهاشمي حضر مدير الشركة. وأكد أن المشروع سيكتمل العام المقبل."
    )
    assert [a.source.name for a in met.attributions] == ["حمدان العلي", "حمدان العلي"]


def test_pluperfect_subject_names_the_next_speaker(read):
    """ "وكان المتحدث …، العميد فلان، قد نشر صورا. وقال إن …": the subject between كان and قد
    speaks next, though the verb after قد reports nothing."""
    result = read(
        "قال المتحدث حمدان العلي إن الهدنة صامدة. "
        "وكان المتحدث باسم القوات المسلحة، العميد سالم الهاشمي، قد نشر صورا للعملية. "
        "وقال إن العملية نجحت."
    )
    assert [a.source.name for a in result.attributions] == ["حمدان العلي", "سالم الهاشمي"]


def test_a_foreign_surname_in_un_is_the_titled_person_not_a_group(read):
    """ "يقول هاملتون" after "رئيس الوزراء … جون هاملتون": the surname ends like a plural
    ("مسؤولون") but the text gives it as a titled person's name: one speaker, not a group."""
    result = read(
        "حدد رئيس الوزراء جون هاملتون اليوم ملامح خطة للتعليم. "
        "وقال هاملتون إن الخطة ستبدأ العام المقبل. "
        "وهو أمر يقول هاملتون انه يحتاج إلى دعم البرلمان."
    )
    assert [a.source.name for a in result.attributions] == ["جون هاملتون", "جون هاملتون"]
    assert {a.source.kind for a in result.attributions} == {SourceKind.OFFICIAL}


def test_an_untitled_plural_stays_an_unnamed_group(read):
    """ "قال مسؤولون": no title and name end in the word anywhere, so it is a group."""
    result = read("وقال مسؤولون إن الطريق سيفتح الأسبوع المقبل.")
    (att,) = result.attributions
    assert att.source.kind is SourceKind.ANONYMOUS


def test_by_saying_leads_the_words_of_the_speaker_before(read):
    """ "واستطرد بقوله «…»": "by his saying" is no voice; the speaker is the one before."""
    result = read('وقال الوزير سالم الهاشمي إن الموسم جيد، واستطرد بقوله "الأسعار ستنخفض قريبا".')
    assert [a.source.name for a in result.attributions] == ["سالم الهاشمي", "سالم الهاشمي"]
    assert result.attributions[1].content.startswith("الأسعار ستنخفض")


def _said_and_own(result: ArticleResult) -> tuple[str, list[str]]:
    """The content of an article's one attribution and its own-voice statements."""
    (att,) = result.attributions
    return att.content, [s.content for s in result.statements]


def test_quotation_closed_by_a_full_stop_ends_its_sentence(read):
    """ "«… غدا.» وتواصل …": a quotation whose words end with a full stop closes the sentence
    (Arabic has no capital to open the next one); what follows is the paper's own account."""
    result = read(
        "وقال الوزير سالم الهاشمي «سنفتح الجسر أمام السيارات غدا.» "
        "وتواصل فرق الصيانة أعمالها على الطريق الساحلي منذ ثلاثة أشهر دون توقف."
    )
    assert _said_and_own(result) == (
        "سنفتح الجسر أمام السيارات غدا.",
        ["وتواصل فرق الصيانة أعمالها على الطريق الساحلي منذ ثلاثة أشهر دون توقف"],
    )


def test_a_hope_with_its_own_subject_ends_the_content_before(read):
    """ "أعلن X أن …، ويأمل خبراء أن …": the experts' hope is no part of what X announced and
    no claim of its own; it stays in the paper's own voice."""
    result = read(
        "وأعلن وزير النقل سالم الهاشمي أن الحطام جزء من العبارة الغارقة، "
        "ويأمل خبراء أن تقدم القطعة التي يبلغ طولها مترين أدلة على سبب الغرق."
    )
    assert _said_and_own(result) == (
        "الحطام جزء من العبارة الغارقة",
        ["ويأمل خبراء أن تقدم القطعة التي يبلغ طولها مترين أدلة على سبب الغرق"],
    )


def test_a_hope_of_the_same_voice_stays_in_its_content(read):
    """ "، وتأمل في أن …" with no subject of its own: the voice before goes on hoping."""
    result = read("وقال البيان إن الوزارة تحتج على القرار، وتأمل في أن تراجعه الحكومة قريبا.")
    (att,) = result.attributions
    assert att.content == "الوزارة تحتج على القرار، وتأمل في أن تراجعه الحكومة قريبا"


def test_the_pluperfect_after_a_comma_is_the_writers_background(read):
    """ "قال X إن …، وكانت الوزارة قد …": what happened before, told in the pluperfect, is the
    paper's background, not part of what X said."""
    result = read(
        "وقال المتحدث باسم النقابة حمدان السالم إن الإضراب سيستمر حتى الأحد، "
        "وكانت الوزارة قد رفضت الأسبوع الماضي مطالب العمال برفع الأجور."
    )
    assert _said_and_own(result) == (
        "الإضراب سيستمر حتى الأحد",
        ["وكانت الوزارة قد رفضت الأسبوع الماضي مطالب العمال برفع الأجور"],
    )


def test_the_subject_between_kana_and_qad_speaks(read):
    """ "، وكان الهاشمي قد أكد …": a bare name between كان and قد is the subject, and the noun
    after the verb ("اعتبر فيلم «…»") is its object, not its voice."""
    result = read(
        "أعلنت الوزارة إغلاق الطريق الساحلي أمام الشاحنات، "
        "وكان الهاشمي قد أكد أمام البرلمان أن القرار ضروري لحماية السكان. "
        "وكان الوزير سالم العلي قد اعتبر فيلم «الوادي» الأفضل هذا العام."
    )
    assert [a.source.name for a in result.attributions] == ["الوزارة", "الهاشمي", "سالم العلي"]
    assert result.attributions[1].content == "القرار ضروري لحماية السكان"


def test_a_role_is_the_person_named_bare_right_after(read):
    """ "أعلن وزير النقل … . وقال خالد الحمدان للصحافيين …": a role the text never ties to a
    name, then the next speaker named bare for the first time, is that person."""
    result = read(
        "أعلن وزير النقل، أمس، أن الجسر الجديد سيفتح الشهر المقبل. "
        "وقال خالد الحمدان للصحافيين إن كلفة الجسر بلغت مليار دينار."
    )
    assert [a.source.name for a in result.attributions] == ["خالد الحمدان", "خالد الحمدان"]


def test_another_party_named_after_a_role_stays_apart(read):
    """ "من جانبه، قال …" or a name with a title of its own ("، الأمين العام") is someone else."""
    result = read(
        "أعلن وزير النقل، أمس، أن الجسر الجديد سيفتح الشهر المقبل. "
        "من جانبه، قال خالد الحمدان إن الكلفة مرتفعة. "
        "وأكد مدير الهيئة أن العمل مستمر. "
        "وقال سالم الهاشمي، الأمين العام للنقابة، إن العمال جاهزون."
    )
    names = [a.source.name for a in result.attributions]
    assert names[0] == "وزير النقل"
    assert names[2] == "مدير الهيئة"


def test_a_foreign_surname_alone_is_the_person_named_in_full_before(read):
    """ "المتحدث باسم هيئة الموانئ جون هاملتون … وقال هاملتون": a surname in ون/ين looks like a
    plural ("مسؤولون"), but the text named him in full before, so it is that person, not an
    unnamed group standing for the outlet."""
    result = read(
        "وقال المتحدث باسم هيئة الموانئ جون هاملتون إن سفينة تحمل ثلاثة آلاف طن من القمح رست "
        'في الميناء اليوم. وقال هاملتون "هذه أول سفينة ترسو في الميناء منذ شهرين". '
        "وقال مسؤولون إن الميناء سيبقى مفتوحا."
    )
    voices = [(a.source.name, a.source.kind) for a in result.attributions]
    assert voices == [
        ("جون هاملتون", SourceKind.OFFICIAL),
        ("جون هاملتون", SourceKind.OFFICIAL),
        ("مسؤولون", SourceKind.ANONYMOUS),
    ]


def test_ala_set_off_by_commas_is_no_name(read):
    """ "…، على سبيل المثال، بأن": على folds like the name علي but names no one."""
    result = read(
        "حيث يرى عدد من الأطباء، على سبيل المثال، بأن كثيرا من المرضى باتوا يعتمدون "
        "على العيادات الخاصة."
    )
    assert all("سبيل" not in a.source.name for a in result.attributions)


def test_a_trailing_according_to_followed_by_the_voices_participle(read):
    """ "…، بحسب ما ذكر المصدر مشيرا إلى …": the participle goes on for the voice, so the
    content is the clause before the cue; "ونقل إلى المستشفى" (carried) is no relay cue."""
    result = read(
        "وأصيب حارس في يده حين سقط عليه لوح زجاج ونقل الى المستشفى، "
        "بحسب ما ذكر المصدر مشيرا الى أن الموقع أغلق."
    )
    contents = [a.content for a in result.attributions]
    assert contents == [
        "وأصيب حارس في يده حين سقط عليه لوح زجاج ونقل الى المستشفى",
        "الموقع أغلق",
    ]


def test_an_interview_with_a_quoted_medium_then_a_place_then_the_colon(read):
    """ "في مقابلة مع «الوادي» في العاصمة: «…»": the medium carried the words; the place
    between it and the colon is no part of the content."""
    result = read(
        "وقال سالم الهاشمي في مقابلة مع «الوادي» في العاصمة: «أدت التقنية إلى تغييرات "
        "جذرية في الصناعة»."
    )
    (att,) = result.attributions
    assert [v.name for v in att.chain] == ["الوادي", "سالم الهاشمي"]
    assert att.content == "أدت التقنية إلى تغييرات جذرية في الصناعة"


def test_but_he_opens_a_second_statement_of_the_same_voice(read):
    """ "…، لكنه أكد أيضا أن …" / "… لكنه أضاف أن …": "but he" ends the first content and its
    verb reads a second one for the same voice (never a voice named "لكنه")."""
    result = read(
        "وأكد الوزير سالم الهاشمي أن الحكومة تقف مع خطوات السلام، لكنه أكد أيضا أن "
        "تنفيذ القرار شرط لذلك. وقال خالد الحمدان إن الموازنة تكفي لعام واحد لكنه أضاف أن "
        "العجز سيرتفع."
    )
    got = [(a.source.name, a.content) for a in result.attributions]
    assert got == [
        ("سالم الهاشمي", "الحكومة تقف مع خطوات السلام"),
        ("سالم الهاشمي", "تنفيذ القرار شرط لذلك"),
        ("خالد الحمدان", "الموازنة تكفي لعام واحد"),
        ("خالد الحمدان", "العجز سيرتفع"),
    ]


# Voices named after a role: each text is made up; the expected voices were read and judged.
_ROLE_AND_NAME_CASES = [
    # "مشرف النادي الشيخ فلان": the role is no name; the person follows the honorific, and his
    # surname alone later is the same person (not a second voice).
    pytest.param(
        "وأوضح مشرف النادي الشيخ سالم الهاشمي أن الحفل سيقام غدا في القاعة الكبرى. "
        "وأضاف الهاشمي أن عدد الحضور بلغ ثلاثمئة شخص.",
        ["سالم الهاشمي", "سالم الهاشمي"],
        id="honorific-after-role",
    ),
    # "المشرف العام على X فلان": على completes the title; the voice is the person named after
    # what he supervises (from the word before بن), or the whole title when no name follows.
    pytest.param(
        "وأوضح المشرف العام على المهرجان سالم بن خالد الوادعي أن الحفل سيقام غدا. "
        "وقال المشرف على الكرسي د. خالد الهاشمي، إن الحملة تستهدف ألف مريض. "
        "وبين المشرف على الحملة أن التوزيع بدأ أمس في القرى الجنوبية. "
        "وأوضح المشرف العام على البرنامج هزّاع بن مجاهد الوادعي أن المعرض نجح هذا العام.",
        ["سالم بن خالد الوادعي", "خالد الهاشمي", "المشرف على الحملة", "هزّاع بن مجاهد الوادعي"],
        id="supervisor-ala",
    ),
    # "المتحدثة باسم بعثة الأمم المتحدة في الوادي «…»، فلانة، إن": the person speaks, not the
    # body her title names; "المتحدثة الأممية" later is the same person.
    pytest.param(
        "وقالت المتحدثة باسم بعثة الأمم المتحدة في الوادي “بعثة الوادي”، سلمى الخالد، "
        "إن العملية تمت بمعرفة الجيش وحده. "
        "وأضافت المتحدثة الأممية أن الرهائن نقلوا إلى مكان آمن.",
        ["سلمى الخالد", "سلمى الخالد"],
        id="name-after-short-quoted-name",
    ),
    # "المتحدثة باسم البعثة، راضية عاشوري، إن": two plain words between commas after a title
    # are the person even when no list knows the given name; an occasion or "من جهة أخرى"
    # there names no one.
    pytest.param(
        "وقالت المتحدثة باسم البعثة في الوادي، راضية عاشوري، إن العملية تمت بمعرفة الجيش. "
        "وذكر وزير الخارجية، من جهة أخرى، أن الاتفاق سيوقع غدا. "
        "وقال المستشار الثقافي، في بيان له، إن المعرض يفتتح الأحد.",
        ["راضية عاشوري", "وزير الخارجية", "المستشار الثقافي"],
        id="unlisted-name-between-commas",
    ),
    # "متحدث رئاسي", "ناشط سياسي محلي": the adjective is no name (a voice "رئاسي" would
    # merge unrelated officials).
    pytest.param(
        "وقال متحدث رئاسي إن اثني عشر شخصا قتلوا في الهجوم. "
        "وكشف ناشط سياسي محلي أن التنظيم اعتقل مئتي شخص.",
        ["متحدث رئاسي", "ناشط سياسي محلي"],
        id="indefinite-title-adjective",
    ),
    # "طالب فلان بقمة عاجلة، معتبرا أن …" and "ودعا فلان إلى …. وقال …": the doer of the
    # demand speaks what follows, not the voice quoted before him.
    pytest.param(
        "وأوضح مصدر في الشرطة أن قوات الأمن صدت ألف محاولة. "
        'من جهته، طالب خالد الهاشمي الوزير السابق بقمة عاجلة بين البلدين، معتبرا أن "الوضع '
        'الراهن يجعل البلاد حارسا للحدود". '
        "ودعا سالم الحمدان العضو في الحزب الجيران إلى تحمل حصتهم. "
        'وقال "ليس هناك أي سبب يدعو إلى إبقاء هؤلاء الناس هنا".',
        ["مصدر في الشرطة", "خالد الهاشمي", "سالم الحمدان"],
        id="demand-opens-the-sentence",
    ),
    # "عقد فخامة الرئيس الوادي فلان اجتماعا … وأكد الرئيس الوادي أن": "فخامة" addresses the
    # president, it makes no other role, so the later role is the person named there.
    pytest.param(
        "عقد فخامة الرئيس الوادي سالم الهاشمي اليوم اجتماعا ضم مستشاريه. "
        "وأكد الرئيس الوادي أن الحكومة تقف مع السلام.",
        ["سالم الهاشمي"],
        id="term-of-address",
    ),
]


@pytest.mark.parametrize(("text", "voices"), _ROLE_AND_NAME_CASES)
def test_the_voice_is_the_person_named_with_the_role(read, text, voices):
    """The voice of each attribution is the person the text names with the role."""
    assert [a.source.name for a in read(text).attributions] == voices


# One attribution each: its voice and content were read and judged.
_ONE_ATTRIBUTION_CASES = [
    # "أمين عام الهيئة، التابعة للوزارة، فلان، أن": the aside on the body sits between the
    # title and the name; the voice is the person.
    pytest.param(
        "وأوضح أمين عام الهيئة الوطنية للتنمية، التابعة لوزارة الشؤون، خالد الوادعي، "
        "أن المشروع يشمل عشرين قرية.",
        "خالد الوادعي",
        "المشروع يشمل عشرين قرية",
        id="aside-on-the-body-then-name",
    ),
    # "المدير العام لمستشفى الوادي، الدكتور فلان: أن …": a colon closes the name as a comma
    # does; the hospital is not the voice.
    pytest.param(
        "وأكد المدير العام لمستشفى الوادي، الدكتور سالم بن خالد الوادعي: أن المستشفى "
        "استقبل اثني عشر مصابا.",
        "سالم بن خالد الوادعي",
        "المستشفى استقبل اثني عشر مصابا",
        id="titled-name-closed-by-colon",
    ),
    # "…، حسبما أفاد فلان، نائب مدير العمليات.": the title closing the sentence describes the
    # voice; the content is the clause before the cue.
    pytest.param(
        "وانقطع اتصال العبارة بمركز المراقبة مساء السبت بعد إبحارها من الرصيف، "
        "حسبما أفاد سالم الهاشمي، نائب مدير العمليات في هيئة الملاحة.",
        "سالم الهاشمي",
        "وانقطع اتصال العبارة بمركز المراقبة مساء السبت بعد إبحارها من الرصيف",
        id="trailing-cue-then-title",
    ),
    # "المركز المعني بمتابعة الحرائق في العاصمة، والتابع للمكتب الدولي، بأنه": المعني takes
    # its ب complement into the voice, and the aside "والتابع لـ…" is no content.
    pytest.param(
        "وأفاد المركز المعني بمتابعة الحرائق في العاصمة، والتابع للمكتب الدولي، بأنه تم "
        "تسجيل تسعة حوادث هذا العام.",
        "المركز المعني بمتابعة الحرائق",
        "تم تسجيل تسعة حوادث هذا العام",
        id="body-remit-and-aside",
    ),
]


@pytest.mark.parametrize(("text", "voice", "content"), _ONE_ATTRIBUTION_CASES)
def test_one_attribution_with_its_voice_and_content(read, text, voice, content):
    """The one attribution of the text has this voice and this content."""
    (att,) = read(text).attributions
    assert (att.source.name, att.content) == (voice, content)


def test_age_after_a_role_is_no_part_of_the_voice(read):
    """ "وقال اللاعب البالغ من العمر 30 عاما للصحفيين إن": the age is skipped, and the role
    "اللاعب" is the player named before, not a voice called "من العمر 30 عاما"."""
    result = read(
        "يعتقد سامي الخالدي لاعب وسط النادي أن الفريق جاهز للموسم. "
        "وقال اللاعب البالغ من العمر 30 عاما للصحفيين إن المدرب ممتاز."
    )
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("سامي الخالدي", "الفريق جاهز للموسم"),
        ("سامي الخالدي", "المدرب ممتاز"),
    ]


def test_age_after_a_bare_noun(read):
    """ "وقالت الطالبة البالغة 19 عاما إن": the voice is "الطالبة", its age left out."""
    (att,) = read("وقالت الطالبة البالغة 19 عاما إن الامتحان كان صعبا.").attributions
    assert (att.source.name, att.content) == ("الطالبة", "الامتحان كان صعبا")


@pytest.mark.parametrize(
    "text",
    [
        "وطلبت النيابة توقيف الشبان والذين يتوقع ان يمثلوا امام القاضي اليوم.",
        "وقبضت الشرطة على المسلح الذي يعتقد أنه نفذ الهجوم.",
    ],
)
def test_reporting_verb_after_a_relative_pronoun_is_passive(read, text):
    """ "الذين يتوقع أن" (a singular verb after a plural antecedent) and "الذي يعتقد أنه" are
    passives ("who are expected", "who is believed"): nobody speaks, and the prosecutor quoted
    just before is not made to say it."""
    result = read("قال المدعي العام كريم النوري إن التحقيق مستمر. " + text)
    assert [a.content for a in result.attributions] == ["التحقيق مستمر"]


def test_passive_after_a_relative_does_not_cut_the_content(read):
    """ "إن الشركة التي يتوقع أن تعلن …": the passive inside the content leaves it whole."""
    (att,) = read(
        "وقال المدير سامي الخالدي إن الشركة التي يتوقع أن تعلن نتائجها غدا حققت أرباحا."
    ).attributions
    assert att.source.name == "سامي الخالدي"
    assert att.content == "الشركة التي يتوقع أن تعلن نتائجها غدا حققت أرباحا"


def test_active_believer_named_after_yaataqid(read):
    """ "يعتقد فلان أن" opening its clause: a named subject makes يعتقد a cue like يرى."""
    (att,) = read("يعتقد المدرب سامي الخالدي أن الفريق سيفوز بالبطولة.").attributions
    assert (att.source.name, att.content) == ("سامي الخالدي", "الفريق سيفوز بالبطولة")


@pytest.mark.parametrize(
    "text",
    [
        "وقال الكاتب: أعتقد أن الأزمة ستطول.",
        "هل تعتقد أن الفريق جاهز للموسم؟",
        "ومن يعتقد أن الفريق جاهز فهو مخطئ.",
    ],
)
def test_belief_verb_without_a_named_believer_after_it(read, text):
    """ "أعتقد" (first person), "هل تعتقد" (a question), "ومن يعتقد" (whoever): no voice is
    read from a belief verb whose believer is not named right after it."""
    assert all(a.cue not in {"أعتقد", "تعتقد", "يعتقد"} for a in read(text).attributions)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("وكشف مصدر مسئول ان المشروع سيستغرق عامين.", "مصدر مسئول"),
        ("وقال مسئولون في الوزارة إن المشروع سيستغرق عامين.", "مسئولون في الوزارة"),
    ],
)
def test_masul_written_with_yeh_hamza(read, text, voice):
    """ "مسئول" (ئ) is the same word as "مسؤول" (ؤ): an unnamed official."""
    (att,) = read(text).attributions
    assert att.source.name == voice
    assert att.source.kind is SourceKind.ANONYMOUS
    assert att.content == "المشروع سيستغرق عامين"


def test_statement_issued_by_a_body_named_in_its_relative_clause(read):
    """ "وقال البيان الذي أصدرته وزارة الصحة إن": the ministry issued it and is the voice."""
    (att,) = read("وقال البيان الذي أصدرته وزارة الصحة إن عدد الإصابات بلغ مئة.").attributions
    assert att.source.name == "وزارة الصحة"
    assert att.content == "عدد الإصابات بلغ مئة"


def test_statement_published_by_an_agency_with_no_author_is_relayed_by_the_agency(read):
    """ "وقال البيان الذي نشرته الوكالة": no author is named, so the statement speaks through
    the agency that carried it (chain: agency → statement); a statement of no known issuer
    never stands as a second origin beside the agency."""
    result = read(
        "ذكرت وكالة الأنباء الرسمية في البلاد أن الحكومة مددت مهمة القوات لستة أشهر. "
        "وقال البيان الذي نشرته الوكالة إن الحكومة مددت مهمة القوات لستة أشهر."
    )
    first, second = result.attributions
    assert second.content == "الحكومة مددت مهمة القوات لستة أشهر"
    assert [v.id for v in second.chain] == [first.source.id, second.source.id]
    assert second.source.kind is SourceKind.DOCUMENT
    assert {c.status for c in result.claims if c.attributions} == {Status.SINGLE_SOURCED}


def test_statement_broadcast_by_tv_keeps_its_author(read):
    """ "وقال البيان الذي بثه التلفزيون الرسمي" after "أعلنت قيادة الجيش في بيان": the command
    wrote it; the channel that put it out is no voice and no link in the chain."""
    result = read(
        "أعلنت قيادة الجيش في بيان أن القوات تقدمت. "
        "وقال البيان الذي بثه التلفزيون الرسمي إن القوات دخلت المدينة."
    )
    second = result.attributions[1]
    assert second.source.name == "قيادة الجيش"
    assert [v.name for v in second.chain] == ["قيادة الجيش"]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الأنباء إن المحاكمة ستكون سرية.",
        "وذكرت صحيفة الأنباء أن المحاكمة ستكون سرية.",
        "وقالت الأنباء الكويتية إن المحاكمة ستكون سرية.",
    ],
)
def test_paper_named_by_a_common_word(read, text):
    """A paper called "الأنباء" is the registry's outlet when it speaks, with a head, with its
    country, or bare as the subject of a feminine reporting verb; never a person."""
    (att,) = read(text).attributions
    assert att.source.id == "al-anba-kw"
    assert att.source.kind is SourceKind.OUTLET


def test_news_agency_phrase_is_not_the_paper(read):
    """ "وكالة الأنباء …" stays an agency: the paper «الأنباء» needs its own head."""
    (att,) = read("قالت وكالة الأنباء الحكومية السورية إن الطريق فتح.").attributions
    assert att.source.id == "sana"


def test_city_as_subject_stays_what_it_was(read):
    """ "وقالت الرياض إن": a place that is also a paper's name is not read as the paper."""
    (att,) = read("وقالت الرياض إن الاتفاق نهائي.").attributions
    assert att.source.kind is not SourceKind.OUTLET


def test_revealed_thing_after_amma_is_the_content(read):
    """ "بعد أن كشف الباحث فلان عما أسماه ثغرة …": "عما" ends the voice and opens what he
    revealed."""
    (att,) = read(
        "جاء القرار بعد أن كشف الباحث الأمني سامي الخالدي عما أسماه ثغرة خطيرة في الهواتف."
    ).attributions
    assert att.source.name == "سامي الخالدي"
    assert att.content == "أسماه ثغرة خطيرة في الهواتف"


def test_amma_after_a_verb_of_talking_is_no_content(read):
    """ "تحدث الوزير عما جرى": what was talked about is no claim."""
    assert read("وتحدث الوزير عما جرى في الاجتماع.").attributions == ()


def test_subject_first_after_lakin_opens_a_second_voice(read):
    """ "وقال فلان إن …، لكن العمري قال إن …": the second statement is the surname's (the
    person named before), and the first content ends before لكن."""
    result = read(
        "وقال الباحث فهد العمري إن النظام آمن. "
        "وقال سامي الخالدي إن النظام ضعيف، لكن العمري قال إن الخلل صغير."
    )
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("فهد العمري", "النظام آمن"),
        ("سامي الخالدي", "النظام ضعيف"),
        ("فهد العمري", "الخلل صغير"),
    ]


def test_common_noun_after_lakin_is_no_voice_and_not_the_speaker_before(read):
    """ "لكن القانون يقول إن": no voice is read from a common noun, and the words are not
    given to the speaker before either."""
    result = read("وقال سامي الخالدي إن الشركة خسرت لكن القانون يقول إن هناك تحسنا.")
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("سامي الخالدي", "الشركة خسرت")
    ]


def test_subject_after_the_pronoun_spoken_about(read):
    """ "وهو الوضع الذي قالت عنه الوزيرة فلانة يوم الأحد، إنه «…»": the minister named after
    "عنه" speaks, and "يوم الأحد" is no part of her name."""
    (att,) = read(
        "وهو الوضع الذي قالت عنه الوزيرة سلمى الهاشمي يوم الأحد، إنه «ليس قرارا سهلا»."
    ).attributions
    assert (att.source.name, att.content) == ("سلمى الهاشمي", "ليس قرارا سهلا")


def test_relative_clause_revealing_about_it_with_no_words_said(read):
    """ "الملفات التي كشف عنها الوزير في حينها": what he revealed is named before the verb and
    no complementiser follows: no voice "الوزير في" is read from it."""
    result = read("وهي الملفات التي كشف عنها الوزير في حينها عبر تغريدة له.")
    assert result.attributions == ()


def test_day_word_after_a_voice_is_an_adverb(read):
    """ "وقال الوزير فلان يوم الأحد إن": "يوم" opens a time, not a word of the name."""
    (att,) = read("وقال الوزير سامي الخالدي يوم الأحد إن القرار نهائي.").attributions
    assert (att.source.name, att.content) == ("سامي الخالدي", "القرار نهائي")


def test_prosecutor_title_before_a_name(read):
    """ "وقال المدعي العام فلان إن": المدعي is a title; the name after it is the voice."""
    (att,) = read("وقال المدعي العام كريم النوري إن المشتبه به اعتقل.").attributions
    assert att.source.name == "كريم النوري"


def test_a_name_after_an_abbreviated_title_ends_a_long_title_chain(read):
    """ "… لدول مجلس التعاون م. سالم بن علي الفارس": the chain runs past the length limit to
    the name after "م." (an engineer's title), not to the title's letter."""
    (att,) = read(
        "وأوضح الرئيس التنفيذي لهيئة الربط المائي لدول مجلس التعاون لدول الخليج العربية "
        "م. سالم بن علي الفارس أنه تم تركيب المضخات."
    ).attributions
    assert att.source.name == "سالم بن علي الفارس"


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن حاكم ولاية الوادي، سالم الفارس أن انتحاريا فجر نفسه في السوق.",
        "وقال المتحدث باسم الشرطة، العقيد سالم الفارس إن انتحاريا فجر نفسه في السوق.",
    ],
)
def test_a_name_after_a_title_and_one_comma_is_the_voice(read, text):
    """ "حاكم الولاية، سالم الفارس أن …": the name set off by one comma, closed by the
    complementiser, is who speaks (as with a comma on each side)."""
    (att,) = read(text).attributions
    assert att.source.name == "سالم الفارس"
    assert att.content == "انتحاريا فجر نفسه في السوق"


def test_a_noun_of_state_opens_the_content_of_a_verb_of_emphasis(read):
    """ "أكد فلان، مدرب الفريق، جاهزية لاعبيه": the noun of state is what he stressed."""
    (att,) = read("أكد سامي الخالدي، مدرب فريق الساحل، جاهزية لاعبيه للمباراة.").attributions
    assert (att.source.name, att.content) == ("سامي الخالدي", "جاهزية لاعبيه للمباراة")


@pytest.mark.parametrize("noun", ["استمرار"])
def test_a_content_noun_right_after_a_subjectless_verb_is_no_voice(read, noun):
    """ "… . وأكد استمرار الالتزام": the noun opens the content; the speaker is the one before."""
    result = read(f"قال الوزير سامي الخالدي إن العمل بدأ. وأكد {noun} الالتزام بالتعليمات.")
    att = next(a for a in result.attributions if a.cue == "أكد")
    assert att.source.name == "سامي الخالدي"
    assert att.content == f"{noun} الالتزام بالتعليمات"


def test_a_plural_group_described_by_an_imperfect_verb_is_one_unnamed_voice(read):
    """ "وذكر مزارعون يتحدرون من القرية أن": the verb describes the group; they speak."""
    (att,) = read("وذكر مزارعون يتحدرون من القرية أن ألف عامل كانوا يسكنونها.").attributions
    assert att.source.kind is SourceKind.ANONYMOUS
    assert att.source.name == "مزارعون يتحدرون من القرية"
    assert att.content == "ألف عامل كانوا يسكنونها"


def test_noting_that_ends_the_content_and_its_report_is_read(read):
    """ "…، علما بأن فلان أكد …": the writer's aside ends the content before; the report in it
    has its own voice, the subject before its verb."""
    result = read(
        "أعلنت إدارة النادي فتح باب الترشح، "
        "علما بأن الرئيس المؤقت سالم العتيبي أكد لأعضاء النادي عدم رغبته في البقاء بعد الصيف."
    )
    first, second = result.attributions
    assert (first.source.name, first.content) == ("إدارة النادي", "فتح باب الترشح")
    assert (second.source.name, second.content) == ("سالم العتيبي", "عدم رغبته في البقاء بعد الصيف")


def test_a_group_addressed_with_lam_is_no_part_of_the_voice(read):
    """ "وأكد الرئيس فلان للأعضاء المؤسسين …": whom he told is not who speaks."""
    (att,) = read(
        "وأكد الرئيس المؤقت سالم العتيبي للأعضاء المؤسسين عدم رغبته في البقاء بعد الصيف."
    ).attributions
    assert (att.source.name, att.content) == ("سالم العتيبي", "عدم رغبته في البقاء بعد الصيف")


def test_a_question_reports_nothing(read):
    """ "هل تؤكد الوزارة وجود نقص؟": a question put to a voice is not its claim."""
    result = read("قال الوزير سامي الخالدي إن المخزون كاف. هل تؤكد الوزارة وجود نقص في الأدوية؟")
    assert [a.content for a in result.attributions] == ["المخزون كاف"]


def test_a_body_that_clarifies_a_topic_speaks_in_the_next_subjectless_cue(read):
    """ "أوضحت السفارة ملابسات الحادث. وأفادت أن …": the body before the topic noun is the
    voice of the cue with no subject that follows."""
    result = read(
        "أوضحت سفارة المملكة لدى الدولة المجاورة ملابسات الحادث. وأفادت أن المصاب نقل إلى المستشفى."
    )
    (att,) = result.attributions
    assert att.source.name == "سفارة المملكة لدى الدولة المجاورة"
    assert att.content == "المصاب نقل إلى المستشفى"


def test_a_fronted_according_to_relays_the_report_after_it(read):
    """ "وحسب وكالة X، ذكرت قناة Y أن …": Y reports, and X carries Y's report (chain X > Y);
    "وأشارت القناة" after it is Y again, through X."""
    result = read(
        'وحسب وكالة الأنباء الوطنية، ذكرت قناة "الأفق" الإخبارية، أن الجيش اعتقل عشرة أشخاص. '
        "وأشارت القناة إلى أن المحكمة أصدرت حكمها."
    )
    first, second = result.attributions
    assert first.source.name == second.source.name == "الأفق"
    assert [v.name for v in first.chain] == ["وكالة الأنباء الوطنية", "الأفق"]
    assert first.content == "الجيش اعتقل عشرة أشخاص"


def test_a_fronted_according_to_names_the_voice_of_a_subjectless_verb(read):
    """ "ووفقا لمصادر أمنية، أكدت لـ«الوادي» أن …": the sources are who confirmed."""
    (att,) = read('ووفقا لمصادر أمنية، أكدت لـ"الوادي" أن العشرات اعتقلوا.').attributions
    assert att.source.name == "مصادر أمنية"
    assert att.content == "العشرات اعتقلوا"


def test_an_according_to_aside_between_commas_covers_the_sentence_around_it(read):
    """ "يحظى الجسر بأهمية، وفق فلان، لأنه يربط …": the statement runs on both sides of the
    aside, and a surname alone between the commas is the voice named before."""
    result = read(
        "قال المهندس سامي الخالدي إن العمل بدأ. "
        "ويحظى الجسر بأهمية كبيرة، وفق الخالدي، لأنه يربط المدينتين."
    )
    att = result.attributions[-1]
    assert att.source.name == "سامي الخالدي"
    assert att.content.startswith("ويحظى الجسر بأهمية كبيرة")
    assert att.content.endswith("لأنه يربط المدينتين")


def test_a_common_noun_between_commas_is_no_voice(read):
    """ "…، وفقا للقانون، …": the law is no voice."""
    assert read("وتم إغلاق الطريق، وفقا للقانون، لمدة يومين.").attributions == ()


def test_a_plain_manner_adverb_ends_the_voice(read):
    """ "وقال فلان هاتفيا من المدينة «…»": "هاتفيا" (no tanween written) is no part of him."""
    (att,) = read(
        'وقال سامي الخالدي هاتفيا من المدينة "قتل عشرة أشخاص في الاشتباكات".'
    ).attributions
    assert att.source.name == "سامي الخالدي"


def test_the_complementiser_after_saying_and_a_colon_stays_out(read):
    """ "وأضاف قائلا: إن …": the content starts after إن."""
    result = read("قال الوزير سامي الخالدي إن العمل بدأ. وأضاف قائلا: إن الجسر سيفتح غدا.")
    assert result.attributions[-1].content == "الجسر سيفتح غدا"


def test_this_does_not_deny_is_the_writers_reasoning(read):
    """ "وهذا لا ينفي وجود …": no one is reported, least of all the speaker before."""
    result = read(
        "قال المتحدث سامي الخالدي إن المهاجم كان وحده. وهذا لا ينفي أن للمهاجم أعوانا خارج البلدة."
    )
    assert [a.content for a in result.attributions] == ["المهاجم كان وحده"]


def test_an_indefinite_title_and_the_one_word_it_governs_name_no_one(read):
    """ "قال محافظ المدينة …" written "محافظ جدة", "مدعي عام ليون": the office, not a name."""
    (att,) = read("قال مدعي عام ليون إن المتهم اعترف بالتخطيط للهجوم.").attributions
    assert att.source.name == "مدعي عام ليون"
    (att,) = read("قال وزير خارجية فرنسا إن المحادثات ستستأنف غدا.").attributions
    assert att.source.name == "وزير خارجية فرنسا"


def test_a_prosecutor_by_the_indefinite_title_gives_his_name(read):
    """ "أعلن مدعي عام العاصمة … فلان، اليوم، أن …": the person after the long title speaks."""
    (att,) = read(
        "أعلن مدعي عام مقاطعة الساحل الشمالي جان مارتان، اليوم، أن المتهم اعترف بالتخطيط."
    ).attributions
    assert att.source.name == "جان مارتان"
    assert att.source.kind is SourceKind.OFFICIAL


def test_commenting_on_something_then_a_colon_is_a_report(read):
    """ "وعلّق فلان على …: «…»" reports his words; "علقت الإدارة على الباب إعلانا بأن" does not."""
    (att,) = read(
        'وعلّق المدرب سامي الخالدي على غياب اللاعب: "الغياب مؤثر لكن البدلاء جاهزون".'
    ).attributions
    assert att.source.name == "سامي الخالدي"
    assert att.content == "الغياب مؤثر لكن البدلاء جاهزون"
    assert read("وعلقت الإدارة على أبواب المبنى إعلانا بأن الدوام سيتوقف.").attributions == ()
    assert read("وعلقت الوزارة الدراسة في المدارس ثلاثة أيام بسبب الأمطار.").attributions == ()


def test_mourning_announced_is_a_noun_phrase_content(read):
    """ "أعلنت الحكومة الحداد ثلاثة أيام": the mourning declared is what was announced."""
    (att,) = read("وأعلنت الحكومة الحداد ثلاثة أيام على ضحايا الحادث.").attributions
    assert att.content.startswith("الحداد ثلاثة أيام")


def test_the_country_unresolved_is_no_voice(read):
    """ "كما أعلنت البلاد الحداد": "البلاد" is no person's name."""
    assert read("وزار الأمير المسجد، كما أعلنت البلاد الحداد ثلاثة أيام.").attributions == ()


def test_a_participle_without_a_comma_still_opens_its_own_content(read):
    """ "قال البنك إن … مشيرا إلى أن …": two contents, with or without a comma between."""
    result = read("قال البنك إن الأسواق مستقرة مشيرا إلى أن المنطقة عرضة للأزمات.")
    assert [a.content for a in result.attributions] == [
        "الأسواق مستقرة",
        "المنطقة عرضة للأزمات",
    ]


def test_a_warning_after_a_definite_voice_takes_what_follows_min(read):
    """ "وحذر البنك من خطر انتقال الأزمة": the bank warns; "العديد من الخبراء" stays one voice."""
    (att,) = read("وحذر البنك من خطر انتقال الأزمة.").attributions
    assert (att.source.name, att.content) == ("البنك", "خطر انتقال الأزمة")
    (att,) = read("وحذر العديد من الخبراء من ارتفاع الأسعار.").attributions
    assert att.content == "ارتفاع الأسعار"
    assert att.source.kind is SourceKind.ANONYMOUS


def test_the_issuer_of_a_statement_speaks_in_it(read):
    """ "وأصدر الجيش بيانا قال فيه إن …": the army speaks, not "وأصدر الجيش بيانا"."""
    (att,) = read("وأصدر الجيش بيانا قال فيه إن الهجوم فشل.").attributions
    assert (att.source.name, att.content) == ("الجيش", "الهجوم فشل")
    result = read(
        "أكد اللاعب سامي الخالدي أنه تناول دواء مسكنا. "
        'وأصدرت اللجنة الوطنية للرقابة بيانا قالت فيه: "الدواء غير محظور دوليا".'
    )
    assert result.attributions[-1].source.name == "اللجنة الوطنية للرقابة"


def test_a_relative_clause_after_a_trailing_voice_leaves_the_clause_before_as_content(read):
    """ "…، بحسب المرصد الذي يتخذ من لندن مقرا": the clause before, not "الذي …", is reported."""
    (att,) = read("وقتل عشرة أشخاص في القصف بحسب المرصد الذي يتخذ من لندن مقرا.").attributions
    assert att.source.name == "المرصد"
    assert att.content == "وقتل عشرة أشخاص في القصف"


def test_in_this_regard_is_no_voice(read):
    """ "وأشار بهذا الخصوص إلى …": "بهذا الخصوص" names no one."""
    result = read(
        "قال المدير التنفيذي لشركة النور سامي الخالدي إن الأسعار تراجعت. "
        "وأشار بهذا الخصوص إلى تراجع حركة الشحن في الميناء."
    )
    assert all("بهذا" not in a.source.name for a in result.attributions)


def test_a_derived_verbal_noun_after_pointing_to_is_the_content(read):
    """ "وأشارت إلى تضاعف …" after a named ministry: the ministry points to the event."""
    result = read(
        "أعلنت وزارة الصحة وفاة عشرة أشخاص بسبب الحر. وأشارت إلى تضاعف عدد المصابين في المستشفيات."
    )
    last = result.attributions[-1]
    assert (last.source.name, last.content) == ("وزارة الصحة", "تضاعف عدد المصابين في المستشفيات")
    (att,) = read("وأشار الناطق باسم الجيش سالم الهاشمي إلى استسلام عشرات المسلحين.").attributions
    assert att.content == "استسلام عشرات المسلحين"


def test_an_imperfect_pointing_verb_in_a_relative_clause_reports_nothing(read):
    """ "لا علامات تشير إلى استكمال المشروع": signs, not the speaker named before, point to it."""
    result = read(
        "قال المقاول سالم الهاشمي إن العمل توقف. وليست هناك علامات تشير إلى استكمال المشروع."
    )
    assert [a.cue for a in result.attributions] == ["قال"]


def test_a_definite_noun_after_pointing_to_is_a_topic(read):
    """ "وأشار المدير إلى الجهود التي بذلتها الإدارة": a topic named, no claim reported."""
    assert not read("وأشار المدير إلى الجهود التي بذلتها الإدارة.").attributions


def test_the_news_of_an_event_is_the_content_not_the_voice(read):
    """ "أكد مصدر أمني نبأ اعتقال …": the source confirms; "نبأ" is no part of its name."""
    (att,) = read("أكد مصدر أمني نبأ اعتقال سائق الحافلة.").attributions
    assert att.source.name == "مصدر أمني"
    assert att.content == "نبأ اعتقال سائق الحافلة"


def test_the_need_for_something_is_what_a_minister_stresses(read):
    """ "وأكد الوزير فلان الحاجة إلى حوار شامل": الحاجة opens the content."""
    (att,) = read("وأكد وزير الخارجية سالم الهاشمي الحاجة إلى حوار شامل بين الأطراف.").attributions
    assert (att.source.name, att.content) == ("سالم الهاشمي", "الحاجة إلى حوار شامل بين الأطراف")


def test_a_leading_according_to_then_a_speaker_puts_the_outlet_in_the_chain(read):
    """ "ووفقا لصحيفة النهار بين المصدر أن …": the source speaks, the paper carries it."""
    result = read(
        "أكد مصدر أمني نبأ اعتقال السائق. ووفقا لصحيفة النهار بين المصدر أن الشرطة لن تتهاون."
    )
    last = result.attributions[-1]
    assert last.content == "الشرطة لن تتهاون"
    assert [v.name for v in last.chain] == ["النهار", "مصدر أمني"]


def test_an_act_after_qad_names_the_speaker_of_the_next_sentence(read):
    """ "وقد عبر الأمير فلان عن حزنه. وقال سموه «…»": the prince speaks."""
    result = read(
        "وقد عبر الأمير سالم بن فهد عن حزنه لفقد الجندي. "
        "وقال سموه «نحن صف واحد في الدفاع عن الوطن»."
    )
    (att,) = result.attributions
    assert att.source.name == "سالم بن فهد"


def test_a_time_frame_before_an_act_keeps_its_doer_as_the_speaker(read):
    """ "وفي نهاية اللقاء أبدى شقيق الجندي فلان ارتياحه، حيث ذكر أن …": the brother speaks,
    not the prince of the sentence before."""
    result = read(
        "عبر الأمير سالم بن فهد عن حزنه. "
        "وفي نهاية اللقاء عبر شقيق الجندي الشيخ خالد بن سعد الحربي عن ارتياحه، "
        "حيث ذكر أنهم بحاجة إلى رعاية."
    )
    (att,) = result.attributions
    assert att.source.name == "خالد بن سعد الحربي"


def test_the_public_warned_is_no_part_of_the_warner(read):
    """ "وحذرت الإدارة العامة للمرور الإخوة المواطنين من …": the directorate warns."""
    (att,) = read(
        "وحذرت الإدارة العامة للمرور بالمحافظة الإخوة المواطنين والمقيمين من السير في الأودية."
    ).attributions
    assert att.source.name == "الإدارة العامة للمرور بالمحافظة"
    assert att.content == "السير في الأودية"


def test_a_form_of_address_before_a_prince_is_no_voice(read):
    """ "قال صاحب السمو الملكي الأمير فلان إن …": the prince, not "صاحب السمو"."""
    (att,) = read("قال صاحب السمو الملكي الأمير سالم بن فهد إن المنطقة آمنة.").attributions
    assert att.source.name == "سالم بن فهد"


def test_a_title_word_after_bin_is_part_of_the_name(read):
    """ "الأمير سالم بن فهد بن مساعد أمير المنطقة": مساعد after بن is a name, not a title."""
    (att,) = read("قال الأمير سالم بن فهد بن مساعد أمير المنطقة إن الأمن مستتب.").attributions
    assert att.source.name == "سالم بن فهد بن مساعد"


def test_a_report_issued_by_a_body_speaks_for_it(read):
    """ "قال تقرير صدر عن البنك الدولي في واشنطن، إن …": the bank is the voice."""
    (att,) = read("قال تقرير صدر عن البنك الدولي في واشنطن، إن معدلات البطالة تراجعت.").attributions
    assert att.source.name == "البنك الدولي"
    assert att.content == "معدلات البطالة تراجعت"
    (att,) = read("وأشار تقرير صدر عن الهيئة الوطنية إلى تراجع عدد الحوادث.").attributions
    assert att.content == "تراجع عدد الحوادث"


def test_a_news_object_before_its_subject_is_still_no_voice(read):
    """ "كما أكد خبر الإصابة عدد من الجيران": "خبر" is the object, not a report issued."""
    assert not read("كما أكد خبر الإصابة عدد من الجيران.").attributions


def test_a_definite_source_described_is_an_unnamed_voice(read):
    """ "وأكد المصدر المقرب من اللاعب أن …": an unnamed source, described."""
    (att,) = read("وأكد المصدر المقرب من المدرب أن النادي جدد عقده لعامين.").attributions
    assert att.source.kind is SourceKind.ANONYMOUS
    assert att.content == "النادي جدد عقده لعامين"


def test_one_of_a_group_then_a_name_is_that_person(read):
    """ "قال أحد كبار مشايخ القبيلة سالم الهاشمي، إن …": the sheikh named, not "أحد"."""
    (att,) = read("قال أحد كبار مشايخ القبيلة سالم الهاشمي، إن الصلح تم أمس.").attributions
    assert att.source.name == "سالم الهاشمي"
    assert att.source.kind is SourceKind.PERSON


def test_a_name_after_a_preposition_is_not_the_one_of_a_group(read):
    """ "نقلا عن أحد الجرحى من الكتيبة التابعة للقائد فلان": the commander did not speak."""
    (att,) = read(
        "وقالت المصادر، نقلا عن أحد الجرحى من الكتيبة التابعة للقائد سالم الهاشمي، "
        "إن اشتباكات دارت في الحي."
    ).attributions
    assert all(v.name != "سالم الهاشمي" for v in att.chain)


def test_laqad_opens_the_words_said(read):
    """ "وقال المتحدث فلان لقد حرص …": words said with no complementiser."""
    (att,) = read(
        "وقال الناطق باسم خفر السواحل الرائد سالم الهاشمي لقد حرص القائد على زيارة المراكز."
    ).attributions
    assert att.source.name == "سالم الهاشمي"
    assert att.content.startswith("لقد حرص القائد")


def test_a_report_that_a_body_issued_speaks_before_a_colon(read):
    """ "وقال تقرير أعدته اللجنة: «…»": the report is the subject, not an object first; it
    speaks for the committee that wrote it."""
    (att,) = read("وقال تقرير أعدته اللجنة: «المدارس تحتاج إلى معلمين أكثر».").attributions
    assert att.content == "المدارس تحتاج إلى معلمين أكثر"
    assert att.source.name == "اللجنة"


def test_a_compound_name_with_izz_is_a_person_not_scripture(read):
    """ "وقال عز الدين الهاشمي، وزير …، إن": a man named عز الدين; "قال عز وجل" is scripture."""
    (att,) = read(
        "وقال عز الدين الهاشمي، وزير النقل، خلال تصريحات للصحفيين، إن الجسر سيفتح."
    ).attributions
    assert att.source.name == "عز الدين الهاشمي"
    assert not read("قال عز وجل إن الصبر مفتاح الفرج.").attributions


def test_a_trailing_according_to_a_medium_carries_the_speaker(read):
    """ "قال الوزير فلان إن …، بحسب الوكالة الرسمية": one voice, carried by the agency."""
    (att,) = read(
        "وقال وزير النقل سالم الهاشمي إن الجسر سيفتح غدا، بحسب وكالة الأنباء الرسمية."
    ).attributions
    assert att.source.name == "سالم الهاشمي"
    assert len(att.chain) == 2
    assert att.chain[-1].name == "سالم الهاشمي"


def test_a_trailing_according_to_a_body_is_no_second_voice(read):
    """ "قال الوزير فلان إن …، بحسب الشرطة": the police tell us what the minister said; one
    report of the minister's words, never a second voice for the same words (two voices on
    one sentence made it look corroborated). (Round 21 changed this judgement; before, both
    voices stayed.)"""
    result = read("وقال وزير النقل سالم الهاشمي إن الجسر سيفتح غدا، بحسب الشرطة.")
    assert [a.source.name for a in result.attributions] == ["سالم الهاشمي"]


def test_this_comes_according_to_points_back_to_the_sentence_before(read):
    """ "… . يأتي ذلك بحسب ما أعلنه فلان": the sentence before is his."""
    result = read(
        "بلغت حركة المسافرين في مطار المدينة خمسين ألف مسافر. "
        "يأتي ذلك بحسب ما أعلنه مدير الميناء سالم الهاشمي."
    )
    (att,) = result.attributions
    assert att.source.name == "سالم الهاشمي"
    assert att.content == "بلغت حركة المسافرين في مطار المدينة خمسين ألف مسافر"


def test_a_cue_negated_in_the_present_or_after_a_preposition_reports_nothing(read):
    """ "لا أحد ينكر حاجة المدينة إلى …" and "الأرقام لا تكذب" report no one; "في نفي الخبر"
    and "بعد نفي الوزارة" hold the verbal noun, not a denial by the word after it. "لا
    تستبعد الوزارة أن …" (thinks it possible) still reports the ministry's view."""
    for text in (
        "لا أحد ينكر حاجة المدينة إلى مزيد من المدارس في الأحياء الجديدة.",
        "والأرقام لا تكذب، فنسبة الملاك في المدينة لا تتجاوز النصف.",
        "وتسرعت الهيئة في نفي الخبر وتخطئته قبل أن تتحقق منه.",
        "وجاء البيان بعد نفي الوزارة وجود أي خلاف مع النقابة.",
    ):
        assert not read(text).attributions, text
    result = read("ولا تستبعد الوزارة أن يفتح الجسر أمام الشاحنات الشهر المقبل.")
    (att,) = result.attributions
    assert att.source.name == "الوزارة"
    assert att.content.startswith("يفتح الجسر")


def test_a_role_resolves_to_the_name_given_with_it_outside_any_attribution(read):
    """The minister is named with his role in a sentence that quotes no one ("برئاسة وزير
    الطاقة الأردني سالم نوفيك ونظيره …"), then speaks by surname, then by role: one voice
    throughout ("ونظيره" ends his name), named in full. A role never named with anyone stays
    a role."""
    result = read(
        "وعقدت اللجنة المشتركة اجتماعها أمس برئاسة وزير الطاقة الأردني سالم نوفيك ونظيره "
        "خالد العمري. وقال نوفيك إن البلدين اتفقا على مشاريع جديدة. وكشف وزير الطاقة "
        "الأردني أن شركة الساحل ستبني مصنعا للقطارات. وقال وزير النقل إن الطرق ستفتح غدا."
    )
    voices = [a.source.name for a in result.attributions]
    assert voices == ["سالم نوفيك", "سالم نوفيك", "وزير النقل"]


def test_an_imposition_is_the_noun_phrase_a_ministry_announced(read):
    """ "وكانت وزارة الزراعة أعلنت الخميس فرض قيود …": the ministry announced the imposition."""
    (att,) = read(
        "وكانت وزارة الزراعة أعلنت الخميس فرض قيود على استيراد الدواجن من ثلاث دول."
    ).attributions
    assert att.source.name == "وزارة الزراعة"
    assert att.content == "فرض قيود على استيراد الدواجن من ثلاث دول"


def test_according_to_what_announced_steps_over_a_bracketed_day(read):
    """ "…، بحسب ما أعلنت أمس (الثلاثاء) الهيئة": the voice comes after the day."""
    (att,) = read(
        "وارتفع عدد المصابين إلى ثلاثين، بحسب ما أعلنت أمس (الثلاثاء) الهيئة العامة للطيران."
    ).attributions
    assert att.source.name == "الهيئة العامة للطيران"
    assert att.content == "وارتفع عدد المصابين إلى ثلاثين"


def test_a_medium_after_a_closing_quote_carries_the_quoted_speaker(read):
    """ "وقالت فلانة «…»، وفقا لقناة X": one voice, carried by the channel."""
    (att,) = read(
        "وقالت المهندسة سلمى الهاشمي «المصنع سيغلق أبوابه نهاية الشهر»، وفقا لقناة النهار."
    ).attributions
    assert att.source.name == "سلمى الهاشمي"
    assert [v.name for v in att.chain] == ["النهار", "سلمى الهاشمي"]
    assert att.content == "المصنع سيغلق أبوابه نهاية الشهر"


def test_a_leading_according_to_ends_its_voice_before_a_verb_of_a_figure(read):
    """ "ووفقا لوزارة النقل بلغ عدد الرحلات …": the ministry, then the figure it gives."""
    (att,) = read("ووفقا لوزارة النقل بلغ عدد الرحلات الملغاة نحو 300 رحلة.").attributions
    assert att.source.name == "وزارة النقل"
    assert att.content == "بلغ عدد الرحلات الملغاة نحو 300 رحلة"


def test_the_account_a_voice_wrote_on_is_stepped_over(read):
    """ "وكتب فلان على حسابه بموقع تويتر «…»": the words written are his content."""
    (att,) = read(
        "وكتب المدرب سامي العلي على حسابه بموقع تويتر «الفريق سيعود أقوى في الموسم المقبل»."
    ).attributions
    assert att.source.name == "سامي العلي"
    assert att.content == "الفريق سيعود أقوى في الموسم المقبل"


def test_a_relative_clause_about_the_voice_ends_at_the_quotation(read):
    """ "وقال فلان الذي غادر النادي في مايو «إذا … فإن …»": the whole quotation is his."""
    (att,) = read(
        "وقال المدرب سامي العلي الذي غادر النادي في مايو «إذا غاب المهاجم فإن الفريق سيعاني كثيرا»."
    ).attributions
    assert att.source.name == "سامي العلي"
    assert att.content == "إذا غاب المهاجم فإن الفريق سيعاني كثيرا"


def test_a_platform_in_quotation_marks_is_no_content(read):
    """ "وكتب فلان على حسابه في «تويتر»: «…»": the platform's name is stepped over."""
    (att,) = read(
        "وكتب فريق النجوم على حسابه في «تويتر»: «نشعر بإحباط كبير لخسارة السائق بعد الحادث»."
    ).attributions
    assert att.source.name == "فريق النجوم"
    assert att.content == "نشعر بإحباط كبير لخسارة السائق بعد الحادث"


def test_a_topic_set_up_by_amma_speaks_through_the_verb_in_fa(read):
    """ "أما الوزارة فقالت إن …": the topic is the voice; a topic that is no voice gives none."""
    (att,) = read("أما وزارة النقل فقالت إن الموانئ ستعمل بكامل طاقتها.").attributions
    assert att.source.name == "وزارة النقل"
    assert att.content == "الموانئ ستعمل بكامل طاقتها"
    assert read("أما الأسعار فقال إنها سترتفع.").attributions == ()
    (after_qad,) = read("أما وزارة النقل، فقد أكدت أن الموانئ ستعمل.").attributions
    assert after_qad.source.name == "وزارة النقل"


def test_an_answer_with_a_colon_is_the_voice_s_words(read):
    """ "وأجاب الوزير فلان: «…»": the minister's words; "أجاب على الأسئلة" reports nothing."""
    (att,) = read("وأجاب وزير المالية سامي العلي: «لن نرفع الأسعار هذا العام».").attributions
    assert att.source.name == "سامي العلي"
    assert att.content == "لن نرفع الأسعار هذا العام"
    assert read("وأجاب الوزير على أسئلة الصحفيين في المؤتمر.").attributions == ()


def test_pointing_to_a_form_five_verbal_noun_is_a_noun_phrase_content(read):
    """ "وأشار إلى تنوع الفعاليات …": the variety he pointed to is the content."""
    result = read(
        "وأكد المدير سامي العلي أن المشروع سيكتمل. "
        "وأشار إلى تنوع الفعاليات في المهرجان كالمعارض والمسابقات."
    )
    (att,) = [a for a in result.attributions if a.cue == "أشار"]
    assert att.source.name == "سامي العلي"
    assert att.content == "تنوع الفعاليات في المهرجان كالمعارض والمسابقات"


def test_a_comment_by_saying_gives_the_comment_s_words(read):
    """ "وعلّق مسؤولون على القرار بقولهم إنه …": what they said of it is the content."""
    (att,) = read("وعلق مسؤولون في الوزارة على القرار بقولهم إنه الأول من نوعه.").attributions
    assert att.source.name == "مسؤولون في الوزارة"
    assert att.content == "الأول من نوعه"


def test_a_definite_document_issued_by_a_body_is_the_body_s_voice(read):
    """ "البيان الصادر عن وزارة النقل": the ministry's; "البيان الختامي" stays a document."""
    (att,) = read("وقال البيان الصادر عن وزارة النقل إن الميناء سيفتح غدا.").attributions
    assert att.source.name == "وزارة النقل"
    (final,) = read("وقال البيان الختامي إن القمة نجحت في مهمتها.").attributions
    assert final.source.kind is SourceKind.DOCUMENT


def test_a_medium_that_carried_the_occasion_is_in_the_chain(read):
    """ "قال الوزير، في مقابلة بثها التلفزيون الرسمي، إن …": the television carried him."""
    (att,) = read(
        "وقال الوزير سامي العلي في تصريحات أوردتها صحيفة النهار إن الميناء سيفتح غدا."
    ).attributions
    assert [v.name for v in att.chain] == ["النهار", "سامي العلي"]
    assert att.content == "الميناء سيفتح غدا"


def test_what_a_paper_learned_from_sources_is_relayed_from_them(read):
    """ "وعلمت صحيفة النهار من مصادر مطلعة أن …": the paper, relaying the sources."""
    (att,) = read("وعلمت صحيفة النهار من مصادر مطلعة أن المفاوضات توقفت.").attributions
    assert [v.name for v in att.chain] == ["النهار", "مصادر مطلعة"]
    assert att.content == "المفاوضات توقفت"


def test_an_after_before_or_after_opens_no_content(read):
    """ "قال الوزير بعد أن التقى نظيره إن …": the meeting is no part of what he said."""
    (att,) = read(
        "وقال الوزير سامي العلي بعد أن التقى نظيره الأردني إن الاتفاق سيوقع غدا."
    ).attributions
    assert att.content == "الاتفاق سيوقع غدا"
    (aside,) = read(
        "وأكد سامي العلي الذي عمل مديرا للنادي قبل أن يستقيل في يونيو أنه حصل على الدعم."
    ).attributions
    assert aside.content == "حصل على الدعم"


def test_a_prepositional_voice_ends_before_the_number_it_reports(read):
    """ "…، وفقا لتقرير فريق العد 820 راكبا": the report's figure is in the content."""
    (att,) = read(
        "ووصل عدد الركاب يوم الجمعة، وفقاً لتقرير فريق العد بالميناء 820 راكبا من ثلاث سفن."
    ).attributions
    assert att.source.name == "تقرير فريق العد بالميناء"
    assert "820 راكبا" in att.content
    assert att.content.startswith("ووصل عدد الركاب")


def test_a_candidacy_or_a_qualification_is_an_announced_noun_phrase(read):
    """ "أعلن النادي ترشح رئيسه …", "أعلن الاتحاد تأهل الفريق …": noun-phrase contents."""
    (att,) = read("وأعلن النادي رسميا ترشح رئيسه للدورة القادمة.").attributions
    assert att.content == "ترشح رئيسه للدورة القادمة"
    (qualified,) = read("وأعلن الاتحاد تأهل الفريق إلى النهائي.").attributions
    assert qualified.content == "تأهل الفريق إلى النهائي"


def test_sources_the_publisher_relays_are_the_voice(read):
    """ "وعلمت «عكاظ» من مصادر مطلعة أن …" in عكاظ itself: the sources speak, and go on."""
    result = read(
        "وعلمت «عكاظ» من مصادر مطلعة أن المفاوضات توقفت. وقالت إن الوفد غادر أمس.",
        publisher="okaz",
    )
    assert [a.source.name for a in result.attributions] == ["مصادر مطلعة", "مصادر مطلعة"]


def test_a_paper_calls_itself_by_its_name_without_the_country(read):
    """«الوطن» in الوطن السعودية is the publisher; «الجزيرة» in الجزيرة السعودية is not."""
    result = read("وعلمت «الوطن» من مسؤولين في الوفد أن المفاوضات توقفت.", publisher="alwatan")
    (att,) = result.attributions
    assert att.source.name == "مسؤولين في الوفد"
    assert [v.name for v in att.chain] == ["مسؤولين في الوفد"]
    (channel,) = read("وقالت قناة الجزيرة إن المفاوضات توقفت.", publisher="aljazirah").attributions
    assert [v.name for v in channel.chain] == [channel.source.name]


def test_unnamed_complainants_speak_in_the_sentence_after(read):
    """ "اشتكى سكان حي النخيل من الشاحنات. وقالوا إن …": the residents said it."""
    (att,) = read(
        "اشتكى سكان حي النخيل من وقوف الشاحنات في شوارعهم. "
        "وقالوا في حديث مع «النهار» إن الجهات المعنية لم تتحرك."
    ).attributions
    assert att.source.name == "سكان حي النخيل"
    assert att.source.kind is SourceKind.ANONYMOUS
    assert att.content == "الجهات المعنية لم تتحرك"


def test_a_fronted_occasion_names_the_medium_that_carried_the_words(read):
    """ "وفي تصريح لـ«النهار»، قال فلان إن …": the paper carried them; "للصحفيين" is no medium."""
    (att,) = read(
        "وفي تصريح لـ«النهار»، قال مدير الإدارة سامي العلي إن الموسم سيبدأ مبكرا."
    ).attributions
    assert [v.name for v in att.chain] == ["النهار", "سامي العلي"]
    (told,) = read("وفي تصريح للصحفيين، قال الوزير سامي العلي إن الموسم سيبدأ مبكرا.").attributions
    assert [v.name for v in told.chain] == ["سامي العلي"]


def test_a_participle_of_manner_after_the_verb_is_no_voice(read):
    """ "وأضاف مخاطبا البرلمان أن …": how the speaker named before spoke, never a voice named
    "مخاطبا البرلمان" (rather no attribution than a voice that names no one)."""
    result = read(
        "قال وزير الدفاع سالم الخواجة إن بلاده لن ترسل قوات. وأضاف مخاطبا البرلمان أن القرار نهائي."
    )
    names = [att.source.name for att in result.attributions]
    assert names[0] == "سالم الخواجة"
    assert all("مخاطبا" not in name for name in names)
