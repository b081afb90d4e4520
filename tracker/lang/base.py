"""The interface every language package implements, and the words linking needs from it."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from typing import Protocol

from ..models import RawAttribution
from ..text import Sentence, fold, normalize


class Known(Protocol):
    """known(words, has_head) → True when the registry names this phrase (or part of it);
    with ``media`` only a name of an outlet or a news agency counts ("لرويترز" carried a
    statement, "للأمم المتحدة" after a title is whose officer speaks)."""

    def __call__(self, words: Sequence[str], has_head: bool, /, *, media: bool = False) -> bool:
        """True when the registry names the phrase or part of it."""


@dataclass(frozen=True, slots=True)
class Words:
    """A language's word lists used outside its extractor, all folded (see text.fold)."""

    #: Function words left out when claims are compared.
    stopwords: frozenset[str]
    #: Words that negate a statement ("لم", "not"): a negated and a plain claim never link.
    negations: frozenset[str]
    #: Content words of a denial's frame ("صحة الأنباء حول …"), ignored when a denial is
    #: compared with what it denies.
    denial_frame: frozenset[str]
    #: Head nouns in front of a registry name ("صحيفة", "agency"): with one, a short alias counts.
    source_heads: frozenset[str]
    #: Words of a descriptor that tie a voice to a state ("وزير", "minister"), and two-word
    #: titles whose words alone do not ("النائب العام").
    state_titles: frozenset[str]
    #: Heads of bodies that are no state's ("نادي", "club"): a title over one ("رئيس النادي",
    #: "spokesman for the club") makes no state official.
    civil_bodies: frozenset[str]
    #: Nouns of kinship ("شقيق", "brother"): a voice named by one ("شقيق الطفل", "the boy's
    #: brother") is known only by whom he is related to.
    kin: frozenset[str]
    #: Cues by which a voice states its own feeling or position ("أعرب عن أمله", "expressed
    #: his condolences"): what follows is about the speaker.
    expressive_cues: frozenset[str]
    #: Nouns of a voice's own position opening a content ("وقوف الكويت إلى جانب …", "إدانتها",
    #: "support for …"), without a pronoun joined to them: the content is about the speaker.
    position_nouns: frozenset[str]
    #: Words naming a state's form before its name ("دولة", "مملكة", "republic", "of"): "دولة
    #: قطر", "the Kingdom of Bahrain" are the state itself.
    state_forms: frozenset[str]
    #: Courtesy adjectives closing a state's name ("الشقيقة", "brotherly"): "دولة الكويت
    #: الشقيقة" is the state itself.
    state_courtesies: frozenset[str]
    #: Terms of address ("صاحب السمو", "معالي", "his excellency"): a voice named by them
    #: alone names no one.
    honorifics: frozenset[str]
    #: Words that never open or close a person's name: prepositions and adverbs ("لدى",
    #: "بحسب", "في") and heads of places and councils ("منطقة", "مجلس"), as written (not
    #: folded: "على" and the name "علي" fold alike).
    name_breakers: frozenset[str]
    #: The name given to an impersonal voice ("مجهول" for "قيل إن …").
    unnamed: str
    #: Pairs of words of opposite meaning ("ارتفاع انخفاض", "rise fall"): claims differing
    #: by one pair say different things.
    antonyms: tuple[tuple[str, str], ...]
    #: Openings of a content saying a report is untrue ("لا صحة", "not true"), normalized.
    denial_phrases: frozenset[str]
    #: Nouns calling a report made up ("فبركات إعلامية", "fabrications"), normalized: a
    #: content that names a report and calls it so, wherever in its clause, denies it.
    fabrication_phrases: frozenset[str]
    #: Openings of the reasons given for calling a report untrue ("لعدد من الأسباب", "لأن",
    #: "because"), normalized: in "ما ذكر غير صحيح لأن …" what follows the denying phrase is
    #: the voice's own say, and a report named by no word of its own is denied by nothing.
    reason_openers: frozenset[str]
    #: Content words that only point back at something reported ("التقرير", "هذه الأنباء",
    #: "the report", "these claims"), as matching keys: a denial of them alone denies what
    #: the article reported before.
    report_nouns: frozenset[str]
    #: A complaint, a report to the authorities or a lawsuit ("شكوى", "بلاغ", "complaint"), as
    #: matching keys: a statement telling of one about what a voice denies tells its story, not
    #: what is denied (``link.complaint``).
    complaint_nouns: frozenset[str]
    #: Words tying an unnamed voice to a body ("مصدر في …", "a source at …").
    affiliation_ties: frozenset[str]
    #: Words of an unnamed voice's descriptor that say nothing of its body ("رفيع", "senior").
    unnamed_fillers: frozenset[str]
    #: Heads of an unnamed voice that can speak for a body ("مصدر", "official").
    unnamed_heads: frozenset[str]
    #: Words by which an unnamed voice is introduced as another one ("مندوب ثان", "مصدر آخر",
    #: "another official"): it is not the voice named before it.
    another_words: frozenset[str]
    #: Heads of a named voice's descriptor that make him speak for a body ("متحدث",
    #: "spokesman"), without the article.
    spokesperson_heads: frozenset[str]
    #: Heads of a state's government or forces ("حكومة", "جيش", "authorities"): an unnamed
    #: source tied to one of a named state ("مصادر مقربة من الحكومة الأفغانية") is that state's.
    government_heads: frozenset[str]
    #: Generic outlet heads that refer back to any outlet ("الصحيفة" → the last one named).
    outlet_heads: frozenset[str]
    #: Heads of a body's name that alone name no body ("المكتب", "الهيئة", "the office"),
    #: without the article: a back-reference the article did not resolve.
    body_heads_alone: frozenset[str]
    #: Nouns of time ("يوما", "ساعة", "years"): a number counting them is a duration or an
    #: age, which many unrelated statements share ("لمدة 15 يوما"), not a count of an event.
    time_units: frozenset[str]
    #: Words introducing a credit that closes the body ("بحسب رويترز.").
    credit_words: frozenset[str]
    #: Leading clitics stripped from a place name ("بدمشق", "والرياض").
    place_clitics: frozenset[str]
    #: Forms of the article stripped from a body's name when keying it ("ال", "بال").
    articles: frozenset[str]
    #: Abbreviations whose full stop ends no sentence ("Dr.", "أ.د."), as written (not folded).
    abbreviations: frozenset[str]
    #: Month names of page-header dates (folded, with regional variants) → month number.
    months: Mapping[str, int]
    #: Hijri month names: a date in that calendar is skipped when reading the publication date.
    hijri_months: frozenset[str]
    #: Labels of site chrome at the head of scraped pages ("عاجل", "Share").
    chrome_labels: frozenset[str]
    #: Chrome labels followed by a person's name ("رئيس التحرير" and the editor).
    chrome_before_name: frozenset[str]
    #: Labels of the header fields a text file may open with ("Title: …", "العنوان: …"),
    #: folded → the field they name: "title", "publisher", "date" or "author".
    header_labels: Mapping[str, str]
    #: Labels of a page's block of links to other stories ("اقرأ أيضا", "Related"), folded:
    #: the headlines listed after one are no part of the article (``extract``).
    related_labels: frozenset[str]
    #: Words opening a photo credit in brackets that closes a caption line ("(تصوير: …)",
    #: "(Photo: …)"), folded: the caption is no statement (``extract``).
    caption_labels: frozenset[str]
    #: Number words, folded, → their value ("ثلاثه" 3, "عشرين" 20, "twelve" 12): a number
    #: spelled out is the same anchor as its digits (``link.numbers``). A word of value 1
    #: ("احد") counts only inside a compound ("احد عشر").
    cardinals: Mapping[str, int]
    #: Openings, folded, of a sentence that only names the occasion of the one before it
    #: ("جاء ذلك خلال حفل …", "this came during …"): such a sentence states no claim of its own
    #: (``link.occasion``).
    occasion_leads: frozenset[str] = frozenset()
    #: Labels of a page's readers' comments ("التعليقات", "تعليقات القراء", "Comments"),
    #: folded, without a count beside them ("4 تعليقات", "التعليقات (2)"): the page below
    #: one is no part of the article (``extract``).
    comment_labels: frozenset[str] = frozenset()
    #: Words that call a text an interview ("حوار", "مقابلة", "حاوره", "interview"), folded,
    #: without a joined conjunction or preposition: a lead or a byline that holds one says
    #: the questions and answers below are the paper's talk with a guest (``extract``).
    interview_words: frozenset[str] = frozenset()
    #: Labels of an interview's question and answer lines ("س", "ج", "Q", "A"), folded.
    question_labels: frozenset[str] = frozenset()
    answer_labels: frozenset[str] = frozenset()
    #: Words of a page's copyright line ("جميع الحقوق محفوظة", "All rights reserved"), folded:
    #: the name left beside them on that line is the publisher's (``readers``).
    copyright_words: frozenset[str] = frozenset()
    #: Words naming the medical people an unnamed voice is ("مسعفون", "مصادر طبية", "medics",
    #: "doctors"), folded: two outlets citing medics and medical sources for one toll most
    #: likely rewrote one dispatch (``corroborate``).
    medical_voices: frozenset[str] = frozenset()
    #: Words naming the makers of a finding as an unnamed voice on their own ("العلماء",
    #: "المطورون", "researchers"), folded: two outlets citing "the scientists" and "the
    #: developers" for one finding most likely pass on one release (``corroborate``).
    maker_voices: frozenset[str] = frozenset()
    #: Words that mark an armed or political group outside the state ("rebel", "المعارضة"):
    #: its spokesman or forces speak for no government, whatever the dateline (``sources``).
    non_state: frozenset[str] = frozenset()
    #: Adjectives of hostility ("المعادية", "المناهضة", "hostile"), folded: an unnamed voice "in
    #: the forces hostile to" a body is none of that body's (``sources``).
    hostile: frozenset[str] = frozenset()
    #: Heads of a civil body that is no state's even with its country named ("حزب", "نادي":
    #: "رئيس الحزب الساحلي", "رئيس الاتحاد الساحلي لكرة القدم"), folded; civil bodies too,
    #: beside ``civil_bodies`` (``sources``).
    non_state_bodies: frozenset[str] = frozenset()
    #: "International" closing a body's name ("اللجنة الأولمبية الدولية"), folded: the body
    #: is no state's, its head's nationality aside (``sources``).
    international: frozenset[str] = frozenset()
    #: Heads that "international" leaves a state's place ("مطار الملك فهد الدولي"), folded.
    international_places: frozenset[str] = frozenset()
    #: Heads of a body that an adjective of ``public_adjectives`` after them makes a state's
    #: public body ("المؤسسة" in "المؤسسة العامة للحبوب"), folded, article dropped.
    public_heads: frozenset[str] = frozenset()
    #: The adjectives that make such a head a public body ("العامة"), folded.
    public_adjectives: frozenset[str] = frozenset()
    #: The Latin letters' names as the language spells a name's initial, folded ("جورج دبليو.
    #: بوش", "لورا إيه. فلانة"): the full stop after one, between two names, ends no sentence.
    name_initials: frozenset[str] = frozenset()
    #: Cues with which a pronoun voice opens a statement of its own, without the carrier of
    #: its speaker's last words ("Later, he said …" after "X told the Valley Times …", unlike
    #: "He added …"); empty: every pronoun voice keeps the carrier.
    fresh_statement_cues: frozenset[str] = frozenset()
    #: Set formulae, folded ("صلى الله عليه وسلم", "إن شاء الله"): blessings and pious
    #: phrases that many unrelated statements share, dropped before claims are compared.
    formulae: frozenset[str] = frozenset()
    #: Words of stock prayers and condolences for the dead, folded ("يتغمده", "جناته",
    #: "السلوان"): their inflected forms vary too much for ``formulae``, so linking leaves
    #: them out when it asks what else two statements share (``link.formulas``).
    prayer_words: frozenset[str] = frozenset()
    #: Words that introduce a verse of scripture, folded ("تعالى" in "قال تعالى: (…)"): the
    #: bracketed text right after one is the verse, which many voices cite (``link.formulas``).
    scripture_leads: frozenset[str] = frozenset()
    #: Words that qualify a count as about, at least or at most, folded ("أكثر من 27",
    #: "نحو 100"): no part of what a statement says the count is of.
    count_qualifiers: frozenset[str] = frozenset()
    #: Particles that may open a clause before its verb and are no stopword, folded ("إذ
    #: أنفق النادي …"): the verb after one is the act whose doer ``link.doers`` reads.
    act_leads: frozenset[str] = frozenset()
    #: Particles written as a content word is, folded ("فقد": "so … has" before a verb, and the
    #: verb "lost"): opening a statement or a clause, before a word that is neither behind the
    #: article (``articles``) nor a number, one is the particle, left out before claims are
    #: compared ("…، فقد أظهر مسح" says nothing was lost; "فقد الجيش السيطرة" keeps "lost").
    clause_particles: frozenset[str] = frozenset()
    #: Heads of a local place in construct with its name, folded ("محافظة الهضبة", "مدينة
    #: الساحل", "بلدة …"): the word after one names the town, province or district a statement
    #: is about (``link.anchors.local_places``).
    place_heads: frozenset[str] = frozenset()
    #: Heads of a body that may be named after an outlet or an agency, folded ("بنك" in "بنك
    #: الجزيرة", "شركة" in "شركة … وفا للتأمين", "club"): such a body is no medium, whatever
    #: registry name its own name holds (``sources.Registry``).
    namesake_heads: frozenset[str] = frozenset()
    #: Beginnings of a word that, right after a medium's registry name, open what another
    #: body of that name is for ("الوكالة الوطنية لإدارة السيول", "الوكالة الوطنية للنقل"):
    #: the phrase names that body, not the medium (``sources.Registry``), unless the word is
    #: one of ``medium_words_after``.
    purpose_openers: frozenset[str] = frozenset()
    #: Words after a medium's name that still name it or tell when it spoke ("وكالة فلان
    #: للأنباء", "للمرة الأولى"), folded.
    medium_words_after: frozenset[str] = frozenset()
    #: Places and people an unnamed source is placed among that are no body it could speak
    #: for, folded, article dropped ("مصادر بالسوق", "مصدر من أهالي الحي", "residents"): such
    #: a source speaks for the outlet citing it (``link.independence.affiliation``); and the
    #: nouns of set phrases after a tie that name no one ("أول دراسة من نوعها": of its kind).
    no_body: frozenset[str] = frozenset()
    #: Relative pronouns, folded ("الذي", "التي"): a relative clause inside a reported content
    #: that tells a dated or counted fact ("السفينة التي غرقت منذ ثلاثة أشهر") is the publisher's
    #: background, a statement in its own voice (``extract.background``).
    relative_pronouns: frozenset[str] = frozenset()
    #: Openings of a background clause inside a reported content, folded, up to four words
    #: ("في ظل", "في اعقاب", "in the wake of"): with a figure in it, the clause tells the
    #: circumstances in the publisher's own voice.
    background_leads: frozenset[str] = frozenset()
    #: Words that count without a figure ("عشرات", "dozens"): they make a clause counted.
    count_words: frozenset[str] = frozenset()
    #: Marks of a verb that is not in the past, folded: one letter is a prefix ("ي", "ت"),
    #: more letters a whole word ("سوف", "لن"); ``non_past_endings`` are endings ("s" of
    #: "holds"). A relative clause opening with such a verb tells a state or a plan, more
    #: often part of what the voice says than an aside; ``past_words`` are past verbs that
    #: carry such a mark ("تم", "was").
    non_past: frozenset[str] = frozenset()
    non_past_endings: frozenset[str] = frozenset()
    past_words: frozenset[str] = frozenset()
    #: Words that date a relative clause besides a year ("منذ", month names, "الماضي",
    #: "since"), folded: a relative clause is background only when dated; ``since`` are those
    #: that open a longer date ("منذ توقيع الاتفاق").
    dating: frozenset[str] = frozenset()
    since: frozenset[str] = frozenset()
    #: Words that count a group of unnamed voices, folded ("بضعة", "عدة", "several"): "بعض
    #: الدبلوماسيين" and "بضعة دبلوماسيين" name the same voices (``corroborate._one_dispatch``).
    group_counts: frozenset[str] = frozenset()
    #: Words that open a clause of another event in a statement, folded ("فيما", "while"):
    #: "قتل 11 في البلدة، فيما قتل 42 في الجارة" tells of the first place before it.
    clause_openers: frozenset[str] = frozenset()
    #: Words opening a content that lays a duty on others, folded, one or two words ("على جميع
    #: المرشحين الدخول …", "يجب على …", "all candidates must"): the speaker's call, which
    #: another voice making it does not confirm as a fact.
    obliging_openers: frozenset[str] = frozenset()
    #: Participles of what a speaker did besides saying, folded ("داعيا", "مشيدا"): a part of a
    #: sentence opening with one after an attribution's content is that speaker's act (a call,
    #: praise), never a statement in the publisher's own voice (``extract.own_voice``).
    speaker_acts: frozenset[str] = frozenset()
    #: Participles that open a clause like a relative pronoun, telling a plan or schedule as
    #: background ("والمقرر إقامتها في …"), folded (``link.background``).
    plan_participles: frozenset[str] = frozenset()
    #: Participles of saying or calling that open a second statement of the speaker after a
    #: mark ("…، داعيا الراغبين إلى …", "…، مؤكدا أن …"), folded (``link.background``): what
    #: follows is another claim hung on the first, not the first told again.
    said_participles: frozenset[str] = frozenset()
    #: Nouns of a military unit that a number after them names, folded ("اللواء 15 مشاة",
    #: "الفرقة 30"): the unit's number counts nothing (``corroborate._same_count``).
    unit_nouns: frozenset[str] = frozenset()
    #: Words that open a breakdown of a count just told, folded ("بينهم", "منهم",
    #: "including"): in "توفي 30، بينهم 12 في العاصمة" the 12 is a part of the 30, no count of
    #: its own (``link.numbers.a_breakdown``).
    breakdown_leads: frozenset[str] = frozenset()
    #: Titles of an office that speaks for its body, folded, article dropped ("عميد", "مدير",
    #: "dean"): two holders of such offices in one body are one voice of it, where two of its
    #: members or professors are two (``link.independence.why_same``).
    office_titles: frozenset[str] = frozenset()
    #: Words of a guess, one or two folded words each ("ربما", "قد يكون", "may be"): a
    #: content that opens with one says what may be, which no other voice confirms.
    hedges: frozenset[str] = frozenset()
    #: Epithets of condemnation, folded ("الجبان", "النكراء", "cowardly"): a content calling
    #: an act so ("هذا العمل الجبان لن يرهب …") is its speaker's judgment of it, which no
    #: other voice's judgment confirms.
    epithets: frozenset[str] = frozenset()
    #: A condition on the claim itself, two folded words each ("إن صحت", "if confirmed"): a
    #: content holding one near its opening ("زيارة فلان إلى …، إن صحت، تعد خرقا") judges what
    #: may not be so; "إن صح التعبير" ("so to speak") is no condition on it.
    conditions: frozenset[str] = frozenset()
    #: Nouns of a news medium's kind written beside its name, folded ("صحيفة", "daily",
    #: "newspaper"): "صحيفة الوادي" and "the Al-Wadi newspaper" name one medium.
    medium_nouns: frozenset[str] = frozenset()
    #: Adjectives that make unnamed sources the media's ("مصادر إعلامية", "مصادر صحفية"),
    #: folded: they name no medium, and two outlets citing media sources most likely pass on
    #: the same reports, as two citing "the leaks" do (``corroborate``).
    media_adjectives: frozenset[str] = frozenset()
    #: Words of ``antonyms`` read only in their own forms, the word with an ending of two
    #: letters at most ("محلي" → "محلية", "محليين"), not by stem (``link.antonyms``):
    #: adjectives whose stem is a root many other words share ("أجنبي" and "جنوب", "جانب";
    #: "محلي" and "محاولة"; "أعلى" and "إعلان").
    antonyms_by_form: frozenset[str] = frozenset()
    #: Given names, folded ("محمد", "عبدالله"): a word that opens a person's name
    #: (``link.persons``).
    given_names: frozenset[str] = frozenset()
    #: Words a person's name follows, folded: "الشهيد", "المواطن", kinship ("نجل", "شقيق")
    #: (``link.persons``).
    name_leads: frozenset[str] = frozenset()
    #: Words that join the parts of a lineage, folded ("بن", "أبو", "آل") (``link.persons``).
    name_joints: frozenset[str] = frozenset()
    #: Titles and ranks, folded, skipped after a lead and never part of a name
    #: ("الشهيد الجندي أول فلان") (``link.persons``).
    name_titles: frozenset[str] = frozenset()
    #: Words that open a clause of who was present, folded ("بحضور", "برعاية"): the people
    #: named after one are a detail of the event, not whom it is about (``link.persons``).
    presence_words: frozenset[str] = frozenset()
    #: Heads of compound names, folded ("عبد" of "عبد الله"): joined to the word after them,
    #: and a word opening with one opens a name (``link.persons``).
    name_heads: frozenset[str] = frozenset()
    #: Second words of compound names, folded ("الدين" of "عز الدين", "الله" of "نصر الله"):
    #: the name goes on after them, as after a given name (``link.persons``).
    name_tails: frozenset[str] = frozenset()
    #: Words as written (not folded) that fold to a given name but are none: the preposition
    #: "على" folds to "علي" (``link.persons``).
    name_lookalikes: frozenset[str] = frozenset()
    #: Words of telling that a voice refuses or withholds, folded ("التعليق", "تفاصيل",
    #: "comment", "details"): "…، لكنه رفض الإدلاء بتفاصيل" closes what the voice told with
    #: what it would not tell, which is no part of the claim (``link.antonyms.refused_telling``).
    withheld_telling: frozenset[str] = frozenset()
    #: Plural nouns of the press and its reports, folded ("صحف", "وسائل", "newspapers"): a
    #: voice that joins one of them to a body ("الشرطة وصحف محلية", "police and local
    #: newspapers") is two voices told as one, no origin of its own (``corroborate``).
    press_plurals: frozenset[str] = frozenset()
    #: Pronoun forms by which what a voice is reported saying speaks of the voice's own side
    #: ("منهم" in "لم تطلب منهم", "لدينا", "us"), folded: two voices of two sides each saying
    #: one of them tell two things of two selves, however alike their words (``corroborate``).
    self_references: frozenset[str] = frozenset()
    #: Heads of unnamed voices that are lay people, no one's officials ("سكان", "شهود",
    #: "مواطنون", "residents"), folded: what they say in an article is never the words of a
    #: body or an official it names, so the two join at the bar of two voices (``corroborate``).
    lay_people: frozenset[str] = frozenset()
    #: Forms of a unit that are a number only as the first word of a teen, folded, → the
    #: unit ("اثني عشر" is 12 after a preposition or as an object; alone, "اثني" is how
    #: "أثنى", praised, folds: no number).
    teen_units: Mapping[str, int] = field(default_factory=dict)
    #: Words of scale, folded, → what they multiply a number before them by ("85 ألف" is
    #: 85000, "2.5 million" 2500000): a number read without its scale would be another
    #: number than the one another outlet writes in full (``link.numbers.scaled``).
    scales: Mapping[str, int] = field(default_factory=dict)
    #: The plural forms among ``scales``, which count from two to ten ("ثلاثة آلاف", and a
    #: fraction: "74.3 آلاف"): after a greater whole number they are a noun ("منذ 2011 آلاف
    #: المدنيين" is thousands of).
    scale_plurals: frozenset[str] = frozenset()
    #: Heads of a commentator's description ("خبير", "محلل", "analyst"), folded: what one says
    #: in the article beside its unnamed sources links to their words only at the confirmed
    #: bar (``corroborate._unnamed_beside_commentators``).
    commentators: frozenset[str] = frozenset()
    #: Currencies, folded ("دولار", "ريال", "dollars"): a figure one of them follows within
    #: two words ("12.6 مليون دولار") is a sum of money (``corroborate._same_sum``).
    currencies: frozenset[str] = frozenset()


class Language(Protocol):
    """A language: its code, how to recognise its script, its extractor and its word lists."""

    @property
    def code(self) -> str:
        """The ISO 639-1 code users pass as ``--lang``."""

    @property
    def letters(self) -> re.Pattern[str]:
        """One letter of the language's script (a character class): the script that dominates a
        text picks it."""

    @property
    def words(self) -> Words:
        """Word lists for resolution and claim linking."""

    @property
    def reads_first_line(self) -> bool:
        """True when the extractor reads a text's first line as its headline itself."""

    def extract(
        self, text: str, sentences: Sequence[Sentence], known: Known
    ) -> list[RawAttribution]:
        """Find the attributions of the body's sentences, in text order."""

    def content_word(self, word: str) -> str:
        """The matching key of one folded word (stem or bare form), or "" for a function word."""

    def stem(self, word: str) -> str:
        """The light stem of one folded content word, for claim matching."""


def folded(words: str) -> frozenset[str]:
    """The folded forms of white-space separated words (word lists are written this way)."""
    return frozenset(fold(word) for word in words.split())


def phrases(lines: str) -> frozenset[str]:
    """The normalized forms of phrases written one per line."""
    return frozenset(normalize(line) for line in lines.splitlines() if line.strip())


def labels(lines: str) -> dict[str, str]:
    """Labels written one field per line ("title: Title | Headline"), folded → the field."""
    out: dict[str, str] = {}
    for line in lines.splitlines():
        if line.strip():
            field, names = line.split(":", 1)
            out.update((fold(name.strip()), field.strip()) for name in names.split("|"))
    return out


def pairs(lines: str) -> tuple[tuple[str, str], ...]:
    """Word pairs written one pair per line ("word opposite")."""
    out = []
    for line in lines.splitlines():
        if line.strip():
            first, second = line.split()
            out.append((first, second))
    return tuple(out)


Extractor = Callable[[str, Sequence[Sentence], Known], list[RawAttribution]]


def deferred(module: str, name: str) -> Extractor:
    """The extractor ``name`` of ``module``, imported on its first call.

    A package's word lists are needed by claim linking and the store's queries; its rules
    (hundreds of compiled patterns) only when an article is read, so they load then.
    """

    # Looked up once: import_module runs Python-level checks on every call, once an article.
    found: list[Extractor] = []

    def extract(text: str, sentences: Sequence[Sentence], known: Known) -> list[RawAttribution]:
        if not found:
            found.append(getattr(import_module(module), name))
        return found[0](text, sentences, known)

    extract.__qualname__ = extract.__name__ = name
    return extract


@dataclass(frozen=True, slots=True)
class Package:
    """A language assembled from its modules: what a language package's ``LANGUAGE`` is."""

    code: str
    letters: re.Pattern[str]
    words: Words
    #: The extractor: (text, body sentences, registry lookup) → attributions in text order.
    extractor: Extractor
    #: One folded word → its matching key, "" for a function word.
    keyer: Callable[[str], str]
    #: One folded content word → its light stem (see ``link.morph``).
    stemmer: Callable[[str], str]
    #: True when the extractor itself reads a text's first line as its headline (English):
    #: ``extract`` then reads a title line of the header only when the text opens otherwise.
    reads_first_line: bool = False

    def extract(
        self, text: str, sentences: Sequence[Sentence], known: Known
    ) -> list[RawAttribution]:
        """Find the attributions of the body's sentences, in text order."""
        return self.extractor(text, sentences, known)

    def content_word(self, word: str) -> str:
        """The matching key of one folded word, or "" for a function word."""
        return self.keyer(word)

    def stem(self, word: str) -> str:
        """The light stem of one folded content word, for claim matching."""
        return self.stemmer(word)
