"""Claim linking and status within an article."""

from __future__ import annotations

from conftest import FUZZ, fuzz_texts
from hypothesis import given

from tracker.corroborate import _normal_words, match_key, same_claim
from tracker.models import Source, SourceKind, Stance, Status
from tracker.text import normalize


def _claim_with(result, text):
    return next(c for c in result.claims if text in c.text)


def test_relay_of_one_outlet_is_single_sourced(analyse):
    """Two statements tracing to one newspaper are one claim, single-sourced."""
    result = analyse("ar-01-outlet-relay.txt")
    claim = _claim_with(result, "صفقة لتشغيل ميناء العقبة")
    assert len(claim.attributions) == 2
    assert claim.status is Status.SINGLE_SOURCED
    assert "all tracing to القدس العربي" in claim.explanation


def test_one_group_counts_once(analyse):
    """A state agency and the same state's minister it quotes in one article are one origin:
    the agency carries the minister's words."""
    result = analyse("ar-02-state-group.txt")
    claim = _claim_with(result, "معبر نصيب الحدودي")
    assert len(claim.attributions) == 2
    assert claim.status is Status.SINGLE_SOURCED
    # (the minister spoke "في تصريح للتلفزيون الرسمي": the state television carried him too)
    assert (
        "all tracing to محمود الأحمد; relayed through التلفزيون الرسمي, وكالة الأنباء السورية"
        in claim.explanation
    )


def test_denial_makes_a_claim_contested(analyse):
    """A denial links to the claim it denies and marks it contested."""
    result = analyse("ar-03-denial.txt")
    claim = _claim_with(result, "مستشفى الولادة سيغلق")
    assert claim.status is Status.CONTESTED
    assert claim.contested
    assert "denied by وزارة الصحة" in claim.explanation


def test_two_independent_origins_corroborate(analyse):
    """Two unrelated outlets stating the same thing corroborate it."""
    result = analyse("ar-08-nested.txt")
    claim = _claim_with(result, "جولة جديدة من المفاوضات")
    assert claim.status is Status.CORROBORATED
    assert len(claim.origins) == 2


def test_own_voice_statements_are_unattributed(analyse):
    """A sentence in the publisher's own voice is an unattributed claim."""
    result = analyse("ar-01-outlet-relay.txt")
    claim = _claim_with(result, "المنفذ البحري الوحيد")
    assert claim.status is Status.UNATTRIBUTED
    assert claim.statements
    assert not claim.attributions


def test_numbers_guard_keeps_claims_apart():
    """ "قتل 10" and "قتل 100" are two claims however alike the words."""
    a = match_key("a", "x", "قتل 10 أشخاص في القصف على السوق الشعبي", Stance.ASSERTS)
    b = match_key("b", "x", "قتل 100 أشخاص في القصف على السوق الشعبي", Stance.ASSERTS)
    c = match_key("c", "x", "قتل 10 أشخاص في القصف على السوق الشعبي وسط المدينة", Stance.ASSERTS)
    assert not same_claim(a, b)
    assert same_claim(a, c)


def test_negation_guard_keeps_claims_apart():
    """A claim and its negation in the same stance are not one claim."""
    a = match_key("a", "x", "الوزير سيزور العاصمة الأسبوع المقبل في زيارة رسمية", Stance.ASSERTS)
    b = match_key("b", "x", "الوزير لن يزور العاصمة الأسبوع المقبل في زيارة رسمية", Stance.ASSERTS)
    assert not same_claim(a, b)


def test_negation_guard_reads_a_negation_joined_to_and():
    """'ولم' / 'ولن' is 'and not': the clitic does not hide the negation."""
    moved = "فتح السوق المركزي أبوابه أمس وانتقل الباعة إلى الأحياء"
    stayed = "فتح السوق المركزي أبوابه أمس ولم ينتقل الباعة إلى الأحياء"
    a = match_key("a", "x", moved, Stance.ASSERTS)
    b = match_key("b", "x", stayed, Stance.ASSERTS)
    assert a.negated != b.negated
    assert not same_claim(a, b)


#: Sentences of English and Arabic words, marks and spaces, with any Unicode between them.
SENTENCES = fuzz_texts(
    (" ", "\n", "\t", "\u00a0", ",", ".", "’", "“", "”", "—", "–", "…", "_"),
    ("Hamdan", "SAID", "al-Wadi", "don't", "4.5", "Ḥaddād", "İstanbul"),
    ("قال", "حمدان", "إن", "٣", "الوادي", "ـ", "\u064b"),
)


@FUZZ
@given(SENTENCES)
def test_fingerprint_words_are_the_normalised_words(sentence):
    """The words hashed for copy finding are those of the normalised sentence, read fast or not."""
    count, joined = _normal_words(sentence)
    assert count == len(normalize(sentence).split())
    assert joined == normalize(sentence).encode("utf-8")


def test_a_body_and_its_command_written_with_a_joined_article_are_one_voice():
    """ "القيادة العامة للقوات البحرية" holds "القوات البحرية": the ل joined to the article does
    not make it another name."""
    from tracker.link.independence import same_voice

    command = Source("a", "القيادة العامة للقوات البحرية", SourceKind.GOVERNMENT_BODY)
    forces = Source("b", "القوات البحرية", SourceKind.GOVERNMENT_BODY)
    assert same_voice(command, forces)
    assert not same_voice(forces, Source("c", "القوات الجوية", SourceKind.GOVERNMENT_BODY))


def test_a_statement_issued_by_a_body_speaks_for_it_as_its_unnamed_source_does():
    """ "بيان صادر عن لجنة الحي" and "مصدر في لجنة الحي" are one body's voice: one origin."""
    from tracker.link.independence import affiliation

    statement = Source("a", "بيان صادر عن لجنة الحي", SourceKind.DOCUMENT)
    source = Source("b", "مصدر في لجنة الحي", SourceKind.ANONYMOUS)
    assert affiliation(statement) == affiliation(source) == "لجنه حي"
    assert affiliation(Source("c", "البيان", SourceKind.DOCUMENT)) == ""


def test_voices_joined_through_another_voice_count_once():
    """ "الحمدان" is "سالم الحمدان" (one name holds the other), who shares a state group with
    "وزير الدفاع": whatever order they come in, the three are one origin."""
    from tracker.corroborate import _groups

    surname = Source("c", "الحمدان", SourceKind.PERSON)
    minister = Source("b", "وزير الدفاع", SourceKind.OFFICIAL, group="state:XX")
    named = Source("a", "سالم الحمدان", SourceKind.OFFICIAL, group="state:XX")
    assert len(_groups([surname, minister, named])) == 1
    assert len(_groups([named, surname, minister])) == 1
    other = Source("d", "خالد العمري", SourceKind.PERSON)
    assert len(_groups([surname, minister, other, named])) == 2


def _said(n, source, article="x"):
    from tracker.models import Attribution, QuoteKind

    return Attribution(
        id=f"{article}.a{n}",
        article=article,
        source=source,
        chain=(source,),
        cue="قال",
        cue_start=n * 100,
        cue_end=n * 100 + 3,
        content="الجسر سيفتح غدا أمام حركة الشاحنات",
        start=n * 100 + 10,
        end=n * 100 + 40,
        quote=QuoteKind.INDIRECT,
        stance=Stance.ASSERTS,
        origin=source,
    )


def test_an_outlet_saying_what_a_voice_of_the_same_article_said_carries_it():
    """ "قال الوزير … لقناة الوادي" read as two voices of one article: the channel carries the
    minister's words and is no second origin."""
    from tracker.corroborate import standing

    minister = Source("m", "سالم الحمدان", SourceKind.OFFICIAL, descriptor="وزير النقل")
    channel = Source("c", "الوادي", SourceKind.OUTLET, descriptor="قناة")
    judged = standing([_said(1, minister), _said(2, channel)], [], {})
    assert judged.status is Status.SINGLE_SOURCED
    assert list(judged.asserting) == ["m"]
    assert judged.aside == ((channel, "carries another voice of the same article"),)


def test_a_voice_that_names_no_one_is_no_second_origin():
    """A common noun read as a voice ("التفاصيل", "التقديرات الأولية": a person's name opening
    with the article, with no title), a body named by a unit's head alone ("الأمانة العامة")
    or a report with no issuer does not make a claim corroborated; two identified voices in
    two articles do."""
    from tracker.corroborate import standing

    minister = Source("m", "سالم الحمدان", SourceKind.OFFICIAL, descriptor="وزير النقل")
    noun = Source("n", "تفاصيل", SourceKind.PERSON)
    report = Source("r", "التقرير", SourceKind.DOCUMENT)
    estimates = Source("e", "التقديرات الأولية", SourceKind.PERSON)
    unit = Source("u", "الأمانة العامة", SourceKind.GOVERNMENT_BODY)
    governor = Source("g", "خالد العمري", SourceKind.OFFICIAL, descriptor="محافظ الوادي")
    for weak in (noun, report, estimates, unit):
        judged = standing([_said(1, minister), _said(2, weak, article="y")], [], {})
        assert judged.status is Status.SINGLE_SOURCED
        assert judged.aside[0][0] == weak
    both = standing([_said(1, minister), _said(2, governor, article="y")], [], {})
    assert both.status is Status.CORROBORATED


def test_two_bare_names_in_one_article_are_not_two_origins():
    """In one article, a bare name with no title is more often one speaker misread than a
    second speaker: single-sourced, and the explanation says why."""
    from tracker.corroborate import explain, standing

    minister = Source("m", "سالم الحمدان", SourceKind.OFFICIAL, descriptor="وزير النقل")
    bare = Source("b", "خالد العمري", SourceKind.PERSON)
    atts = [_said(1, minister), _said(2, bare)]
    judged = standing(atts, [], {})
    assert judged.status is Status.SINGLE_SOURCED
    assert "خالد العمري not counted: not identified enough" in explain(judged, atts, [])


def test_the_head_of_a_body_named_by_its_first_words_speaks_for_it():
    """ "مدير المرصد الوطني" is the head of "المرصد الوطني لحقوق الإنسان": one voice."""
    from tracker.link.independence import same_voice

    head = Source("p", "سالم الحمدان", SourceKind.PERSON, descriptor="مدير المرصد الوطني")
    body = Source("o", "المرصد الوطني لحقوق الإنسان", SourceKind.ORGANIZATION)
    assert same_voice(head, body)
    other = Source("q", "خالد العمري", SourceKind.PERSON, descriptor="مدير المرصد الأهلي")
    assert not same_voice(other, body)


def test_a_publisher_counted_for_the_unnamed_people_it_cites_is_no_second_origin_there():
    """In its own article, "قال شهود للوادي …" beside "ونقلت وكالة السهل عن مصادر …": the paper
    standing in for unnamed witnesses is no second identified origin. Another outlet citing
    unnamed people (the agency), or the same in two articles, still counts."""
    from dataclasses import replace

    from tracker.corroborate import standing

    paper = Source("p", "الوادي", SourceKind.OUTLET, descriptor="صحيفة")
    agency = Source("a", "السهل", SourceKind.AGENCY, descriptor="وكالة")
    witnesses = Source("w", "شهود", SourceKind.ANONYMOUS)
    sources = Source("s", "مصادر", SourceKind.ANONYMOUS)
    first = replace(_said(1, witnesses), chain=(paper, witnesses), origin=paper)
    second = replace(_said(2, sources), chain=(agency, sources), origin=agency)
    own = {"x": "p", "y": "other"}
    assert standing([first, second], [], {}, publisher_of=own).status is Status.SINGLE_SOURCED
    assert standing([first, second], [], {}).status is Status.CORROBORATED
    elsewhere = replace(second, article="y", id="y.a2")
    assert standing([first, elsewhere], [], {}, publisher_of=own).status is Status.CORROBORATED


def test_a_publisher_s_hearsay_is_no_second_origin_in_its_own_articles_alone():
    """ "قال مصدر للوادي …" in one article of الوادي and "قالت الشرطة …" in another: the paper
    standing in for its unnamed source is no second origin beside the police it names (more
    often one voice), while the same beside an article of another outlet still counts."""
    from dataclasses import replace

    from tracker.corroborate import standing

    paper = Source("p", "الوادي", SourceKind.OUTLET, descriptor="صحيفة")
    source = Source("s", "مصدر", SourceKind.ANONYMOUS)
    police = Source("b", "شرطة المدينة", SourceKind.GOVERNMENT_BODY)
    first = replace(_said(1, source), chain=(paper, source), origin=paper)
    named = _said(2, police, article="z")
    own = {"x": "p", "z": "p"}
    assert standing([first, named], [], {}, publisher_of=own).status is Status.SINGLE_SOURCED
    other = {"x": "p", "z": "other"}
    assert standing([first, named], [], {}, publisher_of=other).status is Status.CORROBORATED


def test_a_voice_a_copy_replaced_still_ties_its_other_names():
    """ "سالم الحمدان، وزير النقل" counted as the voice of the text it copies ("الحمدان
    متحدثا للنواب") still makes "وزير النقل" elsewhere that voice; an unrelated tie does not."""
    from tracker.corroborate import _groups

    misread = Source("a", "الحمدان متحدثا للنواب", SourceKind.PERSON)
    role = Source("b", "وزير النقل", SourceKind.OFFICIAL, group="state:XX")
    named = Source("c", "سالم الحمدان", SourceKind.OFFICIAL, descriptor="وزير النقل")
    other = Source("d", "خالد العمري", SourceKind.OFFICIAL, descriptor="محافظ الوادي")
    assert len(_groups([misread, role])) == 2
    assert len(_groups([misread, role], [(named, misread)])) == 1
    assert len(_groups([misread, role], [(other, misread)])) == 2


def test_a_paper_citing_the_unnamed_voice_a_wire_cites_beside_it_is_no_second_origin():
    """Two papers each print "أفادت مصادر عسكرية …" and "نقلت وكالة السهل عن مصادر عسكرية …":
    one source cited twice, had from the wire. A paper citing it in an article where the wire
    does not is most likely the wire's dispatch rewritten (one origin too); a paper citing
    other unnamed voices ("شهود عيان") counts."""
    from dataclasses import replace

    from tracker.corroborate import explain, standing

    agency = Source("a", "السهل", SourceKind.AGENCY, descriptor="وكالة")
    sources = Source("s", "مصادر عسكرية", SourceKind.ANONYMOUS)
    atts = []
    for article, name in (("x", "الوادي"), ("y", "النهار")):
        paper = Source(f"p{article}", name, SourceKind.OUTLET, descriptor="صحيفة")
        own = replace(_said(1, sources, article), chain=(sources,), origin=paper)
        wired = replace(_said(2, sources, article), chain=(agency, sources), origin=agency)
        atts += [own, wired]
    papers = {"x": "px", "y": "py"}
    judged = standing(atts, [], {}, publisher_of=papers)
    assert judged.status is Status.SINGLE_SOURCED
    assert list(judged.asserting) == ["a"]
    assert "not counted: cites what السهل cites" in explain(judged, atts, [])
    alone = [atts[0], atts[3]]  # the paper's citation in x, the wire's in y
    judged = standing(alone, [], {}, publisher_of=papers)
    assert judged.status is Status.SINGLE_SOURCED
    assert "cites the same unnamed voices as" in explain(judged, alone, [])
    witnesses = Source("w", "شهود عيان", SourceKind.ANONYMOUS)
    other = [replace(atts[0], source=witnesses, chain=(witnesses,)), atts[3]]
    assert standing(other, [], {}, publisher_of=papers).status is Status.CORROBORATED
    # The wire's "مصادر عسكرية موالية للحكومة" are the paper's "مصادر عسكرية", named less
    # fully; "مصادر" alone is too short a name to stand for them.
    loyal = Source("l", "مصادر عسكرية موالية للحكومة", SourceKind.ANONYMOUS)
    fuller = [atts[0], replace(atts[3], source=loyal, chain=(agency, loyal))]
    assert standing(fuller, [], {}, publisher_of=papers).status is Status.SINGLE_SOURCED
    bare = Source("b", "مصادر", SourceKind.ANONYMOUS)
    shorter = [replace(atts[0], source=bare, chain=(bare,)), fuller[1]]
    assert standing(shorter, [], {}, publisher_of=papers).status is Status.CORROBORATED


def test_a_copy_under_another_wire_s_credit_does_not_make_two_wires_one():
    """One wire's text printed under another wire's credit counts as the first (a copy), but
    ties the two wires nowhere else; a voice known only from the text is tied."""
    from dataclasses import replace

    from tracker.corroborate import _replaced

    first = Source("w1", "السهل", SourceKind.AGENCY, descriptor="وكالة", in_registry=True)
    second = Source("w2", "الشمال", SourceKind.AGENCY, descriptor="وكالة", in_registry=True)
    misread = Source("m", "الحمدان متحدثا للنواب", SourceKind.PERSON)
    copy = replace(_said(1, second), origin=second)
    assert _replaced([copy], [], {}, {copy.id: first}, {}) == []
    named = replace(_said(2, misread), origin=misread)
    assert _replaced([named], [], {}, {named.id: first}, {}) == [(misread, first)]


def _through(n, outlet, voice, article):
    """An attribution by which ``outlet`` passes on what ``voice`` says (the outlet counts)."""
    from dataclasses import replace

    return replace(_said(n, voice, article), chain=(outlet, voice), origin=outlet)


def test_an_outlet_passing_on_a_belief_or_leaks_is_no_second_origin():
    """ "ويُعتقد أن الشريط صُوّر عام 1990" and "وفق التسريبات، يضم الهاتف شاشة بقياس ست
    بوصات" name no one: the outlet counts for them, but two outlets citing "the leaks" most
    likely cite the same leaks. Beside a named origin, or beside another outlet citing leaks,
    such an outlet is no second origin; two outlets each citing a named voice still are."""
    from tracker.corroborate import explain, standing
    from tracker.models import UNKNOWN_VOICE

    paper = Source("p", "الأفق", SourceKind.OUTLET, descriptor="صحيفة")
    site = Source("s", "المدار", SourceKind.OUTLET, descriptor="موقع")
    believed = Source(UNKNOWN_VOICE, "مجهول (يعتقد)", SourceKind.ANONYMOUS)
    leaks = Source("l", "التسريبات", SourceKind.LEAKS)
    tabloid = Source("t", "ذا ديلي", SourceKind.OUTLET, descriptor="صحيفة")
    atts = [_through(1, paper, believed, "x"), _said(2, tabloid, "y")]
    judged = standing(atts, [], {})
    assert judged.status is Status.SINGLE_SOURCED
    assert list(judged.asserting) == ["t"]
    assert "passes on what is believed or leaked" in explain(judged, atts, [])
    both_leaks = [_through(1, paper, leaks, "x"), _through(2, site, leaks, "y")]
    assert standing(both_leaks, [], {}).status is Status.SINGLE_SOURCED
    minister = Source("m", "سالم الحمدان", SourceKind.OFFICIAL, descriptor="وزير النقل")
    # The same paper also quoting a named minister is still a voice of its own.
    named = [_through(1, paper, leaks, "x"), _through(3, paper, minister, "x")]
    assert standing([*named, _said(2, tabloid, "y")], [], {}).status is Status.CORROBORATED


def test_a_voice_known_only_by_kinship_is_no_second_origin():
    """ "قال شقيق الطفل إن أخاه خرج للصيد" in one paper and "قال سالم جابر إن شقيقه خرج للصيد"
    in another may be one man: the brother named in the second. "the boy's brother" likewise;
    a named father with a description of his own still counts."""
    from tracker.corroborate import standing

    named = Source("n", "سالم جابر", SourceKind.PERSON)
    for kin in (
        Source("k", "شقيق الطفل", SourceKind.PERSON),
        Source("e", "the boy's brother", SourceKind.PERSON),
    ):
        judged = standing([_said(1, named), _said(2, kin, article="y")], [], {})
        assert judged.status is Status.SINGLE_SOURCED
        assert list(judged.asserting) == ["n"]
    other = Source("o", "خالد العمري", SourceKind.PERSON, descriptor="مدير الدفاع المدني")
    assert standing([_said(1, named), _said(2, other, "y")], [], {}).status is (Status.CORROBORATED)


def test_voices_stating_their_own_feeling_do_not_confirm_one_another():
    """ "أعربت دولة الوادي عن إدانتها للهجوم" and "أعربت دولة الساحل عن إدانتها للهجوم" are
    two condemnations, each its speaker's own: neither confirms the other, and the explanation
    says so. Two voices stating what happened ("قال") still corroborate."""
    from dataclasses import replace

    from tracker.corroborate import explain, standing

    valley = Source("v", "دولة الوادي", SourceKind.GOVERNMENT_BODY, group="state:XA")
    coast = Source("c", "دولة الساحل", SourceKind.GOVERNMENT_BODY, group="state:XB")
    atts = [
        replace(_said(1, valley), cue="أعربت"),
        replace(_said(2, coast, article="y"), cue="وأعربت"),
    ]
    judged = standing(atts, [], {})
    assert judged.status is Status.SINGLE_SOURCED
    assert "states its own feeling or position" in explain(judged, atts, [])
    english = [replace(a, cue="expressed") for a in atts]
    assert standing(english, [], {}).status is Status.SINGLE_SOURCED
    said = [_said(1, valley), _said(2, coast, article="y")]
    assert standing(said, [], {}).status is Status.CORROBORATED


def test_a_judgment_or_forecast_confirms_no_one_elses_claim():
    """ "قالت الشركة إن البورصة ستفتح غدا" and "توقع الصندوق أن تشهد البورصة تقلبات" or "اعتبرت
    الوزارة …": a voice's own forecast or judgment of a claim is its view, not a second report
    of it; "predicted" and "considered" likewise in English."""
    from dataclasses import replace

    from tracker.corroborate import standing

    valley = Source("v", "دولة الوادي", SourceKind.GOVERNMENT_BODY, group="state:XA")
    coast = Source("c", "دولة الساحل", SourceKind.GOVERNMENT_BODY, group="state:XB")
    for cue in ("توقع", "واعتبرت", "وصفت", "predicted", "considered"):
        atts = [_said(1, valley), replace(_said(2, coast, article="y"), cue=cue)]
        judged = standing(atts, [], {})
        assert judged.status is Status.SINGLE_SOURCED, cue
        assert list(judged.asserting) == ["state:XA"], cue


def test_a_misread_person_in_one_article_is_no_second_origin():
    """In one article, "وأشار المواطن في شكواه إلى …" read as a person "شكواه" described as
    "المواطن في", or "لكن المقاول أمهلهم وحين راجعوه …" read as a person "أمهلهم" after a
    common noun, is not a second origin beside a ministry; a titled official is."""
    from tracker.corroborate import standing

    ministry = Source("m", "وزارة النقل", SourceKind.GOVERNMENT_BODY, group="state:XA")
    for misread in (
        Source("s", "شكواه", SourceKind.PERSON, descriptor="المواطن في"),
        Source("t", "أمهلهم", SourceKind.PERSON, descriptor="المقاول"),
    ):
        judged = standing([_said(1, ministry), _said(2, misread)], [], {})
        assert judged.status is Status.SINGLE_SOURCED, misread.name
    governor = Source("g", "خالد العمري", SourceKind.OFFICIAL, descriptor="محافظ الوادي")
    assert standing([_said(1, ministry), _said(2, governor)], [], {}).status is (
        Status.CORROBORATED
    )


def test_an_outlet_beside_an_unnamed_state_source_of_its_article_carries_it():
    """ "قال مصدر أمني عراقي إن العملية بدأت … بحسب قناة الساحل" read as two voices of one
    article: the channel carries the source's words, which speak for the state; no second
    origin."""
    from tracker.corroborate import standing

    source = Source("s", "مصدر أمني", SourceKind.ANONYMOUS, group="state:IQ")
    channel = Source("c", "الساحل", SourceKind.OUTLET, descriptor="قناة")
    judged = standing([_said(1, source), _said(2, channel)], [], {})
    assert judged.status is Status.SINGLE_SOURCED
    assert list(judged.asserting) == ["state:IQ"]


def test_a_content_stating_the_speakers_own_position_confirms_no_other():
    """ "أكد مصدر في خارجية الوادي وقوف دولة الوادي إلى جانب الساحل" and "أكدت خارجية الجبل
    وقوف دولة الجبل مع الساحل" each say where their own state stands: no corroboration.
    A content about something else ("الجسر سيفتح غدا") still corroborates."""
    from dataclasses import replace

    from tracker.corroborate import standing

    valley = Source("v", "وزارة خارجية الوادي", SourceKind.GOVERNMENT_BODY, group="state:XA")
    mountain = Source("m", "وزارة خارجية الجبل", SourceKind.GOVERNMENT_BODY, group="state:XB")
    atts = [
        replace(_said(1, valley), cue="أكد", content="وقوف دولة الوادي إلى جانب الساحل"),
        replace(_said(2, mountain, "y"), cue="أكدت", content="وقوف دولة الجبل مع الساحل"),
    ]
    assert standing(atts, [], {}).status is Status.SINGLE_SOURCED
    said = [_said(1, valley), _said(2, mountain, "y")]
    assert standing(said, [], {}).status is Status.CORROBORATED
    # "أكد دعم وزارته لخطة الإسكان" from two ministers: each his own ministry's support.
    backing = [
        replace(_said(1, valley), cue="أكد", content="دعم وزارته لخطة الإسكان الوطنية"),
        replace(_said(2, mountain, "y"), cue="أكد", content="دعم الوزارة لخطة الإسكان الوطنية"),
    ]
    assert standing(backing, [], {}).status is Status.SINGLE_SOURCED


def test_an_unnamed_voice_heard_only_beside_a_named_one_is_no_second_origin():
    """ "أعلن مسؤول محلي أن 40 مدرسة دمرت … وقال سالم الفارس المتحدث باسم المجلس إن المدارس
    دمرت": the reporter introduces the speaker unnamed and names him later, or sets a
    nameless voice beside a named one; two papers printing that dispatch still give one
    origin. An unnamed voice in an article of its own, and two named voices, still count."""
    from tracker.corroborate import explain, standing

    unnamed = Source("u", "مسؤول محلي", SourceKind.ANONYMOUS)
    named = Source("n", "سالم الفارس", SourceKind.PERSON, descriptor="المتحدث باسم المجلس")
    atts = [_said(1, unnamed), _said(2, named), _said(1, unnamed, "y"), _said(2, named, "y")]
    judged = standing(atts, [], {})
    assert judged.status is Status.SINGLE_SOURCED
    assert [v.id for v in judged.asserting.values()] == ["n"]
    assert "heard only where a named voice says the same" in explain(judged, atts, [])
    apart = [_said(1, unnamed, "y"), _said(2, named)]
    assert standing(apart, [], {}).status is Status.CORROBORATED
    other = Source("o", "خالد العمري", SourceKind.PERSON, descriptor="مدير التعليم")
    both = [_said(1, named), _said(2, other), _said(3, unnamed)]
    assert standing(both, [], {}).status is Status.CORROBORATED


def test_two_voices_quoted_in_the_same_words_are_one_text():
    """ "قال سالم الفارس إن الجسر سيفتح غدا أمام حركة الشاحنات القادمة من الموانئ الشمالية" in
    one paper and the same sentence from "خالد العمري" in another: two men do not say one long
    sentence word for word; a paper misread who spoke or credited a copy to someone else. One
    origin, and the explanation says why. The same claim in other words still corroborates."""
    from dataclasses import replace

    from tracker.corroborate import explain, standing

    sentence = "الجسر سيفتح غدا أمام حركة الشاحنات القادمة من الموانئ الشمالية"
    first = Source("f", "سالم الفارس", SourceKind.PERSON, descriptor="وزير النقل")
    second = Source("s", "خالد العمري", SourceKind.PERSON, descriptor="مدير الموانئ")
    atts = [
        replace(_said(1, first), content=sentence),
        replace(_said(2, second, "y"), content=sentence.replace("غدا", "غداً") + "."),
    ]
    judged = standing(atts, [], {})
    assert judged.status is Status.SINGLE_SOURCED
    assert list(judged.asserting) == ["f"]
    assert "quoted in the very words of سالم الفارس" in explain(judged, atts, [])
    reworded = [atts[0], replace(atts[1], content="الشاحنات ستعبر الجسر غدا بعد افتتاحه")]
    assert standing(reworded, [], {}).status is Status.CORROBORATED


def test_a_copied_sentence_cut_short_is_still_one_text():
    """One paper prints the sentence whole, another stops it after its first clause and
    credits it to someone else: the shorter is a passage of the longer, word for word, so it
    is one text and one origin."""
    from dataclasses import replace

    from tracker.corroborate import explain, standing

    whole = (
        "الجسر سيفتح غدا أمام حركة الشاحنات القادمة من الموانئ الشمالية، حيث أنهت "
        "الفرق أعمال الصيانة في موعدها"
    )
    cut = "الجسر سيفتح غدا أمام حركة الشاحنات القادمة من الموانئ الشمالية"
    first = Source("f", "سالم الفارس", SourceKind.PERSON, descriptor="وزير النقل")
    second = Source("s", "خالد العمري", SourceKind.PERSON, descriptor="مدير الموانئ")
    atts = [replace(_said(1, first), content=whole), replace(_said(2, second, "y"), content=cut)]
    judged = standing(atts, [], {})
    assert judged.status is Status.SINGLE_SOURCED
    assert "quoted in the very words of سالم الفارس" in explain(judged, atts, [])


def test_one_quotation_printed_by_two_outlets_is_one_text_whatever_follows_it():
    """The same long quotation in two articles, each paper adding its own words after it and
    crediting it to its own unnamed voice: one text, one origin."""
    from dataclasses import replace

    from tracker.corroborate import standing

    quote = "«الأسواق عادت إلى العمل وكل شيء يعود كما كان في المدينة منذ الصباح الباكر»"
    first = Source("f", "أحد السكان", SourceKind.ANONYMOUS)
    second = Source("s", "شاهد عيان", SourceKind.ANONYMOUS)
    atts = [
        replace(_said(1, first), content=quote + " كبرى مدن الإقليم"),
        replace(_said(2, second, "y"), content=quote + " عاصمة الإقليم الواقعة على النهر"),
    ]
    assert standing(atts, [], {}).status is Status.SINGLE_SOURCED
    other = [atts[0], replace(atts[1], content="«الأسواق فتحت أبوابها» قرب النهر صباح اليوم")]
    assert standing(other, [], {}).status is Status.CORROBORATED


def test_a_body_named_by_its_head_noun_alone_is_no_second_origin():
    """ "وأوضح المكتب أن …" in one paper, after a body its article named, beside "هيئة الطيران
    المدني" in another: "المكتب" (the office), "the authority", name no body another
    article can tell apart. A body named in full still counts."""
    from tracker.corroborate import standing

    named = Source("h", "هيئة الطيران المدني", SourceKind.GOVERNMENT_BODY)
    for alone in ("المكتب", "الهيئة", "الرئاسة", "النادي", "the authority", "the club"):
        office = Source("o", alone, SourceKind.ORGANIZATION)
        judged = standing([_said(1, named), _said(2, office, "y")], [], {})
        assert judged.status is Status.SINGLE_SOURCED, alone
    board = Source("b", "مكتب التحقيقات الجنائية", SourceKind.GOVERNMENT_BODY)
    assert standing([_said(1, named), _said(2, board, "y")], [], {}).status is (Status.CORROBORATED)


def test_a_voice_introduced_as_another_one_is_a_second_origin_beside_the_first():
    """ "قال مندوب في الاتحاد إن الاجتماع أرجئ … وأكد مندوب آخر ذلك": two delegates of one
    union, two origins, however many outlets print the two; "مندوب آخر" alone in its article,
    beside a delegate in another, may be that one, and beside a wire it has no one before it:
    it keeps the union as its origin."""
    from dataclasses import replace

    from tracker.corroborate import standing

    union = Source("o", "الاتحاد", SourceKind.ORGANIZATION)
    first = Source("u1", "مندوب في الاتحاد", SourceKind.ANONYMOUS)
    second = Source("u2", "مندوب آخر", SourceKind.ANONYMOUS)

    def other(n, article):
        return replace(_said(n, second, article), origin=union)

    both = standing([_said(1, first), other(2, "x"), _said(3, first, "y"), other(4, "y")], [], {})
    assert both.status is Status.CORROBORATED
    assert [v.name for v in both.asserting.values()] == ["مندوب في الاتحاد", "مندوب آخر"]
    apart = standing([_said(1, first), other(2, "y")], [], {})
    assert apart.status is Status.SINGLE_SOURCED
    wire = Source("w", "وكالة السهل", SourceKind.AGENCY, in_registry=True)
    carried = standing([_said(1, wire), other(2, "x"), _said(3, wire, "y"), other(4, "y")], [], {})
    assert carried.status is Status.SINGLE_SOURCED


def test_an_unnamed_voice_introduced_as_another_one_is_not_the_one_before():
    """ "مصدر آخر" holds the name "مصدر" but is, by its own words, not that voice."""
    from tracker.link.independence import why_same

    source = Source("a", "مصدر", SourceKind.ANONYMOUS)
    assert why_same(source, Source("b", "مصدر آخر", SourceKind.ANONYMOUS)) == ""
    assert why_same(source, Source("c", "مصدر مطلع", SourceKind.ANONYMOUS)) != ""


def test_copies_of_what_a_voice_introduced_as_another_one_said_are_its_own():
    """Two outlets printing "وأكد مندوب آخر أن الاجتماع أرجئ إلى الشهر المقبل" word for word:
    one copy of the second delegate's words, not of the union the first delegate speaks for."""
    from dataclasses import replace

    from tracker.corroborate import _copies, _other_voices

    union = Source("o", "الاتحاد", SourceKind.ORGANIZATION)
    first = Source("u1", "مندوب في الاتحاد", SourceKind.ANONYMOUS)
    second = Source("u2", "مندوب آخر", SourceKind.ANONYMOUS)
    told = "الاتحاد قرر تأجيل اجتماعه الدوري إلى موعد لم يحدد بعد"
    said = "الاجتماع أرجئ إلى الشهر المقبل بسبب غياب عدد من الأعضاء عن العاصمة"
    atts = [
        replace(_said(n, voice, article), content=words, origin=origin)
        for n, (voice, origin, article, words) in enumerate(
            [
                (first, first, "x", told),
                (second, union, "x", said),
                (first, first, "y", told),
                (second, union, "y", said),
            ]
        )
    ]
    _, _, notes = _copies(atts, [], {}, {}, {}, _other_voices(atts))
    assert "one origin: مندوب آخر" in " ".join(notes)


def test_two_wires_stating_one_report_in_the_same_words_are_one_text():
    """A national agency puts out a wire's market report in the wire's own wording ("وهبط سعر
    الإسمنت … 2.5 في المئة" / "… 2.5 بالمئة"): the two wires' own-voice statements are one
    text, hence one origin, and the explanation says so. Two wires telling the same event in
    their own words still corroborate."""
    from tracker.corroborate import explain, standing
    from tracker.models import Statement

    first = Source("w1", "وكالة الأنباء الوطنية", SourceKind.AGENCY, in_registry=True)
    second = Source("w2", "وكالة الخليج", SourceKind.AGENCY, in_registry=True)
    said = (
        "وهبط سعر الإسمنت في الأسواق المحلية بمقدار 2.5 في المئة فبلغ 310 ريالات للطن، في أقل "
        "مستوى يسجله منذ مارس 2013، قبل أن يرتفع قليلا"
    )
    copied = (
        "وهبط سعر الإسمنت في الأسواق المحلية 2.5 بالمئة الى 310 ريالات للطن (الواحد) في أقل "
        "مستوى يسجله منذ مارس آذار 2013 قبل ان يرتفع قليلا"
    )
    own = "تراجعت أسعار الإسمنت محليا إلى 310 ريالات للطن بعد هبوطها 2.5 في المئة أمس"

    def stated(text_a, text_b):
        return [
            Statement("x.s1", "x", text_a, 0, len(text_a), first, credited=True),
            Statement("y.s1", "y", text_b, 0, len(text_b), second, credited=True),
        ]

    copy = stated(said, copied)
    judged = standing([], copy, {s.id: s.voice for s in copy})
    assert judged.status is Status.SINGLE_SOURCED
    assert list(judged.asserting) == ["w1"]
    assert "quoted in the very words of وكالة الأنباء الوطنية" in explain(judged, [], copy)
    apart = stated(said, own)
    assert standing([], apart, {s.id: s.voice for s in apart}).status is Status.CORROBORATED


def test_an_outlet_telling_what_a_named_origin_did_is_no_second_origin():
    """ "قال الجيش الوطني إنه أنقذ 178 رهينة" in one paper, "أنقذ الجيش الوطني 178 رهينة،
    بحسب صحيفة الأفق" in another: the paper tells what the army did, most likely on the army's
    word. An outlet whose words name no other origin still counts, and a named voice naming
    another is left to the other rules."""
    from dataclasses import replace

    from tracker.corroborate import explain, standing

    army = Source("a", "الجيش الوطني", SourceKind.GOVERNMENT_BODY)
    paper = Source("p", "الأفق", SourceKind.OUTLET, descriptor="صحيفة")
    said = replace(_said(1, army), content="أنقذ 178 رهينة في الولاية الشمالية")
    told = replace(_said(2, paper, "y"), content="أنقذ الجيش الوطني 178 رهينة في الولاية الشمالية")
    judged = standing([said, told], [], {})
    assert judged.status is Status.SINGLE_SOURCED
    assert list(judged.asserting) == ["a"]
    assert "الأفق not counted: tells what الجيش الوطني said or did" in explain(
        judged, [said, told], []
    )
    seen = replace(told, content="أنقذت القوات 178 رهينة في الولاية الشمالية")
    assert standing([said, seen], [], {}).status is Status.CORROBORATED
    witness = Source("w", "سالم الفارس", SourceKind.PERSON, descriptor="أحد السكان")
    by_witness = replace(told, source=witness, chain=(witness,), origin=witness)
    assert standing([said, by_witness], [], {}).status is Status.CORROBORATED
