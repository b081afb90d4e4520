"""Attribution extraction over the hand-written Arabic fixtures, one pattern per test."""

from __future__ import annotations

from conftest import by_cue, chain_names

from tracker.models import QuoteKind, SourceKind, Stance


def test_spans_index_the_original_text(analyse):
    """For every attribution and statement, text[start:end] == content."""
    for name in ("ar-01-outlet-relay.txt", "ar-05-quotes.txt", "ar-08-nested.txt"):
        result = analyse(name)
        text = result.article.text
        for att in result.attributions:
            assert text[att.start : att.end] == att.content
            assert text[att.cue_start : att.cue_end] == att.cue
        for st in result.statements:
            assert text[st.start : st.end] == st.content


def test_outlet_with_quoted_name_and_relay_of_unnamed_sources(analyse):
    """أفادت الصحيفة، نقلا عن مصادر مطلعة، بأن … gives the chain outlet ← sources."""
    result = analyse("ar-01-outlet-relay.txt")
    (first,) = by_cue(result, "كشفت")
    assert first.source.name == "القدس العربي"
    assert first.source.kind is SourceKind.OUTLET
    (relayed,) = by_cue(result, "أفادت")
    assert chain_names(relayed) == ["القدس العربي", "مصادر مطلعة"]
    assert relayed.content.startswith("صفقة تشغيل ميناء العقبة")


def test_newspaper_anaphor_resolves_to_the_paper_named_before(analyse):
    """ "وذكرت الجريدة" is the newspaper named earlier, not a new source."""
    (att,) = by_cue(analyse("ar-01-outlet-relay.txt"), "ذكرت")
    assert att.source.name == "القدس العربي"


def test_site_chrome_is_never_a_claim(analyse):
    """Date line, "رئيس التحرير", "عاجل" and the section never appear in claims."""
    result = analyse("ar-01-outlet-relay.txt")
    texts = [s.content for s in result.statements] + [a.content for a in result.attributions]
    assert not any("رئيس التحرير" in t or "عاجل" in t for t in texts)


def test_a_pages_related_headlines_are_no_claims(read, read_en):
    """The headlines a page lists under "اقرأ أيضا" / "Related" are links to other stories:
    "وزير المالية: العجز سينخفض …" there is no claim of this article; a paragraph after the
    block is read again."""
    arabic = read(
        "قال وزير الطاقة حمدان السالم إن الحكومة ستخفض أسعار الوقود اعتبارا من الشهر المقبل.\n"
        "اقرأ أيضا\n"
        "وزير المالية: العجز سينخفض إلى النصف في العام المقبل\n"
        "مصدر مطلع: تعديل وزاري مرتقب خلال الأيام القليلة المقبلة\n"
        "اقرأ أيضا: نائب رئيس الوزراء: الموازنة الجديدة جاهزة للتصويت في البرلمان\n"
        "وأضاف السالم أن الخطة تشمل دعم النقل العام في المدن الكبرى.\n"
    )
    assert [a.source.name for a in arabic.attributions] == ["حمدان السالم"] * 2
    english = read_en(
        "The energy minister, Hamdan Salem, said fuel prices would fall next month.\n"
        "Related\n"
        "Finance minister: deficit will be halved by the end of next year\n"
        "Salem added that the plan would also support public transport in the big cities.\n"
    )
    assert [a.cue for a in english.attributions] == ["said", "added"]


def test_a_caption_with_a_photo_credit_is_no_statement(read, read_en):
    """A picture's caption, a line closed by "(تصوير: …)" / "(Photo: …)", is not the
    publisher's own statement; the paragraphs around it are read."""
    arabic = read(
        "قال وزير الطاقة حمدان السالم إن الحكومة ستخفض أسعار الوقود اعتبارا من الشهر المقبل.\n"
        "وزير الطاقة يتحدث إلى الصحفيين في مقر الوزارة بعد الاجتماع (تصوير: خالد العمر)\n"
        "وأضاف السالم أن الخطة تشمل دعم النقل العام في المدن الكبرى.\n"
    )
    assert not any("تصوير" in s.content for s in arabic.statements)
    assert len(arabic.attributions) == 2
    english = read_en(
        "The energy minister, Hamdan Salem, said fuel prices would fall next month.\n"
        "The minister talks to reporters after the cabinet meeting (Photo: Ali Noor)\n"
        "Salem added that the plan would also support public transport in the big cities.\n"
    )
    assert not any("Photo" in s.content for s in english.statements)


def test_official_descriptor_split_and_state_group(analyse):
    """ "وزير النقل السوري محمود الأحمد" is an official named محمود الأحمد in group state:SY."""
    result = analyse("ar-02-state-group.txt")
    minister = next(a for a in result.attributions if a.source.name == "محمود الأحمد")
    assert minister.source.kind is SourceKind.OFFICIAL
    assert minister.source.group == "state:SY"
    assert minister.source.descriptor == "وزير النقل السوري"


def test_publisher_is_never_in_a_chain(analyse):
    """ "قال … لـ«الساحل»" to the article's own publisher (موقع الساحل) adds no carrier."""
    result = analyse("ar-02-state-group.txt")
    expert = next(a for a in result.attributions if a.source.name == "عمر الزعبي")
    assert chain_names(expert) == ["عمر الزعبي"]


def test_denial_and_subject_first_order(analyse):
    """ "لكن وزارة الصحة نفت …" is a denial by the ministry, read from before the verb."""
    result = analyse("ar-03-denial.txt")
    (denial,) = by_cue(result, "نفت")
    assert denial.stance is Stance.DENIES
    assert denial.source.name == "وزارة الصحة"
    (participle,) = by_cue(result, "مؤكدة")
    assert participle.source.name == "وزارة الصحة"


def test_source_of_is_not_a_voice(analyse):
    """ "مصدر قلق" and "مصادر الطاقة" are not anonymous sources."""
    result = analyse("ar-03-denial.txt")
    names = {v.name for a in result.attributions for v in a.chain}
    assert not any("قلق" in n or "الطاقة" in n for n in names)


def test_anonymous_voices_and_impersonal_cue(analyse):
    """مصدر أمني, an official who declined to be named, ناشطون and يعتقد are all unnamed."""
    result = analyse("ar-04-anonymous.txt")
    kinds = {a.source.name: a.source.kind for a in result.attributions}
    assert kinds["مصدر أمني"] is SourceKind.ANONYMOUS
    assert kinds["مسؤول في وزارة الداخلية"] is SourceKind.ANONYMOUS
    assert kinds["ناشطون"] is SourceKind.ANONYMOUS
    (believed,) = by_cue(result, "يعتقد")
    assert believed.source.kind is SourceKind.ANONYMOUS
    (added,) = by_cue(result, "أضاف")
    assert added.source.name == "مصدر أمني"


def test_unnamed_sources_count_with_the_publisher_that_cites_them(analyse):
    """An anonymous source cited directly by the article traces to the publisher."""
    result = analyse("ar-04-anonymous.txt")
    att = next(a for a in result.attributions if a.source.name == "مصدر أمني")
    assert att.origin.name == "الرصد اليومي"


def test_quotes_colon_lead_in_quote_first_and_surname(analyse):
    """Direct quotes after a colon, before the cue, in the next paragraph; a surname resolves."""
    result = analyse("ar-05-quotes.txt")
    quoted = [a for a in result.attributions if a.quote is QuoteKind.DIRECT]
    assert [a.content[:12] for a in quoted] == ["نحتاج إلى ال", "لن نغير طريق", "الجماهير تست"]
    assert {a.source.name for a in result.attributions} == {"كريم الحداد"}


def test_participle_and_pronoun_phrase_cues(analyse):
    """ "مشيرا إلى أن" and "على حد قوله" attach to the speaker before them."""
    result = analyse("ar-05-quotes.txt")
    (participle,) = by_cue(result, "مشيرا")
    assert participle.content.startswith("ثلاثة لاعبين")
    (said_so,) = by_cue(result, "على حد قوله")
    assert "خسر مباراته الأخيرة" in said_so.content


def test_prepositional_cues_lead_and_trail(analyse):
    """بحسب/وفقا لـ/طبقا لـ lead their content or trail it; "حسب الأصول" is not a cue."""
    result = analyse("ar-06-prepositions.txt")
    cues = {a.cue: a for a in reversed(result.attributions)}
    assert cues["بحسب"].content.startswith("ارتفعت أسعار القمح")
    # "بحسب تقرير صادر عن غرفة التجارة": the report's issuer is the voice.
    assert cues["بحسب"].source.name == "غرفة التجارة"
    assert cues["وفقا"].source.name == "وكالة الأنباء الكويتية"
    assert cues["وفقا"].content.startswith("الحكومة تدرس")
    assert cues["وفق"].source.kind is SourceKind.ANONYMOUS
    assert all("الأصول" not in a.content for a in result.attributions)


def test_embedded_relay_after_preposition(analyse):
    """ "بحسب ما نقلته صحيفة القبس عن تجار" gives the chain القبس ← تجار."""
    result = analyse("ar-06-prepositions.txt")
    att = next(a for a in result.attributions if a.source.name == "القبس")
    assert chain_names(att) == ["القبس", "تجار في سوق الجملة"]


def test_interview_carrier_is_the_outer_voice(analyse):
    """ "قال الوزير في حديث لقناة «الجزيرة»" gives the chain الجزيرة ← the minister."""
    result = analyse("ar-07-interview.txt")
    first = result.attributions[0]
    assert chain_names(first) == ["الجزيرة", "فؤاد حسين"]
    assert first.origin.name == "فؤاد حسين"
    turkish = next(a for a in result.attributions if a.source.name == "أونجو كتشالي")
    assert chain_names(turkish) == ["الأناضول", "أونجو كتشالي"]


def test_pronoun_drop_and_spokesperson_anaphor(analyse):
    """ "وأضاف أن" is the last speaker; "وأوضح المتحدث" is the spokesperson named before."""
    result = analyse("ar-07-interview.txt")
    (added,) = by_cue(result, "أضاف")
    assert added.source.name == "فؤاد حسين"
    (explained,) = by_cue(result, "أوضح")
    assert explained.source.name == "أونجو كتشالي"


def test_nested_voice_inside_content(analyse):
    """ "أشار الباحث … إلى أن التسريبات تتحدث عن أن …" nests the leaks under the researcher."""
    result = analyse("ar-08-nested.txt")
    (att,) = by_cue(result, "أشار")
    assert chain_names(att) == ["سليم رزق", "التسريبات"]
    assert att.content.startswith("الوسطاء قدموا")


def test_relay_with_quoted_speech_verb(analyse):
    """ "نقلت X عن Y قولهم إن" gives X ← Y with the content after إن."""
    result = analyse("ar-08-nested.txt")
    (att,) = by_cue(result, "نقلت")
    assert chain_names(att) == ["وول ستريت جورنال", "مسؤولين أمريكيين"]
    assert att.source.kind is SourceKind.OUTLET


def test_declining_to_comment_is_not_an_attribution(analyse):
    """ "ورفض المتحدث … التعليق" asserts nothing."""
    result = analyse("ar-08-nested.txt")
    assert all(a.cue != "رفض" for a in result.attributions)
