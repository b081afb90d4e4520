"""Find attributions in Arabic news text: cue, voice, carriers, inner voices and content (pure).

Each sentence is tokenised with offsets; cue words are looked up after stripping و/ف; then the
voice phrase, the carriers (في تصريح لوكالة X), the relayed voices (نقلا عن Y، عن Y قوله) and
the content (after إن/أن/بأن, a colon, or inside quotation marks) are read around the cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import compress, count, islice, pairwise
from operator import and_, attrgetter, itemgetter

from ...models import (
    BODY_KINDS,
    Mention,
    QuoteKind,
    RawAttribution,
    SourceKind,
    Stance,
    slot_init,
)
from ...text import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    QUOTE_PAIRS,
    Sentence,
    Token,
    first_norm,
    fold,
    folded_head,
    mixed_quote_spans,
    normal_words,
    tokenize,
    trim_span,
)
from ..base import Known, folded
from ..common import colon_paragraph
from . import lexicon as lx
from .proclitics import CONJUNCTIONS, WORD_CACHE_SIZE, drop_conjunction, strip_article
from .roles import (
    MIN_NAME_WORDS,
    issuer_before,
    name_bodies,
    name_issuers,
    name_report_makers,
    name_roles,
    named_voice,
)
from .voices import (
    ABOUT,
    AUTHORED,
    DERIVED_NOUN,
    FORMULA_ELATIVES,
    HONORIFIC_TITLES,
    IMAM,
    MANNER_ADVERBS,
    MAX_UNLISTED_WORDS,
    MIN_DEFINITE_NISBA,
    MIN_UNLISTED_WORDS,
    NARRATED,
    OF_A_MOSQUE,
    ON_WRITTEN,
    SON_OF,
    TWO_WORD_GIVEN,
    WAS,
    body_head,
    circumstantial,
    conducted_inquiry,
    definite_record_words,
    described_unnamed,
    given_name,
    initial_stop,
    nisba,
    no_voice_opening,
    other_side_at,
    plural_nisba,
    possessed_kin,
    possessed_noun_in,
    principal_named,
    read_voice,
    share_of_group,
    supervising_body,
    supervisor_head,
    title_slash,
)
from .words import WORDS, content_word

#: Words between a record and its author: "مسح أجرته الهيئة", "دراسة صادرة عن المركز".
_ISSUING = AUTHORED | folded("عن")
#: Words that go on an unnamed voice after its adjectives: "مصدر عسكري في الجيش", "مصادر
#: مقربة من الحكومة", "مسؤول أمني رفض الكشف عن اسمه".
_LINKS = folded("في من لدى عن داخل مقرب مقربة مقربون مقربين")
#: Letters that open no adjective of an unnamed voice, nor the clause after it: the article,
#: a preposition or a conjunction joined to the word ("بمستشفى", "وشهود").
_NOT_OPENING = ("ال", "ب", "ل", "و", "ف")
#: "طبي" has three letters; "في" two.
MIN_UNNAMED_ADJECTIVE = 3
#: A voice phrase longer than this (in tokens) is not a voice but a clause.
MAX_VOICE_TOKENS = 12
#: A carrier named without a media head ("لرويترز", "لهيئة الإذاعة البريطانية"): its letters
#: after ل at least, its words at most.
MIN_CARRIER_LETTERS = 2
#: A speech act that names the next speaker opens its sentence within this many characters.
MAX_ACT_AT = 40
MAX_CARRIER_WORDS = 3
#: Tokens from a carrier's ل to the word after it: "لصحيفة «الوادي» اليومية" (quote marks too).
MAX_CARRIER_REACH = 7
#: How far after a verb (in tokens) its content must begin.
MAX_LEAD_TOKENS = 28
#: Past this many lead words, a word the lead does not know ends the search: a reporting lead
#: is short ("قال الوزير في مؤتمر صحفي عقده اليوم"), a longer one is another clause.
MAX_LOOSE_LEAD = 12
#: A strict verb with no subject (ذكر، نقل) needs its content this close: "ذكر أن" yes, "ذكر
#: اسم القرية التي … أن" no.
MAX_STRICT_LEAD = 3
#: Most words of a content before a credit set off inside it: "إن وزير الخارجية، بحسب …".
MAX_SUBJECT_BEFORE_CREDIT = 4
#: Words between a participle or nested verb and its complementiser: "مشيرا إلى أن".
MAX_PARTICIPLE_LEAD = 3
#: A quoted name in a voice or lead is short: «الوادي», not a quoted sentence.
MAX_NAME_QUOTE_CHARS = 40
#: Most words of a relayed voice's description after the words read as its name ("عن مسؤول
#: رفيع المستوى في وزارة المالية، أن …"), before its complementiser.
MAX_RELAY_TAIL = 9
#: "قوله"/"قولها"/"قولهم"/"قولهما" (his saying), folded: what a relay quotes.
_RELAYED_SAYINGS = folded("قوله قولها قولهم قولهما")
#: Most words of whom a relayed voice told, after his saying: "قوله لرؤساء تحرير الصحف إن".
MAX_TOLD_WORDS = 6
#: Most words of a body's quoted name after a title that governs it ("مدير «…»").
MAX_GOVERNED_QUOTE_WORDS = 8
MAX_NAME_QUOTE_WORDS = 4
#: After a quoted name, the complementiser of its lead comes within this many tokens.
MAX_QUOTED_NAME_LEAD = 10
#: A voice opening a content and nesting ("التسريبات تتحدث عن أن") has at most this many words.
MAX_NESTED_VOICE_TOKENS = 6
#: A content shorter than this (characters) is a stray word, not a statement.
MIN_CONTENT_CHARS = 3
#: The lemma of "جاء في بيان X": a prepositional cue whose voice is the document's author.
CAME_IN_LEMMA = "جاء في"
#: The lemma of "أصدرت الوزارة بيانا جاء فيه: …": what came in it is its issuer's words.
CAME_IN_IT_LEMMA = "جاء فيه"
#: "حصلت" then at least one word of voice before "على".
MIN_OBTAINER_AT = 2
#: A name set off by commas has at most this many tokens ("عبد الله بن محمد الفلاني").
MAX_NAME_TOKENS = 5
#: "بحسب متعاملين في السوق، أكدوا": the place after a credited group, comma included (tokens).
MAX_CREDITED_PLACE_TOKENS = 5
#: Letters of the shortest family name in -ي read as an actor without a given name ("الحكمي").
MIN_SURNAME_LETTERS = 4
#: "name، title، قال": at least a name word, a comma, a title word and a comma before the verb.
MIN_APPOSITION_AT = 4
#: A headline's colon ("مصدر لـ«الوادي»: …") stands this close to the start of its sentence.
MAX_HEADLINE_CHARS = 60
#: Characters of text after a medium credited alone in its sentence that keep it inside the
#: body: within the last 80 (sources.CLOSING_WINDOW) it credits the whole article.
MIN_BODY_AFTER_CREDIT = 80
#: "(", the name and ")": a bracketed acronym after a media head, "(سانا)".
ACRONYM_TOKENS = 3
#: "(إم بي إيه)": a body's acronym in brackets has at most this many words.
MAX_ACRONYM_WORDS = 4
#: "بمقتل" has four letters or more; shorter ب-words are particles ("به", "بل").
MIN_BI_CONTENT_LETTERS = 4
#: Returned by the lead walk when the words after a verb are not a reporting lead.
_GIVE_UP = -1
#: "وفي بيان للحزب، أعلن …": "في", the occasion, its owner in ل, then the verb at least.
MIN_OCCASION_OWNER = 3
#: Occasions that their owner issues, named after them in ل: "في بيان للحزب".
_ISSUED_OCCASIONS = folded("بيان تقرير تغريدة تدوينة منشور رسالة")
#: "في بيان أصدرته الوزارة أن": the occasion, a verb of issuing, the issuer at least.
MIN_OCCASION_ISSUER = 4
#: Voices that carry a statement rather than issue it, and a statement that names no issuer.
_CARRYING_KINDS = frozenset({SourceKind.AGENCY, SourceKind.OUTLET, SourceKind.DOCUMENT})
#: The media: agencies and outlets.
_MEDIA_KINDS = frozenset({SourceKind.AGENCY, SourceKind.OUTLET})
#: "في بيان له": his own statement, the speaker named before.
_HIS_OWN = folded("له لها لهم لهما")
#: "أصدرت اللجنة بيانا قالت فيه": the issuing verb, a subject, the statement, then the cue.
MIN_ISSUED_AT = 3
_IN_IT = frozenset(("فيه", "فيها"))
#: Verbs naming who wrote or gave a record after it ("بيان أصدره فلان", "كلمة ألقاها فلان").
_AUTHORING = AUTHORED | folded("ألقاه ألقته ألقاها ألقتها كتبه كتبته كتبها")
#: "بيان صادر عن الوزارة": issued by (the body after عن).
_ISSUED_FROM = folded("صادر صادرا صادرة الصادر الصادرة")
#: "تصريح منسوب لفلان": ascribed to him.
_ASCRIBED = folded("منسوب منسوبا منسوبة المنسوب المنسوبة")
#: How many words may stand between a record and the comma before "قال فيه" (its author's).
MAX_RECORD_OWNER = 12
#: "بأنه", "بأنها", "بأن": the complementiser in ب that a verb's complement opens with.
_BA_THAT = folded("بأن بأنه بأنها بأنهم بانه بانها")
#: Verbs of receiving a message ("تلقت الإدارة اتصالا يفيد …"): the receiver is no issuer.
_RECEIVING = folded("تلقى تلقت تسلم تسلمت استلم استلمت")
#: Dashes that set off an aside ("فلان -موظف- أن"), and the words such an aside may hold.
_DASHES = frozenset("-–—")
#: Marks closing a credit set off after a subject: "وقال فلان، بحسب الوكالة، إن …", "وأكد المجلس
#: حسب - الوكالة - أن …".
_CREDIT_CLOSERS = frozenset("،,") | _DASHES
MAX_DASHED_ASIDE = 6
#: Most tokens of an aside between dashes that a colon closes: "فلان -يعمل في … منذ … - :".
MAX_COLON_ASIDE = 16
_THROUGH_IT = frozenset(("خلاله", "خلالها"))
#: Attributions looked back on for one whose span already holds a cue or a content: a span
#: holds a handful of cues at most, and the bound keeps a page of thousands of cues linear.
MAX_OVERLAP_LOOKBACK = 32

_DENIAL_OBJECTS = folded(
    """
    صحة وجود ما أي أية الأنباء الانباء التقارير الأخبار علمه علمها قيام حدوث مسؤوليته مسؤوليتها
    تورطه تورطها الاتهامات اتهامات الشائعات شائعات المعلومات الرواية الخبر النبأ الشائعة
    الإشاعة
    """
)
#: Nouns naming what a denial rejects that may also close a body's name, so read as the
#: denied thing only where nothing before governs them (``_denied_noun_at``): claims and
#: accusations ("نفى متحدث باسم الحركة مزاعم الحكومة"), and the denier's own tie or aim
#: ("نفت الدولة سعيها إلى …", "نفت الإدارة صلتها بـ …").
_DENIED_NOUNS = folded(
    """
    التهم تهم المزاعم مزاعم الادعاءات ادعاءات الإدعاءات إدعاءات معلومات التكهنات تكهنات
    الأقاويل أقاويل الإشاعات إشاعات سعيه سعيها سعيهم صلته صلتها صلتهما صلتهم علاقته علاقتها
    علاقتهما علاقتهم المفاوضات مفاوضات
    """
)
#: Fewest letters of a noun before "ها", "هم" or "هما" that is the denier's own act ("سعيها").
MIN_OWN_STEM = 3
#: Words with a pronoun that stress the doer rather than name an act: "نفسها", "كلهم".
_STRESSING_STEMS = folded("نفس ذات عين كل جميع بعض كلا كلتا")
#: Demonstratives that may open a denied noun phrase: "تنفي الحكومة تلك التهم".
_DENIED_DEMONSTRATIVES = folded("هذه وهذه تلك وتلك هذا وهذا ذلك وذلك هؤلاء أولئك")
#: "الذي قالت عنه الوزيرة فلانة يوم الأحد، إنه": at most this many tokens from the subject's
#: first word to the complementiser.
MAX_ABOUT_IT_LEAD = 10
#: The longest description between a leading credit's voice and "فإن" ("وحسب فلان، أحد منظمي
#: المسيرة في المدينة، فإن …"), commas included.
MAX_APPOSED_CREDIT_TOKENS = 10
#: The longest relative clause between a leading credit's voice and "فإن" ("ووفقا للبيان الذي
#: صدر عن الاجتماع في مقر الهيئة ظهر اليوم فإنه …").
MAX_RELATIVE_BEFORE_SO = 14
#: "فإن" folded (also "فان" written without its hamza).
_SO_THAT = fold("فإن")
#: "قالت عنه الوزيرة": the pronoun spoken about, between a verb and its subject.
_ABOUT_IT = folded(
    """
    عنه عنها عنهم
    """
)
#: Verbs whose "عما" (عن ما) opens what they reveal: "كشف عما أسماه …"; not "تحدث عما
#: جرى" or "أعرب عما يشعر به", which say what was talked about or felt.
_REVEALING_VERBS = frozenset(("كشف", "أعلن", "أفصح"))
_LINKERS = folded(
    """
    إلى الى على عن عما في بشأن حول داخل
    """
)
_ONE_OF = folded("أحد إحدى")
#: Prepositions that may attach a body to a voice ("مصدر في الوزارة", "مصدر داخل الحكومة").
_ATTACHING = folded("في عن داخل")
_NOT_ATTACHED = folded(
    """
    وقت حين هذا ذلك تصريح حديث بيان
    """
)
#: Nouns framing an occasion after "في" ("في سياق حديثه", "في معرض رده", "في ختام كلمته"):
#: with an occasion after them, the phrase is where the voice spoke, no part of it.
_OCCASION_FRAMES = folded("سياق معرض إطار ختام مستهل بداية نهاية")
_NEWS_OBJECTS = folded(
    """
    خبرا خبراً تقريرا تقريراً خبر تقرير
    """
)
#: Words saying who issued the report before them: "قال تقرير صدر عن البنك …، إن", "قال
#: تقرير أعدته اللجنة: «…»" (the report is the subject, not an object coming first).
_ISSUED_BY = folded(
    """
    صدر صدرت صادر الصادر صادرة الصادرة أصدرته أصدرتها أعدته أعدتها نشرته نشرتها
    """
)
#: Words of reckoning or dividing before "بحسب"/"وفق" make it "depending on": "يتم احتساب
#: الأجرة بحسب المسافة", "قاعات مقسمة حسب الموضوعات", "تتفاوت الأسعار وفق الموسم".
_VARYING = folded(
    """
    احتساب تحتسب يحتسب تحسب يحسب مقسمة مقسم موزعة موزع تقسيم توزيع تختلف يختلف تتفاوت يتفاوت
    تتراوح يتراوح تتغير يتغير مصنفة مصنف
    """
)
#: Verbs of beginning or going on before a subject and a present verb ("وبدأ فلان يقول",
#: "وراح الوزير يؤكد"): no word of the subject.
_PHASE_VERBS = folded("بدأ بدأت أخذ أخذت راح راحت ظل ظلت شرع شرعت مضى مضت")
#: The most tokens from such a word to the cue ("احتساب التكلفة من البطاقات بحسب").
MAX_VARYING_LEAD = 4
#: Number words that make a figure.
_NUMBER_WORDS = folded(
    """
    مائة مئة مئات ألف آلاف ألفي مليون ملايين مليار عشرة عشرات عشرين ثلاثين أربعين خمسين ستين
    سبعين ثمانين تسعين اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة نصف ربع ثلث
    """
)
#: "إثبات أو نفي", "تأكيد أو نفي": the pair of "confirm or deny", which says neither; also
#: after "ل" or "ب" ("لتأكيد أو نفي الخبر": to confirm or deny it).
_OR_WORD = fold("أو")
_CONFIRM_OR_DENY = folded("إثبات تأكيد نفي لإثبات لتأكيد لنفي بإثبات بتأكيد بنفي")
#: "المتحدة" (united), the adjective of many states' and bodies' names, never an object.
_UNITED = folded("المتحدة")
#: Prepositions that take a pronoun: "فيها", "عنهم", "منها", "عليه", "إليهم".
_PREPOSITION_STEMS = folded("في عن من علي الي إلي لدي عند مع بين")
#: Forms of address before a title: "فضيلة إمام المسجد".
_ADDRESS_FORMS = folded("فضيلة معالي سعادة سمو فخامة")
#: Time words after "الصادر": "مساء أمس الأول", "صباح اليوم".
_ISSUED_WHEN = folded("مساء صباح ظهر فجر الأول اليوم أمس")
#: "التقرير الصادر أمس": the participle saying a record came out.
_ISSUED_PARTICIPLES = folded("صادر الصادر صادرة الصادرة صدر صدرت")
#: "في تقرير للصحيفة نشر أمس", "صدر اليوم": when a document came out, after its author.
_CAME_OUT = _ISSUED_PARTICIPLES | folded("نشر نشرت")
#: "يأتي ذلك بحسب ما أعلنه فلان": the verb that points back to the sentence before.
_CAME = folded(
    """
    يأتي ياتي جاء
    """
)
#: "وفق" without its tanween governs a noun directly ("وفق الخطة"), not through ل.
_ALONG = fold("وفق")
_TAKES_LAM = folded(
    """
    وفقا طبقا وفق
    """
)
_KEEP_WHOLE = (
    frozenset(lx.VERB_CUES)
    | frozenset(lx.PREPOSITIONS)
    | lx.OUTLET_HEADS
    | lx.AGENCY_HEADS
    | lx.OFFICIAL_TITLES
    | lx.BODY_HEADS
)


def _bare_topic(phrase: Sequence[Token]) -> bool:
    """A topic after أما of two words or more and no article may be a name the lexicon does not
    know: "أما فهد الزهراني فقال …" (not "أما الأسعار، التي …، فقد أكدت")."""
    first = phrase[0].norm
    return (
        len(phrase) >= MIN_BARE_TOPIC
        and not first.startswith("ال")
        and first not in _THESE  # "أما هذه المرة فقال": a time, no one's name
        and first not in lx.ADVERBS
        and first not in lx.PREPOSITIONS
    )


#: "رغم أن", "بالرغم من أن", "مع أن": although; the clause's subject is the one "فإنه" names.
_DESPITE = folded("رغم برغم بالرغم مع")
#: Words that open the verb of a clause after its subject: "كان", "قد", "لا", "ليس".
_CLAUSE_VERB_WORDS = folded("كان كانت كانوا قد لا ليس ليست")
#: Fewest tokens before a verb after "فإنه" that a clause "رغم أن X …،" may stand in.
MIN_CONCESSIVE = 5
#: "فإنه", "فإنها": ف on إن with the pronoun of the topic set up by أما ("أما الوزير فإنه نفى").
_SO_HE = folded("فإنه فإنها فإنهم")
#: Fewest words of a topic after أما read as a name the lexicon does not know.
MIN_BARE_TOPIC = 2
#: Most words of a name after a word that describes him in a topic ("أما اللبناني سامي العلي").
MAX_DESCRIBED_NAME = 3
#: "عبد": the first half of a given name in two words ("عبد الأحد").
_ABD = fold("عبد")
#: First words of compound given names whose second word has the article ("عبد الرحمن").
_COMPOUND_HEADS = folded("عبد ابو أبو نور عز سيف شمس صلاح علاء بدر محي محيي ضياء بهاء زين تاج")
#: Most words of what is described between it and بأنه ("الاقتراع على مشروع القانون").
MAX_DESCRIBED_WORDS = 6
#: Armed or political groups often described by others ("ووصف حزب … بأنه منظمة …").
_DESCRIBED_GROUPS = folded("حزب حركة جماعة تنظيم جبهة ميليشيا")
#: Common nouns of things (never of a person or body) that a describing verb's first word may
#: be: "ووصف مشروع الطريق بأنه …" is what is described; the one describing spoke before.
_DESCRIBED_THINGS = (
    folded(
        """
        مشروع مشروعات مشاريع مشهد مشاهد معسكر قرار قرارات خطوة خطوات اتفاق اتفاقية حل
        علاقة علاقات تصريح تصريحات موقف مواقف حالة أزمة مشكلة مشكلات ظاهرة زيارة لقاء
        اجتماع مبادرة برنامج برامج خطة نظام قانون نتيجة نتائج أداء مباراة انسحاب تحرك
        توقعات تجربة فكرة صفقة إنجاز خطاب نسخة صعوبة مشاعر أوضاع وضع واقع وقائع
        """
    )
    | lx.EVENT_NOUNS
) - lx.BODY_HEADS
#: A counterpart told ("لنظيره", "لنظرائهم"), among the addressees.
_TO_COUNTERPART = (fold("لنظير"), fold("لنظرا"))
#: Most tokens between أما and the comma that closes a clause set off after its topic.
MAX_TOPIC_ASIDE = 30
#: "أما الوزارة فقالت …": أما sets up the topic that the verb in ف speaks for.
_TOPIC_OPENERS = folded(
    """
    أما اما وأما واما
    """
)


#: Most tokens between a verb of showing and its complementiser.
MAX_SHOWING_LEAD = 16
#: "أظهر", "أثبت": verbs of showing, reported only with a document as their subject ("وأثبتت
#: الدراسة أن …"; "أثبت اللاعب أنه جاهز" reports nothing).
_SHOWING = frozenset(("أظهر", "أثبت"))
#: "ووجد الباحثون أن …" (found): a finding, reported only with its voice named after the verb
#: and a complementiser in its clause ("وجد في المنزل …", was found, reports nothing).
_FINDING = "وجد"
#: "وتوصل الباحثون إلى أن …" (reached the finding), "ويذهب الناقد إلى أن …" (holds the view):
#: as a finding, read only with the one who found or holds it named after the verb (or a record
#: before it); with none, a later view in a review or essay is no last speaker's.
_FOUND_OR_HELD = frozenset((_FINDING, "توصل", "ذهب"))
#: "وتوقع الوزير انخفاض الأسعار …": a forecast whose object is a noun of change, the change
#: it foresees (read as a record's finding after _SHOWING).
_FORECASTING = "توقع"
#: Nouns of phase before a noun of change foreseen: "توقع المحللون استمرار نمو …".
_PHASES = folded("استمرار بدء عودة مواصلة")
#: Most words describing a person before his name in quotation marks ("الطفل «…»").
MAX_DESCRIBED_BEFORE_QUOTE = 2
#: "زاد": added, reported only with its complementiser (or colon) right after the subject.
_ADDED_TO = "زاد"
#: "وواصل: «…»" (he went on): a speaker's next words, only with a colon or quotation after it.
_GOING_ON = "واصل"
#: Most tokens between "زاد" and its complementiser: the subject and little else.
MAX_ADDING_LEAD = 4
#: "أفاد" (informed), which may take what it tells with ب (``_Sentence._told_with_ba``).
_INFORMING = "أفاد"
#: Fewest letters of a word in ب after "أفاد" read as what it tells ("بوقوع"; "بان" is the
#: complementiser, read elsewhere).
MIN_TOLD_WITH_BA = 3
#: Heads of a voice that open with a ب of their own: "أفاد بيان الوزارة", "بلاغ", "بنك".
_OWN_BA_HEADS = frozenset(
    w for w in lx.DOCUMENT_HEADS | lx.OCCASIONS | lx.BODY_HEADS | lx.ANONYMOUS_HEADS if w[:1] == "ب"
) | folded("بيان بيانات بلاغ بلاغات برقية بنك بلدية بعثة بورصة باحث باحثون باحثين")
#: Marks that open or close a quotation.
_QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES
#: "عام" (general) after an indefinite title: "مدير عام", "أمين عام".
_GENERAL_ADJ = fold("عام")
#: Particles that may stand before a sentence's first verb: "كما ألقى", "وقد أصدرت".
_BEFORE_VERB = folded("كما وكما ثم قد وقد فقد لقد")
_LEADING_PARTICLES = frozenset(
    fold(w) for w in ("لكن ولكن لكنّ بينما فيما كما أما اما غير إلا كان كانت كانوا قد وقد".split())
)
#: Conjunctions that open a new clause inside a sentence, with no comma before them.
_CLAUSE_OPENERS = frozenset(fold(w) for w in "لكن ولكن بينما فيما".split())
#: "فإن" after a comma answers the clause before ("وفيما رأى فلان أن …، فإن آخرين يؤكدون
#: أن …"): with a subject and a cue after it, it opens a clause of its own when a word of
#: contrast or concession opens the sentence (_CONCEDING); after a condition inside what was
#: said ("… أنه إذا استمر ذلك، فإن …") it stays in the content.
_ANSWERING_THAT = folded("فإن فان")
_CONCEDING = folded("فيما بينما رغم برغم الرغم")
#: Where a clause of its own opens inside a sentence: a conjunction, or "فإن" answering one.
_CLAUSE_OR_ANSWER = _CLAUSE_OPENERS | _ANSWERING_THAT
#: Most words before the one of contrast or concession: "وعلى الرغم من أن".
MAX_CONCEDING_AT = 2
#: Two words that open a clause of the writer's after a trailing credit ("…، في حين"), and
#: the verbs after فيما or في ما that make it a topic instead ("فيما يتعلق بالرسوم").
_WHEREAS = (fold("في"), fold("حين"))
_TWO_WORD_OPENERS = frozenset({_WHEREAS, (fold("في"), fold("ما"))})
#: Where by a post a voice writes its words: "تحت الصورة", "إلى جانب التغريدة".
_BY_A_POST = folded("تحت أسفل اسفل فوق")
_BESIDE = frozenset({(fold("إلى"), fold("جانب")), (fold("الى"), fold("جانب"))})
_POSTS = folded("الصورة الصور التغريدة المقطع الفيديو المنشور التدوينة")
#: "في حين", "في وقت" (at a time when) right before a verb: another voice's clause opens.
_WHILE_PAIRS = frozenset({_WHEREAS, (fold("في"), fold("وقت"))})
_TOPIC_VERBS = folded("يتعلق يخص تعلق خص")
#: "… بعد أن أصدرت الهيئة تقريرا أوضحت فيه أن …": a time clause whose verb issues a statement.
_TIME_CONJUNCTIONS = folded("بعد قبل عقب منذ")
_ONE_WORD_TIME_CONJUNCTIONS = folded("بعدما عندما حينما قبلما")
#: "قد" between a subject and its verb: "وكانت الوكالة قد نقلت".
_PERFECT_PARTICLES = folded(
    """
    قد لقد
    """
)
#: Most words of a name quoted after "السيد" (see _honoured_quoted_name).
MAX_HONOURED_QUOTE_WORDS = 2
_QUOTE_HEADS = (
    lx.OUTLET_HEADS | lx.AGENCY_HEADS | lx.BODY_HEADS | lx.DOCUMENT_HEADS | lx.PERIODICAL_HEADS
)
#: Heads of a news medium's name, which adjectives may describe before its quoted name.
_MEDIUM_HEADS = lx.OUTLET_HEADS | lx.AGENCY_HEADS
#: Most adjectives between such a head and the quoted name ("قناة تلفزيونية هندية خاصة").
MAX_MEDIUM_ADJECTIVES = 3
#: Bodies and titles that govern "الصحفيين" as their members: "اتحاد الصحفيين", "نقيب …".
_PRESS_BODIES = folded("نقابة نقابات اتحاد جمعية جمعيات رابطة منظمة منظمات هيئة لجنة نقيب")
#: Words of a name we do not list that a title after a comma may describe (see
#: _opens_voice_here).
MAX_APPOSED_NAME = 3
#: "فقد" between a leading credit and its reporting verb: "وبحسب الوكالة، فقد ذكرت …".
_SO_HAS = folded("فقد")
#: Works whose quoted title may stand inside a voice: "منتج فيلم «…» الفنان فلان".
_WORKS = folded("فيلم مسلسل برنامج مسرحية رواية كتاب ألبوم")
#: A campaign of activists named in quotation marks speaks as a group: "أوردت حملة «…»".
_CAMPAIGNS = folded("حملة")
#: Heads whose quoted name may follow them, bodies and works: "شركة «…»", "كتاب «…»".
_NAMED_HEADS = _QUOTE_HEADS | _WORKS | _CAMPAIGNS
#: Particles that negate the verb after them: a cue so negated reports nothing.
_NEGATIONS = folded(
    """
    لم ولم لن ولن فلم
    """
)
#: "لا" negating a verb in the present ("لا ينكر", "لا تنفي"), and the letters that open one.
_PRESENT_NEGATIONS = folded(
    """
    لا ولا
    """
)
_IMPERFECT_LETTERS = frozenset("يتن")
#: Verbs that "لا" turns into a stance of their own: "لا تستبعد الوزارة أن …" (thinks it
#: possible) reports a view.
_NEGATED_STANCES = frozenset(("استبعد",))
#: Prepositions (and ليس) that a verb never follows: a cue word after one is its verbal noun
#: ("رغم نفي الوزارة", "في نفي الخبر", "ليس وصف المجتمع").
_BEFORE_NOUNS = folded(
    """
    في بعد رغم برغم إلى الى حول قبل لدى عند دون بدون ليس ليست أي وأي
    """
)
#: What a voice clarifies or reveals, the object of its verb: "أوضحت الوزارة ملابسات الحادث".
_TOPICS = folded(
    """
    تفاصيل ملابسات حقيقة أسباب حيثيات هوية
    """
)
#: "وهذا لا ينفي …": a demonstrative subject before a negated cue is the writer's reasoning.
_THIS = folded(
    """
    هذا وهذا ذلك وذلك
    """
)
#: "هل تؤكد وجود …؟": a question put to someone reports nothing they said.
_QUESTIONS = folded(
    """
    هل وهل فهل
    """
)
#: Nouns of negation before a verbal noun: "عدم نشر اسمه", "عدم ذكر اسمه".
_NOT_SAYING = folded(
    """
    عدم بعدم رافضا رافضة رفض رفضت
    """
)
_RELATIVES = folded(
    """
    ما مما بما الذي التي الذين لما كما
    """
)
#: Words before a bare أن that make it a clause of time or manner, not what was said.
_SUBORDINATORS = folded(
    """
    قبل بعد دون بدون منذ حتى لكي كي رغم برغم عوضا بدلا
    """
)
_BARE_AN = folded(
    """
    أن ان
    """
)
#: "في تصريحات نقلتها وكالة X", "في مقابلة بثها التلفزيون": the medium that carried them.
_CARRYING_VERBS = folded(
    """
    نقلته نقلتها نقلها أوردته أوردتها أوردها بثته بثتها بثه بثها نشرته نشرتها نشرها أذاعته
    أذاعتها أذاعها
    """
)
#: A place between a voice and its "أن" has at most this many words: "في العاصمة اللبنانية بيروت".
_PLACE_WORDS = 4
#: Words that open an occasion between a verb and its subject or its content: "خلال المؤتمر",
#: "بمناسبة تخريج الدفعة" (on the occasion of).
_OCCASION_LINKS = folded(
    """
    في خلال عبر أمام امام بمناسبة
    """
)
#: Prepositions that make a quotation after them a phrase of the content, not all of it
#: ("أشار إلى «…» …", "طالب بـ«…» …", "في كلمة خلال «…» …"), and the words before a title
#: ("دراسة بعنوان «…»").
_GOVERNING_QUOTE = (
    _LINKERS | _OCCASION_LINKS | _PREPOSITION_STEMS | folded("ب بـ ل لـ بعنوان عنوان شعار")
)
#: "لدى", "عند", "فور", "عقب" before a verbal noun with his pronoun: when he spoke ("لدى
#: استقباله", "فور وصوله").
_AT_TIME = folded("لدى عند فور عقب بعد بعيد قبل قبيل")
#: "بعد ذلك", "عقب ذلك": a word of time before "that" (what happened before).
_THAT_TIME = folded("ذلك")


def _reporting_word(norm: str) -> bool:
    """A cue's form, with an object pronoun ("نقلته") or not, or "لسان" ("على لسان فلان");
    not a word of three letters ("على" folds like a cue's "علي")."""
    bare = norm.removesuffix("ه").removesuffix("ها").removesuffix("هم")
    cue = len(norm) > MIN_REPORTING_LETTERS and (norm in _CUE_FORMS or bare in _CUE_FORMS)
    return (cue and not _accusing_form(norm, bare)) or norm == _TONGUE


def _accusing_form(norm: str, bare: str) -> bool:
    """A form of a verb read only in the accusing frame ("اتهمت", "حملوا"): no report of its
    own stands in a lead there ("الهيئة التي اتهمت …", "الرسالة التي حملوها إلى …")."""
    return _strip_conj(norm) in lx.ACCUSING_CUES or _strip_conj(bare) in lx.ACCUSING_CUES


#: Letters of the shortest word _reporting_word takes for a cue's form ("قال", "ذكر" have three,
#: and so have "على", "بين" that fold or read like cues).
MIN_REPORTING_LETTERS = 3


_TONGUE = fold("لسان")
#: The first letters of a definite word, with or without ل before its article.
_DEF = frozenset(("ال", "لل"))
#: Particles that fold to letters a definite word starts with: "إلى", "إلا".
_DEF_LOOKALIKES = folded("إلى إلا")


#: A preposition glued to the article, folded ("بالمنطقه", "للشرطه"): the word is definite and
#: takes no "his" pronoun, so a final ه there is ة written ه.
_DEFINITE_IN = ("بال", "لل", "كال", "وبال", "ولل", "فبال")


def _bare_person(voice: Mention | None) -> bool:
    """No voice, or a person named with no title (an honorific, "الدكتور", is none)."""
    if voice is None:
        return True
    plain = not voice.descriptor or fold(voice.descriptor) in HONORIFIC_TITLES
    return voice.kind in (SourceKind.PERSON, SourceKind.OFFICIAL) and plain


def _adjective_shaped(norm: str) -> bool:
    """A definite word that may be an adjective of the noun before it: a nisba or feminine
    ending ("الوطنية", "المتحدة") or the أفعل pattern ("الأحمر")."""
    return _definite(norm) and (norm.endswith(_ADJECTIVAL) or _elative(norm))


def _elative(norm: str) -> bool:
    """A definite adjective of the أفعل pattern: "الأحمر", "الأعلى", "الأكبر" (folded "الاحمر")."""
    return len(norm) == ELATIVE_LETTERS and norm.startswith("الا")


#: Adjectives between a record and its verb: "دراسة [حديثة] [موسعة] أكدت".
MAX_RECORD_ADJECTIVES = 2
#: "عامة" has four letters; "على" (folded "علي") three.
MIN_RECORD_ADJECTIVE = 4
#: Indefinite adjectives of a record with no nisba or feminine ending: "تقرير جديد".
_PLAIN_RECORD_ADJECTIVES = folded("جديد حديث سابق أخير مشترك")
#: A foreign name after a title and a nationality: a given and a family name, "فلان دي
#: فلانسون" at most.
MIN_FOREIGN_NAME_WORDS = 2
MAX_FOREIGN_NAME_WORDS = 3
#: Compass words that open a place's name ("جنوب أفريقيا"), never a person's.
_COMPASS = folded("شمال جنوب شرق غرب")
#: "الاحمر": the article, the alif and three root letters.
ELATIVE_LETTERS = 6


def _definite(norm: str) -> bool:
    """A definite word ("العسكري", "للمجلس"), not "إلى" or "إلا" folded."""
    return norm[:2] in _DEF and norm not in _DEF_LOOKALIKES


#: A complementiser opening with ل or ف ("لأن", "فإن") gives a cause or a consequence, not
#: the words said.
_CAUSAL_LETTERS = frozenset("لف")
#: "لأن" (because), the one complementiser opening with ل: it never opens what was said.
_BECAUSE_LETTER = "ل"
#: "إن" written with its hamza below, alone or with a pronoun: the complementiser of saying.
_SAID_THAT = frozenset("إن إنه إنها إنهم إننا إنني إنهما".split())
#: Words before a body that leave it free to be a relative clause's antecedent: prepositions
#: and و ("أحال المسألة إلى اللجنة …، التي أكدت"), not a noun it completes.
_FREE = folded("إلى الى من عن في على مع و")
#: Nouns of statements and documents ("وتصريحات", "وبيان"): joined by و before a relative
#: pronoun, they are what the clause speaks of.
_STATEMENTS = lx.OCCASIONS | lx.DOCUMENT_HEADS
#: Relative pronouns that describe a noun of a long occasion ("خلال مؤتمر عقده مع نظيره، عقب
#: الحوار الذي عقد في العاصمة، على أن …"): the occasion goes on through them.
_WHO_WHICH = folded("الذي التي الذين")
#: "إضافة إلى", "بالإضافة إلى": in addition to (no report of adding).
_IN_ADDITION = folded("إضافة بالإضافة")
#: Prepositions that open an occasion or a time between a verb and its content, which may
#: run long before a comma and "أن": "خلال زيارته …", "عقب وصول …".
_LONG_OCCASION_LINKS = folded("في خلال أثناء اثناء عقب بعد لدى عند")
#: "نقلت الوكالة ما قاله الوزير إن …": what a voice said, relayed; the voice follows.
_WHAT_SAID = folded(
    """
    قاله قالته قالوه ذكره ذكرته ذكروه أعلنه أعلنته أكده أكدته صرح
    """
)
#: Small words a reporting lead may hold before its content: "قال له", "في مؤتمر صحفي".
_LEAD_FILLERS = frozenset(
    fold(w)
    for w in ("له لها لهم صحفي صحفية صحافي صحافية خاص خاصة الى على بان بشان حول مؤتمر".split())
)
#: "أعلن لكم أن …": an object pronoun after the verb, never its subject.
#: Words that may open a sentence before its verb: "بدوره، عبر …", "من جهته، …" (also joined
#: by و: "ومن جانبه أثنى فلان …").
_ACTOR_OPENERS = frozenset(
    fold(w)
    for w in (
        "بدوره بدورها من ومن جهته جهتها جانبه جانبها ناحيته ناحيتها كما وقد قد حيث ثم بعدها"
        " فيما وفيما بينما وبينما"
        # "من جانبهم، عبر منظمو الملتقى عن …": a group's side, as one man's
        " بدورهم جهتهم جانبهم ناحيتهم جهتهما جانبهما"
    ).split()
)
#: A name withheld, in an aside quoted after an unnamed voice: "مسؤول «تحتفظ الصحيفة باسمه»".
_WITHHELD_NAMES = folded("اسمه اسمها باسمه باسمها هويته هويتها")
#: "عبّر عن" (expressed), read as "أعرب عن" reads its subject: "وعبر ذوو الضحايا عن …".
_EXPRESSING = folded("عبر عبرت")
#: Refusing to comment opens a sentence whose participle after it speaks for the one who
#: refused: "ورفضت متحدثة باسم الوزارة التعليق، مشيرة إلى أن …", "وامتنع مسؤول عن التعليق،
#: مضيفا أن …"; what was refused ends the doer's phrase.
_REFUSALS = folded("رفض رفضت امتنع امتنعت")
_REFUSED = folded("التعليق الإدلاء الرد")
#: Courtesies an act offers, its object: "قدم الوزير التعازي لـ…", never part of a name.
_COURTESIES = folded("التعازي التهاني التهنئة الشكر العزاء التحية التحيات")
#: Two words that open a sentence before its act: "وبهذه المناسبة هنأ فلان …", "بعد ذلك ألقى
#: فلان كلمة …"; "في حين أشار فلان …، مشيرا …" (while, as فيما: the act's doer speaks on).
_OPENING_PAIRS = frozenset(
    (fold(a), fold(b))
    for a, b in (("بهذه", "المناسبة"), ("بعد", "ذلك"), ("عقب", "ذلك"), ("في", "حين"))
)
#: Nouns of a time frame opening a sentence before its act: "وفي نهاية اللقاء أبدى فلان …".
_TIME_FRAMES = folded(
    """
    ختام نهاية بداية مستهل أعقاب
    """
)
#: "وفي السياق ذاته", "وفي هذا السياق", "وفي سياق متصل": a link to the story, then the act.
_CONTEXT_FRAMES = frozenset(
    (fold(a), fold(b))
    for a, b in (("السياق", "ذاته"), ("السياق", "نفسه"), ("هذا", "السياق"), ("سياق", "متصل"))
)
#: Words that open the object of a speech act, after its subject: "عبر فلان عن سعادته".
_OBJECT_OPENERS = folded(
    """
    عن على إلى الى في ألا
    """
)
#: Endings of a noun with a possessive pronoun: "سعادته", "قلقها", "تقديرهم".
_POSSESSED = ("ته", "تها", "تهم", "ها", "هم")
#: A sentence-opening verb and its subject take two tokens at least before the cue; the verb
#: has three letters at least ("بثت").
MIN_DOER_SPAN, MIN_DOER_VERB = 2, 3
#: "من جهتها،", "بدورها،", "ومن جانبها،": the doer's side named before her act, and how many
#: tokens (the comma included) it may take.
_SIDE_OPENERS = folded("من ومن جهتها جانبها بدورها ناحيتها")
MAX_SIDE_OPENER = 3
#: Most words of a phrase that links a sentence to the story before its act ("وفي سياق آخر،").
MAX_LINK_PHRASE = 4
#: Letters of a genitive or place after a body's name, no object: "لشؤون", "بجدة".
_GENITIVE_LETTERS = frozenset("لب")
#: The plural of a verbal noun of the shape تفعيل, in folded letters: "تصريحات", "تحقيقات".
_PLURAL_ACTS = re.compile("ت..ي.ات")
#: Endings of a definite adjective after a definite noun ("الأوكرانية", "العامة", "الكبرى");
#: a definite plural or another noun ("الانفصاليين", "الإضافات") is the verb's object.
_ADJECTIVAL = ("ي", "ه", "ى")
#: Groups named by whom they stand up for, with عن: "المدافعون عن حقوق الإنسان".
_DEFENDERS = folded("مدافعون مدافعين مدافع مدافعة مدافعات")
#: "النهي عن المنكر": forbidding what عن names, inside a body's name.
_FORBIDDING = folded("نهي")
#: "في تصريح لفلان قال": the fewest tokens before a verb whose speaker an occasion names.
FRONTED_SPEAKER_AT = 4
#: Voices whose statement an opening occasion may name ("في تصريح لوزير الخارجية").
_FRONTED_KINDS = frozenset({SourceKind.OFFICIAL, SourceKind.PERSON, SourceKind.GOVERNMENT_BODY})
#: Most tokens between the first verb's subject and the cue that takes it.
MAX_DOER_GAP = 30
#: Fewest words a "Name: …" line says ("وزير الخارجية: الوضع هادئ").
MIN_HEADLINE_WORDS = 2
#: Tokens past the voice limit that an apposition set off by a comma may take.
MAX_APPOSED = 10
#: Voices a sentence's first verb may have that can go on to state something.
_DOER_KINDS = frozenset(
    {
        SourceKind.ORGANIZATION,
        SourceKind.GOVERNMENT_BODY,
        SourceKind.OUTLET,
        SourceKind.AGENCY,
        SourceKind.OFFICIAL,
        SourceKind.ANONYMOUS,
    }
)
#: Tokens after a relative clause's own plural subject within which its complementiser
#: stands ("التي يقول مقاتلون محليون إنها"), and the fewest letters of such a plural.
MAX_OWN_SUBJECT_LEAD, MIN_PLURAL_SUBJECT = 4, 5
#: Most words of the place an office is in, before a name set off by commas.
MAX_PLACE_WORDS = 4
#: Endings of an adjective after a record ("شهري", "ميدانية" folded with ة as ه).
_ADJECTIVE_ENDINGS = ("ي", "يه")
#: "وسبق لفلان أن قال": the verb "سبق", and the most tokens between it and "أن".
_PRECEDED = folded("سبق")
MIN_PRECEDED_AT, MAX_PRECEDED_TOKENS = 3, 12
#: Most words of an occasion between a verb and its subject ("في المؤتمر الصحفي المشترك").
MAX_OCCASION_WORDS = 4
#: Most words of a bare name between كان and its verb with no قد ("وكان سالم العلي قال").
MAX_BARE_PLUPERFECT = 2
#: Most Latin letters' names a medium's name is spelled out in ("إم إس إن بي سي").
MAX_SPELLED = 5
#: Prepositions that open the topic a sentence's speaker goes on to: "وحول الموعد، أكد …".
_TOPIC_PREPOSITIONS = folded("حول عن بشأن بخصوص")
#: Fewest tokens of such a topic with its comma, before the verb.
MIN_TOPIC_TOKENS = 3
#: Prepositions and particles that open a topic or a time, never a subject: "وحول الأمر الذي
#: …، قال", "وفي الاجتماع الذي …، أكد".
#: "during", right after a verb: "قال أثناء زيارته للمحافظة إن …" (when he spoke).
_DURING_IT = folded("أثناء اثناء")
_NOT_A_SUBJECT = folded("حول عن في من على إلى الى مع بعد قبل خلال منذ عند لدى بشأن إثر عقب أما")
#: Fewest tokens before a credit that trails its content ("…، بحسب «كال فاير».").
MIN_TRAILED_TOKENS = 4
#: Fewest letters of a future verb ("سيحضر") and a present one ("يحضر") read by shape.
MIN_FUTURE_VERB, MIN_PRESENT_VERB = 5, 4
#: Fewest characters of a voweled passive present ("يُتوقع" with its damma).
MIN_PASSIVE_LETTERS = 5
#: "على" and the name "علي", folded alike.
_ALA = fold("على")
#: The preposition على as written, before folding makes it the given name علي.
_ALA_WRITTEN = "على"
#: Fewest letters of a noun with "his" ("اتهامه"); shorter words in ه are names ("طه").
MIN_HIS_NOUN = 5
#: Shorter nouns with "his" that an act takes as its object: "قدم فلان شكره", "أبدى فلان أسفه".
_SHORT_HIS_OBJECTS = folded("شكره أسفه أمله رأيه دعمه حزنه")
#: Words inside a name that the next word belongs to: "بن", "آل", "أبو".
_NAME_LINKS = folded(
    """
    بن بنت آل أبو ابو أم عبد
    """
)
#: Tokens of a lead after "أضاف"'s subject within which a short quoted name, then an
#: indefinite noun, is a thing added, not words said ("… عبر الإنترنت «ملفاتي» خاصية").
ADDED_QUOTE_STEPS = 3
#: Letters of the shortest noun read as an object after a quoted name ("خاصية"); shorter
#: words are particles ("في", "عن", "مع").
MIN_OBJECT_LETTERS = 3
#: "ونشر حديثا أن …": "recently" right after a verb; inside a title it stays ("المعين حديثا").
_RECENTLY = folded(
    """
    حديثا حديثاً
    """
)
#: "في وقت سابق/لاحق": a time phrase that may stand between a verb and its subject.
_SOME_TIME = folded("وقت")
_TIME_SIDES = folded("سابق لاحق متأخر مبكر")
#: "قبل أيام (قليلة)", "منذ ساعات": how long ago, between a verb and its subject.
_AGO = folded("قبل منذ")
_DURATIONS = folded(
    """
    ساعة ساعتين ساعات يوم يومين أيام أسبوع أسبوعين أسابيع شهر شهرين أشهر سنة سنتين سنوات عام
    عامين أعوام
    """
)
_FEW = folded("قليلة قليل قلائل")
#: The verb of "he added" that also adds things: "أضافت الشركة خاصية جديدة".
_ADDING = "أضاف"
#: The participle that only says words follow: "قائلا".
_SAYING = "قائل"
#: Every title that may head a person's name.
_TITLES = lx.OFFICIAL_TITLES | lx.PERSON_TITLES
#: "على حد تعبير/قول فلان": the words are the named voice's.
WORDS_OF_LEMMA = "على حد تعبير"
#: "حسب كلام الطبيب", "وفق رواية الشاهد": the words of the one named after them (or in ل:
#: "بحسب تصريح لخبير").
_SPEECH_OF = folded("كلام رواية تصريح تصريحات أقوال تأكيدات شهادة شهادات")
#: His phrasing, saying, comment or view, always in construct with him ("بحسب تعبير السفير",
#: "حسب قول المراسل", "بحسب تصوّر فلان"): never a man called "تعبير", and a ل after them is
#: his name's ("تصوّر لافين"). Plurals such as "توقعات": voices._WORDS_OF_HOLDER.
_WORDS_IN_CONSTRUCT = folded("تعبير قول تصور تعليق")
#: "تصريحات أدلى بها فلان": the statements someone gave.
_GAVE = folded("أدلى أدلت")
_WORDS_OF = folded(
    """
    تعبير قول وصف
    """
)
#: Objects that point back at the previous sentence: "أوضح ذلك مدير البلدية أن …", "صرح
#: بذلك المتحدث …" (not "بهذا": "وأوضح بهذا الخصوص" says in what regard).
_BACK_REFERENCES = folded(
    """
    ذلك هذا بذلك
    """
)
_OBJECT_PRONOUNS = frozenset(
    fold(w) for w in "له لها لهم لهما لكم لك لنا لي عليه عليها عليهم علينا عليك".split()
)
#: "أكد بشكل قاطع أن …", "أعلن بصورة رسمية", "نفت بشدة": a manner phrase after the verb,
#: never its subject.
_MANNER_PREFIXES = tuple(
    fold(w) for w in "بشكل بصورة بوضوح بحزن بشدة بجلاء بصراحة بعفوية بحزم بنسبة".split()
)
#: "تؤكد بما لا يقبل الشك أن …": "in a way that", a manner clause, never the subject.
_IN_A_WAY = fold("بما")
#: What a denial denies when it opens right after the verb ("ونفى صحة ما تردد", "ونفى وجود
#: أي خلاف", "نفى أي علاقة"): the object, never the subject; the voice is the speaker already
#: named, and the words denied are the content.
_DENIED_OBJECTS = folded(
    """
    صحة وجود احتمال ارتكاب تورط قيام حدوث امتلاك علاقة مسؤولية نية سعي أي أية مشاركة علمه
    الادعاءات ادعاءات الأنباء أنباء الشائعات شائعات الإشاعات إشاعات المزاعم مزاعم
    الاتهامات اتهامات الأخبار أخبار القبض التقارير تقارير الخبر النبأ الشائعة الإشاعة
    التهم تهم التكهنات تكهنات الأقاويل أقاويل المعلومات معلومات
    """
)
#: "مدير الهيئة، التابعة للرابطة، فلان، إن": an aside on the body between title and name.
#: Words tying a group to a body after them with ل: "وسائل إعلام تابعة لحركة …".
_TIED_TO = folded("تابع تابعة تابعون تابعين موالية موالون موالين مقربة مقربون مقربين")
_AFFILIATED = folded(
    """
    التابع التابعة المعني المعنية
    التابعون التابعين المنتمي المنتمية المنتمون المنتمين
    """
)

#: Forms of نقل that mean "carried" when إلى follows at once ("ونقل إلى المستشفى").
_CARRIED = folded(
    """
    نقل نقلت نقلوا
    """
)

#: Calls and demands that open a sentence: their doer speaks the subject-less cue after them
#: ("طالب فلان بقمة عاجلة، معتبرا أن …", "ودعا فلان إلى الحوار. وقال إن …").
_CALLS = frozenset(fold(w + ending) for w in "طالب دعا حث أوصى".split() for ending in ("", "ت"))

#: Words that open a time or a manner between commas, not a name ("، صباح اليوم،").
_NOT_A_NAME_START = folded(
    """
    يوم صباح مساء ظهر فجر ليلة أمس خلال عقب بعد قبل منذ حتى عبر وفق وفقا حسب بحسب بشكل بصورة
    نقلا تعليقا ردا أيضا كذلك وهو وهي وهم في من على الى إلى عن مع لدى
    """
)

#: "لكنه أكد أيضا أن …": "but he" opens a new clause of the same speaker before its verb.
_BUT_HE = folded(
    """
    لكنه لكنها لكنهم ولكنه ولكنها ولكنهم
    """
)

#: Words right before a verb that open a clause of its own, as a comma does: "…، لكنه أكد",
#: "قال فلان إن السوق هادئة فيما أكد التاجر سالم العلي أن الأسعار ارتفعت", "…، وبدوره أكد
#: اللاعب خالد السالم أن …": another voice speaks, and the content before ends there.
_NEW_CLAUSE_WORDS = _BUT_HE | folded(
    """
    فيما بينما وبينما بدوره بدورها وبدوره وبدورها
    """
)
#: "حيث" (where, as), a new clause only after a comma (see _where_after_comma).
_WHERE = folded("حيث")
#: "إذ" (as, since), a new clause only after a comma, with a subject and what it said close
#: by (see _where_after_comma).
_AS = folded("إذ اذ")
#: "إلا أنه أكد …": the pronoun on "أن" after a "however" (_HOWEVER) is the one who speaks.
_THAT_HE = folded("أنه أنها أنهم انه انها انهم")


def _however_he_before(tokens: Sequence[Token], i: int) -> bool:
    """ "…، إلا أنها أكدت أنها سترد …", "غير أنه قال إن …" (however he said): the verb at i
    opens a clause of its own after the "however" and its pronoun, as after "لكنه"."""
    return i > 1 and tokens[i - 1].norm in _THAT_HE and _strip_conj(tokens[i - 2].norm) in _HOWEVER


#: "فلان، وهو شقيق الضحية، إن": a pronoun opening an apposition in a lead.
_APPOSITION_PRONOUNS = folded(
    """
    وهو وهي وهم هو هي
    """
)
#: "كشف النقاب عن", "كشف الستار عن": the veil lifted is the verb's object.
_VEILS = folded(
    """
    النقاب الستار اللثام
    """
)
#: Words of a title that a ل-phrase may complete: "مدير عام للشركة", "رئيس تنفيذي للبنك".
_PORTFOLIO_WORDS = folded(
    """
    عام تنفيذي تنفيذية عامة سابق سابقة مساعد إقليمي
    """
)
#: Relative pronouns opening a clause about the voice: "التقرير الذي أصدرته الأمانة، أن".
_RELATIVE_PRONOUNS = folded(
    """
    الذي التي الذين اللذان اللتان والذي والتي والذين
    """
)
#: "في تصريح إلى «الوادي»", "في اتصال مع «الوادي»": prepositions before a quoted carrier.
#: What a team or player holds, set after its name: "نادي الساحل بطل الدوري", "وصيف البطل".
_TITLE_HOLDERS = folded("بطل وصيف حامل")
#: Words before "مع" among which the occasion of a talk with a medium stands ("مقابلة خاصة").
OCCASION_BEFORE_WITH = 2
_TO_WITH = folded(
    """
    إلى الى مع
    """
)
#: "مستندة إلى …", "استنادا إلى …": the voice rests on a source named after it.
_RESTING_ON = folded(
    """
    مستندا مستندة مستندين مستندون استنادا
    """
)
#: Title abbreviations written with a full stop: "د. الهاشمي", "م. الهاشمي".
_ABBREVIATED = folded(
    """
    د م أ
    """
)
#: A preposition with a pronoun after a verb: "كلمة قال فيها إن …", never a voice.
#: "البيان الذي أصدرته الوزارة": a verb naming who issued the document (its object).
_ISSUING_VERBS = folded(
    """
    أصدره أصدرته أصدرها وزعه وزعته وزعها
    """
)
#: "التقرير الذي أعدته الهيئة", "الدراسة التي أجراها المركز": a verb naming who prepared the
#: document, its author as much as its issuer.
_PREPARING_VERBS = folded(
    """
    أعده أعدته أعدها أعدتها أعدوه أعدوها أجراه أجرته أجراها أجرتها أجروها
    """
)
#: "البيان الذي نشرته الوكالة", "بثه التلفزيون": a verb naming who put the document out, a
#: carrier of words whose author may be named elsewhere.
_PUBLISHING_VERBS = folded(
    """
    نشره نشرته نشرها نشرتها بثه بثته بثها بثتها أورده أوردته أوردها أوردتها
    """
)

#: "اللاعب البالغ من العمر 30 عاما": an age after a voice, never part of it.
_AGED = folded(
    """
    البالغ البالغة
    """
)
#: The words an age phrase may hold between البالغ and its number: "من العمر".
_AGE_FILLERS = folded(
    """
    من العمر عمره
    """
)
#: The unit that closes an age phrase: "30 عاما", "40 سنة".
_AGE_UNITS = folded(
    """
    عاما عام سنة سنوات أعوام عامًا
    """
)
#: An age phrase is at most this many tokens: "البالغ من العمر 30 عاما".
MAX_AGE_TOKENS = 5

_PRONOUN_OBJECTS = folded(
    """
    فيه فيها فيهم فيهما عنه عنها عنهم منه منها منهم إليه إليها اليه اليها
    """
)
#: Honorifics written as a pronoun: "وأكد سموه", "وأوضح معاليه": the person spoken of before.
#: "أول من أمس" (the day before yesterday), folded: a time phrase, though من is in it.
_DAY_BEFORE_YESTERDAY = tuple(fold(w) for w in ("أول", "من", "أمس"))
#: The verb of writing ("وكتب فلان في مدونته أن …"), and the most words between its subject and
#: the complementiser opening what was written (see _written_that).
_WRITING = fold("كتب")
MAX_WRITTEN_LEAD = 10
#: Where a writer wrote, named in his lead before a quotation with no colon: "وكتب فلان في
#: مجلة …"، "… في مقال …"، "… على موقع …" (a medium, a document or an occasion after the word).
_WRITTEN_IN = folded("في على عبر")
_WRITTEN_MEDIA = lx.OUTLET_HEADS | lx.OCCASIONS | lx.DOCUMENT_HEADS
#: Words that make "أن" after them a term or a purpose, not a statement: "على أن", "إلى أن".
_BEFORE_TERMS = folded("على علي إلى الي حتى بعد قبل منذ")
#: "يمكن أن", "يجب أن": a modal and its verb, no statement opening.
_MODAL_BEFORE_THAT = folded("يمكن يجب ينبغي لابد يمكنه يمكنها")
#: "أمس الأول" (the day before yesterday), the other order of "أول من أمس": أمس, then الأول.
_YESTERDAY_FORMS = folded("أمس امس")
_FIRST_AFTER_YESTERDAY = folded("الأول الاول")
#: The agreement lexicon gives a first-person verb (نقول، أؤكد): the writer speaks.
_WRITER = "1"
#: The warning participle ("محذرا", "محذرة"), whose content may be a noun phrase after من.
_WARNING = "محذر"
#: Participles that may open a sentence of their own with a noun phrase for content, and the
#: verb whose noun-phrase readings they share: "… . مشيرا إلى ارتفاع الأسعار" (as "أشار
#: إلى ارتفاع …"), "… . مشددا على أهمية التعاون" (as "شدد على أهمية …").
_OPENING_PARTICIPLE_VERBS = {"مشير": "أشار", "لافت": "لفت", "مشدد": "شدد", "مؤكد": "أكد"}
#: The participle of describing: its content is the thing described and what it is called
#: ("…، واصفا الخطة بأنها طموحة"), read from the word after it.
_DESCRIBING_PARTICIPLE = "واصف"
#: Participles whose content is their object, read from the word after it as the describing
#: one's: "…، منتقدا بطء الإجراءات" (criticising), "…، منددا بالهجوم" (condemning).
_OBJECT_PARTICIPLES = frozenset((_DESCRIBING_PARTICIPLE, "منتقد", "مندد"))
#: The participle of accusing: its content is the accused and the charge ("…، متهما
#: المعارضة بنشر الشائعات"), read from the word after it.
_ACCUSING_PARTICIPLE = "متهم"
#: The farthest a complementiser after such a participle makes it an aside of a verb's lead.
MAX_ASIDE_LEAD = 30
#: "آل", folded: the family's name follows it.
_FAMILY = fold("آل")
#: "أيها القارئ", "يا أخي": the one addressed, never the subject of a report.
_VOCATIVES = folded(
    """
    أيها أيتها يا
    """
)
_HONORIFIC_PRONOUNS = folded(
    """
    سموه سموها معاليه معاليها سماحته فخامته جلالته جلالتها سعادته سيادته فضيلته
    """
)
#: "واستطرد بقوله «…»": "by his saying" leads the words said; the speaker is the one before.
_BY_SAYING = folded(
    """
    بقوله بقولها بقولهم بقولهما بالقول
    """
)
#: "بهذا الصدد", "بهذه المناسبة", "بهذا الشأن": a topic or occasion between voice and words.
_ON_THIS = folded(
    """
    بهذا بهذه
    """
)
#: Indefinite nouns of reports and unnamed sources that an unmarked relative clause with a
#: reporting verb may follow: "بعد تقارير ذكرت أن …", "وسط أنباء تحدثت عن …".
_REPORT_NOUNS = folded(
    """
    تقارير أنباء معلومات مصادر تسريبات شائعات روايات أخبار
    """
)
#: Words that embed such a noun in the clause before: "بعد تقارير", "وسط أنباء", "من مصادر".
_EMBEDDING_WORDS = folded(
    """
    بعد وسط من عن رغم مع إثر اثر عقب
    """
)
#: "تقارير صحفية غربية ذكرت": adjectives between the noun and the verb, at most.
MAX_UNMARKED_ADJECTIVES = 3
#: The topic or occasion nouns after "بهذا/بهذه": "بهذا الصدد", "بهذه المناسبة".
_THIS_MATTER = folded(
    """
    الصدد الشأن الخصوص المناسبة الموضوع القضية الملف
    """
)
#: Name particles that fold like a complementiser: "فان" (van, as in "يوهان فان دام").
_NAME_PARTICLES = folded(
    """
    فان
    """
)
#: The speaker's own talk, the object of "اختتم/ختم" before "بقوله": "واختتم المدرب سالم العلي
#: حديثه بقوله: …" is the coach; his talk is not part of his name.
_OWN_SPEECH = folded(
    """
    حديثه حديثها كلمته كلمتها تصريحه تصريحها تصريحاته تصريحاتها كلامه كلامها لقاءه لقاءها
    مداخلته مداخلتها بيانه بيانها رده ردها
    ورقته ورقتها إجاباته إجاباتها اجاباته اجاباتها رسالته رسالتها محاضرته محاضرتها خطبته
    خطبتها
    """
)
#: Words between a participle cue and its complementiser: "مشيرا إلى أن", "مؤكدا سموه أن".
_PARTICIPLE_LEAD = _LINKERS | lx.PRONOUN_NOUNS | _HONORIFIC_PRONOUNS
#: Voices that speak in a relative clause after their name ("فلان الذي قال"); a body there is
#: more often a thing's owner ("عرضت على اللجنة التسجيلات التي تبين أن").
_PEOPLE_KINDS = frozenset({SourceKind.PERSON, SourceKind.OFFICIAL, SourceKind.ANONYMOUS})
#: "يدعى"/"تدعى" spelt with alef maqsura is "is called", not "claims" (يدعي), which folds alike.
_NAMING = folded(
    """
    يدعي تدعي
    """
)
#: "قال تعالى", "يقول سبحانه": a verse of scripture follows, not a statement to check.
_SCRIPTURE = folded(
    """
    تعالى سبحانه عز جل
    """
)
#: Words of a date besides the month and the numbers: "في الثالث من آب", "يوم 12 مايو".
_DATE_WORDS = folded("في من يوم عام العام مطلع منتصف أواخر أوائل نهاية بداية")
#: Day ordinals written as words ("في الثالث من آب").
_ORDINALS = folded(
    """
    الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي عشر العشرين
    الحادي والعشرين الثلاثين
    """
)
#: The words of a date alone after a credit ("في الثالث من آب", "في مارس الماضي"), with the
#: digits and a month's name.
_DATE_ONLY_WORDS = _DATE_WORDS | _ORDINALS | lx.ADVERBS
#: "رسول الله", "النبي": with the blessing after them, the Prophet, whose words are scripture.
_PROPHET = folded("رسول النبي الرسول المصطفى نبينا")
#: "بسورة النساء", "في سورة": a verse cited by its sura.
_IN_A_SURA = folded("سورة بسورة")
#: Last words of the formulas after God's or the Prophet's name ("سبحانه وتعالى", "عز وجل",
#: "صلى الله عليه وسلم").
_FORMULA_ENDS = folded("تعالى سبحانه جل وسلم")
#: Most tokens between the Prophet's name and the blessing, or the formula and the verb.
MAX_BLESSING_LEAD = 4
#: Words after "علي" that show it is the preposition على: "علي ما", "علي ضرورة", "علي أهمية".
_NOT_ALI_NEXT = folded(
    """
    ما من هذا هذه ذلك تلك ضرورة أهمية حد لسان
    """
)
#: Verbs of emphasis whose content may be a noun of stance or event, bare or after على: "أكد
#: الوزير حرص الحكومة على …", "شدد على أهمية دور الصندوق".
_EMPHASIS_VERBS = frozenset(("أكد", "شدد"))
#: The complementiser that may follow "عن" of a verb taking a noun phrase ("كشف عن أن …").
_THAT_AFTER_AN = folded("أن أنه أنها أنهم")
#: Most words from the start of a content to a demonstrative that names what was said before
#: ("عدم صحة تلك الأنباء").
MAX_POINTER = 3
#: "عدم" (the absence of): "أكد عدم وجود …", "شدد على عدم صحة …" open what is stressed.
_NOT_BEING = fold("عدم")
#: Nouns of stance that open such a content: what the voice holds to, supports or stresses.
_STANCE_NOUNS = folded(
    """
    حرص وقوف التزام تضامن دعم استعداد رغبة عزم أهمية ضرورة تعرض جاهزية متانة حاجة رفض
    """
)
#: Verbs of saying whose words may follow with no complementiser: "وقال نحن …".
_SAYING_VERBS = frozenset(("قال", "أضاف", "تابع", "أكد", "أوضح"))
#: Words that open such words: a first-person pronoun, "هناك", a negated "there is", "لقد"
#: ("وقال المتحدث فلان لقد حرصنا …"), "we have" ("وأضاف لدينا خطة …") and the passive
#: auxiliaries of a report ("وأضاف تم ضبط …", "وقال جرى إخلاء …").
_BARE_OPENERS = folded(
    """
    هناك هنالك نحن أنا انا ليس ليست لسنا لست لقد
    لدينا تم جرى
    """
)
#: The longest label or figure set off in quotation marks inside bare words said ("تم اختيار
#: مركز «قياس»").
MAX_QUOTED_LABEL_WORDS = 3
#: "لا" opens them only before "يوجد"/"توجد": "وقال لا يوجد أي دليل".
_THERE_IS = folded(
    """
    يوجد توجد
    """
)
#: Nouns that describe a person after the name: "صاحب شركة", "ممثل شركة", "الفائز بلقب".
_DESCRIPTION_HEADS = folded(
    """
    صاحب صاحبة ممثل ممثلة الفائز الفائزة طالب طالبة مؤسس مؤسسة
    """
)
#: First letters of an imperfect verb (third person): "يؤكد", "تشدد".
_IMPERFECT_PREFIXES = ("ي", "ت")
#: Marks that break a clause (a full stop before a space: "إيه.بي.سي" is a name): a
#: quotation holding one is words said, not a name.
_QUOTED_BREAKS = ("،", ",", "؛", ". ", "؟", "!", ":")
_CONTINUATIONS = folded(
    """
    وأن وأنه وأنها وأنهم وإن وإنه
    """
)
#: "، ويأمل خبراء أن …": a hope or a fear with its own subject, coordinated after a comma,
#: opens a clause of its own (no cue: a hope is no claim), so the content before ends there.
_HOPE_CLAUSES = folded(
    """
    ويأمل وتأمل ويخشى وتخشى ويتمنى وتتمنى ويرجو وترجو
    """
)
#: Words between such a verb and its complementiser: the subject ("خبراء", "مسؤولو الشركة").
MAX_HOPE_SUBJECT = 4
#: "، وكانت الوزارة قد أعلنت …": the pluperfect tells what happened before, in the writer's
#: voice; its subject has at most this many words before "قد".
_PLUPERFECT = folded(
    """
    وكان وكانت وكانوا
    """
)
MAX_PLUPERFECT_SUBJECT = 7
#: Groups of people in construct that a verb addresses with ل: "أكد لأعضاء النادي …" (no
#: subject carries ل; with the article, "للأعضاء", any such word is addressed).
#: Relatives a speaker may tell something, as written before a pronoun ("زوجت" + "ه").
_KIN = lx.KIN_STEMS
#: "عليه", "عليها": what the paper saw or got, before or after the paper's name.
_ON_IT = folded("عليه عليها")
#: "على نسخة منه": the paper got a copy of it.
_ON_A_COPY = (fold("على"), fold("نسخة"))
_OF_IT = folded("منه منها")
#: "علمت «الوادي» أن …": what a paper learnt, with no source it learnt it from, is its own word.
_LEARNING = "علم"
#: Unnamed sources whose paper may follow in quotation marks: "مصادر «الوادي»".
_SOURCE_HEADS = folded("مصادر مصدر")
#: Marks that enclose a medium's name after "لـ" when no quotation is read there: "لـ(الوادي)",
#: and "لـ”الوادي”" in papers that write the closing mark on both sides.
_NAME_BRACKETS = {"(": ")", "”": "”"}
#: The closing quotation mark some papers also write to open a name: "نادي ” الفجر ”".
_CLOSING_MARK = "”"
#: "بـ", "لـ" written apart before the paper: "مصادر خاصة بـ «الوادي»".
_TO_THE_PAPER = folded("ب ل")
#: Words that tie a quotation to the sources as their affiliation ("مصدر في «الشركة»").
_NOT_SOURCE_WORDS = _LINKERS | _TO_THE_PAPER
#: How a paper came by a document it cites: "إحصائية اطلعت «الوادي» على نسخة منها", "تقرير
#: حصلت عليه الصحيفة"; the verb opens a clause about the paper, no word of the document's name.
_OBTAINED = folded("اطلعت اطلع اطّلعت حصلت حصل تلقت تلقى")
#: Who the reporters told are: "لصحفيين يرافقون الوزير", "للصحافيين المسافرين معه".
_ACCOMPANYING = folded("يرافقون المرافقين يسافرون المسافرين الذين")
#: A leader's followers, with his pronoun after ل: "لأنصاره", "لأتباعها", "لمؤيديهم".
_FOLLOWERS = folded("أنصار أتباع مؤيدي")
_ADDRESSED_GROUPS = folded(
    """
    أعضاء أهالي مواطني مواطنين طلاب لاعبي ممثلي مسؤولي موظفي
    ذوي أسرة أسر عائلة عائلات جنود أفراد منسوبي أولياء زوار
    شباب أبناء طلبة
    """
)


#: The public a warning is addressed to, right after the warner: "وحذرت الإدارة العامة للمرور
#: الإخوة المواطنين من …" (the directorate warns; "الإخوة المواطنين" is no part of its name).
_WARNED_PEOPLE = folded(
    """
    الإخوة المواطنين المواطنات المقيمين الأهالي السكان الجمهور المتنزهين المصطافين الزوار
    """
)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _addressed_group(norm: str) -> bool:
    """A group of people after ل, addressed by the verb: "لأعضاء", "للأعضاء", "لمواطني"."""
    if norm.startswith("لل"):
        return norm[2:] in _ADDRESSED_GROUPS
    if norm[:1] != "ل":
        return False
    if any(norm.endswith(p) and norm[1 : -len(p)] in _FOLLOWERS for p in lx.POSSESSIVE_PRONOUNS):
        return True  # "وقال الزعيم فلان لأنصاره إن …": his supporters, whom he told
    return norm[1:] in _ADDRESSED_GROUPS or _kin_with_pronoun(norm[1:])


def _counted_crowd(norm: str) -> bool:
    """ "لعشرات", "لمئات", "لآلاف" (to tens, hundreds, thousands of …): a crowd told, after
    ل ("وقال الوزير فلان لعشرات الحاضرين: …"), never part of the speaker's name."""
    return norm[:1] == "ل" and norm[1:] in _CROWD_COUNTS


#: Counts of a crowd, folded: "عشرات", "مئات", "آلاف".
_CROWD_COUNTS = folded("عشرات مئات آلاف")


def _kin_with_pronoun(norm: str) -> bool:
    """ "والديها", "زوجته", "شقيقه": a relative with his or her pronoun; after ل, the one
    told ("وقالت لوالديها إنها …"), never the speaker."""
    return any(norm.endswith(p) and norm[: -len(p)] in _KIN for p in lx.POSSESSIVE_PRONOUNS)


#: "، علما بأن …" (noting that): the writer adds a fact of his own after a comma.
_NOTING = folded(
    """
    علما علماً
    """
)
#: "، بينما أشاد المتطوع فلان بـ…": "while" and another person's act close the content before.
_WHILE = folded("بينما وبينما فيما")
#: First letters of a present or future verb ("يتعين", "سيصل"), no past act of another.
_NOT_PAST = frozenset("يس")
#: Most words from the verb to the given name of the one who acts ("أكد المتحدث الرسمي
#: لوزارة الداخلية اللواء فلان").
MAX_DOER_WORDS = 6
_WRITER_OPENERS = _HOPE_CLAUSES | _PLUPERFECT | _NOTING | _WHILE
#: Those words after a comma, in the raw text: only a sentence that has them is searched.
_WRITER_HINT = re.compile(
    r"[،,]\s*(?:و(?:كان|[يت](?:[أا]مل|خش[ىي]|تمن[ىي]|رجو))|علما|و?بينما|فيما)"
)


#: كان/كانت before a body's name: the gender its later verbs agree with.
_FEMININE_BEING = {fold("كانت"): "f", fold("وكانت"): "f"}


def _named_kind(subject: Mention | None) -> bool:
    """An official named by a title alone, which may still be waiting for his name."""
    return subject is not None and subject.kind is SourceKind.OFFICIAL and not subject.descriptor


def _np_content_doer(subject: Mention | None, cue: lx.Cue) -> bool:
    """A verb that takes a noun phrase, with a named body or person as its subject: only then
    does a bare verbal noun after the subject open what it announced ("وكان وصوله إلى السلطة
    قد أكد تنامي …" has an event, no voice, for subject)."""
    return cue.lemma in lx.NP_CONTENT_VERBS and subject is not None and subject.kind in _NP_DOERS


_NP_DOERS = frozenset(
    {
        SourceKind.GOVERNMENT_BODY,
        SourceKind.ORGANIZATION,
        SourceKind.OFFICIAL,
        SourceKind.PERSON,
        SourceKind.ANONYMOUS,
        SourceKind.AGENCY,
        SourceKind.OUTLET,
        None,
    }
)


def _agrees(actor: Mention, raw: RawAttribution) -> bool:
    """A body read as the opening actor ("وكانت الوزارة قد …") speaks only through a cue of its
    gender: "مشيرا" after it is the man named before, not the ministry (nor after a body the
    registry names, its kind still unread: "وأوقفت المنظمة …، مشيرا"). A plural cue is never
    one man named in full: "فيما وجه الأمير فلان …، استنكر عدد من المسؤولين …، مشيرين إلى
    أن …" is the officials' (or no one's), not the prince's."""
    if raw.gender == "p" and actor.kind in _PEOPLE_KINDS and _one_named(actor):
        return False
    if actor.gender == "p" and actor.kind is SourceKind.ANONYMOUS and raw.gender in ("m", "f"):
        return False  # "علق خبراء على القرار. وقال …": one man, not the experts ("وقالوا")
    if actor.kind not in BODY_KINDS | {None} or actor.gender not in ("m", "f"):
        return True
    return raw.gender not in ("m", "f") or raw.gender == actor.gender


@slot_init
@dataclass(frozen=True, slots=True)
class _Spot:
    """A cue found at token index ``i`` of a sentence."""

    i: int
    cue: lx.Cue
    #: True when the cue opens a new clause (و/ف prefix or a comma before it).
    clause_start: bool


#: Fewest letters of a noun with its pronoun ("بيانه"; "إيه", the letter A, is none).
MIN_POSSESSED_LETTERS = 4


def _definite_group(norm: str) -> bool:
    """A definite noun that may name a body or a group ("المعارضة", "الحكومة"), not a time
    ("الأسبوع", "مايو")."""
    bare = strip_article(norm)
    return bare != norm and bare not in WORDS.time_units and bare not in WORDS.months


def _without_lam(token: Token) -> Token:
    """The word after its ل ("لفلان" → "فلان"); ل before the article drops its alif, so
    "للناطق" → "الناطق"."""
    if token.norm.startswith("لل"):
        return Token("ا" + token.text[1:], token.start + 1, token.end, "ا" + token.norm[1:])
    return Token(token.text[1:].lstrip("ـ"), token.start + 1, token.end, token.norm[1:])


def _record_word(norm: str) -> bool:
    """ "بيان", "خطاب", "بتصريح": a record or speech, also after ب ("بتصريح منسوب لفلان")."""
    return _occasion_noun(norm) or (norm[:1] == "ب" and _occasion_noun(norm[1:]))


def _record_with_who(tokens: Sequence[Token], j: int) -> bool:
    """A definite record with "الذي"/"التي" and its authoring verb after it: "البيان الذي
    أصدره فلان، وقال فيه …" (the author follows the verb)."""
    norm = tokens[j].norm
    if not norm.startswith("ال") or not _occasion_noun(norm[2:]) or j + 2 >= len(tokens):
        return False
    return tokens[j + 1].norm in _WHO and tokens[j + 2].norm in _AUTHORING


def _past_aside_comma(tokens: Sequence[Token], end: int) -> int:
    """The index after a comma that opens a relative clause on a document ("وقال التقرير، الذي
    أعدته الهيئة: …"), else end as it is."""
    if end + 1 < len(tokens) and tokens[end].text in "،," and tokens[end + 1].norm in _WHO:
        return end + 1
    return end


def _publishes_its_own(voice: Mention) -> bool:
    """A body, no medium, that put a document out ("الأرقام التي نشرتها الوزارة"): it
    published its own figures or report, so it is their author and not a carrier."""
    return voice.kind in BODY_KINDS


def _full_name(voice: Mention) -> bool:
    """A person's name of two words or more opening with a given name ("…، كما قال سامر
    القيسي."), not a bare word that may have swallowed an object ("كما أعلنت البلاد الحداد")."""
    words = voice.surface.split()
    return len(words) > 1 and given_name(fold(words[0]))


def _kin_told_of(voice: Mention) -> bool:
    """A voice named by one kin noun and its pronoun ("…، كما قال والده."): the kin of the
    one the sentence tells of, no bare word that may have swallowed an object."""
    words = voice.surface.split()
    return len(words) == 1 and possessed_kin(fold(words[0]))


def _tied_to_body(name: str) -> bool:
    """An unnamed voice's name ties it to a body after its head: "مصدر في الوزارة", "مسؤول
    بالهيئة", "مصادر من الحزب", "مسؤول لدى الشركة"."""
    return any(w in _TIES_OF_UNNAMED or w.startswith(("بال", "لل")) for w in name.split()[1:])


#: Prepositions that tie an unnamed voice to its body ("مصدر في الوزارة").
_TIES_OF_UNNAMED = frozenset({"في", "من", "لدى", "داخل"})
#: Kinds of voice that issue statements an unnamed voice may read out.
_ISSUING_BODIES = frozenset({SourceKind.GOVERNMENT_BODY, SourceKind.ORGANIZATION})


def _honorifics_only(descriptor: str) -> bool:
    """A descriptor of honorifics alone: "المهندس", "الشيخ الدكتور"."""
    words = descriptor.split()
    return bool(words) and all(fold(word) in HONORIFIC_TITLES for word in words)


def _ranks_only(descriptor: str) -> bool:
    """A descriptor of a military or police rank alone: "الرائد", "العقيد الركن"."""
    words = descriptor.split()
    return bool(words) and all(fold(word) in _RANKS for word in words)


#: Ranks of the forces, which say of an officer his grade and not his post.
_RANKS = lx.RANKS
#: "his", "her", "their" after a plural in ات ("مساهماته", "احتياجاتها").
_THEIR_PLURAL = ("اته", "اتها", "اتهم", "اتهما", "اتهن")
#: Plurals in ات whose owner speaks through them ("بحسب تصريحاته", "بحسب معلوماتنا" is the
#: paper's own): "according to", not "depending on".
_SAID_PLURALS = folded(
    """
    تصريح معلوم تقدير توقع حساب احصاء احصائي بيان تحليل قراء تقرير رواي تغريد تدوين ملاحظ
    دراس مقابل
    """
)


def _measured_by_own(norm: str) -> bool:
    """A plural in ات with "his"/"their" after بحسب that no one speaks through: "مكافآت بحسب
    مساهماته", "المساعدات بحسب احتياجاتها" (depending on them; not "بحسب تصريحاته")."""
    ending = next((e for e in _THEIR_PLURAL if norm.endswith(e)), None)
    if ending is None:
        return False
    stem = norm[: -len(ending)]
    return len(stem) >= MIN_MEASURE_STEM and stem not in _SAID_PLURALS


#: Letters of the shortest stem read so ("قدر" in "قدراته").
MIN_MEASURE_STEM = 3


def _possessed(token: Token) -> bool:
    """An indefinite noun written with "his"/"her"/"their" (its ه is no ة): "شكواه", "رسالتها"."""
    text = token.text
    return (
        len(text) >= MIN_POSSESSED_LETTERS
        and not token.norm.startswith("ال")
        and text.endswith(lx.POSSESSIVE_PRONOUNS)
    )


#: Fewest letters of "و", a noun and "ه" ("وحرصه").
MIN_JOINED_POSSESSED = 5


def _joined_possessed(token: Token) -> bool:
    """A second noun with "his" joined by و ("وامتنانه", "وتقديره"): the word before it was a
    noun with his pronoun too, not the name a title heads (names in ه, "عبدالله", "طه",
    are not followed so). A word whose و is its first root letter and whose ه is a folded ة
    ("وزارة", "وكالة" in "وكيل وزارة الصحة فلان") is a noun of the title, no pronoun."""
    norm = token.norm
    return (
        len(norm) >= MIN_JOINED_POSSESSED
        and norm.startswith("و")
        and norm.endswith("ه")
        and not _written_ta_marbuta(token.text)
    )


#: Short vowels, shadda, sukun and tatweel a word may end in after its last letter.
_WORD_END_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"


def _written_ta_marbuta(text: str) -> bool:
    """The word is written with a final ة (before any short vowel or tatweel after it)."""
    return text.rstrip(_WORD_END_MARKS).endswith("ة")


#: Sort keys for bisect (a token's start, a spot's token index, a quotation's opening), as
#: C-level getters: bisect calls its key on every item it probes, and index_at runs often.
_token_start = itemgetter(Token._fields.index("start"))
_spot_index = attrgetter("i")
_quote_open = itemgetter(0)


def _inside(quotes: Sequence[tuple[int, int]], offset: int) -> bool:
    """True when offset is strictly inside one of the quotations (sorted and disjoint)."""
    k = bisect_left(quotes, offset, key=_quote_open)
    return k > 0 and quotes[k - 1][0] < offset < quotes[k - 1][1]


def _occasion_noun(norm: str) -> bool:
    """ "بيانا", "تصريحا", "بيان", "الرسائل": an occasion noun, accusative or not, or a plural
    of letters or speeches ("وجه فلان عددا من الرسائل قال فيها")."""
    return norm in lx.OCCASIONS or norm.removesuffix("ا") in lx.OCCASIONS or norm in _MESSAGES


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _strip_conj(norm: str) -> str:
    """Drop a و/ف conjunction, unless the word itself is a cue or head ("وفق", "وكالة")."""
    if norm[:1] not in _CONJUNCTION_LETTERS:
        return norm  # most words: no conjunction, and no call to make
    return drop_conjunction(norm, keep=_KEEP_WHOLE)


_CONJUNCTION_LETTERS = frozenset(CONJUNCTIONS)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _event_noun(norm: str) -> bool:
    """An event noun opening a noun-phrase content: "مقتل", "العثور", "وإطلاق", and with its
    pronoun: "أعلن المدرب استقالته من منصبه" (his resignation)."""
    if norm in lx.NP_CONTENT_HEADS or strip_article(norm) in lx.NP_CONTENT_HEADS:
        return True
    if norm in lx.NP_CONSTRUCT_HEADS or _strip_conj(norm) in lx.NP_CONSTRUCT_HEADS:
        return True
    if any(
        norm.endswith(pronoun) and norm[: -len(pronoun)] + restored in lx.NP_CONTENT_HEADS
        for pronoun, restored in _EVENT_PRONOUNS
    ):
        return True
    return _own_event_noun(norm)


def _own_event_noun(norm: str) -> bool:
    """An event noun with no ة and of more than three letters, with the pronoun of its doer:
    "أعلنت اللاعبة انسحابها من البطولة", "أعلن رئيس النادي توصله إلى اتفاق" (what the voice
    tells of itself). Three letters are left ("رفضه", "فتحه", "عزمه"): a stance or a plan, or a
    verb with its object."""
    stem = next((norm[: -len(p)] for p in _OWN_PRONOUNS if norm.endswith(p)), "")
    return len(stem) > MIN_OWN_EVENT_LETTERS and stem in lx.NP_CONTENT_HEADS


def _only_own_event(norm: str) -> bool:
    """An event noun only with its doer's pronoun ("ترشحه"), not in the table as it stands:
    "الوحيد الذي أعلن ترشحه" tells of him, and is no relative report."""
    return _own_event_noun(norm) and norm not in lx.NP_CONTENT_HEADS


#: Possessive pronouns on an event noun with no ة, longest first.
_OWN_PRONOUNS = ("هما", "هم", "ها", "ه")
#: The most letters of an event noun too short to take its doer's pronoun (``_own_event_noun``).
MIN_OWN_EVENT_LETTERS = 3


#: Possessive pronouns on an event noun ending in ة (folded), which is written ت before them,
#: and the letter restored when they go ("استقالته" → "استقالة"). Nouns with no ة ("فتحه",
#: "رفعه") are left: with a pronoun they are as often a verb with its object.
_EVENT_PRONOUNS = (("تهم", "ه"), ("تها", "ه"), ("ته", "ه"))


#: The shapes of the verbal nouns of derived verbs, in folded letters: استفعال, افتعال, انفعال,
#: إفعال, تفعيل, تفاعل (``voices.DERIVED_NOUN``), and here also مفاعلة ("استسلام", "اعتقال",
#: "انسحاب", "إخفاق", "تنفيذ", "تضاعف", "مداهمة"), and استفالة of hollow roots ("استجابة",
#: "استقالة").
_DERIVED_NOUN = re.compile(f"{DERIVED_NOUN.pattern}|م.ا..ه")
#: Nouns of the shape مفاعلة that name a thing, not an act: "أمين محافظة جدة" (a province),
#: "مباراة", "مسابقة", "مناسبة".
_THINGS_SHAPED_AS_ACTS = folded("محافظة مباراة مسابقة مناسبة")


def _derived_noun(norm: str) -> bool:
    """A word shaped like the verbal noun of a derived verb (``_DERIVED_NOUN``)."""
    return _DERIVED_NOUN.fullmatch(norm) is not None and norm not in _THINGS_SHAPED_AS_ACTS


def _denied_event(norm: str) -> bool:
    """A verbal noun a denial takes as its object, as _pointed_event reads one ("نفى المصدر
    استهداف الحي"), or such a noun with its pronoun ("نفى اللاعب انتقاله"). A word whose first
    letters are the article is none ("العام" has the shape of "افعال")."""
    if _pointed_event(norm):
        return True
    stem = next((norm[: -len(p)] for p in ("ها", "ه") if norm.endswith(p)), "")
    return len(stem) > MIN_DERIVED_LETTERS and _derived_noun(stem)


#: "نقلا عنه", "نقلا عنها": quoting the one named before.
#: "إياه": the object pronoun standing alone after a participle ("متهما إياه بـ…").
_HIM = folded("إياه إياها إياهم إياهما")
#: "another one", "others": no accuser named.
_ANOTHER = folded("آخر آخرون آخرين الآخر الآخرون أخرى")
#: Relative pronouns: a clause on the accuser or the accused hides where each ends.
_WHO_OF_ACCUSED = folded("الذي التي الذين اللذين اللتين اللاتي")
#: Words that open a clause of another voice or of the writer after a comma, ending what an
#: accusation charges: "…، إلا أن الحكومة تنفي …", "…، بينما …", "…، في حين …".
_AFTER_CHARGE = _CLAUSE_OPENERS | _BUT_HE | folded("إلا الا وإلا")
#: The farthest the charge of an accusation opens after its accuser's first word: an
#: accuser and an accused of a few words each ("واتهم وزير الداخلية فلان الخطيب حركة فلان
#: بالوقوف …").
MAX_ACCUSATION_LEAD = 12
#: The fewest letters of a verbal noun in ب with no article that may be a charge ("بدعم").
MIN_CHARGE_LETTERS = 3
#: "بأنه", "بأنها", "بأن": what a describing verb says its object is follows.
_AS_THAT = folded("بأنه بأنها بأنهم بأن بانه بانها بانهم بان")
#: Those of them whose pronoun refers back to what is described: "وصف الاتفاق بأنه".
_AS_IT = _AS_THAT - folded("بأن بان")
#: "ووصف الحادث أنه …": "that it" without ب after what is described.
_THAT_IT = folded("أنه أنها أنهم انه انها انهم")
#: "ووصف هؤلاء المعارضين بأنهم …": the demonstrative opens what is described.
_THESE = folded("هؤلاء هذه هذا تلك ذلك")
#: Openings of "بحسب ما نقلت عنه …", "وفق ما": followed by ما and a verb of quoting.
_AS_WHAT = folded("بحسب حسب وفق وفقا")
#: "على" folded (as "علي" is): the preposition a verb such as "شدد" takes before "أن".
_ON_FOLDED = fold("على")
#: "قول" (a saying), carried as a relaying verb's object: "نقلت الوكالة قول الوزير إن …".
_SAYING_NOUN = fold("قول")
#: Words after "قول" that name no one: "نقل قول في …", "قول له".
_SAYING_STOPS = folded("في من عن على الى إلى له لها لهم ما هذا هذه")
#: The passive "نُقل" (or "نقل" with no subject), as written with no vowels.
_RELAYED = fold("نقل")
#: "هذا الأسبوع", "هذه الليلة": a demonstrative before a span of time is when, no name.
_THIS_TIME = folded("هذا هذه")
_SPANS = folded("الأسبوع الاسبوع الشهر العام الصباح المساء الليلة")
#: "لم تسمه", "لم يسمها": the medium did not name the voice (folded verb stems).
_NOT_NAMING = ("تسم", "يسم")
#: "لم تحددها", "لم يذكرها": nor did it say who they are (the verb with its pronoun, for
#: "لم يحدد موعدا" and "لم يذكر السبب" say nothing of a voice).
_NOT_IDENTIFYING = frozenset(
    fold(verb + pronoun)
    for verb in ("تحدد", "يحدد", "تذكر", "يذكر")
    for pronoun in ("ه", "ها", "هم")
)
#: Verbs that open a request not to be named: "طلب عدم ذكر اسمه", "فضل عدم الكشف عن هويته".
_ASKED_UNNAMED = folded(
    """
    طلب طلبت فضل فضلت رفض رفضت اشترط اشترطت رافضا رافضة مفضلا مفضلة طلبوا فضلوا رفضوا
    تحفظ تحفظت
    """
)
#: The first words, with and without و/ف, of a clause saying a voice is unnamed.
_UNNAMED_OPENERS = frozenset(
    f"{conjunction}{word}" for conjunction in ("", "و", "ف") for word in {"لم", *_ASKED_UNNAMED}
)
#: A voice's name or identity in a clause saying it is withheld: "اسمه", "هويتها".
_NAME_NOUNS = ("اسم", "هويت", "هويات")
#: Most words of such a clause: "لم يكشف عن اسمه", "طلب عدم الكشف عن هويته".
MAX_UNNAMED_CLAUSE = 4
#: Heads of unnamed voices that name one person or source, not a group ("مصدر", "شاهد").
_SINGLE_HEADS = folded(
    """
    المصدر مصدر مصدرا شاهد ضابط عضو مندوب دبلوماسي مسؤول مسؤولا مسئول مسئولا معلومات انباء
    """
)
#: Broken plurals of people who speak as a group in reporting ("وطالب خطباء المنابر …،
#: مشيرين"), with and without the article; a sound plural is known by its shape instead.
_PEOPLE_PLURALS = folded(
    " ".join(
        f"{article}{word}"
        for article in ("", "ال")
        for word in """
        خطباء مشايخ شيوخ شعراء أعضاء أصحاب أقارب وجهاء أعيان نواب كتاب نقاد أئمة دعاة قادة
        فقهاء أدباء أطباء خبراء علماء مثقفون طلاب عمال أهالي سكان تجار نشطاء قيادات
        """.split()
    )
)
#: Letters of the shortest sound plural of people read as a group's head ("محللون"), and of
#: one in construct ("منظمو"): shorter words in ون or و are often names.
MIN_PEOPLE_PLURAL = 6
MIN_PEOPLE_CONSTRUCT = 5
#: Letters of the stem of a sound plural of people in the shape فاعل or فعّال ("ناشطون").
PEOPLE_STEM_LETTERS = 4


def _people_plural(norm: str) -> bool:
    """A plural of people that opens a group: a broken plural of the table, a sound plural in
    ون ("مزارعون", "المستثمرون", "يمنيون") or one in construct that opens in م
    ("منظمو", "متمردو"), and "ذوو" (the kin of)."""
    if norm in _PEOPLE_PLURALS or norm == "ذوو":
        return True
    bare = norm[2:] if norm.startswith("ال") else norm
    if bare.endswith("ون") and len(bare) >= MIN_PEOPLE_PLURAL:
        stem = bare[:-2]
        return stem.startswith("م") or stem.endswith("ي") or len(stem) == PEOPLE_STEM_LETTERS
    return (
        bare == norm
        and bare.endswith("و")
        and bare[:1] == "م"
        and len(bare) >= MIN_PEOPLE_CONSTRUCT
    )


def _several_people(voice: Mention) -> bool:
    """A voice read as several people: agreeing as a plural, opened by a plural of people or
    an unnamed plural head ("أقارب الصيادين", "بعض التجار"), by a dual ("الوزيران",
    "اقتصاديان"), or two named and joined by و ("فلان الفلاني وعلان العلاني")."""
    if voice.gender == "p":
        return True
    words = fold(voice.surface).split()
    if not words:
        return False
    first = words[0]
    if _people_plural(first) or (first in lx.ANONYMOUS_HEADS and first not in _SINGLE_HEADS):
        return True
    if first in lx.GROUP_QUANTIFIERS and len(words) > 1:
        return True
    if _dual_of_people(first):
        return True
    return any(_second_person_joined(word) for word in words[1:])


#: Letters of the shortest dual of people ("الوزيران", "سياسيان"): shorter words in ان are
#: often names ("سلمان") or places.
MIN_PEOPLE_DUAL = 7


def _dual_of_people(norm: str) -> bool:
    """A dual of people: a title or a nisba in ان with the article ("الوزيران", "المسؤولان")
    or a nisba in يان without it ("اقتصاديان")."""
    if len(norm) < MIN_PEOPLE_DUAL or not norm.endswith("ان"):
        return False
    if norm.startswith("ال"):
        return norm[2:-2] in lx.OFFICIAL_TITLES or norm[2:-2] in lx.ANONYMOUS_HEADS
    return norm.endswith("يان")


def _second_person_joined(norm: str) -> bool:
    """A word in و that opens a second person after the first: a given name ("وخالد"), a
    title ("والمدير", "ونائبه")."""
    if norm[:1] != "و" or len(norm) < MIN_JOINED_NAME:
        return False
    rest = norm[1:]
    return given_name(rest) or rest in lx.OFFICIAL_TITLES or rest.startswith("نايب")


#: Letters of the shortest word in و that opens a second name ("وعلي").
MIN_JOINED_NAME = 4


#: A group's own side before its act: "من جهتهم، طالب …", "بدورهم، …".
_THEIR_SIDE = folded("جهتهم جانبهم ناحيتهم")
_BY_THEIR_PART = folded("بدورهم وبدورهم")


def _after_their_side(tokens: Sequence[Token]) -> int:
    """The index after "من جهتهم،" / "بدورهم،" opening a sentence (a group's side, then
    its act: "من جهتهم، طالب الموظفون …، مؤكدين أن …"), else 0."""
    if len(tokens) > 3 and tokens[0].norm in ("من", "ومن") and tokens[1].norm in _THEIR_SIDE:
        return 3 if tokens[2].text in "،," else 0
    if len(tokens) > 2 and tokens[0].norm in _BY_THEIR_PART and tokens[1].text in "،,":
        return 2
    return 0


#: Endings of the plural adjectives after a group's head: "ناشطون محليون", "سكان محليين".
_PLURAL_ADJECTIVES = ("يون", "يين", "ون", "ين")
#: Words that govern the noun after them in a voice's phrase: "الناطق باسم …", "لشؤون …".
_GOVERNING = folded(
    """
    باسم لشؤون شؤون
    """
)
#: Letters of the shortest derived verbal noun a pronoun may be stripped from ("انتقال").
MIN_DERIVED_LETTERS = 4
#: The most words between a comma and a verb that opens a clause after them (``_verb_after_lead``).
MAX_VERB_LEAD = 2
#: Prepositional nouns shaped as verbal nouns ("أثناء" as افعال), folded: never an act.
_NO_ACTS = _DURING_IT | folded("أعقاب")
#: Words of time that close such a lead: "وحتى الآن", "واليوم", "وأمس".
_LEAD_TIMES = folded("الآن اليوم أمس امس لاحقا لاحقاً سابقا سابقاً مؤخرا مؤخراً")


def _pointed_event(norm: str) -> bool:
    """A noun after "أشار/لفت إلى" that opens a noun-phrase content: an event noun, or a
    verbal noun in construct, shaped like a derived verb's ("أشار إلى استسلام عشرات المسلحين",
    "لفتت إلى تضاعف الأسعار"); a definite noun ("إلى الجهود") is a topic, not a claim."""
    if _event_noun(norm) or not _derived_noun(norm):
        return _event_noun(norm)
    # "إلقاء", "التزام" begin with the letters of the article; "الاستسلام" has it.
    return not (norm.startswith("ال") and _derived_noun(norm[2:]))


def _body_qualifier(norm: str) -> bool:
    """A word that goes on with a body quoted by its short name, before its head's name: an
    adjective or a place ("التطوعي", "الوادي") or where it stands ("بالمنطقة"); not a time
    ("اليوم")."""
    bare = norm[1:] if norm.startswith("بال") else norm
    return bare.startswith("ال") and len(bare) > MIN_DEFINITE_NISBA and norm not in lx.ADVERBS


#: Nouns of news that a voice confirms, with the event after them: "أكد مصدر نبأ اعتقال …";
#: and of what a voice explains of it: "أوضحت الإدارة ملابسات وفاة عامل …" (never part of its
#: name).
_NEWS_OF = folded(
    """
    نبأ خبر أنباء ملابسات تفاصيل
    """
)


def _news_of_event(norm: str, nxt: str) -> bool:
    """ "نبأ اعتقال …", "خبر وفاة …": the news of an event, the content of a verb that takes a
    noun phrase ("أكد مصدر أمني نبأ اعتقال السائق": the source confirms, "نبأ" is not his)."""
    return norm in _NEWS_OF and _pointed_event(nxt)


def _stressed(norm: str, verb: lx.Cue) -> bool:
    """A noun of stance or event opening the content of a verb of emphasis: "حرص", "أهمية"."""
    if verb.lemma not in _EMPHASIS_VERBS:
        return False
    bare = strip_article(norm)
    return (
        norm in _STANCE_NOUNS or bare in _STANCE_NOUNS or _event_noun(norm) or _owned_stance(norm)
    )


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _owned_stance(norm: str) -> bool:
    """A noun of stance with "his"/"its"/"their": one in ة ("أكد الأطباء حاجته إلى …",
    "أكدت الإدارة جاهزيتها لـ…", ة written ت before the pronoun), or one of the few with no
    ة that are nouns there ("أكدت الشركة حرصها على …"); "دعمه" is left, as in
    _EVENT_PRONOUNS: as often a verb with its object."""
    if any(
        norm.endswith(pronoun) and norm[: -len(pronoun)] + restored in _STANCE_NOUNS
        for pronoun, restored in _EVENT_PRONOUNS
    ):
        return True
    return any(
        norm.endswith(p) and norm[: -len(p)] in _OWNED_STANCES for p in lx.POSSESSIVE_PRONOUNS
    )


#: Nouns of stance with no ة that take "its"/"his" as nouns, not as a verb's object: "أكدت
#: الشركة حرصها على …", "التزامه بـ…", "أكد النادي تمسكه باللاعب" ("دعمه" is left: as
#: often "supported him").
_OWNED_STANCES = folded("حرص التزام استعداد عزم تضامن تصميم إصرار تمسك رفض")
#: "حرصها", "حرصهم", "حرصه": lx.POSSESSIVE_PRONOUNS, longest first.


def _named_outlet(voice: Mention | None) -> bool:
    """An outlet named, not referred back to ("الوادي", not "الصحيفة"); a quoted name the
    registry knows ("«الوادي»") is one too."""
    if voice is None or voice.anaphor:
        return False
    quoted = voice.surface[:1] in OPENING_QUOTES
    return voice.kind is SourceKind.OUTLET or (voice.kind is None and quoted)


#: The most words an estimate's object takes before its figure ("عدد الأشخاص الذين دفنوا في
#: المقبرة بنحو مليون شخص").
MAX_ESTIMATE_OBJECT = 14
#: Marks that end the clause an estimate's figure must stand in.
_ESTIMATE_BREAKS = frozenset("،.؛:؟!")
#: Prepositions after an estimate's voice that open who it is or where it spoke, not the
#: quantity: "وقدر مختصون في بيع العطور …".
_ESTIMATE_LEAD_WORDS = folded("في من على عن خلال لدى")


def _estimate_figure(tokens: Sequence[Token], j: int) -> bool:
    """A figure in ب at token j: "بنحو", "بحوالي", "بما بين", "بـ583", "بـ (2,464)"."""
    norm = tokens[j].norm
    if norm in lx.ESTIMATE_FIGURES:
        return True
    after = next((t for t in tokens[j + 1 : j + 3] if t.is_word), None)
    if norm == "بما":
        return after is not None and after.norm in lx.ESTIMATE_AFTER_BIMA
    if norm == "ب":
        return after is not None and after.norm[:1].isdigit()
    return len(norm) > 1 and norm[0] == "ب" and norm[1].isdigit()


def _shown_by_document(voice: Mention | None) -> bool:
    """ "أظهرت بيانات/دراسة/نتائج المسح أن …": only a document's findings are reported with
    "أظهر" ("أظهر اللاعب أنه جاهز" and "تظهر الصورة" report nothing)."""
    return voice is not None and voice.kind is SourceKind.DOCUMENT


def _plain_speaker(voice: Mention | None) -> bool:
    """A subject that surely names a speaker before words said with no complementiser: none
    (the verb's own), or one that is no bare unknown word ("قالت وصلت أنا …" is words said)."""
    if voice is None or voice.kind is not SourceKind.PERSON:
        return True
    words = fold(voice.name).split()
    return len(words) > 1 or words[0].startswith("ال") or given_name(words[0])


def _bi_content(norm: str) -> bool:
    """A word in ب that opens a noun-phrase content: "بمقتل", "بوجود", not "بعد" or "بن"."""
    return (
        len(norm) >= MIN_BI_CONTENT_LETTERS
        and norm[0] == "ب"
        and norm not in lx.NOT_BI_CONTENT
        and norm not in lx.COMPLEMENTISERS
        and norm not in _OWN_BA_HEADS
        and not _in_place(norm)
    )


def _in_place(norm: str) -> bool:
    """ "بمحافظة الشمال", "بالوزارة": where the voice works, part of a title ("أفاد رئيس
    اللجنة بمحافظة الشمال المهندس فلان بأن …"), no noun-phrase content."""
    noun = norm[1:]
    return (
        strip_article(noun) in _PLACE_NOUNS or noun in lx.BODY_HEADS or "ال" + noun in lx.BODY_HEADS
    )


#: Places a title names after ب: "رئيس البلدية بمدينة …", "مدير التعليم بمنطقة …".
_PLACE_NOUNS = folded(
    """
    محافظة منطقة مدينة ولاية إقليم مقاطعة بلدة قرية حي
    """
)


def _words_open(tokens: Sequence[Token], k: int) -> bool:
    """A colon or an opening quotation mark stands at token k: the words said open there."""
    return k < len(tokens) and (tokens[k].text == ":" or tokens[k].text in OPENING_QUOTES)


def _spot(tokens: Sequence[Token], quotes: Sequence[tuple[int, int]]) -> list[_Spot]:
    """Find the cue words of a sentence that are not inside a quotation."""
    spots: list[_Spot] = []
    # Few tokens are cue words: they are picked out before the per-cue checks below, with no
    # Python-level step per token.
    for i in compress(count(), map(_SPOT_FORMS.__contains__, map(_norm_of, tokens))):
        tok = tokens[i]
        norm = tok.norm
        if not tok.is_word or (quotes and _inside(quotes, tok.start)):
            continue
        if i and tokens[i - 1].norm in _NOTHING_SAID_AFTER:
            # "ولم تعلن أي جهة مسؤوليتها": nothing was said; "في نفي الخبر", "بعد نفي الوزير":
            # the verbal noun, not the verb; "طلب عدم نشر اسمه": a request not to speak; "هل
            # تؤكد وجود نقص؟": asked, not said; "إذا كشف الفحص عن التهاب": a case supposed.
            continue
        if _after_modal(tokens, i):
            continue  # "ويمكن باختصار ذكر الجهات": the verbal noun after "can", nothing said
        if _after_from_or_whoever(tokens, i):
            continue  # "تمكنت الشرطة من كشف هوية الجاني", "هناك من يرى أن …": no one named speaks
        if i + 1 < len(tokens) and tokens[i + 1].norm == _CERTAINTY and norm == _KNEW:
            continue  # "يعلم علم اليقين أن": knows for certain (a verbal noun), tells no one
        if i > 1 and tokens[i - 1].norm == _OR_WORD and tokens[i - 2].norm in _CONFIRM_OR_DENY:
            continue  # "رفض إثبات أو نفي ما تردد": confirm or deny, neither was said
        if _or_confirm_after(tokens, i):
            continue  # "رفضت الوزارة نفي أو تأكيد الأنباء": deny or confirm, neither was said
        if i > 1 and tokens[i - 1].norm == "لا" and tokens[i - 2].norm in _THIS:
            continue  # "وهذا لا ينفي وجود …": the writer reasons; nobody is reported
        bare = _strip_conj(norm)
        prev = tokens[i - 1].text if i else ""
        clause_start = i == 0 or bare != norm or prev in "،,؛;:"
        clause_start = clause_start or (i > 0 and tokens[i - 1].norm in _NEW_CLAUSE_WORDS)
        # "و قال": the conjunction written apart opens a clause as "وقال" does
        clause_start = clause_start or (i > 0 and tokens[i - 1].text in CONJUNCTIONS)
        clause_start = clause_start or _where_after_comma(tokens, i)
        clause_start = clause_start or _on_his_part_before(tokens, i)
        clause_start = clause_start or _while_before(tokens, i)
        clause_start = clause_start or _however_he_before(tokens, i)
        if norm == "بين" and not clause_start and _between(tokens, i):
            continue  # "أغلبية بين سكانها", "ما بين": "between", no "بيّن"
        joined = bare != norm or (i > 0 and tokens[i - 1].text in CONJUNCTIONS)
        if bare == "بين" and joined and (_between_pair(tokens, i) or _between_two(tokens, i)):
            continue  # "العهد الذي بينه وبين التنظيم": "and between", no "وبيّن"
        nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        if nxt in _VOCATIVES:
            continue  # "واعلم أيها الأخ أن …": an imperative to the one addressed, no report
        cue = _reading(bare, nxt, tokens, i)
        if cue is not None and _negated_present(tokens, i, cue):
            continue  # "لا أحد ينكر حاجتنا", "التاريخ لا يكذب": nothing was said
        if cue is not None and _subjunctive(tokens, i, cue):
            continue  # "لا يستحي أن يقول مهلا": what one may say, nothing was said
        if cue is not None and cue.cls is lx.CueClass.VERB and _categorical(nxt):
            continue  # "تضمن نفيا قاطعا": the verbal noun and its adjective, no dual verb
        if cue is not None and cue.cls is lx.CueClass.VERB and tok.text.endswith("ً"):
            continue  # "يسعى كذباً وبهتاناً": a noun with tanween, how one acts, no verb
        if cue is not None and bare in _AMOUNTS_TO and not _complementiser_near(tokens, i):
            continue  # "تبلغ احتياطيات النفط 500 مليار برميل": it amounts to, no one informs
        if cue is not None and cue.cls is lx.CueClass.VERB and _voweled_passive(tok.text):
            continue  # "الحصار الذي يُتوقع أن …", "يُعتقد أن": passive, no one is named
        if i and tokens[i - 1].norm in _LET:
            continue  # "دعوه يقول لنا متى …": let him say, nothing was said
        if cue is not None and _denial_noun_after_preposition(tokens, i, cue):
            continue  # "وفي نفي واضح لما تردد": the verbal noun, no one denies here
        if cue is not None and _name_withheld_after_on(tokens, i):
            continue  # "مسؤول تحفظ على ذكر اسمه": declined to be named, no one mentions here
        if cue is not None and cue.lemma == _GOING_ON and not _words_open(tokens, i + 1):
            continue  # "واصل الفريق تدريباته": goes on doing; only "وواصل: «…»" goes on saying
        if (
            cue is not None
            and cue.cls is lx.CueClass.VERB
            and i
            and tokens[i - 1].norm in _RELATIVES
        ):
            also = _strip_conj(tokens[i - 1].norm) == "كما" and (
                i == 1 or tokens[i - 2].text in "،,؛;:." or _as_closing(tokens, i)
            )
            if not also and not _time_clause(tokens, i) and not _relative_report(tokens, i):
                continue  # "ما يؤكد …", "الذي أعلنه …": a relative clause, not a report
            # "كما أكد الوزير أن …" opening a clause is "also", not "as": a report.
            clause_start = True
        if cue is not None and cue.gender == _WRITER:
            continue  # "ونقول لقد …" outside any quotation: the writer's own voice, no report
        if cue is not None and cue.lemma in _OBJECT_PARTICIPLES and not _describes(tokens, i):
            continue
        if cue is not None and cue.lemma == _ACCUSING_PARTICIPLE and not _describes(tokens, i):
            continue  # "ضبط خمسة متهمين", "القبض على 20 متهما بالسرقة": the noun, no comma
        if cue is not None and cue.lemma == lx.BLAMING and not _blame_after(tokens, i):
            continue  # "حمل الراية", "تحمل المسؤولية" (bears it), "يحمل توقيع …": no blame
        if (
            cue is not None
            and cue.lemma in _ACCUSING_VERBS
            and i
            and tokens[i - 1].norm in _WHO_OF_ACCUSED
        ):
            continue  # "الهيئة التي اتهمت العام الماضي …": a clause on a voice, none read
        if cue is not None:
            spots.append(_Spot(i, cue, clause_start))
    return spots


#: "أعلن": a verb whose object, a verbal noun of any derived verb, is what was announced.
_ANNOUNCING = "أعلن"
#: "في الوقت الذي": "at the time when", a conjunction of time before a clause of its own.
_TIME_NOUN = fold("الوقت")
_IN = fold("في")


def _time_clause(tokens: Sequence[Token], i: int) -> bool:
    """The verb at token i follows "في الوقت الذي" (while): it opens a clause with its own
    subject ("…، في الوقت الذي قال فيه الوزير إن …"), not a relative clause on a noun; not
    right after a complementiser ("وأشارت إلى أنه في الوقت الذي تؤكد فيه الوزارة …": the
    clause is inside what the voice before says)."""
    return (
        i > 2
        and tokens[i - 1].norm == "الذي"
        and tokens[i - 2].norm == _TIME_NOUN
        and _strip_conj(tokens[i - 3].norm) == _IN
        and (i == 3 or tokens[i - 4].norm not in lx.COMPLEMENTISERS)
    )


def _spelled_acronyms(text: str, tokens: list[Token], known: Known) -> list[Token]:
    """The tokens, with each medium's name spelled out in Latin letters' names that holds "إن"
    (the letter N) made one word when the registry holds it as a medium ("سي إن إن"), so that
    its "إن" opens no content. The name read is exactly the run joined: neither the run
    without its first nor without its last name is one ("قال إن سي إن إن نشرت" joins three)."""
    if not _letters_adjoin(tokens) or not _NEAR_N.search(text, tokens[0].start, tokens[-1].end):
        return tokens  # most sentences: no letter's name beside an "إن"
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        run = k
        while run < len(tokens) and run - k < MAX_SPELLED and tokens[run].norm in lx.LETTER_NAMES:
            run += 1
        size = next(
            (
                end - k
                for end in range(run, k + 1, -1)
                if _spelled_name([t.norm for t in tokens[k:end]], known)
            ),
            0,
        )
        if size:
            start, end = tokens[k].start, tokens[k + size - 1].end
            norm = " ".join(t.norm for t in tokens[k : k + size])
            out.append(Token(text[start:end], start, end, norm, True))
            k += size
            continue
        out.append(tokens[k])
        k += 1
    return out


def _letters_adjoin(tokens: Sequence[Token]) -> bool:
    """Two tokens side by side are letters' names, as every name _spelled_acronyms joins has:
    told in C, before _NEAR_N (whose search tries each of its branches at every character)."""
    norms = list(map(_norm_of, tokens))
    if _OTHER_LETTERS.isdisjoint(norms) and norms.count(lx.LETTER_N) < 2:
        return False  # (most sentences: no two can adjoin, told by two scans)
    letters = list(map(lx.LETTER_NAMES.__contains__, norms))
    return any(map(and_, letters, islice(letters, 1, None)))


#: The letters' names but N's.
_OTHER_LETTERS = lx.LETTER_NAMES - {lx.LETTER_N}


def _letter_forms(norm: str) -> str:
    """A folded letter's name as the text may write it: its alif with or without hamza."""
    return "[اأإآ]" + re.escape(norm[1:]) if norm[:1] == "ا" else re.escape(norm)


#: A Latin letter's name written beside "إن" (either side): only a sentence with one may
#: spell out a medium's name (``_spelled_acronyms``); one search in C, where reading every
#: token took a tenth of a second per thousand articles.
_NEAR_N = re.compile(
    r"(?<!\w)(?:{0})\s+[اأإ]ن(?!\w)|(?<!\w)[اأإ]ن\s+(?:{0})(?!\w)".format(
        "|".join(_letter_forms(n) for n in sorted(lx.LETTER_NAMES - {lx.LETTER_N}))
    )
)


def _spelled_name(names: list[str], known: Known) -> bool:
    """The letters' names, holding N, are a medium's name whole (a look-up finds any part)."""
    return (
        lx.LETTER_N in names
        and known(names, True, media=True)
        and not known(names[1:], True, media=True)
        and not known(names[:-1], True, media=True)
    )


def _describes(tokens: Sequence[Token], i: int) -> bool:
    """The describing participle at token i opens a clause of its own: after a comma, and not
    between a verb's subject and its complementiser ("وقال فلان، واصفا الأزمة بالمفتعلة، إن
    …": an aside of that lead, whose comma and complementiser come before the sentence ends)."""
    if i == 0 or tokens[i - 1].text not in "،,":
        return False
    for k in range(i + 1, min(len(tokens) - 1, i + MAX_ASIDE_LEAD)):
        if tokens[k].text in "،," and tokens[k + 1].norm in lx.COMPLEMENTISERS:
            return False
    return True


def _categorical(norm: str) -> bool:
    """An adjective in the accusative that qualifies a verbal noun of saying ("نفيا قاطعا",
    "تأكيدا رسميا"): no verb's subject has this shape."""
    return norm in _CATEGORICAL


#: "مطلع" (informed) after an unnamed voice's head, which takes what it knows after على:
#: "مصادر مطلعة على الملف" ("مقرب من الوزير" is read with the voice).
_INFORMED = folded("مطلع مطلعة مطلعه مطلعون مطلعين")
_INFORMED_OF = fold("على")

#: First letters of a verb in the present ("يؤكد", "تعلن"); a past cue that takes a noun
#: phrase ("أكد", "أعلنت", "نفى", "كشف") opens with none of them.
_PRESENT_PREFIXES = frozenset("يت")

#: "قاطعا", "تاما": how flat a denial or an assurance was.
_CATEGORICAL = folded("قاطعا تاما باتا شديدا صريحا")


def _on_his_part_before(tokens: Sequence[Token], i: int) -> bool:
    """ "…، من جهته قال فلان: …": "من جهته" after a comma opens another speaker's clause,
    as "فيما" does; the content before it ends there."""
    if i < 3 or tokens[i - 1].norm not in lx.PRONOUN_LEADS or tokens[i - 2].norm != "من":
        return False
    return tokens[i - 3].text in "،,؛;"


def _while_before(tokens: Sequence[Token], i: int) -> bool:
    """ "…، في حين قال فلان إن …", "…، في وقت أكدت فيه مصادر أن …": "في حين" (whereas) and "في
    وقت" (at a time when) open another voice's clause, as "فيما" does; the content before it
    ends there."""
    if i < 2:
        return False
    return (_strip_conj(tokens[i - 2].norm), tokens[i - 1].norm) in _WHILE_PAIRS


def _where_after_comma(tokens: Sequence[Token], i: int) -> bool:
    """ "…، حيث أوضح المهندس فلان أن …": "حيث" (or "إذ", see _as_then_said) after a comma,
    then a verb and its subject, opens a clause of its own, as "فيما" does; the content before
    it ends there. With no subject ("، حيث أكد أنه …") the speaker may be one the sentence
    names in no cue; with an object first ("حيث كشفت ذلك كتب …") the subject is hard to tell
    from a verb."""
    if i < 2 or tokens[i - 2].text not in "،,؛;":
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not nxt.is_word or nxt.norm[:1] == "ل":
        return False  # ("، حيث يقول للصبي: …": whom he told; the speaker is not named)
    if tokens[i - 1].norm in _AS:
        return _as_then_said(tokens, i)
    return tokens[i - 1].norm in _WHERE and nxt.norm not in lx.COMPLEMENTISERS | _THIS


def _as_then_said(tokens: Sequence[Token], i: int) -> bool:
    """ "…، إذ أشار الوزير فلان أن …", "…؛ إذ تقول الحكومة إن …": after "، إذ" the verb at i
    has a subject (no preposition first) and "أن" or a quotation within a few words, a clause
    of another voice. Not "، إذ أشار إلى أن …" (the one who spoke goes on, unnamed), nor "،
    إذ لاحظت الفرق في الوزن وعند …" (a first person recounting, no "أن" close by)."""
    if _strip_conj(tokens[i + 1].norm) in _PREPOSITION_STEMS:
        return False
    for tok in tokens[i + 2 : i + 2 + MAX_DOER_WORDS]:
        if tok.norm in lx.COMPLEMENTISERS or tok.text in OPENING_QUOTES:
            return True
    return False


#: A spokesman's title, folded: "المتحدث الرسمي لـ«…»" may tell the paper (_body_of_title).
_SPOKESMEN = ("متحدث", "ناطق")
#: "الذي", "التي": who, opening a clause on the one named before it.
_WHO = folded("الذي التي")
#: Adjectives closing a title that still wants its body: "الرئيس التنفيذي", "الأمين العام".
_TITLE_ADJECTIVES = folded("التنفيذي الإعلامي المالي الرسمي الفني العام السابق المؤسس المنتدب")


#: Present forms of أبلغ (inform) that are far more often بلغ (amount to): "يبلغ عدد …".
_AMOUNTS_TO = folded("يبلغ تبلغ")
#: Tokens after such a form within which "أن" shows it informs ("يبلغ الوزير بأن …").
INFORM_REACH = 4


def _complementiser_near(tokens: Sequence[Token], i: int) -> bool:
    """A complementiser stands within INFORM_REACH tokens after token i."""
    return any(t.norm in lx.COMPLEMENTISERS for t in tokens[i + 1 : i + 1 + INFORM_REACH])


def _opens_with_verb(voice: Mention) -> bool:
    """The voice's words open with a present verb and go on ("يدور حول أحداث"): a clause read
    as a name, no voice (one word, "تونس", or a body's head, "تحالف …", may be one)."""
    words = [fold(w) for w in voice.surface.split()]
    if len(words) < 2 or _strip_conj(words[0]) in lx.BODY_HEADS:
        return False
    return _present_verb_like(words[0])


def _present_verb_like(norm: str) -> bool:
    """The folded word looks like a present or future verb, no name: "سيحضر", "يحضر" (a
    given name in ي, "يوسف", is a name)."""
    word = _strip_conj(norm)
    if word.startswith(("سي", "ست", "سن")) and len(word) >= MIN_FUTURE_VERB:
        return True
    return word[:1] in "يت" and len(word) >= MIN_PRESENT_VERB and not given_name(word)


def _voweled_passive(text: str) -> bool:
    """A present verb written with a damma on its prefix and the ت of a derived form after it:
    "يُتوقع", "يُعتقد", "تُعتبر" are passive ("is expected"), no one speaks; "يُشير", "يُؤكد"
    (a damma, but no such ت) are active."""
    word = text.lstrip("وف")
    if len(word) < MIN_PASSIVE_LETTERS or word[0] not in "يت" or word[1] != "\u064f":
        return False
    rest = word[2:].replace("\u064e", "").replace("\u0651", "")
    return rest[:1] == "ت" or rest[1:2] == "ت"


def _subjunctive(tokens: Sequence[Token], i: int, cue: lx.Cue) -> bool:
    """A present verb cue right after أن (or لن, كي): the subjunctive, what someone may, must
    or would say ("لا يستحي أن يقول مهلا", "يجب أن يعلن"), not what was said."""
    if not i or cue.cls is not lx.CueClass.VERB or tokens[i - 1].norm not in _SUBJUNCTIVE:
        return False
    if i > 1 and _strip_conj(tokens[i - 2].norm) in _AFTER_THAT:
        return False  # "بعد أن توقعت الوزارة …": a past act, told
    norm = _strip_conj(tokens[i].norm)
    lemma = fold(cue.lemma)
    # The present: "يقول", "تقول", "تتوقع" (not "توقعت", a perfect opening with ت)
    return norm[:1] == "ي" or (norm[:1] == "ت" and not norm.startswith(lemma))


#: "دعه", "دعوه": let him (say …), an imperative to the reader.
_LET = folded("دعه دعوه دعها دعوها دعهم دعوهم")
#: "بعد أن", "منذ أن": a perfect verb follows, what was said.
_AFTER_THAT = folded("بعد منذ")
#: Particles a present verb takes the subjunctive after ("أن" folds like "إن"; "لأن يقول",
#: for … to say, as "لكي").
_SUBJUNCTIVE = folded("أن ان كي لكي لأن")


def _record_head(norm: str) -> bool:
    """A record's head, also with ل or ب on it: "التقرير", "للتقرير", "لتقرير", "بتقرير"."""
    norm = _strip_conj(norm)
    if norm.startswith("لل"):
        norm = "ال" + norm[2:]
    elif norm[:1] in "لب" and norm not in lx.DOCUMENT_HEADS:
        norm = norm[1:]
    return norm in lx.DOCUMENT_HEADS


def _purpose_verb(norm: str) -> bool:
    """ "لتبين", "ليؤكد": ل before a present reporting verb, "so as to show", which opens a
    clause of purpose and is never a subject ("والوزارة إذ تعلن ذلك لتبين أن …")."""
    return norm[:1] == "ل" and norm[1:2] in "يت" and norm[1:] in _CUE_FORMS


def _purpose_clause_verb(norm: str, nxt: str) -> bool:
    """ل and a present verb before a definite subject ("ليعود المدرب …", "لتعلن الوزارة …"),
    not a name in ل ("ليلى"): the verb of a clause of purpose or consequence."""
    return (
        norm[:2] in _SO_AS_TO
        and len(norm) >= MIN_PURPOSE_VERB
        and nxt.startswith("ال")
        and not nxt.endswith("ي")  # "ليفربول الإنجليزي", "ليون الفرنسي": a club, a city
        and not given_name(norm)
    )


_SO_AS_TO = frozenset(("لي", "لت"))
#: Letters of the shortest such verb ("ليعود"); "ليلى", "ليث" are shorter names.
MIN_PURPOSE_VERB = 5


#: Fewest letters of an indefinite dual or plural after "بين" ("ثقافتين").
MIN_DUAL_LETTERS = 5


def _so_that_form(norm: str) -> bool:
    """ "فإن" or one of its forms with a pronoun ("فإنه", "فإنها"), folded."""
    return norm in lx.COMPLEMENTISERS and norm.startswith("ف")


def _between(tokens: Sequence[Token], i: int) -> bool:
    """ "بين" at i mid-clause is "between" when "ما" or "من" ("واحد من بين ستة", among)
    stands before it or a noun with "its"/"their" after it ("أغلبية بين سكانها"); "ووفقا
    للصحيفة بين المصدر أن" is the verb."""
    if _strip_conj(tokens[i - 1].norm) in {"ما", "من"}:
        return True  # ("ومن بين الأفكار": among them, with its conjunction)
    if i + 1 >= len(tokens) or not tokens[i + 1].is_word:
        return False
    after = tokens[i + 1]
    owned = after.text.endswith(("ها", "هم", "هما")) and len(after.text) > MIN_OWNED_LETTERS
    if owned and not given_name(after.norm):
        return True
    if after.norm in lx.COMPLEMENTISERS:
        return False  # "والوزير بين أن …": the verb after its subject
    if after.norm in _THESE:
        return True  # "ولا تفريق بين تلك الأسباب": between those; a subject has no demonstrative
    dual = after.norm.endswith(("تين", "ين")) and len(after.norm) >= MIN_DUAL_LETTERS
    if dual and not after.norm.startswith("ال") and not given_name(after.norm):
        return True  # "يزاوج بين ثقافتين": between two things
    # "إنهاء السباق بين الثلاثة الأوائل", "إعلان القاهرة بين المملكة ومصر": after a plain
    # definite noun, or before two things joined by و, it is "between".
    # (A subject before the verb has its complementiser soon: "وزير الخارجية بين في تصريح أن".)
    before = tokens[i - 1].norm
    # ("الخلاف بين السكان يتمثل في أن …": a complementiser after في is no one's words.)
    # ("الشقاق بين أبناء البلد وأن …": a complementiser after و opens a second clause of the
    # writer's, no lead of the verb.)
    said = any(
        tokens[j].norm in lx.COMPLEMENTISERS
        and tokens[j - 1].norm != "في"
        and not tokens[j].norm.startswith("و")
        for j in range(i + 1, min(len(tokens), i + MAX_BETWEEN_LEAD + 1))
    )
    if before.startswith("ال") and not said:
        return True
    return any(t.norm.startswith("و") and t.is_word for t in tokens[i + 2 : i + 4])


def _represents_a_body(voice: Mention) -> bool:
    """A relayed voice named with a title of one who sits for a body or a place ("عضو",
    "النائب", "ممثل"): a "عن" after him says whom he sits for."""
    return any(strip_article(_strip_conj(fold(w))) in _SITS_FOR for w in voice.surface.split())


#: Titles of those who sit for a body, a party or a place.
_SITS_FOR = folded("عضو نائب ممثل مندوب مرشح")


def _between_pair(tokens: Sequence[Token], i: int) -> bool:
    """ "وبين" at i closes a pair opened a few words before by "بين" with its pronoun ("بينه
    وبين", "بينها وبين"): "and between", not the verb "بيّن"."""
    if any(_strip_conj(tokens[j].norm) in _BETWEEN_IT for j in range(max(0, i - MAX_PAIR_GAP), i)):
        return True
    # "لا اتصال بين الدول الداعمة للمعارضة، وبين دمشق": the second of "بين X وبين Y", when the
    # first "بين" opened no one's words (no complementiser after it) and this one opens none
    # ("…»، وبين أن …" is the verb).
    if i + 1 < len(tokens) and tokens[i + 1].norm in lx.COMPLEMENTISERS:
        return False
    for j in range(i - 1, max(-1, i - MAX_SECOND_BETWEEN - 1), -1):
        if tokens[j].norm in lx.COMPLEMENTISERS or tokens[j].text in ".!؟?":
            return False
        if tokens[j].norm == "بين":
            return True
    return False


def _between_two(tokens: Sequence[Token], i: int) -> bool:
    """ "وبين" at i before two definite nouns joined by و, with no complementiser after them
    in their clause: "وبين النوم واليقظة سمعت …", "…، وبين الربح والخسارة تتأرجح …" is "and
    between", not the verb "وبيّن" (whose subject, however described, leads to "أن")."""
    if i + 2 >= len(tokens) or not tokens[i + 1].norm.startswith("ال"):
        return False
    if not tokens[i + 2].norm.startswith("وال"):
        return False
    for tok in tokens[i + 3 : i + MAX_SECOND_BETWEEN]:
        if tok.norm in lx.COMPLEMENTISERS or tok.text == ":":
            return False  # "وبين المستشار والمدرب الدولي فلان أن …": the verb, two titles
        if not tok.is_word:
            return True
    return True


#: "بين" with its pronoun: "بينه", "بينها", "بيننا".
_BETWEEN_IT = folded("بينه بينها بينهم بينهما بيننا بينكم بيني")
#: "بينه وبين", "بيني أنا وبين": at most this many tokens between the pair's two words.
MAX_PAIR_GAP = 4
#: "بين الدول … وبين دمشق": at most this many tokens between "بين" and its "وبين".
MAX_SECOND_BETWEEN = 20


#: What is acted on "according to" without anyone speaking: directives, rules, plans.
_RULE_NOUNS = folded(
    """
    توجيهات تعليمات أوامر توجيه خطة خطط رؤية ضوابط معايير شروط نظام أنظمة لوائح لائحة قواعد آلية
    آليات جدول برنامج اتفاق اتفاقية قرار قرارات قانون قوانين دستور
    حالة حاجة ظروف أحوال أهواء إجراءات إجراء متطلبات مقتضيات إرشادات
    """
)
#: What "بحسب"/"وفق" measure by without anyone speaking: "تبلغ الكلفة بحسب ثمن الوقود",
#: "تختار بحسب حجم الأسرة" (a price, a size or a kind followed, no voice), "مرتبة بحسب
#: الأحرف الأبجدية", "الترقية حسب الأقدمية" (an order followed).
_MEASURE_NOUNS = folded(
    """
    ثمن أثمان سعر أسعار تكلفة كلفة تكاليف حجم أحجام نوع أنواع قيمة نسبة مستوى درجة طبيعة كمية
    مساحة مدة عمر سن فئة حالة موسم وزن طول حاجة ظروف أحوال طراز موديل
    مقدار نطاق ترتيب أهمية أولوية أولويات ميزانية ميزانيات اعتمادات إمكانات إمكانيات
    استراتيجية إستراتيجية مفهوم رغبة رغبات تخصص
    أحرف حروف أقدمية أسبقية جدارة كفاءة تسلسل جنس أجناس
    """
)


def _rule_or_measure(norm: str) -> bool:
    """A rule or a measure, bare or with "its"/"their" ("بحسب نوعه", "حسب قيمتها"): what
    "بحسب"/"وفق" go by when no one speaks."""
    if norm in _RULE_NOUNS or norm in _MEASURE_NOUNS:
        return True
    for pronoun in lx.POSSESSIVE_PRONOUNS:
        stem = norm.removesuffix(pronoun)
        if stem == norm or len(stem) < MIN_RULED_STEM:
            continue
        stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # "قيمتها": قيمة, folded
        return stem in _RULE_NOUNS or stem in _MEASURE_NOUNS
    return False


#: "سن", "عمر": the shortest rule or measure nouns, before a pronoun.
MIN_RULED_STEM = 2
#: "وفق المقرر لها", "حسب المحدد له": as set or planned for it (not "مقرر اللجنة", a title).
_SET_FOR = folded("مقرر محدد مخطط")


#: "وزير الخارجية بين في تصريح صحفي أمس أن": at most this many words from بيّن to its أن.
MAX_BETWEEN_LEAD = 6
#: "سكانها": a noun with "its"/"their" has more letters than a pronoun on a particle ("بينها").
MIN_OWNED_LETTERS = 4


def _indefinite_word(token: Token) -> bool:
    """A word with no article and no attached preposition: "تقارير", "صحفية"."""
    norm = token.norm
    return token.is_word and norm.isalpha() and not norm.startswith(("ال", "لل", "بال"))


def _foreign_name_word(token: Token, *, after: bool = False) -> bool:
    """A word that may be part of a foreign name around "فان": no article, not a function word,
    not in ة or the nisba ي ("وعليه فان نسبة", "تقرير حكومي فان", "الخبراء والمهتمين فان":
    "فإن" there). The word ``after`` "فان" may end in ي ("فان بيرسي"): what stands before
    "فان" tells the name from "فإن"."""
    norm = token.norm
    return (
        token.is_word
        and norm.isalpha()
        and not _strip_conj(norm).startswith("ال")
        and not token.text.endswith(("ة", "ه") if after else ("ة", "ي", "ه"))
        and norm not in lx.COMPLEMENTISERS
        and norm not in _NOT_A_NAME_START
    )


def _name_shaped(norm: str) -> bool:
    """A word that may stand in a name: no article, not a function word or pronoun."""
    return (
        norm.isalpha()
        and not norm.startswith(("ال", "لل"))
        and norm not in lx.COMPLEMENTISERS
        and norm not in lx.PRONOUN_NOUNS
        and norm not in _NOT_A_NAME_START
        and norm not in lx.ADVERBS
        and norm not in lx.PREPOSITIONS
    )


def _negated_present(tokens: Sequence[Token], i: int, cue: lx.Cue) -> bool:
    """A verb in the present negated by "لا" ("لا ينكر أحد", "لا تنفي الوزارة ولا تؤكد"):
    nothing is said, unless the negation makes a stance ("لا تستبعد"). Right after "لا" a
    verb opening with أ is the speaker's own present ("لا أنكر أني …": I do not deny), never
    the perfect "أنكر"."""
    if cue.lemma in _NEGATED_STANCES:
        return False
    if tokens[i].norm[:1] == "ا":
        return i > 0 and tokens[i - 1].norm in _PRESENT_NEGATIONS
    if tokens[i].norm[:1] not in _IMPERFECT_LETTERS:
        return False
    before = i - 2 if i > 1 and tokens[i - 1].norm == "احد" else i - 1  # "لا أحد ينكر"
    return before >= 0 and tokens[before].norm in _PRESENT_NEGATIONS


#: "بين", the preposition "between" or the verb "بيّن" (showed).
_BETWEEN = "بين"
#: Endings two indefinite plurals share in "بين ارتفاعات وتراجعات", folded.
_PLURAL_ENDINGS = ("ات", "ين", "ون")
#: "بين قوات الأمن والمسلحين": at most this many words after "بين" to the "و" of "and".
MAX_BETWEEN_WORDS = 4
#: "لكن فلان قال إن": at most this many words of subject between لكن and the verb.
MAX_SUBJECT_AFTER_BUT = 4


#: Prepositions between a verb of saying and its complementiser: "أشارت إلى أن", "أكد على أن".
_TO_THAT = folded("إلى الى على")
#: The complementiser "أن" as folded.
_THAT = fold("أن")


def _however_opener(tokens: Sequence[Token], k: int) -> bool:
    """Token k is the أن of "إلا أن"/"غير أن"/"بيد أن" (however) opening the sentence or a
    clause after a comma: "…، بيد أن مصادر أشارت إلى أن …" begins a main clause there."""
    return (
        0 < k < len(tokens)
        and tokens[k].norm == _THAT
        and _strip_conj(tokens[k - 1].norm) in _HOWEVER
        and (k == 1 or not tokens[k - 2].is_word)
    )


def _subject_after_but(tokens: Sequence[Token], i: int) -> bool:
    """ "…، لكن العمري قال إن …", "بينما الوزير أكد أن", "…، إلا أن مصادر أشارت إلى أن …": a
    verb after its subject, which follows لكن/بينما or a "however" (_however_opener), and
    before its complementiser opens a clause of its own (the content before ends there)."""
    after = i + 2 if i + 2 < len(tokens) and tokens[i + 1].norm in _TO_THAT else i + 1
    if after >= len(tokens) or tokens[after].norm not in lx.COMPLEMENTISERS:
        return False
    for k in range(i - 1, max(-1, i - MAX_SUBJECT_AFTER_BUT - 2), -1):
        tok = tokens[k]
        if tok.norm in _CLAUSE_OPENERS or _however_opener(tokens, k):
            return k < i - 1
        if tok.norm in _ANSWERING_THAT and k > 0 and tokens[k - 1].text in "،,":
            return k < i - 1 and any(
                _strip_conj(t.norm) in _CONCEDING for t in tokens[: MAX_CONCEDING_AT + 1]
            )
        if not tok.is_word or tok.norm in lx.COMPLEMENTISERS:
            return False
    return False


def _surname_shaped(phrase: Sequence[Token]) -> bool:
    """One word that may be a surname on its own: no article ("دريك"), or the article on a
    nisba ("العمري"); "القانون", "الشعب" are common nouns."""
    if len(phrase) != 1:
        return False
    norm = phrase[0].norm
    return not norm.startswith("ال") or norm.endswith("ي")


def _surname_or_given(norm: str) -> bool:
    """One word that may name a person named before: "الهاشمي", "سالم", "بوتين"; not a
    noun or adjective in ة or ات ("جيوسياسية", "المباحثات") or with the article but no ي."""
    if given_name(norm):
        return True
    if norm.startswith("ال"):
        return norm.endswith("ي")
    return norm.isalpha() and not norm.endswith(("ه", "ات"))


def _as_closing(tokens: Sequence[Token], i: int) -> bool:
    """ "نقل المصاب إلى المستشفى كما قال المتحدث باسم الشرطة.": "كما" with no comma before it,
    then the verb at i and a short voice that ends the sentence (no complementiser, colon or
    quotation after it) credits the clause before: "as the spokesman said"."""
    rest = tokens[i + 1 :]
    # "لا يوجد تعمد لعرقلة العمل كما يزعم البعض": after a negated clause, "not as some claim".
    negated = any(_strip_conj(t.norm) in _CLAUSE_NEGATIONS for t in tokens[: i - 1])
    # "(… كما يقول المصريون)": the present tense, or inside brackets, is a saying, no report.
    verb = _strip_conj(tokens[i].norm)
    saying = verb[:1] == "ي" or any(t.text == "(" for t in tokens[:i])
    return (
        not negated
        and not saying
        and i >= MIN_AS_CLAUSE
        and 0 < sum(t.is_word for t in rest) <= MAX_AS_VOICE
        and rest[0].is_word
        and not any(
            t.text in ":،," or t.text in OPENING_QUOTES or t.norm in lx.COMPLEMENTISERS
            for t in rest
        )
    )


def _relative_report(tokens: Sequence[Token], i: int) -> bool:
    """ "فلان الذي قال: …", "… الذي أشار إلى أن …": after الذي/التي, a verb whose content
    opens right after it reports; its voice is the relative's antecedent."""
    if tokens[i - 1].norm not in _RELATIVE_PRONOUNS or i + 1 >= len(tokens):
        return False
    j = i + 1
    while j + 1 < len(tokens) and (
        tokens[j].norm in lx.ADVERBS
        or (tokens[j].norm == _FIRST and tokens[j - 1].norm == _YESTERDAY)
    ):
        j += 1  # "الذي قال أمس الأول إنه …": when, then what he said
    antecedent = strip_article(tokens[i - 2].norm) if i > 1 else ""
    spoken = antecedent in lx.OCCASIONS or antecedent in lx.DOCUMENT_HEADS
    if tokens[j].norm in lx.COMPLEMENTISERS and j > i + 1 and not spoken:
        # (not "قال في التصريحات التي نشرت أمس إنه …": the statements were published, and
        # the complementiser is the speaker's)
        return True
    nxt = tokens[i + 1]
    if nxt.text == ":" or nxt.norm in lx.COMPLEMENTISERS:
        return True
    if nxt.norm in _OCCASION_OPENERS and not spoken and _said_after_occasion(tokens, i + 2):
        return True  # "الشركة التي قالت في أبريل إنها …", "الذي قال في مقدمته: …"
    after = tokens[i + 2].norm if i + 2 < len(tokens) else ""
    if nxt.norm in _ABOUT_IT and after.startswith("ال") and tokens[i + 2].is_word:
        # "الوضع الذي قالت عنه الوزيرة فلانة إنه …": the subject follows عنه, and the words
        # said follow a complementiser soon after ("التي كشف عنها الوزير في حينها عبر تغريدة"
        # says what he revealed, not words of his).
        window = tokens[i + 3 : i + 3 + MAX_ABOUT_IT_LEAD]
        # ("التي قال عنها الزميل فلان: «…»": a colon opens his words as well)
        return any(t.norm in lx.COMPLEMENTISERS or t.text == ":" for t in window)
    if _own_plural_subject(nxt.norm):
        # "الإمارات، التي يقول مقاتلون محليون إنها …": the clause's verb has a subject of its
        # own, unnamed people who say it; the antecedent is what they speak of.
        own = tokens[i + 2 : i + 2 + MAX_OWN_SUBJECT_LEAD]
        return any(t.norm in lx.COMPLEMENTISERS for t in own)
    own_speaker = _construct_body(tokens, i + 1) or _construct_plural(tokens, i + 1)
    if _definite_speaker(nxt.norm) or own_speaker:
        # "المدينة التي تقول الحكومة المركزية إنها …": a body, an office or people named by a
        # definite noun, or a body's head with what it is of ("الهجوم الذي قالت وزارة
        # الداخلية إنه …"), then the complementiser with no comma between ("مجلس الوزراء
        # الذي أقر الميزانية، أن …" has the verb's object there, and the comma); people in
        # the plural too ("التي قال موظفو البلدية إنها", "التي يقول الخبراء إنه").
        for t in tokens[i + 2 : i + 2 + MAX_OWN_SUBJECT_LEAD]:
            if t.norm in lx.COMPLEMENTISERS:
                return True
            if not t.is_word:
                return False
    if (
        nxt.is_word
        and nxt.norm not in _ABOUT_IT
        and i + 2 < len(tokens)
        and tokens[i + 2].text == ":"
    ):
        return True  # "المغرد فلان الذي قال موضحا: …": how he said it, then his words
    if tokens[i].norm in _EVENT_REPORTS and _event_noun(nxt.norm) and not _only_own_event(nxt.norm):
        return True  # "فلان الذي أكد حدوث الخطأ …": the event he confirmed is what he said
    # "… الذي أشار إلى أن …", "الأمير فلان الذي شدد على أن …"
    return nxt.norm in {"الي", "إلى", "علي"} and after in lx.COMPLEMENTISERS


#: Relative pronouns a body named right before can be the antecedent of ("الذين" is for people).
_BODY_RELATIVES = folded("الذي التي")
_WHICH_FEMININE = fold("التي")
#: Endings of a head noun that "التي" agrees with: "الهيئة", "القوات".
_FEMININE_ENDINGS = (fold("ة"), fold("ات"))
#: Nouns a body's name completes whose relative clause is on them, not on the body: "موقع
#: الهيئة", "تقرير اللجنة", "حساب الوزارة".
_CARRIER_NOUNS = lx.OUTLET_HEADS | lx.DOCUMENT_HEADS | lx.OCCASIONS | folded("حساب صفحة")


def _body_shaped(phrase: Sequence[Token]) -> bool:
    """The words are shaped as a body's name: a definite head ("الشرطة") or a head and the
    definite noun it governs ("وزارة الصحة"), then only definite adjectives of relation
    ("البلدية", "المحلي"); "اللجنة التسجيلات" (two nouns) and "اللجنة سير المعسكرات" are not."""
    first = _strip_conj(phrase[0].norm)
    rest = [t.norm for t in phrase[1:]]
    if not _definite(first):
        if not rest or not _definite(rest[0]):
            return False
        rest = rest[1:]
    return all(_definite(norm) and norm.endswith(_RELATION_ENDINGS) for norm in rest)


#: Endings of an adjective of relation ("البلدي", "المحلية", "الوطنيين"), folded.
_RELATION_ENDINGS = tuple(sorted(folded("ي ية يين يون")))


#: Verbs of a relative clause whose object, an event noun, is what its antecedent reports.
_EVENT_REPORTS = folded("أكد أكدت أعلن أعلنت")


#: Prepositions opening when or where a relative clause's speaker spoke.
_OCCASION_OPENERS = folded("في خلال عبر أمام")
#: Most tokens of such an occasion before the words said.
MAX_RELATIVE_OCCASION = 5


def _said_after_occasion(tokens: Sequence[Token], k: int) -> bool:
    """A complementiser or a colon closes the short occasion that starts at token k, with
    only words and brackets on the way (no comma, no other cue)."""
    for tok in tokens[k : k + MAX_RELATIVE_OCCASION]:
        if tok.norm in lx.COMPLEMENTISERS or tok.text == ":":
            return True
        if tok.text not in "()" and (not tok.is_word or _reporting_word(tok.norm)):
            return False
    return False


def _construct_body(tokens: Sequence[Token], j: int) -> bool:
    """A body's, outlet's or agency's head with no article, before the word it is of:
    "وزارة الداخلية", "معهد الدراسات", "صحيفة «…»" (a body named, not a bare noun)."""
    norm = tokens[j].norm
    return (
        not norm.startswith("ال")
        and (norm in lx.BODY_HEADS or norm in lx.OUTLET_HEADS or norm in lx.AGENCY_HEADS)
        and j + 1 < len(tokens)
        and tokens[j + 1].is_word
        and tokens[j + 1].norm not in lx.COMPLEMENTISERS
    )


#: "من"/"عن" before a person who authored what a relative clause describes ("النظرية المقدمة
#: من الرئيس …").
_BY_AUTHOR = folded("من عن")


def _masculine_head(phrase: Sequence[Token]) -> bool:
    """A phrase headed by a masculine singular noun, such as a man's title ("المواطن",
    "المدير"): no ة, ى or plural ending on its first word, and no word for unnamed sources
    ("مصادر", a plural that takes "التي")."""
    head = strip_article(_strip_conj(phrase[0].norm))
    if head in lx.ANONYMOUS_HEADS:
        return False
    return len(head) > 2 and not head.endswith(("ه", "ي", "ات", "ون", "ين", "اء"))


def _construct_plural(tokens: Sequence[Token], j: int) -> bool:
    """A sound plural of people in construct, its ن dropped, before the definite word it is
    of: "مسؤولو المدينة", "موظفو الشركة" (people who speak, as "المسؤولون" do)."""
    norm = tokens[j].norm
    return (
        len(norm) >= MIN_PLURAL_SUBJECT
        and norm.endswith("و")
        and not norm.startswith("ال")
        and j + 1 < len(tokens)
        and tokens[j + 1].is_word
        and tokens[j + 1].norm.startswith("ال")
    )


def _definite_speaker(norm: str) -> bool:
    """A definite noun that names a speaker: a body's head ("الحكومة"), a title
    ("الوزير"), a sound plural of people ("المهندسون") or a broken one ("الخبراء")."""
    if not norm.startswith("ال"):
        return False
    bare = norm[2:]
    return (
        norm in lx.BODY_HEADS
        or norm in lx.OUTLET_HEADS
        or norm in lx.AGENCY_HEADS
        or norm in lx.ANONYMOUS_HEADS
        or norm in _TITLES
        or bare in _TITLES
        or (len(bare) >= MIN_PLURAL_SUBJECT and norm.endswith("ون"))
        or bare in lx.PLURAL_HEADS
        or bare in lx.BROKEN_PLURALS_OF_PEOPLE
    )


#: "تبيّن" (it turned out), written as the present "تبين" (she shows) is: right before the
#: complementiser, opening its clause, it is the writer's finding, no one's words.
_TURNED_OUT = fold("تبين")
#: Words after which "تبين" opens its clause as it does after a full stop or a comma.
_BEFORE_TURNED_OUT = folded("حيث ثم قد وقد فقد")


def _turned_out_opens(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i opens its clause: first, after a mark, "و"/"ف" on it, or after
    حيث/ثم/قد (a subject before it, "الدراسة تبين أن", makes it "shows")."""
    if i == 0 or not tokens[i - 1].is_word or tokens[i].norm != _strip_conj(tokens[i].norm):
        return True
    return tokens[i - 1].norm in _BEFORE_TURNED_OUT


def _own_plural_subject(norm: str) -> bool:
    """An unnamed head or a sound masculine plural ("مقاتلون", "ناشطون") after a verb."""
    return norm in lx.ANONYMOUS_HEADS or (
        len(norm) >= MIN_PLURAL_SUBJECT and norm.endswith("ون") and not norm.startswith("ال")
    )


#: "also" between "جاء" and "في": "وجاء أيضا في البيان أن …" (folded).
_CAME_ALSO = folded("أيضا أيضاً كذلك")
#: "للأنباء" (of news) closing a news agency's name (folded).
_AGENCY_NEWS = folded("للأنباء للانباء")
#: "رأى" folded, which "رأي" (an opinion) is written as too.
_SAW = fold("رأى")
#: Polls whose "رأي" is their noun of opinion ("استطلاعات رأي أجريت …"), never "he saw".
_POLLS = folded("استطلاع الاستطلاع استطلاعات الاستطلاعات")
#: Object pronouns a verb after "ما" carries, pointing back to "ما": "بحسب ما أعلنته الوزارة".
_OBJECT_OF_WHAT = ("ته", "تها", "ه", "ها")


def _cue_without_object(norm: str) -> str:
    """A reporting verb without the object pronoun that points back to "ما" ("أعلنته" →
    "أعلن", "ذكرتها" → "ذكر"); the word as it is when it is no cue so written."""
    for suffix in _OBJECT_OF_WHAT:
        if norm.endswith(suffix) and norm[: -len(suffix)] in lx.VERB_CUES:
            return norm[: -len(suffix)]
    return norm


def _reading(bare: str, nxt: str, tokens: Sequence[Token], i: int) -> lx.Cue | None:
    if bare in _BY_SAYING and _by_saying_cue(tokens, i):
        return _BY_SAYING_CUE  # "وعبّر فلان عن أسفه بقوله: «…»": "by saying" opens the words
    if bare == "علي" and nxt == "حد" and i + 2 < len(tokens):
        if tokens[i + 2].norm in lx.PRONOUN_NOUNS:
            return lx.Cue("على حد", lx.CueClass.PRONOUN_PHRASE)
        if tokens[i + 2].norm in _WORDS_OF:
            return lx.Cue(WORDS_OF_LEMMA, lx.CueClass.PREPOSITION)  # "على حد تعبير الوزير"
    if bare == "علي" and nxt == "ما" and i + 2 < len(tokens):
        verb = _strip_conj(tokens[i + 2].norm)
        if verb in lx.VERB_CUES and lx.VERB_CUES[verb].lemma not in lx.THAT_ONLY:
            return lx.Cue("على ما", lx.CueClass.PREPOSITION)  # "…، على ما أعلنت الوكالة"
        if _cue_without_object(verb) in lx.VERB_CUES and i and tokens[i - 1].text in "،,":
            # "…، على ما أعلنته الوكالة" (what it announced) set off after a comma; not "ردا على
            # ما ذكره الوزير", "عودا على ما قاله": what answers or returns to his words.
            return lx.Cue("على ما", lx.CueClass.PREPOSITION)
    if bare == "علم" and nxt.startswith("ال") and i + 2 < len(tokens):
        if tokens[i + 2].norm not in lx.COMPLEMENTISERS:
            return None  # "أستاذ علم الاجتماع": the science, not "learned"
    if bare == _SAW and i > 0 and _strip_conj(tokens[i - 1].norm) in _POLLS:
        return None  # "استطلاع رأي": the noun "opinion" of a poll, no one "saw" (رأى)
    if bare == _DESCRIBED and nxt == _OFFICER:
        return None  # "ضابط وصف ضابط": a non-commissioned officer (صف ضابط), no "described"
    if bare in lx.DESCRIBING_WITH_OBJECT and tokens[i].text.endswith("ة"):
        return None  # "وصفة النجاح أن …": a recipe, no "described it"
    if bare == _DESCRIBED and _describing_noun(tokens, i):
        return None  # "إلى حد وصف …", "دقة وصف المنتج": the verbal noun, no one describes
    if bare == _BELONGING and tokens[i].norm == bare and nxt[:1] == "ل" and len(nxt) > 2:
        return None  # "موقف للسيارات تابع لحرم الجامعة": "belonging to", no "he went on"
    if bare in lx.PREPOSITIONS or bare in {"بحسب", "حسبما"}:
        if nxt in lx.PRONOUN_NOUNS:
            return lx.Cue(bare, lx.CueClass.PRONOUN_PHRASE)
        if bare in {"نقلا"} and nxt != "عن":
            return None
        return lx.Cue(bare, lx.CueClass.PREPOSITION)
    if bare in lx.CAME_IN and nxt == "في" and i + 2 < len(tokens):
        if _strip_conj(tokens[i + 2].norm) in lx.DOCUMENT_HEADS:
            return lx.Cue(CAME_IN_LEMMA, lx.CueClass.PREPOSITION)  # "وجاء في بيان الوزارة"
        return None
    if (
        bare in lx.CAME_IN
        and nxt in _CAME_ALSO
        and i + 3 < len(tokens)
        and tokens[i + 2].norm == "في"
    ):
        if _strip_conj(tokens[i + 3].norm) in lx.DOCUMENT_HEADS:
            return lx.Cue(CAME_IN_LEMMA, lx.CueClass.PREPOSITION)  # "وجاء أيضا في البيان"
        return None
    if bare in lx.CAME_IN and nxt in _IN_IT:
        # "أصدرت الوزارة بيانا جاء فيه: …": the verb agrees with what came, not the issuer.
        return lx.Cue(CAME_IN_IT_LEMMA, lx.CueClass.VERB)
    # "ومما يذكر أن المعرض …": مما before the aside opens it as the clause head does, and so
    # does a full stop glued to it ("…».يذكر أن …", a sentence the splitter cannot end).
    if bare in lx.WRITER_ASIDES and (
        i == 0 or tokens[i - 1].text in "،,؛." or _strip_conj(tokens[i - 1].norm) == "مما"
    ):
        if nxt in lx.COMPLEMENTISERS or nxt in {"الي", "بالذكر"}:
            return None  # "ويذكر أن …": background in the writer's voice
    if bare in _BELIEF_CUES and nxt not in lx.COMPLEMENTISERS:
        if i == 0 or tokens[i - 1].text in "،,؛" or tokens[i].norm != bare:
            return _BELIEF_CUES[bare]  # "يعتقد المدرب فلان أن …": a believer named after it
    if bare in lx.IMPERSONAL or tokens[i].norm in lx.IMPERSONAL:
        if nxt in lx.COMPLEMENTISERS and (i == 0 or tokens[i - 1].text in "،,؛"):
            return lx.Cue(bare, lx.CueClass.IMPERSONAL)
    if bare == _TURNED_OUT and nxt in lx.COMPLEMENTISERS and _turned_out_opens(tokens, i):
        return None  # "وتبين أنه يقيم في البلاد": "it turned out", nobody spoke
    if i > 0 and nxt in lx.COMPLEMENTISERS:
        if _passive_after_relative(bare, _strip_conj(tokens[i - 1].norm)):
            return None  # "والذين يتوقع أن يمثلوا": "who are expected", no voice speaks
    if _expected_passive(bare, nxt, tokens, i):
        return None  # "ويتوقع أن يصل الوفد غدا": "it is expected", no voice speaks
    if bare in _CARRIED and nxt in {"الي", "لي"}:
        return None  # "ونقل إلى المستشفى": carried somewhere, not relaying words
    if bare in _NAMING and tokens[i].text.endswith("ى"):
        return None  # "شاهد يدعى فلان": "is called" names the voice, it claims nothing
    if bare == NARRATED and tokens[i].text.endswith("ي"):
        return None  # "قال المدرب روي …": the name Roy, or the passive "رُوي"; "روى" narrates
    if "آ" in tokens[i].text[:2]:
        return None  # "وقال آصف …": a word written with madda is no "أصف" (I describe)
    if bare in _RATES and tokens[i].norm == bare and i > 0 and tokens[i - 1].is_word:
        # "ارتفاع نسب الإشغال", "ما نسب إليه", "هجمات نسبت إلى الحزب": after a word, with no
        # "and", the plural of "نسبة" or a passive; "he attributed" opens its clause ("ونسب
        # الموقع إلى …").
        return None
    if bare in _CONSIDERED and _complementiser_within(tokens, i, MAX_CONSIDERED_LEAD) is None:
        return None  # "الأغنية تعتبر الأكثر مبيعا": "is considered", nobody speaks
    if bare == _CLEARER and nxt in _SIGNS:
        return None  # "تعد الاستقالة أوضح دليل على أن …": the clearest sign, no one spoke
    cue = lx.VERB_CUES.get(bare) or lx.ACCUSING_CUES.get(bare)
    if cue is not None and cue.lemma in _SHOWING and not _shown_that(tokens, i):
        if not _record_shows(tokens, i):
            return None  # "وأظهرت النتائج سلبية الفحص", "يظهر التقرير كيف …": no "أن" reported
    if cue is not None and cue.lemma == _FINDING and not _found_that(tokens, i):
        if _record_fronted(tokens, i):
            return cue  # "دراسة جديدة وجدت أن …": the record before the verb found it
        return None  # "ووجد الفريق صعوبة في …", "ووجد أن …": no "أن" found, or no finder
    if cue is not None and cue.lemma in lx.THAT_ONLY and not _that_follows(tokens, i, cue):
        return None  # "ووعد بتحقيق «…»", "وعدت أسأل: …", "بما وصفه بـ…": no claim "that"
    if cue is not None and cue.lemma in lx.BELIEF_ONLY and not _belief_voiced(tokens, i):
        return None  # "معربا عن أمله", "معربا عن سعادته": no claim voiced
    if cue is not None and cue.lemma in lx.NOT_AFTER_A_NOUN and _after_a_word(tokens, i):
        return None  # "في العالم أجمع": "entire", no one agreed
    if cue is not None and cue.lemma == _CLOSED and not _closed_by_saying(tokens, i):
        return None  # "ختم الطالب القرآن": he finished it, no words of his
    if cue is not None and cue.lemma in _BY_SAYING_ONLY and not _answered_by_saying(tokens, i):
        if not _went_on_by_saying(tokens, i):
            return None  # "ورد في البيان" (appeared), "اكتفى الفريق بالتعادل": no words said
    if cue is not None and cue.lemma == _RESTATED and not _restated_that(tokens, i):
        return None  # "جدد النادي عقد اللاعب": renewed, no words restated
    if cue is not None and cue.lemma == _ESTIMATED and not _estimated_that(tokens, i):
        return None  # "فقدّر علينا أن …" (was fated), "وقدر الوزير الجهود" (appreciated)
    if cue is not None and cue.lemma == _LINKING and not _linked_by_reports(tokens, i):
        return None  # "يتم ربط المدن بالطرق", "ربط الحزام": joined, nothing reported
    if cue is not None and cue.lemma == _ADDED_TO and not _added_that(tokens, i):
        if not _added_quotation(tokens, i):
            return None  # "وزادت مبيعات السيارات …": an increase, the words of no one
    if cue is not None and cue.lemma == _WRITING and i + 1 < len(tokens):
        if _possessed(tokens[i + 1]) and not no_voice_opening(tokens[i + 1 : i + 2]):
            return None  # "كتب كلماتها الشاعر فلان": who wrote a song's words, no report
    return cue


def _blame_after(tokens: Sequence[Token], i: int) -> bool:
    """ "مسؤولية" follows the verb of blaming at token i within a few words, with no mark
    between ("وحمّلت الوزارة الجماعة مسؤولية الهجوم"): the one frame in which it blames."""
    for k in range(i + 1, min(len(tokens), i + MAX_ACCUSATION_LEAD)):
        if tokens[k].norm in lx.RESPONSIBILITY:
            # (not "وتحمّل المسؤولية": bearing it, no one blamed between)
            return k > i + 1 or _strip_conj(tokens[i].norm) in lx.BLAMING_WITH_OBJECT
        if not tokens[k].is_word:
            return False
    return False


#: The verbs read in the accusing frame (rules._Sentence.read_accusation).
_ACCUSING_VERBS = frozenset((lx.ACCUSING, lx.BLAMING))


def _describing_noun(tokens: Sequence[Token], i: int) -> bool:
    """ "وصف" at token i, with no "و" before it, is the verbal noun governed by the word before:
    "ذهب إلى حد وصف الخطة بأنها …", "لا يملك غير وصف …", "دقة وصف المنتج" (an indefinite
    noun in ة takes it as its genitive; a subject before its verb is definite or a name)."""
    if i == 0 or tokens[i].norm != _DESCRIBED or not tokens[i - 1].is_word:
        return False
    prev = tokens[i - 1].norm
    if prev in _GOVERNING_DESCRIPTION:
        return True
    return (
        tokens[i - 1].text.endswith("ة")  # (not "من جهته وصف فلان …": "his side", no noun in ة)
        and _indefinite_word(tokens[i - 1])
        and _strip_conj(prev) == prev
        and not given_name(prev)
    )


#: Nouns that govern the verbal noun "وصف" after them: "إلى حد وصف", "غير وصف".
_GOVERNING_DESCRIPTION = folded("حد غير")


def _that_follows(tokens: Sequence[Token], i: int, cue: lx.Cue) -> bool:
    """A verb of lx.THAT_ONLY at i, then only words (its voice) up to a complementiser within
    MAX_THAT_LEAD: "وتعهدت الوزارة فلان بأن …", "ووصفه بأنه …"; not "بما وصفه بأنه" (what
    he called it: a relative, its voice before)."""
    if i > 0 and tokens[i - 1].norm in _BEFORE_NO_THAT:
        return False
    if cue.lemma == lx.DESCRIBED_IT and _complementiser_next(tokens, i):
        return False  # "ووصفها بأنها ممتازة": who described it is too often not the last voice
    for k in range(i + 1, min(len(tokens), i + MAX_THAT_LEAD + 2)):
        t = tokens[k]
        if t.norm in lx.COMPLEMENTISERS:
            if cue.lemma not in lx.PLAIN_THAT_ONLY:
                return True
            # (not "بأن": "وعد بأن" promised; not "على أن": "وعد على أن" is a promise made)
            return not t.norm.startswith("ب") and tokens[k - 1].norm != "علي"
        if not t.is_word:
            return False
    return False


def _belief_voiced(tokens: Sequence[Token], i: int) -> bool:
    """A word of lx.BELIEF_ONLY at i, then "عن" and a noun of belief (a few words on at most),
    then (after "في") a complementiser: "معربا عن اعتقاده أن …", "معربا عن ثقته بأن …"."""
    for k in range(i + 1, min(len(tokens) - 2, i + MAX_THAT_LEAD + 2)):
        if not tokens[k].is_word:
            return False
        if tokens[k].norm == "عن" and tokens[k + 1].norm in lx.BELIEF_NOUNS:
            nxt = tokens[k + 2].norm
            if nxt == "في" and k + 3 < len(tokens):
                nxt = tokens[k + 3].norm
            return nxt in lx.COMPLEMENTISERS
    return False


def _complementiser_next(tokens: Sequence[Token], i: int) -> bool:
    """The token after i is a complementiser: the verb at i names no voice of its own."""
    return i + 1 < len(tokens) and tokens[i + 1].norm in lx.COMPLEMENTISERS


def _after_a_word(tokens: Sequence[Token], i: int) -> bool:
    """The word at i follows another word with no "و"/"ف" of its own: "العالم أجمع"."""
    return i > 0 and tokens[i - 1].is_word and _strip_conj(tokens[i].norm) == tokens[i].norm


#: Most words between a verb of lx.THAT_ONLY and its complementiser: a title and a name.
MAX_THAT_LEAD = 5
#: Words before such a verb that make it a relative or a noun: "بما وصفه", "الذي وعد".
_BEFORE_NO_THAT = folded("ما بما كما مما لما من الذي التي الذين")


def _closed_by_saying(tokens: Sequence[Token], i: int) -> bool:
    """ "ختم" at i, then within MAX_CLOSING_LEAD words "بالقول"/"بقوله" or a colon ("وختم
    فلان كلمته بالقول: …", "وختم: …"): he closed by saying; otherwise an act ("ختم القرآن")."""
    for t in tokens[i + 1 : i + MAX_CLOSING_LEAD + 2]:
        if t.norm in _BY_SAYING or t.text == ":":
            return True
        if not t.is_word:
            return False
    return False


#: "closed" (ختم), a cue only by saying: "وختم فلان ورقته بالقول".
_CLOSED = "ختم"
#: Most words between "ختم" and "بالقول": a title, a name and what he closed.
MAX_CLOSING_LEAD = 5


def _restated_that(tokens: Sequence[Token], i: int) -> bool:
    """ "جدد" at i, then within MAX_RESTATING_LEAD words (its subject) the noun of stressing,
    "التأكيد" or "تأكيده" ("وجدد الوزير التأكيد على أن …", "وجددت الوزارة تأكيدها رفض …"):
    he stressed it again; otherwise a renewal ("جدد العقد", "تجديد")."""
    for t in tokens[i + 1 : i + MAX_RESTATING_LEAD + 2]:
        if t.norm in _RESTATING_NOUNS:
            return True
        if not t.is_word and t.text not in "،,":
            return False
    return False


#: "restated" (جدد), a cue only before the noun of stressing.
_RESTATED = "جدد"
#: The noun of stressing after "جدد", with or without its pronoun.
_RESTATING_NOUNS = folded("التأكيد تأكيده تأكيدها تأكيدهم تأكيدهما")
#: Fewest letters of a verbal noun with ب after "التأكيد" ("بإحكام"), more than "بأنه".
MIN_BA_NOUN = 4
#: Most words between "جدد" and "التأكيد": a title and a name.
MAX_RESTATING_LEAD = 8


def _answered_by_saying(tokens: Sequence[Token], i: int) -> bool:
    """ "رد"/"اكتفى"/"استدرك" at i, then within MAX_ANSWERING_LEAD words (the subject, whom
    or what he answered) "بالقول"/"بقوله" ("ورد الوزير على السؤال بالقول: …", "واكتفى
    المتحدث بالقول إن …"): he answered by saying; otherwise an act or "it appeared"."""
    for t in tokens[i + 1 : i + MAX_ANSWERING_LEAD + 2]:
        if t.norm in _ANSWERING_LEADS:
            # "ورفض فلان التعليق واكتفى بالقول …": the one who said only this is the subject
            # of the act before, not the last voice: "اكتفى" and "مضى" need their own.
            return t is not tokens[i + 1] or _strip_conj(tokens[i].norm) not in _OWN_SUBJECT

        if not t.is_word and t.text not in OPENING_QUOTES and t.text not in CLOSING_QUOTES:
            return False
    return False


#: "بقوله:" read as "قائلا:": the words of the clause's speaker follow.
_BY_SAYING_CUE = lx.Cue(_SAYING, lx.CueClass.PARTICIPLE)


def _by_saying_cue(tokens: Sequence[Token], i: int) -> bool:
    """ "بقوله"/"بالقول" at i, right after a word and right before a colon or an opening
    quotation mark ("وعلّق فلان على القرار بقوله: …", "وختم حديثه بقوله «…»"): it leads the
    words said as "قائلا" does, whatever verb opened the clause."""
    if i == 0 or not tokens[i - 1].is_word or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if nxt.text != ":" and nxt.text not in OPENING_QUOTES:
        return False
    # "وعلّق فلان، مدير …، على ذلك بالقول: …": a reporting verb before it reads its own lead.
    before = tokens[max(0, i - MAX_BY_SAYING_LOOKBACK) : i]
    return not any(t.is_word and _strip_conj(t.norm) in lx.VERB_CUES for t in before)


#: How far back a reporting verb keeps "بقوله" its own: a verb, a title, a name set off by
#: commas, what he spoke of.
MAX_BY_SAYING_LOOKBACK = 20


def _went_on_by_saying(tokens: Sequence[Token], i: int) -> bool:
    """ "ومضى بالقول إن …", "واكتفى بالقول: …" opening their sentence, the words said right
    after "بالقول": the one who acted or spoke in the sentence before goes on (inside a
    sentence, "ورفض فلان التعليق واكتفى بالقول …", the act before has its own subject)."""
    return (
        i == 0
        and len(tokens) > 2
        and _strip_conj(tokens[0].norm) in _OWN_SUBJECT
        and tokens[1].norm in _BY_SAYING
        and _words_right_after(tokens, 2)
    )


#: "رد" (replied), "اكتفى" (said only), "استدرك" (qualified), "مضى" (went on): cues only
#: by saying.
_BY_SAYING_ONLY = frozenset(("رد", "اكتفى", "استدرك", "مضى"))
#: "اكتفى" (said only) and "مضى" (went on), a cue only with its subject after it.
_OWN_SUBJECT = folded("اكتفى اكتفت اكتفوا مضى مضت مضوا")
#: What makes such a verb one of saying: "بالقول", and "قائلا" ("فرد الوزير قائلا: …"), or
#: the verbal noun of a verb of saying ("واكتفى المتحدث بالتأكيد على أن …").
_STRESSING_NOUNS = folded("بالتأكيد بالإشارة بالتوضيح")
_SAYING_PARTICIPLES = folded("قائلا قائلاً قائلة قائلين")
_ANSWERING_LEADS = _BY_SAYING | _STRESSING_NOUNS | _SAYING_PARTICIPLES
#: Most tokens between such a verb and "بالقول": a subject, a name, whom he answered.
MAX_ANSWERING_LEAD = 7


def _estimated_that(tokens: Sequence[Token], i: int) -> bool:
    """ "قدّر" at i with its subject after it, then a complementiser within MAX_ESTIMATING_LEAD
    words, a comma allowed ("وقدّر الجيش أن …", "وقدّرت المنظمة في تقريرها، أن …"): an estimate
    told. A preposition right after it ("قُدّر علينا أن …", fated) or a full stop, a quotation
    or a clause with no complementiser ("وقدّر الوزير جهود العاملين") is no report."""
    if i + 1 >= len(tokens) or not tokens[i + 1].is_word or "\u064c" in tokens[i].text:
        return False  # "قدرٌ لا مردّ له" (fate): a noun
    nxt = tokens[i + 1].norm
    if tokens[i].norm not in _ESTIMATED_FORMS or nxt in _FATED_ON:
        return False  # "بقدر ما", "قُدّر علينا أن …"
    if nxt[:1] == "ل" and nxt[:2] != "ال":
        return False  # "قُدّر لفلان أن …" (it was his fate to …)
    if strip_article(nxt) in lx.ESTIMATED_QUANTITIES:
        return False  # "وتُقدّر مساحة الحريق بنحو …": passive, no one estimates here
    opens = i == 0 or not tokens[i - 1].is_word or tokens[i - 1].norm in _BEFORE_ESTIMATE
    if tokens[i].norm[0] not in _CONJUNCTION_LETTERS and not opens:
        return False  # "أحاول قدر استطاعتي أن …", "على قدر المسؤولية": a noun (as much as)
    for t in tokens[i + 2 : i + MAX_ESTIMATING_LEAD + 2]:
        if t.norm in lx.COMPLEMENTISERS:
            return True
        if not t.is_word and t.text not in "،,":
            break
    return _estimate_figure_after(tokens, i + 2)


def _with_conjunction(words: str) -> frozenset[str]:
    """The folded words, bare and with "و" or "ف" joined to them."""
    return frozenset(c + form for form in folded(words) for c in ("", *CONJUNCTIONS))


#: "ربط" (linked one thing to another), a report only with reports or sources as its subject.
_LINKING = "ربط"
#: "ربطت", "ربط", "تربط", "يربط" with "و"/"ف" or none: not the verbal noun after "يتم".
_LINKING_FORMS = _with_conjunction("ربط ربطت يربط تربط")


def _linking_adjective(norm: str) -> bool:
    """An adjective on the reports that link: "صحفية", "إعلامية", "عدة", "أخرى"."""
    return norm.endswith("يه") or norm in lx.LINKING_ADJECTIVES


def _linked_by_reports(tokens: Sequence[Token], i: int) -> bool:
    """ "ربط" at i opening its clause, with reports, media or sources right after it ("وربطت
    تقارير صحفية بين اللاعب والنادي", "فيما ربطت مصادر إعلامية بين الزيارة والمعارك"): what
    they claim links the two. Any other subject ("ربط الطريق المدينتين") joins things."""
    if i + 1 >= len(tokens) or tokens[i].norm not in _LINKING_FORMS:
        return False
    opens = i == 0 or not tokens[i - 1].is_word or tokens[i - 1].norm in _BEFORE_ESTIMATE
    if tokens[i].norm[0] not in _CONJUNCTION_LETTERS and not opens:
        return False
    return strip_article(tokens[i + 1].norm) in lx.LINKING_VOICES


def _estimate_figure_after(tokens: Sequence[Token], k: int) -> bool:
    """A figure in ب ends the clause from token k within MAX_ESTIMATE_OBJECT words: "وقدّرت
    الوزارة عدد المنشآت بنحو ألفي منشأة", "وقدر التقرير حجم التحويلات بـ583 مليار دولار"
    (the quantity and its figure are the estimate told; "قدّر الوزير جهود العاملين" gives
    none)."""
    for j in range(k, min(len(tokens), k + MAX_ESTIMATE_OBJECT)):
        if tokens[j].text in _ESTIMATE_BREAKS or tokens[j].norm in lx.COMPLEMENTISERS:
            return False
        if _estimate_figure(tokens, j):
            return True
    return False


#: "بحسب التفاصيل التي ذكرتها …": what a voice told, before "التي" and its verb.
_TOLD_DETAILS = folded("التفاصيل المعلومات للتفاصيل للمعلومات")
_WHICH_F = fold("التي")
#: Most tokens of an occasion ("في بيان مكتوب") before a quotation a strict verb opens with no
#: colon ("وتابعت في بيان مكتوب "…"").
MAX_QUOTED_OCCASION = 4
#: A reaction or an answer that opens a lead, with what it answers after على/عن/حول: "في أول
#: رد فعل على …", "ردا على سؤال حول …", "في معرض تعليقه على …" (the topic may be long).
_REACTION_WORDS = folded(
    """
    رد رده ردها ردهم ردا رداً تعليق تعليقه تعليقها تعقيب تعقيبه تعقيبها تعليقا تعليقاً تعقيبا
    تعقيباً جوابا جواباً إجابة اجابة
    """
)
#: Words that may stand before a reaction word: "في أول رد", "في معرض رده", "خلال تعليقه".
_BEFORE_REACTION = folded("في وفي خلال أول اول معرض سياق")
#: The prepositions that open what is answered: "رد فعل على …", "جوابا عن …", "سؤال حول …".
_REACTION_TOPIC = folded("على عن حول")
#: Most tokens from a reaction's first word to the preposition of its topic ("في أول رد فعل
#: للسلطات على"), and from the lead's start to the reaction word.
MAX_REACTION_HEAD = 5
#: A quotation of up to this many words in a reaction's topic is a name («الوادي»), not words said.
MAX_TOPIC_NAME_WORDS = 3
#: "بعنوان «…»", "عنوانه «…»": a title in quotation marks, not words said.
_TITLED = folded("بعنوان عنوان عنوانه عنوانها تحت")
#: "قدّر" (estimated), a cue only with its complementiser after the subject.
_ESTIMATED = "قدر"
#: Most tokens between "قدّر" and its complementiser: a subject, a time or a place, a comma.
MAX_ESTIMATING_LEAD = 7
#: "قدّر", "قدّرت", "يقدّر", "تقدّر" with "و"/"ف" or none: "بقدر" is "as much as"; the plurals
#: and the other persons are too rare to be worth their other readings.
_ESTIMATED_FORMS = _with_conjunction("قدر قدرت يقدر تقدر")
#: Words after which "قدّر" still opens its clause: "وقد قدّر الخبراء أن …", "حيث قدّر
#: التقرير حجم …".
_BEFORE_ESTIMATE = folded("قد وقد فقد كما حيث وحيث فيما بينما")
#: "على"/"ل" with a pronoun right after "قدّر": "قُدّر علينا/له" (was fated), not an estimate.
_FATED_ON = folded("علي علينا عليه عليها عليهم له لنا لهم لها لي")


def _added_that(tokens: Sequence[Token], i: int) -> bool:
    """A complementiser or a colon closes the short subject of "زاد" at i ("وزاد الضعيان أن
    …", "وزاد:"): "added that"; "زاد عدد الزوار" is an increase."""
    for t in tokens[i + 1 : i + MAX_ADDING_LEAD + 2]:
        if t.norm in lx.COMPLEMENTISERS or t.text == ":":
            return True
        if not t.is_word:
            return False
    return False


def _added_quotation(tokens: Sequence[Token], i: int) -> bool:
    """A quotation longer than a name opens right after "زاد" at i or its short subject ("وزاد
    «…»", "وزاد الضعيان "…"", "وزاد أيضا "…""): he added these words, as with a colon; a
    quoted name ("وزادت «الشركة» إنتاجها") is no quotation of words."""
    for k in range(i + 1, min(len(tokens), i + MAX_ADDING_LEAD + 2)):
        if tokens[k].text in OPENING_QUOTES:
            words = 0
            for t in tokens[k + 1 :]:
                if t.text in CLOSING_QUOTES:
                    break
                words += t.is_word
            return words > MAX_NAME_QUOTE_WORDS
        if not tokens[k].is_word:
            return False
    return False


def _adds_as_speaker(voice: Mention | None) -> bool:
    """A subject of "زاد" that speaks: none (the verb's own), an official, unnamed sources, or a
    person with a given name, a title or a family name alone ("الضعيان"); not a thing that
    grew ("وزادت التكهنات أن", "زاد الأمر سوءا أن")."""
    if voice is None or voice.kind in (SourceKind.OFFICIAL, SourceKind.ANONYMOUS):
        return True
    if voice.kind is not SourceKind.PERSON:
        return False
    words = fold(voice.name).split()
    if voice.descriptor or any(given_name(w) for w in words):
        return True
    return len(words) == 1 and words[0].startswith("ال") and not words[0].endswith("ات")


def _body_record_head(norm: str) -> bool:
    """A record written with no article, so that a body's name after it is its author
    ("بيانات وزارة العمل", "إحصاءات الهيئة"), not what it is about."""
    return not norm.startswith("ال") and norm in lx.DOCUMENT_HEADS


def _found_that(tokens: Sequence[Token], i: int) -> bool:
    """A finder stands between the verb of finding at i and a complementiser in its clause: a
    definite noun or a record ("ووجد الباحثون أن …", "وجدت دراسة حديثة أن …"). "ووجد أن …"
    goes on with the last speaker's words or is "it was found"; "وجد سندا في …" found an
    object; "وجد فريق فلان أن …" after a comma most often goes on with what the voice before
    tells of its own team."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not nxt.is_word or nxt.norm in lx.COMPLEMENTISERS:
        return False
    finder = nxt.norm.startswith("ال") or nxt.norm in lx.DOCUMENT_HEADS
    return finder and _shown_that(tokens, i)


def _record_fronted(tokens: Sequence[Token], i: int) -> bool:
    """A record stands as the subject right before the verb of showing or finding at i, and a
    complementiser right after it: "دراسة جديدة وجدت أن …", "لكن التقرير أظهر أن …" (the
    record, with an adjective or two, then what it found)."""
    if i + 1 >= len(tokens) or tokens[i + 1].norm not in lx.COMPLEMENTISERS:
        return False
    if _strip_conj(tokens[i].norm) != tokens[i].norm:
        return False  # "ووجد أن …": the verb opens a clause of its own, its subject unwritten
    lead = tokens[max(0, i - 1 - MAX_RECORD_ADJECTIVES) : i]
    return all(t.is_word for t in lead) and any(
        _shown_record(t.norm) or _shown_record(t.norm.removesuffix("ا")) for t in lead
    )


def _shown_that(tokens: Sequence[Token], i: int) -> bool:
    """A complementiser follows the verb of showing at i in its clause; a comma may set off a
    relative clause or close a time word on the way ("وأظهرت الأبحاث، التي أجريت …، أن",
    "أظهر مسح أمس، أن")."""
    for k in range(i + 1, min(len(tokens), i + MAX_SHOWING_LEAD + 1)):
        t = tokens[k]
        if t.norm in lx.COMPLEMENTISERS:
            return True
        if t.text in "،,":
            nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
            if nxt in lx.COMPLEMENTISERS or nxt in _RELATIVE_PRONOUNS:
                continue
            if tokens[k - 1].norm in lx.ADVERBS or _time_aside_at(tokens, k):
                continue
            return False
        if t.text in ".؛;" or t.norm == _ALSO:
            return False
    return False


def _shown_record(norm: str) -> bool:
    """A record's head word, with the article or none: "بيانات", "التقرير"."""
    return norm in lx.DOCUMENT_HEADS or strip_article(norm) in lx.DOCUMENT_HEADS


def _change_noun(tok: Token) -> bool:
    """A noun of change ("تراجع", "ارتفاعا") that a record shows, not one with the article
    (which goes on the record's name: "تقرير الارتفاع السنوي")."""
    return tok.norm in lx.CHANGE_NOUNS


def _foreseen_at(tokens: Sequence[Token], k: int) -> bool:
    """A noun of change opens at token k what a forecast foresees, alone or after a noun of
    phase ("انخفاض الأسعار", "استمرار نمو الطلب")."""
    if k >= len(tokens):
        return False
    if tokens[k].norm in _PHASES:
        k += 1
    return k < len(tokens) and _change_noun(tokens[k])


def _record_shows(tokens: Sequence[Token], i: int) -> bool:
    """The verb of showing at i opens its clause with a record right after it ("وأظهرت بيانات
    رسمية تراجع التضخم …", "أظهر تقرير اقتصادي ارتفاع …"): its object may be the noun phrase
    of what the record found, which the lead's walk looks for (a verbal noun after the
    record's name)."""
    if i + 1 >= len(tokens) or (i and tokens[i - 1].is_word):
        return False
    return _shown_record(tokens[i + 1].norm)


def _time_aside_at(tokens: Sequence[Token], comma: int) -> bool:
    """A time word alone between the comma at ``comma`` and the next: "أظهرت بيانات رسمية،
    أمس، أن …", "…، الاثنين، أن …" (when it was shown, set off as an aside)."""
    after = comma + 2
    return (
        after < len(tokens) and tokens[comma + 1].norm in lx.ADVERBS and tokens[after].text in "،,"
    )


#: Who tells an outlet something: people and the bodies that speak ("وأبلغت الوزارة رويترز").
_TELLERS = _PEOPLE_KINDS | BODY_KINDS
#: "أبلغ فلان فرانس برس": an outlet or agency told has at most this many words.
MAX_MEDIUM_WORDS = 3
#: Titles written right before a name: after one of them a long chain still has its name.
_HONORIFICS = folded(
    """
    الدكتور الدكتورة المهندس المهندسة الأستاذ الأستاذة اللواء العميد العقيد المقدم الرائد
    النقيب الفريق
    """
)
#: "في بيان صحفي أصدره أمس مكتبه الإعلامي،": at most this many tokens of an occasion.
MAX_OCCASION_TOKENS = 10
#: Prepositions before the occasion of the words: "في بيان", "خلال مؤتمر صحفي", "عبر تغريدة".
_OCCASION_PREPOSITIONS = folded("في خلال عبر ضمن")
#: Most words of the place after a trailing credit's voice ("…، بحسب الهيئة في الأردن.").
_CREDIT_PLACE_WORDS = 3
#: Prepositions that open where or how a trailing credit's voice spoke ("في بيان", "على
#: صفحتها", "عبر حسابه"), and how many words such a tail may hold (see _medium_after).
_MEDIUM_PREPOSITIONS = folded("في على عبر")
_MEDIUM_TAIL_WORDS = 8
#: Where a voice published online: "على الإنترنت", "على موقعها", "عبر حسابه".
_ONLINE_LINKS = folded("على عبر في")
_ONLINE = folded("الإنترنت الانترنت موقعه موقعها موقعهم الموقع الشبكة")
#: "إذا كشف الفحص …", "ولو قال قائل": a condition before the verb supposes, reports nothing.
_CONDITIONALS = folded("إذا وإذا فإذا لو ولو فلو")
#: Words before a cue word that show no one reports there (see _spot): one set, so that a
#: cue word is tested once rather than against each list in turn.
_NOTHING_SAID_AFTER = _NEGATIONS | _BEFORE_NOUNS | _NOT_SAYING | _QUESTIONS | _CONDITIONALS
#: "علم اليقين" (knowledge of certainty): "يعلم علم اليقين أن …" knows for sure; no "علم" (learnt).
_KNEW = fold("علم")
_CERTAINTY = fold("اليقين")
#: Plural letters and speeches an issuer speaks in: "عددا من الرسائل قال فيها".
_MESSAGES = folded("الرسائل رسائل الكلمات كلمات التغريدات تغريدات")
#: Counts before "من" and the thing counted: "عددا من", "جملة من" ("وفق عدد من الشروط").
_COUNTS = folded("عددا عدد جملة مجموعة حزمة عدة")
#: "كما" (as, also) opens another clause.
_ALSO = fold("كما")
#: "ملازم أول", "رقيب أول": a rank's grade.
_FIRST_RANK = fold("أول")
_GRADED_RANKS = folded("ملازم رقيب عريف جندي نقيب مساعد")
#: "أول أمس", "أول من أمس": a time, never a rank's grade.
_BEFORE_YESTERDAY = folded("أمس امس من")
#: "أمس الأول": the day before yesterday.
_YESTERDAY, _FIRST = fold("أمس"), fold("الأول")
#: "اكتمال كافة الاستعدادات", "إغلاق جميع الطرق": a verbal noun in construct with all of them.
#: Fewest letters of a definite plural or adjective _plural_after_adjective reads ("الوطني").
MIN_PLURAL_OBJECT = 5
#: A periodical's issue, with its pronoun ("في عددها الصادر أمس"): where a paper printed it.
_ITS_ISSUE = folded("عددها عدده")
#: "أي", "أية": "any", which follows the head of a thing denied, never a voice's name.
_ANY = folded("أي أية")
_WHOLE = folded("كافة كل جميع أول مجمل معظم غالبية")
#: Prepositions shaped like a derived verbal noun: "أثناء زيارته", "إزاء القرار".
_SHAPED_LIKE_NOUNS = folded("أثناء إزاء اثناء ازاء")
#: "إلا أن", "غير أن", "بيد أن": "however", before a main clause.
_HOWEVER = folded("إلا الا غير بيد")
#: Commas in a list of people after a colon ("المدرب فلان، ومساعده فلان، ومدرب الحراس فلان").
MIN_ROSTER_COMMAS = 2
#: Words of a person's name listed after a colon ("سالم محمد أحمد آل حسن الربعي").
MAX_LISTED_NAME = 7
#: Words that negate the clause before a closing "كما قال …".
_CLAUSE_NEGATIONS = folded("لا لم لن ليس ليست")
#: Prepositions whose object is part of the subject's phrase, never the verb's object.
_INNER_PREPOSITIONS = folded("من عن في")
#: Prepositions that open the complement of a verbal noun: "التفاوض مع", "الاعتداء على".
_WITH = folded("مع على عن في من إلى الى")
#: "… كما قال المتحدث باسم الشرطة.": fewest tokens before كما with no comma, most after the verb.
MIN_AS_CLAUSE = 4
MAX_AS_VOICE = 10
#: "وصف ضابط" is "and a non-commissioned officer" (صف ضابط), not "described an officer".
_DESCRIBED = fold("وصف")
_OFFICER = fold("ضابط")
#: "تابع" (went on) is also "belonging": "تابع لحرم الجامعة".
_BELONGING = fold("تابع")
#: Modal verbs a verbal noun follows ("يمكن ذكر", "يجب تأكيد"): what may or must be said.
_MODALS = folded("يمكن ويمكن يمكننا ويمكننا يجب ويجب ينبغي وينبغي")
#: Words of manner that may stand between a modal and its verbal noun: "يمكن باختصار ذكر".
_MODAL_MANNER = folded("باختصار أيضا أيضاً كذلك هنا")


#: "من" (from, or whoever): a cue word right after it is a verbal noun governed by it ("لا
#: مانع من ذكر …") or the verb of a relative "whoever" ("ردك على من يقول إن …"), whose voice
#: is the "من" itself and never the noun after the verb.
_FROM_OR_WHOEVER = fold("من")
#: Superlatives before "من" that name the one who spoke before them: "كانت الصحيفة أول من كشف
#: عن القرار" (the first who revealed it) reports the paper.
_FIRST_WHO = folded("أول آخر أكثر أبرز")


def _after_from_or_whoever(tokens: Sequence[Token], i: int) -> bool:
    """The cue word at i follows "من" or "ومن" with no superlative before it: a verbal noun
    ("تمكنت الشرطة من كشف هوية …") or "whoever" ("أما من يرى أن …"), no voice named by it."""
    if i == 0 or _strip_conj(tokens[i - 1].norm) != _FROM_OR_WHOEVER:
        return False
    return i < 2 or tokens[i - 1].norm != _FROM_OR_WHOEVER or tokens[i - 2].norm not in _FIRST_WHO


def _after_modal(tokens: Sequence[Token], i: int) -> bool:
    """The word at i follows a modal verb, perhaps past one word of manner: "ويمكن باختصار
    ذكر بقية الجهات" (the verbal noun "mentioning", nothing reported)."""
    j = i - 1
    if j > 0 and tokens[j].norm in _MODAL_MANNER:
        j -= 1
    return j >= 0 and tokens[j].norm in _MODALS


#: Verbs of telling someone: the noun after them with "his"/"her" is the one told.
_TELLING = frozenset({"أخبر", "أبلغ"})

#: Voices with no name that may act at the head of a sentence and speak after it.
_TITLED_ACTORS = frozenset({SourceKind.OFFICIAL, SourceKind.GOVERNMENT_BODY})
#: Kinds a title alone may give its actor beside those: an office no list holds (None) and
#: a trade ("مدرب الفريق").
_UNLISTED_OR_PERSON = frozenset({None, SourceKind.PERSON})
MIN_TITLED_ACTOR_WORDS = 2
#: Most words of a subheading run into the sentence after it ("أبواب مفتوحة وعادت …").
MAX_SUBHEADING_WORDS = 3
#: A byline or dateline run into the first sentence ("فلان- الوادي- جدة: …"): how many
#: tokens it may hold up to its colon, and the dashes that join its parts (see _after_byline).
MAX_BYLINE_TOKENS = 12
_BYLINE_DASHES = frozenset("-–—")
#: Fewest letters of a verb that opens a sentence before a name ("لم", "قد" are particles).
MIN_DOER_VERB_LETTERS = 3
#: Acts whose object follows a preposition ("أثنى على", "أشاد بـ", "رحب بـ", "عبر عن", "ندد
#: بـ"): the words before the preposition are the doer.
_ACTS_ON_PREPOSITIONS = frozenset(
    # ("علّق على الخبر، وقال …": what he commented on, in على, then his words)
    fold(w + ending)
    for w in "أثنى أشاد رحب عبر ندد علق".split()
    for ending in ("", "ت")
)
#: Where an office-holder is posted, inside his title: "سفير البلد لدى المملكة".
_POSTED_AT = folded("لدى في عند")

#: "فيما أشاد سالم بن علي العمري بالعروض": the most words of a name with no title read as
#: the subject of a verb that is no cue.
MAX_BARE_SUBJECT = 4

#: A counted group "عدد من X": "من" and at least one word before the content; at most this many
#: tokens from "عدد" to the content.
MIN_COUNTED_AT = 3
MAX_COUNTED_GROUP = 8

#: Words after which حسب/وفق give the measure of an order, not a voice: "المنتخبات الأقل تصنيفا
#: حسب الاتحاد الدولي" ranks teams by the federation's table; nobody reports anything.
_RANKED_BY = folded("تصنيفا تصنيف ترتيب ترتيبا الأقل الأعلى الأدنى الأكثر الأفضل")
#: The present of "اعتبر": as often "is considered" ("تعتبر الأكثر مبيعا") as "considers"; it
#: reports only with its complementiser ("ويعتبر الخبير أن …").
_CONSIDERED = folded("يعتبر تعتبر")
#: "أوضح" is also "clearer", "clearest": before a noun of evidence ("أوضح دليل على أن",
#: "أوضح مثال") it is that adjective, and no one made anything clear.
_CLEARER = fold("أوضح")
_SIGNS = folded("دليل مثال مثالا برهان نموذج مؤشر دلالة صورة تعبير")
#: The lemma of "اعتبر" (considered X as Y).
_CONSIDERED_LEMMA = "اعتبر"
#: "ويعتبر أستاذ الاقتصاد في الجامعة فلان أن": at most this many words to the complementiser.
MAX_CONSIDERED_LEAD = 10


def _complementiser_within(tokens: Sequence[Token], i: int, n: int) -> int | None:
    """Where a complementiser stands within n tokens after i, in the same clause (None when
    none does): "ويعتبر الكبير غير ذلك، كما أن …" has none (the comma and "كما" open another)."""
    for k in range(i + 1, min(len(tokens), i + n + 1)):
        t = tokens[k]
        if t.norm in lx.COMPLEMENTISERS:
            return k
        if t.text in "،,.؛;" or t.norm == _ALSO:
            return None
    return None


#: Most words of a share before its group: "نحو 64 في المائة من المزارعين".
MAX_SHARE_WORDS = 6


#: Complementisers that join a clause of their own: "لأن" (because), "فإن" (so), "وأن" (and).
_CLAUSE_THATS = _CAUSAL_LETTERS | {"و"}
#: Words that govern the "أن" after them, which then opens no statement: "إلا أن" (but),
#: "حيث إن" (since), "بعد أن" (after), "ينبغي أن" (should).
_GOVERNING_THAT = _BEFORE_TERMS | _MODAL_BEFORE_THAT | _TIME_CONJUNCTIONS | folded("إلا الا حيث")


def _considering(tokens: Sequence[Token], i: int) -> bool:
    """The present of "اعتبر" at i reports what its subject considers: the complementiser in
    its clause opens that, not another clause ("ويعتبر اللاعب من أبرز نجوم الفريق إلا أن …",
    "وهذا يعتبر مؤشرا جيدا لأن …", "حيث إن …", "بعد أن …" say "is considered"). Any other verb
    at i: True."""
    if _strip_conj(tokens[i].norm) not in _CONSIDERED:
        return True
    k = _complementiser_within(tokens, i, MAX_CONSIDERED_LEAD)
    if k is None:
        return False
    return tokens[k].norm[:1] not in _CLAUSE_THATS and tokens[k - 1].norm not in _GOVERNING_THAT


#: "يعتقد فلان أن", "تعتقد الحكومة أن": a belief verb opening its clause with its subject
#: after it. Not the first person ("أعتقد", "نعتقد": a columnist's opinion), not "يُعتقد أن"
#: (impersonal), not after "من"/"هل" ("ومن يعتقد", "هل تعتقد").
_BELIEF_CUES = {
    fold("يعتقد"): lx.Cue("اعتقد", lx.CueClass.VERB, Stance.ASSERTS, "m", strict=True),
    fold("تعتقد"): lx.Cue("اعتقد", lx.CueClass.VERB, Stance.ASSERTS, "f", strict=True),
}

#: Relative pronouns whose antecedent a masculine singular verb cannot agree with: "الذين
#: يتوقع أن" and "التي يعتقد أنها" are passive ("who are expected", "which is believed").
_NOT_MASCULINE_RELATIVES = folded(
    """
    الذين التي اللتان اللذان اللواتي اللاتي
    """
)


#: "نسب": "attributed", or the plural of "نسبة" (a rate); "نسبت", also "were attributed".
_RATES = folded("نسب نسبت")


#: Forecast verbs whose masculine present, with no subject, is read as the impersonal passive
#: ("يُتوقع أن", "يُرجح أن": "it is expected"); the feminine "تتوقع" always has a subject.
_FORECAST_PASSIVES = folded("يتوقع يرجح")
#: Words after which such a verb still opens its clause: "حيث يتوقع أن …", "بينما يرجح أن …".
_FORECAST_OPENERS = _BEFORE_VERB | _CLAUSE_OPENERS | folded("حيث إذ اذ حين كما")
_THAT_OPEN = folded("أن ان")
#: Fewest letters of the present verb after "أن" ("يصل").
MIN_SUBJUNCTIVE = 3


def _expected_passive(bare: str, nxt: str, tokens: Sequence[Token], i: int) -> bool:
    """ "ويتوقع أن يصل الوفد غدا", "حيث يرجح أن تكون …": a masculine present forecast verb that
    opens its clause, with "أن" and a present verb right after it, is the impersonal passive
    (يُتوقع, "it is expected"): no voice, and not the speaker of the sentence before. A subject
    after it ("ويتوقع الخبراء أن …") or before it ("المدرب يتوقع أن …"), or a noun after
    "أن" ("ويرجح أن الاتهامات …", the speaker before going on) leave the verb a cue."""
    if bare not in _FORECAST_PASSIVES or nxt not in _THAT_OPEN or i + 2 >= len(tokens):
        return False
    norm = tokens[i].norm
    opens = (
        i == 0
        or not tokens[i - 1].is_word
        or _strip_conj(norm) != norm
        or tokens[i - 1].norm in _FORECAST_OPENERS
    )
    verb = tokens[i + 2].norm
    return opens and verb[:1] in "يت" and len(verb) >= MIN_SUBJUNCTIVE and not given_name(verb)


def _passive_after_relative(bare: str, prev: str) -> bool:
    """A reporting verb right after a relative pronoun, read as a passive, no cue at all: an
    impersonal word after any of them ("الذي يعتقد أنه نفذ الهجوم": "who is believed"), or
    a masculine singular present after one it cannot agree with ("الذين يتوقع أن يمثلوا")."""
    if prev not in _RELATIVE_PRONOUNS and prev not in _NOT_MASCULINE_RELATIVES:
        return False
    if bare in lx.IMPERSONAL:
        return True
    cue = lx.VERB_CUES.get(bare)
    return (
        prev in _NOT_MASCULINE_RELATIVES
        and cue is not None
        and cue.gender == "m"
        and bare.startswith("ي")
    )


#: Words of time before a verbal noun that is an occasion, not what was said: "أوضح فلان،
#: عقب وصول السفينة …، أن …".
_OCCASION_TIMES = _AT_TIME | _LONG_OCCASION_LINKS
#: Unions the readers below test words against, built once rather than on every test (a set
#: union of hundreds of words costs far more than the lookup).
_EVENT_OBJECT_VERBS = lx.NP_CONTENT_VERBS | lx.DESCRIBING_VERBS
_TITLE_OR_QUOTE_HEADS = _TITLES | _QUOTE_HEADS
_TITLE_OR_BODY_HEADS = _TITLES | lx.BODY_HEADS
_OBJECT_PARTICLES = _OCCASION_LINKS | _LEAD_FILLERS | _OBJECT_OPENERS | _OBJECT_PRONOUNS


#: Most tokens from a voice's first title to the content after the name that closes the chain.
MAX_TITLE_CHAIN_TOKENS = 32
#: Fewest words of a clause a trailing credit covers ("قتل ثلاثة" is two).
MIN_CREDITED_WORDS = 3
#: Fewest words of the name closing a chain of titles: a given name alone may be a verb.
TITLE_CHAIN_NAME_WORDS = 2
#: Endings of a possessed noun ("زيارته", "كلمتها", and "لقائه") that no place or body name
#: ends in (a bare ه also ends "متنزه").
_POSSESSED_ENDINGS = (*_POSSESSED, "ئه")
#: Words that show the name after them is not the speaker's: an occasion or an addressee
#: ("خلال لقائه الوزير فلان", "في اتصال مع السفير فلان"), a clause of its own.
_CHAIN_BREAKS = folded(
    """
    مع خلال لدى عند أمام امام بعد قبل أثناء اثناء حيث الذي التي الذين عقب إثر اثر بين إلى الى
    منذ حول ضد عبر بمناسبة
    """
)
#: Cues whose verb takes a person as object: "أبلغ المدير الوزير فلان أن" tells فلان.
_OBJECT_TAKING = frozenset({"أخبر", "أبلغ", "حذر", "نبه"})


def _subject_by_saying(subject: Mention | None) -> bool:
    """A subject read whole before "بقوله": none with "من" in it, which may have run into the
    verb's object ("استغرب فلان من القرار بقوله": what he wondered at, no part of him)."""
    return subject is not None and "من" not in subject.surface.split()


def _one_named(voice: Mention) -> bool:
    """The voice is one person named by his own name first ("فيصل بن خالد"), not a group
    with names in it ("أبناء الفقيد سالم وماجد") nor names joined by و."""
    words = normal_words(voice.name)
    if not words or not given_name(words[0]):
        return False
    return not any(w[:1] == "و" and given_name(w[1:]) for w in words[1:])


def _has_given_name(voice: Mention) -> bool:
    """A word of the voice's name is a given name: a person named, not a title alone. In a
    phrase longer than a name, a title that is also a given name names no one ("مدير الهيئة
    أمين عام المجلس"); in a short one it may ("مساعد الأحمد")."""
    words = normal_words(voice.name)
    long = len(words) > MAX_NAME_TOKENS
    return any(given_name(w) and not (long and w in _TITLES) for w in words)


class _Sentence:
    """One sentence being read: its tokens, quotes and the attributions found so far."""

    def __init__(
        self,
        text: str,
        sentence: Sentence,
        known: Known,
        actor: Mention | _LazyActor | None = None,
    ) -> None:
        self.text = text
        self.sentence = sentence
        self.known = known
        self.tokens = _spelled_acronyms(text, tokenize(text, sentence.start, sentence.end), known)
        # '' … '' (two apostrophes for quotation marks) is kept as the inner pair of marks, so
        # that its words, like those of « … », run from one past the opening to the closing.
        self.quotes = [
            (a + 1, b - 1) if text.startswith("''", a) else (a, b)
            for a, b in mixed_quote_spans(text, sentence.start, sentence.end)
        ]
        self.spots = _spot(self.tokens, self.quotes)
        # Per-token lookups built once, so that a sentence of many cues reads in linear time.
        self.spot_at = {s.i: s for s in self.spots}
        #: Token index where the clause holding each token begins, built when first asked for.
        self.clause_starts: list[int] | None = None
        self.quote_from = {a: (a, b) for a, b in self.quotes}
        self.quote_ends = [b for _, b in self.quotes]
        self._boundaries: list[int] | None = None
        self.found: list[RawAttribution] = []
        self._actor = actor
        #: This sentence's own opening act and actor, read once when first asked for.
        self.opening: tuple[Mention, int] | None = None
        self._opening_read = False
        #: Voices that relay the report of the verb at a token index ("بحسب X، ذكرت Y أن").
        self.relays: dict[int, Mention] = {}
        #: Cue tokens a credit read as part of its own phrase ("وفق الوزارة نقلا عن …").
        self.consumed: set[int] = set()
        #: The subject of a verb cue read with no content ("أوضحت الإدارة في بيان لها حول
        #: …، مؤكدة أنه …"), and the verb's token index: the participle after it is hers.
        self.silent: tuple[Mention, int, int] | None = None
        #: The subject the last verb cue read (None when it had none), and the index after it.
        self.last_subject: Mention | None = None
        self.last_subject_end = 0

    @property
    def boundaries(self) -> list[int]:
        """Token indices where a clause opens that ends a content read before it: a cue's own
        clause, or one in the writer's voice. Found when first asked for: a sentence whose cues
        read no content never asks."""
        if self._boundaries is None:
            found = [self._opening(s.i) for s in self.spots if self._ends_content(s)]
            if _WRITER_HINT.search(self.text, self.sentence.start, self.sentence.end):
                found = sorted(found + self._writer_clauses())
            main = self._main_after_time_clause()
            if main is not None:
                found = sorted([*found, main])
            self._boundaries = found
        return self._boundaries

    @property
    def actor(self) -> Mention | None:
        """Who acts in the sentence before when it spoke without a cue ("شجب الوزير فلان …"),
        read when first asked for (see _LazyActor)."""
        return self._actor() if isinstance(self._actor, _LazyActor) else self._actor

    def opening_once(self) -> tuple[Mention, int] | None:
        """opening_actor, read on the first call only (most sentences never need it)."""
        if not self._opening_read:
            self._opening_read = True
            self.opening = self.opening_actor()
        return self.opening

    def opening_actor(self) -> tuple[Mention, int] | None:
        """The subject of a speech act that opens the sentence, and the index after it:
        "بدوره، عبر اللاعب فلان عن سعادته …" → the player."""
        k = self._after_time_frame() or self._after_subheading() or self._after_byline()
        k = k or self._after_link_phrase()
        while k < len(self.tokens) and (
            self.tokens[k].text in "،," or self.tokens[k].norm in _ACTOR_OPENERS
        ):
            k += 1
        if k >= len(self.tokens):
            return None
        if _strip_conj(self.tokens[k].norm) in _BEING:
            return self._pluperfect_actor(k)
        # A reporting verb with no content of its own read ("أكد الأمير فلان اعتزازه …") names
        # the speaker of what follows just as an opening act does.
        spot = self.spot_at.get(k)
        verb_cue = spot is not None and spot.cue.cls is lx.CueClass.VERB
        # (an accusation opening the sentence names its doer as an act does: "واتهمت الحكومة
        # الوادية المتمردين بـ…، وقالت إن …")
        verb_cue = verb_cue and spot is not None and spot.cue.lemma not in _ACCUSING_VERBS
        opener = _strip_conj(self.tokens[k].norm)
        if opener in _RECEIVING:
            return None  # "تلقى الرئيس فلان برقية من نظيره، أكد فيها …": the sender speaks
        act = verb_cue or opener in lx.OPENING_ACTS or opener in _CALLS or opener in _REFUSALS
        if not act and not self._titled_doer(k) and not self._named_doer(k):
            return self._body_doer(k)
        start = self._after_verb_adverbs(k + 1)
        if start < len(self.tokens) and self.tokens[start].norm.startswith("ل"):
            if self._carrier_at(start):
                start = self.read_carrier(start)[1]  # "أكد لـ«الوادي» فلان دعمه …"
        if start < len(self.tokens) and self.tokens[start].norm in _HONORIFIC_PRONOUNS:
            return self._honoured_actor(start)  # "اطلع سموه على …": the one named before
        if start < len(self.tokens) and self.tokens[start].norm in _LINKERS:
            if not self._is_ali(start):
                return None  # "وشدد على موقفهم": the verb's own subject is not written
        stop = self.phrase_end(start, verb=None)
        end = self._name_end(start, stop)
        quote = self.quote_at(stop) if end is None and stop < len(self.tokens) else None
        if quote is not None and self._quoted_name_after(quote, start, stop):
            # "وأشار الطفل «سالم الهاشمي» إلى …": the name in quotation marks, whole.
            end = self.index_at(quote[1]) + 1
        if end is None and verb_cue:
            # "أكدت الوزارة ذلك، مشيرة إلى أن …": the doer, then what the verb points back
            # to or the news it takes up; the participle after speaks for the doer.
            last = min(stop + 1, len(self.tokens))
            cut = next((j for j in range(start + 1, last) if self._object_word(j)), None)
            if cut is not None and any(t.norm in _TOPICS for t in self.tokens[start + 1 : cut]):
                # "وأوضحت وزارة الصحة ملابسات الحادث، وقالت …": a topic noun is what she made
                # clear, never part of her name (the topic's teller is read below).
                cut = None
            if cut is not None:
                actor = read_voice(
                    self.text, self.tokens[start:cut], self.known, allow_bare_name=False
                )
                if actor is not None:
                    return actor, cut
        if end is None and act and not verb_cue:
            body = self._body_before_object(k, start, stop)
            if body is not None:
                return body
        if end is None and opener in lx.COMPLAINT_ACTS:
            return self._complainants(start, stop)
        expressing = self._expressing(start, stop) if opener in _EXPRESSING else None
        if end is None and expressing is not None:
            return expressing
        if end is None and opener in _REFUSALS:
            return self._refuser(start)
        if end is None and opener in _ACTS_ON_PREPOSITIONS:
            return self._titled_actor(start, stop)
        if end is None:
            return self._topic_teller(start, stop) if verb_cue else None
        if not act and self._ba_complement_at(end):
            return None  # "واتهم الرئيس السابق فلان، بأنه …": whom he accused, no doer
        # "وأرجع فلان استخدام المسلحين الألغام إلى …": a verbal noun after a definite word opens
        # the act's object; the doer's name ends before it.
        end = next((j for j in range(start + 1, end) if self._object_after_definite(j)), end)
        courtesy = next((j for j in range(start, end) if self.tokens[j].norm in _COURTESIES), None)
        if courtesy is not None:
            # "قدم ولي العهد التعازي للملك فلان": the act's object and to whom; the doer is
            # the one before it, or none; his name ends before it ("وقدم فلان التهنئة …":
            # a bare family name does not take it in) and before "أحر" ("أحر التعازي")
            if courtesy == start:
                return None
            end = courtesy
            if end - 1 > start and self.tokens[end - 1].norm in FORMULA_ELATIVES:
                end -= 1
        if end - 1 > start and self._verb_before_complementiser(end - 1):
            end -= 1  # "وبات فلان الفلاني يريد أن …": the verb he goes on with, no name
        actor = read_voice(self.text, self.tokens[start:end], self.known, allow_bare_name=True)
        if actor is not None and not act and not any(map(given_name, fold(actor.name).split())):
            return None  # after an unlisted verb, only a titled person named in full acts
        return None if actor is None else (actor, end)

    def _expressing(self, start: int, stop: int) -> tuple[Mention, int] | None:
        """The unnamed doer of an act of feeling whose "عن" follows it at once, as "أعرب عن"
        reads its subject: "وعبر ذوو الضحايا عن شكرهم …، مشيرين إلى أن …" (the participle is
        theirs); None when no voice stands there or no "عن" closes it."""
        if stop <= start or stop >= len(self.tokens) or self.tokens[stop].norm not in ("عن", "عما"):
            return None
        voice = read_voice(self.text, self.tokens[start:stop], self.known, allow_bare_name=True)
        return None if voice is None else (voice, stop)

    def _honoured_actor(self, start: int) -> tuple[Mention, int] | None:
        """The actor of the sentence before, when an act opens this one with an honorific
        pronoun for its subject: "استقبل الأمير فلان الوفد. وعبر سموه عن أسفه …، مبيناً أن
        …" (the participle is the prince's); None when no one acted before."""
        actor = self.actor
        return None if actor is None else (actor, start + 1)

    def _body_before_object(self, k: int, start: int, stop: int) -> tuple[Mention, int] | None:
        """The body that does the act at token k, named from ``start`` up to the act's object:
        "وأدانت منظمة العفو اعتقال …، قائلة إن …" (a verbal noun after a definite word),
        "وأشادت هيئة الطرق بجهود …، مؤكدة أن …" (a noun in ب). The participle or subject-less
        cue after it is the body's; a feminine verb makes the body "she". None when the phrase
        opens with no body's head, names no body, or runs on with no such object ("وأدانت
        الوزارة الهجوم": a definite object cannot be told from the body's own words)."""
        if _strip_conj(self.tokens[start].norm) not in lx.BODY_HEADS:
            return None
        last = min(stop, len(self.tokens) - 1)
        cut = next(
            (
                j
                for j in range(start + 1, last + 1)
                if self._object_after_definite(j, before=self._before_closing_quote(j))
                or _bi_content(self.tokens[j].norm)
                or self._definite_object_after_body(start, j)
                or self._accusative_after_body(start, j)
            ),
            None,
        )
        if cut is None:
            return None
        voice = read_voice(self.text, self.tokens[start:cut], self.known, allow_bare_name=False)
        if voice is None or voice.kind not in BODY_KINDS | {None}:
            return None
        if self.tokens[k].norm.endswith("ت"):
            voice = replace(voice, gender="f")
        return voice, cut

    def _definite_object_after_body(self, start: int, j: int) -> bool:
        """A plain definite noun or a demonstrative at j after a body named by a definite word
        at start and its adjectives is the act's object: "وانتقدت الشركة القرار، قائلة إن …",
        "ورفضت الغرفة ذلك المقترح …", "وأدان الهلال الأحمر الهجوم" (a body's own next words
        are adjectives, "الوطنية", "الأحمر", "المتحدة", never a bare noun)."""
        if not _definite(self.tokens[start].norm):
            return False
        if not all(_adjective_shaped(t.norm) for t in self.tokens[start + 1 : j]):
            return False
        norm = self.tokens[j].norm
        if norm in _THESE:
            return True
        if not _definite(norm) or _adjective_shaped(norm):
            return False
        return norm not in _TITLES and norm not in lx.BODY_HEADS

    def _accusative_after_body(self, start: int, j: int) -> bool:
        """An indefinite noun in the accusative ("معرضا", "تطبيقًا") or "اليوم"/"أمس" at j
        right after a definite word of a body named from start ends its name: "أطلقت هيئة
        النقل اليوم تطبيقا …. وقالت إن …" (the authority launched it, then speaks); a name
        goes on with definite words, never with such a noun."""
        if j < start + 1 or not _definite(self.tokens[j - 1].norm):
            return False
        tok = self.tokens[j]
        if tok.norm in _TIME_WORDS or self._time_set_off(j):
            return True
        return (
            _indefinite_word(tok)
            and tok.text.rstrip("\u064b").endswith("ا")
            and _strip_conj(tok.norm) == tok.norm  # "وأمانتها": joined to what came before
        )

    def _time_set_off(self, j: int) -> bool:
        """A comma at j, then "اليوم"/"أمس" and another comma: "أطلقت الهيئة، اليوم، …"."""
        return (
            j + 2 < len(self.tokens)
            and self.tokens[j].text in "،,"
            and self.tokens[j + 1].norm in _TIME_WORDS
            and self.tokens[j + 2].text in "،,"
        )

    def _before_closing_quote(self, j: int) -> int:
        """The index of the word before token j, past a closing quotation mark: "منظمة «العفو»
        اعتقال" → the last word inside the marks."""
        if j > 1 and self.tokens[j - 1].text in CLOSING_QUOTES:
            return j - 2
        return j - 1

    def _verb_before_complementiser(self, j: int) -> bool:
        """Token j opens with the imperfect's prefix and "أن" follows it: a verb ("يريد أن",
        "تأمل أن"), never the last word of a name."""
        nxt = j + 1
        if nxt >= len(self.tokens) or self.tokens[nxt].norm not in lx.COMPLEMENTISERS:
            return False
        return self.tokens[j].norm[:1] in "يت" and not given_name(self.tokens[j].norm)

    def _object_word(self, j: int) -> bool:
        """Token j is an object a reporting verb takes after its doer: a word pointing back
        ("ذلك") or the news denied or confirmed ("الخبر", "الأنباء")."""
        norm = self.tokens[j].norm
        return norm in _BACK_REFERENCES or (norm in _DENIAL_OBJECTS and norm.startswith("ال"))

    def _ba_complement_at(self, k: int) -> bool:
        """A comma at token k, then a verb's complement in ب: "بأنه", "بالتقصير". The person
        named right before it is the verb's object ("واتهم الرئيس السابق فلان، بأنه …"), the
        doer left unsaid. (With no comma the phrase may hold the doer and then his object:
        "اتهم الوزير فلان إسرائيل بأنها …".)"""
        if k + 1 >= len(self.tokens) or self.tokens[k].text not in "،,":
            return False
        k += 1
        norm = self.tokens[k].norm
        return norm in _BA_THAT or (norm.startswith("بال") and not self.known([norm], False))

    def _titled_actor(self, start: int, stop: int) -> tuple[Mention, int] | None:
        """The office-holder or body, named by no name, who praises or condemns at tokens
        start..stop and speaks next: "أثنى سفير البلاد لدى المملكة على جهود الفريق، وقال: …"
        (the ambassador, up to what he praised)."""
        cut = next(
            (
                j
                for j in range(start + 1, min(stop + 1, len(self.tokens)))
                if self.tokens[j].norm in _LINKERS
                or (self.tokens[j].norm[:1] == "ب" and self.tokens[j].norm not in _NAME_LINKS)
            ),
            None,
        )
        if cut is None:
            return None  # the act's object is not set off by its preposition
        words = self.tokens[start:cut]
        if sum(t.is_word for t in words) < MIN_TITLED_ACTOR_WORDS:
            return None  # "وأبدى السفير إعجابه": a bare title points back; the reading before
        if any(given_name(t.norm) or t.norm in _HONORIFIC_PRONOUNS for t in words):
            return None  # a name the reading above did not end, or "سعادته": no safe actor
        if any(
            words[j - 1].norm.startswith("ال")
            and words[j].is_word
            and not words[j].norm.startswith(("ال", "لل"))  # "الأمين العام للأمم المتحدة"
            and words[j].norm not in _POSTED_AT
            for j in range(1, len(words))
        ):
            return None  # "وزير الخارجية فلان الفلاني التصريحات": an unlisted name, then more
        found = read_voice(self.text, words, self.known, allow_bare_name=False)
        # (kind None: an office the registry's body holds, "الأمين العام للأمم المتحدة"; a
        # person by his trade alone, "أشاد مدرب الفريق بأداء لاعبيه، وقال …", as an office is)
        titled = (
            found is not None and found.kind in _UNLISTED_OR_PERSON and words[0].norm in _TITLES
        )
        if found is None or (found.kind not in _TITLED_ACTORS and not titled):
            # An unnamed group in the plural, read as a verb's subject is ("علق سياسيون يمنيون
            # على القرار. وقالوا …"), speaks on through a plural verb only (see _agrees).
            found = read_voice(self.text, words, self.known, allow_bare_name=True)
            if found is None or found.kind is not SourceKind.ANONYMOUS or found.gender != "p":
                return None
        return found, cut

    def _complainants(self, start: int, stop: int) -> tuple[Mention, int] | None:
        """The unnamed people who complain at tokens start..stop, who speak next: "اشتكى سكان
        حي النخيل من الشاحنات. وقالوا إن …" (a named complainant is read as any actor)."""
        # "اشتكى سكان الحي من …": من opens what they complain of ("عدد من" counts them).
        stop = next(
            (
                k
                for k in range(start + 1, stop)
                if self.tokens[k].norm == "من"
                and self.tokens[k - 1].norm not in lx.GROUP_QUANTIFIERS
            ),
            stop,
        )
        found = read_voice(self.text, self.tokens[start:stop], self.known, allow_bare_name=False)
        if found is None or found.kind is not SourceKind.ANONYMOUS:
            return None
        return found, stop

    def _refuser(self, start: int) -> tuple[Mention, int] | None:
        """The unnamed official, body or source at tokens from start who refused to comment
        (see _REFUSALS), read up to what was refused ("التعليق", "عن التعليق"); None when no
        such refusal closes a voice's phrase."""
        last = min(start + MAX_VOICE_TOKENS + 1, len(self.tokens))
        for k in range(start + 1, last):
            norm = self.tokens[k].norm
            if not self.tokens[k].is_word:
                return None  # a comma before the refusal: not the doer's phrase
            if norm in _REFUSED or (norm == "عن" and self._next_norm(k) in _REFUSED):
                found = read_voice(
                    self.text, self.tokens[start:k], self.known, allow_bare_name=False
                )
                return (found, k) if found is not None and found.kind in _DOER_KINDS else None
        return None

    def _after_time_frame(self) -> int:
        """The index after a time frame opening the sentence, "وفي نهاية اللقاء" (the act and
        its doer follow: "وفي نهاية اللقاء أبدى شقيق الجندي فلان ارتياحه …"), else 0."""
        tokens = self.tokens
        if len(tokens) > 3 and (_strip_conj(tokens[0].norm), tokens[1].norm) in _OPENING_PAIRS:
            return 2  # "وبهذه المناسبة هنأ فلان …": the act and its doer follow
        if len(tokens) > 3 and _during_the_event(tokens):
            return 2  # "وخلال اللقاء عبر فلان عن …": the act and its doer follow
        if len(tokens) < 4 or _strip_conj(tokens[0].norm) != "في":
            return 0
        if (tokens[1].norm, tokens[2].norm) in _CONTEXT_FRAMES:
            return 3  # "وفي السياق ذاته، بارك فلان …": the act and its doer follow
        if tokens[1].norm not in _TIME_FRAMES or not tokens[2].norm.startswith("ال"):
            return 0
        return 3

    def _after_link_phrase(self) -> int:
        """The index of a reporting verb after a short phrase and a comma that open the sentence
        with no cue in them, "وعلى صعيد آخر،", "من جهة أخرى،" (the act and its doer follow:
        "من جهة أخرى، أكد قائد الشرطة فلان الهجمات."), else 0."""
        last = min(len(self.tokens) - 2, MAX_LINK_PHRASE + 1)
        comma = next((j for j in range(1, last) if self.tokens[j].text in "،,"), None)
        if comma is None or any(j in self.spot_at for j in range(comma)):
            return 0
        return comma + 1 if self._verb_spot(comma + 1) else 0

    def _topic_teller(self, start: int, stop: int) -> tuple[Mention, int] | None:
        """The voice before a topic noun, the object of a reporting verb that opens the
        sentence: "أوضحت سفارة المملكة ملابسات الحادث." names who speaks in "وأفادت أن …"
        next; so does "أكدت الهيئة ما للمسجد من مكانة" (what it holds), or its own feeling
        ("أكدت الوزارة اعتزازها بالمسجد"), a body or office read up to there. None when no
        such object follows a voice."""
        last = min(stop + 2, len(self.tokens))  # the phrase may stop at "،" or the object
        at = next((j for j in range(start + 1, last) if self._told_object_at(j)), None)
        if at is None and stop < len(self.tokens) and self._told_medium_at(stop):
            # "كشف مصدر لـ«الوادي» تفاصيل الحادث، وقال إن …": the paper told, then the topic
            after = self.read_carrier(stop)[1]
            at = after if after < len(self.tokens) and self._told_object_at(after) else None
        if at is None:
            return None
        # "أوضح مدير الشرطة لـ«الوادي» ملابسات …": the medium told is no part of the voice
        told_to = next((j for j in range(start + 1, at) if self._told_medium_at(j)), at)
        # ("ونوه المصدر بالدعم الكبير الذي تقدمه …": words left over, no object told.)
        actor = self._whole_voice(start, told_to, bare=False)
        if actor is None or (self.tokens[at].norm not in _TOPICS and actor.kind not in _DOER_KINDS):
            return None
        return actor, at

    def _preceded_at(self, i: int) -> tuple[Mention | None] | None:
        """After "سبق لـX أن" right before the verb at i ("وسبق لصحيفة «…» أن أشارت"), the
        voice named after ل (None in the tuple when it names none); None when the verb does
        not follow such a phrase."""
        tokens = self.tokens
        if i < MIN_PRECEDED_AT or tokens[i - 1].norm not in ("أن", "ان"):
            return None
        for j in range(i - 2, max(-1, i - 2 - MAX_PRECEDED_TOKENS), -1):
            if _strip_conj(tokens[j].norm) in _PRECEDED and tokens[j + 1].norm.startswith("ل"):
                if not self._carrier_at(j + 1):
                    return (None,)
                named, end = self.read_carrier(j + 1)
                return (named if end == i - 1 else None,)
        return None

    def _told_medium_at(self, k: int) -> bool:
        """An outlet or agency told at token k ("لـ«الوادي»", "لوكالة الأنباء")."""
        if not self.tokens[k].norm.startswith("ل") or not self._carrier_at(k):
            return False
        medium = self.read_carrier(k)[0]
        if medium is None or fold(medium.name.split(" ", 1)[0]) in lx.BODY_HEADS:
            return False  # "الأمين العام لـ«حزب الأمة»": the body the title governs
        return medium.kind in (SourceKind.OUTLET, SourceKind.AGENCY)

    def _whole_voice(self, start: int, end: int, *, bare: bool) -> Mention | None:
        """The voice tokens start..end name, read to their last word (None when read_voice
        reads none, or leaves words after it)."""
        voice = read_voice(self.text, self.tokens[start:end], self.known, allow_bare_name=bare)
        last = max((t.end for t in self.tokens[start:end] if t.is_word), default=0)
        return voice if voice is not None and voice.end >= last else None

    def _told_object_at(self, j: int) -> bool:
        """Token j opens what a reporting verb's subject told, with no content of its own: a
        topic noun ("ملابسات"), "ما" (what), or a noun with "its"/"his"."""
        tok = self.tokens[j]
        if tok.norm in _TOPICS or tok.norm == "ما":
            return True
        possessed = tok.text.endswith("ها") and len(tok.norm) >= MIN_HIS_NOUN
        return (possessed and not tok.norm.startswith(("ال", "و"))) or self._his_noun(j)

    def _pluperfect_actor(self, k: int) -> tuple[Mention, int] | None:
        """The subject between "كان" at token k and "قد": "وكان المتحدث باسم الجيش، العميد
        فلان، قد أعلن …" → the spokesman, a person named in full; None otherwise."""
        stop = min(len(self.tokens), k + MAX_VOICE_TOKENS + MAX_NAME_TOKENS)
        qad = next(
            (j for j in range(k + 2, stop) if self.tokens[j].norm in _PERFECT_PARTICLES), None
        )
        if qad is None or not self._opens_voice(k + 1):
            return None
        actor = read_voice(self.text, self.tokens[k + 1 : qad], self.known, allow_bare_name=False)
        if actor is not None and self._named_body(k + 1, qad, actor):
            # "وكانت نقابة الصحفيين قد أدانت …، وقالت إن …": the body, feminine when كانت; a
            # body that had done something else ("وكان مجلس الوزراء قد خصص أرضا …") is the
            # writer's background, and speaks for no cue after it.
            if not self._act_at(qad + 1):
                return None
            return replace(actor, gender=_FEMININE_BEING.get(self.tokens[k].norm, "m")), qad
        if actor is None or actor.kind not in _PEOPLE_KINDS:
            return None
        if not any(map(given_name, fold(actor.name).split())):
            return None  # "وكان الفريق قد خسر": a team, or a role alone, names no speaker
        return actor, qad

    def _act_at(self, k: int) -> bool:
        """Token k is a reporting cue or a speech act ("أعلنت", "أدانت", "أصدرت")."""
        if k >= len(self.tokens):
            return False
        return k in self.spot_at or _strip_conj(self.tokens[k].norm) in lx.OPENING_ACTS

    def _named_body(self, start: int, end: int, actor: Mention) -> bool:
        """Tokens start..end name a body by its head and what it is of ("نقابة الصحفيين", "لجنة
        المنشطات"), not a bare "الشركة" or "الفريق" that a later clause may not speak for."""
        words = [t for t in self.tokens[start:end] if t.is_word]
        return (
            actor.kind in BODY_KINDS
            and len(words) >= MIN_TITLED_ACTOR_WORDS
            and _strip_conj(words[0].norm) in lx.BODY_HEADS
        )

    def _titled_doer(self, k: int) -> bool:
        """A verb the lexicon does not list opens the sentence with a titled person after it:
        "واستعرض الوزير فلان التقرير", "وتفقد اللواء فلان …" (a title right after the first
        word, which is then a verb: no preposition or noun in construct takes a bare title)."""
        word = _strip_conj(self.tokens[k].norm)
        if word in _NOT_DOERS or word in _LINKERS or not self.tokens[k].is_word:
            return False
        nxt = self._after_verb_adverbs(k + 1)
        if nxt < len(self.tokens) and self.tokens[nxt].norm == IMAM and self._imam_at(nxt):
            return True  # "وأوصى إمام وخطيب المسجد الشيخ فلان المصلين …"
        return nxt < len(self.tokens) and self.tokens[nxt].norm in _TITLES

    def _after_byline(self) -> int:
        """The index after a byline or dateline run into the sentence at the start of a line
        ("سالم العلي- الوادي- جدة: ناشد فلان …", "جدة - واس: …"): a few tokens joined by
        dashes, no cue among them, closed by a colon; the act and its doer follow. Else 0."""
        tokens = self.tokens
        if not tokens:
            return 0
        line_start = self.text.rfind("\n", 0, tokens[0].start) + 1
        if self.text[line_start : tokens[0].start].strip():
            return 0
        last = min(len(tokens), MAX_BYLINE_TOKENS + 1)
        colon = next((j for j in range(1, last) if tokens[j].text == ":"), None)
        if colon is None or colon + 1 >= len(tokens) or not tokens[colon + 1].is_word:
            return 0
        lead = tokens[:colon]
        if not any(t.text in _BYLINE_DASHES for t in lead) or any(
            j in self.spot_at for j in range(colon)
        ):
            return 0
        return colon + 1

    def _after_subheading(self) -> int:
        """The index of an act that follows a subheading run into the sentence ("أبواب مفتوحة
        وعادت فلانة الفلانية بذاكرتها …": a page's subheading lost its line break): a few
        words with no punctuation, then an act or a doer's verb joined by و; else 0."""
        tokens = self.tokens
        if not tokens or self._act_at(0) or self._titled_doer(0) or self._named_doer(0):
            return 0
        for j in range(1, min(len(tokens), MAX_SUBHEADING_WORDS + 1)):
            before = tokens[j - 1]
            if not before.is_word or j - 1 in self.spot_at or before.norm[:1] in CONJUNCTIONS:
                return 0
            if tokens[j].norm[:1] != "و" or _strip_conj(tokens[j].norm) == tokens[j].norm:
                continue
            if self._act_at(j) or self._titled_doer(j) or self._named_doer(j):
                return j
            return 0
        return 0

    def _named_doer(self, k: int) -> bool:
        """A verb the lexicon does not list opens the sentence with a person named in full
        after it: "وعادت فلانة الفلانية بذاكرتها …، مشيرة إلى أن …" (she speaks next, not the
        speaker before her). The first word is shaped like a verb: no particle ("لم أنس"), no
        article, no ة, no verbal noun ("تصوير فلان", a photo's credit), no preposition, kin or
        head of a voice ("وأسرة فلان" is a noun); and the name goes on into a second word, not
        into the verb's object in ب or ل ("وتعهد صالح باتخاذ …" names the one named before)."""
        if not self._verb_shaped(k):
            return False
        nxt = self._after_verb_adverbs(k + 1)
        if nxt + 1 >= len(self.tokens) or not given_name(self.tokens[nxt].norm):
            return False
        second = self.tokens[nxt + 1]
        if not second.is_word or second.norm in _LINKERS:
            return False
        return given_name(second.norm) or not second.norm.startswith(("ب", "ل"))

    def _verb_shaped(self, k: int) -> bool:
        """Token k is shaped like a verb the lexicon does not list: no particle ("لم أنس"), no
        article, no ة, no verbal noun ("تصوير فلان", a photo's credit), no preposition, kin or
        head of a voice ("وأسرة فلان" is a noun)."""
        word = _strip_conj(self.tokens[k].norm)
        if not self.tokens[k].is_word or len(word) < MIN_DOER_VERB_LETTERS:
            return False
        if word in _NOT_DOERS or word in _LINKERS or _definite(word) or word.endswith("ه"):
            return False
        if word in _KIN or given_name(word) or _derived_noun(word):
            return False
        return not (word in _TITLE_OR_BODY_HEADS or word in _QUOTE_HEADS or word in lx.OCCASIONS)

    def _body_doer(self, k: int) -> tuple[Mention, int] | None:
        """A verb the lexicon does not list opens the sentence at token k with a body the
        registry knows, or an unnamed source set off by a comma, after it: "وأرجأت الحركة
        … (a registry name) جولة المحادثات، مشيرة إلى أن …", "وحمّل مصدر في الشركة، البلدية
        المسؤولية، وقال إن …": the words after are the doer's, not the speaker's before."""
        if not self._verb_shaped(k):
            return None
        start = self._after_verb_adverbs(k + 1)
        if start >= len(self.tokens):
            return None
        stop = min(self.phrase_end(start, verb=None), len(self.tokens))
        if _strip_conj(self.tokens[start].norm) in _SINGLE_HEADS:
            if stop >= len(self.tokens) or self.tokens[stop].text not in "،,":
                return None  # "وحمّل مصدر في الشركة، …": only a source set off by a comma
            voice = self._whole_voice(start, stop, bare=False)
            return (voice, stop) if voice and voice.kind is SourceKind.ANONYMOUS else None
        head = self.tokens[start].norm
        if head not in lx.BODY_HEADS and not self.known([head], False):
            return None  # "ويفتح هذا ملف … الحركة": a name inside the object, no doer
        for end in range(start + 1, stop + 1):
            # the shortest phrase the registry names (its kind is read from the registry
            # later), then the act's object: no preposition
            voice = self._whole_voice(start, end, bare=False)
            if voice is None or voice.kind not in BODY_KINDS | {None}:
                continue
            if not self.known([t.norm for t in self.tokens[start:end]], True):
                continue
            after = self.tokens[end] if end < len(self.tokens) else None
            if after is None or not after.is_word or after.norm in _LINKERS:
                return None
            if self.tokens[k].norm.endswith("ت"):
                voice = replace(voice, gender="f")  # "أوقفت المنظمة": "مشيرا" is not hers
            return voice, end
        return None

    def _name_end(self, start: int, end: int) -> int | None:
        """Where a person's title-and-name phrase ends before the object of its verb ("ندد
        الوزير سالم الهاشمي بالهجوم", "شجب … الهاشمي العمل الإرهابي"); None without a name."""
        first = next((k for k in range(start, end) if given_name(self.tokens[k].norm)), None)
        if first == start and self.tokens[start].norm in _TITLES:
            first = self._name_after_title(start, end)
        if first is None:
            return self._surname_end(start, end)
        at = self._object_before_title(start, first)
        if at is not None:
            return at
        if any(_joined_possessed(self.tokens[k]) for k in range(start + 1, first)):
            # "وقدم الوزير شكره وتقديره لأمير المنطقة الأمير فلان": the name is in the
            # object (his thanks to the prince), the doer is the title alone
            return None
        if self._act_after_given(first):
            return first + 1
        # "عبد العزيز" is one given name in two words: the family name in ال comes after both.
        family_at = first + 2 if self._two_word_given(first, end) else -1
        for k in range(first + 2, end):
            norm = self.tokens[k].norm
            prev = self.tokens[k - 1].norm
            if self.tokens[k].is_word and prev in _NAME_LINKS and self._is_ali(k):
                continue  # "سالم بن علي الحربي": Ali after بن, not the preposition على
            if not self.tokens[k].is_word or norm in _OBJECT_OPENERS:
                return k
            if k == family_at and norm.startswith("ال"):
                continue
            if _occasion_noun(norm) and not norm.startswith("ال"):
                return k  # "وألقى الشيخ فلان كلمة في …": the speech he gave, no part of him
            if prev in _NAME_LINKS or (norm in _NAME_LINKS and k + 1 < end):
                continue  # "سالم بن محمد آل حمدان": the family's آل goes on into the name
            if _bi_content(norm) or (norm.startswith("ال") and not norm.endswith("ي")):
                return k
            if norm.startswith("لل") or self._object_at(k, end):
                return k
        return end

    def _act_after_given(self, first: int) -> bool:
        """The word after the given name at ``first`` is the act's object, not his family name:
        a people named by a definite plural nisba ("ودعا سالم الساحليين إلى …": no family name
        is a plural), or an event noun with no article, in construct with a common noun after
        it ("ورفض سالم تأجيل المباراة", "وانتقد سالم صدور بيانات …"). A family name in ال
        with its ي after the noun ("منصور عودة البلادي"), a given name or a title after it
        make the noun part of the name."""
        k = first + 1
        if k + 1 >= len(self.tokens) or self.tokens[first].norm not in lx.GIVEN_NAMES:
            return False
        norm, after = self.tokens[k].norm, self.tokens[k + 1]
        if norm.startswith("ال") and plural_nisba(norm[2:]):
            return True
        if norm.startswith("ال") or given_name(norm) or not _event_noun(norm):
            return False
        if not after.is_word or given_name(after.norm) or after.norm in _TITLES:
            return False
        return not (after.norm.startswith("ال") and after.norm.endswith("ي"))

    def _two_word_given(self, first: int, end: int) -> bool:
        """The given name at ``first`` is "عبد"/"أبو" with the article's word after it ("عبد
        العزيز", "أبو الفضل"): one name in two words."""
        return (
            first + 1 < end
            and self.tokens[first].norm in TWO_WORD_GIVEN
            and self.tokens[first + 1].norm.startswith("ال")
        )

    def _object_before_title(self, start: int, first: int) -> int | None:
        """Where a doer named by his surname ends at a common noun that heads the verb's
        object, another titled person: "ثمن الدكتور الحربي جهود صاحب السمو الأمير فلان …",
        "أدان هاموند اغتيال القاضي فلان" (the prince and the judge are in the object). The
        noun has no article, is no title or name, and follows the surname (a word with the
        article, or the doer's one word) with a title or honorific after it; a place after its
        head noun ("مدير شرطة جدة اللواء …") is part of the title, and so is a word joined by
        و ("الخبير الاجتماعي والبيئي الدكتور …")."""
        for k in range(start + 1, first):
            norm, prev = self.tokens[k].norm, self.tokens[k - 1].norm
            if not (self.tokens[k].is_word and self.tokens[k - 1].is_word):
                return None
            if self.tokens[k + 1].norm not in _TITLES or norm in _TITLES or prev in _TITLES:
                continue
            if norm.startswith(("ال", "ل", "ب", "و")) or given_name(norm) or norm in _NAME_LINKS:
                continue
            if k - 1 == start or (
                prev.startswith("ال") and not given_name(prev) and prev not in _NAME_LINKS
            ):
                return k
        return None

    def _name_after_title(self, start: int, end: int) -> int:
        """The given name after a title that is itself a given name (أمين) at start, when a
        second title stands before it: "ثمن أمين المنطقة المهندس سالم الهاشمي دعم …" →
        سالم; "أشاد أمين سالم الهاشمي" keeps أمين (a person so named)."""
        titled = False
        for k in range(start + 1, end):
            norm = self.tokens[k].norm
            if titled and given_name(norm):
                return k
            titled = titled or norm in _TITLES
        return start

    def _object_at(self, k: int, end: int) -> bool:
        """The word at k opens the verb's object rather than continuing a name: it bears a
        pronoun ("أبدى فلان سعادته"), or it heads a construct ("أكد فلان حرص الحكومة",
        "أكد فلان أهمية مهرجان …") with no given name in it."""
        norm = self.tokens[k].norm
        if given_name(norm) or norm.startswith("ال"):
            return False
        if norm.endswith(_POSSESSED):
            return True
        text = self.tokens[k].text
        if len(norm) >= MIN_HIS_NOUN and text.endswith("ه") and not norm.endswith("لله"):
            return True  # "جدد فلان اتهامه للغرب": "his accusation" (not "عبدالله")
        if norm in _SHORT_HIS_OBJECTS:
            return True  # "قدم المدرب فلان شكره للاعبين": "his thanks", no part of the name
        if k + 1 >= len(self.tokens) or (k + 1 >= end and not self._after_family(k)):
            return False
        nxt = self.tokens[k + 1].norm
        return nxt.startswith("ال") or not (given_name(nxt) or nxt in _NAME_LINKS)

    def _after_family(self, k: int) -> bool:
        """The word at k follows "آل" and the family's name: "… آل حمدان حادثة الهجوم" (a name
        that long may reach the phrase's length limit right at its object)."""
        return k > 1 and self.tokens[k - 2].norm == _FAMILY

    def _surname_end(self, start: int, end: int) -> int | None:
        """Where "title surname" ends with no given name: "قدم اللواء السويدي الهدايا …",
        "ناشد الشيخ الحكمي الجهات …" (a family name in -ي after titles), or a family name
        alone that closes a full name given earlier (definite, or with no ة: "أهمية" is a
        noun); None otherwise."""
        k = start
        while k < end and self.tokens[k].norm in _TITLES:
            k += 1
        if (
            k == start
            and k < end
            and (self.tokens[k].norm.startswith("ال") or not self.tokens[k].text.endswith("ة"))
            and self.tokens[k].norm not in _NAME_LINKS
            and self._surname_named_before(k)
        ):
            return k + 1  # "واستنكر العتيبي الضغوط …": the family name of one named before
        if k == start or k >= end:
            return None  # "قدم التعازي": a plural in -ي is no family name without a title
        norm = self.tokens[k].norm
        if norm.startswith("ال") and norm.endswith("ي") and len(norm) > MIN_SURNAME_LETTERS:
            return self._foreign_name_after_nisba(k + 1, end) or k + 1
        return None

    def _foreign_name_after_nisba(self, k: int, end: int) -> int | None:
        """After "title nationality" ("الرئيس الأميركي"), one to three words with no article,
        no feminine or possessive ending and no place or body the registry knows, then a comma,
        "أمس"/"اليوم" or the clause's end: a foreign name no list holds ("أطلق الرئيس الأميركي
        فلان فلانسون، أمس، …"), and the index after it; None otherwise ("ألقى الرئيس الأميركي
        كلمة، …": a noun in ة is what he did)."""
        j = k
        while j < min(end, k + MAX_FOREIGN_NAME_WORDS) and self._foreign_name_word(j):
            j += 1
        if j - k < MIN_FOREIGN_NAME_WORDS or self.tokens[k].norm in _COMPASS:
            return None  # "زار الرئيس الأميركي كينيا، …", "… جنوب أفريقيا": a place visited
        if j < len(self.tokens) and not (
            j == end or self.tokens[j].text in "،," or self.tokens[j].norm in _TIME_WORDS
        ):
            return None
        return j

    def _foreign_name_word(self, j: int) -> bool:
        """Token j may be a word of a foreign name: a word with no article or attached
        preposition, not in ة, ه or an accusative alif, no title and nothing the registry knows."""
        tok = self.tokens[j]
        norm = tok.norm
        if not _indefinite_word(tok) or norm in _TITLES or norm in _TIME_WORDS:
            return False
        if tok.text.endswith(("ة", "ه", "اً", "ًا")) or norm.endswith(_POSSESSED):
            return False
        return not self.known([norm], False)

    # -- helpers ---------------------------------------------------------------------------

    def _main_after_time_clause(self) -> int | None:
        """Where the main clause opens after a sentence that opens with "في الوقت الذي" and a
        cue ("ففي الوقت الذي نفت فيه الجامعة صلتها بالحادث، يظهر المقطع …"): the first word
        after a comma that no conjunction joins to what the voice said; None otherwise."""
        spot = next((s for s in self.spots if _time_clause(self.tokens, s.i)), None)
        if spot is None:
            return None
        at = spot.i - 3
        # only a time clause that opens the sentence, or one after "ف" ("…، ففي الوقت الذي")
        fronted = at == 0 or (at == 1 and self.tokens[0].text in CONJUNCTIONS)
        if not fronted and self.tokens[at].norm[:1] != "ف":
            return None
        for k in range(spot.i + 2, len(self.tokens) - 1):
            if self.tokens[k].text not in "،,":
                continue
            nxt = self.tokens[k + 1]
            joined = nxt.text[:1] in CONJUNCTIONS or nxt.norm in lx.COMPLEMENTISERS
            if nxt.is_word and not joined:
                return k + 1
        return None

    def _opening(self, i: int) -> int:
        """Where the clause of the cue at i opens: before "كما" in "…، كما أكد أن …"."""
        if i and _strip_conj(self.tokens[i - 1].norm) == "كما":
            return i - 1
        return i

    def quote_at(self, index: int) -> tuple[int, int] | None:
        """The quotation opened by the token at index, if any."""
        if index >= len(self.tokens):
            return None
        token = self.tokens[index]
        if token.text == "'" and self.text.startswith("''", token.start):
            return self.quote_from.get(token.start + 1)
        if token.text not in OPENING_QUOTES:
            return None
        return self.quote_from.get(token.start)

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after offset."""
        return bisect_left(self.tokens, offset, key=_token_start)

    def boundary_after(self, index: int) -> int:
        """Offset where a clause that starts at token index ends: the next cue clause, or the end.

        A later cue ends the content when it opens a clause of its own ("، وقال", "، مشيرا"),
        or is a prepositional cue placed after its content ("، بحسب الوكالة").
        """
        k = bisect_right(self.boundaries, index)
        if k == len(self.boundaries):
            return self.sentence.end
        return self._clause_cut(self.boundaries[k])

    def _ends_content(self, spot: _Spot) -> bool:
        """True when the cue at spot opens a clause that ends the content before it."""
        if self.tokens[spot.i].norm == _BETWEEN and self._between_and(spot.i):
            return False  # "…، بين ارتفاعات وتراجعات": "between", no verb بيّن
        if spot.cue.lemma in _ACCUSING_VERBS:
            return spot.clause_start and self._accusation_opens(spot)
        if spot.cue.cls is lx.CueClass.VERB and not spot.clause_start:
            return _subject_after_but(self.tokens, spot.i) or self._verb_after_lead(spot.i)
        if spot.cue.cls is lx.CueClass.PREPOSITION and not (
            self._comma_before(spot.i) or self._stop_glued_after_quote(spot.i)
        ):
            return False
        if spot.cue.cls is lx.CueClass.PREPOSITION and self._credit_aside(spot.i):
            return False  # "أن إيران، وفقا للمعلومات المتاحة، لديها …": the content runs on
        if spot.cue.cls is lx.CueClass.PRONOUN_PHRASE and not self._comma_before(spot.i):
            return False
        if spot.cue.cls is lx.CueClass.PARTICIPLE:
            # "قال إن الأسواق مستقرة مشيرا إلى أن …": with or without a comma, a participle
            # opening content of its own ends the content before it ("محذرا من خطر …" too).
            if spot.cue.lemma in _OBJECT_PARTICIPLES:
                return True  # (only after a comma, and no aside of a lead: see _spots)
            if spot.cue.lemma == _ACCUSING_PARTICIPLE:
                # (not "…، متهما إياهم بـ…": the one accusing may be the content's own subject)
                him = self.tokens[spot.i + 1].norm in _HIM
                return not him and self._charge_at(spot.i + 1) is not None
            return (
                self._participle_opens(spot.i)
                or self._quotation_after_participle(spot.i)
                or self._warns_of(spot)
                or self._stressed_after_comma(spot) is not None
                or self._pointed_after_comma(spot) is not None
                or self._said_on_after_comma(spot) is not None
            )
        if spot.cue.cls is lx.CueClass.VERB and not self._comma_before(spot.i):
            # "… ولفت" without a comma is still a new clause when the verb has a subject or
            # a complementiser right after it; a bare و+noun is not a cue at all.
            return (
                self._opens_content_soon(spot.i)
                or self._where_then_quotation(spot.i)
                or self._also_stresses(spot)
            )
        return True

    def _also_stresses(self, spot: _Spot) -> bool:
        """ "…، كما أكد الجانبان رفضهما …": after "، كما" a verb of emphasis whose subject
        leads to a noun of stance (``_stressed_content``) opens a claim of its own, as "، كما
        أكد أن …" does; the content before ends there."""
        i, tokens = spot.i, self.tokens
        if spot.cue.lemma not in _EMPHASIS_VERBS or i < 2 or tokens[i - 1].norm != _ALSO:
            return False
        if not self._comma_before(i - 1):
            return False
        for k in range(i + 1, min(len(tokens), i + MAX_LOOSE_LEAD)):
            if not tokens[k].is_word:
                return False
            if self._stressed_content(k, spot.cue) is not None:
                return True
        return False

    def _where_then_quotation(self, i: int) -> bool:
        """ "…، حيث قال رئيس النادي فلان «…»": after "، حيث" the verb at i and its subject
        lead straight into a quotation, the speaker's own words; the content before ends
        there, as it does before "، حيث قال فلان إن …"."""
        if not _where_after_comma(self.tokens, i):
            return False
        for tok in self.tokens[i + 1 : i + MAX_LOOSE_LEAD]:
            if tok.text in OPENING_QUOTES:
                return True
            if not tok.is_word:
                return False
        return False

    def _writer_clauses(self) -> list[int]:
        """Token indices where a clause in the writer's own voice opens (see _writer_clause)."""
        found = [k for k, t in enumerate(self.tokens) if t.norm in _WRITER_OPENERS]
        return list(filter(self._writer_clause, found))

    def _writer_clause(self, index: int) -> bool:
        """The token at index opens a clause in the writer's own voice after a comma, which
        ends a content read before it: a hope with a subject of its own ("، ويأمل خبراء أن")
        or the pluperfect ("، وكانت الوزارة قد أعلنت")."""
        if not self._comma_before(index) or index + 1 >= len(self.tokens):
            return False
        if _inside(self.quotes, self.tokens[index].start):
            return False
        if self.tokens[index].norm in _NOTING:
            return self.tokens[index + 1].norm in lx.COMPLEMENTISERS
        if self.tokens[index].norm in _WHILE:
            return self._other_doer(index + 1)
        if self.tokens[index].norm in _PLUPERFECT:
            # "، وكان الشباب يتباهون …، ومن الذي قد": only a subject stands before "قد", set
            # off by a comma or not ("، وكان المتحدث باسم الشركة، قد أكد").
            for k in range(index + 2, min(index + 2 + MAX_PLUPERFECT_SUBJECT, len(self.tokens))):
                tok = self.tokens[k]
                if tok.norm in _PERFECT_PARTICLES or self._set_off_before_qad(k + 2):
                    return True
                if tok.text in OPENING_QUOTES or tok.text in CLOSING_QUOTES:
                    continue  # "وكان عملاء «الوادي» قد …": a quoted name in the subject
                if not tok.is_word or tok.norm in _RELATIVES:
                    return False
            return self._named_doer_then_past(index + 1)
        if self.tokens[index + 1].norm in _LINKERS:
            return False  # "، وتأمل في أن": the same voice hopes on, no subject of its own
        after = self.tokens[index + 2 : index + 2 + MAX_HOPE_SUBJECT]
        return any(tok.norm in lx.COMPLEMENTISERS for tok in after)

    def _other_doer(self, k: int) -> bool:
        """ "، بينما أشاد المتطوع فلان بتعامل الزوار": a past verb at k, then a person named
        within a few words by his given name (after a title or a definite word, or at once):
        a clause of another, which the content before "بينما" does not hold (a cue there
        ends it already). Not a present or future verb ("، فيما يتعين على المعلمين",
        "، فيما سيصل الوزير"), which goes on with what the speaker said."""
        if k + 1 >= len(self.tokens) or not self.tokens[k].is_word:
            return False
        verb, first = self.tokens[k].norm, self.tokens[k + 1].norm
        if verb[:1] in _NOT_PAST or verb.startswith("ال") or verb in lx.COMPLEMENTISERS:
            return False
        if not (first.startswith("ال") or _strip_conj(first) in _TITLES or given_name(first)):
            return False
        for tok in self.tokens[k + 1 : k + 1 + MAX_DOER_WORDS]:
            if not tok.is_word:
                return False
            if given_name(tok.norm) and tok.text != ON_WRITTEN:
                return True
        return False

    def _named_doer_then_past(self, k: int) -> bool:
        """ "، وكانت لجنة العقوبات فرضت في مايو حظرا …" from token k: a body or office the lexicon
        reads whole, then a past verb (no article, no particle, no present or future form):
        the writer recalls what it had done, with no قد."""
        for j in range(k + 1, min(len(self.tokens), k + 1 + MAX_PLUPERFECT_SUBJECT)):
            verb = self.tokens[j]
            if not verb.is_word or verb.norm.startswith("ال") or _present_verb_like(verb.norm):
                continue
            if verb.norm in _NOT_A_SUBJECT or verb.norm in _PERFECT_PARTICLES:
                return False
            doer = self._whole_voice(k, j, bare=False)
            return doer is not None and doer.kind in _DOER_KINDS
        return False

    def _verb_after_lead(self, i: int) -> bool:
        """The verb at token i opens a new clause after a comma and a short lead of time joined
        by و: "…، وحتى الآن أعرب فلان عن …", "…، واليوم أكد …" (the content before ends there;
        not "…، والتي تؤكد …", "…، ورسالة تؤكد …", which go on with the content)."""
        return self._lead_before_verb(i) is not None

    def _lead_before_verb(self, i: int) -> int | None:
        """The first token of the lead that ``_verb_after_lead`` finds before the verb at i."""
        if i < 1 or self.tokens[i - 1].norm not in _LEAD_TIMES:
            return None
        for lead in range(1, MAX_VERB_LEAD + 1):
            first = i - lead
            if first < 1 or not self.tokens[first].is_word:
                return None
            if self._comma_before(first):
                norm = self.tokens[first].norm
                joined = _strip_conj(norm) != norm and norm not in lx.COMPLEMENTISERS
                return first if joined else None
        return None

    def _comma_before(self, index: int) -> bool:
        return index > 0 and self.tokens[index - 1].text in "،,؛;"

    def _complementiser_after(self, index: int) -> bool:
        """ "أنّ" (or "إنّ", with its pronoun) right after the word at index."""
        return index + 1 < len(self.tokens) and self.tokens[index + 1].norm in lx.COMPLEMENTISERS

    def _set_off_before_qad(self, index: int) -> bool:
        """A comma, then "قد", right before the verb at index: "وكان المصدر، قد أكد …"."""
        return (
            1 < index <= len(self.tokens)
            and self.tokens[index - 1].norm in _PERFECT_PARTICLES
            and self._comma_before(index - 1)
        )

    def _stop_glued_after_quote(self, index: int) -> bool:
        """A full stop glued to the word at index closes a quotation right before it: "«…».وفقا
        لـX" (a sentence the splitter cannot end): the credit trails the quotation as after a
        comma."""
        if index < 2:
            return False
        stop, mark = self.tokens[index - 1], self.tokens[index - 2]
        glued = stop.text == "." and stop.end == self.tokens[index].start
        return glued and mark.text in CLOSING_QUOTES and mark.end == stop.start

    def _warns_of(self, spot: _Spot) -> bool:
        """ "، محذرا من خطر …": the warning participle, من, then the noun warned of."""
        return (
            spot.cue.lemma == _WARNING
            and self._next_norm(spot.i) == "من"
            and self._comma_before(spot.i)
            and self._next_norm(spot.i + 1) not in lx.COMPLEMENTISERS
        )

    def _participle_opens(self, i: int) -> bool:
        """The participle at token i opens content of its own soon, past the medium it told
        ("…، قائلة لـ«الوادي» إن …")."""
        k = i + 1
        if k < len(self.tokens) and self.tokens[k].norm.startswith("ل") and self._carrier_at(k):
            after = self.read_carrier(k)[1]
            if after > k:
                return self._opens_content_soon(after - 1, MAX_PARTICIPLE_LEAD)
        if k < len(self.tokens) and self.tokens[k].norm in _ATTENTION:
            return self._opens_content_soon(k, MAX_PARTICIPLE_LEAD)  # "لافتا النظر إلى أن"
        if _same_time_at(self.tokens, k):
            return self._opens_content_soon(k + 2, MAX_PARTICIPLE_LEAD)  # "مشيرا في الوقت نفسه"
        if k + 1 < len(self.tokens) and self.tokens[k + 1].norm in lx.BELIEF_NOUNS:
            return self._opens_content_soon(k + 1, MAX_PARTICIPLE_LEAD)  # "معربا عن اعتقاده أن"
        aside = _participle_aside(self.tokens, k)
        return self._opens_content_soon(i + aside, MAX_PARTICIPLE_LEAD)  # "مؤكدا كذلك أن"

    def _quotation_after_participle(self, i: int) -> bool:
        """The participle at token i, after a comma, is followed right away by a quotation longer
        than a name: "…، مضيفا «لدينا خطة …»" opens words of its own with no colon, as
        "…، مضيفا: «…»" does. Not after a quotation ("«…»، مضيفا «…»"): one speech quoted on,
        read as one content as before."""
        if not self._comma_before(i) or (i > 1 and self.tokens[i - 2].text in CLOSING_QUOTES):
            return False
        quote = self.quote_at(i + 1)
        if quote is None:
            return False
        return len(self.text[quote[0] + 1 : quote[1]].split()) > MAX_NAME_QUOTE_WORDS

    def _opens_content_soon(self, index: int, window: int = MAX_LOOSE_LEAD) -> bool:
        for tok in self.tokens[index + 1 : index + window]:
            if tok.norm in lx.COMPLEMENTISERS or tok.text == ":":
                return True
        return False

    def _clause_cut(self, index: int) -> int:
        """Offset of the end of the text before the clause that begins at token index."""
        k = index
        if k > 0 and (
            self.tokens[k - 1].norm in _NEW_CLAUSE_WORDS or _where_after_comma(self.tokens, k)
        ):
            k -= 1  # "…، لكنه أكد", "… فيما أكد": the clause begins at "لكنه", "فيما"
        elif _time_clause(self.tokens, k):
            k -= 3  # "…، في الوقت الذي أكد": the clause begins at "في"
        elif (
            _on_his_part_before(self.tokens, k)
            or _while_before(self.tokens, k)
            or _however_he_before(self.tokens, k)
        ):
            k -= 2  # "…، من جهته قال", "…، في حين قال", "…، إلا أنه قال": at "من", "في", "إلا"
        elif _subject_after_but(self.tokens, index):
            while self.tokens[k - 1].norm not in _CLAUSE_OR_ANSWER:
                if _however_opener(self.tokens, k - 1):
                    k -= 1  # "…، إلا أن مصادر أكدت": the clause begins at "إلا"
                    break
                k -= 1  # "… لكن العمري قال إن": the clause begins at "لكن"
            k -= 1
        elif self._verb_after_lead(index):
            k = self._lead_before_verb(index) or k  # "…، وحتى الآن أعرب": at "وحتى"
        while k > 0 and not self.tokens[k - 1].is_word and self.tokens[k - 1].text in "،,؛;":
            k -= 1
        return self.tokens[k - 1].end if k > 0 else self.tokens[index].start

    def _content_start_before(self, index: int) -> int:
        """Start of the content a trailing cue ("، بحسب X" / "، على حد قوله") looks back on."""
        k = index
        while k > 0 and self.tokens[k - 1].text in "،,؛;":
            k -= 1
        return self.clause_start_before(k) if k < index else self.clause_start_before(index)

    def clause_start_before(self, index: int) -> int:
        """Token index where the clause holding token index begins."""
        if self.clause_starts is None:
            starts = self.clause_starts = [0] * (len(self.tokens) + 1)
            verbs = {
                s.i
                for s in self.spots
                if s.cue.cls is lx.CueClass.VERB and not self._between_at(s.i)
            }
            for k, tok in enumerate(self.tokens):
                breaks = tok.text in "،,؛;:" or k in verbs
                starts[k + 1] = k + 1 if breaks else starts[k]
        return self.clause_starts[index]

    def _between_at(self, k: int) -> bool:
        """ "في الفترة بين مطلع مارس ونهاية مايو": "بين" after a definite noun or "ما" is the
        preposition "between", no verb "بيّن" opening a clause of its own."""
        if k == 0 or self.tokens[k].norm != _BETWEEN:
            return False
        before = self.tokens[k - 1].norm
        after = self.tokens[k + 1].norm if k + 1 < len(self.tokens) else ""
        # ("نقل إمداداته بين المنطقتين": before a definite dual or plural, "between" too)
        dual = after.startswith("ال") and after.endswith("ين") and not given_name(after)
        return (
            before == "ما"
            or dual
            or (before.startswith("ال") and self.tokens[k - 1].is_word)
            or self._between_and(k)
        )

    def _between_and(self, k: int) -> bool:
        """ "مواجهات بين قوات الأمن والمسلحين": "بين" with a noun and, a few words on, a
        definite noun after و ("between … and …"), before any mark or complementiser; or two
        indefinite plurals or figures joined by و right after it ("بين ارتفاعات وتراجعات",
        "بين 10 و20")."""
        if self._between_plurals(k):
            return True
        for tok in self.tokens[k + 2 : k + 2 + MAX_BETWEEN_WORDS]:
            if not tok.is_word or tok.norm in lx.COMPLEMENTISERS:
                return False
            if tok.norm.startswith("وال"):
                return True
        return False

    def _between_plurals(self, k: int) -> bool:
        """ "بين ارتفاعات وتراجعات", "بين 10 و20": after "بين", an indefinite plural (or a
        figure) and, at once, its like after و."""
        if k + 2 >= len(self.tokens):
            return False
        first, second = self.tokens[k + 1].norm, self.tokens[k + 2].norm
        if not second.startswith("و") or first.startswith("ال") or second.startswith("وال"):
            return False
        second = second[1:]
        if first.isdigit() or (not second and k + 3 < len(self.tokens)):
            return second.isdigit() or (not second and self.tokens[k + 3].norm.isdigit())
        return any(first.endswith(p) and second.endswith(p) for p in _PLURAL_ENDINGS)

    def content_span(
        self, index: int, *, limit: int | None = None
    ) -> tuple[int, int, QuoteKind] | None:
        """Content starting at token index: a quotation, or the clause up to the boundary."""
        while index < len(self.tokens) and self.tokens[index].text in "،,:":
            index += 1
        if index >= len(self.tokens):
            return None
        quote = self.quote_at(index)
        end = limit if limit is not None else self.boundary_after(index)
        if quote is None:
            stray = self._stray_pair(index, end)
            if stray is not None:
                return stray
        if quote is not None:
            after = self.index_at(quote[1] + 1)
            rest_end = end
            rest = self.text[quote[1] + 1 : rest_end].strip(" .،,؛;\"'»”")
            if not rest or after >= len(self.tokens) or quote[1] + 1 >= rest_end:
                return quote[0] + 1, quote[1], QuoteKind.DIRECT
            if self._said_then_aside(index, quote, after):
                return quote[0] + 1, quote[1], QuoteKind.DIRECT
        start = self.tokens[index].start
        start, end = trim_span(self.text, start, end)
        if (
            end - start > 1
            and self.text[end - 1] in CLOSING_QUOTES
            and not _MARKS.search(self.text, start, end - 1)
        ):
            start, end = trim_span(self.text, start, end - 1)  # "قال إن X ”": a stray mark
        if (
            end - start > 1
            and self.text[start] in OPENING_QUOTES
            and not _MARKS.search(self.text, start + 1, end)
        ):
            start, end = trim_span(self.text, start + 1, end)  # "قال إن "X": left unclosed
        if end - start < MIN_CONTENT_CHARS:
            return None
        whole_quote = self.quote_from.get(start - 1) == (start - 1, end)
        return start, end, QuoteKind.DIRECT if whole_quote else QuoteKind.INDIRECT

    def _said_then_aside(self, index: int, quote: tuple[int, int], after: int) -> bool:
        """The quotation opening the content at token index is the words said, and what follows
        it the writer's: "وقال الجيش «سقط ثلاثة من حراسنا قرب المعبر» في إشارة إلى …".

        Not when it is no longer than a name; when a preposition, a title's noun or an
        indefinite head governs it ("أشار إلى «…» …" quotes a phrase of a content that goes
        on); when a complementiser stands before it with no comma after it ("أكد أن «…» …"
        may quote the subject of its clause), or a present verb right after it ("وتشير
        النتائج «…» يعتبر …": its predicate); when a complementiser of saying follows it
        ("«…»، وأن …"; not "لأن", "فإن"); when a second quotation joins it ("«…» و«…»"); or
        when a credit follows it glued to a full stop ("«…».وفقا لـX")."""
        if len(self.text[quote[0] + 1 : quote[1]].split()) <= MAX_NAME_QUOTE_WORDS:
            return False
        before = self.tokens[index - 1].norm if index else ""
        head = _strip_conj(before)
        if before in _GOVERNING_QUOTE or (head in _NAMED_HEADS and not _definite(head)):
            return False  # "أعلنت شركة «…» …", "كتاب «…»": the indefinite head's name
        nxt = self.tokens[after]
        if nxt.is_word and (
            before in lx.COMPLEMENTISERS
            or (_present_verb_like(nxt.norm) and nxt.norm[:1] not in CONJUNCTIONS)
            or (nxt.norm in CONJUNCTIONS and self.quote_at(after + 1) is not None)
            or (self.text[quote[1]] in OPENING_QUOTES and nxt.start == quote[1] + 1)
        ):
            return False  # ('"… مهرجان "الربيع" …"': a straight mark glued to a word opens)
        word = next((k for k in range(after, len(self.tokens)) if self.tokens[k].is_word), None)
        if word is None:
            return self.quote_at(after) is None
        norm = self.tokens[word].norm
        if norm in lx.COMPLEMENTISERS and norm[:1] not in _CAUSAL_LETTERS:
            return False  # "قالت الإدارة التي تلقت «…» إنها …", "«…»، وأن …": said after it
        credit = self.spot_at.get(word)
        if credit is not None and credit.cue.cls is lx.CueClass.PREPOSITION:
            return False
        return self.quote_at(after) is None

    def _stray_pair(self, index: int, end: int) -> tuple[int, int, QuoteKind] | None:
        """The words of a quotation opened at token index by a mark no pairing reads and closed
        by the next mark, with nothing after it before ``end``: "” X ”", "“ X “" (marks spaced
        and used both ways)."""
        tok = self.tokens[index]
        if tok.text not in CLOSING_QUOTES and tok.text not in OPENING_QUOTES:
            return None
        close = _MARKS.search(self.text, tok.end, end)
        if close is None or self.text[close.end() : end].strip(" .،,؛;!؟"):
            return None
        start, stop = trim_span(self.text, tok.end, close.start())
        if stop - start < MIN_CONTENT_CHARS:
            return None
        return start, stop, QuoteKind.DIRECT

    # -- voice phrases -----------------------------------------------------------------------

    def _initial_stop(self, k: int, index: int) -> bool:
        """The full stop at token k, in a voice phrase opened at ``index``, closes a title's
        abbreviation ("د. الهاشمي") or a Latin letter spelled as the initial between two names
        ("جورج دبليو. بوش"), and ends no phrase."""
        if self.tokens[k - 1].norm in _ABBREVIATED:
            return True
        return k - 1 > index and initial_stop(self.tokens, k)

    def phrase_end(self, index: int, *, verb: lx.Cue | None, carrier: bool = False) -> int:
        """Token index where a voice phrase starting at index stops.

        With ``carrier`` the phrase starts with an attached ل ("لقناة «…»").
        """
        k = index
        while k < len(self.tokens) and (
            k - index < MAX_VOICE_TOKENS or self._name_goes_on(k, index)
        ):
            tok = self.tokens[k]
            norm = tok.norm
            if k > index and self._abd_compound_at(k):
                k += 1  # "عبد الأحد", "عبد الستار": one given name, not a day or a noun
                continue
            paired = self._closing_marks_name(k) if k > index else None
            if tok.text in OPENING_QUOTES or paired is not None:
                prev = self.tokens[k - 1].norm if k > index else ""
                quote = self.quote_at(k) or paired
                if k > index and self._sources_of(index, k):
                    # "وكشفت مصادر «الوادي» أن …", "مصادر خاصة بـ«الوادي»": the paper's sources,
                    # not its name.
                    return k - 1 if self.tokens[k - 1].norm in _TO_THE_PAPER else k
                if (
                    quote is not None
                    and k > index
                    and self._may_name(quote, verb, prev)
                    and (
                        _strip_conj(prev) in _QUOTE_HEADS
                        or prev in _CAMPAIGNS
                        or prev in {"ل", "لل"}
                        or (prev[:1] == "ل" and prev[1:] in _QUOTE_HEADS)
                        or (
                            quote[1] - quote[0] < MAX_NAME_QUOTE_CHARS
                            and self._short_name_quote(quote)
                        )
                        or self._titled_quoted_name(quote, index, k)
                        or self._honoured_quoted_name(quote, prev)
                        or self._nickname_then_name(quote, index, k)
                        or self._governed_quote(quote, k)
                        or self._quoted_issuer(quote, index, k)
                        or self._work_then_name(quote, prev)
                        or self._described_medium(index, k)
                        or self._name_before_content(quote, verb, index, k)
                    )
                ):
                    k = self.index_at(quote[1] + 1)
                    if verb is not None and self._object_after_name(k):
                        return k  # "أضافت شركة «نجمة» خاصية جديدة": what it added
                    continue
                return k
            if tok.text == "(" and self._acronym_after_head(index, k):
                k += ACRONYM_TOKENS
                continue
            if tok.text == "(" and self._acronym_after_body(index, k):
                k = self._closing_bracket(k) + 1
                continue
            if tok.text == "(" and k > index and self._work_in_brackets(k):
                k = self._closing_bracket(k) + 1  # "مخرج مسرحية (…) المخرج فلان"
                continue
            if tok.text == "." and k > index and self._initial_stop(k, index):
                k += 1  # "د. الهاشمي", "جورج دبليو. بوش": a title's or initial's full stop
                continue
            if tok.text == "/" and k > index and self._title_slash_at(k):
                k += 1  # "الأستاذ/ فلان", "المقدم / فلان": the slash after a title ends no phrase
                continue
            if not tok.is_word or not norm or (k > index and norm in lx.PRONOUN_NOUNS):
                return k  # (no norm: a dash drawn with tatweel, "المسؤول ــ وهو …")
            if verb is not None and self._own_speech_at(k):
                return k  # "واختتم فلان حديثه بقوله: …": his talk is no part of him
            if k > index and (norm in _BY_SAYING or norm in _STRESSING_NOUNS):
                return k  # "وأضاف المركز الإعلامي بالقول إن …": how it spoke, no part of it
            if (
                k > index
                and norm in _RESTATING_NOUNS
                and verb is not None
                and verb.lemma == _RESTATED
            ):
                return k  # "وجدد الوزير التأكيد على أن …": what he restated, no part of him
            if k > index and self._on_this_at(k):
                return k  # "وقال فلان بهذا الصدد: …": the topic is no part of him
            if k > index and (tok.text.endswith(("ً", "اً")) or norm in MANNER_ADVERBS):
                return k  # an accusative adverb: "قال الحلبي مازحاً", "قال فلان هاتفيا"
            if k > index and self.age_end(k) is not None:
                return k  # "اللاعب البالغ من العمر 30 عاما": the age is no part of the voice
            if k > index and norm in _TITLE_HOLDERS and self._won_title_at(k, index):
                return k  # "نادي الساحل بطل الدوري": the title it holds is no part of its name
            if k > index and self._unnamed_at(k) is not None:
                return k  # "مسؤول طلب عدم ذكر اسمه": why he is unnamed is no part of him
            if k > index and norm == "نقلا" and self._next_norm(k) in lx.RELAYED_PRONOUNS:
                return k  # "الوكالة نقلا عنه": whom it quotes is no part of it
            linker = norm in _LINKERS and k > index and not self._is_ali(k)
            if self._name_particle_at(k):
                k += 1  # "الهولندي يوهان فان دام": "van", not "فإن"
                continue
            if (
                norm == _FIRST_RANK
                and k > index
                and self._first_of_title(k - 1)
                and self._next_norm(k) not in _BEFORE_YESTERDAY
            ):
                k += 1  # "ملازم أول فلان", "صاحب أول متجر": a grade or "the first", no time word
                continue
            if norm == IMAM and self._imam_at(k) and self._opens_title(index, k):
                k += 1  # "إمام وخطيب المسجد": the imam's title, not "أمام" (before)
                continue
            if self._issued_without_issuer(index, k):
                return k  # "التقرير السنوي للهيئة الصادر أمس": when it came out, no name
            if norm in lx.COMPLEMENTISERS or norm in lx.ADVERBS or linker:
                inside = norm == "داخل" and self._unnamed_inside(index, k)
                if norm in _ATTACHING and k > index and (inside or self._attached_phrase(k)):
                    k += 1
                    continue
                if self._supervised_by(index, k):
                    k += 1  # "المشرف العام على المهرجان فلان": على completes the title
                    continue
                return k
            if k > index and (
                norm in lx.CLAUSE_BREAKERS
                or (norm in lx.ADDRESSEES and not self._press_body_at(k))
                or self._is_spot(k)
            ):
                return k
            if norm in _OBTAINED:
                return k  # "إحصائية اطلعت «الوادي» عليها": the paper got it, no name goes on
            if k > index and self.tokens[k - 1].norm in _AFFILIATED and norm[:1] in "بل":
                k += 1  # "المركز المعني بمراقبة القرصنة": the complement of المعني/التابع
                continue
            if verb is not None and k > index and self._verb_object_at(k, verb):
                return k
            if (
                verb is not None
                and k > index
                and verb.lemma in lx.NP_CONTENT_VERBS
                and self._verbal_noun_object(k, titled=self._title_unnamed(index, k))
                and not self._name_then_complementiser(k)
            ):
                return k  # "أعلنت اللجنة اكتمال الاستعدادات": a derived verbal noun, the object
            if verb is not None and k > index and self._his_act_after_name(index, k, verb):
                return k  # "أعلن الوزير فلان ترشحه للرئاسة": what he announced, not his name
            if verb is not None and k > index and self._after_counted_group(k, verb):
                return k  # "أكد عدد من أصحاب المكاتب تراكم الطلبات": the group ends before
            if k > index and (
                self._definite_body_then_object(index, k) or self._possessed_after_body(index, k)
            ):
                return k  # "وأكدت الشركة خطف موظف لديها": what it confirmed, not its name
            if verb is not None and k > index and self._described_object(index, k, verb):
                return k  # "وصف حمدان الجولة بأنها …": the thing described, not the voice
            if verb is not None and self._thing_described_after(index, k, verb):
                return k  # "ووصف فلان تصريحات الوزير بأنها …": a thing described ends the voice
            if verb is not None and k > index and norm == "من" and self._warning_at(k, verb):
                return k  # "حذر الوزير فلان من أن …": من opens the warning
            if verb is not None and k > index and self._relayed_saying_at(k, verb):
                return k  # "نقلت الوكالة قول الوزير إن …": what it carried is his saying
            if verb is not None and k > index and norm == "من" and verb.lemma == "علم":
                return k  # "علمت صحيفة النهار من مصادر …": whom it learned from follows
            if verb is not None and norm == "من" and verb.lemma in lx.MIN_CONTENT_VERBS:
                if any(given_name(t.norm) for t in self.tokens[index:k]):
                    return k  # "حذر الوزير فلان من تناقص …": a name is not followed by من
            if self._news_agency_tail(index, k):
                k += 1  # "وكالة سوغان للأنباء": "news", the agency's name goes on
                continue
            # "تقرير للأمم المتحدة": after a document's head, ل names its author.
            authored = k == index + 1 and _strip_conj(self.tokens[index].norm) in lx.DOCUMENT_HEADS
            if k > index and norm.startswith("ل") and not authored and self._carrier_at(k):
                after = self._titled_of_quoted(index, k)
                if after is None:
                    return k
                k = after  # "المفوض العام لـ«الوكالة» فلان": "of", the name comes after
                continue
            if (
                k > index
                and (norm.startswith("لل") or (verb is not None and self._addressed_body(index, k)))
                and not authored
                and self._after_a_name(index, k)
            ):
                # "المدرب فلان للجهاز الإداري", "اللاعب فلان لإدارة النادي": a name ends
                # before whom it addresses.
                return k
            if k > index and _addressed_group(norm) and self._named_or_one_word(index, k):
                return k  # "أكد الرئيس فلان لأعضاء النادي …": whom he told is no part of him
            if k > index and _counted_crowd(norm):
                return k  # "وقال فلان لعشرات الحاضرين": a crowd told ends any name
            if carrier and k == index:
                k += 1
                continue
            if carrier and self._object_after_definite(k):
                return k  # "لوكالة الأنباء الرسمية استهداف …": the denied act, after the medium
            k += 1
        return k

    def _after_counted_group(self, k: int, verb: lx.Cue) -> bool:
        """Token k opens a noun-phrase content right after a counted group ("عدد من …"), whose
        construct ends at its first definite word: "أكد عدد من أصحاب المكاتب تراكم الطلبات"
        (the owners, then what they confirmed)."""
        tokens = self.tokens
        if verb.lemma not in lx.NP_CONTENT_VERBS or k < MIN_COUNTED_AT or k >= len(tokens):
            return False
        if not tokens[k - 1].norm.startswith("ال") or not _pointed_event(tokens[k].norm):
            return False
        for j in range(k - MIN_COUNTED_AT, max(-1, k - MAX_COUNTED_GROUP), -1):
            if tokens[j].norm == "عدد" and tokens[j + 1].norm == "من":
                return all(t.is_word for t in tokens[j:k])
        return False

    def _denied_act_at(self, k: int) -> bool:
        """A verbal noun right after a denial, its subject named before it ("الوزارة تنفي
        استهداف المدنيين", "النادي ينفي التفاوض مع المدرب"): the act denied, not a voice
        after the verb. A given name ("انتصار") or a body's head ("اتحاد الكرة") of that shape
        is the subject."""
        norm = self.tokens[k].norm
        if given_name(norm) or norm in lx.BODY_HEADS or norm in lx.ANONYMOUS_HEADS:
            return False
        if norm.startswith("ال"):
            return self._definite_act(k)
        return _denied_event(norm) and _definite(self._next_norm(k))

    def _definite_act(self, k: int) -> bool:
        """A definite verbal noun of a derived verb at k with its complement after it ("التفاوض
        مع", "الاعتداء على"): an act a denial takes as its object."""
        norm = self.tokens[k].norm
        return norm.startswith("ال") and _derived_noun(norm[2:]) and self._next_norm(k) in _WITH

    def _denied_after_subject(self, k: int) -> bool:
        """An indefinite verbal noun at k that a denial's subject cannot go on into: not after an
        indefinite title, "باسم" or a body's head, which govern the next word ("الناطق باسم
        تعليم المنطقة", "وكيل أعمال اللاعبين")."""
        norm, prev = self.tokens[k].norm, _strip_conj(self.tokens[k - 1].norm)
        if norm.startswith("ال"):
            # "نفى رئيس النادي التفاوض مع …": a definite verbal noun of a derived verb with
            # its complement after a definite word is the act denied, no adjective of it.
            return _definite(prev) and self._definite_act(k)
        # A definite word governs nothing after it: "نفى الجيش استهداف …" ends the subject.
        governs = prev in _TITLES or prev in _GOVERNING or prev in lx.BODY_HEADS
        return (prev.startswith("ال") or not governs) and _denied_event(norm)

    def _plural_after_adjective(self, k: int) -> bool:
        """A definite plural in ات at k right after a definite adjective in ي: "نفى مركز
        النادي الإعلامي المفاوضات مع …" (an adjective closes the body's name, and a name goes
        on after it only with another adjective or a preposition, "الإعلامي للنادي")."""
        if k < 2:
            return False
        norm, prev = self.tokens[k].norm, _strip_conj(self.tokens[k - 1].norm)
        if not (norm.startswith("ال") and norm.endswith("ات") and len(norm) > MIN_PLURAL_OBJECT):
            return False
        return prev.startswith("ال") and prev.endswith("ي") and len(prev) > MIN_PLURAL_OBJECT

    def _title_slash_at(self, k: int) -> bool:
        """A slash at token k parts a title or rank from the name after it ("الأستاذ/ فلان",
        "المهندس / فلان", "المقدم/فلان"), as official releases write them."""
        return 0 < k < len(self.tokens) - 1 and title_slash(self.tokens, k)

    def _denied_with_any(self, k: int) -> bool:
        """A plain noun at k with "أي" ("any") right after it, past the denial's first word:
        "ونفى حزب فلان عقد أي لقاءات" denies holding any meeting; a voice's name never goes on
        with "any", so the noun opens what is denied (a verbal noun of the simple verb, which
        _denied_after_subject does not know by its shape)."""
        if k == 0 or self._next_norm(k) not in _ANY:
            return False
        norm = self.tokens[k].norm
        if norm.startswith("ال") or not self.tokens[k].is_word or given_name(norm):
            return False  # "نفى المتهمون الآخرون أي ضلوع": a definite adjective of the denier
        if _strip_conj(norm) != norm:
            return False  # "نفت كاردونيا وبلاريا أي اتهامات": a second denier joined by و
        if not self._name_closed_before(k):
            return False  # "نفى الوزير جون كالدويري أي علاقة": a foreign surname goes on the name
        return norm not in _ANY

    def _name_closed_before(self, k: int) -> bool:
        """The word before k closes a name, so a plain noun at k is no more of it: a definite
        word that is no given name ("حزب الحلبي عقد أي …"), or a name right after a body's head
        ("حزب صالح عقد أي …"). After "لويز" or "جون" a surname follows ("جون كالدويري أي …")."""
        prev = _strip_conj(self.tokens[k - 1].norm)
        if prev.startswith("ال") and not given_name(prev):
            return True
        return k >= 2 and _strip_conj(self.tokens[k - 2].norm) in lx.BODY_HEADS

    def _denied_noun_at(self, k: int) -> bool:
        """A denial's object opens at token k: a noun of ``_DENIED_NOUNS`` that no title,
        "باسم" or body's head before it governs ("تنفي الحكومة التهم", not "مدير مركز
        معلومات"), or a demonstrative before such a noun or a ``_DENIAL_OBJECTS`` one ("تنفي
        موسكو تلك التهم"): the subject ends there, and a denial with none said before its
        verb names no denier in it."""
        norm = self.tokens[k].norm
        if norm in _DENIED_DEMONSTRATIVES:
            nxt = self._next_norm(k)
            return nxt in _DENIED_NOUNS or nxt in _DENIAL_OBJECTS
        if norm not in _DENIED_NOUNS:
            return False
        prev = _strip_conj(self.tokens[k - 1].norm) if k > 0 else ""
        return not (prev in _TITLES or prev in _GOVERNING or prev in lx.BODY_HEADS)

    def _denied_own_noun(self, k: int) -> bool:
        """A noun with the denier's pronoun at k, after a word that governs nothing: "نفت
        الدولة تدخلها في …", "نفى فلان ضلوعه في …" deny the doer's own act, which no name
        goes on into. After a title or a body's head the pronoun belongs to the name ("رئيس
        وزرائها", "وزارة خارجيتها"); "نفسها", "كلهم" stress the doer."""
        norm = self.tokens[k].norm
        if norm.endswith("ه") and not norm.endswith(("ها", "هم", "هما")):
            own = self._his_noun(k)
        else:
            stem = next((norm[: -len(p)] for p in ("هما", "هم", "ها") if norm.endswith(p)), "")
            own = (
                len(stem) >= MIN_OWN_STEM
                and stem not in _STRESSING_STEMS
                and not norm.startswith(_NOT_OPENING)
                and not given_name(norm)
                and norm not in lx.PRONOUN_LEADS
            )
        prev = _strip_conj(self.tokens[k - 1].norm)
        governed = prev in _TITLES or prev in _GOVERNING or prev in lx.BODY_HEADS
        # ("نفى الوزير في تغريدته …": after a preposition, where he spoke, not what he denied)
        governed = governed or prev in _PREPOSITION_STEMS or prev in _LINKERS
        return own and not governed

    def _object_after_definite(self, k: int, before: int | None = None) -> bool:
        """An indefinite verbal noun at k right after a definite word (at ``before``, by
        default k - 1): no name goes on so (a definite word is followed by its adjectives, not
        by a bare noun); it opens the content of a verb that takes a noun phrase."""
        norm = self.tokens[k].norm
        before = k - 1 if before is None else before
        if norm.startswith("ال"):
            return False
        if not _definite(self.tokens[before].norm):
            # "وزارة التجارة والصناعة تطوير …": a definite word joined by و ends a name too,
            # but not before a given name shaped like a verbal noun ("… والصناعة توفيق").
            joined = _strip_conj(self.tokens[before].norm)
            if not _definite(joined) or joined == self.tokens[before].norm or given_name(norm):
                return False
        return _derived_noun(norm) or _event_noun(norm)

    def _first_of_title(self, k: int) -> bool:
        """The word at k takes a following "أول" into the voice: a rank ("الرقيب أول"), or an
        indefinite title or description in construct with it ("نائب رئيس أول", "صاحب أول
        متجر"); after a definite title ("أعلن الوزير أول دفعة") أول opens the object."""
        norm = self.tokens[k].norm
        if strip_article(norm) in _GRADED_RANKS:
            return True
        return not norm.startswith("ال") and (norm in _TITLES or norm in _DESCRIPTION_HEADS)

    def _title_unnamed(self, start: int, k: int) -> bool:
        """Tokens start..k open with a title and hold no given name yet."""
        if _strip_conj(self.tokens[start].norm) not in _TITLES:
            return False
        return not any(given_name(t.norm) for t in self.tokens[start:k])

    def _verbal_noun_object(self, k: int, *, titled: bool, before: int | None = None) -> bool:
        """A derived verbal noun at k right after a definite word that is no title, in
        construct with what follows ("أعلنت اللجنة اكتمال الاستعدادات", "أعلنت الوزارة توقيف
        رجل"): the object of a verb that takes a noun phrase. After a title a name stands
        ("أكدت السيدة تشاوز على أن" has the shape of تفاعل), and a name is in construct with
        nothing: with a ``titled`` subject still waiting for its name ("المدير الفني للنادي
        أوناي إيمري"), only a definite noun, a number, a count or "كافة/أول" may follow.
        ``before`` is the definite word's index when a comma or the medium told stands between.
        """
        if k == 0 or k + 1 >= len(self.tokens) or not self._object_after_definite(k, before):
            return False
        title_at = k - 1 if before is None else before
        if self.tokens[title_at].norm in _TITLES or self.tokens[k].norm in _SHAPED_LIKE_NOUNS:
            return False
        if self.tokens[k].norm in _TITLES:
            return False  # "أوضح فلان، أستاذ العلاقات الدولية …، أن": a title shaped as إفعال
        if before is not None and self.tokens[k].norm in lx.BODY_HEADS:
            return False  # "أعلنت جبهة …، تنظيم القاعدة في …، أنها": a body named in apposition
        if self.tokens[k].norm.startswith("وال"):
            return False  # "عمادة القبول والتسجيل": joined by و, the body's name goes on
        nxt = self.tokens[k + 1]
        norm = nxt.norm
        if (
            norm.startswith("ال")
            or norm.isdigit()
            or norm in lx.GROUP_QUANTIFIERS
            or norm in _WHOLE
            or norm in _COUNTS
        ):
            return True
        return (
            not titled
            and nxt.is_word
            and norm not in _LINKERS
            and norm not in lx.COMPLEMENTISERS
            and not given_name(norm)
        )

    def _name_then_complementiser(self, k: int) -> bool:
        """A complementiser follows the word at k within INFORM_REACH tokens, with no cue
        between: "أوضح المتحدث الرسمي للوزارة تيسير المفرج أن …" (a name shaped like a
        verbal noun, then what he said), not "أعلنت الوزارة توقيف رجل قالت إنه …"."""
        for j in range(k + 1, min(k + 1 + INFORM_REACH, len(self.tokens))):
            if self.tokens[j].norm in lx.COMPLEMENTISERS:
                return True
            if self._is_spot(j):
                return False
        return False

    def _timed_at(self, k: int) -> bool:
        """A word of time stands right before the noun at k: "أوضح فلان، عقب وصول السفينة …،
        أن …" (when he spoke, not what he said)."""
        return k > 0 and _strip_conj(self.tokens[k - 1].norm) in _OCCASION_TIMES

    def _abd_compound_at(self, k: int) -> bool:
        """ "عبد الأحد", "عبد الستار", "عبد الرقيب": the word with the article after "عبد" is the
        second half of a given name, whatever else it may be (a day, a noun, a rank)."""
        before, tok = self.tokens[k - 1], self.tokens[k]
        return before.is_word and before.norm == _ABD and tok.is_word and tok.norm.startswith("ال")

    def _name_particle_at(self, k: int) -> bool:
        """ "يوهان فان دام": "فان" (van) between a given name and a word with no article is
        part of the name; "فان" after any other word is "فإن" written without its hamza."""
        if k == 0 or k + 1 >= len(self.tokens) or self.tokens[k].norm not in _NAME_PARTICLES:
            return False
        before, after = self.tokens[k - 1], self.tokens[k + 1]
        return _foreign_name_word(before) and _foreign_name_word(after, after=True)

    def _particle_subject_at(self, k: int) -> bool:
        """ "وقال فان دام: …": right after the verb, "فان" before a name word is the subject's
        first word; "فإن" never follows a verb."""
        if k + 1 >= len(self.tokens) or self.tokens[k].norm not in _NAME_PARTICLES:
            return False
        return _foreign_name_word(self.tokens[k + 1], after=True)

    def _on_this_at(self, k: int) -> bool:
        """ "بهذا الصدد", "بهذه المناسبة" at k ("اعترف بهذه اللعبة" names a thing, not this)."""
        return self.tokens[k].norm in _ON_THIS and self._next_norm(k) in _THIS_MATTER

    def _relayed_saying_at(self, k: int, verb: lx.Cue) -> bool:
        """ "قول" at token k after a relaying verb, a voice's words after it: "ونقلت الوكالة قول
        وزير الخارجية إن …" (the saying carried as the object; no عن). Not before a pronoun
        or a preposition ("نقل قول في …": a saying, no one named)."""
        if verb.lemma != "نقل" or self.tokens[k].norm != _SAYING_NOUN:
            return False
        nxt = self._next_norm(k)
        return bool(nxt) and nxt not in lx.COMPLEMENTISERS and nxt not in _SAYING_STOPS

    def _quoted_from_pronoun(self, spot: _Spot) -> bool:
        """ "ونُقل عنه قوله إن …": a relaying verb, a pronoun after عن and his saying; the one
        named before is quoted, by no carrier named (the passive), so the lead is near. Not
        "ونقلت عنه قوله": a carrier she is, left unnamed, whom the speaker before would not be."""
        k = spot.i + 1
        if _strip_conj(self.tokens[spot.i].norm) != _RELAYED or k + 1 >= len(self.tokens):
            return False
        return self.tokens[k].norm in lx.RELAYED_PRONOUNS and self._next_norm(k) in lx.PRONOUN_NOUNS

    def _own_speech_at(self, k: int) -> bool:
        """ "حديثه بقوله", "كلمتها بالقول": the speaker's own talk, then how it ended."""
        if k >= len(self.tokens):
            return False
        return self.tokens[k].norm in _OWN_SPEECH and self._next_norm(k) in _BY_SAYING

    def _won_title_at(self, k: int, start: int) -> bool:
        """ "بطل"/"وصيف"/"حامل" at k after a club's name from start, describing it ("الساحل بطل
        أوروبا"): no title in the phrase (it would open "اللاعب بطل العالم فلان", or describe
        the club a titled man serves: "مدرب الساحل بطل أوروبا فلان عن سعادته") and no given
        name after it."""
        if any(_strip_conj(t.norm) in _TITLES for t in self.tokens[start:k]):
            return False
        return not self._name_in(k + 1, min(len(self.tokens), k + 1 + MAX_NAME_TOKENS))

    def _named_or_one_word(self, start: int, end: int) -> bool:
        """The phrase start..end names a person, or is one definite word, a surname or a title
        ("وقال الفلاني لذوي المصابين", "وقال الوزير لجنود الفرقة"): a group after ل is whom it
        told, not a body of its name."""
        if end - start == 1 and self.tokens[start].norm.startswith("ال"):
            return True
        return self._name_in(start, end)

    def _name_in(self, start: int, end: int) -> bool:
        """A given name stands among tokens start..end."""
        return any(given_name(t.norm) for t in self.tokens[start:end])

    def age_end(self, k: int) -> int | None:
        """The index after an age phrase at k ("البالغ من العمر 30 عاما", "البالغة 40 سنة", a
        bare "51 سنة"), or None when no age stands there."""
        tokens = self.tokens
        if tokens[k].norm.isdigit() and k + 1 < len(tokens) and tokens[k + 1].norm in _AGE_UNITS:
            return k + 2  # "الزائر فلان 51 سنة": a bare age after the name
        if tokens[k].norm not in _AGED:
            return None
        j = k + 1
        while j < len(tokens) and j - k < MAX_AGE_TOKENS and tokens[j].norm in _AGE_FILLERS:
            j += 1
        if j + 1 < len(tokens) and tokens[j].norm.isdigit() and tokens[j + 1].norm in _AGE_UNITS:
            return j + 2
        return None

    def _may_name(self, quote: tuple[int, int], verb: lx.Cue | None, prev: str) -> bool:
        """A quotation after a head may be its name («الوادي» in "رئيس نادي «الوادي» إن"),
        unless it holds a clause break, or follows a definite head and holds more words than a
        name ("وقال الجيش «سقط ثلاثة من حراسنا قرب المعبر» في إشارة إلى …": the words said,
        the writer going on after them), or closes the sentence after a verb's subject that
        ends in a definite head and is no name the registry knows: "وقال رئيس النادي «الفريق
        اكتمل»." quotes the words said ("شركة «الوادي»." still needs its name)."""
        if any(mark in self.text[quote[0] + 1 : quote[1]] for mark in _QUOTED_BREAKS):
            return False
        if not prev.startswith("ال"):
            return True
        if len(self.text[quote[0] + 1 : quote[1]].split()) > MAX_NAME_QUOTE_WORDS:
            return False
        after = self.index_at(quote[1] + 1)
        if verb is None or any(t.is_word for t in self.tokens[after:]):
            return True  # a short one may name ("شركة «الوادي» للطيران", "بيان «الوادي»")
        return self._short_name_quote(quote)

    def _sources_of(self, index: int, k: int) -> bool:
        """The words from index up to the quotation at k are unnamed sources ("مصادر", "مصادر
        مطلعة"), with no preposition tying the quotation to them ("مصدر في «الشركة»" speaks
        for the company): the quoted paper is whose sources they are, or whom they told."""
        words = self.tokens[index:k]
        if words[-1].norm in _TO_THE_PAPER:
            words = words[:-1]
        if not words or _strip_conj(words[0].norm) not in _SOURCE_HEADS:
            return False
        return all(t.is_word and t.norm not in _NOT_SOURCE_WORDS for t in words[1:])

    def _paper_of_sources(self, k: int, voice: Mention | None) -> int | None:
        """The index after the quoted paper at k (with "بـ"/"لـ" before it) right after unnamed
        sources: "كشفت مصادر «الوادي» أن", "تشير مصادر «الوادي» إلى"; else None."""
        if voice is None or voice.kind is not SourceKind.ANONYMOUS:
            return None
        if _strip_conj(fold(voice.surface.split()[0])) not in _SOURCE_HEADS:
            return None
        at = k + 1 if k < len(self.tokens) and self.tokens[k].norm in _TO_THE_PAPER else k
        quote = self.quote_at(at) if at < len(self.tokens) else None
        if quote is None or len(self.text[quote[0] + 1 : quote[1]].split()) > MAX_NAME_QUOTE_WORDS:
            return None
        return self.index_at(quote[1] + 1)

    def _name_goes_on(self, k: int, index: int) -> bool:
        """A long title chain may end in a name cut short by the length limit: "مساعد المدير
        العام … المتحدث الرسمي باسم الشركة سالم بن حمد الهاشمي" keeps its last words, and so
        does one whose name follows an abbreviated title ("… لدول المجلس م. سالم الهاشمي")."""
        if k - index >= MAX_VOICE_TOKENS + MAX_NAME_TOKENS:
            return False
        recent = self.tokens[max(index, k - 2) : k]
        return any(
            given_name(t.norm)
            or t.norm in _NAME_LINKS
            or t.norm in _ABBREVIATED
            or t.norm in _HONORIFICS  # "… رئيس لجنة التدريب الدكتور سالم اليامي"
            for t in recent
        )

    def _is_ali(self, k: int) -> bool:
        """علي spelt with ي before a name word is the name Ali, not the preposition على that
        folds to the same letters: "قال علي السالم إن" (but "أكد علي أن", "علي إلى"). After
        "بن", "أبو" or "آل" it is always the name, however spelt: "وقال سالم بن علي إن"."""
        tok = self.tokens[k]
        if k and tok.norm == _ALA and self.tokens[k - 1].norm in _NAME_LINKS:
            return True
        if tok.text != "علي" or k + 1 >= len(self.tokens):
            return False
        nxt = self.tokens[k + 1]
        return (
            nxt.is_word
            and nxt.norm not in lx.COMPLEMENTISERS
            and nxt.norm not in _LINKERS
            and nxt.norm not in _NOT_ALI_NEXT
            and not _bi_content(nxt.norm)
        )

    def _acronym_after_head(self, index: int, k: int) -> bool:
        """ "وكالة الأنباء الرسمية (سانا)": a one-word name in brackets after a media head."""
        last = k + ACRONYM_TOKENS - 1
        if k == index or last >= len(self.tokens) or self.tokens[last].text != ")":
            return False
        head = _strip_conj(self.tokens[index].norm)
        return head in lx.AGENCY_HEADS or head in lx.OUTLET_HEADS

    def _acronym_after_body(self, index: int, k: int) -> bool:
        """ "وفقا لما أعلنته هيئة الموانئ (إم بي إيه)": a body's acronym of a few words in
        brackets right after its name is part of the name, not the content after it."""
        if k == index:
            return False
        if _strip_conj(self.tokens[index].norm) not in lx.BODY_HEADS:
            if self.tokens[k - 1].norm not in lx.BODY_HEADS:
                return False
        close = self._closing_bracket(k)
        return close > k + 1

    def _closing_bracket(self, k: int) -> int:
        """The index of the ")" that closes the bracket at token k over a few words only, or k."""
        for m in range(k + 1, min(k + 2 + MAX_ACRONYM_WORDS, len(self.tokens))):
            if self.tokens[m].text == ")":
                return m
            if not self.tokens[m].is_word or self.tokens[m].norm.isdigit():
                return k
        return k

    def _warning_at(self, k: int, verb: lx.Cue) -> bool:
        """ "من أن …" after a warning verb: the warned-of clause opens after أن."""
        return (
            verb.lemma in lx.MIN_CONTENT_VERBS
            and k + 1 < len(self.tokens)
            and self.tokens[k + 1].norm in lx.COMPLEMENTISERS
        )

    def _his_act_after_name(self, index: int, k: int, verb: lx.Cue) -> bool:
        """A noun with "his" at k after a given name or a definite word, the object of a verb
        that takes a noun phrase: "أعلن سالم الهاشمي رئيس النادي ترشحه لرئاسة الاتحاد" (no name
        ends so; after an indefinite noun, "شركة توجيه", the word may be a name's)."""
        return (
            verb.lemma in lx.NP_CONTENT_VERBS
            and self._his_noun(k)
            and not self._family_name_in_h(k)
            and (
                _strip_conj(self.tokens[k - 1].norm).startswith("ال")
                or any(given_name(t.norm) for t in self.tokens[index:k])
            )
        )

    def _family_name_in_h(self, k: int) -> bool:
        """A word in ه right after a given name, then a title or the complementiser, is his
        family name written with ه for ة ("أوضح خالد عويضه المتحدث الرسمي للشركة أن …"), not
        "his" act: no act of his is followed by his title or by "أن"."""
        if k == 0 or k + 1 >= len(self.tokens) or not given_name(self.tokens[k - 1].norm):
            return False
        nxt = self.tokens[k + 1].norm
        return nxt in _TITLES or nxt in lx.COMPLEMENTISERS

    def _his_noun(self, k: int) -> bool:
        """A noun with "his" written ه at k ("ترشحه", "استعداده"), not a name ("عبدالله",
        "موشيه") nor a noun whose last letter is ه ("توجيه")."""
        text, norm = self.tokens[k].text, self.tokens[k].norm
        return (
            text.endswith("ه")
            and not norm.endswith("يه")
            and len(norm) >= MIN_HIS_NOUN
            and not norm.startswith(("ال", "و"))  # "الفقيه" takes no pronoun; "ونظيره" joins
            and not norm.startswith(_DEFINITE_IN)  # "بالمنطقه": ة written ه, and definite
            and not norm.endswith("لله")
            and not given_name(norm)
            and norm not in lx.PRONOUN_LEADS  # "من جانبه", "بدوره": on his part
            and (k == 0 or self.tokens[k - 1].norm != "من")
        )

    def _verb_object_at(self, k: int, verb: lx.Cue) -> bool:
        """The verb's object starts at token k, ending its subject: a denied noun ("نفى الوزير
        صحة …") or a noun phrase in ب ("أفاد المرصد بمقتل …")."""
        norm = self.tokens[k].norm
        if self.tokens[k - 1].norm in _INNER_PREPOSITIONS and self._participle_before(k - 1):
            return False  # "أكد الطلاب المتضررون من إلغاء البرنامج أن": من governs the noun
        if verb.stance is Stance.DENIES and norm in _DENIAL_OBJECTS:
            return True  # "نفى المصدر صحة …"
        if verb.stance is Stance.DENIES and self._denied_noun_at(k):
            return True  # "نفى متحدث باسم الحركة مزاعم الحكومة", "نفت الدولة سعيها إلى …"
        if verb.stance is Stance.DENIES and self._denied_own_noun(k):
            return True  # "نفت الدولة تدخلها في …", "نفت الشركة وقوعها في …": her own act
        if verb.stance is Stance.DENIES and norm in _WHOLE and k > 0:
            return True  # "ونفى المتهم كل تلك الاتهامات": all that is denied, no name goes on
        if verb.stance is Stance.DENIES and self._denied_after_subject(k):
            return True  # "نفى مصدر في الجيش استهداف …", "نفى اللاعب انتقاله": what is denied
        if verb.stance is Stance.DENIES and self._plural_after_adjective(k):
            return True  # "نفى المركز الإعلامي المفاوضات مع …": the talks denied
        if verb.stance is Stance.DENIES and self._denied_with_any(k):
            return True  # "ونفى الحزب عقد أي لقاءات": "any" follows what is denied
        if verb.lemma == "كشف" and norm in _VEILS:
            return True  # "كشفت الشركة النقاب عن …": lifted the veil, an idiom
        if verb.lemma in _EVENT_OBJECT_VERBS and _event_noun(norm):
            # "أكدت عمادة القبول والتسجيل أن": a noun joined by و to the definite word before
            # goes on with the subject's name, no content opens there; nor does a family name
            # shaped as an event ("أوضح فلان الحداد، أن") with its complementiser right after.
            # ("ووصف فلان انضمام الطلاب بأنه …": what is described, then how).
            joined = norm.startswith("وال") and self.tokens[k - 1].norm.startswith("ال")
            named = verb.lemma in lx.NP_CONTENT_VERBS and self._name_then_complementiser(k)
            return not joined and not named
        if verb.lemma in lx.DESCRIBING_VERBS and strip_article(norm) in lx.EVENT_NOUNS:
            return True  # "ووصف مفتي عام المملكة حادث التفجير بالإجرامي": what he described
        news = norm in _NEWS_OF and verb.lemma in lx.NP_CONTENT_VERBS
        if news and _news_of_event(norm, self._next_norm(k)):
            return True
        if _stressed(norm, verb) and not given_name(norm):
            return True  # "أكد الوزير سالم الهاشمي حرص الحكومة …"
        if verb.lemma in lx.MIN_CONTENT_VERBS and norm == "من" and self._warner_before(k):
            return True  # "وحذر البنك من خطر انتقال الأزمة": the warned-of after من
        if verb.lemma in lx.MIN_CONTENT_VERBS and norm in _WARNED_PEOPLE:
            return True  # "وحذرت الإدارة المواطنين من …": the warned, not the warner's name
        if verb.lemma in lx.MIN_CONTENT_VERBS and self._warned_plural(k):
            return True  # "حذرت الوزارة المستهلكين من شراء …": a definite plural, then من
        if self._bare_content_at(k, verb):
            return True  # "وأضاف الهاشمي نحن …": the words said, not the name
        return verb.lemma in lx.BI_CONTENT_VERBS and _bi_content(norm)

    def _participle_before(self, k: int) -> bool:
        """A definite participle stands before token k ("المتضررون من", "المستفيدين من"): the
        preposition at k completes it, inside the subject's phrase."""
        # (after the noun it describes: "الطلاب المتضررون من", not "عدد من المواطنين من")
        return (
            k > 1
            and self.tokens[k - 2].norm.startswith("ال")
            and self.tokens[k - 1].norm.startswith("الم")
            and self.tokens[k - 1].norm.endswith(("ون", "ين", "ة"))
        )

    def _warned_plural(self, k: int) -> bool:
        """A definite sound plural in ين at k with "من" right after it (or after one adjective):
        the people a warning verb warns, "حذرت الهيئة المسافرين من …" (a body's name has no such
        plural before من)."""
        norm = self.tokens[k].norm
        if not (norm.startswith("ال") and norm.endswith("ين")) or given_name(norm):
            return False
        if not _strip_conj(self.tokens[k - 1].norm).startswith("ال"):
            return False  # "وحذر اتحاد المزارعين من …": the plural completes a construct
        after = [t.norm for t in self.tokens[k + 1 : k + 3]]
        if after[:1] == ["من"]:
            return True
        # "المسافرين الدوليين من": one adjective in ال between them
        return len(after) > 1 and after[0].startswith("ال") and after[1] == "من"

    def _issuer(self, i: int, cue: lx.Cue) -> Mention | None:
        """The issuer of the statement a verb at i quotes: "وأصدرت اللجنة بيانا قالت فيه: …"
        (the sentence opens with the issuing verb, its subject, then the statement)."""
        in_it = self._next_norm(i) in _IN_IT
        if i < MIN_ISSUED_AT or not (in_it or self._present_after_noun(i)):
            return None
        at = i - 1
        if cue.lemma == CAME_IN_IT_LEMMA and self.tokens[at].text in "،,":
            at -= 1  # "ألقى الوزير كلمة، جاء فيها: …": a comma before "in it"
        while at > MIN_ISSUED_AT - 1 and self.tokens[at].norm in lx.ADVERBS:
            at -= 1  # "وأصدرت اللجنة بيانا مساء أمس قالت فيه …": when, after the statement
        if not _occasion_noun(self.tokens[at].norm) and at > MIN_ISSUED_AT - 1:
            at -= 1  # "وأصدر النادي بيانا رسميا ينفي فيه …": one adjective after the statement
        if not _occasion_noun(self.tokens[at].norm):
            return None
        # "كما ألقى الوزير كلمة قال فيها …": a particle before the issuing verb.
        verb_at = 1 if self.tokens[0].norm in _BEFORE_VERB else 0
        if self._received(verb_at, at):
            return None  # "تلقت الإدارة اتصالا يفيد …": who called is not who received it
        # "وأصدرت الوزارة بيانا يؤكد أن …": the verb agrees with the statement, not the issuer.
        gender = cue.gender if in_it else ""
        opened, in_time_clause = self._time_clause_verb(at)
        if in_time_clause > verb_at:
            # "جاء ذلك بعد أن أصدرت الهيئة تقريرا أوضحت فيه …": the issuer follows that verb;
            # else, as in "وأصدر الوزير بعد أن عاد بيانا …", the sentence's verb, up to the clause
            issuer = self._issuer_after(in_time_clause, at, gender)
            return issuer or self._issuer_after(verb_at, opened, gender)
        return self._issuer_after(verb_at, at, gender)

    def _record_owner(self, i: int, cue: lx.Cue) -> Mention | None:
        """The author of a record named right before a comma and the verb at i with "فيه" /
        "فيها": "في بيان أصدره الأمين العام فلان، قال فيه إن …", "إلى خطاب للرئيس فلان، قال
        فيه …", "كلمة الأستاذ فلان، أشار فيها إلى …", "بتصريح منسوب لفلان، قال فيه …": the verb
        reports through the record, so its author speaks (one who only printed it does not)."""
        tokens = self.tokens
        if i < MIN_ISSUED_AT or self._next_norm(i) not in _IN_IT:
            return None
        # "بيان صادر عن الفرقة جاء فيه": what came in a record, its author named before it
        # with no comma.
        came = cue.lemma == CAME_IN_IT_LEMMA
        end = i - 1 if tokens[i - 1].text in "،," else i
        if end == i and not came:
            return None
        at = None
        for j in range(end - 1, max(end - 1 - MAX_RECORD_OWNER, -1), -1):
            if not tokens[j].is_word or self._is_spot(j):
                return None  # ("…، كما قال فلان، مضيفا …": a clause, not a record's author)
            if _record_word(tokens[j].norm) or _record_with_who(tokens, j):
                at = j
                break
        if at is None or at + 1 >= end:
            return None  # ("أصدرت الوزارة بيانا، أوضحت فيه": the issuer comes before)
        start = at + 1
        if tokens[start].norm in _WHO and start + 1 < end:
            start += 1  # "البيان الذي أصدره فلان، وقال فيه": the authoring verb after "الذي"
            if tokens[start].norm not in _AUTHORING:
                return None
        if tokens[start].norm in _PUBLISHING_VERBS:
            return None  # "بيان نشرته الصحيفة": who printed it, not who wrote it
        if tokens[start].norm in _AUTHORING or tokens[start].norm in _ASCRIBED:
            start += 1
        elif came and tokens[start].norm in _ISSUED_FROM and self._next_norm(start) == "عن":
            start += 2  # "بيانا صادرا عن الفرقة": issued by (a name in ل is whole: "لواء")
        elif tokens[at].norm.endswith("ا"):
            return None  # "أعدت الدوريات تقريرا فنيا، أكدت فيه …": the object of its issuer
        if start >= end or tokens[start].norm in _HIS_OWN:
            return None  # "كلمة له، قال فيها": the speaker named before
        first = tokens[start]
        if came and start == at + 1 and first.norm[:1] != "ل":
            return None  # "بدأها بكلمة أوصيكم …، جاء فيها": the record's own words, no author
        if (
            first.norm.startswith("ل")
            and not given_name(first.norm)
            and tokens[start - 1].norm != "عن"
        ):
            first = _without_lam(first)
        # (the slot is a strong one: a bare name may stand there, "مقالة لفلان علان، قال فيها")
        owner = read_voice(
            self.text, [first, *tokens[start + 1 : end]], self.known, allow_bare_name=True
        )
        if owner is None or owner.kind in (SourceKind.AGENCY, SourceKind.OUTLET):
            return None  # "في مقال لصحيفة …": a medium carries the words, it does not own them
        return owner

    def _issuer_of_occasion(self, i: int, content_at: int) -> Mention | None:
        """The issuer named in the statement a verb with no subject was said in: "وأضافت في
        بيان أصدرته هيئة الموانئ أن …" and "وأكد في بيان صادر عن المجلس أن …" are the
        authority's and the council's words, not the last speaker's ("في بيان له" names no
        one, and "في تصريح لقناة …" the medium told)."""
        tokens = self.tokens
        k = self._after_verb_adverbs(i + 1)
        if content_at - k < MIN_OCCASION_ISSUER or tokens[k].norm != "في":
            return None
        if tokens[k + 1].norm not in _ISSUED_OCCASIONS:
            return None
        phrase = list(tokens[k + 1 : content_at])
        while phrase and (
            not phrase[-1].is_word
            or phrase[-1].norm in lx.ADVERBS
            or phrase[-1].norm in lx.COMPLEMENTISERS
        ):
            phrase.pop()  # "… أمس أن": the time and the complementiser are no part of it
        if len(phrase) > 2 and phrase[1].norm in AUTHORED:
            start = 2  # "بيان أصدرته الوزارة"
        elif len(phrase) > 3 and phrase[1].norm in _ISSUED_BY and phrase[2].norm == "عن":
            start = 3  # "بيان صادر عن المجلس"
        else:
            return None  # only a statement whose issuer is named after a verb of issuing
        cut = next((j for j in range(start, len(phrase)) if _possessed(phrase[j])), len(phrase))
        if cut <= start + 1:
            return None  # "عن مكتبه", "عن وزارة خارجيتها": his or its own, the speaker before
        # "صادر عن الوزارة بثته الوكالة": a verb on the statement ends its issuer.
        issuer = read_voice(self.text, phrase[:cut], self.known, allow_bare_name=False)
        if issuer is None or issuer.kind in _CARRYING_KINDS:
            return None  # a document with no issuer, or a paper that printed it
        return issuer

    def _issuer_after_voice(self, subject: Mention, content_at: int) -> Mention | None:
        """The body that issued the statement an unnamed voice, or one named by its role
        alone, spoke in, set off by commas after it: "وأضاف المسؤول الأمني، في بيان صادر عن
        وزارة الداخلية، إن …", "وقال مصدر، في بيان أصدرته الهيئة، إن …" are the ministry's and
        the authority's statements, whoever read them out; None for a voice named in full or
        tied to a body of its own, or a statement with no issuer named after a verb of issuing
        (``_issuer_of_occasion``)."""
        if not (subject.anaphor or subject.kind is SourceKind.ANONYMOUS):
            return None
        if subject.kind is SourceKind.ANONYMOUS and _tied_to_body(subject.name):
            return None  # "مصدر في الوزارة، في بيان …": the body its own name ties it to
        k = next((j for j, t in enumerate(self.tokens) if t.start >= subject.end), None)
        if k is None or k >= content_at or self.tokens[k].text not in "،,":
            return None
        issuer = self._issuer_of_occasion(k, content_at)
        if issuer is None or issuer.kind not in _ISSUING_BODIES:
            return None
        return issuer

    def _occasion_owner(self, i: int) -> Mention | None:
        """The owner named in an occasion that opens the sentence before a verb at i with no
        subject: "وفي بيان للتنظيم تداولته حسابات مؤيدة، أعلن مسؤوليته …" is the group's claim,
        not the last speaker's ("وفي بيان له" points back to him, and is left to him)."""
        tokens = self.tokens
        k = 1 if tokens and _strip_conj(tokens[0].norm) in _BEFORE_VERB else 0
        if i < k + MIN_OCCASION_OWNER or _strip_conj(tokens[k].norm) != "في":
            return None
        if tokens[k + 1].norm not in _ISSUED_OCCASIONS or tokens[k + 2].norm[:1] != "ل":
            return None  # ("وفي تصريح لقناة …": whom he told, in ل)
        if tokens[k + 2].norm in _PRONOUN_OBJECTS or tokens[k + 2].norm in _HIS_OWN:
            return None
        end = min(self.phrase_end(k + 2, verb=None, carrier=True), i)
        # "للتنظيم تداولته حسابات …": a verb on the statement, with its pronoun, ends the owner.
        end = next((j for j in range(k + 3, end) if _possessed(tokens[j])), end)
        phrase = [_without_lam(tokens[k + 2]), *tokens[k + 3 : end]]
        owner = read_voice(self.text, phrase, self.known, allow_bare_name=False)
        if owner is None or owner.kind in (SourceKind.AGENCY, SourceKind.OUTLET):
            return None  # "في بيان للوكالة": a medium carries the words, it does not own them
        return owner

    def _received(self, start: int, at: int) -> bool:
        """A verb of receiving a message stands between tokens start and at, the message
        ("تلقت الإدارة اتصالا يفيد …"): its sender is not named."""
        return any(_strip_conj(t.norm) in _RECEIVING for t in self.tokens[start:at])

    def _present_after_noun(self, i: int) -> bool:
        """The cue at i is a present verb with no conjunction right after an accusative noun
        (an adjective between): "بيانا يؤكد أن …", "تغريدة رسمية تقول إن …" describe the
        statement, whose issuer speaks through it."""
        verb = self.tokens[i].norm
        if verb[:1] not in "يت" or _strip_conj(verb) != verb:
            return False
        before = self.tokens[i - 1].norm
        if not before.endswith("ا"):
            return False
        return _occasion_noun(before) or _occasion_noun(self.tokens[i - 2].norm)

    def _issuer_after(self, verb_at: int, at: int, gender: str) -> Mention | None:
        """The voice between the issuing verb at verb_at and the statement noun at at."""
        subject = list(self.tokens[verb_at + 1 : at])
        while subject and subject[-1].norm in lx.ADVERBS:
            subject.pop()  # "وأصدر الحزب أمس بيانا أكد فيه …": the time is no part of the issuer
        counted = next(
            (n for n, t in enumerate(subject) if t.norm in _COUNTS and n + 1 < len(subject)),
            None,
        )
        if counted and subject[counted + 1].norm == "من":
            subject = subject[:counted]  # "وجه فلان عددا من الرسائل": how many, not who
        if any(t.norm == "قد" for t in subject):
            # "وكان الحزب قد أصدر بيانا أكد فيه …": the subject stands between كان and قد.
            subject = subject[: next(k for k, t in enumerate(subject) if t.norm == "قد")]
        if subject and subject[0].norm == "عن" and self._issued_at(verb_at):
            subject = subject[1:]  # "وصدر عن الديوان أمس بيان جاء فيه": issued by the office
        if not subject:
            return None
        return read_voice(self.text, subject, self.known, allow_bare_name=False, gender=gender)

    def _issued_at(self, k: int) -> bool:
        """Token k is "صدر" (issued), with or without its conjunction."""
        return _strip_conj(self.tokens[k].norm) in _ISSUED_BY

    def _time_clause_verb(self, at: int) -> tuple[int, int]:
        """Where the last time clause opened before token at starts and the index of its verb
        ("جاء ذلك بعد أن أصدرت الهيئة تقريرا …", "… عندما نشرت الوزارة بيانا …"), else
        (at, 0)."""
        tokens = self.tokens
        for k in range(at - 2, 0, -1):
            norm = _strip_conj(tokens[k].norm)
            if norm in _ONE_WORD_TIME_CONJUNCTIONS:
                return k, k + 1
            if norm in _TIME_CONJUNCTIONS and tokens[k + 1].norm in ("أن", "ان") and k + 2 < at:
                return k, k + 2
        return at, 0

    def _warner_before(self, k: int) -> bool:
        """The word before the من at k ends a definite voice ("البنك", "الخالدي"), not a
        quantity whose من counts a group ("العديد من الخبراء", "عدد من")."""
        prev = _strip_conj(self.tokens[k - 1].norm) if k else ""
        quantity = prev in lx.GROUP_QUANTIFIERS or strip_article(prev) in lx.GROUP_QUANTIFIERS
        return (prev.startswith("ال") and not quantity) or self._placed_warner_before(k)

    def _placed_warner_before(self, k: int) -> bool:
        """The words before the من at k end a definite body with the town where it sits, on
        ب: "وحذر الدفاع المدني بالمدينة من …", "حذرت السفارة ببلدة كذا من …" (the body
        warns; a given name or "بن" on ب is a person's name going on)."""
        if k < 2:
            return False
        prev = self.tokens[k - 1].norm
        return (
            prev[:1] == "ب"
            and not prev.startswith("بن")
            and not given_name(prev)
            and _strip_conj(self.tokens[k - 2].norm).startswith("ال")
        )

    def _addressed_body(self, index: int, k: int) -> bool:
        """ "لإدارة النادي" at k after a name: ل on a body's head, whom the speaker told; not
        after an adjective or in a record's name ("إحصاء رسمي لوزارة الزراعة" is by whom). A
        lone word before it that closes a name given before is the subject's name, whatever
        its ending ("جون ميلر …، وقال ميلر لمجلس …"; "كشف تاريخي لهيئة …" is an adjective)."""
        norm = self.tokens[k].norm
        return (
            norm[:1] == "ل"
            and norm[1:] in lx.BODY_HEADS
            and (
                not self.tokens[k - 1].norm.endswith(("ي", "يه"))
                or (k - index == 1 and self._surname_named_before(index))
            )
            and strip_article(self.tokens[k - 1].norm) not in _TIED_TO
            and _strip_conj(self.tokens[index].norm) not in lx.DOCUMENT_HEADS
            and not any(t.norm in lx.DOCUMENT_HEADS for t in self.tokens[index:k])
        )

    def _surname_named_before(self, j: int) -> bool:
        """The word at token j closes a name given earlier in the text after a given name
        ("جون ميلر" before "وقال ميلر", a comma after it or not): a person's family name, no
        adjective."""
        return self._closes_name_before(self.tokens[j].text, self.tokens[j].start)

    def _closes_name_before(self, word: str, at: int, middle: int = 0) -> bool:
        """``word`` closes a name given before offset ``at``: after a given name and at most
        ``middle`` other words ("جون ميلر", "جون بول ميلر")."""
        before = self.text[:at]
        # (a look-ahead from each word, so that "وقال سامر القيسي" is tried from "سامر" too)
        pattern = rf"(?<!\S)(?=(\S+)(?:\s+\S+){{0,{middle}}}\s+{re.escape(word)}(?!\w))"
        for match in re.finditer(pattern, before):
            # ("على أهمية …" is the preposition على, not the given name علي)
            if given_name(fold(match.group(1))) and match.group(1) != _ALA_WRITTEN:
                return True
        return False

    def _after_a_name(self, index: int, k: int) -> bool:
        """The word before k ends a person's name: no article, no title, no body ("داسيلفا", not
        "المتحدث الرسمي" or "مدير عام" before "للوزارة"), in a phrase that names no body
        before it ("مركز الملك سالم للإغاثة" is a centre's name)."""
        prev = _strip_conj(self.tokens[k - 1].norm)
        if any(body_head(t.norm) or t.norm in _LINKERS for t in self.tokens[index:k]):
            return False  # ("المتحدث باسم لمركز الملك سالم للإغاثة": ل on the centre)
        return (
            self.tokens[k - 1].is_word
            and not prev.startswith("ال")
            and prev not in _TITLES
            and prev not in lx.BODY_HEADS
            and prev not in lx.ANONYMOUS_HEADS
            and prev not in _PORTFOLIO_WORDS
        )

    def _told_medium(self, k: int, end: int, cue: lx.Cue) -> tuple[Mention, Mention] | None:
        """(person, medium) when the subject phrase k..end of a verb of telling ends with the
        outlet or agency told: "وأبلغ وزير النقل فلان رويترز أن …" is the minister, carried by
        the agency he told, not the agency itself."""
        for j in range(end - 1, max(k, end - MAX_MEDIUM_WORDS - 1), -1):
            medium = read_voice(self.text, self.tokens[j:end], self.known, allow_bare_name=False)
            if medium is None or medium.kind not in (SourceKind.AGENCY, SourceKind.OUTLET, None):
                continue  # (None: the registry's own entry, of its own kind)
            if not self.known([t.norm for t in self.tokens[j:end]], False):
                continue  # only a medium the registry knows by that name
            person = read_voice(
                self.text, self.tokens[k:j], self.known, allow_bare_name=True, gender=cue.gender
            )
            if person is not None and person.kind in _TELLERS:
                return person, medium
        return None

    def _teller_before_body(self, k: int, end: int, cue: lx.Cue) -> Mention | None:
        """The teller when the subject phrase k..end of a verb of telling runs on into the body
        told, opened by its bare head: "أبلغ الاتحاد السعودي لكرة القدم إدارة النادي أمس بأن
        …" is the federation; the club's management was told, and is no voice."""
        for j in range(k + 2, end):
            if self.tokens[j].norm not in lx.BODY_HEADS or self.tokens[j].norm.startswith("ال"):
                continue
            if not self.tokens[j - 1].norm.startswith(("ال", "لل")):
                continue  # "مكتب وزارة …": a construct, one body
            teller = read_voice(
                self.text, self.tokens[k:j], self.known, allow_bare_name=True, gender=cue.gender
            )
            if teller is not None and teller.kind in _TELLERS:
                return teller
        return None

    def _object_described_first(self, k: int, cue: lx.Cue) -> bool:
        """A plain definite noun right after a describing verb and right before بأنه is its
        object, with no subject after the verb: "فلان وصف الاتفاق بأنه …" (the speaker stands
        before the verb); "وصف الوزير القرار بأنه" keeps its subject (two words come first)."""
        if cue.lemma not in lx.DESCRIBING_VERBS:
            return False
        norm, nxt = _strip_conj(self.tokens[k].norm), self._next_norm(k)
        if self._event_described_first(k):
            return True  # "ووصف حادث الحريق بأنه …", "ووصف الحادثة، بأنها …": he spoke before
        if norm in _DESCRIBED_GROUPS:
            # "ووصف حزب التحرير الوطني بأنه منظمة …": a group named and nothing else before
            # بأنه is what is described; the one describing spoke before.
            # Its name is one definite word and nisba adjectives ("ووصف حزب العمال الوطني
            # القرار بأنه": القرار is the object, the party describes).
            j = k + 2
            while j < len(self.tokens) and nisba(self.tokens[j].norm):
                j += 1
            named = k + 1 < len(self.tokens) and self.tokens[k + 1].norm.startswith("ال")
            return named and j < len(self.tokens) and self.tokens[j].norm in _AS_THAT
        speaker = norm in _TITLES or norm in lx.BODY_HEADS or norm in lx.OFFICIAL_ANAPHORS
        if nxt in _AS_THAT and nxt in _AS_IT:
            # "ووصف إيران بأنها …", "ووصفت نفسها بأنها …": one word, and the pronoun after
            # ب refers to it: what is described; the one describing spoke before.
            return not speaker and norm not in lx.ANONYMOUS_HEADS
        if nxt in _AS_THAT:
            return (
                norm.startswith("ال")
                and not speaker
                and not given_name(norm)
                and not self.known([norm], False)
            )
        # "ووصف هؤلاء المعارضين بأنهم …" (not "ووصف حمدان الجولة بأنها": a name, then what
        # he described).
        return norm in _THESE and self._next_norm(k + 1) in _AS_IT

    def _thing_described_first(self, k: int, cue: lx.Cue) -> bool:
        """An indefinite common noun of a thing ("مشروع", "معسكر", "حادث") right after a
        describing verb, with "بأنه", "أنه", "بـ" or a word in "بال" within a few words (commas
        and quotation marks allowed), is what is described, its genitive after it: "ووصف مشروع
        الطريق الجديد بأنه …". The one describing is the verb's hidden subject, named before."""
        if cue.lemma not in lx.DESCRIBING_VERBS or k >= len(self.tokens):
            return False
        if _strip_conj(self.tokens[k].norm) not in _DESCRIBED_THINGS:
            return False  # (a definite one, "ووصف الطريق يومها بأنه", may be a passive: "وُصف")
        return self._described_as_soon(k)

    def _speaker_before_verb(self, k: int) -> bool:
        """Someone speaks in the sentence before the verb whose subject would open at k."""
        verb = max((s.i for s in self.spots if s.i < k), default=None)
        return verb is not None and self._speaker_before(verb)

    def _thing_described_after(self, index: int, k: int, verb: lx.Cue) -> bool:
        """A common noun of a thing after the voice of a describing verb, "بأنه", "بـ" or
        "بقوله" a few words on, opens what is described: "ووصف فلان تصريحات الوزير بأنها …",
        "ووصفت الصحيفة صعوبة الرحلة بقولها" (not the second word of a title: "مدير مشروع")."""
        if verb.lemma not in lx.DESCRIBING_VERBS or k <= index:
            return False
        if strip_article(self.tokens[k].norm) not in _DESCRIBED_THINGS:
            return False
        prev = _strip_conj(self.tokens[k - 1].norm)
        if not self.tokens[k - 1].is_word or prev in _TITLES or prev in lx.BODY_HEADS:
            return False  # "ووصف مدير مشروع الطريق فلان …": the thing completes his title
        return self._described_as_soon(k)

    def _described_as_soon(self, k: int) -> bool:
        """ "بأنه", "أنه", "بـ", "بقوله" or a word in "بال" within a few words after k (commas
        and quotation marks allowed): how the thing at k is described."""
        for t in self.tokens[k + 1 : k + 1 + MAX_DESCRIBED_WORDS + 2]:
            if t.norm in _AS_THAT or t.norm in _THAT_IT or t.norm in _BY_SAYING:
                return True
            if t.norm == "ب" or t.norm.startswith("بال"):
                return True
            if not t.is_word and t.text not in '،,«»"“”':
                return False
        return False

    def _event_described_first(self, k: int) -> bool:
        """An event's noun ("حادث", "الحادثة", "الهجوم") right after a describing verb, and
        "بأنه" or a word in "بال" within a few words, a comma allowed before it: what is
        described, never who describes ("ووصف حادث الحريق بأنه إهمال جسيم")."""
        if strip_article(_strip_conj(self.tokens[k].norm)) not in lx.EVENT_NOUNS:
            return False
        for t in self.tokens[k + 1 : k + 1 + MAX_DESCRIBED_WORDS]:
            if t.norm in _AS_THAT or t.norm.startswith("بال"):
                return True
            if not t.is_word and t.text not in "،,":
                return False
        return False

    def _possessed_described(self, index: int, k: int) -> bool:
        """A noun with "his"/"her" at k after a person's name read from ``index`` (a given name
        in it) is what a describing verb describes, "بأنه", "بـ" or "بقوله" soon after: "ووصف
        رئيس الحزب سامر العلي زيارته إلى العاصمة بـ«الناجحة»"."""
        tok = self.tokens[k]
        if not _possessed(tok) or given_name(tok.norm) or _strip_conj(tok.norm) != tok.norm:
            return False
        if tok.norm[:1] in "لبك" or any(tok.norm.startswith(p) for p in _PREPOSITION_STEMS):
            return False  # "لديه", "بعضهم", "منها": no noun of his
        if not any(given_name(t.norm) for t in self.tokens[index:k]):
            return False
        for t in self.tokens[k + 1 : k + 1 + MAX_DESCRIBED_WORDS]:
            if t.norm in _AS_THAT or t.norm in _BY_SAYING or t.norm == "ب":
                return True
            if t.norm.startswith("بال"):
                return True
            if not t.is_word:
                return False
        return False

    def _described_object(self, index: int, k: int, verb: lx.Cue) -> bool:
        """A definite feminine or plural noun after an untitled name is what a describing verb
        describes: "وصف حمدان الجولة بأنها …" (with a title, see voices._title_overrun)."""
        norm = self.tokens[k].norm
        quoted_next = k + 1 < len(self.tokens) and self.tokens[k + 1].text in OPENING_QUOTES
        if verb.lemma == _CONSIDERED_LEMMA and quoted_next and norm.startswith("ال"):
            # "واعتبرت المؤسسة الأمر «انتهاكا جديدا»": what is considered, then the quotation
            return not norm.endswith("يه") and not given_name(norm)
        if verb.lemma in lx.DESCRIBING_VERBS and self._body_then_indefinite(index, k):
            return True  # "ووصفت هيئة الموانئ تأخير الشحنة بأنه …": a body, then the object
        if verb.lemma in lx.DESCRIBING_VERBS and self._name_then_definite(index, k):
            return True  # "ووصف رئيس اللجنة سامر الخطيب الاقتراع على … بأنه": the object
        if verb.lemma in lx.DESCRIBING_VERBS and self._possessed_described(index, k):
            return True  # "ووصف فلان الفلاني زيارته … بـ«…»": what he described, his visit
        if (
            verb.lemma not in lx.DESCRIBING_VERBS
            or not norm.startswith("ال")
            or norm.endswith("يه")  # a nisba adjective: "الشركة الوطنية"
            or given_name(norm)
        ):
            return False
        head = _strip_conj(self.tokens[index].norm)
        if self._next_norm(k) in _AS_THAT:
            # "ووصف كاميرون الهجوم بأنه …", "ووصف وزير الخارجية القرار بأنه …": a definite
            # noun right before بأنه is the object, unless it completes a title or a body
            # ("رئيس مجلس الوزراء بأنه").
            prev = _strip_conj(self.tokens[k - 1].norm)
            construct = not prev.startswith("ال") and (prev in lx.BODY_HEADS or prev in _TITLES)
            if head in _QUOTE_HEADS:
                return not construct  # "ووصف البنك المركزي الخطوة بأنها …": a body describes
            return not (head in _TITLES and construct)
        if norm in _UNITED or self.known([_strip_conj(self.tokens[k - 1].norm), norm], True):
            return False  # "ووصفت الولايات المتحدة …": the second word of a name
        return norm.endswith(("ه", "ات")) and head not in _TITLE_OR_QUOTE_HEADS

    def _name_then_definite(self, index: int, k: int) -> bool:
        """A definite noun after a given name and a surname with the article opens what is
        described when بأنه comes soon after: "ووصف الوزير سامر الخطيب الاقتراع على القانون
        بأنه …" (the name ends with its family name; "عبد الرحمن" goes on)."""
        if k < index + 2 or not self.tokens[k].norm.startswith("ال") or nisba(self.tokens[k].norm):
            return False
        first, last = self.tokens[k - 2].norm, self.tokens[k - 1].norm
        if not given_name(first) or first in _COMPOUND_HEADS or not last.startswith("ال"):
            return False
        for t in self.tokens[k + 1 : k + 1 + MAX_DESCRIBED_WORDS]:
            if t.norm in _AS_THAT or t.norm in _BY_SAYING:
                return True  # (also "ويصف الناشط فلان الأوضاع … بقوله «…»": how he put it)
            if not t.is_word:
                return False
        return False

    def _possessed_after_body(self, index: int, k: int) -> bool:
        """A noun with "its"/"their" after a body or group named in two words or more opens
        the object: "أعلنت أمانة المدينة عزمها بناء …", "أبدى عدد من الأهالي استياءهم من …"
        (right after the head it completes the name: "وزارة خارجيتها")."""
        tok = self.tokens[k]
        if k < index + 2 or not tok.is_word or not _possessed(tok):
            return False
        if _strip_conj(tok.norm) != tok.norm or tok.norm[:1] in "لبك":
            return False  # "وزملاؤه" goes on; "لديها", "بعضهم" are no object
        if given_name(tok.norm) or tok.norm.endswith("الله"):
            return False  # "شركة أبناء عبدالله": a name in ه
        if any(tok.norm.startswith(p) for p in _PREPOSITION_STEMS):
            return False  # "فيها", "عنهم", "منها": a preposition with its pronoun
        head = _strip_conj(self.tokens[index].norm)
        if head.startswith("ال"):
            return False  # (a definite head: see _definite_body_then_object)
        return head in lx.BODY_HEADS or head in lx.GROUP_QUANTIFIERS

    def _definite_body_then_object(self, index: int, k: int) -> bool:
        """A body named by a definite head and definite adjectives ends before an indefinite
        word that is no name, title or body: "وأكدت الشركة خطف موظف", "أعلنت الحركة
        مشاركتها" (a definite noun takes no indefinite noun after it; the word opens the
        object)."""
        head = _strip_conj(self.tokens[index].norm)
        if not head.startswith("ال") or head not in lx.BODY_HEADS:
            return False
        if not all(t.is_word and t.norm.startswith("ال") for t in self.tokens[index + 1 : k]):
            return False
        tok = self.tokens[k]
        norm = _strip_conj(tok.norm)
        return not (
            not tok.is_word
            or norm != tok.norm  # "الشركة وفروعها": a conjunction goes on
            or norm.startswith(("ال", "ب", "ل"))
            or not norm.isalpha()
            or given_name(norm)
            or norm in _TITLES
            or norm in lx.BODY_HEADS
            or norm in lx.ANONYMOUS_HEADS
            or self.known([norm], True)
            or not (_possessed(tok) or self._object_goes_on(k))
        )

    def _object_goes_on(self, k: int) -> bool:
        """A word follows k that carries an object on ("خطف موظف"), not what follows a name
        ("الشركة الخاصة نوفا للأدوية إن": ل, a complementiser or a mark after the name)."""
        if k + 1 >= len(self.tokens) or not self.tokens[k + 1].is_word:
            return False
        nxt = self.tokens[k + 1].norm
        return not nxt.startswith("ل") and nxt not in lx.COMPLEMENTISERS

    def _body_then_indefinite(self, index: int, k: int) -> bool:
        """An indefinite word after a body named in definite words opens what it describes,
        with بأنه or ب soon after: "ووصفت الوزارة المختصة قرار المجلس بأنه …" (a body takes
        no name after it, so the word is no part of the body's name)."""
        norm, prev = self.tokens[k].norm, self.tokens[k - 1].norm
        head = _strip_conj(self.tokens[index].norm)
        # ("ووصفت الولايات المتحدة إيران بأنها …": a name in definite words, then the object)
        definite = k - index > 1 and all(
            _strip_conj(t.norm).startswith("ال") for t in self.tokens[index:k]
        )
        if (
            (head not in lx.BODY_HEADS and not definite)
            or norm.startswith(("ال", "ب", "ل"))
            or not prev.startswith("ال")
            or given_name(norm)
            or norm in _TITLES
            or norm in lx.BODY_HEADS
            or prev in _TITLES  # "إدارة الرئيس تاموني": a name after a title
        ):
            return False
        window = self.tokens[k + 1 : k + 4]
        for t in window:
            if t.norm in _AS_THAT or t.norm.startswith("بال"):
                return True
            if not t.norm.startswith("ال"):
                return False
        return False

    def _name_in_lead(self, k: int) -> bool:
        """A short quotation in the lead that a complementiser follows is a name, not content:
        "في بيان حصلت «الوادي» على نسخة منه، إن …"."""
        quote = self.quote_at(k)
        if quote is None or len(self.text[quote[0] + 1 : quote[1]].split()) > MAX_NAME_QUOTE_WORDS:
            return False
        after = self.index_at(quote[1] + 1)
        window = self.tokens[after : after + MAX_QUOTED_NAME_LEAD]
        if any(t.norm in lx.COMPLEMENTISERS for t in window):
            return True
        # "وأضاف خلال برنامج «مساء الخير»: «…»": a name after a noun of the lead, then a colon
        # (not "قال: «لا»، …", nor a quotation right after the verb)
        named = k > 0 and self.tokens[k - 1].is_word and (k - 1) not in self.spot_at
        return named and any(t.text == ":" for t in window)

    def _named_in_passing(self, k: int) -> bool:
        """A short quotation at k after a word of the lead, with the sentence's words going on
        right after it: the name of what the lead speaks of ("دورة «فن الخطابة» التي …"), not
        words said (a verb that is also a common word takes no such quotation as content)."""
        quote = self.quote_at(k)
        if k == 0 or quote is None or not self.tokens[k - 1].is_word:
            return False
        if self.tokens[k - 1].norm in {"ل", "لل"}:
            return False  # "لـ«الوادي»": the medium told, read with the lead
        if len(self.text[quote[0] + 1 : quote[1]].split()) > MAX_NAME_QUOTE_WORDS:
            return False
        after = self.index_at(quote[1] + 1)
        return after < len(self.tokens) and self.tokens[after].is_word

    def _words_quoted(self, k: int) -> bool:
        """The quotation opening at token k holds more words than a name: words said."""
        quote = self.quote_at(k)
        return quote is not None and (
            len(self.text[quote[0] + 1 : quote[1]].split()) > MAX_NAME_QUOTE_WORDS
        )

    def _quoted_subject(self, k: int, cue: lx.Cue) -> bool:
        """A short quoted name right after a verb is its subject when the content follows it:
        "وقال «حمدان» في مؤتمر صحفي «إن …»", "وأضاف «حمدان»: …" (see also _name_in_lead)."""
        if self._name_in_lead(k):
            return True
        quote = self.quote_at(k)
        if quote is None:
            return False
        inner = self.text[quote[0] + 1 : quote[1]]
        if len(inner.split()) > MAX_NAME_QUOTE_WORDS or any(m in inner for m in _QUOTED_BREAKS):
            return False
        after = self.index_at(quote[1] + 1)
        # (after a verb of telling, the quoted name is whom he told: "وأبلغ «الوادي»، …")
        medium = cue.lemma in _TELLING
        medium = medium or self.known([fold(w) for w in inner.split()], True, media=True)
        if self._comma_then_title(after) and not medium:
            # 'وقالت "فلانة"، مديرة الحديقة: "…"': who she is, set off by a comma (not "وأبلغ
            # «الشرق الأوسط»، الدكتور فلان أن": the paper told, then the speaker)
            after += 1
        window = self.tokens[after : after + MAX_LOOSE_LEAD + 1]
        if not window or (window[0].text != ":" and not window[0].is_word):
            return False  # "وقال «لا تعليق»." or "…»، ثم": the quotation is the words said
        return any(t.text == ":" or t.text in OPENING_QUOTES for t in window)

    def _quoted_name_then_words(self, k: int, cue: lx.Cue) -> tuple[Mention, int] | None:
        """A quoted person's name right after the verb, then who she is before the words said:
        'وقالت "سلمى ريتشاردز" من جامعة الشمال، التي قادت الفريق: إن …' (the speaker is the
        name, never the voice of the sentence before)."""
        quote = self.quote_at(k)
        if quote is None or len(self.text[quote[0] + 1 : quote[1]].split()) > MAX_NAME_QUOTE_WORDS:
            return None
        after = self.index_at(quote[1] + 1)
        # ('وقالت "فلانة"، مديرة الحديقة: …': who she is may follow a comma too; not after a
        # verb of telling: "وأبلغ «الوادي»، الدكتور فلان أن" told the paper)
        titled = self._comma_then_title(after) and cue.lemma not in _TELLING
        lead = after + 1 if titled else after
        if lead >= len(self.tokens) or not self.tokens[lead].is_word:
            return None
        named = read_voice(self.text, self.tokens[k:after], self.known, allow_bare_name=True)
        if named is not None and named.kind is SourceKind.PERSON:
            return named, lead
        words = [t for t in self.tokens[k + 1 : after - 1] if t.is_word]
        if len(words) > 1 and all(_name_shaped(t.norm) for t in words):
            # A name with an initial the lexicon cannot read ("لورا ايه سميث"): hers as written.
            name = self.text[words[0].start : words[-1].end]
            person = Mention(name, words[0].start, words[-1].end, name, kind=SourceKind.PERSON)
            return person, lead
        return None

    def _comma_then_title(self, k: int) -> bool:
        """A comma at k, then a title: who the one named before it is ("…"، مديرة الحديقة)."""
        return (
            k + 1 < len(self.tokens)
            and self.tokens[k].text in "،,"
            and _strip_conj(self.tokens[k + 1].norm) in _TITLES
        )

    def _quoted_person(self, k: int, after: int, cue: lx.Cue) -> Mention | None:
        """A quoted name no registry knows after a masculine verb is a person, often a surname
        named in full before ("وأضاف «الهاشمي»: …"): outlets take the feminine ("قالت «الوادي»")."""
        words = [t for t in self.tokens[k + 1 : after - 1] if t.is_word]
        if not words or self.known([t.norm for t in words], True):
            return None
        found = read_voice(self.text, words, self.known, allow_bare_name=True, gender=cue.gender)
        return found if found is not None and found.kind is SourceKind.PERSON else None

    def _quoted_medium(self, k: int) -> bool:
        """A short quotation at k before a colon or the content: «الوادي» in "في تصريح إلى
        «الوادي»: …"."""
        quote = self.quote_at(k)
        if quote is None:
            return False
        after = self.index_at(quote[1] + 1)
        colon = after < len(self.tokens) and self.tokens[after].text == ":"
        colon = colon or self._place_then_colon(after)
        # "نفى فلان في تصريح إلى «الوادي» ما ذكرته …": a statement made to the paper, then
        # the thing denied with no colon.
        told = k > 1 and _strip_conj(self.tokens[k - 2].norm) in lx.OCCASIONS
        words = len(self.text[quote[0] + 1 : quote[1]].split())
        return ((colon or told) and words <= MAX_NAME_QUOTE_WORDS) or self._name_in_lead(k)

    def _place_then_colon(self, k: int) -> bool:
        """ "في العاصمة:" at token k: a short place after the medium, then the colon that opens
        the words said ("في مقابلة مع «الوادي» في العاصمة: …")."""
        if k >= len(self.tokens) or self.tokens[k].norm not in {"في", "من"}:
            return False
        for j in range(k + 1, min(len(self.tokens), k + MAX_CARRIER_WORDS + 1)):
            if self.tokens[j].text == ":":
                return j > k + 1
            if not self.tokens[j].is_word or self._is_spot(j):
                return False
        return False

    def _object_after_name(self, k: int) -> bool:
        """Token k, right after a quoted name, is an indefinite noun: the verb's object, no part
        of the name ("أضافت شركة «نجمة» خاصية جديدة"; "شركة «نجمة» للطيران", "صحيفة «الوادي»
        اليومية" go on)."""
        if k >= len(self.tokens) or not self.tokens[k].is_word or self._is_spot(k):
            return False
        norm = _strip_conj(self.tokens[k].norm)
        if norm.startswith(("ال", "ل", "ب", "و")) or given_name(norm) or circumstantial(norm):
            return False  # "وأضاف فلان مبتسما: …": his manner, not a thing he added
        if (
            norm in _OBJECT_PARTICLES
            or norm in lx.CLAUSE_BREAKERS
            or len(norm) < MIN_OBJECT_LETTERS
        ):
            return False  # "وأضاف «فلان» في تغريدة أن …": the occasion, not an object
        return norm not in lx.COMPLEMENTISERS and norm not in lx.ADVERBS

    def _quoted_name_then_object(self, k: int) -> bool:
        """A short quotation at k, then an indefinite noun: a name in the thing added to, and
        the thing added ("أضاف المدرب لبرنامج زميله «سالم الهاشمي» عددا من التمارين"), no
        words said."""
        quote = self.quote_at(k)
        if quote is None or len(self.text[quote[0] + 1 : quote[1]].split()) > MAX_NAME_QUOTE_WORDS:
            return False
        return self._object_after_name(self.index_at(quote[1] + 1))

    def _object_after_quoted_name(self, k: int) -> bool:
        """Token k closes a subject ending in a quoted name and is the verb's object: "أضافت
        شركة «نجمة» خاصية جديدة" ("أضافت في بيان: …" has no name before its lead)."""
        closed = k > 0 and self.tokens[k - 1].text in CLOSING_QUOTES
        return closed and self._object_after_name(k)

    def _quoted_name_after(self, quote: tuple[int, int], index: int, k: int) -> bool:
        """A short quotation opening with a given name right after a word or two that describe
        him (tokens index..k): "الطفل «سالم الهاشمي»", "المواطن «علي»"; or a titled one."""
        words = self.text[quote[0] + 1 : quote[1]].split()
        if 0 < k - index <= MAX_DESCRIBED_BEFORE_QUOTE and 1 < len(words) <= MAX_NAME_QUOTE_WORDS:
            if given_name(fold(words[0])):
                return True
        return self._titled_quoted_name(quote, index, k)

    def _titled_quoted_name(self, quote: tuple[int, int], index: int, k: int) -> bool:
        """A short quotation opening with a given name after a title in the phrase from index
        to k is the titled person's name: "وقال مدير الإعلام بالهيئة «سالم الهاشمي» إن …"."""
        words = self.text[quote[0] + 1 : quote[1]].split()
        if not 1 < len(words) <= MAX_NAME_QUOTE_WORDS:
            return False
        if not given_name(fold(words[0])) and not self._foreign_quoted_name(words, k):
            return False
        return any(_strip_conj(t.norm) in _TITLES for t in self.tokens[index:k])

    def _honoured_quoted_name(self, quote: tuple[int, int], prev: str) -> bool:
        """A name of one or two words quoted right after "السيد"/"السيدة": "ويقول السيد
        «فلان»، وهو …" names the man; a longer quotation is what he said."""
        words = self.text[quote[0] + 1 : quote[1]].split()
        return prev in lx.HONORIFIC_HEADS and 0 < len(words) <= MAX_HONOURED_QUOTE_WORDS

    def _nickname_then_name(self, quote: tuple[int, int], index: int, k: int) -> bool:
        """A one-word quoted name after a titled phrase, then a given name: "مدير مدينة الملك
        فلان الرياضية «النجمة» سامر الحربي" (the body's nickname; the person follows)."""
        if len(self.text[quote[0] + 1 : quote[1]].split()) != 1:
            return False
        after = self.index_at(quote[1] + 1)
        if after >= len(self.tokens) or not given_name(self.tokens[after].norm):
            return False
        return any(_strip_conj(t.norm) in _TITLES for t in self.tokens[index:k])

    def _foreign_quoted_name(self, words: Sequence[str], k: int) -> bool:
        """A quoted foreign name right after a nationality: "وقال المدرب البرتغالي «جوزيه
        ماركوس» في مؤتمر صحفي إن …" (the words said never open with a bare foreign word
        after the nisba: "«إن الفريق جاهز»", "«الفريق جاهز»", "«نحن جاهزون»" read on)."""
        prev = self.tokens[k - 1].norm if k > 0 else ""
        if not (prev.startswith("ال") and prev.endswith("ي") and len(prev) > 5):
            return False
        quote = self.quote_at(k)
        after = self.index_at(quote[1] + 1) if quote is not None else len(self.tokens)
        window = self.tokens[after : after + MAX_LOOSE_LEAD + 1]
        if not window or (window[0].text != ":" and not window[0].is_word):
            return False  # "وقال المدير الفني «سنفوز غدا»." : the quotation is the words said
        if not any(t.text == ":" or t.norm in lx.COMPLEMENTISERS for t in window):
            return False
        return all(_name_shaped(fold(w)) and not w.endswith(("ة", "ي", "ه")) for w in words)

    def _governed_quote(self, quote: tuple[int, int], k: int) -> bool:
        """A quotation of up to a long name's words right after an indefinite title (at k) is
        the body that title governs: "وقال نائب رئيس «شركة الموانئ» السابق الدكتور فلان: …",
        "مفوض عام «الوكالة» فلان" (a title in the construct state needs its noun; the words
        said never open there)."""
        title = _strip_conj(self.tokens[k - 1].norm)
        if title == _GENERAL_ADJ and k > 1:
            title = _strip_conj(self.tokens[k - 2].norm)  # "مفوض عام", "أمين عام", "مدير عام"
        if title.startswith("ال") or title not in _TITLES:
            return False
        # (longer than most names: "رئيس «شركة الوادي لأبحاث الأسواق العقارية»" still names it)
        return 0 < len(self.text[quote[0] + 1 : quote[1]].split()) <= MAX_GOVERNED_QUOTE_WORDS

    def _press_body_at(self, k: int) -> bool:
        """The reporters at k are the members a body or title before them governs, no one
        told: "رئيسة نقابة الصحفيين المحليين", "نقيب الصحفيين" (but "أبلغ مسؤول الصحفيين")."""
        norm = self.tokens[k].norm
        return norm.startswith("ال") and _strip_conj(self.tokens[k - 1].norm) in _PRESS_BODIES

    def _described_medium(self, index: int, k: int) -> bool:
        """A news medium's head and a few indefinite adjectives from token index up to the
        quotation at k: "صحيفة بريطانية «الوادي»", "لقناة تلفزيونية خاصة «الأفق»"; the
        quotation names the medium the adjectives describe."""
        words = [t.norm for t in self.tokens[index:k]]
        if not 1 < len(words) <= MAX_MEDIUM_ADJECTIVES + 1 or not all(words[1:]):
            return False
        head = _strip_conj(words[0])
        head = head[1:] if head[:1] == "ل" and head[1:] in _MEDIUM_HEADS else head
        return head in _MEDIUM_HEADS and all(
            w.isalpha() and w.endswith(("ي", "ه")) and not w.startswith("ال") and not given_name(w)
            for w in words[1:]
        )

    def _medium_quote(self, index: int) -> bool:
        """A news medium's head at token index, a few indefinite adjectives and its quoted name
        ("لقناة تلفزيونية خاصة «الأفق»", see _described_medium)."""
        k = index + 1
        while k < len(self.tokens) and k - index <= MAX_MEDIUM_ADJECTIVES + 1:
            if self.tokens[k].text in OPENING_QUOTES:
                return self._described_medium(index, k)
            k += 1
        return False

    def _work_then_name(self, quote: tuple[int, int], prev: str) -> bool:
        """A work's quoted title after its noun, then a title or a given name: "أكد مخرج
        مسلسل «رياح الشمال» الفنان سالم الهاشمي أن …" (the director of the series, named after
        it); the words said never sit between a work's noun and a name."""
        if prev not in _WORKS and _strip_conj(prev) not in _WORKS:
            return False
        after = self.index_at(quote[1] + 1)
        if after >= len(self.tokens):
            return False
        nxt = self.tokens[after].norm
        return nxt in _TITLES or given_name(nxt)

    def _work_in_brackets(self, k: int) -> bool:
        """A work's title in brackets at token k after its noun, then a title or a given name
        ("قال مخرج مسرحية (ليالي الرمل) المخرج سالم الهاشمي: …"), as ``_work_then_name``
        reads one in quotation marks."""
        closing = self._closing_bracket(k)
        if closing == k or closing + 1 >= len(self.tokens):
            return False
        start, end = self.tokens[k].start, self.tokens[closing].end
        return self._work_then_name((start, end - 1), self.tokens[k - 1].norm)

    def _name_before_content(
        self, quote: tuple[int, int], verb: lx.Cue | None, index: int, k: int
    ) -> bool:
        """A short quotation after a cue's subject is its name when what the verb says comes
        after it: "أعلنت شركة «الواحة» عن …", "كشف المدرب «فلان» أن …", or when it is
        described after a comma ("أعلن مطعم «الواحة»، المطعم الجديد في الحي، عن …", "اختتم
        ملتقى «…»، الذي نظمته الجامعة"): words quoted as said are followed by neither."""
        words = [fold(w) for w in self.text[quote[0] + 1 : quote[1]].split()]
        if verb is None or not words or any(w in _LINKERS or w == "من" for w in words):
            return False  # "عضو اللجنة «تحفظ على ذكر اسمه» أن": an aside, no name
        if any(given_name(t.norm) for t in self.tokens[index:k]):
            return False  # "النائب فلان «الحزب» أن": he is named; the quotation is his party
        if any(w in _WITHHELD_NAMES for w in words):
            return False  # "مسؤول «تحتفظ الصحيفة باسمه» أن": an aside, no name
        if len(words) == 1 and words[0].startswith("ال") and self.tokens[k - 1].norm[:2] == "ال":
            return False  # "صحيفة «الوادي» الأهلية «الموثوقة» أن": a word of praise, quoted
        j = self.index_at(quote[1] + 1)
        tokens = self.tokens
        relative = j + 1 < len(tokens) and tokens[j + 1].norm in _RELATIVE_PRONOUNS
        if relative and tokens[j].text == "،":
            return len(words) <= MAX_NAME_QUOTE_WORDS + 1  # "ملتقى «…»، الذي نظمته …"
        if len(words) > MAX_NAME_QUOTE_WORDS - 1:
            return False
        j = self._past_adjectives(j)
        if j < len(tokens) and tokens[j].text == "،":
            for m in range(j + 1, min(j + 1 + MAX_APPOSED_CREDIT_TOKENS, len(tokens))):
                if not tokens[m].is_word or self._is_spot(m):
                    if tokens[m].text != "،":
                        return False
                    j = self._past_adjectives(m + 1)  # "، المطعم الجديد في الحي،": set off
                    break
            else:
                return False
        if j >= len(tokens):
            return False
        norm = tokens[j].norm
        return norm in lx.COMPLEMENTISERS or (verb.takes_an and norm in ("عن", "عما"))

    def _past_adjectives(self, j: int) -> int:
        """The index after the few definite words at j ("«الواحة» الأمريكية"), or j."""
        m = j
        while (
            m < len(self.tokens)
            and m - j < MAX_NAME_QUOTE_WORDS - 1
            and self.tokens[m].is_word
            and self.tokens[m].norm.startswith("ال")
            and not self._is_spot(m)
        ):
            m += 1
        return m

    def _short_name_quote(self, quote: tuple[int, int]) -> bool:
        inner = self.text[quote[0] + 1 : quote[1]]
        words = inner.split()
        return 0 < len(words) <= MAX_NAME_QUOTE_WORDS and self.known([fold(w) for w in words], True)

    def _unnamed_inside(self, index: int, k: int) -> bool:
        """ "مصادر ميدانية داخل المقاومة", "مصدر مطلع من داخل الاتحاد": an unnamed voice is
        placed by the body it is inside (a named one, "قالت فلانة داخل المجلس", only spoke
        there)."""
        return self.tokens[k - 1].norm == "من" or any(
            _strip_conj(t.norm) in lx.ANONYMOUS_HEADS for t in self.tokens[index:k]
        )

    def _opens_title(self, index: int, k: int) -> bool:
        """Token k opens the phrase or follows only a form of address ("فضيلة إمام …"): a
        title there is the voice's, not one after a name ("فلان إمام الجامع")."""
        return k == index or (k == index + 1 and self.tokens[index].norm in _ADDRESS_FORMS)

    def _depending_on(self, spot: _Spot, voice: Mention) -> bool:
        """ "بحسب"/"وفق" after a word of reckoning or dividing, with a bare common noun after
        it, is "depending on": "يتم احتساب الأجرة بحسب المناطق", "قاعات مقسمة حسب
        الموضوعات" (a body after it still speaks: "تحتسب الرسوم بحسب وزارة المالية"); before
        a measure anywhere it is none either (``_MEASURE_NOUNS``)."""
        if voice.kind not in (SourceKind.PERSON, None) or voice.descriptor:
            return False
        if _measured_by_own(fold(voice.name.split()[0]) if voice.name else ""):
            return True  # "مكافآت بحسب مساهماته", "بحسب احتياجاتها": his, its, by measure
        if " " in voice.name or not fold(voice.name).startswith("ال"):
            return False
        window = self.tokens[max(0, spot.i - MAX_VARYING_LEAD) : spot.i]
        return any(_strip_conj(t.norm) in _VARYING for t in window)

    def _past_issued(self, k: int, voice: Mention | None) -> int:
        """Past "الصادر أمس" at k after a record that speaks ("بحسب التقرير الصادر أمس فإن"):
        when it came out is neither the record's name nor what it says."""
        if voice is None or voice.kind is not SourceKind.DOCUMENT or k >= len(self.tokens):
            return k
        if self.tokens[k].norm not in _ISSUED_PARTICIPLES or self._next_norm(k) in {"عن", "من"}:
            return k
        k += 1
        while k < len(self.tokens) and (
            self.tokens[k].norm in lx.ADVERBS
            or self.tokens[k].norm in _ISSUED_WHEN
            or self.tokens[k].text.endswith(("ا", "اً", "ً"))
        ):
            k += 1  # "الصادر أمس", "الصادر مؤخرا", "الصادرة مساء أمس الأول"
        if k < len(self.tokens) and self.tokens[k].norm in {"عن", "من"}:
            k = self.phrase_end(k + 1, verb=None)  # "الصادر أمس عن الرئاسة": its issuer
        return k

    def _quoted_issuer(self, quote: tuple[int, int], index: int, k: int) -> bool:
        """A short quotation at k after "صادر عن" is who issued the record: "تقرير صادر عن
        «الصندوق»" (the words said never open between the participle and its issuer)."""
        if k - 2 < index or self.tokens[k - 1].norm not in {"عن", "من"}:
            return False
        if self.tokens[k - 2].norm not in _ISSUED_BY:
            return False
        return 0 < len(self.text[quote[0] + 1 : quote[1]].split()) <= MAX_NAME_QUOTE_WORDS

    def _issued_without_issuer(self, index: int, k: int) -> bool:
        """ "صادر"/"الصادر" at k after a record's head, with no "عن"/"من" naming its issuer
        next: "التقرير السنوي للهيئة الصادر مؤخرا" (when it came out ends the record's name;
        "البيان الصادر عن الوزارة" goes on to the issuer)."""
        if self.tokens[k].norm not in _ISSUED_PARTICIPLES or self._next_norm(k) in {"عن", "من"}:
            return False
        # (from index - 1: a phrase read after "لـ" split off may start past the head)
        return any(_record_head(t.norm) for t in self.tokens[max(0, index - 1) : k])

    def _attached_phrase(self, k: int) -> bool:
        """في/عن inside a voice phrase: "مصدر في الوزارة", "الباحث في الشؤون الدولية"."""
        prev = self.tokens[k - 1].norm
        nxt = self.tokens[k + 1].norm if k + 1 < len(self.tokens) else ""
        if nxt in lx.OCCASIONS or nxt in _NOT_ATTACHED:
            return False
        if nxt in _OCCASION_FRAMES and k + 2 < len(self.tokens):
            after = self.tokens[k + 2]
            if after.norm in lx.OCCASIONS or _possessed(after):
                return False  # "نفى المدرب في سياق حديثه …": where he spoke
        if strip_article(nxt) in lx.OCCASIONS and prev not in lx.ANONYMOUS_HEADS:
            # "قال الوزير فلان في المؤتمر الصحفي": where he spoke, no part of him ("مسؤول في
            # المؤتمر الوطني" is an unnamed man of that body)
            return False
        possessed = k + 1 < len(self.tokens) and _possessed(self.tokens[k + 1])
        if self.tokens[k].norm == "في" and possessed and not self._place_then_name(k):
            # "وأشار المواطن في رسالته إلى …": his letter, the occasion; but a town that ends
            # like a pronoun before a name ("مدير الفرع في أبها فلان") is where he serves.
            return False
        if self.tokens[k].norm == "في" and nxt in _ONE_OF and not prev.startswith("ال"):
            return True  # "موظف في إحدى الشركات": one unnamed person, placed by where he works
        if self.tokens[k].norm == "عن":
            # "بيان صادر عن الوزارة", "تقرير صدر عن البنك": by whom the document was issued;
            # "المدافعون عن حقوق الإنسان", "المتحدث عن الحملة": whom they speak for.
            # "جمعية البر والنهي عن الإسراف": forbidding what عن names, in a body's name.
            return (
                prev in {"صادر", "الصادر", "صادره", "الصادره", "صدر", "صدرت"}
                or strip_article(prev) in _DEFENDERS
                or strip_article(_strip_conj(prev)) in _FORBIDDING
            )
        if prev in lx.ANONYMOUS_HEADS or prev in lx.PERSON_TITLES or prev in lx.OFFICIAL_TITLES:
            return True
        if described_unnamed(self.tokens, k - 1):
            return True  # "مسؤول يعمل في وزارة الداخلية": where the unnamed man works
        if k > 1 and self.tokens[k - 2].norm in lx.ANONYMOUS_HEADS and nxt in lx.BODY_HEADS:
            return True  # "مصدر عسكري في جيش البلاد": the unnamed source's body, in construct
        if k > 1 and self.tokens[k - 2].norm in lx.ANONYMOUS_HEADS and _definite_group(nxt):
            return True  # "مصادر بارزة في المعارضة السورية": the body, named by a definite noun
        # "مدير إدارة البرامج في وزارة الصحة، فلان": a body in construct after the title's
        # complement is where he serves, as a definite one is.
        return (nxt.startswith("ال") or nxt in lx.BODY_HEADS or self._place_then_name(k)) and (
            self._title_before(k) or self._unit_of_unnamed_before(k)
        )

    def _unit_of_unnamed_before(self, k: int) -> bool:
        """An unnamed voice of a body's unit earlier in the phrase, the unit in construct right
        after its head: "مسؤول مركز التوعية المرورية في الوزارة" is a man of that centre in the
        ministry, as "مسؤول في الوزارة" is one of the ministry."""
        for j in range(k - 2, max(-1, k - MAX_VOICE_TOKENS), -1):
            tok = self.tokens[j]
            if not tok.is_word or self._is_spot(j):
                return False
            if _strip_conj(tok.norm) in lx.ANONYMOUS_HEADS:
                return self.tokens[j + 1].norm in lx.BODY_HEADS
        return False

    def _place_then_name(self, k: int) -> bool:
        """في at token k, one word (a place) and a title or given name: the title chain goes on
        to the name ("المدير الإقليمي للهيئة في الأردن الدكتور فلان")."""
        after = self.tokens[k + 2].norm if k + 2 < len(self.tokens) else ""
        if self.tokens[k].norm != "في" or k + 1 >= len(self.tokens):
            return False
        place = self.tokens[k + 1].norm
        if not place.isalpha() or place in WORDS.months or after in WORDS.months:
            return False  # "في 21 يوليو", "في يونيو حزيران": a date, no place
        if place in _PLACE_NOUNS and after.isalpha() and k + 3 < len(self.tokens):
            # "مدير التعليم في محافظة الساحل فلان": a province and its name, then the person
            third = self.tokens[k + 3].norm
            if third.startswith("ال") and third not in _TITLES and k + 4 < len(self.tokens):
                # "في منطقة الوادي الأخضر العقيد فلان": a name of two words, then his rank
                third = self.tokens[k + 4].norm
            if third in _TITLES or given_name(third):
                return True
        if after.startswith("ال") and not place.startswith("ال") and k + 3 < len(self.tokens):
            third = self.tokens[k + 3].norm
            if third in lx.PERSON_TITLES or given_name(third):
                return True  # "في الوادي الجديدة فلان": a town and its epithet, then the person
        if after.isalpha() and not after.startswith("ال") and k + 3 < len(self.tokens):
            if self.tokens[k + 3].norm in lx.PERSON_TITLES:
                return True  # "في سان ماركو الدكتور فلان": a place in two words, then a title
            # "في جمهورية مالي الإسلامية الأستاذ فلان": a state's style in three words
            third = self.tokens[k + 3].norm
            if third.startswith("ال") and k + 4 < len(self.tokens):
                if self.tokens[k + 4].norm in lx.PERSON_TITLES:
                    return True
        return after in lx.PERSON_TITLES or given_name(after) or self._name_then_words(k + 2)

    def _name_then_words(self, j: int) -> bool:
        """Tokens from j are a short name and then the words said: a word that may open a
        name, at most two more words, then a colon, a comma, a quotation or a complementiser
        ("… في غزة أشرف الخالدي: …", a given name the lexicon does not list)."""
        if j >= len(self.tokens) or not _foreign_name_word(self.tokens[j]):
            return False
        for k in range(j + 1, min(len(self.tokens), j + MAX_NAME_TOKENS)):
            tok = self.tokens[k]
            if tok.text in ":،," or tok.text in OPENING_QUOTES or tok.norm in lx.COMPLEMENTISERS:
                return k > j
            if not tok.is_word or self._is_spot(k) or tok.norm.endswith("يه"):
                return False  # ("في بلدة كريمس النمساوية إن": the town's adjective, no name)
        return False

    def _titled_of_quoted(self, index: int, k: int) -> int | None:
        """ "لـ«X»" at k after a title with no name yet, and a name right after the quotation:
        "وقال المفوض العام لـ«الوكالة» بيير مارتان إن …" (the quoted body is what the title
        governs; a medium told comes after the whole voice, right before the words said).
        The index after the quotation, or None when "لـ«X»" may be a medium told."""
        tokens = self.tokens
        if tokens[k].norm != "ل" or _strip_conj(tokens[index].norm) not in _TITLES:
            return None
        quote = self.quote_at(k + 1) if k + 1 < len(tokens) else None
        if quote is None or any(given_name(t.norm) for t in tokens[index:k]):
            return None
        after = self.index_at(quote[1] + 1)
        if after >= len(tokens) or self._is_spot(after) or tokens[after].norm in lx.ADVERBS:
            return None
        named = given_name(tokens[after].norm) or _foreign_name_word(tokens[after])
        return after if named else None

    def _title_before(self, k: int) -> bool:
        """A title earlier in the phrase: "وزير الخارجية والتعاون الدولي في الحكومة …"."""
        for j in range(k - 1, max(-1, k - MAX_VOICE_TOKENS), -1):
            tok = self.tokens[j]
            if not tok.is_word or self._is_spot(j):
                return False
            if tok.norm in lx.OFFICIAL_TITLES or supervisor_head([_strip_conj(tok.norm)]):
                return True  # ("المشرف على البرامج الصيفية في الكلية الدكتور فلان")
        return False

    def _is_spot(self, k: int) -> bool:
        return k in self.spot_at

    def _verb_spot(self, k: int) -> bool:
        """A reporting verb stands at token k."""
        spot = self.spot_at.get(k)
        return spot is not None and spot.cue.cls is lx.CueClass.VERB

    def _carrier_at(self, k: int) -> bool:
        """ "لوكالة …" / "لـ«…»" / "لصحيفة …": a medium that carried the statement."""
        tok = self.tokens[k]
        norm = tok.norm
        if norm == "ل" and k + 1 < len(self.tokens):
            return not self._body_of_title(k)
        if norm.startswith(_TO_COUNTERPART):
            return False  # "لنظيرته الفرنسية": a counterpart told, no French agency
        rest = norm[1:]
        if rest in lx.OUTLET_HEADS or rest in lx.AGENCY_HEADS or rest in lx.MEDIA_PLURALS:
            return True
        if rest[:1] == "ل" and (rest[1:] in lx.OUTLET_HEADS or rest[1:] in lx.AGENCY_HEADS):
            return True  # "للتلفزيون الهندي", "للوكالة": the head with its article
        # "لرويترز", "لفرانس برس", "لهيئة الإذاعة البريطانية": a medium the registry knows.
        # Another body is whose officer speaks: "الأمين العام للأمم المتحدة فلان".
        if len(rest) < MIN_CARRIER_LETTERS:
            return False
        words = ["ا" + rest if rest.startswith("ل") else rest]
        words += [t.norm for t in self.tokens[k + 1 : k + MAX_CARRIER_WORDS]]
        # The name starts right after ل: "لمنطقة الشرق الأوسط" is a region, not the paper.
        return any(
            self.known(words[:n], False, media=True)
            and (n == 1 or not self.known(words[1:n], False, media=True))
            for n in range(1, len(words) + 1)
        )

    def _body_of_title(self, k: int) -> bool:
        """ "الرئيس التنفيذي لـ«النور»", "الشريك المؤسس لـ"النور"": right after a title (its
        head or its adjective), "لـ" and a quoted name no medium of the registry's is the body
        the title is of, not a medium told. Not after a spokesman: "المتحدث الرسمي لـ«الوادي»
        إن …" tells the paper."""
        if k < 2 or not self.tokens[k - 1].is_word:
            return False  # "فلان الرئيس التنفيذي، لـ«الوادي»": a comma, then the paper told
        before = self.tokens[k - 1].norm
        head = _strip_conj(before)
        if head not in _TITLES:
            head = _strip_conj(self.tokens[k - 2].norm) if before in _TITLE_ADJECTIVES else ""
        # ("مدير الموانئ لـ«الوادي»": the title has its body; the paper is told)
        if head not in _TITLES or strip_article(head).startswith(_SPOKESMEN):
            return False
        quote = self.quote_at(k + 1)
        if quote is None:
            return False
        words = self.text[quote[0] + 1 : quote[1]].split()
        return 0 < len(words) <= MAX_NAME_QUOTE_WORDS and not self._registry_medium_quote(quote)

    def _registry_medium_quote(self, quote: tuple[int, int]) -> bool:
        """Whether a quotation opens with the name of a medium the registry knows (the name
        must start it: "صحة المدينة" is no paper "المدينة")."""
        words = [fold(w) for w in self.text[quote[0] + 1 : quote[1]].split()]
        return any(
            self.known(words[:n], True, media=True)
            and (n == 1 or not self.known(words[1:n], True, media=True))
            for n in range(1, len(words) + 1)
        )

    def read_carrier(self, k: int) -> tuple[Mention | None, int]:
        """Read "لـX" at token k; return (mention or None, index after it)."""
        tok = self.tokens[k]
        bracketed = None
        if tok.norm == "ل":
            start = k + 1
            end = self.phrase_end(start, verb=None)
            bracketed = self._bracketed_name(start) if end == start else None
            if bracketed is not None:
                start, end = bracketed  # "لـ(الوادي)": the name in brackets
            elif end == start and self.quote_at(start) is not None:
                quote = self.quote_at(start)
                assert quote is not None
                end = self.index_at(quote[1] + 1)
            phrase = self.tokens[start:end]
        else:
            end = self.phrase_end(k, verb=None, carrier=True)
            rest = tok.norm[1:]
            # "للجزيرة": ل before the article drops its alif; the name read is "الجزيرة".
            text = tok.text[1:].lstrip("ـ")
            if rest[:1] == "ل":
                text, rest = "ا" + text, "ا" + rest
            stripped = Token(text, tok.start + 1, tok.end, rest)
            phrase = [stripped, *self.tokens[k + 1 : end]]
        if not phrase:
            return None, end
        mention = read_voice(self.text, phrase, self.known, allow_bare_name=False)
        if mention is None and (self._quoted(phrase) or bracketed is not None):
            mention = read_voice(self.text, phrase, self.known, allow_bare_name=True)
        return mention, end

    def _closing_marks_name(self, k: int) -> tuple[int, int] | None:
        """A short name between two closing quotation marks from token k, as some papers write
        both marks: "رئيس نادي ” الفجر ” فلان", "صحيفة ” الوادي ” أن". Returns the offsets of
        the two marks, as ``quote_at`` does for a quotation; None for any other token, or when
        a mark other than the closing one, or more than a name's words, follow."""
        if self.tokens[k].text != _CLOSING_MARK:
            return None
        for j in range(k + 1, min(len(self.tokens), k + MAX_NAME_QUOTE_WORDS + 2)):
            if self.tokens[j].text == _CLOSING_MARK:
                return (self.tokens[k].start, self.tokens[j].start) if j > k + 1 else None
            if not self.tokens[j].is_word:
                return None
        return None

    def _bracketed_name(self, k: int) -> tuple[int, int] | None:
        """The words of a short name in brackets opening at token k, "(الوادي)", or between
        two closing quotation marks, "”الوادي”" (as some papers write both marks), as (first
        word, index after the closing mark); None when no such name is there."""
        if k >= len(self.tokens) or self.tokens[k].text not in _NAME_BRACKETS:
            return None
        closing = _NAME_BRACKETS[self.tokens[k].text]
        for j in range(k + 1, min(len(self.tokens), k + MAX_CARRIER_WORDS + 2)):
            if self.tokens[j].text == closing:
                return (k + 1, j + 1) if j > k + 1 else None
            if not self.tokens[j].is_word:
                return None
        return None

    def _quoted(self, phrase: Sequence[Token]) -> bool:
        return bool(phrase) and phrase[0].text in OPENING_QUOTES

    # -- cue readers -------------------------------------------------------------------------

    def read_all(self) -> list[RawAttribution]:
        """Read every cue of the sentence into attributions."""
        for spot in self.spots:
            at = self.tokens[spot.i].start
            # A cue inside a span already read (its lead or content) belongs to that reading.
            lookback = self.found[-MAX_OVERLAP_LOOKBACK:]
            if any(min(r.cue_start, r.start) <= at < r.end for r in lookback):
                if spot.cue.cls is not lx.CueClass.PREPOSITION or not self._credit_aside(spot.i):
                    continue  # (a credit set off inside it is read, for the chain)
            if self._verb_of_credit(spot) or spot.i in self.consumed:
                continue  # "…، حسبما أفاد مسؤول …": the verb is the credit's, read with it
            cls = spot.cue.cls
            if cls is lx.CueClass.VERB:
                raw = self.read_verb(spot)
                if raw is None and self.last_subject is not None and not self.found:
                    self.silent = self.last_subject, spot.i, self.last_subject_end
                relay = self.relays.get(spot.i)
                if raw is not None and relay is not None:
                    raw = (
                        replace(raw, source=relay)  # "وفقا لمصادر، أكدت أن": the sources
                        if raw.source is None
                        else replace(raw, carriers=(relay, *raw.carriers))
                    )
            elif cls is lx.CueClass.PARTICIPLE:
                raw = self.read_participle(spot)
            elif cls is lx.CueClass.PREPOSITION:
                raw = self.read_preposition(spot)
            elif cls is lx.CueClass.PRONOUN_PHRASE:
                raw = self.read_pronoun_phrase(spot)
            else:
                raw = self.read_impersonal(spot)
            if raw is not None and raw.source is None and not raw.impersonal:
                raw = self._after_pointing_back(raw)
            if raw is not None and raw.source is None and not raw.impersonal and not self.found:
                # The first subject-less cue of a sentence speaks for the actor named just before.
                opening = self.opening_once()
                if opening is not None and opening[1] <= spot.i and _agrees(opening[0], raw):
                    raw = replace(raw, source=opening[0])
                elif (
                    self._first_verb(spot.i) and self.actor is not None and _agrees(self.actor, raw)
                ):
                    raw = replace(raw, source=self.actor)
                else:
                    speaker = self._silent_speaker(spot, raw) or self._doer_of_participle(spot)
                    raw = replace(raw, source=speaker)
            if raw is not None:
                self.found.append(raw)
        return self.found

    def _silent_speaker(self, spot: _Spot, raw: RawAttribution) -> Mention | None:
        """The subject of the verb before a participle after a comma when that verb read no
        content of its own and its statement follows its subject ("أوضحت إدارة المستشفى في
        بيان لها بشأن ما نشر عن …، مؤكدة أنه …": the statement's topic, then what it
        confirmed), when no actor opens the sentence; None otherwise."""
        if self.silent is None or spot.cue.cls is not lx.CueClass.PARTICIPLE:
            return None
        subject, verb_at, end = self.silent
        if verb_at >= spot.i or not self._comma_before(spot.i) or not _agrees(subject, raw):
            return None
        if end + 1 >= spot.i or self.tokens[end].norm not in _OCCASION_LINKS:
            return None  # only a subject followed by its statement ("في بيان لها …")
        if not _occasion_noun(self.tokens[end + 1].norm):
            return None
        between = self.tokens[verb_at + 1 : spot.i]
        if any(t.text in ".:؛;" or t.text in OPENING_QUOTES for t in between):
            return None
        return subject

    def _doer_before(self, spot: _Spot, k: int) -> Mention | None:
        """The subject before a verb that takes a noun phrase when a verbal noun follows the
        verb at token k: "وكانت الوزارة قد أعلنت تطوير …" (the ministry announced it); None
        when the verb opens its clause or no such noun follows."""
        cue = spot.cue
        if cue.lemma not in lx.NP_CONTENT_VERBS or spot.i == 0:
            return None
        if spot.clause_start and not (
            self._comma_before(spot.i) and self._pluperfect_subject_before(spot.i)
        ):
            return None  # (but "وكانت الهيئة، أعلنت تطوير …": the subject across a comma)
        if _strip_conj(self.tokens[spot.i].norm)[:1] in _PRESENT_PREFIXES:
            return None  # "تقرير طبي … يؤكد تلقيه العلاج": a present verb describes a noun
        k += self._time_phrase_at(k) if k < len(self.tokens) else 0
        if k + 1 >= len(self.tokens) or not _derived_noun(self.tokens[k].norm):
            return None
        doer = self._subject_before(spot.i, cue.gender)
        return doer if doer is not None and doer.kind in _NP_DOERS else None

    def _denier_before(self, spot: _Spot) -> Mention | None:
        """The subject before a present denial verb that has no و/ف and follows it, as
        headlines and leads put it ("الوزارة تنفي وضع …", "فلان ينفي مشاركته في …"): the
        denier, and what follows the verb is what was denied, never a voice after the verb.
        None when the verb opens its clause, is negated, or no voice stands before it."""
        cue = spot.cue
        if cue.stance is not Stance.DENIES or spot.i == 0 or self._opens_clause(spot.i):
            return None
        norm = self.tokens[spot.i].norm
        if _strip_conj(norm) != norm or norm[:1] not in _PRESENT_PREFIXES:
            return None
        prev = self.tokens[spot.i - 1].norm
        if prev in _NEGATIONS or prev in _PRESENT_NEGATIONS:
            return None  # "لا ينفي", "لم ينف": nothing denied
        denier = self._subject_before(spot.i, cue.gender)
        return None if denier is None or _opens_with_verb(denier) else denier

    def _opens_clause(self, i: int) -> bool:
        """The verb at token i opens its clause: first in the sentence, after a mark, with و/ف
        joined to it, or after a particle ("كما بين", "وقد بين"); not after a noun ("الفرق
        بين …", "خبير يتابع …"), where the same letters are a preposition or a description."""
        if i == 0 or not self.tokens[i - 1].is_word:
            return True
        norm = self.tokens[i].norm
        return _strip_conj(norm) != norm or self.tokens[i - 1].norm in _BEFORE_VERB

    def _first_verb(self, i: int) -> bool:
        """Token i opens the sentence, or follows only a particle ("كما أوضح معاليه أن …") or
        the topic it speaks on ("وحول موعد المباراة، أكد أنه …")."""
        return (
            i == 0
            or (i == 1 and _strip_conj(self.tokens[0].norm) in _BEFORE_VERB)
            or self._after_fronted_topic(i)
        )

    def _after_fronted_topic(self, i: int) -> bool:
        """Token i follows a topic that opens the sentence and its comma, and nothing else:
        "وعن مستوى اللاعبين، أكد …", "وحول الموعد، قال …" (no verb or stop in the topic)."""
        if not MIN_TOPIC_TOKENS <= i <= MAX_VOICE_TOKENS or self.tokens[i - 1].text not in "،,":
            return False
        if _strip_conj(self.tokens[0].norm) not in _TOPIC_PREPOSITIONS:
            return False
        return all(t.is_word for t in self.tokens[1 : i - 1]) and not any(
            k in self.spot_at for k in range(1, i - 1)
        )

    def _verb_of_credit(self, spot: _Spot) -> bool:
        """The verb at spot follows a prepositional cue that was read into an attribution
        ("حسبما أفاد", "بحسب ما ذكرت"): it belongs to that credit."""
        k = spot.i - 1
        if k >= 0 and self.tokens[k].norm == "ما":
            k -= 1
        credit = self.spot_at.get(k)
        if credit is None or credit.cue.cls is not lx.CueClass.PREPOSITION or not self.found:
            return False
        return (
            self.found[-1].cue_start <= self.tokens[k].end
            and self.found[-1].cue_end >= self.tokens[k].start
        )

    def _after_pointing_back(self, raw: RawAttribution) -> RawAttribution:
        """A subject-less cue after "أوضح ذلك فلان" in its sentence speaks for فلان, even when
        that cue's own content (the text before) is not there to keep it."""
        last = self.found[-1] if self.found else None
        if last is None or last.source is None or last.start != last.end:
            return raw
        return replace(raw, source=last.source)

    def _cue_text(self, i: int, j: int | None = None) -> tuple[str, int, int]:
        tok = self.tokens[i]
        start = tok.start + (1 if tok.norm != _strip_conj(tok.norm) else 0)
        end = self.tokens[j].end if j is not None else tok.end
        return self.text[start:end], start, end

    def read_verb(self, spot: _Spot) -> RawAttribution | None:
        """Read a verb cue: قال X [لـY] [نقلا عن Z] إن … / X قال: «…» / نقلت X عن Y قوله …

        Four steps: skip adverbs after the verb, read its subject, walk the lead up to where the
        content opens (collecting carriers and relayed voices), then read the content.
        """
        self.last_subject = None
        cue = spot.cue
        if cue.lemma in _ACCUSING_VERBS:
            return self.read_accusation(spot)
        if not _considering(self.tokens, spot.i):
            return None  # "is considered": no one speaks (the verb still ends a content before)
        carriers: list[Mention] = []
        inner: list[Mention] = []
        k = self._before_subject(self._after_verb_adverbs(spot.i + 1), cue, carriers)
        carriers += self._fronted_carrier(spot.i)
        # "وكان فلان قد اعتبر فيلم …": the subject stood before the verb; what follows is not it.
        if self._pluperfect_subject_before(spot.i):
            read: tuple[Mention | None, int] | None = (None, k)
        elif self._medium_credit_in_lead(k, []) is not None:
            # "وأضاف بحسب «الوادي»، أن …": no subject; the medium carried the words of the
            # speaker before (the lead keeps it as the carrier).
            read = (None, k)
        else:
            read = self._verb_subject(k, cue, carriers)
        denier = self._denier_before(spot)
        if denier is not None:
            read = denier, k  # "الوزارة تنفي وضع …": what follows the verb is denied
        # "وكانت الوزارة قد أعلنت تطوير …", "أن الهيئة أعلنت إنشاء …": the subject stood before
        # the verb, and a verbal noun after it opens what was announced.
        doer = self._doer_before(spot, k) if read is None or read[0] is None else None
        if read is None and doer is not None:
            read = None, k
        if read is None:
            return None
        subject, subject_end = read
        self.last_subject, self.last_subject_end = subject, subject_end
        if subject is None and subject_end == k:
            subject = self._fronted_speaker(spot.i)
        subject_end = self._past_issued(subject_end, subject)
        fronted = subject is None and _record_fronted(self.tokens, spot.i)
        if cue.lemma in _SHOWING and not _shown_by_document(subject) and not fronted:
            if not self._authored_record(k, subject) and not self._record_of_a_body(k):
                if not self._record_of_a_medium(k, subject):
                    return None
        if cue.lemma == _ADDED_TO and not _adds_as_speaker(subject):
            return None
        if cue.lemma in _FOUND_OR_HELD and not fronted:
            if subject is None or not _plain_speaker(subject):
                return None  # "ووجدوا أن …": no finder named; "بعدما وجد سندا في …": an object
        if subject is None and self._scripture_before(spot.i):
            return None  # "… سبحانه وتعالى يقول: (…)": a verse, no news claim
        opens = self._opens_clause(spot.i)
        content_at = self._walk_lead(
            subject_end, cue, subject, carriers, inner, doer, opens_clause=opens
        )
        if content_at in (None, _GIVE_UP):
            reacted = self._content_after_reaction(subject_end, cue)
            content_at = content_at if reacted is None else reacted
        if self._bare_after_back_reference(spot.i, content_at):
            # "صرح بذلك المتحدث باسم الهيئة بالقصيم فلان.": what follows the title is the rest
            # of the voice's name (where he works, his name), not words of his; the words are
            # the sentence before, as after "أوضح ذلك".
            if self._back_after_comma(spot.i):
                return self._credit_after_comma(spot, k, carriers, inner)
            whole = self._voice_to_comma(k) if spot.i == 0 else None
            if whole is None:
                return None  # (inside a sentence, "… على الحادث صرح بذلك فلان": no words here)
            subject, subject_end, content_at = whole[0], whole[1], None
        if cue.lemma in _SHOWING and self._credit_between(subject_end, content_at):
            return None  # "وأظهرت دراسة، وفقا لصحيفة …، أن …": the paper's credit reads it
        if content_at in (None, _GIVE_UP) and spot.i == 0 and subject is not None:
            # "صرح بذلك مدير المكتب، رئيس اللجنة الدكتور فلان، موضحا …": his second title and
            # name, set off after the first, are the voice that points back.
            apposed = self._apposed_title_after(subject_end)
            if apposed is not None and self._points_back(spot, *apposed):
                subject, subject_end = apposed
        if content_at in (None, _GIVE_UP) and spot.i == 0 and _bare_person(subject):
            # "ذكر ذلك فلان الفلاني، مدير الإعلام، مبينا …": a bare name, then his title.
            named = self._back_pointing_name(spot, k)
            if named is not None:
                subject, subject_end = named
        if content_at in (None, _GIVE_UP) and self._points_back(spot, subject, subject_end):
            # "أوضح ذلك مدير الإدارة فلان.": the sentence before is the content; an empty span
            # at the sentence's start asks extract_sentences to fill it in (see _back_content).
            at = self.sentence.start
            return self._found(subject, carriers, inner, spot.i, (at, at, QuoteKind.INDIRECT), cue)
        if content_at in (None, _GIVE_UP) and self._leading_as(spot, subject, subject_end):
            # "وكما ذكرت صحيفة «الوادي»، ارتفع …": the clause after the comma is what it told.
            span = self._preposition_content(spot.i, subject_end)
            return (
                None if span is None else self._found(subject, carriers, inner, spot.i, span, cue)
            )
        if content_at in (None, _GIVE_UP) and self._back_after_comma(spot.i):
            return self._credit_after_comma(spot, k, carriers, inner)
        if content_at == _GIVE_UP and self._trailing_as(spot, subject, subject_end):
            content_at = None  # "…، كما يوضح فلان، موضحا أن …": the clause before is his
        if content_at == _GIVE_UP or self._inferred_stress(spot, content_at):
            return None
        if cue.lemma == _LEARNING and not inner and _named_outlet(subject):
            return None  # "وعلمت «الوادي» أن …": the paper tells what it learnt, in its own voice
        if content_at is None and self._trailing_as(spot, subject, subject_end):
            # "…، كما أعلنت الوزارة أمس.": the clause before is what the voice announced.
            # (With a participle after him, his aside and the participle are no content.)
            subject_end = self._trailing_relayed(subject_end, inner)
            upto = subject_end if self._nothing_after(subject_end) else len(self.tokens)
            span = self._preposition_content(spot.i - 1, upto)
            return (
                None if span is None else self._found(subject, carriers, inner, spot.i, span, cue)
            )
        if content_at is None:
            return self._content_before(spot, subject, carriers, inner)
        if self._speaker_after_unagreeing_relative(spot, subject):
            # "وانتقد الوزير الشركات التي قال إنها …": "قال" cannot agree with "التي"; the
            # speaker is the subject of the clause's verb; with none read, nothing is reported.
            subject = self._clause_subject(spot.i - 1, cue.gender)
            if subject is None:
                return None
        elif self._relative_before(spot.i) is not None:
            # "فلان الذي قال: …": the antecedent speaks; with none, nothing is reported
            # ("التوقعات التي كانت تشير إلى …": forecasts, not the speaker named before).
            rel = self._relative_before(spot.i)
            assert rel is not None
            subject = subject or self._relative_antecedent(rel, cue.gender)
            subject = subject or self._agreeing_body_before(rel, spot.i)
            if subject is None:
                return None
        preceded = self._preceded_at(spot.i) if subject is None else None
        if preceded is not None:
            # "وسبق لصحيفة «…» أن أشارت إلى …": whom "سبق لـ" names, else no one safely
            subject = preceded[0]
            if subject is None:
                return None
        if subject is None and spot.i >= MIN_ISSUED_AT and self._present_after_noun(spot.i):
            if self._received(0, spot.i):
                return None  # a message received, its sender unnamed: not the last speaker
        if subject is not None and content_at is not None and content_at > spot.i:
            subject = self._issuer_after_voice(subject, content_at) or subject
        if subject is None and content_at is not None and content_at > spot.i:
            subject = self._issuer_of_occasion(spot.i, content_at)
        subject = subject or self._issuer(spot.i, cue) or self._record_owner(spot.i, cue)
        if subject is None and cue.lemma == CAME_IN_IT_LEMMA:
            return None  # "المادة التي جاء فيها": a record with no author named, no speaker
        subject = subject or self._topic_subject(spot.i, cue.gender)
        subject = subject or self._concessive_subject(spot.i, cue.gender)
        subject = subject or self._occasion_owner(spot.i)
        subject = subject or self._doer_of_first_verb(spot)
        if subject is None and spot.i > 0 and self._share_before(spot.i):
            return None  # "و61% أكدوا أن …": a share of those asked, no voice to name
        if subject is None and spot.clause_start is False and spot.i > 0:
            if cue.gender == "p" and self._object_before(spot.i):
                # "وتداول ناشطون مقطعا قالوا إنه …": the group, else no one safely
                subject = self._group_before(spot.i)
                if subject is None:
                    return None
            subject = subject or self._unmarked_relative(spot.i)
            subject = subject or self._record_before(spot.i, cue.gender)
            subject = subject or self._described_record_before(spot.i, cue.gender)
            subject = subject or self._subject_before(spot.i, cue.gender)
            if subject is None and _subject_after_but(self.tokens, spot.i):
                return None  # "لكن القانون يقول إن": no voice read, and not the one before
        verb = self.tokens[spot.i].norm
        if subject is None and spot.clause_start and self._comma_before(spot.i):
            if self._pluperfect_subject_before(spot.i):
                subject = self._subject_before(spot.i, cue.gender)  # "وكان فلان، أكد …"
        if subject is None and verb == _strip_conj(verb) and self.tokens[spot.i - 1].text in "،,":
            subject = self._subject_before_occasion(spot.i - 1, cue.gender)
            subject = subject or self._subject_before_relative(spot.i - 1)
        if subject is None:
            subject = self._apposed_subject(spot.i)
        far = content_at - spot.i > MAX_STRICT_LEAD and not inner  # "نقلت عن مصادر أن" is near
        far = far and not self._own_speech_at(spot.i + 1)  # "واختتم حديثه بقوله: …" is near
        far = far and not self._quoted_from_pronoun(spot)  # "ونُقل عنه قوله إن …" is near
        far = far and not self._honorific_lead(spot.i + 1, content_at)  # "وبين معاليه ، أن"
        far = far and not self._medium_told_first(spot.i + 1)  # "وتابع لـ«الوادي» أن"
        far = far and not (opens and self._occasion_lead(spot.i + 1, content_at))
        far = far and not (cue.lemma == _RESTATED and self._next_norm(spot.i) in _RESTATING_NOUNS)
        if subject is None and cue.strict and far:
            return None
        span = self._verb_content(content_at)
        if span is None:
            return None
        if subject is not None and content_at is not None and content_at >= 0:
            subject = self._apposed_title(subject, subject_end, content_at)
        start, end, quote = span
        if quote is QuoteKind.INDIRECT:
            start, inner = self._nested(start, end, inner)
        return self._found(subject, carriers, inner, spot.i, (start, end, quote), cue)

    def read_accusation(self, spot: _Spot) -> RawAttribution | None:
        """Read an accusation in its own frame: the verb opening its clause, the accuser, the
        accused and what he is accused of in ب: "واتهمت الوزارة الجماعة بأنها تقف وراء
        الهجوم" (the ministry; the content is the group and what it is accused of), "وتتهمه
        الهيئة بأنه ضالع في …" (the accused a pronoun on the verb; the content is what
        follows بأنه). The accused is never part of the voice. None where the frame is not
        read whole: no accuser named after the verb ("واتهم بالفساد عدد من …", a passive, or
        "واتهمت الوزارة بالتقصير", where the one word may be either), the accuser standing
        before the verb (but for the pluperfect, "وكانت الوزارة قد اتهمت الجماعة بـ…", whose
        accuser stands between كان and the verb), or no word that opens the accusation within
        a few words."""
        i = spot.i
        fronted = self._pluperfect_subject_before(i)
        if not (spot.clause_start or fronted):
            return None
        k = self._after_verb_adverbs(i + 1)
        blaming = spot.cue.lemma == lx.BLAMING
        charge = self._responsibility_at(k) if blaming else self._charge_at(k)
        if charge is None:
            return None
        if any(t.norm in _WHO_OF_ACCUSED for t in self.tokens[k:charge]):
            return None  # "واتهمت الدولة التي تحكمها … الصحفي بـ…": where it ends is unsure
        if self._occasion_before_charge(k, charge):
            return None  # "واتهم فلان في كلمة تلفزيونية الحكومة بـ…": where each ends is unsure
        with_object = lx.BLAMING_WITH_OBJECT if blaming else lx.ACCUSING_WITH_OBJECT
        pronoun = _strip_conj(self.tokens[i].norm) in with_object
        if fronted:
            if self._charge_word(k):
                return None  # "وكان المدير قد اتهم بسرقة …": a passive, no accused named
            voice, accused = self._subject_before(i, spot.cue.gender), k
            if voice is None:
                return None
        elif self._accuser_spoke_before(spot, k, charge, pronoun=pronoun):
            # "وقالت الحكومة إن …، واتهمت المعارضة بنشر الشائعات": the speaker before
            # accuses (read as any subject-less verb is); the content is as below.
            voice, accused = None, k
        else:
            split = (charge, charge) if pronoun else self._accused_at(k, charge, spot.cue)
            if split is None or split[0] <= k:
                return None
            accuser_end, accused = split
            voice = read_voice(
                self.text,
                self.tokens[k:accuser_end],
                self.known,
                allow_bare_name=True,
                gender=spot.cue.gender,
            )
            if voice is None or fold(voice.name) in _ANOTHER:
                return None  # "فيما اتهمهما آخر بـ…": "another one", no voice to name
        content_at = accused
        if (pronoun or accused == charge) and self.tokens[charge].norm in _AS_THAT:
            content_at = charge + 1  # "وتتهمه الهيئة بأنه ضالع …": what follows بأنه
        span = self.content_span(content_at, limit=self._charge_end(charge))
        if span is None:
            return None
        return self._found(voice, (), (), i, span, spot.cue)

    def _occasion_before_charge(self, k: int, charge: int) -> bool:
        """An occasion ("في كلمة"، "خلال مؤتمر"، "في بيان") stands between the accusing verb's
        first word after it (k) and the charge: the accuser, the occasion with its adjectives
        ("تلفزيونية") and the accused run on with no mark between them, so none is read; the
        accuser must not take the occasion into his name."""
        return any(
            self.tokens[j].norm in _OCCASION_OPENERS
            and _occasion_noun(_strip_conj(self.tokens[j + 1].norm))
            for j in range(k, charge - 1)
        )

    def _accusation_opens(self, spot: _Spot) -> bool:
        """The accusing verb at spot opens a clause of its own, ending a content before it: a
        charge follows, and a comma stands before the verb ("…، واتهمت المعارضة بـ…") or an
        accuser is read after it. A passive with no comma ("… ويتهم فلان بالعمل على …") or
        an accusation that is what the voice before says stays inside its content."""
        k = self._after_verb_adverbs(spot.i + 1)
        blaming = spot.cue.lemma == lx.BLAMING
        charge = self._responsibility_at(k) if blaming else self._charge_at(k)
        if charge is None:
            return False
        if self._comma_before(spot.i):
            return True
        with_object = lx.BLAMING_WITH_OBJECT if blaming else lx.ACCUSING_WITH_OBJECT
        if _strip_conj(self.tokens[spot.i].norm) in with_object:
            return k < charge
        return self._accused_at(k, charge, spot.cue) is not None

    def _accuser_spoke_before(self, spot: _Spot, k: int, charge: int, *, pronoun: bool) -> bool:
        """An accusation with no accuser named after its verb ("واتهمه بالتقصير", "واتهمت
        المعارضة بـ…": one noun phrase before the charge) is the one who spoke before it in
        its sentence, when a reporting verb of the same agreement was read there and the
        accusation is joined to it by "و"; with none, the verb may be a passive ("واتهم الشاب
        بسرقة السيارة") and nothing is read."""
        tok = self.tokens[spot.i]
        if tok.norm == _strip_conj(tok.norm) or not self.found:
            return False
        if pronoun and k != charge:
            return False  # "وتتهمه الهيئة بأنه …": the accuser is named after the verb
        if not pronoun and (k == charge or self._accused_at(k, charge, spot.cue) is not None):
            return False  # a passive with its charge alone, or an accuser then the accused
        last = self.found[-1]
        return last.source is not None and last.gender == spot.cue.gender

    def _charge_at(self, k: int) -> int | None:
        """Where what the accused is accused of opens after token k, within a few words of
        the accuser and the accused: "بأنه"/"بأن", "بـ«…»", or a verbal noun in ب ("بالوقوف",
        "بدعم"); None when a mark, a complementiser or a verb's cue comes first. A word in ب
        with no article right before another charge is the accused's name ("بلاريا
        بـ«…»"), and one the registry knows or a given name is never a charge."""
        for j in range(k + 1, min(len(self.tokens) - 1, k + MAX_ACCUSATION_LEAD)):
            tok = self.tokens[j]
            if self._plain_charge_at(j):
                return j
            if tok.text in "،," and self._plain_charge_at(j + 1):
                return j + 1  # "واتهم المسؤولون جماعة النسر، بالوقوف وراء …"
            if not tok.is_word or tok.norm in lx.COMPLEMENTISERS or self._is_spot(j):
                return None
            if self._charge_word(j):
                if not self._plain_charge_at(j + 1):
                    return j  # (else the accused's name in ب: the charge follows it)
        return None

    def _charge_word(self, j: int) -> bool:
        """Token j is a word in ب that may name a charge ("بالوقوف", "بتهريب")."""
        norm = self.tokens[j].norm
        return _bi_content(norm) and self._charged_noun(norm)

    def _plain_charge_at(self, j: int) -> bool:
        """Token j opens a charge by its form alone: "بأنه", "بأن", "بـ«…»", or a definite
        verbal noun in ب the registry does not know ("بالوقوف")."""
        norm = self.tokens[j].norm
        if norm in _AS_THAT:
            return True
        if norm == "ب":
            return j + 1 < len(self.tokens) and self.tokens[j + 1].text in OPENING_QUOTES
        return norm.startswith("بال") and _bi_content(norm) and self._charged_noun(norm)

    def _responsibility_at(self, k: int) -> int | None:
        """Where the blame opens after the blamer named from token k: "مسؤولية"/"المسؤولية"
        within a few words ("وحمّلت الوزارة الجماعة مسؤولية الهجوم"); None when a mark, a
        complementiser or a verb's cue comes first."""
        for j in range(k + 1, min(len(self.tokens) - 1, k + MAX_ACCUSATION_LEAD)):
            tok = self.tokens[j]
            if tok.norm in lx.RESPONSIBILITY:
                return j
            if not tok.is_word or tok.norm in lx.COMPLEMENTISERS or self._is_spot(j):
                return None
        return None

    def _charge_end(self, charge: int) -> int | None:
        """The offset where a charge opening at token ``charge`` ends before its clause does:
        at a comma before "إلا أن", "لكن", "بينما", "فيما", "في حين" (another voice or the
        writer goes on: "وتتهم المعارضة الحكومة بالفساد، إلا أن الحكومة تنفي …"); None when
        the clause ends it."""
        end = self.boundary_after(charge)
        for j in range(charge + 1, len(self.tokens) - 1):
            tok = self.tokens[j]
            if tok.start >= end:
                return None
            if tok.text not in "،,":
                continue
            nxt = self.tokens[j + 1].norm
            if nxt in _AFTER_CHARGE or (nxt, self._next_norm(j + 1)) in _TWO_WORD_OPENERS:
                return tok.start
        return None

    def _charged_noun(self, norm: str) -> bool:
        """A word in ب that may name an act one is accused of ("بالوقوف", "بتهريب"): neither
        a name the registry knows nor a given name."""
        bare = norm[1:]
        if norm.startswith("بال"):
            return not self.known([bare], True)
        return (
            len(bare) >= MIN_CHARGE_LETTERS
            and not given_name(norm)
            and not self.known([norm], True)
            and not self.known([bare], True)
        )

    def _accused_at(self, k: int, charge: int, cue: lx.Cue) -> tuple[int, int] | None:
        """Where the accuser named from token k ends and the accused opens, before the
        charge: where the voice reader ends the accuser's phrase (a time word may stand
        between: "اتهم الرئيس فلان أمس الحكومة بـ…"), or at a group's head after a definite
        word ("واتهمت الوزارة الجماعة بأنها …"); None when the accuser's phrase runs up to the
        charge ("واتهمت الحكومة المعارضة بـ…": no head tells where one ends), so no accused
        is left."""
        end = after = self.phrase_end(k, verb=cue)
        while k < after < charge and self.tokens[after].norm in lx.ADVERBS:
            after += 1
        word = after < charge and self.tokens[after].is_word
        word = word and self.tokens[after].norm not in _PREPOSITION_STEMS  # "إلى حد كبير"
        if k < end and word and self.tokens[after].norm[:1] != "ل":
            return end, after
        group = next(
            (
                j
                for j in range(k + 1, charge)
                if self._accused_group_at(j)
                or self._accused_after_name(k, j)
                or self._accusative_accused_at(j)
                or self._accused_after_body(k, j)
            ),
            None,
        )
        return None if group is None else (group, group)

    def _accused_after_body(self, k: int, j: int) -> bool:
        """Token j, a plain definite noun, follows a body named by its head at k and its
        adjectives: the accused, as the object of an act is ("واتهمت الحكومة الوادية
        المتمردين بـ…"); a person's title goes on ("الرئيس السابق")."""
        head = _strip_conj(self.tokens[k].norm)
        return head in lx.BODY_HEADS and self._definite_object_after_body(k, j)

    def _accused_after_name(self, k: int, j: int) -> bool:
        """Token j opens a body's name right after a person's name read from k (a given name
        in it, and j's word after a word that is no title nor a body's head): "اتهم النائب
        سامر العلي الحكومة بـ…", "واتهم فلان وزارة المالية بـ…"; a name goes on with no body's
        head ("رئيس الحكومة" is a title's, and "وزير الداخلية" a body's)."""
        prev = _strip_conj(self.tokens[j - 1].norm)
        if prev in _TITLES or prev in lx.BODY_HEADS or not self.tokens[j - 1].is_word:
            return False
        if not any(given_name(t.norm) for t in self.tokens[k : j - 1]):
            if not given_name(prev):
                return False
        norm = self.tokens[j].norm
        return _strip_conj(norm) == norm and norm in lx.ACCUSED_HEADS | lx.BODY_HEADS

    def _accusative_accused_at(self, j: int) -> bool:
        """Token j, an indefinite noun in the accusative ("رجلا", "جنودا"), right after a
        definite word: the accused, for a name goes on with no such noun ("وتتهم الحكومة
        الوادية جنودا ساحليين بعبور …")."""
        tok, prev = self.tokens[j], _strip_conj(self.tokens[j - 1].norm)
        return (
            _definite(prev)
            and _indefinite_word(tok)
            and _strip_conj(tok.norm) == tok.norm
            and tok.text.rstrip("\u064b").endswith("ا")
            and not given_name(tok.norm)
            and tok.norm not in lx.ADVERBS
        )

    def _accused_group_at(self, j: int) -> bool:
        """Token j opens a group's name right after a definite word, which no name goes on
        with: "واتهمت الوزارة الجماعة …", "واتهم فلان الخطيب حركة …", "الوادية الحكومة
        الساحلية" (a body's head, with or without the article, not a nisba: "وزير الشؤون
        الخارجية" goes on), or the regime ("النظام")."""
        norm, prev = self.tokens[j].norm, _strip_conj(self.tokens[j - 1].norm)
        if not _definite(prev) or _strip_conj(norm) != norm or nisba(norm):
            return False
        return norm in lx.ACCUSED_HEADS

    def _medium_told_first(self, k: int) -> bool:
        """A medium told, marked as one, opens the lead at token k: "وتابع لـ«الوادي» أن …",
        "وذكر لصحيفة الوادي أن …" (a bare name after ل, "لافي", may be a person's)."""
        if k >= len(self.tokens):
            return False
        norm = self.tokens[k].norm
        marked = norm in {"ل", "لـ"} or norm[1:] in lx.OUTLET_HEADS or norm[1:] in lx.AGENCY_HEADS
        return marked and self._told_medium_at(k)

    def _apposed_title(self, subject: Mention, k: int, content_at: int) -> Mention:
        """A name, then his title set off by a comma before his words: "وقال سالم العلي،
        المتحدث باسم وزارة الصحة، إن …" (or "…: «…»") is the ministry's spokesman, his
        descriptor as if the title came first; the subject as read otherwise."""
        if subject.kind not in (SourceKind.PERSON, SourceKind.OFFICIAL):
            return subject
        # "وقال المهندس سالم العلي، وزير النقل، إن …": an honorific alone before the name
        # leaves the title after the comma to tell who he is.
        # So does a rank alone ("وأوضح الرائد فلان، الناطق باسم الدفاع المدني، أن …").
        alone = _honorifics_only(subject.descriptor) or _ranks_only(subject.descriptor)
        honorific = subject.descriptor if alone else ""
        if subject.descriptor and not honorific:
            return subject
        tokens = self.tokens
        if k + 1 >= content_at or tokens[k].text not in "،,":
            return subject
        first = k + 1 + (tokens[k + 1].norm in _APPOSITION_PRONOUNS)
        close = next((j for j in range(first, content_at) if self._closes_title(j)), content_at)
        # "وأوضح فلان، المحلل الاقتصادي لـ«الوادي»، أن …": the paper he told closes the title.
        told = close - 1 > first and self._paper_told_at(close - 1, content_at)
        if told:
            close -= 1
        if close == first or tokens[first].norm not in _TITLES:
            return subject
        if (
            not told
            and any(t.is_word and not _lead_in(t.norm) for t in tokens[close:content_at])
            and not self._medium_told_after(close, content_at)
        ):
            return subject  # more than the title stands before the words
        named = first
        while named < close and tokens[named].norm in _TITLES:
            named += 1
        if named > first and named < close and given_name(tokens[named].norm):
            # "وأوضح أمين المنطقة، المهندس فلان، أن …": the role, then the name set off after
            # it behind his rank: the name is his, the role his descriptor.
            if fold(subject.name.split()[0]) not in _TITLES:
                return subject
            stop = next(
                (j for j in range(named + 1, close) if tokens[j].norm in _NOT_A_NAME_START),
                close,
            )
            name = self.text[tokens[named].start : tokens[stop - 1].end]
            return replace(subject, name=name, descriptor=subject.name, kind=SourceKind.OFFICIAL)
        title = self.text[tokens[first].start : tokens[close - 1].end]
        official = tokens[first].norm in lx.OFFICIAL_TITLES
        return replace(
            subject,
            descriptor=f"{honorific} {title}".strip(),
            kind=SourceKind.OFFICIAL if official else subject.kind,
        )

    def _medium_told_after(self, close: int, content_at: int) -> bool:
        """Only a medium told stands between a title set off after a name and the words:
        "وقالت فلانة، المتحدثة باسم المنظمة، لوكالة «الساحل»: «…»" (whom she told, not who she
        is): "لـ«X»", or "ل" and a medium's head glued to it before a quoted name."""
        words = [j for j in range(close, content_at) if self.tokens[j].is_word]
        if not words:
            return False
        j = words[0]
        if self._paper_told_at(j, content_at):
            return True
        norm = self.tokens[j].norm
        if not norm.startswith("ل") or norm[1:] not in lx.OUTLET_HEADS | lx.AGENCY_HEADS:
            return False
        quote = self.quote_at(j + 1)
        if quote is None:
            return False
        after = self.index_at(quote[1] + 1)
        return all(not t.is_word or _lead_in(t.norm) for t in self.tokens[after:content_at])

    def _paper_told_at(self, j: int, content_at: int) -> bool:
        """ "لـ«الوادي»" at token j, a medium told in quotes (the registry's, or a name as short
        as a paper's), and nothing but marks and lead-ins after it up to the words at
        ``content_at`` (not "نائب المدير لـ«رابطة أصحاب المزارع في الوادي»", his body)."""
        if self.tokens[j].norm != "ل" or not self._carrier_at(j):
            return False
        quote = self.quote_at(j + 1)
        if quote is None:
            return False
        short = len(self.text[quote[0] + 1 : quote[1]].split()) <= MAX_NAME_QUOTE_WORDS
        if not short and not self._registry_medium_quote(quote):
            return False
        after = self.index_at(quote[1] + 1)
        return all(not t.is_word or _lead_in(t.norm) for t in self.tokens[after:content_at])

    def _closes_title(self, j: int) -> bool:
        """Token j ends a title set off after a name: punctuation, the complementiser, or "على"
        before it ("شدد فلان، مدير …، على أن")."""
        tok = self.tokens[j]
        if not tok.is_word or tok.norm in lx.COMPLEMENTISERS or tok.norm in _TIME_WORDS:
            return True
        return tok.norm in _LEAD_INS and self._next_norm(j) in lx.COMPLEMENTISERS

    def _shown_by_record(self, k: int, voice: Mention) -> bool:
        """The voice of a verb of showing, read from token k, is a document or opens with
        one: "الدراسة", "بيانات الاتحاد" (the body's data speak for it); not "الحكومة"."""
        return _shown_by_document(voice) or _strip_conj(self.tokens[k].norm) in lx.DOCUMENT_HEADS

    def _record_of_a_body(self, k: int) -> bool:
        """ "دراسة للغرفة التجارية", "تقرير شهري للوزارة", "بيانات وزارة العمل": a record at
        token k, then ل and the body that wrote it (or, with no article on the record, the body
        right after it), which speaks for it ("مسح شهري لإنتاج المنظمة" is a survey of the
        body's output: not its own record)."""
        tokens = self.tokens
        if k >= len(tokens) or tokens[k].norm not in lx.DOCUMENT_HEADS:
            return False
        j = k + 1
        if j < len(tokens) and _body_record_head(tokens[k].norm):
            if tokens[j].norm in lx.BODY_HEADS:
                return True  # "وأظهرت بيانات وزارة العمل أن …": the ministry's own data
        while j < len(tokens) and tokens[j].norm.endswith(_ADJECTIVE_ENDINGS):
            j += 1  # "تقرير شهري للوزارة", "دراسة ميدانية للهيئة"
        if j >= len(tokens):
            return False
        norm = tokens[j].norm
        if norm.startswith("لل"):
            return "ال" + norm[2:] in lx.BODY_HEADS
        return norm.startswith("ل") and norm[1:] in lx.BODY_HEADS

    def _record_of_a_medium(self, k: int, subject: Mention | None) -> bool:
        """ "مسح لرويترز", "استطلاع شهري لوكالة الأنباء": a record at token k, then ل and the
        agency or outlet that ran it, read as the voice: the medium speaks for its own survey,
        as a body does for its report (``_record_of_a_body``)."""
        tokens = self.tokens
        if subject is None or not self._medium_credited(subject):
            return False
        if k >= len(tokens) or _strip_conj(tokens[k].norm) not in lx.DOCUMENT_HEADS:
            return False
        j = k + 1
        while j < len(tokens) and tokens[j].end <= subject.start:
            if not tokens[j].norm.endswith(_ADJECTIVE_ENDINGS):
                break  # "تقرير شهري لرويترز": the record's adjectives only
            j += 1
        return j < len(tokens) and tokens[j].norm[:1] == "ل" and tokens[j].end > subject.start

    def _credit_between(self, start: int, stop: int | None) -> bool:
        """A preposition cue (بحسب، وفقا لـ) stands between tokens start and stop."""
        end = len(self.tokens) if stop is None or stop < 0 else stop
        return any(
            spot.cue.cls is lx.CueClass.PREPOSITION
            for k in range(start, end)
            if (spot := self.spot_at.get(k)) is not None
        )

    def _occasion_lead(self, k: int, content_at: int) -> bool:
        """An occasion opens the lead at k (after an honorific pronoun at most) and a comma
        before the complementiser closes it: "وبين في خطبة الجمعة بجامع …، أن …" says what
        was said as near as "بين أن" does, the occasion aside."""
        if k < len(self.tokens) and self.tokens[k].norm in _HONORIFIC_PRONOUNS:
            k += 1
        return (
            k < content_at - 2
            and _strip_conj(self.tokens[k].norm) in _LONG_OCCASION_LINKS
            and self.tokens[content_at - 1].norm in lx.COMPLEMENTISERS
            and self.tokens[content_at - 1].norm[:1] not in _CAUSAL_LETTERS
            and self.tokens[content_at - 2].text in "،,"
        )

    def _honorific_lead(self, k: int, content_at: int) -> bool:
        """Only an honorific pronoun, punctuation and the complementiser stand between a verb
        and its content ("وبين معاليه ، أن …"): the lead is as near as "بين أن"."""
        return all(
            not t.is_word or t.norm in _HONORIFIC_PRONOUNS or t.norm in lx.COMPLEMENTISERS
            for t in self.tokens[k:content_at]
        )

    def _doer_of_first_verb(self, spot: _Spot) -> Mention | None:
        """ "وبثت الحركة أمس شريطا …، وأكدت أنهم …": a feminine cue joined by و with no subject
        of its own, in a sentence opened by another feminine verb (in ت) and its subject, has
        that subject; not the voice quoted in an earlier sentence. Only a voice the lexicon
        reads as one (a body, a title, a group) is taken."""
        at = self._after_side_opener()
        first = self.tokens[at]
        verb = _strip_conj(first.norm)
        if spot.cue.gender != "f" or spot.i - at < MIN_DOER_SPAN or at in self.spot_at:
            return None
        if not (first.is_word and verb.endswith("ت") and len(verb) >= MIN_DOER_VERB):
            return None
        if _strip_conj(self.tokens[spot.i].norm) == self.tokens[spot.i].norm:
            return None  # the cue is not joined by و to the verb that opens the sentence
        return self._first_verb_doer(at, spot.i)

    def _doer_of_participle(self, spot: _Spot) -> Mention | None:
        """ "واستنكرت المديرية العامة للشؤون الصحية وقوع …، موضحة أنها …": a feminine
        participle after a comma, in a sentence opened by a feminine verb (in ت) and its
        subject, speaks for that subject, read as _doer_of_first_verb reads it (a body, a
        title or a group, up to the act's object); not the voice quoted in an earlier
        sentence. With no comma, "أنّ" right after it marks it as a participle of saying:
        "ودانت الجبهة القصف معتبرة أنه «اعتداء»"."""
        if spot.cue.cls is not lx.CueClass.PARTICIPLE or spot.cue.gender != "f":
            return None
        if not self._comma_before(spot.i) and not self._complementiser_after(spot.i):
            return None
        at = self._after_side_opener()
        first = self.tokens[at]
        verb = _strip_conj(first.norm)
        if spot.i - at < MIN_DOER_SPAN or self._cue_opens(at):
            return None
        if not (first.is_word and verb.endswith("ت") and len(verb) >= MIN_DOER_VERB):
            return None
        doer = self._first_verb_doer(at, spot.i)
        if doer is None or (" " not in doer.name and not _definite(fold(doer.name))):
            return None  # "أصدرت وكالة وزارة …": a bare head, its name cut short
        return doer

    def _cue_opens(self, at: int) -> bool:
        """A cue of its own opens the sentence at token ``at`` (not an accusation, which names
        its doer as an act does: "اتهمت الحكومة، أمس، الجماعة بـ…، قائلة إن …")."""
        spot = self.spot_at.get(at)
        return spot is not None and spot.cue.lemma not in _ACCUSING_VERBS

    def _first_verb_doer(self, at: int, i: int) -> Mention | None:
        """The subject of the feminine verb at token ``at`` that opens the sentence, for the
        cue at token i later in it: none when another cue comes between them, or another
        title or "وكانت" (another clause's doer may speak)."""
        if any(at < j < i for j in self.spot_at):
            return None  # another cue between them speaks for its own subject
        end = min(self.phrase_end(at + 1, verb=None), i)
        if i - end > MAX_DOER_GAP or any(
            _strip_conj(t.norm) in _TITLES or _strip_conj(t.norm) in WAS for t in self.tokens[end:i]
        ):
            # "… بدأت بكلمة مديرة النادي …، وقالت": another woman named on the way, or "وكانت"
            # opening another clause, may be the one who speaks.
            return None
        for j in range(at + 2, end):
            before, word = self.tokens[j - 1].norm, self.tokens[j].norm
            if (
                before.startswith("ال")
                and word.startswith("ال")
                and not word.endswith(_ADJECTIVAL)
                and word not in _TITLES
            ):
                end = j  # "واتهمت الحكومة الأوكرانية الانفصاليين …": the object, no adjective
                break
            if self._doer_object_at(j, at + 1):
                if any(_strip_conj(t.norm) in _TITLES for t in self.tokens[j:i]):
                    return None  # "وأقامت الجمعية دورة من إعداد الأخصائية فلانة وتحدثت …"
                end = j
                break
        doer = read_voice(self.text, self.tokens[at + 1 : end], self.known, allow_bare_name=False)
        return doer if doer is not None and doer.kind in _DOER_KINDS else None

    def _after_side_opener(self) -> int:
        """The index of the verb after "من جهتها،" / "بدورها،" opening the sentence ("من
        جانبها، أدانت الوزارة …، وأكدت أن …": the doer's own side, then her act), else 0."""
        k = 0
        while k < min(len(self.tokens), MAX_SIDE_OPENER) and (
            self.tokens[k].text in "،," or self.tokens[k].norm in _SIDE_OPENERS
        ):
            k += 1
        if k == 0 or k >= len(self.tokens) or self.tokens[k - 1].text not in "،,":
            return 0  # ("ومن الوزارة …", "كما أن …": no side named, or no comma closing it)
        return k

    def _doer_object_at(self, j: int, head: int) -> bool:
        """The act's object opens at token j after a definite word, no part of the doer's
        name: a noun in ب ("ورحبت الوزارة بالقرار …") or an indefinite verbal noun in
        construct, one act or its plural ("واستنكرت الأمانة العامة تصريحات الوزير …")."""
        word, before = self.tokens[j].norm, self.tokens[j - 1].norm
        if self.known([word], False):
            return False
        if not (_definite(before) or before.startswith("بال")):
            # "بمنطقة فلانة وقوع …": after a place's name, a noun in و that is no name
            # joined to it opens the act's object.
            return self._joined_object_at(j) or self._object_after_place(j)
        if word.startswith("بال"):
            return _bi_content(word)
        if _PLURAL_ACTS.fullmatch(word) is not None or self._object_after_definite(j):
            return True
        if self._joined_object_at(j):
            return True  # "واستنكرت المملكة وبشدة تصريحات …"
        return self.tokens[head].norm in lx.BODY_HEADS and self._bare_object_at(j)

    def _object_after_place(self, j: int) -> bool:
        """A definite noun at token j after a place named in ب and a bare name ("وحثت مديرية
        السجون بمنطقة فلانة المتقدمات على …"): the act's object, no adjective of the place (an
        adjective ends in ي or ة) nor a title."""
        if j < 2 or _definite(self.tokens[j - 1].norm):
            return False
        place, word = self.tokens[j - 2].norm, self.tokens[j].norm
        if not place.startswith("ب") or _definite(place[1:]) or not self.tokens[j - 1].is_word:
            return False
        return word.startswith("ال") and not word.endswith(_ADJECTIVAL) and word not in _TITLES

    def _joined_object_at(self, j: int) -> bool:
        """A word at token j in و that joins no name ("وقوع", "وصول", whose و is the root's, or
        "وبشدة", an adverb): the act's object or its manner begins; a name joined by و
        ("والمغتربين", "وسالم") goes on."""
        token = self.tokens[j]
        word = token.norm
        if not token.text.isalpha() or not word.startswith("و"):
            return False
        return not (_definite(word[1:]) or given_name(word[1:]) or self.known([word[1:]], False))

    def _bare_object_at(self, j: int) -> bool:
        """An indefinite common noun at token j right after a definite word, in a body's name:
        no name goes on so ("واستنكرت المديرية العامة للشؤون الصحية وقوع …", "وقدمت إدارة
        النادي شكرها …"), unless it is a given name ("جامعة الملك سعود"), a link in one
        ("بن"), an abbreviation ("د.") or a genitive in ل or ب ("الإدارة العامة لشؤون …")."""
        token = self.tokens[j]
        word = token.norm
        if not token.is_word or not token.text.isalpha() or word[:1] in _GENITIVE_LETTERS:
            return False
        bare = _strip_conj(word)
        return not (_definite(bare) or given_name(bare) or word in _NAME_LINKS)

    def _topic_subject(self, i: int, gender: str) -> Mention | None:
        """ "أما الوزارة فقالت إن …": the topic set up by أما is the voice of the verb in ف at
        token i (a comma may close the topic: "أما المدير سامي العلي، فأكد أن …")."""
        verb = self.tokens[i].norm
        if i < 2:
            return None
        end = i
        if self.tokens[i - 1].norm in {"فقد", "فلقد"}:
            end = i - 1  # "أما الوزير فقد أكد أن …": ف on قد
        elif self.tokens[i - 1].norm in _SO_HE:
            end = i - 1  # "أما الوزير فإنه نفى …": ف on إن and the topic's pronoun
        elif not verb.startswith("ف") or _strip_conj(verb) == verb:
            return None
        closing = self.tokens[end - 1].text
        end = end - 1 if closing in "،," or closing in _DASHES else end
        for k in range(end - 1, max(-1, end - MAX_VOICE_TOKENS - 1), -1):
            norm = self.tokens[k].norm
            if norm in _TOPIC_OPENERS:
                whole = self.tokens[k + 1 : end]
                phrase = self._quoted_topic(whole)
                if not phrase or not all(t.is_word for t in phrase):
                    return None
                found = self._read_topic(phrase, gender)
                if found is None and len(phrase) == len(whole) - 2:
                    # "أما «الجماعة» فقد أعلنت …": the marks make it a name the lexicon
                    # need not know, read with them as after a verb ("تقول «الجماعة» إن")
                    return read_voice(
                        self.text, whole, self.known, allow_bare_name=True, gender=gender
                    )
                return found
            if self._topic_name_mark(k):
                continue
            if not self.tokens[k].is_word:
                return self._topic_before_aside(k, end, gender)
        return None

    def _concessive_subject(self, i: int, gender: str) -> Mention | None:
        """ "ورغم أن الوزير كان متشددا، فإنه نفى …": the subject of the clause after "رغم أن"
        ("مع أن", "بالرغم من أن") is whom the pronoun of "فإنه" before the verb at i names,
        not the last speaker."""
        if i < MIN_CONCESSIVE or self.tokens[i - 1].norm not in _SO_HE:
            return None
        for k in range(i - 2, 0, -1):
            if self.tokens[k].norm not in lx.COMPLEMENTISERS:
                continue
            before = _strip_conj(self.tokens[k - 1].norm)
            if before == "من" and k > 1:
                before = _strip_conj(self.tokens[k - 2].norm)
            if before not in _DESPITE:
                return None
            end = self._clause_verb_at(k + 1, i - 1)
            if end is None or end <= k + 1:
                return None
            phrase = self.tokens[k + 1 : end]
            return read_voice(self.text, phrase, self.known, allow_bare_name=True, gender=gender)
        return None

    def _clause_verb_at(self, start: int, stop: int) -> int | None:
        """Where the verb of a clause whose subject opens at ``start`` stands ("كان", "لم",
        "قد", a cue or a present verb), within ``MAX_VOICE_TOKENS`` and before ``stop``; None
        when no such word ends the subject ("رغم أن الوزير انتقد الخطة": a verb unknown)."""
        for k in range(start, min(stop, start + MAX_VOICE_TOKENS + 1)):
            norm = _strip_conj(self.tokens[k].norm)
            if not self.tokens[k].is_word:
                return None
            if norm in _CLAUSE_VERB_WORDS or norm in _NEGATIONS:
                return k
            if k > start and (k in self.spot_at or _present_verb_like(norm)):
                return k
        return None

    def _topic_name_mark(self, k: int) -> bool:
        """Token k is a quotation mark round a short name, which a topic may hold."""
        if self.tokens[k].text not in _QUOTE_MARKS:
            return False
        start = self.tokens[k].start
        quote = self.quote_from.get(start) or next((q for q in self.quotes if q[1] == start), None)
        if quote is None:
            return False
        return len(self.text[quote[0] + 1 : quote[1]].split()) <= MAX_NAME_QUOTE_WORDS

    @staticmethod
    def _quoted_topic(phrase: Sequence[Token]) -> Sequence[Token]:
        """A topic whose name is in quotation marks, read to the closing mark: "أما صحيفة
        «الوادي» اليومية فقالت إن …" is the paper «الوادي» (only one pair of marks round a short
        name; more is no topic)."""
        marks = [j for j, t in enumerate(phrase) if t.text in _QUOTE_MARKS]
        if len(marks) != 2 or not 1 < marks[1] - marks[0] <= MAX_NAME_QUOTE_WORDS + 1:
            return phrase
        if marks[0] == 0 and marks[1] == len(phrase) - 1:
            return phrase[1:-1]  # "أما «سامي العلي» فقال": the name alone, in its marks
        if marks[0] == 0:
            return phrase  # the topic opens with the quotation: no head noun names it
        return [t for j, t in enumerate(phrase[: marks[1]]) if j != marks[0]]

    def _read_topic(self, phrase: Sequence[Token], gender: str) -> Mention | None:
        """The voice a topic after أما names (a name the lexicon does not know, see _bare_topic);
        a word with the article before such a name describes him ("أما اللبناني سامي العلي
        فقال", "أما الطفل سامي العلي فيرى"): the name after it is the voice."""
        bare = _bare_topic(phrase)
        found = read_voice(self.text, phrase, self.known, allow_bare_name=bare, gender=gender)
        name = phrase[1:]
        if found is not None or not name or not _definite(phrase[0].norm):
            return found
        if not _bare_topic(name):
            return None
        if len(name) > MAX_DESCRIBED_NAME or not all(t.text.isalpha() for t in name):
            return None
        return read_voice(self.text, name, self.known, allow_bare_name=True, gender=gender)

    def _topic_before_aside(self, comma: int, end: int, gender: str) -> Mention | None:
        """The topic set up by أما, then a clause set off by commas (or dashes) before the verb
        in ف: "أما ريم حداد من البرازيل، التي فازت العام الماضي، فقد أكدت أن …", "أما سامي
        العلي - 12 عاما - فيرى أن …" (the topic is what stands between أما and the first mark)."""
        marks = "،," if self.tokens[comma].text in "،," else _DASHES
        if self.tokens[comma].text not in marks or self.tokens[end].text not in marks:
            return None
        for k in range(comma - 1, max(-1, comma - MAX_TOPIC_ASIDE - 1), -1):
            if not self.tokens[k].is_word and self.tokens[k].text not in marks:
                return None  # a full stop or a quotation: no topic in this sentence
            if self.tokens[k].norm in _TOPIC_OPENERS:
                first = next(j for j in range(k + 1, end + 1) if self.tokens[j].text in marks)
                phrase = self.tokens[k + 1 : first]
                if not phrase or len(phrase) > MAX_VOICE_TOKENS:
                    return None
                return self._read_topic(phrase, gender)
        return None

    def _fronted_carrier(self, i: int) -> list[Mention]:
        """The carrier of an occasion that opens the sentence before the verb at token i: "وفي
        تصريح لـ«النهار»، قال فلان إن …" (the paper carried his words)."""
        tokens = self.tokens
        if i < 4 or _strip_conj(tokens[0].norm) != "في" or tokens[1].norm not in lx.OCCASIONS:
            return []
        if not tokens[2].norm.startswith("ل") or not self._carrier_at(2):
            return []
        carrier, after = self.read_carrier(2)
        if carrier is None or after + 1 != i or tokens[after].text not in "،,":
            return []
        return [carrier]

    def _fronted_speaker(self, i: int) -> Mention | None:
        """The one whose statement an occasion opening the sentence names right before the
        verb at token i, which has no subject of its own: "وفي تصريح سابق لوزير الخارجية فلان
        قال إنه …" (his words, not the last speaker's); a medium there only carried them
        (``_fronted_carrier``)."""
        tokens = self.tokens
        if i < FRONTED_SPEAKER_AT or _strip_conj(tokens[0].norm) != "في":
            return None
        if tokens[1].norm not in lx.OCCASIONS:
            return None
        k = 2 if tokens[2].norm.startswith("ل") else 3  # "في تصريح سابق لـ…": one adjective
        if k >= i or not tokens[k].norm.startswith("ل") or self._carrier_at(k):
            return None
        mention, after = self.read_carrier(k)
        if mention is None or mention.kind not in _FRONTED_KINDS:
            return None
        if after == i or (after + 1 == i and tokens[after].text in "،,"):
            return mention
        return None

    def _pluperfect_subject_before(self, i: int) -> bool:
        """ "كان فلان قد" right before the verb at i: a subject of a few words between them
        ("وكان فلان قال خلال مقابلة …" has no قد: the subject stands before the verb all the
        same)."""
        if i < 2:
            return False
        qad = self.tokens[i - 1].norm in _PERFECT_PARTICLES
        # "وكان فلان، أكد …": a comma may set the subject off from its verb, and from its قد
        # ("وكان المتحدث باسم الشركة، قد أكد …").
        bare_verb = self.tokens[i].norm == _strip_conj(self.tokens[i].norm)
        comma = not qad and bare_verb and self._comma_before(i)
        last = i - 2 if qad or comma else i - 1
        if qad and self._comma_before(i - 1):
            last -= 1
        k = last  # the subject's last word
        while k > 0 and last - k < MAX_PLUPERFECT_SUBJECT and self._subject_token(k):
            if _strip_conj(self.tokens[k - 1].norm) in _BEING:
                if not self._whole_quotes(k, last + 1):
                    return False  # "«… مهما كانت النتائج»، قال فلان": a quotation's end
                # With no قد, only words that read as a voice are the subject ("وكان لافتا
                # قبل يومين نشر صحيفة …" opens with no subject at all).
                return qad or self._reads_as_voice(k, last + 1)
            k -= 1
        return False

    def _subject_token(self, k: int) -> bool:
        """Token k may stand in a pluperfect subject: a word, or the quotation marks of a
        name ("وكان المتحدث باسم الحركة «فلان الفلاني»، أكد …")."""
        tok = self.tokens[k]
        return tok.is_word or tok.text in OPENING_QUOTES or tok.text in CLOSING_QUOTES

    def _whole_quotes(self, start: int, end: int) -> bool:
        """Tokens start..end open as many quotation marks as they close: a quoted name whole
        ("«فلان»"), not the tail of a quotation that opened before them."""
        depth = 0
        for tok in self.tokens[start:end]:
            opens, closes = tok.text in OPENING_QUOTES, tok.text in CLOSING_QUOTES
            if opens and (not closes or depth == 0):
                depth += 1  # ('"' and "“" both open and close: open when none is open)
            elif closes:
                depth -= 1
                if depth < 0:
                    return False
        return depth == 0

    def _reads_as_voice(self, start: int, end: int) -> bool:
        """Tokens start..end are a voice, read whole: a bare name of two words at most, else
        as the lexicon knows one (a longer bare phrase may be a clause: "كان الرئيس سيحضر
        القمة")."""
        if any(_present_verb_like(t.norm) for t in self.tokens[start:end]):
            return False  # "كان الرئيس سيحضر القمة": a verb of its own, a clause
        return self._whole_voice(start, end, bare=end - start <= MAX_BARE_PLUPERFECT) is not None

    def _bare_after_back_reference(self, i: int, content_at: int | None) -> bool:
        """The verb at i has ذلك/بذلك after it, and the content read is opened by no
        complementiser, colon or quotation mark."""
        tokens = self.tokens
        if i + 1 >= len(tokens) or tokens[i + 1].norm not in _BACK_REFERENCES:
            return False
        if i + 2 < len(tokens) and tokens[i + 2].norm.startswith("ال"):
            if not self._opens_voice(i + 2):
                return False  # "أنكر هذا الرقم": "this figure" is what he denied
        if content_at is None or content_at == _GIVE_UP or not 0 < content_at < len(tokens):
            return False
        before, here = tokens[content_at - 1], tokens[content_at]
        opened = before.norm in lx.COMPLEMENTISERS or before.text == ":"
        return not (opened or here.text in OPENING_QUOTES or before.text in OPENING_QUOTES)

    def _leading_as(self, spot: _Spot, voice: Mention | None, after: int) -> bool:
        """ "وكما ذكرت الصحيفة، …": كما opening the sentence before the verb, a voice, then a
        comma and a clause with no complementiser: the credit leads what follows it."""
        tokens = self.tokens
        return (
            spot.i == 1
            and voice is not None
            and _strip_conj(tokens[0].norm) == "كما"
            and after + 1 < len(tokens)
            and tokens[after].text in "،,"
            and tokens[after + 1].is_word
            and tokens[after + 1].norm not in _TITLES  # "كما أكد المستشار، العميد فلان، …"
            and not given_name(tokens[after + 1].norm)
            and not any(s.i > after for s in self.spots)  # no report of its own follows
        )

    def _back_after_comma(self, i: int) -> bool:
        """The verb at i follows a comma and has ذلك/بذلك after it: "…، أوضح ذلك فلان"."""
        return (
            i > 1
            and i + 1 < len(self.tokens)
            and self.tokens[i - 1].text in "،,"
            and self.tokens[i + 1].norm in _BACK_REFERENCES
        )

    def _credit_after_comma(
        self, spot: _Spot, k: int, carriers: list[Mention], inner: list[Mention]
    ) -> RawAttribution | None:
        """ "…، أوضح ذلك المتحدث باسم الدفاع المدني فلان.": after a comma, a verb with ذلك and
        a voice that closes the sentence (or a participle of his after it) credit the clause
        before the comma, as "…، كما أعلنت الوزارة." does."""
        tokens = self.tokens
        end = next(
            (
                j
                for j in range(k, len(tokens))
                if tokens[j].text in "،,." or tokens[j].norm in lx.ADVERBS
            ),
            len(tokens),
        )
        voice = read_voice(self.text, tokens[k:end], self.known, allow_bare_name=False)
        if voice is None:
            return None
        alone = self._nothing_after(end)
        if not alone and not self._participle_after(end):
            return None
        span = self._preposition_content(spot.i, end if alone else len(self.tokens))
        return None if span is None else self._found(voice, carriers, inner, spot.i, span, spot.cue)

    def _voice_to_comma(self, k: int) -> tuple[Mention, int] | None:
        """The voice read from token k up to the first comma or the sentence's end, and the
        index after it."""
        tokens = self.tokens
        stop = next((j for j in range(k, len(tokens)) if tokens[j].text in "،,."), len(tokens))
        voice = read_voice(self.text, tokens[k:stop], self.known, allow_bare_name=False)
        if voice is None:
            return self._name_then_apposed_title(k, stop)
        return voice, stop

    def _back_pointing_name(self, spot: _Spot, k: int) -> tuple[Mention, int] | None:
        """After "ذكر ذلك" opening the sentence, a name up to a comma and his title set off
        after it, with nothing or his participle after them: the voice pointing back."""
        if spot.i + 1 >= len(self.tokens) or self.tokens[spot.i + 1].norm not in _BACK_REFERENCES:
            return None
        comma = next((j for j in range(k, len(self.tokens)) if not self.tokens[j].is_word), None)
        named = None if comma is None else self._name_then_apposed_title(k, comma)
        return named if named is not None and self._points_back(spot, *named) else None

    def _name_then_apposed_title(self, k: int, comma: int) -> tuple[Mention, int] | None:
        """ "ذكر ذلك فلان الفلاني، مدير الإعلام بالأمانة، مبينا …": a name alone up to the
        comma, then his title set off up to the next comma or the end; the voice is the name
        described by that title, and the index after the title."""
        tokens = self.tokens
        title = comma + 1
        if (
            title >= len(tokens)
            or tokens[comma].text not in "،,"
            or tokens[title].norm not in _TITLES
        ):
            return None
        if not any(given_name(t.norm) for t in tokens[k:comma]):
            return None
        end = next((j for j in range(title, len(tokens)) if tokens[j].text in "،,."), len(tokens))
        voice = read_voice(
            self.text, [*tokens[k:comma], *tokens[title:end]], self.known, allow_bare_name=False
        )
        if voice is None or voice.kind not in (SourceKind.PERSON, SourceKind.OFFICIAL):
            return None
        return voice, end

    def _points_back(self, spot: _Spot, voice: Mention | None, after: int) -> bool:
        """ "أوضح ذلك المتحدث فلان." opening its sentence: ذلك after the verb, a named voice,
        and nothing after it but time words or a clause of its own ("، مشيرا إلى أن …")."""
        i = spot.i
        return (
            i == 0
            and voice is not None
            and i + 1 < len(self.tokens)
            and self.tokens[i + 1].norm in _BACK_REFERENCES
            and (
                self._nothing_after(after)
                or self._about_the_voice_after(after)
                or self._relative_on_the_voice(after)
            )
        )

    def _apposed_title_after(self, after: int) -> tuple[Mention, int] | None:
        """After a voice that is only a title, a comma, then a second title with the holder's
        name up to the next comma or the end ("…، رئيس اللجنة الدكتور فلان الفلاني،"): that
        named person, and the index after him; else None."""
        tokens = self.tokens
        k = after + 1
        if k >= len(tokens) or tokens[after].text not in "،," or tokens[k].norm not in _TITLES:
            return None
        stop = next((j for j in range(k, len(tokens)) if tokens[j].text in "،,."), len(tokens))
        voice = read_voice(self.text, tokens[k:stop], self.known, allow_bare_name=False)
        if voice is None or voice.kind not in (SourceKind.PERSON, SourceKind.OFFICIAL):
            return None
        if not any(map(given_name, fold(voice.name).split())):
            return None  # a title alone, no name: not the same man named
        return voice, stop

    def _relative_on_the_voice(self, after: int) -> bool:
        """ "صرح بذلك المتحدث فلان الذي أوضح أن …": a relative right after the voice, with
        no comma, tells what else he said or did; the verb with ذلك still points back."""
        return after < len(self.tokens) and self.tokens[after].norm in _WHO

    def _about_the_voice_after(self, after: int) -> bool:
        """ "أوضح ذلك فلان، والذي هنأ الطلاب …": a comma, then a relative clause on the voice
        (what else he did), no content of the verb's."""
        tokens = self.tokens
        return (
            after + 1 < len(tokens)
            and tokens[after].text in "،,"
            and _strip_conj(tokens[after + 1].norm) in _WHO
        )

    def _trailing_as(self, spot: _Spot, voice: Mention | None, after: int) -> bool:
        """ "…، كما أعلنت الوزارة أمس.": كما after a comma, a voice that is no bare name (a bare
        name may have swallowed the verb's object: "كما أعلنت البلاد الحداد"), and nothing but
        time words after it."""
        i = spot.i
        titled = voice is not None and (
            voice.kind is not SourceKind.PERSON
            or bool(voice.descriptor)
            or _full_name(voice)
            or _kin_told_of(voice)
            or self._speaker_named_in_full(voice, after)
        )
        after = self._past_carriers(after)  # "…، كما قال المتحدث لوكالة «الأنباء».": he told it
        after = self._past_relay(after)  # "…، كما قالت الوكالة نقلا عن مصادر أمنية."
        return (
            titled
            and i >= 2
            and _strip_conj(self.tokens[i - 1].norm) == "كما"
            and (self.tokens[i - 2].text in "،," or _as_closing(self.tokens, i))
            and (
                self._nothing_after(after)
                or self._participle_after(after)
                or self._writer_clause_after(after)
            )
        )

    def _speaker_named_in_full(self, voice: Mention, after: int) -> bool:
        """A bare person's word that closes a full name given earlier ("سامر القيسي" or "جون
        بول ميلر" before "…، كما قال القيسي."), with only time words after it to the end of
        the sentence: that man named again, no swallowed object, no aside before a clause."""
        words = voice.surface.split()
        rest = self.tokens[self._past_time_words(after) :]
        return (
            voice.kind is SourceKind.PERSON
            and len(words) == 1
            and not any(t.is_word for t in rest)
            and self._closes_name_before(words[0], voice.start, middle=1)
        )

    def _news_agency_tail(self, index: int, k: int) -> bool:
        """Token k is "للأنباء" closing an agency's name from ``index``: "وكالة" and one or two
        words of its name before it ("وكالة سوغان للأنباء"), not whom a voice told."""
        if k - index not in (2, 3) or self.tokens[k].norm not in _AGENCY_NEWS:
            return False
        head = _strip_conj(self.tokens[index].norm)
        if head[:1] == "ل" and head[1:] in lx.AGENCY_HEADS:
            head = head[1:]  # "لوكالة سوغان للأنباء": the medium that carried the words
        return head in lx.AGENCY_HEADS and all(t.is_word for t in self.tokens[index + 1 : k])

    def _past_relay(self, k: int) -> int:
        """The index after "نقلا عن Y" starting at token k (``_relayed_after``), k if none."""
        relaying = self._relayed_after(k)
        return k if relaying is None else relaying[1]

    def _trailing_relayed(self, after: int, inner: list[Mention]) -> int:
        """ "…، كما قالت الوكالة نقلا عن مصادر أمنية.": the voice of a trailing "كما" cue,
        ending at token ``after``, relays the one "نقلا عن" names; that voice joins ``inner``
        and its cue is read no more. The index after the relay, ``after`` if there is none."""
        at = self._past_carriers(after)
        relaying = self._relayed_after(at)
        if relaying is None:
            return after
        inner.append(relaying[0])
        self.consumed.add(at)
        return relaying[1]

    def _past_carriers(self, k: int) -> int:
        """The index after the media ("لوكالة …", "لـ«…»") that start at token k, k if none."""
        while k < len(self.tokens) and self.tokens[k].norm.startswith("ل") and self._carrier_at(k):
            nxt = self.read_carrier(k)[1]
            if nxt <= k:
                break
            k = nxt
        return k

    def _participle_after(self, k: int) -> bool:
        """Only an aside in brackets and a comma stand between the voice ending at k and a
        participle cue: "…، كما يوضح المخرج فلان (رئيس اللجنة)، موضحا أن …"; the participle
        goes on for him, and the clause before كما is what he explains."""
        if k < len(self.tokens) and self.tokens[k].text == "(":
            k = self._aside_end(k) or k
        while k < len(self.tokens) and self.tokens[k].text in "،,":
            k += 1
        spot = self.spot_at.get(k)
        return spot is not None and spot.cue.cls is lx.CueClass.PARTICIPLE

    def _after_verb_adverbs(self, k: int) -> int:
        """Skip adverbs and commas right after a verb: "وقال أيضا، إن …" (stops before "، إن"),
        and a participle of manner with its object when the content opens soon after it
        ("وأضاف مخاطبا البرلمان أن …": the speaker is the one named before)."""
        k = self._after_manner(k)
        while k < len(self.tokens):
            timed = self._time_phrase_at(k)
            if timed:
                k += timed  # "وقالت في وقت سابق فلانة: …", "وقال في الأسبوع الماضي الوزير …"
                continue
            norm = self.tokens[k].norm
            if norm == "من" and self._next_norm(k) in lx.PRONOUN_LEADS:
                k += 2  # "وأكد من جانبه أن …", "فلان أكد من جهته أن …": on his part
                continue
            if other_side_at(self.tokens, k):
                k += 3  # "وأكد من جهة أخرى أن …": on the other hand
                continue
            if norm not in lx.ADVERBS and norm not in _RECENTLY and self.tokens[k].text not in "،,":
                break
            if (
                self.tokens[k].text in "،,"
                and k + 1 < len(self.tokens)
                and (self.tokens[k + 1].norm in lx.COMPLEMENTISERS)
            ):
                break
            k += 1
        return k

    def _this_time_after_saying(self, k: int) -> bool:
        """ "هذا الأسبوع" at token k right after "قوله"/"قولها": when the relayed voice spoke
        ("نقلت الصحيفة عن مسؤول قوله هذا الشهر إن …"). Not after any word: "نشرت نتائجه هذا
        الشهر أن …" is a passive, whose subject is no voice."""
        tokens = self.tokens
        if not k or tokens[k - 1].norm not in lx.PRONOUN_NOUNS:
            return False
        return self._this_span_at(k)

    def _this_span_at(self, k: int) -> bool:
        """ "هذا الأسبوع", "هذه الليلة" at token k: a demonstrative before a span of time."""
        tokens = self.tokens
        return k + 1 < len(tokens) and tokens[k].norm in _THIS_TIME and tokens[k + 1].norm in _SPANS

    def _time_phrase_at(self, k: int) -> int:
        """The length of a time phrase at token k, else 0: "في وقت سابق/لاحق" (with "من" and
        a word of time after it: "في وقت سابق من اليوم"), "في" before a definite word of time
        ("في الأسبوع الماضي": the adverbs after it are skipped next), "قبل/منذ أيام (قليلة)"."""
        tokens = self.tokens
        if k + 2 < len(tokens) and tokens[k].norm in _AGO and tokens[k + 1].norm in _DURATIONS:
            return 3 if tokens[k + 2].norm in _FEW else 2  # "وأكد قبل أيام قليلة أنه …"
        if k + 2 >= len(tokens) or tokens[k].norm != "في":
            return 0
        if tokens[k + 1].norm in _SOME_TIME and tokens[k + 2].norm in _TIME_SIDES:
            of_day = k + 4 < len(tokens) and tokens[k + 3].norm == "من"
            return 5 if of_day and tokens[k + 4].norm in lx.ADVERBS else 3
        here = tokens[k + 1].norm
        return 1 if here in lx.ADVERBS and here.startswith("ال") else 0

    def _after_manner(self, k: int) -> int:
        """The token after a participle of manner at k and its object, when a complementiser
        follows within ``MAX_PARTICIPLE_LEAD`` words; else k."""
        here = self.tokens[k : k + 2]
        counted = len(here) == 2 and here[1].norm == "عدد" and self._next_norm(k + 1) == "من"
        if len(here) == 2 and here[0].norm in _IN_IT and (self._opens_voice(k + 1) or counted):
            return k + 1  # "في وقت قال فيه مسؤول إن …": the subject follows "in it"
        if len(here) == 2 and here[0].norm in _IN_IT and _time_clause(self.tokens, k - 1):
            return k + 1  # "في الوقت الذي لفت فيه البيان": "in it" is the time, any subject
        if not here or not (circumstantial(here[0].norm) or no_voice_opening(here)):
            return k  # "أعرب خلاله عن أن", "لفت النظر إلى أن" are stepped over too
        for j in range(k + 1, min(len(self.tokens), k + MAX_PARTICIPLE_LEAD + 2)):
            if self.tokens[j].norm in lx.COMPLEMENTISERS:
                return j
            if j == k + 1 and self.tokens[j].text == ":" and k and self._relative_before(k - 1):
                return j  # "فلان الذي قال مؤكدا: …": the antecedent speaks, his words follow
            if not self.tokens[j].is_word:
                break
        return k

    def _before_subject(self, k: int, cue: lx.Cue, carriers: list[Mention]) -> int:
        """Step over what may stand between a verb and a subject after it: "أوضح ذلك
        [لـ«الوادي»] مصدر مسؤول أن …", "وقال له رئيس اللجنة: …" (the carrier is kept)."""
        tokens = self.tokens
        if k + 1 < len(tokens) and tokens[k].norm in _BACK_REFERENCES:
            if tokens[k + 1].is_word and tokens[k + 1].norm not in lx.COMPLEMENTISERS:
                k += 1  # "أوضح ذلك": the object points back; the subject may still follow
        if k + 1 >= len(tokens) or cue.strict:
            return k
        if tokens[k].norm in _OBJECT_PRONOUNS:
            return k + 1 if self._opens_voice(k + 1) else k
        if tokens[k].norm.startswith("ل") and self._carrier_at(k):
            carrier, after = self.read_carrier(k)
            if after + 1 < len(tokens) and tokens[after].text in "،,":
                after += 1  # "ويوضح لـ«الوادي»، فلان الخبير أن …": a comma after the medium
            if carrier is not None and after < len(tokens) and self._opens_voice_here(after, cue):
                carriers.append(carrier)
                return after
        if _addressed_group(tokens[k].norm):
            end = self.phrase_end(k, verb=cue)
            if end < len(tokens) and tokens[end].text == ":":
                return end  # "وقال لشباب المنطقة: «…»": whom he told; the speaker before speaks on
        return k

    def _opens_voice_here(self, k: int, cue: lx.Cue) -> bool:
        """A voice begins at token k, after a carrier: a word that opens voices, or any phrase
        that the content follows ("قال لـ«الوادي» التاجر فلان إن …")."""
        if self._opens_voice(k):
            return True
        end = self.phrase_end(k, verb=cue)
        window = self.tokens[end : end + MAX_PARTICIPLE_LEAD + 1]
        if k < end and any(t.norm in lx.COMPLEMENTISERS or t.text == ":" for t in window):
            return True
        # "أوضح لـ«الوادي» زعيبل الهاشمي، المتحدث باسم البلدية، أن …": a name we do not list,
        # then its title between commas.
        return (
            k < end <= k + MAX_APPOSED_NAME
            and end + 1 < len(self.tokens)
            and self.tokens[end].text in "،,"
            and self.tokens[end + 1].norm in _TITLES
        )

    def _imam_at(self, k: int) -> bool:
        """ "إمام" (an imam) folds like "أمام" (before): "وكشف إمام وخطيب المسجد …" names
        the speaker. Written with hamza below, or before a mosque or "وخطيب", it is the imam."""
        text = _strip_conj(self.tokens[k].text)
        if text.startswith("إ"):
            return True
        return text.startswith("ا") and self._next_norm(k) in OF_A_MOSQUE

    def _subject_after_occasion(
        self, k: int, cue: lx.Cue, carriers: list[Mention]
    ) -> tuple[Mention | None, int] | None:
        """The subject after an occasion opened by the preposition at k: "في/خلال المؤتمر
        الصحفي وزير النقل فلان", up to ``MAX_OCCASION_WORDS`` words of a definite or described
        occasion. None when the occasion is his own ("خلال لقائه وزير …": whom he met), a
        genitive ("خلال مؤتمر وزير النقل": whose conference) or no voice follows."""
        tokens = self.tokens
        for j in range(k + 2, min(len(tokens), k + 2 + MAX_OCCASION_WORDS)):
            here, before = tokens[j], tokens[j - 1]
            if not here.is_word or here.norm in lx.COMPLEMENTISERS or _possessed(before):
                return None
            described = before.norm.startswith("ال") or nisba(before.norm)
            if self._opens_voice(j) and described and not nisba(here.norm):
                # ("في المؤتمر الصحفي وزير …": "الصحفي" describes the occasion)
                read = self._verb_subject(j, cue, carriers)
                if read is None or read[0] is None or read[0].kind not in _TELLERS:
                    return None
                name = read[0].name
                # ("في كلمة ألقاها نيابة عن …": "on behalf of", no body named "نيابة")
                return read if " " in name or name.startswith("ال") else None
        return None

    def _timed_event(self, k: int) -> bool:
        """A definite event or "ذلك" at token k after a word of time, with a complementiser
        right after it: "وأضاف بعد الاجتماع أن …", "وأعلنت بعد ذلك أن …" (when the speaker
        named before spoke; a subject never opens with "بعد")."""
        norm = self.tokens[k].norm
        if not (norm.startswith("ال") or norm in _THAT_TIME):
            return False
        return self._next_norm(k) in lx.COMPLEMENTISERS

    def _colon_then_quote(self, k: int) -> bool:
        """A colon at token k with a quotation opening right after it."""
        if k + 1 >= len(self.tokens) or self.tokens[k].text != ":":
            return False
        return self.tokens[k + 1].text in OPENING_QUOTES and self.quote_at(k + 1) is not None

    def _when_then_that(self, k: int) -> bool:
        """A word of time at token k with its event and a complementiser right after: "قبل
        الجلسة بأن …", "بعد ذلك أن …"."""
        if self.tokens[k].norm not in _AT_TIME or k + 1 >= len(self.tokens):
            return False
        return self._timed_event(k + 1)

    def _opens_voice(self, k: int) -> bool:
        """True when token k can begin a voice: a title, an unnamed head, a body or a name."""
        norm = self.tokens[k].norm
        return (
            norm in _TITLES
            or norm in lx.ANONYMOUS_HEADS
            or norm in lx.BODY_HEADS
            or given_name(norm)
        )

    def _verb_subject(
        self, k: int, cue: lx.Cue, carriers: list[Mention]
    ) -> tuple[Mention | None, int] | None:
        """The subject after a verb-first cue: "قال المتحدث باسم الوزارة إن" → the spokesman.

        Returns (subject or None when the verb has none here, index after it), or None when a
        phrase stands where the subject should be but names no voice ("قال ردا على …").
        """
        if k >= len(self.tokens):
            return None, k
        tok = self.tokens[k]
        starts_modifier = (
            (tok.norm in _LINKERS and not self._is_ali(k))
            or tok.norm in _OBJECT_PRONOUNS
            or (tok.norm == "من" and cue.lemma in lx.MIN_CONTENT_VERBS)
            or tok.norm.startswith(_MANNER_PREFIXES)
            or tok.norm == _IN_A_WAY
            or _purpose_verb(tok.norm)
            or tok.norm in _RESTING_ON  # "… ذكرت أمس استنادا إلى …": its source, not its voice
            or (cue.stance is Stance.DENIES and self._denied_object(tok.norm))
            or (cue.stance is Stance.DENIES and self._denied_act_at(k))
            or (cue.lemma == _INFORMING and self._told_with_ba(k))
            or (tok.norm in lx.COMPLEMENTISERS and not self._particle_subject_at(k))
            or (tok.norm.startswith("ل") and self._carrier_at(k))
            or tok.text in ":"
            or (tok.text in OPENING_QUOTES and not self._quoted_subject(k, cue))
            or self._bare_content_at(k, cue)
            or self._content_noun_at(k, cue)
        )
        # "قال للصحفيين", "قال لمجلس …": a subject never carries ل; these are addressed.
        addressed = (
            tok.norm.startswith("لل")
            or (tok.norm[:1] == "ل" and _strip_conj(tok.norm[1:]) in _TITLE_OR_BODY_HEADS)
            or _addressed_group(tok.norm)
        )
        if _strip_conj(tok.norm) == "نقلا" and self._next_norm(k) in lx.RELAYED_PRONOUNS:
            # "وأضافت نقلا عنه أن …": the one quoted is the speaker named before; the verb has
            # no subject of its own here (as in "نقلت عنه").
            return None, k + 2
        if tok.norm in _ABOUT_IT and self._subject_follows(k + 1):
            # "وهو الوضع الذي قالت عنه الوزيرة فلانة إنه …": what was spoken about, then the
            # subject.
            return self._verb_subject(k + 1, cue, carriers)
        if cue.lemma == _RESTATED and tok.norm in _RESTATING_NOUNS:
            # "وجدد التأكيد على أن …": the speaker named before restated it
            return None, self._restated_noun_phrase(k + 1) or k + 1
        if tok.norm == "من" and self._next_norm(k) in _THROUGH_IT:
            return None, k + 2  # "وأكدت من خلاله أن …": through the statement named before
        at_time = tok.norm in _AT_TIME and k + 1 < len(self.tokens)
        at_time = at_time and (_possessed(self.tokens[k + 1]) or self._when_then_that(k))
        at_time = at_time or tok.norm in _DURING_IT  # "قال أثناء زيارته …"
        if (_strip_conj(tok.norm) in _OCCASION_LINKS or at_time) and not self._imam_at(k):
            # "وقال خلال المؤتمر وزير النقل فلان إن …": the occasion, then the subject; with
            # none after it ("وأضاف أمام المؤتمر: «…»"), the speaker is the one named before.
            return self._subject_after_occasion(k, cue, carriers) or (None, k)
        if starts_modifier and tok.text in OPENING_QUOTES:
            named_first = self._quoted_name_then_words(k, cue)
            if named_first is not None:
                return named_first
        if starts_modifier or tok.norm in _PRONOUN_OBJECTS or addressed:
            return None, k  # "قال فيها": the voice is the one the sentence already has
        if self._scripture_at(k):
            return None  # "قال تعالى", "قال صلى الله عليه وسلم": scripture, not a news claim
        if tok.norm in _HONORIFIC_PRONOUNS or tok.norm in _BY_SAYING:
            return None, k + 1  # "وأكد سموه": "his highness" refers back to the speaker
        if self._on_this_at(k):
            # "وأضاف بهذا الخصوص: …", "وقال بهذا الصدد مدير الإدارة فلان إن …": in what
            # regard the voice spoke, then its subject or (none here) the speaker before.
            return self._verb_subject(k + 2, cue, carriers)
        quote = self.quote_at(k) if tok.text in OPENING_QUOTES else None
        if quote is not None:
            # "وتابع «حمدان»: إن …", "قالت «الوادي» أكبر شركة … بأنها": a quoted name.
            after = self.index_at(quote[1] + 1)
            named = read_voice(self.text, self.tokens[k:after], self.known, allow_bare_name=True)
            told_first = self._teller_after_medium(after, cue, named, carriers)
            if told_first is not None:
                return told_first
            if named is not None and cue.gender == "m" and named.kind is SourceKind.OUTLET:
                named = self._quoted_person(k, after, cue) or named
            elif (
                named is not None
                and named.kind is SourceKind.OUTLET
                and self._comma_then_title(after)
            ):
                # 'وقالت "فلانة"، مديرة الحديقة: …': a quoted name with a title after it is a
                # person's (a paper has none)
                named = replace(named, kind=SourceKind.PERSON)
            return None if named is None else (named, after)
        if self._object_described_first(k, cue):
            return None, k  # "وكان الوزير فلان وصف الاتفاق بأنه …": the subject came before
        if self._thing_described_first(k, cue):
            # "ووصف مشروع الطريق بأنه …": a thing is described; he spoke before, in this
            # sentence. With no one speaking in it, "ووُصف" may be a passive: no voice.
            return (None, k) if self._speaker_before_verb(k) else None
        if cue.lemma in _TELLING and _possessed(tok) and not given_name(tok.norm):
            return None, k + 1  # "أخبر أصدقاءه بأنه …": whom he told; he spoke before
        if cue.gender == "p" and tok.is_word and not given_name(tok.norm):
            # "وأعلنوا الإضراب": a verb that shows a plural is never followed by its subject
            # (that one takes a singular verb); a noun there is its object, and the verb
            # reports nothing ("وأكدوا جميعا أن": an adverb, the speakers went before).
            adverb = tok.norm in lx.ADVERBS or tok.text.endswith(("ا", "اً", "ً"))
            return (None, k) if adverb else None
        group = share_of_group([t.norm for t in self.tokens[k : k + MAX_SHARE_WORDS]])
        if group is not None:
            # "وقال 64 في المائة من المزارعين إن …": the share's figure and sign stop no phrase
            end = self.phrase_end(k + group, verb=cue)
            share = read_voice(
                self.text, self.tokens[k:end], self.known, allow_bare_name=False, gender=cue.gender
            )
            if share is not None:
                return share, end
        plain_end = self._before_estimated(k, self.phrase_end(k, verb=cue), cue)
        end = self._apposed_name(plain_end, k)
        aged = self.age_end(end) if end < len(self.tokens) else None
        news_object = tok.norm in _NEWS_OBJECTS and self._next_norm(k) not in _ISSUED_BY
        obtained = end < len(self.tokens) and self.tokens[end].norm in _OBTAINED
        past = self._obtained_end(end) if obtained else end  # "تقرير حصلت عليه الصحيفة أن"
        while past < len(self.tokens) and (
            self.tokens[past].text in "،," or (news_object and self.tokens[past].norm in lx.ADVERBS)
        ):
            # "ويقول تقرير «الهيئة»، إن …": a comma before the content; "ذكر تقرير إخباري
            # اليوم أن …": the day the report came out
            past += 1
        if news_object and not cue.takes_an and not self._content_at(past):
            return None  # "كما أكد خبرَ الوفاة عددٌ من …": the object comes first; no voice here
        if end == k:
            return None, k
        told = self._told_medium(k, end, cue) if cue.lemma in _TELLING else None
        if told is not None:
            person, medium = told
            carriers.append(medium)
            return person, aged or end
        teller = self._teller_before_body(k, end, cue) if cue.lemma in _TELLING else None
        if teller is not None:
            return teller, aged or end
        subject = read_voice(
            self.text, self.tokens[k:end], self.known, allow_bare_name=True, gender=cue.gender
        )
        if end != plain_end and (
            subject is None
            or subject.kind not in _PEOPLE_KINDS
            or subject.kind is SourceKind.ANONYMOUS  # "عضو اللجنة، النائبة فلانة، أن"
        ):
            subject = self._apposed_person(k, end, cue) or subject
        if subject is None:
            subject = self._described_subject(k, end, cue)
        unnamed = (
            subject is not None and subject.kind in _PEOPLE_KINDS and not _has_given_name(subject)
        )
        # (not "متحدث باسم الرئيس فلان": the name there is his principal's, see principal_named)
        unnamed = unnamed and not principal_named([t.norm for t in self.tokens[k:end]])
        if subject is None or unnamed:
            chained = self._name_closing_titles(k, end, cue)
            if chained is not None:
                return chained
        if subject is not None and subject.kind is SourceKind.DOCUMENT:
            return self._document_subject(subject, end, carriers)
        return None if subject is None else (subject, aged or end)

    def _teller_after_medium(
        self, after: int, cue: lx.Cue, medium: Mention | None, carriers: list[Mention]
    ) -> tuple[Mention | None, int] | None:
        """A verb of telling whose object, a quoted outlet or agency, stands before its subject:
        "أبلغ «الوادي» مصدر في الشركة أن …" is the source, carried by the paper it told (the
        paper is dropped later when it is the publisher). None when no teller follows."""
        if cue.lemma not in _TELLING or medium is None:
            return None
        if medium.kind not in (SourceKind.OUTLET, SourceKind.AGENCY, None):
            return None  # (None: the registry's own entry, of its own kind)
        if after >= len(self.tokens) or not self.tokens[after].is_word:
            return None
        teller = self._verb_subject(after, cue, carriers)
        if teller is None or teller[0] is None or teller[0].kind not in _TELLERS:
            return None
        carriers.append(medium)
        return teller

    def _scripture_at(self, k: int) -> bool:
        """ "قال تعالى", "قال عز وجل", "قال عز من قائل", "قال صلى الله عليه وسلم": scripture
        follows; "قال عز الدين الهاشمي" is a man named عز الدين."""
        norm, nxt = self.tokens[k].norm, self._next_norm(k)
        if norm == "عز":
            return nxt != "الدين"  # "عز وجل", "عز من قائل"
        if norm == "الله":
            return True  # "قال الله تعالى (…)": a verse quoted inside a speaker's words
        if norm in _PROPHET and self._blessed_at(k + 1):
            return True  # "قال نبيّنا، صلّى الله عليه …: «…»": a hadith
        if norm in _IN_A_SURA:
            return True  # "يقول بسورة النساء: (…)": a verse cited by its sura
        return norm in _SCRIPTURE or (norm == "صلي" and nxt == "الله")

    def _blessed_at(self, k: int) -> bool:
        """The blessing on the Prophet opens within a few tokens of k ("الله ــ صلى الله")."""
        window = self.tokens[k : k + MAX_BLESSING_LEAD]
        return any(t.norm == "صلي" for t in window)

    def _scripture_before(self, i: int) -> bool:
        """The words just before the verb at token i close a divine or prophetic formula:
        "… سبحانه وتعالى يقول", "… عليه وسلّم يقول" (scripture, no
        news claim)."""
        words = [t.norm for t in self.tokens[max(0, i - MAX_BLESSING_LEAD) : i] if t.is_word]
        return bool(words) and {words[-1], _strip_conj(words[-1])} & _FORMULA_ENDS != set()

    def _content_noun_at(self, k: int, cue: lx.Cue) -> bool:
        """A noun of stance or event right after the verb opens its content, and the verb has no
        subject here: "وأكد جاهزية الفريق للمباراة" (the speaker is the one before, never
        "جاهزية")."""
        norm = self.tokens[k].norm
        if _stressed(norm, cue):
            return True
        if k > 0 and self._own_event_only(k) and not self._opens_clause(k - 1):
            return False  # "بواسطة شاحنات تعلن وصولها": a verb describing the noun before
        return cue.lemma in lx.NP_CONTENT_VERBS and _event_noun(norm)

    def _subject_follows(self, k: int) -> bool:
        """A word that may open a subject stands at k: no complementiser, punctuation, cue or
        preposition ("قال عنه إنه …" has none)."""
        if k >= len(self.tokens):
            return False
        tok = self.tokens[k]
        norm = tok.norm
        if not tok.is_word or norm in lx.COMPLEMENTISERS or norm in _LINKERS:
            return False
        return not self._is_spot(k) and norm not in _PRONOUN_OBJECTS

    def _document_subject(
        self, document: Mention, end: int, carriers: list[Mention]
    ) -> tuple[Mention, int]:
        """A document as a verb's subject, with the voice its relative clause names: the issuer
        speaks ("البيان الذي أصدرته الوزارة"); a publisher carries it ("الذي نشرته الوكالة")."""
        clause = self._document_issuer(end)
        if clause is None:
            return document, end
        voice, after, issued = clause
        if issued:
            return voice, after
        carriers.append(voice)
        return document, after

    def _document_issuer(self, end: int) -> tuple[Mention, int, bool] | None:
        """The voice named in a relative clause after a document: "وقال البيان الذي أصدرته
        الوزارة" (issued: the ministry is the author) or "الذي نشرته الوكالة" (published: the
        agency carried it). Returns (that voice, index after it, issued), or None."""
        tokens = self.tokens
        end = _past_aside_comma(tokens, end)
        if end + 2 >= len(tokens) or tokens[end].norm not in _RELATIVE_PRONOUNS:
            return None
        verb = tokens[end + 1].norm
        authored = verb in _ISSUING_VERBS or verb in _PREPARING_VERBS
        if not authored and verb not in _PUBLISHING_VERBS:
            return None
        start = end + 2
        stop = self._quoted_name_end(start)
        # (a quoted name is read without its marks: "«شركة الواحة للاستثمار»")
        span = (
            tokens[start + 1 : stop - 1]
            if stop
            else tokens[start : self.phrase_end(start, verb=None)]
        )
        stop = stop or start + len(span)
        if not span:
            return None
        named = read_voice(self.text, span, self.known, allow_bare_name=False)
        if named is None or named.kind is SourceKind.DOCUMENT:
            return None
        return named, stop, authored or _publishes_its_own(named)

    def _quoted_name_end(self, start: int) -> int:
        """The index after a short quotation at start, a name in quotation marks ("الذي أعدته
        «شركة الواحة للاستثمار»"); 0 when none opens there."""
        quote = self.quote_at(start)
        if quote is None:
            return 0
        words = self.text[quote[0] + 1 : quote[1]].split()
        return self.index_at(quote[1] + 1) if 0 < len(words) <= MAX_NAME_QUOTE_WORDS else 0

    def _is_ala(self, k: int) -> bool:
        """The word at k is the preposition على as written (it folds like the name علي)."""
        return self.tokens[k].text in {"على", "وعلى"}

    def _apposed_person(self, k: int, end: int, cue: lx.Cue) -> Mention | None:
        """The person named between commas at the end of the subject phrase k..end, the title
        before it as descriptor: "المتحدثة باسم بعثة الأمم المتحدة، فلانة، إن" is فلانة, not
        the body her title names; None when the name reads as no person."""
        comma = max((j for j in range(k, end) if self.tokens[j].text in "،,"), default=None)
        if comma is None:
            return None  # "المشرف على برنامج «…» فلان أن": a name after a quotation, no comma
        if self._is_ala(comma + 1):
            return None  # "عدد من الأطباء، على سبيل المثال، بأن": no name
        found = read_voice(
            self.text,
            self.tokens[comma + 1 : end],
            self.known,
            allow_bare_name=True,
            gender=cue.gender,
        )
        if found is None or found.kind not in _PEOPLE_KINDS:
            return None
        role = " ".join(t.text for t in self.tokens[k:comma] if t.is_word)
        titled = _strip_conj(self.tokens[k].norm) in lx.OFFICIAL_TITLES
        kind = SourceKind.OFFICIAL if titled else found.kind
        descriptor = " ".join(filter(None, (role, found.descriptor)))
        return replace(found, descriptor=descriptor, kind=kind)

    def _name_closing_titles(self, k: int, end: int, cue: lx.Cue) -> tuple[Mention, int] | None:
        """The person named at the end of a chain of titles too long or too mixed for one voice
        phrase, right before the content: "أوضح مدير إدارة البرامج في الهيئة وأمين عام لجنة
        السلامة المهندس فلان الفلاني أن …" is فلان, with his titles as descriptor (not the last
        body the chain names). The words between the phrase read and the name hold no cue and
        no word of an occasion or an addressee ("مع", "خلال", "لدى", a possessed noun: "خلال
        لقائه الوزير فلان" names whom he met); a verb that takes a person as object (أبلغ،
        حذر) is left alone. None when no such name stands there."""
        tokens = self.tokens
        if _strip_conj(tokens[k].norm) not in _TITLES or cue.lemma in _OBJECT_TAKING:
            return None
        stop = None
        j = end
        while j < min(len(tokens), k + MAX_TITLE_CHAIN_TOKENS):
            tok = tokens[j]
            if tok.norm in lx.COMPLEMENTISERS or tok.text == ":":
                stop = stop if stop is not None else j
                break
            if j in self.spot_at:
                return None
            if tok.is_word and stop is None and tok.norm.startswith("ل") and self._carrier_at(j):
                stop = j  # "… فلان لـ«الوادي» إن": the medium told, after the name
                j = self.read_carrier(j)[1]
                continue
            if stop is not None and tok.text not in "،,":
                return None  # after the medium, only the content may follow
            if tok.is_word and (
                _strip_conj(tok.norm) in _CHAIN_BREAKS
                or _occasion_noun(_strip_conj(tok.norm))
                or (_possessed(tok) and tok.text.endswith(_POSSESSED_ENDINGS))
            ):
                return None
            if not tok.is_word and tok.text not in "،,":
                return None
            if tok.is_word and self._unnamed_at(j) is not None:
                return None  # "محلل فضل عدم ذكر اسمه": unnamed, and "فضل" is a verb here
            j += 1
        else:
            return None
        while stop > end and tokens[stop - 1].text in "،,":
            stop -= 1
        # The name runs to the first word of time after it ("فلان اليوم الأربعاء إن").
        stop = next((n for n in range(end, stop) if self._past_time_words(n) > n), stop)
        # (The phrase read may have run over the name and dropped it: the name is looked for
        # back from the content, inside that phrase too.)
        window = range(max(k + 1, stop - MAX_NAME_TOKENS - 1), stop)
        # After the last title in reach ("جامعة الوادي الدكتور فلان"): his name.
        # A title that ends a name ("فلان المرشد") or is one ("رائد") leaves the name before it.
        titled = [
            n
            for n in window
            if _strip_conj(tokens[n].norm) in _TITLES and not given_name(tokens[n].norm)
        ]
        given = [
            n
            for n in window
            if given_name(tokens[n].norm) and (tokens[n].norm != _ALA or self._is_ali(n))
        ]
        first = next((n for n in given if titled and n > titled[-1]), given[0] if given else None)
        if first is None or not all(t.is_word for t in tokens[first:stop]):
            return None
        if any(t.norm[:1] == "ل" and not given_name(t.norm) for t in tokens[first + 1 : stop - 1]):
            return None  # "يقول الملك فلان لعلان الفلاني إنه": whom he spoke to, after his name
        if first - 1 > k and tokens[first].norm in _NAME_LINKS:
            first -= 1  # "عاطي بن عطية": the name opens one word before "بن"
        while first - 1 > k and _strip_conj(tokens[first - 1].norm) in _TITLES:
            first -= 1  # "المهندس", "العقيد الدكتور": his honorifics go with the name
        found = read_voice(
            self.text, tokens[first:stop], self.known, allow_bare_name=True, gender=cue.gender
        )
        if (
            found is None
            or found.kind not in _PEOPLE_KINDS
            or not any(map(given_name, normal_words(found.name)))
            or len(found.name.split()) < TITLE_CHAIN_NAME_WORDS
        ):
            return None
        role = " ".join(t.text for t in tokens[k:first] if t.is_word)
        official = _strip_conj(tokens[k].norm) in lx.OFFICIAL_TITLES
        kind = SourceKind.OFFICIAL if official else found.kind
        descriptor = " ".join(filter(None, (role, found.descriptor)))
        return replace(found, descriptor=descriptor, kind=kind), stop

    def _described_subject(self, k: int, end: int, cue: lx.Cue) -> Mention | None:
        """The named person heading a subject phrase that runs on into a description, when the
        words said follow it: "وقال سالم الهاشمي صاحب شركة تطوير: إن …", "وقالت القاضية سلمى
        الهاشمي بالمحكمة العليا: «…»". The description ends the name at a title, "من"/"في" or
        a word carrying ب/ل; None without a given name or title before it."""
        if not self._words_follow(end):
            return None
        cut = next((j for j in range(k + 1, end) if self._describes(j)), None)
        if cut is None or not any(
            given_name(t.norm) or t.norm in _TITLES for t in self.tokens[k:cut]
        ):
            return None
        found = read_voice(
            self.text, self.tokens[k:cut], self.known, allow_bare_name=True, gender=cue.gender
        )
        return found if found is not None and found.kind in _PEOPLE_KINDS else None

    def _describes(self, j: int) -> bool:
        """Token j opens a description after a name: a title, "من"/"في", or "بالـ"/"لل"."""
        norm = self.tokens[j].norm
        return (
            norm in _TITLES
            or norm in {"من", "في"}
            or norm.startswith(("بال", "لل"))
            or (norm in _DESCRIPTION_HEADS)
        )

    def _words_follow(self, end: int) -> bool:
        """The words said open at token end or a few lead words after it: a colon, a quotation
        or a complementiser."""
        for tok in self.tokens[end : end + MAX_PARTICIPLE_LEAD + 1]:
            if tok.text == ":" or tok.text in OPENING_QUOTES or tok.norm in lx.COMPLEMENTISERS:
                return True
        return False

    def _content_at(self, k: int) -> bool:
        """A complementiser opens the content at token k, or after إلى/على: "… إلى أن"."""
        norm = self.tokens[k].norm if k < len(self.tokens) else ""
        if norm in _LINKERS:
            norm = self._next_norm(k)
        return norm in lx.COMPLEMENTISERS

    def _restated_noun_phrase(self, k: int) -> int | None:
        """Where a noun phrase restated opens after the noun of stressing, whose preposition
        is at k: "التأكيد على وقوفها مع …", "التأكيد بإحكام الجيش السيطرة على …" (a verbal
        noun after على or ب); None before a complementiser ("على أن", "بأن") or anything else."""
        if k + 1 >= len(self.tokens):
            return None
        norm = self.tokens[k].norm
        if norm == "علي" and self.tokens[k + 1].is_word:
            after = self.tokens[k + 1].norm
            return None if after in lx.COMPLEMENTISERS else k + 1
        if norm.startswith("ب") and norm not in lx.COMPLEMENTISERS and len(norm) > MIN_BA_NOUN:
            return k
        return None

    def _next_norm(self, k: int) -> str:
        return self.tokens[k + 1].norm if k + 1 < len(self.tokens) else ""

    def _supervised_by(self, index: int, k: int) -> bool:
        """على at k completes a supervisor's title opening the phrase: "المشرف على", "المشرف
        العام على", and عن one of responsibility, "المسؤولة عن" (the name comes after what is
        supervised); also a supervisor's title joined to another by و ("نائب رئيس النادي
        والمشرف على الفريق فلان": one man's two offices)."""
        norms = [_strip_conj(t.norm) for t in self.tokens[index:k]]
        joined = next((j for j in range(k - 1, index, -1) if self.tokens[j].norm[:1] == "و"), None)
        if joined is not None and supervisor_head(norms[joined - index :], self.tokens[k].norm):
            return True
        # "عضو مجلس الجمعية المشرفة على الجائزة فلان": the body's adjective, after a title.
        body = supervising_body([t.norm for t in self.tokens[index : k + 1]])
        if body and supervisor_head(norms[body:], self.tokens[k].norm):
            return True
        return supervisor_head(norms, self.tokens[k].norm)

    def _medium_then_content(self, k: int) -> bool:
        """The medium told at k ("لـ«الوادي»"), then a colon, a quotation or a complementiser:
        the words said follow it."""
        tokens = self.tokens
        if k >= len(tokens) or not tokens[k].norm.startswith("ل") or not self._carrier_at(k):
            return False
        after = self.read_carrier(k)[1]
        if after >= len(tokens):
            return False
        nxt = tokens[after]
        return nxt.text == ":" or nxt.text in OPENING_QUOTES or nxt.norm in lx.COMPLEMENTISERS

    def _apposed_name(self, end: int, start: int | None = None) -> int:
        """Extend a voice phrase over a name set off by commas before the content: "قال
        المتحدث باسم الجيش، سالم الهاشمي، إن …"; else return ``end`` as it is. With the
        phrase's ``start`` on an official title, a name of unlisted words may follow too."""
        tokens = self.tokens
        role_titled = start is not None and _strip_conj(tokens[start].norm) in lx.OFFICIAL_TITLES
        named_end = end
        quote = self.quote_at(end) if end < len(tokens) else None
        if (
            quote is not None
            and len(self.text[quote[0] + 1 : quote[1]].split()) <= MAX_NAME_QUOTE_WORDS
        ):
            end = self.index_at(quote[1] + 1)  # "… في الوادي «البعثة»، فلان، إن": its short name
            # A quoted name holding a given name ("«خدمة سمير»") is read into the man's name:
            # no word of the body is stepped over after it.
            inside = self.text[quote[0] + 1 : quote[1]].split()
            qualified = not any(given_name(fold(word)) for word in inside)
            named = self._name_after_quote(end, qualified) or self._name_after_joined_title(end)
            if named is not None:
                return named
        if end < len(tokens) and tokens[end].norm == "في":
            # "مسؤول ملف المياه في شمال الوادي، فلان، إن": where the office is, then the
            # name set off by commas.
            place_end = next(
                (
                    j
                    for j in range(end + 1, min(len(tokens), end + MAX_PLACE_WORDS + 2))
                    if not tokens[j].is_word
                ),
                None,
            )
            if place_end is not None and tokens[place_end].text in "،,":
                extended = self._apposed_name(place_end, start)
                if extended != place_end:
                    return extended
        if end >= len(tokens) or tokens[end].text not in "،,":
            return named_end
        comma = self._past_affiliation(end)
        close = next(
            (
                j
                for j in range(comma + 1, min(len(tokens), comma + MAX_NAME_TOKENS + 2))
                if tokens[j].text in "،,:؛"  # "، سالم الهاشمي؛ أن": a semicolon closes it too
            ),
            None,
        )
        # "وأعلن حاكم الولاية، سالم الهاشمي أن …": the complementiser may close the name itself.
        bare = close is None
        if close is None:
            close = next(
                (
                    j
                    for j in range(comma + 1, min(len(tokens), comma + MAX_NAME_TOKENS + 2))
                    if tokens[j].norm in lx.COMPLEMENTISERS
                ),
                None,
            )
        if close is None or close == comma + 1 or close + 1 >= len(tokens):
            return named_end
        name = tokens[comma + 1 : close]
        quoted = len(name) > 2 and name[0].text in OPENING_QUOTES
        if quoted and name[-1].text in CLOSING_QUOTES and given_name(name[1].norm):
            name = name[1:-1]  # '، "سالم الهاشمي"، أن': a name we know written in quotes
        # "…، الدكتور سالم الهاشمي: أن …": a colon closes the name as a comma does
        opens = bare or tokens[close].text == ":" or tokens[close + 1].norm in lx.COMPLEMENTISERS
        opens = opens or tokens[close + 1].text == ":" or self._clause_then_content(close + 1)
        opens = opens or self._medium_then_content(close + 1)  # "، فلان، لـ«الوادي»: …"
        # Only a name that starts as names do: "، رفض الكشف عن اسمه، إن" is not one.
        titled = len(name) > 1 and _strip_conj(name[0].norm) in _TITLES
        given = given_name(name[0].norm) or (titled and given_name(name[1].norm))
        named = given
        # An unlisted name needs its closing comma: "السفير فلان، وكيل الوزارة أن" is a role.
        named = named or (role_titled and not bare and self._unlisted_name(name))
        # "…، النائبة راضية حميد أفندي، في تصريح …": a title, then a name no list holds.
        named = named or (
            titled
            and not bare
            and self._unlisted_name(name[1:])
            and not any(t.norm.startswith("ال") or t.norm in lx.BODY_HEADS for t in name[1:])
        )
        words = all(t.is_word and t.norm != "ل" for t in name)  # "فلان لـ«الوادي»:" a carrier
        # "نفى رئيس النادي، فلان، وجود …", "أعلن الوزير، فلان، اليوم في العاصمة، عن …": a
        # name closed by its comma is set off after its title whatever follows it, a given
        # name or, after a post with no name yet, one no list holds ("وقال المدير العام،
        # ماركو بيلوني، في مقر الهيئة، إن"; not "… فلان علان، اكتمال الاستعدادات، مشيرا").
        unnamed = start is not None and not any(given_name(t.norm) for t in tokens[start:named_end])
        opens = opens or (not bare and role_titled and (given or (named and unnamed)))
        if opens and words and named and not self._is_ala(comma + 1):
            return close  # "، سالم الهاشمي، إن" or "، العقيد سالم الهاشمي، إن"
        return named_end

    def _name_after_quote(self, k: int, qualified: bool = False) -> int | None:
        """The end of a name that follows a short quoted name with no comma and runs to the
        complementiser: "المشرف على برنامج «أتقن حرفة» سالم الهاجري أن …" (the programme is
        quoted, the man after it speaks), past an adjective or a place of the body when
        ``qualified``; None when no given name opens the words at k."""
        tokens = self.tokens
        if qualified and k + 1 < len(tokens) and _body_qualifier(tokens[k].norm):
            k += 1  # "فريق «عطاء» التطوعي فلان", "فريق «عطاء» بالمنطقة فلان": the body's word
        if k >= len(tokens) or not given_name(tokens[k].norm):
            return None
        for j in range(k + 1, min(len(tokens), k + MAX_NAME_TOKENS + 1)):
            if tokens[j].norm in lx.COMPLEMENTISERS and not self._subordinate(j):
                return j
            if tokens[j].norm.startswith("ل") and self._carrier_at(j):
                return j  # "… فادي سالم لفرانس برس أن": the agency he told carries him
            if not tokens[j].is_word or j in self.spot_at:
                return None
        return None

    def _name_after_joined_title(self, k: int) -> int | None:
        """The end of a name after a second title joined by "و" to a quoted name: "رئيس فرقة
        «نجوم المسرح» ومشرف قناة الفنون سالم الهاجري أن …" (one man holds both titles); None
        when no title opens the words at k, or no given name follows it before a cue or a mark."""
        tokens = self.tokens
        if k >= len(tokens) or not tokens[k].norm.startswith("و"):
            return None
        if _strip_conj(tokens[k].norm) not in _TITLES:
            return None
        for j in range(k + 1, min(len(tokens), k + MAX_VOICE_TOKENS)):
            if not tokens[j].is_word or j in self.spot_at or tokens[j].norm in lx.COMPLEMENTISERS:
                return None
            if given_name(tokens[j].norm):
                return self._name_after_quote(j)
        return None

    def _clause_then_content(self, k: int) -> bool:
        """A relative clause about the voice opens at k and the words said follow it: "قال
        رئيس الكتلة، سالم الهاشمي، الذي كان في المسجد، إن …" (the clause is an aside)."""
        if self.tokens[k].norm not in _RELATIVE_PRONOUNS:
            return False
        end = self._aside_end(k)
        if end is None:
            return False
        if self.tokens[end].text in "،,":
            return self._content_at(end + 1)
        return self.tokens[end].norm in lx.COMPLEMENTISERS

    def _unlisted_name(self, name: Sequence[Token]) -> bool:
        """Two or three plain words that may be a name no list holds ("راضية عاشوري"): no
        article on the first, no time word, function word or verb."""
        norms = [t.norm for t in name]
        if not MIN_UNLISTED_WORDS <= len(norms) <= MAX_UNLISTED_WORDS:
            return False
        if norms[0].startswith("ال") or norms[0] in _NOT_A_NAME_START:
            return False
        if any(n in lx.OCCASIONS or _strip_conj(n) in lx.OCCASIONS for n in norms):
            return False  # "، في تصريح صحفي،": the occasion, not a name
        return all(
            n.isalpha()
            and n not in lx.ADVERBS
            and n not in lx.COMPLEMENTISERS
            and n not in lx.CLAUSE_BREAKERS
            and _strip_conj(n) not in lx.VERB_CUES
            for n in norms
        )

    def _past_affiliation(self, comma: int) -> int:
        """The comma closing an aside on the body that opens at comma ("، التابعة للرابطة،"),
        where a name set off by commas may follow; else comma itself."""
        tokens = self.tokens
        if comma + 1 >= len(tokens) or tokens[comma + 1].norm not in _AFFILIATED:
            return comma
        for j in range(comma + 2, min(len(tokens), comma + MAX_NAME_TOKENS + 2)):
            if tokens[j].text in "،,":
                return j
            if not tokens[j].is_word or self._is_spot(j) or tokens[j].norm in lx.COMPLEMENTISERS:
                break
        return comma

    def _apposed_subject(self, i: int) -> Mention | None:
        """A name then its title between commas before the verb: "سالم الهاشمي، المتحدث باسم
        الجيش، قال إن …" → the person."""
        if i < MIN_APPOSITION_AT or self.tokens[i - 1].text not in "،,":
            return None
        if _strip_conj(self.tokens[i].norm) != self.tokens[i].norm:
            # "وجه فلان انتقادات إلى رئيس الكتلة، العماد فلان، وقال …": "and said" goes on
            # with the clause's own subject; the man between commas was spoken of.
            return None
        first_comma = next(
            (
                j
                for j in range(i - 2, max(0, i - MAX_VOICE_TOKENS), -1)
                if self.tokens[j].text in "،,"
            ),
            None,
        )
        if first_comma is None:
            return None
        apposed = _strip_conj(self.tokens[first_comma + 1].norm)
        titled = apposed in _TITLES
        if not titled and not apposed.startswith("ال"):
            return None
        start = self.clause_start_before(first_comma)
        while start < first_comma and (
            _strip_conj(self.tokens[start].norm) in _LEADING_PARTICLES or self._however_at(start)
        ):
            start += 1  # "غير أن فلان، الشريك في …، يقول": "however", then the subject
        if start >= first_comma:
            return None
        voice = read_voice(self.text, self.tokens[start : i - 1], self.known, allow_bare_name=True)
        if titled or voice is None:
            return voice
        # A definite descriptor that is no title ("الشريك في شركة …") sets off a person's
        # name in full only, not a body or a bare word.
        named = voice.kind in (SourceKind.PERSON, SourceKind.OFFICIAL) and " " in voice.name
        return voice if named else None

    def _walk_lead(
        self,
        k: int,
        cue: lx.Cue,
        subject: Mention | None,
        carriers: list[Mention],
        inner: list[Mention],
        doer: Mention | None = None,
        *,
        opens_clause: bool = False,
    ) -> int | None:
        """Walk the lead between a verb's subject and its content, token by token.

        "قال الوزير في تصريح لوكالة الأنباء الرسمية اليوم إن …": the occasion, the carrier and
        the adverb are stepped over (the carrier kept) until إن opens the content. Returns the
        content's token index, None when no content follows (a quotation before the cue may
        still be it), or _GIVE_UP when the words are not a lead at all. ``doer`` is the
        subject read before the verb ("وكانت الوزارة قد أعلنت …"), when the verb has none
        after it: it lets a verbal noun open what was announced, as a subject after it does.
        ``opens_clause`` says the verb opens its clause (see _opens_clause).
        """
        estimate = self._estimate_at(k, cue, subject)
        if estimate is not None:
            return estimate  # "وقدرت الوزارة عدد المنشآت بنحو …": the estimate is its claim
        if cue.lemma in _SHOWING and subject is not None and k < len(self.tokens):
            if _change_noun(self.tokens[k]) and self._showing_opens(subject):
                return k  # "وأظهرت بيانات رسمية تراجع التضخم …": the change is the finding
        if cue.lemma == _FORECASTING and subject is not None and _foreseen_at(self.tokens, k):
            if self._showing_opens(subject) and not self._credited_after(k):
                return k  # "وتوقع الوزير انخفاض الأسعار …": the change foreseen
        if cue.lemma == _LINKING and subject is not None and k < len(self.tokens):
            return k  # "وربطت تقارير صحفية بين اللاعب والنادي": the link is what they claim
        if self._bare_content_at(k, cue) and _plain_speaker(subject):
            return k  # "وأضاف الهاشمي نحن في مرحلة جديدة", right after the subject
        comma = k < len(self.tokens) and self.tokens[k].text in "،,"
        if comma and self._bare_content_at(k + 1, cue) and _plain_speaker(subject):
            return k + 1  # "وقال الهاشمي، نحن مطمئنون …": a comma, then the words said
        steps = 0
        lead = k
        topic = False
        occasion: int | None = None  # where a lead that opens with an occasion begins
        # The subject's last word ("أكد القنصل فلان، مغادرة …", "أكد فلان لـ«الوادي» انتقال
        # …"), and whether only a comma or the medium told has followed it so far.
        subject_last = k - 1 if subject is not None and k > 0 else None
        if subject is None and doer is not None:
            subject_last = self.index_at(doer.end) - 1  # its last word, before the verb
        doer = subject or doer
        clear = True
        while k < len(self.tokens) and steps < MAX_LEAD_TOKENS:
            steps += 1
            was_clear, clear = clear, False
            paper = self._paper_of_sources(k, subject) if steps == 1 else None
            if paper is not None:
                k = paper  # "تشير مصادر «الوادي» إلى …": the paper whose sources they are
                continue
            if (
                steps <= ADDED_QUOTE_STEPS
                and cue.lemma == _ADDING
                and self._quoted_name_then_object(k)
            ):
                # "أضاف المدرب لبرنامج زميله «فلان» عددا من التمارين", "أضاف موقع تبادل
                # الملفات عبر الإنترنت «ملفاتي» خاصية جديدة": a name after words that
                # describe the subject, then the thing added.
                return _GIVE_UP
            unnamed = self._unnamed_at(k) if steps == 1 or self.tokens[k - 1].text in "،," else None
            if unnamed is not None:
                k = unnamed  # "أكد مسؤول رفض الكشف عن اسمه أن …": his request, then the lead
                continue
            if self.tokens[k].norm in _BY_SAYING and _subject_by_saying(subject):
                k += 1  # "أكد فلان بقوله إن …", "رد فلان بقوله: …": by saying, then his words
                continue
            if self.tokens[k].norm in _RESTATING_NOUNS and cue.lemma == _RESTATED:
                restated = self._restated_noun_phrase(k + 1)
                if restated is not None:
                    return restated  # "وجدد الوزير التأكيد على وقوف …": a noun phrase
                k += 1  # "وجدد الوزير التأكيد على أن …": the stress restated, then its words
                continue
            opened = self._content_opens(k, cue)
            if opened == k and not opens_clause and self._own_event_only(k):
                opened = None  # "بواسطة شاحنات تعلن وصولها": a verb describing a noun
            if opened is None and self._own_act_at(k, cue):
                # "أعلن النادي تعاقده مع …": the first noun with a pronoun in the lead is the
                # act (not "أعلن فلان عزمه المشاركة في الجزء المقرر تصويره": the film's)
                if not any(_possessed(t) for t in self.tokens[lead:k]):
                    opened = k
            if opened is None and subject is not None and self._act_after_time(k, cue):
                opened = k  # "أعلن المهرجان أمس (الاثنين) تحديد موعد …": the act announced
            if opened is not None:
                # "وعلّقت الإدارة على الباب إعلانا بأن …" hung a notice: only a colon or a
                # quotation gives a comment's words.
                # "وعلّق الوزير على القرار بقوله إنه …": by saying, the comment's words follow.
                said = k > 0 and self.tokens[k - 1].norm in _BY_SAYING
                hung = topic and not said and self.tokens[k].norm in lx.COMPLEMENTISERS
                return _GIVE_UP if hung else opened
            # "وعلّق المدرب على غياب اللاعب: …": what he commented on, right after him, leads
            # to his words.
            if (
                steps == 1
                and cue.lemma in lx.NP_CONTENT_VERBS
                and cue.stance is not Stance.DENIES  # "نفى اللاعب تورطه": what is denied
                and self._his_noun(k)
            ):
                # "أعلن فلان ترشحه لرئاسة «الاتحاد»، إذ قال …": his own act, no words of his
                # (a quotation or a cue later in it is not what he announced).
                return _GIVE_UP
            topic = topic or (steps == 1 and self._comment_topic(k, cue))
            if occasion is None and not topic and self._long_occasion_at(k, lead):
                occasion = k
            if steps == 1 and cue.lemma == _ADDING and self._object_after_quoted_name(k):
                return _GIVE_UP  # "أضافت شركة «نجمة» خاصية جديدة": added a thing, said nothing
            timed = self._time_phrase_at(k) if self._noun_content_verb(cue, doer) else 0
            if timed and k + timed < len(self.tokens) and self.tokens[k + timed].is_word:
                # "ونفت الوزارة في وقت لاحق توقيع أي عقد": when, then what is denied
                clear = was_clear
                k += timed
                continue
            told, relayed = len(carriers), len(inner)
            denied = cue.stance is Stance.DENIES and doer is not None
            after = self._skip_lead_word(k, cue, carriers, inner, noun=denied)
            if after is not None and len(inner) > relayed and after < len(self.tokens):
                if self._relayed_stance_at(after):
                    return after  # "نقلت الإذاعة عن مسؤولين قلقهم من …": their stance
            if after is not None:
                # "أعلنت المديرية صباح الاثنين تشغيل …": a time between the subject and
                # its object keeps the subject's end as clear as a comma does.
                stepped = self.tokens[k].text in "،," or self.tokens[k].norm in lx.ADVERBS
                clear = was_clear and (stepped or len(carriers) > told)
                k = after
                continue
            norm = self.tokens[k].norm
            if cue.stance is Stance.DENIES and (norm in _DENIAL_OBJECTS or subject is not None):
                return k  # "نفى صحة الأنباء …": the denied noun phrase is the content
            if cue.takes_an and norm in _NEWS_OBJECTS:
                k += 1
                continue
            after_subject = subject_last if (steps > 1 or subject is None) and was_clear else None
            if (
                (steps == 1 or after_subject is not None)
                and _np_content_doer(doer, cue)
                and self._verbal_noun_object(k, titled=_named_kind(doer), before=after_subject)
                and not self._name_then_complementiser(k)
                and not self._timed_at(k)
            ):
                # "أعلنت اللجنة اكتمال الاستعدادات": a derived verbal noun, the object (also
                # after a comma or the medium told: "أكد القنصل فلان، مغادرة جميع …")
                return k
            if steps == 1 and self._describes_unnamed(k, subject):
                k += 1  # "وقال دبلوماسي روسي يتابع الوضع: …": who he is, then the lead goes on
                continue
            if cue.lemma in _BY_SAYING_ONLY and norm in MANNER_ADVERBS:
                if self._next_norm(k) in _SAYING_PARTICIPLES:
                    k += 1  # "فرد فلان بابتسامة قائلا: …": how he replied, then "saying"
                    continue
            if cue.lemma in _BY_SAYING_ONLY and norm in _SAYING_PARTICIPLES:
                k += 1  # "فرد فلان قائلا: …": saying, his words follow
                continue
            if self._is_spot(k) and not self._describes_occasion(k):
                return _GIVE_UP
            if norm in _BY_SAYING:
                k += 1  # "واختتم فلان بقوله: …": by saying, his words follow
                continue
            if (
                cue.lemma in _BY_SAYING_ONLY
                and norm in _STRESSING_NOUNS
                and self._next_norm(k) in _LEAD_INS
            ):
                k += 2  # "واكتفى فلان بالتأكيد على أن …": by stressing, his words follow
                continue
            if cue.strict and not topic and self._when_then_that(k):
                opened = self._content_opens(k + 2, cue)  # "وأقر فلان عقب الجلسة بأن …"
                if opened is not None:
                    return opened
            if (
                cue.strict
                and not topic
                and opens_clause
                and cue.lemma == _WRITING
                and self._plain_writer(subject, lead, k)
            ):
                written = self._written_that(k)
                if written is None:
                    written = self._written_in_medium_quoted(lead, k)
                if written is not None:
                    return self._content_opens(written, cue)
            if steps == 1 and cue.strict and self._description_tie(k, subject, cue):
                k += 1  # "تحدث فلان صاحب متجر للكتب عن …": what his description is of
                continue
            if cue.strict and not topic:
                # "وبين الشيخ فلان في خطبة الجمعة بجامع …، أن …": a verb that is also a
                # common word, opening its clause, takes no lead but an occasion opening it
                # that a comma before "أن" closes ("الفرق بين الرجل في …" is no verb).
                if occasion is None or not opens_clause:
                    return _GIVE_UP
                opened = self._content_after_occasion(occasion, cue, comma_only=True)
                return _GIVE_UP if opened is None else opened
            if steps > MAX_LOOSE_LEAD:
                opened = None if occasion is None else self._content_after_occasion(occasion, cue)
                addressed = bool(carriers) or self.tokens[lead].norm in lx.ADDRESSEES
                if opened is None and (occasion is not None or addressed):
                    # (a lead that tells where or to whom: not a long description of the
                    # speaker, whose name the lead's words may hide)
                    opened = self._quotation_after_long_lead(lead, cue)
                return _GIVE_UP if opened is None else opened
            k += 1
        return None

    def _quotation_after_long_lead(self, lead: int, cue: lx.Cue) -> int | None:
        """Where the words said open when a long lead from token lead runs to a quotation
        within the lead's reach: "وقال المدرب للصحفيين في المطار اليوم قبل أن تغادر البعثة
        إلى العاصمة في بطولة الصيف الودية «…»" (who he told, where, when and before what, then
        his words); None when a mark other than a comma, a comma before و, a complementiser
        (not after "قبل"), another cue or a title ("بعنوان «…»") comes first."""
        tokens = self.tokens
        for j in range(lead, min(len(tokens), lead + MAX_LEAD_TOKENS)):
            tok = tokens[j]
            if tok.text in OPENING_QUOTES:
                # (not a name quoted in passing: "… على سياسات «الهيئة» في المدينة: «…»")
                titled = tokens[j - 1].norm in _TITLED
                return None if titled or not self._words_quoted(j) else self._content_opens(j, cue)
            if tok.text in "،,":
                if _strip_conj(self._next_norm(j)) != self._next_norm(j):
                    return None  # "…، وكذلك ما حققته …": another clause joined on
                continue
            if not tok.is_word or self._is_spot(j):
                return None
            if tok.norm in lx.COMPLEMENTISERS and tokens[j - 1].norm not in _SUBORDINATORS:
                return None
        return None

    def _description_tie(self, k: int, subject: Mention | None, cue: lx.Cue) -> bool:
        """Token k, right after a described person, is a "لل" phrase that ends his description
        ("فلان صاحب متجر للكتب عن …", "مدير مركز للتدريب أن …"), the content opening next."""
        if subject is None or subject.kind not in _PEOPLE_KINDS or not subject.descriptor:
            return False
        tok = self.tokens[k]
        return (
            tok.is_word
            and tok.norm.startswith("لل")
            and k + 1 < len(self.tokens)
            and self._content_opens(k + 1, cue) is not None
        )

    def _credited_after(self, k: int) -> bool:
        """A credit in a preposition after token k names who relays the sentence ("…، بحسب ما
        نقلته صحيفة فلانة عن تجار"), read as that credit reads it; one that names a record
        ("وفقا للدراسة التي أعدتها الوزارة") is only what a forecast rests on."""
        for j, spot in self.spot_at.items():
            if j <= k or spot.cue.cls is not lx.CueClass.PREPOSITION or j + 1 >= len(self.tokens):
                continue
            after = self.tokens[j + 1]
            if after.norm.startswith("ل"):
                after = _without_lam(after)
            if not _shown_record(after.norm):
                return True
        return False

    def _showing_opens(self, record: Mention) -> bool:
        """The verb of showing right before the record opens the sentence or a clause of its
        own (with و/ف on it or after a mark): "وأظهرت بيانات رسمية تراجع …" is a report, while
        "بعدما أظهرت بيانات أسبوعية تراجع المخزون" is the writer's background."""
        verb = self.index_at(record.start) - 1
        if verb < 0:
            return False
        tok = self.tokens[verb]
        return verb == 0 or not self.tokens[verb - 1].is_word or _strip_conj(tok.norm) != tok.norm

    def _before_estimated(self, k: int, end: int, cue: lx.Cue) -> int:
        """Where the subject of an estimate (k to end) gives way to the quantity estimated:
        "وقدرت تقارير أخرى سعر البيع بنحو …" (the reports, then the price), "وقدر التقرير حجم
        التحويلات بـ…"; with no such noun, end. The subject of a link is the reports and their
        adjectives ("وربطت تقارير صحفية عديدة بين …")."""
        if cue.lemma in _SHOWING and _shown_record(self.tokens[k].norm):
            # "وأظهرت بيانات رسمية تراجع التضخم …": the record, then the change it shows
            return next((j for j in range(k + 1, end) if _change_noun(self.tokens[j])), end)
        if cue.lemma == _FORECASTING and not self._credited_after(k):
            # "وتوقع الوزير انخفاض الأسعار": the forecaster, then the change foreseen
            return next((j for j in range(k + 1, end) if _foreseen_at(self.tokens, j)), end)
        if cue.lemma == _LINKING:
            j = k + 1  # "وربطت تقارير صحفية عديدة بين …": the reports and their adjectives
            while j < end and _linking_adjective(self.tokens[j].norm):
                j += 1
            return j
        if cue.lemma != _ESTIMATED:
            return end
        quantity = self._quantity_between(k + 1, end)
        return end if quantity is None else quantity

    def _quantity_between(self, k: int, end: int) -> int | None:
        """The first quantity an estimate names ("عدد", "حجم", "قيمة") from token k, in the
        clause and before ``end``; else None."""
        for j in range(k, min(end, k + MAX_ESTIMATE_OBJECT)):
            tok = self.tokens[j]
            if tok.text in _ESTIMATE_BREAKS:
                return None
            if strip_article(_strip_conj(tok.norm)) in lx.ESTIMATED_QUANTITIES:
                return j
        return None

    def _estimate_at(self, k: int, cue: lx.Cue, subject: Mention | None) -> int | None:
        """Where an estimate's object opens after its voice, else None: "وقدّرت الوزارة عدد
        المنشآت بنحو ألفي منشأة", "وقدر التقرير حجم التحويلات بـ583 مليار دولار" (a time
        phrase may come first: "في وقت سابق"). Only a figure in ب before the clause ends makes
        the verb an estimate ("قدّر الوزير جهود العاملين" appreciated them)."""
        if cue.lemma != _ESTIMATED or subject is None or subject.kind is None:
            return None
        tokens = self.tokens
        k += self._time_phrase_at(k)
        if k >= len(tokens) or not tokens[k].is_word or tokens[k].norm in lx.COMPLEMENTISERS:
            return None
        if not _estimate_figure_after(tokens, k + 1):
            return None
        # "وقدر مختصون في بيع العطور حجم المبيعات بأكثر من …": who they are, then the
        # quantity; with none named, the object opens right here unless a preposition does.
        quantity = self._quantity_between(k, len(tokens))
        if quantity is not None:
            return quantity
        return None if tokens[k].norm in _ESTIMATE_LEAD_WORDS else k

    @staticmethod
    def _noun_content_verb(cue: lx.Cue, subject: Mention | None) -> bool:
        """Whether a verb with a subject read may take a noun phrase as its content: a denial
        ("نفت الوزارة توقيع …") or a verb of announcing ("أعلنت اللجنة اكتمال …")."""
        if subject is None:
            return False
        return cue.stance is Stance.DENIES or cue.lemma in lx.NP_CONTENT_VERBS

    def _authored_record(self, k: int, subject: Mention | None) -> bool:
        """A record opens the subject at k and its author was read as the voice: "أظهر مسح
        أجرته الهيئة أن …", "أظهرت دراسة صادرة عن المركز أن …" (a verb or "عن" of issuing
        stands between them; "أظهرت بيانات أسبوعية تراجع …" names no author)."""
        tokens = self.tokens
        if subject is None or k >= len(tokens):
            return False
        if tokens[k].norm not in lx.DOCUMENT_HEADS:
            return conducted_inquiry([t.norm for t in tokens[k : k + 3]])
        between = {t.norm for t in tokens[k + 1 :] if t.end <= subject.start}
        return not between.isdisjoint(_ISSUING)

    def _long_occasion_at(self, k: int, lead: int) -> bool:
        """An occasion opens the lead (from token ``lead``) at k: first in it, after time words
        only ("وقال الرئيس الأربعاء خلال استقباله …"), or after a comma ("فلان، وزير النقل
        لـ«الوادي»، عقب وصوله …")."""
        timed = all(t.norm in lx.ADVERBS for t in self.tokens[lead:k])
        first = timed or self.tokens[k - 1].text in "،,"
        return first and _strip_conj(self.tokens[k].norm) in _LONG_OCCASION_LINKS

    def _quoted_after_occasion(self, k: int, j: int) -> bool:
        """The occasion at k ("في"/"عبر" and a statement, a tweet, a talk: lx.OCCASIONS, or a
        document) is short and a quotation opens at j right after it: "وتابعت في بيان مكتوب
        "…"", "وكتب في تغريدة «…»"; not "كتب مذكراته في 2014 بعنوان «…»" (a title) nor
        "ترى في المونديال وسيلة «…»" (no occasion)."""
        if j - k > MAX_QUOTED_OCCASION or self.tokens[k].norm not in _OCCASION_OPENERS:
            return False
        if self.tokens[j - 1].norm in _TITLED:
            return False
        if j == k + 1:
            return False
        head = self.tokens[k + 1].norm
        return head in lx.OCCASIONS or head in lx.DOCUMENT_HEADS or head[2:] in lx.OCCASIONS

    def _content_after_occasion(
        self, k: int, cue: lx.Cue, *, comma_only: bool = False
    ) -> int | None:
        """The content after an occasion at k too long for the lead's word-by-word walk, that a
        comma closes: "وكان الوزير قد أكد خلال زيارته إلى … بعد حضوره اجتماع … في …، أن …".
        Only plain words and commas may stand between: no cue, carrier, quotation or clause.
        With ``comma_only``, only a comma before "أن" closes it (no colon, quotation or إن)."""
        tokens = self.tokens
        named_until = 0  # (the closing mark of a quoted name: "اجتماع شركة «الوادي» في …")
        for j in range(k + 1, min(len(tokens) - 1, k + MAX_LEAD_TOKENS)):
            tok = tokens[j]
            if tok.text in "،," and tokens[j + 1].norm in lx.COMPLEMENTISERS:
                if comma_only and tokens[j + 1].norm[:1] in _CAUSAL_LETTERS:
                    return None  # "نشرت في بريطانيا، لأن …": because, no words said
                return self._content_opens(j + 1, cue)
            if tok.text in "،," and self._on_that(j + 1):
                return j + 3  # "وشدد الوزير خلال مؤتمر … عقب …، على أن …"
            said = tok.text in _SAID_THAT
            if comma_only and self._colon_then_quote(j):
                # "وتابع الرئيس فلان في كلمته أمام المجلس: «…»": a colon and a quotation
                # close the occasion of a verb opening its clause as a comma before "أن" does.
                return self._content_opens(j, cue)
            quote = self.quote_at(j)
            short = quote is not None and len(self.text[quote[0] : quote[1]].split()) <= 3
            if comma_only and quote is not None and short:
                named_until = quote[1]  # "، في مقابلة مع صحيفة «الوادي»، أن": a quoted name
                continue
            if comma_only and quote is not None and self._quoted_after_occasion(k, j):
                # "وتابعت الوزارة في بيان مكتوب "…"": a short occasion, then the words said
                # quoted with no colon, as after "وأضاف في بيان «…»".
                return self._content_opens(j, cue)
            mark = not tok.is_word and tok.text not in "،,()" and tok.start != named_until
            if comma_only and (said or mark):
                return None
            if tok.text == ":":
                # "وقال الوزير في تصريح بمناسبة صدور القرار القاضي بتكليف …: «…»": a colon
                # closes the occasion as a comma before "أن" does; the words said follow it.
                return self._content_opens(j, cue)
            if tok.text in _SAID_THAT and self._next_norm(j) not in WAS:
                # "وقال الوزير في مؤتمر صحفي عقده في … في إطار جولة … إن …": "إن" with its
                # hamza below is what a verb of saying opens (not "أن", which any verb takes;
                # not "إن كان", "if").
                return self._content_opens(j, cue)
            if quote is not None and short:
                named_until = quote[1]
                continue
            if quote is not None and self._nothing_after_quote(quote):
                return j  # "قال فلان … في مؤتمر … أثناء زيارة … إلى … «…».": his words
            if not tok.is_word and tok.text not in "،,()" and tok.start != named_until:
                return None
            if self._is_spot(j) or tok.norm in lx.COMPLEMENTISERS:
                return None
            if tok.norm in _RELATIVES and tok.norm not in _WHO_WHICH:
                return None  # ("كما …", "بما …": a clause of the writer's, not a description)
            if tok.norm.startswith("ل") and self._carrier_at(j):
                return None  # "قال في بداية العام لوكالة …": the walk keeps the carrier
            in_addition = tok.norm in _IN_ADDITION and self._next_norm(j) == "الي"
            if j > k + 1 and _reporting_word(tok.norm) and not in_addition:
                # "قالت … الموقف ذاته، عقب تقرير نشرته وكالة … على لسان فلان، بأن …": another
                # report inside, whose content this may be (the occasion's own noun, "في
                # تعليقه على …", is none; nor is "إضافة إلى", in addition to)
                return None
        return None

    def _content_after_reaction(self, k: int, cue: lx.Cue) -> int | None:
        """The content after a reaction or answer opening the lead at k, whose topic is too long
        for the lead's word-by-word walk: "وقال الناطق فلان في أول رد فعل للسلطات على ما نشرته
        الصحيفة عن … «…»، وأضاف", "وقال الوزير ردا على سؤال حول ما إذا كانت … إن …". The topic
        (what was asked or published, verbs and "ما" included) ends at إن, a colon, or a long
        quotation that closes the sentence or the clause before the next cue; a cue opening a
        clause of its own, or a long quotation that goes on, ends the search with nothing."""
        tokens = self.tokens
        topic = self._reaction_topic(k)
        if topic is None:
            return None
        j = topic + 1
        while j < min(len(tokens), topic + MAX_LEAD_TOKENS):
            tok = tokens[j]
            if tok.text in _SAID_THAT and self._next_norm(j) not in WAS:
                return self._content_opens(j, cue)
            if tok.text == ":":
                return self._content_opens(j, cue)
            quote = self.quote_at(j)
            if quote is not None:
                if len(self.text[quote[0] : quote[1]].split()) <= MAX_TOPIC_NAME_WORDS:
                    j = self.index_at(quote[1])  # a quoted name in the topic: «الوادي»
                    continue
                return self._content_opens(j, cue) if self._quote_ends_clause(quote) else None
            spot = self.spot_at.get(j)
            if tok.text in "؛;" or (spot is not None and spot.clause_start):
                return None
            j += 1
        return None

    def _reaction_topic(self, k: int) -> int | None:
        """The index of على/عن/حول after a reaction word that opens the lead at k ("في أول رد
        فعل على", "ردا على", "جوابا عن"), else None."""
        tokens = self.tokens
        end = min(len(tokens), k + MAX_REACTION_HEAD)
        at = next((j for j in range(k, end) if tokens[j].norm in _REACTION_WORDS), None)
        if at is None:
            return None
        if any(t.norm not in _BEFORE_REACTION and t.norm not in lx.ADVERBS for t in tokens[k:at]):
            return None
        for j in range(at + 1, min(len(tokens), at + MAX_REACTION_HEAD)):
            if tokens[j].norm in _REACTION_TOPIC:
                return j
            if not tokens[j].is_word:
                return None
        return None

    def _quote_ends_clause(self, quote: tuple[int, int]) -> bool:
        """A quotation closes its sentence, or its clause before a comma and the next cue
        ("«…»، وأضاف «…»"): the words said after a lead, not a quotation inside it."""
        tokens = self.tokens
        after = self.index_at(quote[1])
        while after < len(tokens) and tokens[after].text in _QUOTE_MARKS:
            after += 1  # (the closing mark)
        if not any(t.is_word for t in tokens[after:]):
            return True
        if after + 1 >= len(tokens) or tokens[after].text not in "،,":
            return False
        spot = self.spot_at.get(after + 1)
        return spot is not None and spot.clause_start

    def _plain_writer(self, subject: Mention | None, lead: int, k: int) -> bool:
        """The writer is read and not from inside a quotation ("كتبت «التويترية» فلانة" or a
        paper's name in his title), and only words stand between him and token k."""
        if subject is None or subject.start == 0:
            return False
        if any(c in OPENING_QUOTES for c in self.text[subject.start - 1 : subject.end]):
            return False
        head = strip_article(fold(subject.name))
        if head in WORDS.outlet_heads or head in WORDS.body_heads_alone:
            return False  # "وكتبت صحيفة صباح …" read as a bare "صحيفة": its name was lost
        return all(t.is_word for t in self.tokens[lead:k])

    def _written_that(self, k: int) -> int | None:
        """The complementiser that closes a writer's lead from token k: "وكتب فريق الباحثين
        في شركة «نجمة» المتخصصة في أمن الشبكات أن …", "وكتب فلان في مدونته أن …" (who he is
        and where he wrote, then what). Only plain words and a short quoted name may stand
        between, at most MAX_WRITTEN_LEAD of them, no cue, and no preposition right before
        the complementiser ("كتب العقد على أن …" sets a term, it tells nothing)."""
        tokens = self.tokens
        j = k
        while j < len(tokens) and j - k <= MAX_WRITTEN_LEAD:
            tok = tokens[j]
            if tok.norm in lx.COMPLEMENTISERS and tok.norm[:1] in "اإأب" and j > k:
                before = tokens[j - 1]
                return None if before.norm in _BEFORE_TERMS else j
            quote = self.quote_at(j) if tok.text in OPENING_QUOTES else None
            if quote is not None and len(self.text[quote[0] : quote[1]].split()) <= 3:
                j = self.index_at(quote[1] + 1)
                continue
            if not tok.is_word or j in self.spot_at or not tok.norm.isalpha():
                return None
            if tok.norm in _RELATIVE_PRONOUNS or tok.norm in _MODAL_BEFORE_THAT:
                return None  # "… القرار الذي يمكن أن …": a clause of the writer's own
            j += 1
        return None

    def _written_in_medium_quoted(self, lead: int, k: int) -> int | None:
        """The quotation that closes a writer's lead from token k naming where he wrote, with
        no colon before it: "وكتب فلان في مجلة «النور» في عددها الأخير "…"" (what he wrote,
        quoted). The lead is plain words and short quoted names, at most MAX_WRITTEN_LEAD of
        them, and holds في/على/عبر with a medium, a document or an occasion after it; the
        quotation is long and closes its clause. Not "كتب مذكراته في 2014 بعنوان «…»" (a
        title: no medium, and بعنوان before the quotation). The medium may be read before k,
        as the carrier of the words ("في صحيفة «النور»")."""
        tokens = self.tokens
        medium = self._names_medium(lead, k)
        j = k
        while j < len(tokens) and j - k <= MAX_WRITTEN_LEAD:
            tok = tokens[j]
            quote = self.quote_at(j) if tok.text in OPENING_QUOTES else None
            if quote is not None and len(self.text[quote[0] : quote[1]].split()) <= 3:
                j = self.index_at(quote[1] + 1)
                continue
            if quote is not None:
                if not medium or j == k or tokens[j - 1].norm in _TITLED:
                    return None
                return j if self._quote_ends_clause(quote) else None
            if not tok.is_word or j in self.spot_at or not tok.norm.isalpha():
                return None
            if tok.norm in _RELATIVE_PRONOUNS or tok.norm in lx.COMPLEMENTISERS:
                return None
            medium = medium or self._names_medium(j, j + 1)
            j += 1
        return None

    def _names_medium(self, start: int, end: int) -> bool:
        """A word of "في/على/عبر" from start to end has a medium, a document or an occasion
        after it: where a writer wrote ("في مجلة", "على الموقع", "في مقال")."""
        tokens = self.tokens
        return any(
            tokens[i].norm in _WRITTEN_IN
            and i + 1 < len(tokens)
            and strip_article(tokens[i + 1].norm) in _WRITTEN_MEDIA
            for i in range(start, min(end, len(tokens)))
        )

    def _on_that(self, k: int) -> bool:
        """Tokens k and k+1 are "على أن": what a verb of emphasis stresses follows."""
        return (
            k + 2 < len(self.tokens)
            and self.tokens[k].norm == "علي"
            and self.tokens[k + 1].norm in lx.COMPLEMENTISERS
        )

    def _nothing_after_quote(self, quote: tuple[int, int]) -> bool:
        """Only marks follow the quotation to the sentence's end: a quoted statement that
        closes the sentence, not a name inside it."""
        return not any(t.is_word for t in self.tokens[self.index_at(quote[1]) :])

    def _describes_unnamed(self, k: int, subject: Mention | None) -> bool:
        """An imperfect verb right after an unnamed voice describes it, with no relative pronoun
        (none is written after an indefinite noun): "دبلوماسي روسي يتابع الوضع" is a diplomat
        who follows the situation, not a second report."""
        spot = self.spot_at.get(k)
        if spot is None or subject is None or subject.kind is not SourceKind.ANONYMOUS:
            return False
        verb = _strip_conj(self.tokens[k].norm)
        if verb != self.tokens[k].norm:
            return False  # "و…": a verb of its own clause
        if verb[:1] in "يت" and self._next_norm(k).startswith("ال"):
            return True
        # "وأشار مختصون تحدثوا لـ«الوادي» …، إلى أن": those who spoke to the paper
        return verb.endswith("وا") and k + 1 < len(self.tokens) and self._carrier_at(k + 1)

    def _comment_topic(self, k: int, cue: lx.Cue) -> bool:
        """Token k is the على of "علّق فلان على …", opening what he commented on."""
        return self.tokens[k].norm == "علي" and cue.lemma in lx.COMMENTING_VERBS

    def _describes_occasion(self, k: int) -> bool:
        """A verb glued to the occasion noun before it is a relative clause of that noun, not a
        report: "في بيان نشر على صفحته أمس، إن …", "في تقرير ذكر فيه"."""
        spot = self.spot_at[k]
        if spot.clause_start or spot.cue.cls is not lx.CueClass.VERB:
            return False
        if spot.cue.lemma == CAME_IN_IT_LEMMA:
            return True  # "وذكرت القناة في خبر جاء فيه: …": what the item holds, its words
        prev = self.tokens[k - 1].norm if k else ""
        return prev in lx.OCCASIONS or prev in lx.DOCUMENT_HEADS or self._told_occasion_before(k)

    def _told_occasion_before(self, k: int) -> bool:
        """An occasion noun and the medium it was given to end right before token k: "في
        تصريحات لصحيفة «الوادي» نشرت أمس، إن …" (the verb says when the interview came out)."""
        for j in range(k - 1, max(0, k - 1 - MAX_CARRIER_REACH), -1):
            tok = self.tokens[j]
            if self.tokens[j - 1].norm not in lx.OCCASIONS:
                continue
            if tok.norm == "مع" and self._next_norm(j) in lx.OUTLET_HEADS:
                # "في مقابلة مع صحيفة «الوادي» نشرت …": the medium's name, words and marks only
                between = self.tokens[j + 2 : k]
                return not any(t.norm in lx.COMPLEMENTISERS or t.text in "،,:" for t in between)
            return tok.norm.startswith("ل") and self._carrier_at(j) and self.read_carrier(j)[1] == k
        return False

    def _content_opens(self, k: int, cue: lx.Cue) -> int | None:
        """The content's token index when token k opens it: إن/أن/بأن, a colon, a quotation,
        or عن after a verb that takes a noun phrase ("كشف عن زيارة …"); else None."""
        tok = self.tokens[k]
        norm = tok.norm
        if norm in lx.COMPLEMENTISERS and not self._subordinate(k):
            if norm[:1] == _BECAUSE_LETTER:
                return None  # "نقل المصاب إلى المستشفى لأن الطرق …": a cause, no words said
            return k + 1  # "أنه …", "بأن …": the content starts after the complementiser
        if tok.text in OPENING_QUOTES and self._name_in_lead(k):
            return None
        if tok.text == ":":
            # "قال فلان: إن …": the complementiser after the colon stays out of the content.
            return k + 2 if self._next_norm(k) in lx.COMPLEMENTISERS else k + 1
        if tok.text in OPENING_QUOTES and cue.strict and self._named_in_passing(k):
            return None  # "اختتمت اللجنة فعاليات «ليالي الصيف» بزيارة …": a name, no words
        if tok.text in OPENING_QUOTES:
            return k
        if tok.text in CLOSING_QUOTES and self._stray_pair(k, self.boundary_after(k)) is not None:
            # "وقال ” نحن …“": a quotation opened by a closing mark, then closed ("قوله ” إن
            # …”": the complementiser after the mark stays out, as after a colon)
            return k + 2 if self._next_norm(k) in lx.COMPLEMENTISERS else k
        if norm == "عن" and cue.takes_an and cue.lemma != "نقل" and not self._said_after(k):
            # "كشف عن زيارة …"; "كشفت الصحيفة عن أن …": the complementiser stays out
            return k + 2 if self._next_norm(k) in _THAT_AFTER_AN else k + 1
        if norm == "عن" and self._event_reported_at(k, cue):
            return k + 1  # "ذكرت وكالات الأنباء عن وصول السفينة"
        if norm == "عما" and cue.lemma in _REVEALING_VERBS:
            return k + 1  # "كشف الباحث عما أسماه ثغرة …": what was revealed follows
        if cue.lemma in lx.BI_CONTENT_VERBS and _bi_content(norm):
            return k  # "أفاد المرصد بمقتل تسعة": the noun phrase is the content
        if norm == "الي" and cue.lemma in lx.POINTING_VERBS and self._pointed_at(k):
            return k + 1  # "أشار المرصد إلى ارتفاع عدد القتلى": the event is the content
        if norm == "من" and cue.lemma in lx.MIN_CONTENT_VERBS:
            return k + 2 if self._warning_at(k, cue) else k + 1  # "حذر من تناقص …"
        if (
            cue.lemma in _EVENT_OBJECT_VERBS
            and _event_noun(norm)
            and not self._timed_at(k)
            and not self._own_event_in_object(k)
            and not self._clause_verb_on_noun(k)
        ):
            return k  # "أعلن الجيش مقتل ثلاثة جنود", "وصفت الشركة العثور على … بأنه"
        if cue.stance is Stance.DENIES and (_denied_event(norm) or self._definite_act(k)):
            return k  # "نفى المصدر في تصريح لوكالة … استهداف أي حي سكني", "… التفاوض مع"
        if self._after_counted_group(k, cue):
            return k  # "أكد عدد من التجار تراكم البضائع": what the group confirmed
        news = norm in _NEWS_OF and cue.lemma in lx.NP_CONTENT_VERBS
        if news and _news_of_event(norm, self._next_norm(k)):
            return k  # "أكد مصدر أمني نبأ اعتقال السائق"
        return self._stressed_content(k, cue)

    def _clause_verb_on_noun(self, k: int) -> bool:
        """Token k, an event noun written as its verb's past ("قتل"), is that verb in a clause
        on the noun before it: "هجوم على سوق ببلدة نائية قتل تسعة", "… قتل خلاله عشرة" (not "أعلنت
        الشرطة قتل …", "وأكدت قتل …", "…، قتل …", where the noun opens what was said)."""
        if k == 0 or self.tokens[k].norm not in lx.VERB_FORM_EVENT_HEADS:
            return False
        if no_voice_opening(self.tokens[k + 1 : k + 2]):
            return True  # "قتل خلاله", "قتل فيها": the verb, its pronoun back on the noun
        before = self.tokens[k - 1]
        if not before.is_word or k - 1 in self.spot_at or before.norm in lx.ADVERBS:
            return False
        return not _definite(before.norm)

    def _own_event_timed(self, k: int) -> bool:
        """Token k is an event noun only with its doer's pronoun right after a word of time
        ("عقب وصوله", "بعد انسحابها"): when the voice spoke, never what it said."""
        return self._timed_at(k) and self._own_event_only(k)

    def _own_event_only(self, k: int) -> bool:
        """Token k is an event noun only with its doer's pronoun (``_own_event_noun``)."""
        return _only_own_event(self.tokens[k].norm)

    def _own_event_in_object(self, k: int) -> bool:
        """Token k is an event noun with its doer's pronoun (``_own_event_noun``) after an
        indefinite word in ة that follows a definite one: the noun is inside an object ("كشف
        المهاجم فلان تفاصيل قضية توقيعه", "… إلى محاولات إيرانية تدميرها"), never the content
        that opens after a voice ("أكدت مصادر عسكرية كردية دخولها" has no definite word)."""
        norm = self.tokens[k].norm
        if k < 2 or not _own_event_noun(norm) or lx.NP_CONTENT_HEADS & {norm}:
            return False
        before = self.tokens[k - 1].norm
        if before.startswith("ال") or not before.endswith("ه"):
            return False
        lead = self.tokens[max(0, k - MAX_LEAD_TOKENS) : k - 1]
        return any(t.is_word and t.norm.startswith("ال") for t in lead)

    def _act_after_time(self, k: int, cue: lx.Cue) -> bool:
        """Token k, after a verb that takes a noun phrase, its subject and a word of time
        ("أمس", "اليوم الجمعة", "أمس (الاثنين)،"), is a derived verbal noun with no article in
        construct with what follows: "أعلنت الوزارة اليوم تمديد المهلة", "أعلن النادي أمس
        تجديد عقد المدافع" (what was announced, after when)."""
        if cue.lemma not in lx.NP_CONTENT_VERBS or k + 1 >= len(self.tokens):
            return False
        norm = self.tokens[k].norm
        if norm.startswith("ال") or not _derived_noun(norm) or not self.tokens[k + 1].is_word:
            return False
        if norm in _NO_ACTS:
            return False  # "وأكد فلان، أمس، أثناء لقائه …": when, not what
        j, timed = k - 1, False
        while j > 0 and (not self.tokens[j].is_word or self.tokens[j].norm in lx.ADVERBS):
            timed = timed or self.tokens[j].is_word
            j -= 1
        return timed

    def _own_act_at(self, k: int, cue: lx.Cue) -> bool:
        """Token k, after "أعلن", is a verbal noun of a derived verb with its doer's pronoun
        ("تعاقده", "انتهاءها", "إفلاسه"), not after a word of time ("خلال استقباله"): what a
        voice announces of itself. (Without the pronoun such nouns also name bodies and
        documents inside a lead: "الإدارة العامة", "اتفاقية التجارة".)"""
        tok = self.tokens[k]
        if cue.lemma != _ANNOUNCING or not _possessed(tok) or not _denied_event(tok.norm):
            return False
        before = _strip_conj(self.tokens[k - 1].norm) if k else ""
        return before not in _AT_TIME and before not in _OCCASION_LINKS

    def _event_reported_at(self, k: int, cue: lx.Cue) -> bool:
        """The عن at token k, after a verb of reporting that takes no noun phrase ("ذكر"), is
        followed by an event noun: "وذكرت وكالات الأنباء عن وصول السفينة" tells the arrival;
        "ذكرت الصحيفة عن مصادر أن …" names a voice, and the words follow the complementiser."""
        return cue.lemma in lx.AN_EVENT_VERBS and _event_noun(self._next_norm(k))

    def _said_after(self, k: int) -> bool:
        """A comma and a complementiser close the phrase that عن at k opens: "أعلن المرشح عن
        الحزب الأخضر سالم الهاشمي، أنه …" (عن names whom the voice runs for; the words said
        follow the complementiser)."""
        tokens = self.tokens
        for j in range(k + 1, min(len(tokens) - 1, k + MAX_NAME_TOKENS + 2)):
            if tokens[j].text in "،,":
                return tokens[j + 1].norm in lx.COMPLEMENTISERS and not self._subordinate(j + 1)
            if not tokens[j].is_word or j in self.spot_at or tokens[j].norm in lx.COMPLEMENTISERS:
                return False
        return False

    def _subordinate(self, k: int) -> bool:
        """The أن at token k follows a word of time or manner that makes it no complementiser
        of saying: "قال الوزير بعد أن التقى نظيره إن …", "قبل أن يستقيل", "دون أن يذكر"."""
        return (
            k > 0
            and self.tokens[k].norm in _BARE_AN
            and _strip_conj(self.tokens[k - 1].norm) in _SUBORDINATORS
        )

    def _pointed_at(self, k: int) -> bool:
        """An event follows the إلى at token k of a verb of pointing. A verbal noun of no listed
        event counts after a perfect verb or a subject ("وأشارت إلى تضاعف …", "تشير الأرقام إلى
        تضاعف …"), not right after an imperfect one, which is often a relative clause ("لا
        علامات تشير إلى استكمال المشروع": signs, not a voice)."""
        nxt = self._next_norm(k)
        if _event_noun(nxt):
            return True
        verb = _strip_conj(self.tokens[k - 1].norm) if k else ""
        at_verb = k - 1 in self.spot_at and verb[:1] in _IMPERFECT_PREFIXES
        return not at_verb and _pointed_event(nxt)

    @staticmethod
    def _denied_object(norm: str) -> bool:
        """A noun that a denial takes as its object (``_DENIED_OBJECTS``), or one with its
        pronoun ("تورطه", "علاقتها")."""
        if norm in _DENIED_OBJECTS:
            return True
        for pronoun in lx.POSSESSIVE_PRONOUNS:
            if norm.endswith(pronoun) and len(norm) > len(pronoun) + 2:
                stem = norm[: -len(pronoun)]
                return stem in _DENIED_OBJECTS or stem.removesuffix("ت") + "ه" in _DENIED_OBJECTS
        return False

    def _told_with_ba(self, k: int) -> bool:
        """ "أفاد/يفيد" takes what it tells with ب: "اتصالا يفيد بإصابة طفل", "أفادت بوقوع
        انفجار" (the word at k, in ب). A word whose ب is its own is no such thing: a name
        ("بدر"), a known voice, or the head of one ("أفاد بيان الوزارة", "بلاغ", "بنك")."""
        norm = self.tokens[k].norm
        if norm[:1] != "ب" or len(norm) <= MIN_TOLD_WITH_BA or given_name(norm):
            return False
        if norm in _OWN_BA_HEADS or norm.removesuffix("ا") in _OWN_BA_HEADS:
            return False
        return not self.known([norm], False)

    def _bare_content_at(self, k: int, cue: lx.Cue) -> bool:
        """Words said open at token k with no complementiser: a first-person pronoun, "هناك"
        or "لا يوجد" after a verb of saying ("وقال نحن نحمل أمانة", "وأضاف فلان هناك حاجة إلى
        …"), and no complementiser, colon or quotation later in the clause ("قال مسؤول هناك إن
        …" is "an official there")."""
        if cue.lemma not in _SAYING_VERBS or k >= len(self.tokens):
            return False
        norm = self.tokens[k].norm
        there_is = norm in {"لا", "ولا"} and self._next_norm(k) in _THERE_IS
        if norm not in _BARE_OPENERS and not there_is:
            return False
        end = self.index_at(self.boundary_after(k))
        return not any(
            t.norm in lx.COMPLEMENTISERS
            or t.text == ":"
            or (t.text in OPENING_QUOTES and not self._quoted_label(j, end))
            for j, t in enumerate(self.tokens[k + 1 : end], start=k + 1)
        )

    def _quoted_label(self, j: int, end: int) -> bool:
        """The quotation mark at token j wraps a short label or figure, or closes one: "إخلاء
        ”35″ شخصاً", "مركز «قياس»" (a name or a number set off, no words said)."""
        tokens = self.tokens
        glued = j and tokens[j - 1].is_word and tokens[j - 1].end == tokens[j].start
        if glued and tokens[j].text in CLOSING_QUOTES:
            return True  # "″" after "35": the mark that closes it
        for m in range(j + 1, min(end, j + MAX_QUOTED_LABEL_WORDS + 2)):
            if not tokens[m].is_word:
                return tokens[m].text in CLOSING_QUOTES and m > j + 1
        return False

    def _inferred_stress(self, spot: _Spot, content_at: int | None) -> bool:
        """An imperfect verb of emphasis before a noun of stance: "وهذا يؤكد حرص الوزارة",
        "الحادثة تؤكد أهمية …" draw a conclusion in the writer's voice; a speaker says "أكد
        الوزير حرص …" in the perfect."""
        if content_at is None or spot.cue.lemma not in _EMPHASIS_VERBS:
            return False
        verb = _strip_conj(self.tokens[spot.i].norm)
        if verb[:1] not in _IMPERFECT_PREFIXES or content_at >= len(self.tokens):
            return False
        opened = self.tokens[content_at].norm
        after_ala = content_at > 0 and self.tokens[content_at - 1].norm == "علي"
        return after_ala or strip_article(opened) in _STANCE_NOUNS or opened in _STANCE_NOUNS

    def _stressed_content(self, k: int, cue: lx.Cue) -> int | None:
        """Where the content of a verb of emphasis opens at token k: "أكد الوزير حرص الحكومة
        على …" (the noun), "شدد على أهمية …" (after على); None otherwise."""
        norm = self.tokens[k].norm
        if self._own_event_timed(k):
            return None  # "وأكد فلان عقب وصوله المدينة أن …": when he spoke, not what
        if _stressed(norm, cue):
            return k
        if norm == "علي" and not self._is_ali(k) and _stressed(self._next_norm(k), cue):
            return k + 1
        if norm == "علي" and cue.lemma in _EMPHASIS_VERBS and not self._is_ali(k):
            # "أكد المحافظ على اكتمال المشروع": a derived verbal noun in construct after على
            # is what he stresses, as "أشار إلى …" takes one (a definite one is a topic).
            stressed = _pointed_event(self._next_norm(k)) and not self._act_before(k)
            return k + 1 if stressed else None
        return None

    def _act_before(self, k: int) -> bool:
        """The words between the cue before token k and k open with a verbal noun: "وأكد
        تصميم الدول على …" holds what is stressed, no voice, before the على."""
        j = k - 1
        while j >= 0 and j not in self.spot_at:
            j -= 1
        first = j + 1
        if first < k and self.tokens[first].norm in _HONORIFIC_PRONOUNS:
            first += 1  # "وأكد معاليه تصميم …"
        return first < k and _derived_noun(self.tokens[first].norm)

    def _told_with(self, k: int) -> bool:
        """The إلى/مع at token k names whom the words were told to: "مع" only after an occasion
        and at most one word of it ("في مقابلة خاصة مع «الوادي»"), not after a topic ("قال فلان
        عن العقد مع «الوادي»: …" speaks of a deal with the paper)."""
        if _strip_conj(self.tokens[k].norm) != "مع":
            return True
        before = self.tokens[max(0, k - OCCASION_BEFORE_WITH) : k]
        return any(_strip_conj(t.norm) in lx.OCCASIONS for t in before)

    def _semicolon_before_that(self, k: int) -> bool:
        """Token k is a semicolon right before the complementiser of saying: "وبيّن فلان؛ أن
        …" (some papers close the subject so where others write a comma); a verb that is also
        a common word reads it as it reads the comma. Not before "أن" and a present verb ("كيف
        لمن يرى هذا؛ أن يفسر …": "to explain", no words said)."""
        tokens = self.tokens
        if tokens[k].text not in "؛;" or k + 2 >= len(tokens):
            return False
        that = tokens[k + 1].norm
        if that not in lx.COMPLEMENTISERS or self._subordinate(k + 1):
            return False
        return not (that in _BARE_AN and _present_verb_like(tokens[k + 2].norm))

    def _skip_lead_word(
        self,
        k: int,
        cue: lx.Cue,
        carriers: list[Mention],
        inner: list[Mention],
        *,
        noun: bool = False,
    ) -> int | None:
        """The index after a lead word that neither opens content nor ends the lead, else None.

        Steps over commas, adverbs, a quoted name («الوادي»), a relayed voice ("نقلا عن
        مصدر", "نقلت عن مسؤول"), an occasion ("في مؤتمر صحفي"), a carrier ("لوكالة رويترز",
        kept in ``carriers``) and small fillers ("له", "صحفي", "حول"). With ``noun`` the
        verb takes a noun phrase as its content (a denial), which may follow a dashed aside.
        """
        tok = self.tokens[k]
        norm = tok.norm
        if tok.text in OPENING_QUOTES and self._name_in_lead(k):
            lead_quote = self.quote_at(k)
            assert lead_quote is not None
            return self.index_at(lead_quote[1] + 1)
        if self._semicolon_before_that(k):
            return k + 1  # "وبيّن من جهته فلان؛ أن …": the semicolon stands for a comma
        if tok.text in "،,":
            return self._apposition_end(k)
        if tok.text in _DASHES or (tok.is_word and not norm):
            return self._dashed_aside_end(k, carriers, noun=noun)
        if tok.text == "(" or norm in _RELATIVE_PRONOUNS:
            return self._aside_end(k)
        if norm in lx.ADVERBS or norm in lx.PRONOUN_NOUNS:
            return k + 1
        if norm in _THIS_TIME and self._this_time_after_saying(k):
            return k + 2  # "نقلت … عن مسؤول قوله هذا الشهر إن …"
        quoted_by = self._quoted_by_medium(k, carriers)
        if quoted_by is not None:
            return quoted_by
        relayed = _strip_conj(norm) == "نقلا" and k + 1 < len(self.tokens)
        if relayed and self.tokens[k + 1].norm == "عن":
            return self._relayed_voice(k + 2, inner)
        if relayed and self.tokens[k + 1].norm in lx.RELAYED_PRONOUNS:
            return k + 2  # "وأضافت الوكالة نقلا عنه أن …": quoting the one named before
        credited = None if relayed else self._medium_credit_in_lead(k, carriers, after_subject=True)
        if credited is None and not relayed:
            credited = self._medium_credit_before_object(k, cue, carriers)
        if credited is not None:
            return credited
        if norm == "عن" and cue.lemma == "نقل":
            if inner and _represents_a_body(inner[-1]):
                # "نقلت … عن فلان عضو فريق الحوار عن البرلمان": whom the member is for, no
                # second voice relayed; read with the title, the member's whole phrase.
                end = self.phrase_end(k + 1, verb=None)
                phrase = self.tokens[self.index_at(inner[-1].start) : end]
                whole = read_voice(self.text, phrase, self.known, allow_bare_name=True)
                if whole is not None:
                    inner[-1] = whole
                return end
            return self._relay_tail_end(self._relayed_voice(k + 1, inner), inner)
        if norm == "ما" and cue.lemma == "نقل" and self._next_norm(k) in _WHAT_SAID:
            return self._what_was_said(k + 1, inner)  # "نقلت الوكالة ما قاله الوزير إن …"
        if self._relayed_saying_at(k, cue):
            # "نقلت الوكالة قول الوزير وهو في زيارة للعاصمة إن …": where he was, then his words
            return self._relay_tail_end(self._relayed_voice(k + 1, inner), inner)
        if norm == "من" and cue.lemma == "علم":
            return self._relayed_voice(k + 1, inner)  # "علمت الصحيفة من مصادر مطلعة أن …"
        if norm == "الي" and cue.lemma == "نسب":
            return self._relayed_voice(k + 1, inner)  # "نسبت الوكالة إلى مسؤول قوله إن …"
        if _strip_conj(norm) in _RESTING_ON and self._next_norm(k) in {"الي", "علي"}:
            # "وذكرت المجلة، مستندة إلى وزارة المالية، أن …": the ministry is her source.
            return self._relayed_voice(k + 2, inner)
        if norm in {"عن", "عنه", "عنها", "عنهم"}:
            return k + 1
        if norm in {"علي", "عبر"} and self._next_norm(k) in lx.ACCOUNT_NOUNS:
            return self._account_end(k + 2)
        if cue.lemma == "نقل" and norm in _ONLINE_LINKS:
            platform = self._platform_end(k)
            if platform is not None:
                return platform  # "ونقل حساب النادي على تويتر عن فلان قوله": where it wrote
        beside = self._beside_post(k)
        if beside:
            return k + beside  # "وكتب الوزير إلى جانب الصورة، أنها …": where he wrote it
        if norm in _OCCASION_LINKS and k + 1 < len(self.tokens):
            nxt = self.tokens[k + 1].norm
            occasion = nxt in lx.OCCASIONS or _strip_conj(nxt) in lx.OCCASIONS
            if occasion and self._next_norm(k + 1) in _CARRYING_VERBS:
                return self._carried_by(k + 3, carriers)
            if occasion:
                return k + 2
            return self._place_before_that(k) or k + 1
        if norm.startswith("ل") and self._carrier_at(k):
            carrier, after = self.read_carrier(k)
            if carrier is not None:
                carriers.append(carrier)
            return after
        if norm in _TO_WITH and self._quoted_medium(k + 1) and self._told_with(k):
            # "في تصريح إلى «الوادي»: …", "في اتصال مع «الوادي» إن": the outlet carried it.
            quote = self.quote_at(k + 1)
            assert quote is not None
            after = self.index_at(quote[1] + 1)
            medium = read_voice(
                self.text, self.tokens[k + 1 : after], self.known, allow_bare_name=True
            )
            if medium is not None:
                carriers.append(medium)
            return after
        told = self._told_after_saying(k)
        if told is not None:
            return told  # "ونُقل عن فلان قوله لرؤساء تحرير الصحف إن …": whom he told
        if norm in lx.ADDRESSEES:
            return self._after_addressees(k)
        if norm in _OBTAINED:
            return self._obtained_end(k)  # "وذكر تقرير حصلت عليه «الوادي» أن …"
        if norm in _LEAD_FILLERS or norm in _OBJECT_PRONOUNS:
            return k + 1
        unnamed = self._unnamed_at(k)
        if unnamed is not None:
            return unnamed  # "نقلت عن مسؤول لم تسمه قوله …": why he is unnamed, no content
        if self._own_speech_at(k):
            return k + 2  # "واختتم حديثه بقوله: …": the words follow
        if self._on_this_at(k):
            return k + 2  # "بهذا الصدد", "بهذه المناسبة": the topic or occasion
        spot = self.spot_at.get(k)
        if spot is not None and spot.cue.lemma == _SAYING:
            return k + 1  # "واستطرد الوزير قائلا: …": the participle only introduces the words
        if spot is not None and spot.cue.cls is lx.CueClass.PREPOSITION:
            return self._interposed_credit(spot, carriers)
        return None

    def _beside_post(self, k: int) -> int:
        """How many tokens from k say where by a post the words were written: "إلى جانب
        الصورة", "تحت التغريدة", "أسفل المقطع" (0 when they do not)."""
        words = [self._next_norm(j - 1) for j in range(k, k + 3)]
        if words[0] in _BY_A_POST and words[1] in _POSTS:
            return 2
        if tuple(words[:2]) in _BESIDE and words[2] in _POSTS:
            return 3
        return 0

    def _interposed_credit(self, spot: _Spot, carriers: list[Mention]) -> int | None:
        """ "وقال الوزير فلان، بحسب «الوكالة»، إن …": a credit set off by commas between a
        verb's subject and its content names the medium that carried his words, not a second
        voice; kept in ``carriers``. Returns the index after its closing comma, else None."""
        if spot.cue.lemma not in {"بحسب", "حسب", "وفقا", "وفق"}:
            return None
        read = self._preposition_voice(spot)
        if read is None or read[2]:
            return None
        medium, after, _ = read
        if medium.kind not in (SourceKind.OUTLET, SourceKind.AGENCY, None):
            return None  # (None: the registry's own entry, of its own kind)
        if after >= len(self.tokens):
            return None
        if not self._comma_before(spot.i) or self.tokens[after].text not in "،,":
            return None
        carriers.append(medium)
        return after + 1

    def _dashed_aside_end(
        self, k: int, carriers: list[Mention], *, noun: bool = False
    ) -> int | None:
        """The index after a short aside between dashes, right before the complementiser:
        "وبيّن فلان -موظف- أن …" (a tatweel run "ــ" is a dash too), or a longer one before a
        colon; else None. With ``noun`` (a verb taking a noun phrase, a denial) a word may follow
        the short aside: "نفى فلان -وزير المالية- وجود عجز". A credit in the aside ("وأضاف -
        حسب ما نقلته الوكالة - أن …") names the medium that carried him."""
        tokens = self.tokens
        for j in range(k + 1, min(len(tokens) - 1, k + MAX_COLON_ASIDE + 2)):
            if tokens[j].text in _DASHES or (tokens[j].is_word and not tokens[j].norm):
                # "ويقول فلان -يعمل في … منذ أكثر من خمسين عاما- : …": a longer aside on who
                # he is may stand before the colon that opens his words.
                short = j <= k + MAX_DASHED_ASIDE + 1
                colon = tokens[j + 1].text == ":" and (short or not self._carrier_in(k + 1, j))
                opens = tokens[j + 1].norm in lx.COMPLEMENTISERS or (noun and tokens[j + 1].is_word)
                if not colon and (not opens or not short):
                    return None
                spot = self.spot_at.get(k + 1)
                if spot is not None and spot.cue.cls is lx.CueClass.PREPOSITION:
                    read = self._preposition_voice(spot)
                    if read is not None:
                        carriers.append(read[0])
                return j + 1
        return None

    def _carrier_in(self, start: int, end: int) -> bool:
        """A medium told stands among tokens start..end ("-متحدثة باسم … لوكالة …-"): the
        walk reads such an aside word by word, keeping the carrier."""
        return any(
            self.tokens[j].norm.startswith("ل") and self._carrier_at(j) for j in range(start, end)
        )

    def _told_after_saying(self, k: int) -> int | None:
        """The complementiser after whom a relayed voice told, at token k right after his
        saying: "قوله لرؤساء تحرير الصحف المحلية إن …" (ل and a few words, nothing else, then
        إن/أن); None otherwise."""
        if k == 0 or self.tokens[k - 1].norm not in _RELAYED_SAYINGS:
            return None
        if not self.tokens[k].norm.startswith("ل") or k in self.spot_at:
            return None
        for j in range(k + 1, min(len(self.tokens), k + 1 + MAX_TOLD_WORDS)):
            tok = self.tokens[j]
            if tok.norm in lx.COMPLEMENTISERS:
                return j
            if not tok.is_word or j in self.spot_at:
                return None
        return None

    def _after_addressees(self, k: int) -> int:
        """The index after the reporters told at k, with the words that say who they are ("وذكرت
        القيادة لمراسلين يرافقون رئيس الأركان في جولته أن …"): up to the complementiser, when one
        comes before any other cue."""
        if self.tokens[k].norm.startswith(_TO_COUNTERPART):
            # "لنظيرته الألمانية أن …": the counterpart's adjectives, no agency's credit
            j = k + 1
            while j < len(self.tokens) and nisba(self.tokens[j].norm):
                j += 1
            return j
        if _strip_conj(self._next_norm(k)) not in _ACCOMPANYING:
            return k + 1
        for j in range(k + 2, min(len(self.tokens), k + MAX_LEAD_TOKENS)):
            if j in self.spot_at or self.tokens[j].text in ".:":
                break
            if self.tokens[j].norm in lx.COMPLEMENTISERS:
                return j
        return k + 1

    def _unnamed_at(self, k: int) -> int | None:
        """The index after a clause at k that says a voice is not named: "لم تسمه", "لم يكشف
        عن اسمه", "طلب عدم ذكر اسمه", "فضل عدم الكشف عن هويته"; else None."""
        if self.tokens[k].norm not in _UNNAMED_OPENERS:
            return None  # the cheap test first: phrase_end asks of every word of a voice
        norm = _strip_conj(self.tokens[k].norm)
        if norm == "لم" and (
            self._next_norm(k).startswith(_NOT_NAMING) or self._next_norm(k) in _NOT_IDENTIFYING
        ):
            return k + 2  # "لم تسمه", "لم يسمها", "لم تحددها"
        asked = norm in _ASKED_UNNAMED or self.tokens[k].norm in _ASKED_UNNAMED  # ("فضل")
        if norm != "لم" and not asked:
            return None
        for j in range(k + 1, min(k + 1 + MAX_UNNAMED_CLAUSE, len(self.tokens))):
            if self.tokens[j].norm.startswith(_NAME_NOUNS):
                return j + 1
            if not self.tokens[j].is_word:
                return None
        return None

    def _carried_by(self, k: int, carriers: list[Mention]) -> int:
        """Read the medium at token k that carried the occasion ("في تصريحات نقلتها وكالة
        الأنباء الرسمية"): a registry medium is kept as a carrier. The index after it."""
        end = self.phrase_end(k, verb=None)
        # "في شريط بثته مواقع للمسلحين ولم يتسن تأكيده": the medium ends at the clause.
        breakers = (_strip_conj(t.norm) in lx.CLAUSE_BREAKERS for t in self.tokens[k + 1 : end])
        stop = next((k + 1 + n for n, broken in enumerate(breakers) if broken), end)
        medium = read_voice(self.text, self.tokens[k:stop], self.known, allow_bare_name=False)
        if medium is not None and medium.kind in (SourceKind.AGENCY, SourceKind.OUTLET):
            carriers.append(medium)
        return end

    def _platform_end(self, k: int) -> int | None:
        """The index after "على تويتر", "على موقع تويتر", "عبر «فيسبوك» على الإنترنت" from the
        word at k (``_account_end``, then "على الإنترنت"), None when no platform is named there:
        "على موقع الوزارة" names the body's own site, not where an account wrote."""
        end = self._account_end(k)
        if not any(t.norm in lx.PLATFORMS for t in self.tokens[k:end]):
            return None
        online = end + 1 < len(self.tokens) and self.tokens[end].norm in _ONLINE_LINKS
        return end + 2 if online and self.tokens[end + 1].norm in _ONLINE else end

    def _account_end(self, k: int) -> int:
        """The index after the words naming where an account is, from token k: "وكتب فلان على
        حسابه بموقع تويتر «…»" steps to the words written."""
        tokens = self.tokens
        while k < len(tokens):
            if tokens[k].norm in lx.ACCOUNT_WORDS:
                k += 1
            elif (
                tokens[k].text in OPENING_QUOTES
                and k + 2 < len(tokens)
                and tokens[k + 1].norm in lx.ACCOUNT_WORDS
                and tokens[k + 2].text in CLOSING_QUOTES
            ):
                k += 3  # "على حسابه في «تويتر»": the platform in quotation marks
            else:
                break
        return k

    def _apposition_end(self, comma: int) -> int:
        """The index after a comma in a lead, past an apposition it opens: "فلان، رئيس الحكومة،
        خلال …" or "فلان، وهو شقيق الضحية، إن" skip to the closing comma in one step."""
        tokens = self.tokens
        if comma + 1 >= len(tokens):
            return comma + 1
        first = _strip_conj(tokens[comma + 1].norm)
        aside = first in _AFFILIATED  # "المركز …، والتابع للمكتب الدولي، بأنه"
        if first in lx.COMPASS:
            return self._compass_aside_end(comma)  # "والي الوادي، جنوب البلاد، إن"
        if (
            first not in _TITLES
            and tokens[comma + 1].norm not in _APPOSITION_PRONOUNS
            and not aside
        ):
            return comma + 1
        for j in range(comma + 2, min(len(tokens), comma + 2 + MAX_VOICE_TOKENS + MAX_APPOSED)):
            if tokens[j].text in "،,":
                return j
            if tokens[j].text == ":":
                return j  # "فلان، المدير الإقليمي للبرنامج لمنطقة … ووسط آسيا: «…»"
            if tokens[j].text in OPENING_QUOTES and self._words_quoted(j):
                break  # "فلان، مدير المراكز "…، …"": a comma inside the words said
            complementiser = tokens[j].norm in lx.COMPLEMENTISERS
            # (not one inside a quoted name: "المسؤول في إذاعة «إن دي آر» إن …")
            if complementiser and first in _TITLES and not _inside(self.quotes, tokens[j].start):
                # "وبيّن فلان، الناطق الإعلامي للوزارة أنه …": the title runs up to the
                # complementiser (a strict verb's lead takes no title word by word). A name
                # in it is another man's: "وأبلغ «الوادي»، الدكتور فلان أن" (he speaks).
                named = any(given_name(t.norm) for t in tokens[comma + 1 : j])
                return comma + 1 if named else j
            if self._is_spot(j) or tokens[j].norm in lx.COMPLEMENTISERS:
                break
            if tokens[j].norm.startswith("ل") and self._carrier_at(j):
                break  # "…، رئيس المكتب لإذاعة X، إن": the carrier is read word by word
        return comma + 1

    def _compass_aside_end(self, comma: int) -> int:
        """ "والي الوادي، جنوب البلاد، إن …": an aside on where a place lies, skipped to its
        closing comma when the content's complementiser or quotation follows that comma; else
        the comma alone ("…، جنوب العاصمة، عشية أمس" goes on with no content yet)."""
        tokens = self.tokens
        for j in range(comma + 2, min(len(tokens) - 1, comma + 2 + MAX_APPOSED)):
            if tokens[j].text in "،,":
                nxt = tokens[j + 1]
                if nxt.norm in lx.COMPLEMENTISERS or nxt.text in OPENING_QUOTES:
                    return j + 1
                break
        return comma + 1

    def _aside_end(self, k: int) -> int | None:
        """Where an aside about the voice ends, taken in one step: "(28 عاما)", or a relative
        clause "الذي أصدرته الأمانة …" up to its comma or the content's complementiser (None
        when a reporting verb opens a clause inside it: the words are no aside)."""
        tokens = self.tokens
        if tokens[k].text == "(":
            close = next(
                (
                    j
                    for j in range(k + 1, min(len(tokens), k + MAX_NAME_TOKENS + 2))
                    if tokens[j].text == ")"
                ),
                None,
            )
            return None if close is None else close + 1
        if k + 1 < len(tokens) and _strip_conj(tokens[k + 1].norm) in lx.VERB_CUES:
            return None  # "الذي قال إن …": the complementiser is the relative clause's own
        for j in range(k + 1, min(len(tokens), k + MAX_LEAD_TOKENS)):
            if tokens[j].text in "،,:" or (
                tokens[j].norm in lx.COMPLEMENTISERS and not self._subordinate(j)
            ):
                return j  # ("التقرير، الذي أعدته الشركة: …": the colon opens the words)
            spot = self.spot_at.get(j)
            quoted = spot is None and tokens[j].text in OPENING_QUOTES and self._words_quoted(j)
            if quoted and not any(m in self.spot_at for m in range(k + 1, j)):
                # "فلان الذي غادر النادي في مايو «…»": the words, not the clause's (after a cue
                # inside the clause, "التي كتب فيها: «…»", they may be that cue's).
                return j
            if spot is not None and spot.clause_start:
                return None
        return None

    def _what_was_said(self, k: int, inner: list[Mention]) -> int:
        """ "نقلت الوكالة ما قاله الوزير …" with the verb of saying at token k: the voice after
        it is relayed ("صرح به" takes its preposition along); the index after the voice and the
        من of "من أن"."""
        k += 2 if self.tokens[k].norm == fold("صرح") and self._next_norm(k) == fold("به") else 1
        end = self.phrase_end(k, verb=None)
        after = end
        if end - 1 > k and self.tokens[end - 1].norm == "من":
            end -= 1  # "ما قاله الوزير من أن …": من opens what he said
        elif end < len(self.tokens) and self.tokens[end].norm == "من":
            after = end + 1
        voice = read_voice(self.text, self.tokens[k:end], self.known, allow_bare_name=True)
        if voice is not None:
            inner.append(voice)
        return after

    def _place_before_that(self, k: int) -> int | None:
        """The complementiser after a short place at token k ("في بيروت أن …"), else None.

        "أفادت الوكالة نقلا عن دبلوماسي عربي في بيروت أن المشير …": where the relayed voice
        is, not the claim (the content opens at "أن").
        """
        if self.tokens[k].norm != "في":
            return None
        for n in range(k + 1, min(k + 1 + _PLACE_WORDS, len(self.tokens))):
            tok = self.tokens[n]
            if tok.norm in lx.COMPLEMENTISERS and n > k + 1:
                return n
            if not tok.is_word or tok.norm in lx.VERB_CUES:
                return None
        return None

    def _quoted_by_medium(self, k: int, carriers: list[Mention]) -> int | None:
        """An aside at token k saying which medium quoted the speaker: "وشدد فلان، حسبما نقلت
        عنه صحيفة «الوادي»، على …" (also "بحسب ما" / "وفق ما" / "كما"): the medium carried his
        words, it is not their voice. Keeps it in ``carriers``; the index after it, or None."""
        tokens = self.tokens
        norm = _strip_conj(tokens[k].norm)
        j = k + 1
        if norm in _AS_WHAT:
            if self._next_norm(k) != "ما":
                return None
            j += 1
        elif norm not in {"حسبما", "كما"}:
            return None
        if j + 1 >= len(tokens) or not tokens[j].norm.startswith("نقل"):
            return None
        if tokens[j + 1].norm not in lx.RELAYED_PRONOUNS:
            return None
        end = self.phrase_end(j + 2, verb=None)
        medium = read_voice(self.text, tokens[j + 2 : end], self.known, allow_bare_name=False)
        if medium is None or medium.kind not in (SourceKind.AGENCY, SourceKind.OUTLET):
            return None
        carriers.append(medium)
        return end

    def _medium_credit_in_lead(
        self, k: int, carriers: list[Mention], *, after_subject: bool = False
    ) -> int | None:
        """A credit to a medium at token k between a verb's subject and its complementiser:
        "وأوضحت الإدارة وفقا لما أورده موقع «الوادي» أنها …", "وقال فلان بحسب صحيفة الوادي إن …"
        (no dashes, see _dashed_aside_end): the medium carried the words, the subject spoke
        them. Keeps it in ``carriers``; the index of the complementiser, or None. After a
        subject read (``after_subject``), "على" may stand before the complementiser: "وشدد فلان
        وفقا لما نقلته وكالة الأنباء، على أن …"."""
        spot = self.spot_at.get(k)
        if spot is None or spot.cue.cls is not lx.CueClass.PREPOSITION:
            return None
        read = self._preposition_voice(spot)
        if read is None or not self._medium_credited(read[0]):
            return None
        j = read[1]
        while j < len(self.tokens) and self.tokens[j].text in _CREDIT_CLOSERS:
            j += 1
        # the preposition the verb takes, then the complementiser
        on = after_subject and j + 1 < len(self.tokens) and self.tokens[j].norm == _ON_FOLDED
        if on and self.tokens[j + 1].is_word:
            carriers.append(read[0])
            return j
        if j >= len(self.tokens) or self.tokens[j].norm not in lx.COMPLEMENTISERS:
            return None
        carriers.append(read[0])
        return j

    def _medium_credited(self, voice: Mention) -> bool:
        """A credit's voice is a medium: read as one, or a quoted name ("وفقا لـ«الوادي»") left
        unread that the registry knows as an outlet or a news agency."""
        if voice.kind in (SourceKind.AGENCY, SourceKind.OUTLET):
            return True
        words = [fold(w) for w in voice.surface.split()]
        return voice.kind is None and bool(words) and self.known(words, True, media=True)

    def _medium_credit_before_object(
        self, k: int, cue: lx.Cue, carriers: list[Mention]
    ) -> int | None:
        """A credit to a medium at token k, set off by a comma before the noun phrase a verb of
        announcing takes: "وأكدت الوزارة وفقا لوكالة الأنباء، وقوف البلاد مع …" (the medium
        carried it, the subject said it, as "أكد القنصل فلان لـ«الوادي»، مغادرة …"). Keeps the
        medium in ``carriers``; the index after the comma (the lead reads the object there),
        or None."""
        if cue.lemma not in lx.NP_CONTENT_VERBS or cue.stance is Stance.DENIES:
            return None
        spot = self.spot_at.get(k)
        if spot is None or spot.cue.cls is not lx.CueClass.PREPOSITION:
            return None
        read = self._preposition_voice(spot)
        if read is None or read[0].kind not in (SourceKind.AGENCY, SourceKind.OUTLET):
            return None
        j = read[1]
        if j + 1 >= len(self.tokens) or self.tokens[j].text not in "،,":
            return None
        if not self.tokens[j + 1].is_word or self._is_spot(j + 1):
            return None
        carriers.append(read[0])
        return j

    def _relayed_voice(self, k: int, inner: list[Mention]) -> int:
        """Read the voice after "نقلا عن"/"نقلت … عن" at token k into ``inner``; the index after."""
        end = self.phrase_end(k, verb=None)
        # "نقلت الإذاعة عن مسؤولين في الوزارة استعدادهم لـ…": their stance ends the voice.
        end = next((j for j in range(k + 1, end) if self._relayed_stance_at(j)), end)
        voice = read_voice(self.text, self.tokens[k:end], self.known, allow_bare_name=True)
        if voice is not None:
            inner.append(voice)
        return end

    def _relay_tail_end(self, end: int, inner: list[Mention]) -> int:
        """Past the rest of a relayed voice's description, when the complementiser (or "قوله")
        follows it within MAX_RELAY_TAIL words with nothing but words, commas and a short
        quoted name between: "نقلت الوكالة عن مسؤول رفيع المستوى في الوزارة، أن …", "عن
        الخبير فلان الاقتصادي في مجموعة «…» في مدينته أن …", "عن المتحدث باسم الشرطة، فلان، إن
        …": who he is, then his words. No other cue, full stop, colon or quotation may stand
        between, and a complementiser after a word of time ("بعد أن") opens none; else end."""
        if not inner:
            return end
        k, steps = end, 0
        while k < len(self.tokens) and steps < MAX_RELAY_TAIL:
            tok, steps = self.tokens[k], steps + 1
            if tok.norm in lx.COMPLEMENTISERS:
                return end if self._subordinate(k) else k
            if tok.norm in _RELAYED_SAYINGS:
                return k  # "… قوله، إن …": the lead walks on from his saying
            if tok.text in OPENING_QUOTES:
                quote = self.quote_at(k)
                if quote is None or quote[1] - quote[0] >= MAX_NAME_QUOTE_CHARS:
                    return end
                k = self.index_at(quote[1] + 1)
                continue
            if (not tok.is_word and tok.text not in "،,") or self._is_spot(k):
                return end
            if self._relayed_stance_at(k):
                return end  # "عن مسؤولين وصفهم للحادث بأنه …": their stance is read as before
            k += 1
        return end

    def _relayed_stance_at(self, j: int) -> bool:
        """Token j is a stance or act with "his"/"their" that a relayed voice took ("قلقهم",
        "تأكيده", "استعدادهم"): what the relay carries, its content, no part of the voice."""
        tok = self.tokens[j]
        if not tok.is_word or not _possessed(tok) or _strip_conj(tok.norm) != tok.norm:
            return False
        after = self._next_norm(j)
        if after in lx.PRONOUN_NOUNS or after in lx.COMPLEMENTISERS:
            return False  # "عن رئيس لجنة تطويرها قوله إن …": still the voice's name
        stem = next(
            (tok.norm[: -len(p)] for p in lx.POSSESSIVE_PRONOUNS if tok.norm.endswith(p)), ""
        )
        if stem in WORDS.position_nouns:
            return True
        return len(stem) > MIN_DERIVED_LETTERS and _derived_noun(stem)

    def _verb_content(self, content_at: int) -> tuple[int, int, QuoteKind] | None:
        """The content from token content_at; a colon that ends the sentence gives an empty span
        at its end, which the next sentence fills ("وقال الوزير:" then the quotation)."""
        if content_at >= len(self.tokens) and self.tokens[content_at - 1].text == ":":
            return self.sentence.end, self.sentence.end, QuoteKind.INDIRECT
        return self.content_span(content_at)

    def _content_before(
        self,
        spot: _Spot,
        subject: Mention | None,
        carriers: list[Mention],
        inner: list[Mention],
    ) -> RawAttribution | None:
        """«…»، قال المتحدث: a quotation just before the cue is its content."""
        i = spot.i
        before = bisect_left(self.quote_ends, self.tokens[i].start)
        if not before or subject is None:
            return None
        a, b = self.quotes[before - 1]
        between = self.text[b + 1 : self.tokens[i].start].strip(" ،,.")
        if between:
            return None
        return self._found(subject, carriers, inner, i, (a + 1, b, QuoteKind.DIRECT), spot.cue)

    def _found(
        self,
        voice: Mention | None,
        carriers: Sequence[Mention],
        inner: Sequence[Mention],
        cue_at: int,
        span: tuple[int, int, QuoteKind],
        cue: lx.Cue,
        gender: str | None = None,
    ) -> RawAttribution:
        """The attribution of the cue at token ``cue_at`` with its content ``span``.

        The stance is the cue's unless the content itself denies (see ``stance_of``); the
        gender is the cue's agreement unless given ("" for a preposition, which has none).
        """
        cue_text, c_start, c_end = self._cue_text(cue_at)
        start, end, quote = span
        stance = self.stance_of(cue.stance, start)
        agreement = cue.gender if gender is None else gender
        return RawAttribution(
            voice,
            tuple(carriers),
            tuple(inner),
            cue_text,
            c_start,
            c_end,
            start,
            end,
            quote,
            stance,
            agreement,
        )

    def stance_of(self, stance: Stance, start: int) -> Stance:
        """The stance of a content starting at offset start: a reporting verb's own, or a denial
        when the voice's words open with one: «ننفي الأنباء …» قال مصدر; "أكد أنه لا صحة لـ …"."""
        if stance is Stance.DENIES:
            return stance
        k = self.index_at(start)
        first = self.tokens[k].norm if k < len(self.tokens) else ""
        second = self.tokens[k + 1].norm if k + 1 < len(self.tokens) else ""
        if _strip_conj(first) in lx.DENIAL_OPENINGS or (first, second) in lx.DENIAL_PAIRS:
            return Stance.DENIES
        return stance

    def _subject_before(self, i: int, gender: str) -> Mention | None:
        """Subject-first order: "وزير الخارجية … قال إن" reads the phrase before the verb."""
        set_off = self._set_off_before_qad(i)
        if (self._comma_before(i) or set_off) and self._pluperfect_subject_before(i):
            # "وكان فلان، أكد …", "وكان فلان، قد أكد …": the subject stands before the comma
            i -= 2 if set_off else 1
        start = self.clause_start_before(i)
        at_sentence_start = start == 0
        for k in range(i - 1, start - 1, -1):
            if self.tokens[k].norm in _CLAUSE_OPENERS:
                start = k + 1  # "… تحميها من أي تداعيات لكن المحافظ حذر": after "لكن"
                if _subject_after_but(self.tokens, i):
                    # "لكن العمري قال إن": one word between لكن and the verb that looks like a
                    # surname, not a common noun ("لكن القانون يقول").
                    at_sentence_start = at_sentence_start or _surname_shaped(self.tokens[k + 1 : i])
                break
            if self.tokens[k].norm in lx.COMPLEMENTISERS:
                # "يشار إلى أن الوزير فلان أكد …": the clause after أن, whose subject is no
                # bare word ("يبقى أن السندات تشير", "أن تكون طهران قد اعتبرت" say no voice).
                # "إلا أن فلان قال …" ("however") opens a main clause, whose subject may be.
                start = k + 1
                at_sentence_start = self._however_at(k)
                break
        being = False
        while start < i and _strip_conj(self.tokens[start].norm) in _LEADING_PARTICLES:
            being = being or self.tokens[start].norm in _PLUPERFECT
            start += 1  # "لكن", "وكانت" (… قد قالت)
        at_sentence_start = at_sentence_start or (set_off and being)
        if start + 1 < i and _strip_conj(self.tokens[start].norm) in _PHASE_VERBS:
            start += 1  # "وبدأ المدرب يقول إن …": began saying; the subject follows the verb
        end = i
        if end > start and self.tokens[end - 1].norm in _PERFECT_PARTICLES:
            end -= 1  # "وكانت الوكالة قد نقلت"
            # "، وكان فلان قد أعلن": between كان and قد stands a subject, even a bare name.
            at_sentence_start = at_sentence_start or being
        phrase = self.tokens[start:end]
        if not phrase or len(phrase) > MAX_VOICE_TOKENS:
            return None
        first = _strip_conj(phrase[0].norm)
        if len(phrase) > 1 and _purpose_clause_verb(first, phrase[1].norm):
            return None  # "ليعود الداعية ويرد … بتغريدة قال فيها": a verb, then a clause
        if first in lx.PRONOUN_LEADS or phrase[0].norm in {"من"}:
            return None
        if first in _LINKERS and not self._is_ali(start):
            return None  # "وعن مواعيد الحجز أكد …": "as for …", the topic and not the voice
        if first in lx.OBTAINED:
            return self._obtainer(phrase)
        if first in lx.OPENING_ACTS or first in lx.ACTS_ON_IT:
            # "أصدرت صحة الساحل بيانا تفيد فيه …": an act and its doer, never a name; the
            # doer stands after the verb, and is read as a body or a title only.
            if self._present_on_launched(first, i):
                return None
            phrase = phrase[1:]
            at_sentence_start = False
        return read_voice(
            self.text, phrase, self.known, allow_bare_name=at_sentence_start, gender=gender
        )

    def _present_on_launched(self, act: str, i: int) -> bool:
        """A present verb after a launch, its doer and its object describes the object ("أطلقت
        الوزارة ست مبادرات يتوقع أن تسهم …": the initiatives are expected to help); the doer
        says nothing there."""
        return act in lx.LAUNCH_ACTS and self.tokens[i].norm[:1] in "يت"

    def _record_before(self, i: int, gender: str) -> Mention | None:
        """An indefinite record right before a present or past verb that agrees with it is the
        verb's subject in a relative clause: "نشرت الوزارة إحصائية أوضحت أن …", "ووقع رؤساء
        البلديات إعلانا يقول إن …" (none is written after an indefinite noun); not when the
        verb speaks "in it" ("أصدر الجيش بيانا قال فيه": the author speaks)."""
        if i < 2 or self._next_norm(i) in _IN_IT:
            return None
        tok = self.tokens[i - 1]
        norm = tok.norm
        if not _indefinite_word(tok) or _strip_conj(norm) != norm:
            return None
        if norm not in lx.DOCUMENT_HEADS and norm[:-1] in lx.DOCUMENT_HEADS and norm[-1] == "ا":
            norm = norm[:-1]  # "إعلانا": the accusative's alif
        if norm not in lx.DOCUMENT_HEADS:
            return None
        if gender not in {"f" if norm.endswith("ه") else "m"}:
            return None
        text = tok.text.rstrip("\u064b")  # (the tanween of "إعلاناً")
        name = text[: len(text) - (len(tok.norm) - len(norm))]
        return Mention(tok.text, tok.start, tok.end, name, "", SourceKind.DOCUMENT, False, gender)

    def _described_record_before(self, i: int, gender: str) -> Mention | None:
        """An indefinite record and one or two indefinite adjectives right before the verb:
        "فهناك دراسة موسعة أكدت أن …", "نشرت الهيئة إحصائية جديدة أوضحت أن …" (as with the
        record alone, _record_before); the record with its adjectives is the voice."""
        if self._next_norm(i) in _IN_IT:
            return None  # "بيان مشترك أكد فيه الطرفان": the authors speak in it
        if _strip_conj(self.tokens[i].norm) in _CAME_OUT:
            return None  # "صرح في رسالة صوتية نشرت أمس أن …": a record published, no voice
        j = i - 1
        while j > 0 and i - j <= MAX_RECORD_ADJECTIVES and self._indefinite_adjective(j):
            j -= 1
        if j == i - 1:
            return None
        head = self._record_before(j + 1, gender)
        if head is None:
            return None
        end = self.tokens[i - 1].end
        surface = self.text[head.start : end]
        return replace(
            head, surface=surface, end=end, name=f"{head.name} {self.text[head.end : end].strip()}"
        )

    def _indefinite_adjective(self, j: int) -> bool:
        """Token j may be an indefinite adjective of a record: no article, and a nisba or
        feminine ending ("موسعة", "حكومية") or a plain adjective ("جديد"); not a preposition
        ("على") nor a noun with "his" ("موقعه")."""
        tok = self.tokens[j]
        text = tok.text.rstrip("\u064b\u064c")
        return (
            _indefinite_word(tok)
            and _strip_conj(tok.norm) == tok.norm
            and tok.norm not in lx.DOCUMENT_HEADS
            and len(tok.norm) >= MIN_RECORD_ADJECTIVE
            and (text.endswith(("ة", "ي")) or tok.norm in _PLAIN_RECORD_ADJECTIVES)
        )

    def _however_at(self, k: int) -> bool:
        """The أن at token k is the second word of "إلا أن"/"غير أن"/"بيد أن" ("however")
        opening the sentence or a clause after a comma."""
        if k == 0 or _strip_conj(self.tokens[k - 1].norm) not in _HOWEVER:
            return False
        return k == 1 or not self.tokens[k - 2].is_word

    def _unmarked_relative(self, i: int) -> Mention | None:
        """ "جاء القرار بعد تقارير [صحفية] ذكرت أن …": an indefinite noun of reports or sources
        after a preposition, then the verb with no relative pronoun (none is written after an
        indefinite noun); the noun phrase is the voice, not the clause before it."""
        j = i - 1
        while j > 0 and i - j <= MAX_UNMARKED_ADJECTIVES and _indefinite_word(self.tokens[j]):
            if _strip_conj(self.tokens[j].norm) in _REPORT_NOUNS:
                break
            j -= 1
        if j <= 0 or _strip_conj(self.tokens[j].norm) not in _REPORT_NOUNS:
            return None
        if _strip_conj(self.tokens[j - 1].norm) not in _EMBEDDING_WORDS:
            return None
        return read_voice(self.text, self.tokens[j:i], self.known, allow_bare_name=False)

    def _object_before(self, i: int) -> bool:
        """The word before token i is an indefinite noun in the accusative ("مقطعا", "صوراً"),
        the object of the clause a relative verb at i describes."""
        tok = self.tokens[i - 1]
        return _indefinite_word(tok) and tok.text.rstrip("\u064b").endswith("ا")

    def _group_before(self, i: int) -> Mention | None:
        """ "وتداول ناشطون … مقطعا قالوا إنه يظهر …": a plural verb in a relative clause on an
        indefinite object speaks for the unnamed group that is the sentence's subject (with its
        adjectives), not for the last speaker; None when no such group comes before it."""
        for k in range(self.clause_start_before(i), i):
            norm = _strip_conj(self.tokens[k].norm)
            if norm not in lx.ANONYMOUS_HEADS or norm in _SINGLE_HEADS:
                continue
            end = k + 1
            while end < i and self.tokens[end].norm.endswith(_PLURAL_ADJECTIVES):
                end += 1  # "ناشطون محليون", "شهود عيان" is read by read_voice itself
            return read_voice(self.text, self.tokens[k:end], self.known, allow_bare_name=False)
        return None

    def _speaker_after_unagreeing_relative(self, spot: _Spot, subject: Mention | None) -> bool:
        """A masculine singular past verb with no subject right after "التي"/"الذين": the
        antecedent (feminine, or plural) is not who spoke ("انتقد الوزير الدول التي قال إنها
        …": he said it of them)."""
        if subject is not None or spot.i < 2 or spot.cue.gender != "m":
            return False
        verb = _strip_conj(self.tokens[spot.i].norm)
        rel = self.tokens[spot.i - 1].norm
        return rel in _NOT_MASCULINE_RELATIVES and rel != "الذي" and verb[:1] not in "يت"

    def _clause_subject(self, rel: int, gender: str) -> Mention | None:
        """The subject right after the verb that opens the clause holding the relative pronoun
        at ``rel``: "وانتقد الهاشمي كذلك الشركات التي …" → "الهاشمي"; a person only."""
        return self._subject_after(self.clause_start_before(rel), rel, gender)

    def _while_subject(self, i: int, gender: str) -> Mention | None:
        """The person a participle at i speaks for when the clause before it opens with
        "فيما"/"بينما" and a verb that is no cue: "…، فيما أشاد فلان بالعروض، موضحا أن …"
        is his, not the speaker before "فيما"; None otherwise, or when no given name or
        title follows the verb."""
        if i < 3 or self.tokens[i - 1].text not in "،,":
            return None
        start = self.clause_start_before(i - 1)
        if start + 2 >= i - 1 or self.tokens[start].norm not in _CLAUSE_OPENERS:
            return None
        first = self.tokens[start + 2].norm
        if not (given_name(first) or _strip_conj(first) in _TITLES):
            return None  # "فيما سيتم منح التأشيرة": no one named after the verb
        return self._subject_after(start + 1, i - 1, gender, names=True)

    def _bare_name(self, start: int, stop: int) -> bool:
        """Tokens start..stop are a name with no title: a given name first, then at most
        ``MAX_BARE_SUBJECT`` words, none of them a word in ب/ل after it ("فلان بالعروض": what
        he praised) unless "بن" or a given name."""
        words = self.tokens[start:stop]
        if not given_name(words[0].norm) or len(words) > MAX_BARE_SUBJECT:
            return False
        return all(
            t.is_word and (t.norm[:1] not in "بل" or t.norm in SON_OF or given_name(t.norm))
            for t in words[1:]
        )

    def _subject_after(
        self, verb: int, rel: int, gender: str, *, names: bool = False
    ) -> Mention | None:
        """The person named right after the verb at ``verb``, before token ``rel``; with
        ``names``, a name of two words or more with no title stands too ("أشاد سالم العلي")."""
        start = verb + 1
        if start >= rel or not self.tokens[verb].is_word:
            return None
        end = min(self.phrase_end(start, verb=None), rel)
        for stop in range(end, start, -1):
            # "وانتقد الوزير سالم الهاشمي الشركات": the longest phrase that names a person
            # by title; else one bare word ("وانتقد الهاشمي كذلك الشركات").
            bare = stop == start + 1 and _surname_or_given(self.tokens[start].norm)
            bare = bare or (names and self._bare_name(start, stop))
            found = read_voice(
                self.text, self.tokens[start:stop], self.known, allow_bare_name=bare, gender=gender
            )
            if found is not None and found.kind in _PEOPLE_KINDS:
                return found
        return None

    def _share_before(self, i: int) -> bool:
        """A percentage or a number right before the verb at i is its subject: "61% أكدوا أن"
        (a share of those surveyed), not a voice named earlier."""
        prev = self.tokens[i - 1]
        return prev.text in "%٪" or prev.norm.isdigit()

    def _relative_before(self, i: int) -> int | None:
        """The index of a relative pronoun right before the verb at i, perhaps with "كان"
        between them ("التي كانت تشير"), or None."""
        j = i - 1
        if j > 1 and self.tokens[j].norm in WAS:  # "التي كانت تشير"
            j -= 1
        if _time_clause(self.tokens, i):
            return None  # "في الوقت الذي قال": a conjunction of time, no antecedent speaks
        return j if j > 0 and self.tokens[j].norm in _RELATIVE_PRONOUNS else None

    def _relative_antecedent(self, rel: int, gender: str) -> Mention | None:
        """ "… من رئيس الحكومة فلان الذي قال: …": the longest phrase right before the relative
        pronoun at ``rel`` that names a person (by title, or a given name and a family name),
        or a body set off by a comma ("… اللجنة الدائمة، التي أكدت أن …"); else None. (A body
        with no comma is often the object the clause describes: "نتائج اختبارات الاتحاد التي
        كشفت …", "وتسعى الحكومة إلى تعزيز الاقتصاد الذي يتوقع …".)"""
        end = rel
        if rel > 1 and self.tokens[rel - 1].text in "،,":
            end = rel - 1  # "الدكتورة فلانة عضو الجمعية، التي أكدت أن …"
        # (a long title fits before the comma: "مدير عام … في إمارة المنطقة فلان، الذي")
        reach = MAX_NAME_TOKENS + (MAX_STRICT_LEAD if end == rel else MAX_VOICE_TOKENS)
        body: Mention | None = None
        for start in range(max(self.clause_start_before(end), end - reach), end):
            tok = self.tokens[start]
            if not tok.is_word or not self._opens_voice(start):
                continue  # "ويشرف عليها نائب المدير فلان الذي …": the phrase starts at the title
            if tok.norm == "علي" and not self._is_ali(start):
                continue  # "على" folds like the name "علي"
            if start and tok.norm.startswith("ال") and _definite(self.tokens[start - 1].norm):
                continue  # "للمجلس العسكري الحاكم في البلاد، الذي": an adjective, no title
            phrase = self.tokens[start:end]
            if any(_strip_conj(t.norm) in _STATEMENTS and t.norm[:1] == "و" for t in phrase):
                return None  # "تصريحات فلان وتصريحات فلان التي أكدت": the statements confirm
            # "وحضر سالم العنزي الذي أكد أن …": a given name and another word name him
            bare = given_name(tok.norm) and tok.norm != "علي" and end - start > 1
            found = read_voice(self.text, phrase, self.known, allow_bare_name=bare, gender=gender)
            if found is None:
                continue
            # "فلان عدم صحة الرسائل التي قالت": a voice cut short of the pronoun is not what
            # the relative clause describes.
            whole = found.end >= max(t.end for t in phrase if t.is_word)
            named = any(given_name(t.norm) for t in phrase)
            if found.kind in _PEOPLE_KINDS:
                authored = start > 0 and self.tokens[start - 1].norm in _BY_AUTHOR
                if gender == "f" and not named and not authored and _masculine_head(phrase):
                    # "على المواطن البسيط والتي تقول": he cannot be "التي" (but "النظرية
                    # المقدمة من الرئيس … التي تقول": his theory, which he holds, speaks)
                    continue
                # ("المجلس العسكري الحاكم في البلاد، الذي": the body, not a title inside it)
                return body or (found if whole else None)
            # ("وزير خارجية نظام …، الذي زعم", "مرشحة الحزب …، والتي قالت": a body governed by
            # the noun before it is that noun's complement; the speaker is the noun's holder)
            free = start == self.clause_start_before(end) or self.tokens[start - 1].norm in _FREE
            taken = end < rel and whole and not named and free and found.kind in _TELLERS
            if body is None and taken:
                body = found  # "اللجنة الدائمة، التي أكدت": unless a person is read after
        return body

    def _agreeing_body_before(self, rel: int, i: int) -> Mention | None:
        """ "واقتربنا من حاجز للشرطة التي قالت إنه …", "وفق الهيئة التي أشارت إلى أن …": a
        body named right before "الذي"/"التي" (no comma), its head agreeing with the pronoun
        in gender, is the voice when the verb at i opens its words at once (a complementiser
        or a colon). The agreement keeps out a body that only completes the noun the clause
        is on ("نتائج فحوص الاتحاد التي كشفت أن …": the results revealed it); else None."""
        pronoun = _strip_conj(self.tokens[rel].norm)
        if pronoun not in _BODY_RELATIVES or not self._words_open_at_once(i + 1):
            return None
        for start in range(max(self.clause_start_before(rel), rel - MAX_NAME_TOKENS), rel):
            phrase = list(self.tokens[start:rel])
            if not all(t.is_word for t in phrase) or not _body_shaped(phrase):
                continue  # "اللجنة التسجيلات التي": the recordings, not the committee
            before = _strip_conj(self.tokens[start - 1].norm) if start else ""
            if _definite(_strip_conj(phrase[0].norm)) and _definite(before):
                continue  # "المعسكرات الداخلية التي": an adjective, no body
            if before in _CARRIER_NOUNS:
                continue  # "موقع الهيئة الرسمي الذي": the site, the body's, is what it is on
            if phrase[0].norm.startswith("لل"):
                phrase[0] = _without_lam(phrase[0])  # "حاجز للشرطة التي": the police
            head = strip_article(_strip_conj(phrase[0].norm))
            if head.endswith(_FEMININE_ENDINGS) != (pronoun == _WHICH_FEMININE):
                continue  # "موقع الهيئة الذي قال": the site, not the body, is what it is on
            found = read_voice(self.text, phrase, self.known, allow_bare_name=False)
            if found is None or found.kind not in BODY_KINDS:
                continue
            if found.start <= phrase[0].start and found.end >= phrase[-1].end:
                return found  # ("تقرير الهيئة الذي": the body inside is not the antecedent)
        return None

    def _words_open_at_once(self, k: int) -> bool:
        """Token k (after a few adverbs of time) is a complementiser or a colon, or "إلى"/"على"
        right before one: a verb's words begin there ("التي أكدت أمس أن …")."""
        while k < len(self.tokens) and self.tokens[k].norm in lx.ADVERBS:
            k += 1
        if k + 1 >= len(self.tokens):
            return False
        tok = self.tokens[k]
        if tok.text == ":" or tok.norm in lx.COMPLEMENTISERS:
            return True
        return tok.norm in _TO_THAT and self.tokens[k + 1].norm in lx.COMPLEMENTISERS

    def _subject_before_relative(self, comma: int) -> Mention | None:
        """Subject-first with a relative clause set off before the verb: "لكن المدرب فلان الذي
        تولى الفريق في يونيو، أكد أن …" reads the subject before "الذي" (the sentence's
        first clause, no other comma in it)."""
        start = 0
        while start < comma and _strip_conj(self.tokens[start].norm) in _LEADING_PARTICLES:
            start += 1
        rel = next(
            (j for j in range(start + 1, comma) if self.tokens[j].norm in _RELATIVE_PRONOUNS),
            None,
        )
        if rel is None or any(not t.is_word for t in self.tokens[start:rel]):
            return None
        if _strip_conj(self.tokens[start].norm) in _NOT_A_SUBJECT:
            return None  # "وحول المساعدات التي تصل، قال إن …": the topic, not who speaks
        if any(t.text in "،,:" for t in self.tokens[rel:comma]):
            return None
        phrase = list(self.tokens[start:rel])
        head = phrase[0]
        bare = _strip_conj(head.norm)
        if bare != head.norm:  # "والمدرب الذي …": the conjunction is no part of the name
            cut = len(head.norm) - len(bare)
            phrase[0] = Token(head.text[cut:], head.start + cut, head.end, bare)
        return read_voice(self.text, phrase, self.known, allow_bare_name=True)

    def _subject_before_occasion(self, comma: int, gender: str) -> Mention | None:
        """Subject-first with the occasion set off by commas: "وزارة النقل، في بيان أصدرته
        أمس، قالت إن …" reads the subject before the occasion."""
        start = self.clause_start_before(comma)
        if start < 2 or self.tokens[start - 1].text not in "،," or start + 1 >= comma:
            return None
        if self.clause_start_before(start - 1) != 0:
            return None  # only a subject that opens the sentence
        link, head = self.tokens[start].norm, _strip_conj(self.tokens[start + 1].norm)
        if link not in _OCCASION_LINKS or head not in lx.OCCASIONS:
            return None
        return self._subject_before(start - 1, gender)

    def _obtainer(self, phrase: Sequence[Token]) -> Mention | None:
        """ "حصلت الصحيفة على معلومات تفيد بأن …": the voice is who obtained the papers."""
        on = next((k for k, t in enumerate(phrase) if t.norm == "علي"), None)
        if on is None or on < MIN_OBTAINER_AT:
            return None
        return read_voice(self.text, phrase[1:on], self.known, allow_bare_name=False)

    def _nested(self, start: int, end: int, inner: list[Mention]) -> tuple[int, list[Mention]]:
        """Content that opens with another voice and cue ("التسريبات تتحدث عن أن …") nests."""
        k = self.index_at(start)
        # Spots sit on distinct tokens: only the few after token k can be close enough to it.
        after_k = bisect_right(self.spots, k, key=_spot_index)
        for spot in self.spots[after_k : after_k + MAX_NESTED_VOICE_TOKENS]:
            if (
                spot.i <= k
                or spot.i - k > MAX_NESTED_VOICE_TOKENS
                or spot.cue.cls is not lx.CueClass.VERB
            ):
                continue
            if self.tokens[spot.i].start >= end:
                break
            voice = read_voice(
                self.text, self.tokens[k : spot.i], self.known, allow_bare_name=False
            )
            if voice is None:
                return start, inner
            if spot.cue.lemma in _SHOWING and not self._shown_by_record(k, voice):
                return start, inner  # "أن الحكومة أثبتت أنها …": its deeds show it, no voice
            m = spot.i + 1
            while m < len(self.tokens) and m - spot.i <= MAX_PARTICIPLE_LEAD:
                norm = self.tokens[m].norm
                if norm in lx.COMPLEMENTISERS:
                    nested_at = m + 1
                    if nested_at >= len(self.tokens) or self.tokens[nested_at].start >= end:
                        return start, inner
                    new_start = self.tokens[nested_at].start
                    # The inner complementiser's clause may nest again ("عن أن").
                    return new_start, [*inner, voice]
                if norm not in _LINKERS:
                    break
                m += 1
            return start, inner
        return start, inner

    def read_participle(self, spot: _Spot) -> RawAttribution | None:
        """…، مشيرا إلى أن … : the voice is the clause's speaker. A medium told may stand
        before the complementiser ("…، قائلة لـ«الوادي» إن …", "مضيفا للصحيفة أن"): it
        carried the words."""
        i = spot.i
        if spot.cue.lemma == _ACCUSING_PARTICIPLE:
            return self.read_accusing_participle(spot)
        noun_at = self._opening_participle_noun(spot)
        if noun_at is None:
            noun_at = self._stressed_after_comma(spot)
        if noun_at is None:
            noun_at = self._pointed_after_comma(spot)
        if noun_at is None:
            noun_at = self._said_on_after_comma(spot)
        if noun_at is not None:
            noun_span = self.content_span(noun_at)
            if noun_span is None:
                return None
            # "وأشاد مستهلكون بالخدمة، مشيرين إلى توفير …": the group's, as with a clause
            group = self._plural_doer(i) if spot.cue.gender == "p" and not self.found else None
            return self._found(group, (), (), i, noun_span, spot.cue)
        k = i + 1
        carriers: list[Mention] = []
        lead = i  # where the lead's words are counted from (after a medium, from there)
        while k < len(self.tokens) and k - lead <= MAX_PARTICIPLE_LEAD:
            tok = self.tokens[k]
            if lead == i and tok.norm.startswith("ل") and self._carrier_at(k):
                carrier, after = self.read_carrier(k)
                if after > k:
                    carriers += [carrier] if carrier is not None else []
                    k = lead = after
                    continue
            if tok.norm in lx.COMPLEMENTISERS:
                content_at = k + 1
                break
            if tok.text == ":" or tok.text in OPENING_QUOTES:
                content_at = k + 1 if tok.text == ":" else k
                if tok.text == ":" and self._next_norm(k) in lx.COMPLEMENTISERS:
                    content_at = k + 2  # "قائلا: إن …": the complementiser stays out
                break
            if spot.cue.lemma in _OBJECT_PARTICIPLES:
                if k > i + 1:
                    return None
                content_at = k  # "، واصفا الخطة بأنها طموحة": the plan and what it is called
                break
            if tok.norm == "من" and spot.cue.lemma == _WARNING and k == i + 1:
                if self._next_norm(k) not in lx.COMPLEMENTISERS:
                    content_at = k + 1  # "محذرة من خطر متزايد …": the danger warned of
                    break
                k += 1  # "محذرا من أن …": the complementiser opens the content next
                continue
            if tok.norm in _ATTENTION and k == i + 1:
                k += 1  # "لافتا النظر إلى أن …": the attention drawn, then the content
                continue
            if k == i + 1 and tok.norm == "عن" and self._next_norm(k) in lx.BELIEF_NOUNS:
                # "معربا عن اعتقاده (في) أن …": the belief voiced, then the content
                k += 3 if self._next_norm(k + 1) == "في" else 2
                lead = k - 1
                continue
            if k == i + 1 and _same_time_at(self.tokens, k):
                k += 3  # "مشيرا في الوقت نفسه إلى أن …": when or in what regard, then the content
                lead = k - 1
                continue
            if k == i + 1 and (aside := _participle_aside(self.tokens, k)):
                k += aside  # "مشيرا أيضا إلى أن", "موضحا في تصريحه أن": how he said it
                lead = k - 1
                continue
            # "مؤكدا سموه أن …": the honorific is the speaker already named.
            if tok.norm not in _PARTICIPLE_LEAD:
                return None
            k += 1
        else:
            return None
        span = self.content_span(content_at)
        if span is None:
            return None
        subject = self._while_subject(i, spot.cue.gender)
        if subject is not None:
            self._cut_before_while(i)
        elif spot.cue.gender == "p" and not self.found:
            subject = self._plural_doer(i)
        elif spot.cue.gender == "p":
            subject = self._group_said_before(i)
            if subject is not None:
                # "وتحدث خبراء لصحيفة X عن …، مشيرين إلى أن …": through the same medium, and
                # agreeing as the verb did, so a later cue points back to the group no more
                # than after the verb alone
                carriers = list(carriers or self.found[-1].carriers)
                gender = self.found[-1].gender
                return self._found(subject, carriers, (), i, span, spot.cue, gender)
        return self._found(subject, carriers, (), i, span, spot.cue)

    def read_accusing_participle(self, spot: _Spot) -> RawAttribution | None:
        """…، متهما المعارضة بنشر الشائعات: the clause's speaker accuses; the content is the
        accused and the charge, as after the verb. None with no accused before the charge
        ("…، متهمين بالسرقة": those arrested, accused by no one named) or no charge."""
        charge = self._charge_at(spot.i + 1)
        if charge is None:
            return None
        at = spot.i + 1
        if self.tokens[at].norm in _HIM and charge == at + 1:
            # "…، متهما إياه بالتقصير": the accused is the one named before; the charge alone
            at = charge + 1 if self.tokens[charge].norm in _AS_THAT else charge
        span = self.content_span(at, limit=self._charge_end(charge))
        return None if span is None else self._found(None, (), (), spot.i, span, spot.cue)

    def _group_said_before(self, i: int) -> Mention | None:
        """The voice of the reading before a plural participle at i that a comma sets off in
        the same sentence, when that voice is several people: a group, a pair or two named
        ("وأكد أقارب الصيادين أن …، مشيرين إلى أن …", "وأكد الوزيران أن …، مشيرين",
        "وقال فلان وفلان إن …، مؤكدين"), as the verb read it (one voice for the pair). None
        for one man or one body: the participle is no one's then."""
        last = self.found[-1]
        if last.source is None or last.cue_start >= self.tokens[i].start:
            return None
        if not self._comma_before(i) or not _several_people(last.source):
            return None
        return last.source

    def _stressed_after_comma(self, spot: _Spot) -> int | None:
        """Where a noun of stance opens after a participle of emphasis that a comma sets off
        inside its sentence, read as the verb reads one: "…، مؤكدا ضرورة الرقابة على …",
        "…، مشددا على أهمية …" (what the clause's speaker stresses); None for any other noun
        ("، مؤكدا استمرار …" may be the writer's), or with no comma before the participle."""
        verb = _OPENING_PARTICIPLE_VERBS.get(spot.cue.lemma)
        k = spot.i + 1
        if verb not in _EMPHASIS_VERBS or k + 1 >= len(self.tokens):
            return None
        if not self._comma_before(spot.i) or not self._speaker_or_group_before(spot):
            return None
        if self.tokens[k].norm == "علي" and not self._is_ali(k):
            k += 1
        norm = self.tokens[k].norm
        return k if norm in _STANCE_NOUNS or _owned_stance(norm) else None

    def _pointed_after_comma(self, spot: _Spot) -> int | None:
        """Where an event opens after "إلى" of a participle of pointing that a comma sets off
        inside its sentence, read as the verb reads one: "…، مشيرا إلى ارتفاع عدد الزوار"
        (what the clause's speaker pointed out); None with no such event, no comma, or no one
        speaking before it (see _speaker_before)."""
        verb = _OPENING_PARTICIPLE_VERBS.get(spot.cue.lemma)
        k = spot.i + 1
        if verb not in lx.POINTING_VERBS or k + 1 >= len(self.tokens):
            return None
        if self.tokens[k].norm != "الي" or not self._comma_before(spot.i):
            return None
        if not self._pointed_at(k) or not self._speaker_or_group_before(spot):
            return None
        return k + 1

    def _said_on_after_comma(self, spot: _Spot) -> int | None:
        """Where a noun-phrase content opens after a participle of emphasis or pointing that a
        comma sets off inside what a verb cue before it in the sentence reads, when the two
        agree: "وأوضح فلان أن …، مؤكدا عدم وجود …", "…، مشددا على عدم دقة الرواية", "…، مشيرا
        إلى أهمية …". The verb's speaker says it on, so the participle reads a content as that
        verb would after it (and "عدم" opens one too); None otherwise (see _stressed_after_comma
        and _pointed_after_comma for a sentence with no such verb)."""
        verb = _OPENING_PARTICIPLE_VERBS.get(spot.cue.lemma)
        k = spot.i + 1
        if verb is None or k + 1 >= len(self.tokens) or not self._comma_before(spot.i):
            return None
        if _inside(self.quotes, self.tokens[spot.i].start) or not self._said_before(spot):
            return None
        at = self._said_on_at(k, verb, replace(spot.cue, lemma=verb))
        if at is None or self._names_what_was_said(at):
            return None
        return at

    def _said_on_at(self, k: int, verb: str, cue: lx.Cue) -> int | None:
        """Where what a participle of pointing or emphasis (of the verb ``verb``) says opens,
        from token k after it: see _said_on_after_comma."""
        if verb in lx.POINTING_VERBS:
            if self.tokens[k].norm in _ATTENTION:
                k += 1  # "لافتا النظر إلى …"
            if k + 1 >= len(self.tokens) or self.tokens[k].norm != "الي":
                return None
            nxt = self._next_norm(k)
            stance = strip_article(nxt) in _STANCE_NOUNS or nxt == _NOT_BEING
            return k + 1 if stance or self._pointed_at(k) else None
        if verb not in _EMPHASIS_VERBS:
            return None
        if self.tokens[k].norm == "علي" and self._next_norm(k) == _NOT_BEING:
            return k + 1
        if self.tokens[k].norm == _NOT_BEING:
            return k
        return self._stressed_content(k, cue)

    def _names_what_was_said(self, at: int) -> bool:
        """The words from token at name what was said before with a demonstrative: "عدم صحة
        هذا الخبر", "أهمية ذلك": one claim with the content before, no new one."""
        return any(t.norm in _DENIED_DEMONSTRATIVES for t in self.tokens[at : at + MAX_POINTER])

    def _said_before(self, spot: _Spot) -> bool:
        """A verb cue reads content before the participle at spot in its sentence, and agrees
        with it (both masculine, feminine or plural, or either unmarked)."""
        verb = next(
            (s for s in reversed(self.spots) if s.i < spot.i and s.cue.cls is lx.CueClass.VERB),
            None,
        )
        if verb is None:
            return False
        one, other = verb.cue.gender, spot.cue.gender
        return not one or not other or one == other

    def _speaker_or_group_before(self, spot: _Spot) -> bool:
        """Someone speaks before the participle (_speaker_before), or, for a plural one with
        nothing read before it, a group of people does the act opening the sentence
        ("وأشاد متسوقون بالسوق، مشيرين إلى توفير …")."""
        if self._speaker_before(spot.i):
            return True
        return spot.cue.gender == "p" and not self.found and self._plural_doer(spot.i) is not None

    def _speaker_before(self, i: int) -> bool:
        """Someone speaks in the sentence before token i: a verb cue there, or the doer of
        the act that opens it ("وافتتح الوزير فلان المعرض، …"); not a sentence of the
        writer's own ("وجاء القرار خطوة في الاتجاه الصحيح، مؤكدة …" has no one to stress)."""
        if self.found or any(s.i < i and s.cue.cls is lx.CueClass.VERB for s in self.spots):
            return True
        opening = self.opening_once()
        return opening is not None and opening[1] <= i

    def _opening_participle_noun(self, spot: _Spot) -> int | None:
        """Where a noun-phrase content opens after a participle that opens its sentence, read
        as its verb reads one: "… . مشيرا إلى ارتفاع عدد الزوار" (the rise),
        "… . مشددا على حرص الوزارة على …" (the care); the voice is the speaker before. None
        when a word comes before the participle or no such noun follows it."""
        verb = _OPENING_PARTICIPLE_VERBS.get(spot.cue.lemma)
        k = spot.i + 1
        if verb is None or k + 1 >= len(self.tokens):
            return None
        if any(t.is_word for t in self.tokens[: spot.i]):
            return None
        cue = replace(spot.cue, lemma=verb)
        if self.tokens[k].norm == "الي" and verb in lx.POINTING_VERBS:
            return k + 1 if self._pointed_at(k) else None
        return self._stressed_content(k, cue) if verb in _EMPHASIS_VERBS else None

    def _plural_doer(self, i: int) -> Mention | None:
        """The unnamed group that does the act opening the sentence before a plural participle
        at i, when nothing before it was reported: "وانتقد ناشطون القرار، مؤكدين أن …",
        "وطالب أهالي الحي بـ…، مشيرين إلى أن …" are the group's words, not the last
        speaker's; None when no such group follows the sentence's first word."""
        tokens = self.tokens
        k = _after_their_side(tokens)
        k += 1 if k < len(tokens) and _strip_conj(tokens[k].norm) in _BEFORE_VERB else 0
        verb = _strip_conj(tokens[k].norm) if k < i else "ال"
        if verb.startswith("ال") or verb in lx.PREPOSITIONS or not tokens[k].is_word:
            return None  # the sentence opens with a noun, not an act
        start = k + 1
        counted = start + 2 < i and tokens[start].norm in lx.GROUP_QUANTIFIERS
        if counted:
            start += 2 if tokens[start + 1].norm == "من" else 1  # "عدد من الصيادين"
        head = tokens[start].norm if start < i else ""
        unnamed = head in lx.ANONYMOUS_HEADS and head not in _SINGLE_HEADS
        people = not counted and not unnamed and _people_plural(head)
        if not counted and not unnamed and not people:
            return None
        end = start + 1
        if head.endswith(_PLURAL_ADJECTIVES) and not counted:
            while end < i and tokens[end].norm.endswith(_PLURAL_ADJECTIVES):
                end += 1  # "ناشطون محليون": adjectives only; "ناشطون القرار" stops
        else:
            # "أهالي حي النخيل", "سكان القرية": the place they are of, up to a definite word
            while end < i and tokens[end].is_word and not tokens[end - 1].norm.startswith("ال"):
                if tokens[end].norm in _LINKERS or tokens[end].norm[:1] in "بل":
                    break  # "شهود عيان في إفادة": where or how they spoke, no part of them
                end += 1
        group = read_voice(self.text, tokens[k + 1 : end], self.known, allow_bare_name=False)
        if people and group is None:
            return self._people_group_at(k + 1, end)
        return group if group is not None and group.kind is SourceKind.ANONYMOUS else None

    def _people_group_at(self, start: int, end: int) -> Mention | None:
        """The unnamed group of people at tokens start..end that a plural opens ("خطباء
        المنابر", "مشايخ وأعيان القرية"), as one voice; None when a word of it is no word, a
        name the registry knows or a given name (a person or a body is named there)."""
        words = self.tokens[start:end]
        if not words or not all(t.is_word and t.text.isalpha() for t in words):
            return None
        if self.known([t.norm for t in words], False):
            return None
        if len(words) == 1 and words[0].norm.endswith("و"):
            return None  # "ذوو" alone: the noun it is the kin of is cut off
        if any(given_name(_strip_conj(t.norm)) for t in words[1:]):
            return None
        surface = self.text[words[0].start : words[-1].end]
        found = Mention(surface, words[0].start, words[-1].end, surface, "", SourceKind.ANONYMOUS)
        return replace(found, gender="p")

    def _cut_before_while(self, i: int) -> None:
        """The content read last ends before the "فيما" clause that names the speaker of the
        participle at i: "أكد فلان أن …، فيما أشاد علان بـ…" says nothing of the praise."""
        if not self.found:
            return
        last = self.found[-1]
        cut = self.tokens[self.clause_start_before(i - 1)].start
        if last.start < cut < last.end:
            self.found[-1] = replace(last, end=trim_span(self.text, last.start, cut)[1])

    def read_preposition(self, spot: _Spot) -> RawAttribution | None:
        """Read a prepositional cue: بحسب X، … / …، وفقا لـX / نقلا عن X / بحسب ما ذكرت X.

        The voice follows the cue; the content follows the phrase when the cue leads the
        clause, or is the clause before it when the cue trails ("…، بحسب الوكالة.").
        """
        if spot.i > 0 and self.tokens[spot.i - 1].norm in _RANKED_BY:
            return None  # "الفرق الأقل تصنيفا حسب الاتحاد": an order by a measure, no report
        relayed = self._trailing_relay(spot)
        if relayed is not None:
            # "ذكرت الصحيفة أن …، نقلا عن مصادر": the outlet relays the sources; no new voice.
            self.found[-1] = replace(self.found[-1], inner=(*self.found[-1].inner, relayed))
            return None
        voice = self._preposition_voice(spot)
        if voice is None:
            return None
        source, after, inner = voice
        if self._depending_on(spot, source):
            return None  # "يتم احتساب الأجرة بحسب المناطق": "depending on", no one speaks
        after = self._past_issued(after, source)
        if after < len(self.tokens):
            after = self._unnamed_at(after) or after  # "حسبما قال مسؤول طلب عدم ذكر اسمه."
        relaying = self._relayed_after(after)
        if relaying is not None:
            # "…، وفق بيان الهيئة نقلا عن المصنع.": the authority relays the factory.
            inner = [*inner, relaying[0]]
            self.consumed.add(after)
            after = relaying[1]
        if self._credit_inside_report(spot.i, after):
            # "وقال فلان إن ابنه، وفق الفحوص، يعاني من …": a credit set off
            # after the content's first words; the speaker cites it, and his words run on.
            # A news medium the registry knows carried his words ("…، بحسب الوكالة، …").
            rest = self.content_span(after + 1)
            if rest is not None:
                previous = self.found[-1]
                if self.known(normal_words(source.name), False, media=True):
                    grown = replace(previous, carriers=(source, *previous.carriers))
                else:
                    grown = replace(previous, inner=(*previous.inner, source))
                self.found[-1] = replace(grown, end=rest[1])
                return None
        if self._trailing_medium(spot, source):
            # "قال الوزير إن …، بحسب الوكالة": the agency carried his words; no second voice.
            self.found[-1] = replace(self.found[-1], carriers=(*self.found[-1].carriers, source))
            return None
        carriers: list[Mention] = []
        while after < len(self.tokens) and self.tokens[after].norm.startswith("ل"):
            if not self._carrier_at(after):
                break
            carrier, after = self.read_carrier(after)
            if carrier is not None:
                carriers.append(carrier)
        after = self._past_apposition(self._past_bracket(self._past_informed_of(after)))
        if (
            self._came_before(spot.i)
            or self._credit_alone(spot.i, after, source)
            or self._medium_alone_in_body(spot.i, after, source)
        ):
            # "يأتي ذلك بحسب ما أعلنه فلان.": the sentence before is the content; an empty
            # span at the sentence's start asks extract_sentences to fill it in.
            at = self.sentence.start
            return self._found(
                source, carriers, inner, spot.i, (at, at, QuoteKind.INDIRECT), spot.cue, gender=""
            )
        span = self._preposition_content(spot.i, after)
        if span is None:
            return None
        verb_at = self._reporting_verb_at(span[0])
        if verb_at is None and not carriers and not inner:
            verb_at = self._verb_after_place(span) or self._verb_after_time(span)
        if verb_at is not None and not carriers and not inner:
            # "بحسب الوكالة، ذكرت القناة أن …": the agency relays what the channel reported.
            self.relays[verb_at] = source
            return None
        if self._credits_the_report_before(spot.i, span) and not self._medium(source):
            # "وقال الوزير فلان إن …، بحسب الشرطة.", "وأشارت الشركة إلى أن …، وفق ملاحظات
            # فلان": the trailing voice is how the report reached us, the outer link of its
            # chain; one report, never a second voice for the same words.
            self.found[-1] = replace(self.found[-1], carriers=(source, *self.found[-1].carriers))
            return None
        return self._found(source, carriers, inner, spot.i, span, spot.cue, gender="")

    def _past_bracket(self, at: int) -> int:
        """Past a bracketed aside at ``at`` after a leading credit's voice ("وبحسب دراسة
        للبيانات (المعلنة منها فقط)، فإن …": what the data were, then the content); else
        ``at``."""
        tokens = self.tokens
        if at >= len(tokens) or tokens[at].text != "(":
            return at
        for j in range(at + 1, min(len(tokens), at + 2 + MAX_APPOSED)):
            if tokens[j].text == ")":
                # Only a comma, a colon or a complementiser after it shows the content
                # begins there ("(…) 1462 شخصا" may be the rest of a clause cut in two).
                nxt = tokens[j + 1] if j + 1 < len(tokens) else None
                opens = nxt is not None and (
                    nxt.text in "،,:" or _strip_conj(nxt.norm) in lx.COMPLEMENTISERS
                )
                return j + 1 if opens else at
        return at

    def _past_informed_of(self, at: int) -> int:
        """Past what an unnamed voice knows, after a credit ("وبحسب مصادر مطلعة على الملف، فإن
        …", "…، وفق مصدر مطلع على المفاوضات."): على at ``at`` after "مطلع", up to the comma or
        the sentence's end that closes it; else ``at``."""
        tokens = self.tokens
        if not 0 < at < len(tokens) or tokens[at].norm != _INFORMED_OF:
            return at
        if tokens[at - 1].norm not in _INFORMED:
            return at
        # "…، وفق مصدر مطلع على المفاوضات.": what he knows may end the sentence
        return self._aside_closed(at + 1, at)

    def _past_apposition(self, comma: int) -> int:
        """The comma that closes "، وهو/وهي …" opened at ``comma`` after a leading credit's
        voice ("ووفقا لفلان، وهو مدير محفظة في شركة …، من الصعب …": who he is, then the
        content); else ``comma``."""
        tokens = self.tokens
        if comma + 1 >= len(tokens) or tokens[comma].text not in "،,":
            return comma
        if tokens[comma + 1].norm not in _APPOSITION_PRONOUNS:
            return comma
        # "…، وفقا لفلان، وهو تاجر في السوق.": who he is may close the sentence
        return self._aside_closed(comma + 2, comma)

    def _aside_closed(self, first: int, default: int) -> int:
        """The comma that closes an aside of words from token ``first`` (at most MAX_APPOSED),
        or the punctuation that ends the sentence right after them; ``default`` when another
        mark or a cue comes first."""
        tokens = self.tokens
        for j in range(first, min(len(tokens), first + MAX_APPOSED)):
            if tokens[j].text in "،,":
                return j
            if not tokens[j].is_word and not any(t.is_word for t in tokens[j:]):
                return j
            if not tokens[j].is_word or j in self.spot_at:
                break
        return default

    def _medium(self, voice: Mention) -> bool:
        """A news medium: an outlet or agency, or a name the registry knows as one."""
        if voice.kind in (SourceKind.AGENCY, SourceKind.OUTLET):
            return True
        return self.known(normal_words(voice.name), False, media=True)

    def _credit_aside(self, i: int) -> bool:
        """The prepositional cue at token i is set off by commas after the first few words of
        a content a complementiser opens, and that content runs on after the second comma:
        "أن إيران، وفقا للمعلومات المتاحة، لديها …" (the credit is an aside in it)."""
        if not self._comma_before(i):
            return False
        k = i - 2  # the word before the comma
        while k >= 0 and self.tokens[k].is_word and self.tokens[k].norm not in lx.COMPLEMENTISERS:
            k -= 1
        words = i - 2 - k
        if k < 0 or self.tokens[k].norm not in lx.COMPLEMENTISERS:
            return False
        if not 0 < words <= MAX_SUBJECT_BEFORE_CREDIT:
            return False
        for j in range(i + 1, min(len(self.tokens), i + 1 + MAX_APPOSED)):
            tok = self.tokens[j]
            if tok.text in "،,":
                nxt = j + 1
                return (
                    nxt < len(self.tokens) and self.tokens[nxt].is_word and nxt not in self.spot_at
                )
            if not tok.is_word or j in self.spot_at:
                return False
        return False

    def _credit_inside_report(self, i: int, after: int) -> bool:
        """The credit at token i is set off by commas (the second at ``after``) after the
        first few words of the content of the report read just before it in this sentence,
        and that content runs on after it: "قال فلان إن ابنه، وفق الفحوص، يعاني …"."""
        if not self.found or not self._comma_before(i):
            return False
        previous = self.found[-1]
        if previous.start < self.sentence.start or previous.start >= self.tokens[i].start:
            return False
        if previous.quote is not QuoteKind.INDIRECT:
            return False
        first = self.index_at(previous.start)
        if not 0 < i - 1 - first <= MAX_SUBJECT_BEFORE_CREDIT:
            return False
        if any(not t.is_word for t in self.tokens[first : i - 1]):
            return False
        if self.tokens[first - 1].norm not in lx.COMPLEMENTISERS:
            return False
        nxt = after + 1
        return (
            after < len(self.tokens)
            and self.tokens[after].text in "،,"
            and nxt < len(self.tokens)
            and self.tokens[nxt].is_word
            and nxt not in self.spot_at
        )

    def _credits_the_report_before(self, i: int, span: tuple[int, int, QuoteKind]) -> bool:
        """The credit at token i trails the content of the report read just before in this
        sentence, and its content would cover that report's content."""
        if not self.found:
            return False
        previous = self.found[-1]
        at = self.tokens[i].start
        return (
            previous.start >= self.sentence.start
            and previous.end <= at
            and span[0] <= previous.start
            and span[1] >= previous.end - 1
        )

    def _verb_after_place(self, span: tuple[int, int, QuoteKind]) -> int | None:
        """ "وبحسب متعاملين في سوق الأسماك، أوضحوا أن …": a leading credit's "content" that is only
        where the voice is (في + a few words) up to a comma, then a reporting verb with no
        subject: the verb speaks for the credited voice. Returns the verb's index, or None."""
        k = self.index_at(span[0])
        if k >= len(self.tokens) or self.tokens[k].norm != "في":
            return None
        after = self.index_at(span[1])
        while after < len(self.tokens) and self.tokens[after].text in "،,":
            after += 1
        if after - k > MAX_CREDITED_PLACE_TOKENS:
            return None
        spot = self.spot_at.get(after)
        if spot is None or spot.cue.cls is not lx.CueClass.VERB:
            return None
        return after if not self._opens_voice(after + 1) else None

    def _relayed_after(self, k: int) -> tuple[Mention, int] | None:
        """ "نقلا عن الشركة" right after a credit's voice at token k: the voice it relays and
        the index after it, else None."""
        if k + 2 >= len(self.tokens) or _strip_conj(self.tokens[k].norm) != "نقلا":
            return None
        if self.tokens[k + 1].norm != "عن":
            return None
        end = self.phrase_end(k + 2, verb=None)
        voice = read_voice(self.text, self.tokens[k + 2 : end], self.known, allow_bare_name=False)
        return None if voice is None else (voice, end)

    def _came_before(self, i: int) -> bool:
        """ "يأتي ذلك وفقا لـ …", "وجاء ذلك بحسب …", "وذلك وفق ما …": the only words before the
        cue at token i say that what came before follows from the voice."""
        words = [_strip_conj(t.norm) for t in self.tokens[:i] if t.is_word]
        if len(words) == 1:
            return words[0] in _BACK_REFERENCES  # "وذلك وفق ما أوردته الوكالة."
        return len(words) == 2 and words[0] in _CAME and words[1] in _BACK_REFERENCES

    def _verb_after_time(self, span: tuple[int, int, QuoteKind]) -> int | None:
        """ "ووفقا لما أوردته الوكالة، اليوم الإثنين، أفاد ناشطون بأن …": a leading credit's
        "content" that is only when (time words) up to a comma, then a reporting verb: the
        verb's index (the credit relays its voice), else None."""
        k, stop = self.index_at(span[0]), self.index_at(span[1])
        if any(t.is_word and t.norm not in lx.ADVERBS for t in self.tokens[k:stop]):
            return None
        while stop < len(self.tokens) and not self.tokens[stop].is_word:
            stop += 1
        spot = self.spot_at.get(stop)
        return stop if spot is not None and spot.cue.cls is lx.CueClass.VERB else None

    def _credit_alone(self, i: int, after: int, voice: Mention) -> bool:
        """ "… في يدها.\nحسب تأكيدات ذويها آنذاك.": a credit opening its sentence with nothing
        but time words after its voice trails the sentence before, cut off by a line break. A
        news medium alone so ("بحسب رويترز.") credits the whole article, as a byline does."""
        if self._medium(voice):
            return False
        return not any(t.is_word for t in self.tokens[:i]) and all(
            not t.is_word or t.norm in lx.ADVERBS for t in self.tokens[after:]
        )

    def _medium_alone_in_body(self, i: int, after: int, voice: Mention) -> bool:
        """ "… قال فلان «…». وفقا للالمانية. وأضاف …": a news medium credited in a sentence of
        its own inside the body (not at its end, where it credits the whole article as a
        byline does) carried the sentence before it: its speaker's words, or the writer's."""
        if not self._medium(voice) or any(t.is_word for t in self.tokens[:i]):
            return False
        if any(t.is_word for t in self.tokens[after:]):
            return False
        return len(self.text) - self.sentence.end > MIN_BODY_AFTER_CREDIT

    def _trailing_medium(self, spot: _Spot, voice: Mention) -> bool:
        """ "قال الوزير فلان إن الجسر سيفتح، بحسب الوكالة الرسمية.": a news medium right after
        the content of the speaker read just before carried his words."""
        if not self.found or voice.kind not in (SourceKind.AGENCY, SourceKind.OUTLET):
            return False
        previous, at = self.found[-1], self.tokens[spot.i].start
        # "وقال: «…»، حسب الوكالة": a cue with no subject of its own continues the speaker
        # before, so the agency carries his words there too and never speaks them.
        if previous.source is not None and previous.source.kind in (
            SourceKind.AGENCY,
            SourceKind.OUTLET,
        ):
            return False
        # "قالت فلانة «…»، وفقا لقناة X": the closing quote mark stands between the two (and
        # a full stop glued to both: "«…».وفقا لقناة X").
        between = self.text[previous.end : at].strip(" ،,")
        if self._stop_glued_after_quote(spot.i):
            between = between.removesuffix(".")
        return previous.end <= at and not between.strip(_CLOSING_MARKS)

    def _credit_quote(self, close: int) -> bool:
        """The quotation closing at token ``close`` is a credit's name alone: right after the
        prepositional cue ("وبحسب «الوكالة»", "ووفقا لـ«الوكالة»")."""
        j = close - 1
        while j > 0 and self.tokens[j].text not in OPENING_QUOTES:
            j -= 1
        if j <= 0:
            return False
        before = _strip_conj(self.tokens[j - 1].norm)
        return before in lx.PREPOSITIONS or before in {"ل", "بحسب"}

    def _credited_quote(self, quote: tuple[int, int]) -> bool:
        """A quoted registry name after a leading credit, then a reporting verb ("وبحسب «الوكالة»
        قالت الوزارة", "…، فقد ذكرت"): the credit relays the verb's voice."""
        after = self.index_at(quote[1] + 1)
        while after < len(self.tokens) and self.tokens[after].text in "،,":
            after += 1
        if after < len(self.tokens) and self.tokens[after].norm in _SO_HAS:
            after += 1
        spot = self.spot_at.get(after)
        verb = spot is not None and spot.cue.cls is lx.CueClass.VERB
        return verb and self._short_name_quote(quote)

    def _reporting_verb_at(self, offset: int) -> int | None:
        """The index of a reporting verb that opens the content at ``offset``, else None."""
        k = lead = self.index_at(offset)
        if k + 1 < len(self.tokens) and _strip_conj(self.tokens[k].norm) in _PERFECT_PARTICLES:
            k += 1  # "وبحسب الوكالة، فقد ذكر الوزير أن …": the particle before the verb
        spot = self.spot_at.get(k)
        if spot is None or spot.cue.cls is not lx.CueClass.VERB or k >= len(self.tokens):
            return None
        if self.tokens[lead].start != offset:
            return None
        # After a comma, or with a subject of its own after it ("ووفقا للصحيفة أوضح المتحدث
        # أن …"): "وفقا لدراسة نشرت في …" is the study's relative clause.
        named = k + 1 < len(self.tokens) and self._opens_voice(k + 1)
        # "وبحسب «الوكالة» قال فلان …": the credit's quoted name closes right before the verb
        # (not "حسب مصادر «الوادي» تشير إلى …": the paper's sources, themselves the voice).
        credited = k > 0 and self.tokens[k - 1].text in CLOSING_QUOTES and self._credit_quote(k - 1)
        return k if self._comma_before(lead) or named or credited else None

    def _trailing_relay(self, spot: _Spot) -> Mention | None:
        """The voice relayed by "، نقلا عن Y" / "، بحسب ما نقلت عن Y" / "، وفق ما نقلت عن Y"
        closing the content of the cue read just before ("ذكرت X أن …، نقلا عن Y."), or None.
        The relay has no subject of its own: the earlier cue's voice relays Y."""
        if not self.found:
            return None
        i = spot.i
        previous, at = self.found[-1], self.tokens[i].start
        if previous.end > at or self.text[previous.end : at].strip(" ،,"):
            return None
        lemma = fold(spot.cue.lemma).rstrip("ًٌٍ")
        k = i + 1
        if lemma != "نقلا":
            if lemma not in {"بحسب", "حسب", "وفق", "وفقا", "حسبما"}:
                return None
            if lemma != "حسبما":
                if k >= len(self.tokens) or self.tokens[k].norm not in {"ما", "لما"}:
                    return None
                k += 1
            if k >= len(self.tokens) or not _strip_conj(self.tokens[k].norm).startswith("نقل"):
                return None
            k += 1
        if k >= len(self.tokens) or self.tokens[k].norm != "عن":
            return None
        end = self.phrase_end(k + 1, verb=None)
        voice = read_voice(self.text, self.tokens[k + 1 : end], self.known, allow_bare_name=True)
        if voice is None or not self._nothing_after(end):
            return None
        return voice

    def _details_which(self, k: int) -> bool:
        """Token k is "التفاصيل"/"المعلومات" (or "للتفاصيل" after "وفقا") and "التي" follows:
        the details a voice told, whose verb and voice come next."""
        if k + 3 >= len(self.tokens) or self.tokens[k + 1].norm != _WHICH_F:
            return False
        if self.tokens[k + 3].norm[:1] == "ل" and self.tokens[k + 3].norm[:2] != "ال":
            return False  # "التفاصيل التي يرويها لـ«الصحيفة» فلان": whom he told, then him
        return self.tokens[k].norm in _TOLD_DETAILS

    def _preposition_voice(self, spot: _Spot) -> tuple[Mention, int, list[Mention]] | None:
        """The voice of a prepositional cue: "وفقا لوزارة الصحة" → the ministry; "بحسب ما نقلت
        الوكالة عن مسؤول" → the agency, relaying the official. Returns (voice, index after it,
        relayed voices), or None when no voice follows."""
        k = spot.i + 1
        if k < len(self.tokens) and self.tokens[k].norm in {"عن", "الى", "ل"}:
            k += 1
        if k + 1 < len(self.tokens) and self.tokens[k].text in _DASHES:
            k += 1  # "حسب - الوكالة - أن …": the credit's voice set off by dashes
        if spot.cue.lemma == CAME_IN_LEMMA:
            if k < len(self.tokens) and self.tokens[k].norm in _CAME_ALSO:
                k += 1  # "وجاء أيضا في البيان"
            k += 1  # past "في": the document and its author follow
        if spot.cue.lemma == WORDS_OF_LEMMA:
            k += 2  # past "حد تعبير": the speaker follows
        spoken = k + 1 < len(self.tokens) and self.tokens[k].norm in _SPEECH_OF
        construct = k + 1 < len(self.tokens) and self.tokens[k].norm in _WORDS_IN_CONSTRUCT
        if spoken or construct:
            k += 1  # "حسب كلام الطبيب": the speaker whose words they are follows
        if k >= len(self.tokens):
            return None
        first = self.tokens[k]
        if first.text in OPENING_QUOTES:
            return self._quoted_credit(k)
        if first.norm in {"ما", "لما"} or spot.cue.lemma == "حسبما":
            verb_at = k + 1 if first.norm in {"ما", "لما"} else k
            source, after, inner = self._embedded_verb(verb_at)
            return None if source is None else (source, after, inner)
        if self._details_which(k):
            # "وبحسب التفاصيل التي ذكرتها صحيفة «الوادي»، فإن …": as "بحسب ما ذكرته …"
            source, after, inner = self._embedded_verb(k + 2)
            return None if source is None else (source, after, inner)
        strip_l = spot.cue.lemma in _TAKES_LAM and first.norm.startswith("ل")
        # "بحسب تصريح لخبير": the statement of an expert, ل and all (not "لطفي", a name)
        strip_l = strip_l or (spoken and first.norm.startswith("ل") and not given_name(first.norm))
        if spot.cue.lemma == _ALONG and not first.norm.startswith("لل"):
            strip_l = False  # "وفق لائحة الاتهام": وفق governs the noun itself, ل and all
        if strip_l:
            first = _without_lam(first)  # "وفقا للناطق …": the noun is "الناطق"
        if strip_l and first.norm in _SPEECH_OF and k + 1 < len(self.tokens):
            k += 1  # "ووفقا لتصريحات الوزير فلان": the speaker whose words they are follows
            if self.tokens[k].norm in _GAVE and k + 2 < len(self.tokens):
                k += 2  # "وفقا لتصريحات أدلى بها فلان": the statements he gave
            first, strip_l = self.tokens[k], False
        quoted = k + 1 < len(self.tokens) and self.tokens[k + 1].text in OPENING_QUOTES
        named = self.quote_at(k) if first.text in OPENING_QUOTES and not strip_l else None
        if named is not None and self._credited_quote(named):
            # "وبحسب «الوكالة» قالت الوزارة إن …": a quoted name the registry knows, alone.
            phrase_to = self.index_at(named[1] + 1)
        elif strip_l and (quoted or self._medium_quote(k)) and first.norm in _QUOTE_HEADS:
            # "وفقا لصحيفة «الغد» فإن …": the paper's quoted name after its head in ل is the
            # voice's, as it is after "لقناة «…»" carrying words.
            phrase_to = self.phrase_end(k, verb=None, carrier=True)
        elif strip_l and self._verb_spot(k + 1):
            phrase_to = k + 1  # "ووفقا للحياة قال فلان …": the word in ل alone, then the verb
        else:
            phrase_to = self.phrase_end(k + 1 if strip_l else k, verb=None)
        # "ووفقا للبي بي سي قال فلان …": a name in ل right before the verb whose named voice
        # it relays, as strong a slot as the verb's subject ("طبقا للوائح … تفيد بـ": no voice)
        lam_then_verb = strip_l and self._verb_spot(phrase_to)
        lam_then_verb = lam_then_verb and phrase_to + 1 < len(self.tokens)
        lam_then_verb = lam_then_verb and self._opens_voice(phrase_to + 1)
        end = self._before_figure_verb(k + 1, phrase_to)
        end = self._quoted_outlet_end(end)  # "وبحسب صحيفة «النهار» اللبنانية"
        voice_end = self._unnamed_end(first, k, end)
        if voice_end < end and self.tokens[end].text not in "،,":
            end = voice_end  # "وبحسب مصدر عسكري تمكن ثلاثة …": the clause opens the content
        kept = definite_record_words([first.norm, *(t.norm for t in self.tokens[k + 1 : end])])
        if kept is not None:
            end = k + kept  # "وحسب التوقعات العالمية ستشهد المنطقة …": the verb opens the content
        phrase = [first, *self.tokens[k + 1 : min(end, voice_end)]]
        # Set off by commas on both sides ("…، وفق فلان، …"), a name alone is a voice: a given
        # name or a surname in ال…ي; a common noun ("وفقا للقانون", "وفق رؤيته") is not.
        # So is one that opens the sentence ("ووفقا لفلان، …") or closes it ("…، وفقا لفلان.").
        bare = first.norm
        set_off_before = self._comma_before(spot.i) or spot.i == 0
        set_off_after = (end < len(self.tokens) and self.tokens[end].text in "،,") or (
            spot.i > 0 and not any(t.is_word for t in self.tokens[end:])
        )
        between_commas = (
            set_off_before
            and set_off_after
            and (given_name(bare) or (bare.startswith("ال") and bare.endswith("ي")))
        )
        ruled = [strip_article(t.norm) for t in phrase[:3]]
        counted = ruled[0] in _COUNTS or ruled[0] in lx.GROUP_QUANTIFIERS
        if len(ruled) > 2 and counted and ruled[1] == "من":
            ruled = ruled[2:]  # "وفق عدد من الشروط", "وفق مجموعة من الإجراءات": rules counted
        # A given name that is also a measure ("عمر"), then a surname and the title of a
        # post, is a voice: "ووفقا لعمر فلان مدير الإدارة، فإن …" (not "حسب عمر الطفل").
        titled = any(t.norm in lx.OFFICIAL_TITLES for t in self.tokens[k + 2 : end])
        posted_name = given_name(bare) and titled
        if _rule_or_measure(ruled[0]) and not posted_name:
            return None  # "وفق توجيهات الأمير", "بحسب ثمن الوقود": a rule or a measure, no voice
        if ruled[0] in _SET_FOR and (len(phrase) == 1 or phrase[1].norm in _HIS_OWN):
            return None  # "وفق المقرر لها": as planned for it, no rapporteur
        run_on = self._title_runs_to_name(first, k, end)
        if run_on is not None:
            # "وبحسب مساعد المدير في المنطقة للشؤون الفنية المهندس فلان، أن …": the title's
            # complements and the name run on to the comma before the content.
            end = run_on
            phrase = [first, *self.tokens[k + 1 : end]]
        so_that = self._apposed_then_so(end)
        # After "كلام"/"تأكيدات" a bare kin noun speaks: "حسب تأكيدات أسرتها"; a name with a
        # colon and a quotation after it is the quotation's speaker: "وحسب فلان: «…»".
        strong = spot.cue.lemma in {"بحسب", "نقلا"} or between_commas or so_that is not None
        strong = strong or spoken or construct or self._colon_then_quote(end) or lam_then_verb
        found = read_voice(self.text, phrase, self.known, allow_bare_name=strong)
        if found is None:
            return None
        if so_that is not None and so_that > end:
            found = self._named_in_apposition(found, phrase, end, so_that)
        if so_that is not None:
            end = so_that  # past "، أحد منظمي المسيرة،": the content opens at "فإن"
        paper = self._paper_of_sources(end, found)  # "وحسب مصادر «الوادي»، فإن …"
        return found, end if paper is None else paper, []

    def _unnamed_end(self, first: Token, k: int, end: int) -> int:
        """Where an unnamed credited voice ends when its clause follows with no comma:
        "وبحسب مصدر عسكري تمكن ثلاثة من الفرار" → "مصدر عسكري"; the head, a definite word
        in construct with it ("خبراء الأرصاد") and its modifiers (adjectives, "مطلع", "في/من/ب…"
        and a body) are the voice, and an indefinite word after them that is none of these
        opens the content."""
        if first.norm not in lx.ANONYMOUS_HEADS or first.norm.startswith("ال"):
            return end
        j = k + 1
        while j < end and self.tokens[j].is_word and self.tokens[j].norm.startswith("ال"):
            j += 1  # "وبحسب خبراء الأرصاد ترتفع …": of what field or place, in construct
        while j < end and self._describes_unnamed_word(self.tokens[j].norm):
            j += 1
        if j == k + 1 or j >= end:
            return end
        norm = self.tokens[j].norm
        if not self.tokens[j].is_word or norm.startswith(_NOT_OPENING) or norm in _LINKS:
            return end
        return j

    @staticmethod
    def _describes_unnamed_word(norm: str) -> bool:
        """An adjective of an unnamed voice: "عسكري", "مالية", "مطلعة", "محلية" (not "في")."""
        if len(norm) < MIN_UNNAMED_ADJECTIVE or norm.startswith(_NOT_OPENING) or norm in _LINKS:
            return False
        return norm in lx.ANONYMOUS_MODIFIERS or norm.endswith(("ي", "ية", "يه", "يون", "يين"))

    def _named_in_apposition(
        self, found: Mention, phrase: list[Token], end: int, comma: int
    ) -> Mention:
        """A title alone before a name set off by commas: "وحسب رئيس البلدية، سامر العلي، فإن
        …" is the man named (the title describes him); else ``found``."""
        title = _strip_conj(phrase[0].norm)
        if found.kind not in _PEOPLE_KINDS or title not in _TITLES:
            return found
        if fold(found.name.split()[0]) != title:
            return found  # a name was read already: "وحسب المنظم سامر العلي، أحد …"
        apposed = self.tokens[end + 1 : comma]
        combined = read_voice(self.text, [*phrase, *apposed], self.known, allow_bare_name=False)
        if combined is None or combined.kind not in _PEOPLE_KINDS:
            return found
        named = [fold(w) for w in combined.name.split()]
        inside = {t.norm for t in apposed}
        return combined if named and all(w in inside for w in named) else found

    def _title_runs_to_name(self, first: Token, k: int, end: int) -> int | None:
        """The comma a leading credit's title runs on to, through its place and its holder's
        name, when "أن"/"فإن" opens the content after that comma: "بحسب مدير الشرطة في
        المدينة العقيد فلان، فإن …" (the phrase read so far stopped at "في"). None otherwise."""
        tokens = self.tokens
        if end >= len(tokens) or not tokens[end].is_word or _strip_conj(first.norm) not in _TITLES:
            return None
        for j in range(end + 1, min(len(tokens) - 1, end + MAX_APPOSED_CREDIT_TOKENS)):
            if j in self.spot_at or tokens[j].norm in lx.COMPLEMENTISERS:
                return None
            if tokens[j].text in "،,":
                named = any(given_name(t.norm) for t in tokens[end:j])
                return j if named and tokens[j + 1].norm in lx.COMPLEMENTISERS else None
        return None

    def _apposed_then_so(self, end: int) -> int | None:
        """A leading credit's voice ending at token ``end`` is followed by "فإن", perhaps after
        a description set off by commas: "وحسب سامر الخطيب، أحد منظمي المسيرة، فإن …" (the
        frame of a leading credit: a bare name there is a voice). Returns the index of the
        comma (or "فإن") the content follows, past the description; None without "فإن"."""
        tokens = self.tokens
        if end < len(tokens) and tokens[end].norm == _SO_THAT:
            return end
        if end < len(tokens) and tokens[end].norm in _RELATIVE_PRONOUNS:
            return self._relative_then_so(end)
        if end + 1 >= len(tokens) or tokens[end].text not in "،,":
            return None
        if tokens[end + 1].norm == _SO_THAT:
            return end
        for k in range(end + 2, min(len(tokens) - 1, end + MAX_APPOSED_CREDIT_TOKENS)):
            if k in self.spot_at or tokens[k].norm in lx.COMPLEMENTISERS:
                return None
            if tokens[k].text in "،,":
                return k if tokens[k + 1].norm == _SO_THAT else None
        return None

    def _relative_then_so(self, at: int) -> int | None:
        """A relative clause at token ``at`` about a leading credit's record or voice, then
        "فإن"/"فإنه" with no mark of a clause between (a comma may close it): "ووفقا للبيان
        الذي صدر بعد الاجتماع فإنه جرى …" (where the statement came from, not what it says).
        Returns the index of "فإن…" (or of the comma before it), the content follows it; None
        otherwise."""
        tokens = self.tokens
        for k in range(at + 1, min(len(tokens) - 1, at + MAX_RELATIVE_BEFORE_SO + 1)):
            tok = tokens[k]
            if tok.text in "،," and _so_that_form(tokens[k + 1].norm):
                return k  # "…، فإن …": the clause set off before it
            if not tok.is_word or k in self.spot_at:
                return None
            if tok.norm in lx.COMPLEMENTISERS:
                return k if _so_that_form(tok.norm) else None
        return None

    def _quoted_credit(self, k: int) -> tuple[Mention, int, list[Mention]] | None:
        """A prepositional cue's voice written as a short quoted name the registry knows, with no
        head before it: "وبحسب «المرصد» فإن …", "ووفقا لـ "الوكالة"، …" → the named voice,
        and the index past the closing mark. A quoted phrase it does not know ("بحسب «الخطة»")
        is no voice here, unless it closes the sentence after its content ("…، بحسب «كال
        فاير»." credits a body by its name, read as a medium: the press quotes outlets' names)."""
        quote = self.quote_at(k)
        if quote is None:
            return None
        end = self.index_at(quote[1] + 1)
        phrase = [t for t in self.tokens[k + 1 : end] if t.is_word]
        if not self._short_name_quote(quote):
            if not self._trailing_quoted_name(quote, end, phrase):
                return None
            start, stop = phrase[0].start, phrase[-1].end
            name = self.text[start:stop]
            return Mention(name, start, stop, name, "", SourceKind.OUTLET), end, []
        found = read_voice(self.text, phrase, self.known, allow_bare_name=False)
        return None if found is None else (found, end, [])

    def _trailing_quoted_name(self, quote: tuple[int, int], end: int, phrase: list[Token]) -> bool:
        """A short quoted name after a credit that trails its content: nothing but punctuation
        after it, a clause before the credit, and no rule or plan named ("بحسب «الخطة»")."""
        words = self.text[quote[0] + 1 : quote[1]].split()
        return (
            0 < len(words) <= MAX_NAME_QUOTE_WORDS
            and bool(phrase)
            and not any(t.is_word for t in self.tokens[end:])
            and self.index_at(quote[0]) > MIN_TRAILED_TOKENS
            and strip_article(phrase[0].norm) not in _RULE_NOUNS
            and phrase[0].norm not in lx.DOCUMENT_HEADS
        )

    def _quoted_outlet_end(self, end: int) -> int:
        """The end of a prepositional voice past the quoted name of the outlet or agency whose
        head ends it, and the adjectives after it: "وفقا لصحيفة «النهار» اللبنانية، …" (the
        quotation is the paper's name, not the content); else ``end``."""
        tokens = self.tokens
        if end >= len(tokens) or end == 0 or tokens[end].text not in OPENING_QUOTES:
            return end
        before = _strip_conj(tokens[end - 1].norm)
        before = "ا" + before[1:] if before.startswith("لل") else before.removeprefix("ل")
        if before not in lx.OUTLET_HEADS and before not in lx.AGENCY_HEADS:
            return end  # ("مصادر «الخليج»": the paper's own sources, read later)
        quote = self.quote_at(end)
        if quote is None or len(self.text[quote[0] + 1 : quote[1]].split()) > MAX_NAME_QUOTE_WORDS:
            return end
        after = self.index_at(quote[1] + 1)
        while after < len(tokens) and nisba(tokens[after].norm):
            after += 1  # "«النهار» اللبنانية"
        return after

    def _before_figure_verb(self, start: int, end: int) -> int:
        """The end of a prepositional voice read up to token ``end``: before a verb of a figure
        from ``start`` on ("ووفقا لوزارة النقل بلغ عدد الرحلات …": the voice is the ministry),
        or before a number counting a noun after two words of it ("…، وفقا لتقرير فريق الإحصاء
        1554 سيارة": the figure is the content's, while "قناة فرانس 24" keeps its number), or
        before a passive's auxiliary ("وبحسب صحيفة الوادي تم إغلاق الطريق"; not one whose
        verbal noun refers back, "جاء في بيان تم نشره أمس أن …", a relative clause of the noun)."""
        tokens = self.tokens
        for k in range(start, end):
            if tokens[k].norm in lx.FIGURE_VERBS:
                return k
            if tokens[k].norm in lx.PASSIVE_AUXILIARIES and not self._refers_back_after(k):
                return k
            if k > start and tokens[k].norm in ABOUT and self._figure_after(k + 1):
                if _indefinite_word(tokens[k - 1]):
                    return k - 1  # "وحسب مصادر محلية يعمل نحو ألف …": the verb before it
            counted = k + 1 < len(tokens) and tokens[k + 1].is_word
            if k > start and counted and tokens[k].norm.isdigit():
                return k
        return end

    def _refers_back_after(self, k: int) -> bool:
        """Whether the word after token k carries a pronoun ("نشره", "توزيعها"), as written (a
        final ة folds like ه)."""
        after = self.tokens[k + 1].text if k + 1 < len(self.tokens) else ""
        return after.endswith(lx.POSSESSIVE_PRONOUNS)

    def _figure_after(self, k: int) -> bool:
        """A figure at token k: digits or a number word ("مائة", "ألف", "عشرات")."""
        if k >= len(self.tokens):
            return False
        norm = self.tokens[k].norm
        return norm.isdigit() or norm in _NUMBER_WORDS

    def _nothing_after(self, after: int) -> bool:
        """True when the clause holds nothing after token ``after`` but time words: "…، حسبما
        أفادت الوكالة الجمعة، وأوضحت …" trails its content like "…، بحسب الوكالة."; so does
        a time word set off by a comma ("…، حسبما أفادت الشرطة، الخميس.") or with its day in
        brackets ("…، وفق ما أفادت الشرطة، أمس (الخميس).")."""
        while after < len(self.tokens):
            if self._comma_before_adverb(after):
                after += 1
            elif (past := self._past_time_words(after)) > after:
                after = past
            elif self._latin_abbreviation_at(after):
                after += 3  # "…، بحسب توقعات الصندوق (IMF) في مارس الماضي.": its Latin name
            else:
                break
        if (
            after
            and tuple(t.norm for t in self.tokens[after - 1 : after + 2]) == _DAY_BEFORE_YESTERDAY
        ):
            after += 2  # "…، حسبما صرح السفير مساء أول من أمس.": أول, then من أمس, one time
        if after >= len(self.tokens) or self._voice_goes_on(after) or self._occasion_only(after):
            return True
        if self._came_out_only(after) or (
            self.tokens[after].norm.startswith("لل") and self._came_out_only(after + 1)
        ):
            # "…، حسبما جاء في تقرير للصحيفة نشر أمس.": when it came out, no more (also after
            # what the record is of: "بحسب استطلاع جديد للرأي نشر أمس")
            return True
        if self._date_only(after):
            return True  # "…، بحسب تقرير في الخامس من أيار.": when, not what
        at = bisect_left(self.boundaries, after)
        if at < len(self.boundaries) and self.boundaries[at] == after:
            return True  # "أوضح ذلك فلان وقال: …": a clause of its own follows
        end = self.boundary_after(after)
        rest = self.text[self.tokens[after].start : end]
        return len(rest.strip(" .،,؛;!؟?\"'»”")) < MIN_CONTENT_CHARS

    def _latin_abbreviation_at(self, k: int) -> bool:
        """A voice's Latin abbreviation in brackets at token k: "(IMF)", "(WHO)"."""
        tokens = self.tokens
        return (
            k + 2 < len(tokens)
            and tokens[k].text == "("
            and tokens[k + 2].text == ")"
            and tokens[k + 1].text.isascii()
            and tokens[k + 1].text.isupper()
        )

    def _date_only(self, after: int) -> bool:
        """Only a date follows token after, to the sentence's end: "في الثالث من آب (أغسطس)",
        "يوم 12 مايو 2015", "في مارس الماضي" (a month named, nothing but date words and
        adverbs of time round it)."""
        words = [t.norm for t in self.tokens[after:] if t.is_word]
        if not words or not any(w in WORDS.months for w in words):
            return False
        return all(w in WORDS.months or w.isdigit() or w in _DATE_ONLY_WORDS for w in words)

    def _after_occasion(self, k: int) -> int:
        """The index after the occasion of a leading credit's words and its comma: "وبحسب ما
        قال الوزير في بيان، فإن …" (the content opens after the comma); k when there is none."""
        tokens = self.tokens
        if k + 1 >= len(tokens) or tokens[k].norm not in _OCCASION_PREPOSITIONS:
            return k
        if tokens[k + 1].norm not in lx.OCCASIONS and tokens[k + 1].norm not in lx.DOCUMENT_HEADS:
            return k
        for j in range(k + 2, min(len(tokens), k + MAX_OCCASION_TOKENS)):
            if tokens[j].text in "،,":
                return j + 1
            if tokens[j].norm in lx.COMPLEMENTISERS or j in self.spot_at:
                return k
        return k

    def _came_out_only(self, k: int) -> bool:
        """A verb of coming out at token k ("نشر", "صدر") with nothing after it but time words,
        to the sentence's end: when the document a credit names came out."""
        if k >= len(self.tokens) or self.tokens[k].norm not in _CAME_OUT:
            return False
        return not any(t.is_word for t in self.tokens[self._past_time_words(k + 1) :])

    def _occasion_only(self, after: int) -> bool:
        """Only the occasion of the words follows a trailing cue's voice, up to the sentence's
        end: "…، بحسب ما أشارت الشركة في منشور لها على فيسبوك." (the content is the clause
        before, never "في تغريدة …"); no complementiser, colon or quotation follows."""
        tokens = self.tokens
        if after + 1 >= len(tokens):
            return False
        noun = tokens[after + 1].norm
        online = tokens[after].norm in _ONLINE_LINKS and (
            noun in _ONLINE or noun in lx.ACCOUNT_NOUNS
        )  # "…، وفقا لموقع «المحترفين» على الإنترنت.": where the voice published it
        if tokens[after].norm not in _OCCASION_PREPOSITIONS and not online:
            return False
        issue = noun in _ITS_ISSUE  # "…، حسبما نشرته صحيفة «الوادي» في عددها الصادر اليوم."
        if noun not in lx.OCCASIONS and noun not in lx.DOCUMENT_HEADS and not online and not issue:
            return False
        return not any(
            t.text in ":" or t.text in OPENING_QUOTES or t.norm in lx.COMPLEMENTISERS
            for t in tokens[after + 2 :]
        ) and not any(k in self.spot_at for k in range(after + 2, len(tokens)))

    def _past_place(self, after: int) -> int:
        """ "وبحسب هيئة الإحصاء في الأردن فإن …": where the voice sits (في and up to three words)
        between a leading credit and the complementiser opening its content is the voice's,
        not the content's; the index of that complementiser, or after when none follows."""
        tokens = self.tokens
        if after >= len(tokens) or tokens[after].norm != "في":
            return after
        for k in range(after + 1, min(after + 2 + _CREDIT_PLACE_WORDS, len(tokens))):
            if tokens[k].norm in lx.COMPLEMENTISERS:
                return k if k > after + 1 else after
            if not tokens[k].is_word or k in self.spot_at:
                return after
        return after

    def _medium_after(self, i: int, after: int) -> bool:
        """A credit that follows its clause, with or without a comma, whose voice is followed up
        to the sentence's end only by where or how it spoke or what it deals in: "ارتفعت
        الأسعار 5% بحسب ما ذكرت الشركة في بيان نشرته على موقعها.", "… حسب ما نشرت الحركة على
        صفحتها", "… بحسب مؤسسة فلان للاستشارات في أسواق المال." The content is the clause
        before (at least MIN_CREDITED_WORDS words and no cue of its own), never the tail: في,
        على or عبر, then no more than _MEDIUM_TAIL_WORDS words with no quotation, colon, comma
        or complementiser among them (a verb of publishing may stand there: "في بيان نشر")."""
        tokens = self.tokens
        if after >= len(tokens) or _strip_conj(tokens[after].norm) not in _MEDIUM_PREPOSITIONS:
            return False
        rest = [t for t in tokens[after + 1 :] if t.is_word]
        if not 0 < len(rest) <= _MEDIUM_TAIL_WORDS or not tokens[after + 1].is_word:
            return False
        if any(
            t.text in ":،," or t.text in OPENING_QUOTES or t.norm in lx.COMPLEMENTISERS
            for t in tokens[after + 1 :]
        ):
            return False
        words = [t for t in tokens[:i] if t.is_word]
        return len(words) >= MIN_CREDITED_WORDS and not any(s.i < i for s in self.spots)

    def _place_after(self, i: int, after: int) -> bool:
        """A cue set off by a comma whose voice is followed only by where it sits, up to the
        sentence's end: "ارتفع التضخم، بحسب هيئة الإحصاء في الأردن." (the content is the clause
        before, never "في الأردن"): في, then one to three words with no cue, quotation or
        complementiser among them."""
        tokens = self.tokens
        if not self._comma_before(i) or after >= len(tokens) or tokens[after].norm != "في":
            return False
        rest = [t for t in tokens[after + 1 :] if t.is_word]
        if not 0 < len(rest) <= _CREDIT_PLACE_WORDS or not tokens[after + 1].is_word:
            return False
        return not any(
            t.text in ":،," or t.text in OPENING_QUOTES or t.norm in lx.COMPLEMENTISERS
            for t in tokens[after + 1 :]
        ) and not any(k in self.spot_at for k in range(after + 1, len(tokens)))

    def _writer_clause_after(self, after: int) -> bool:
        """After a credit that follows its clause, the voice (and where it sits: في and up to
        three words) ends at a comma that opens a clause of another kind: "قتل ثلاثون، بحسب
        مصادر طبية في المدينة، فيما يعد من أعنف الهجمات" (فيما, بينما, في حين, في ما). The
        credit covers the clause before; the writer goes on in his own voice. "فيما يتعلق"
        and "فيما يخص" open a topic, not a clause."""
        tokens = self.tokens
        k = after
        if k < len(tokens) and tokens[k].norm == "في":
            k = next(
                (
                    j
                    for j in range(k + 1, min(len(tokens), k + 2 + _CREDIT_PLACE_WORDS))
                    if not tokens[j].is_word
                ),
                k,
            )
        if k + 2 >= len(tokens) or tokens[k].text not in "،,":
            return False
        first, second = tokens[k + 1].norm, tokens[k + 2].norm
        if first in WORDS.clause_openers:
            return second not in _TOPIC_VERBS
        return (_strip_conj(first), second) in _TWO_WORD_OPENERS and (
            second != "ما" or (k + 3 < len(tokens) and tokens[k + 3].norm not in _TOPIC_VERBS)
        )

    def _and_clause_after(self, i: int, after: int) -> bool:
        """A cue that follows its clause with no comma before it, whose voice ends at a comma
        and a new clause joined by و: "زاد الإنتاج ألف برميل وفق ما أظهرته بيانات الإدارة،
        وارتفع …", "… حسبما أعلن الوزير فلان، والذي سيحضره …". The credit covers the clause
        before; the writer goes on in his own voice (not "، وأن …", the same voice's content).
        A clause of fewer than MIN_CREDITED_WORDS words before the cue is no statement."""
        tokens = self.tokens
        if after + 1 >= len(tokens) or tokens[after].text not in "،," or self._comma_before(i):
            return False
        nxt = tokens[after + 1]
        if not nxt.is_word or nxt.norm[:1] != "و" or _strip_conj(nxt.norm) in lx.COMPLEMENTISERS:
            return False
        if nxt.norm != _strip_conj(nxt.norm) and after + 1 in self.spot_at:
            return False  # "…، وأكد أن …": a cue of its own, read apart
        words = [t for t in tokens[:i] if t.is_word]
        return len(words) >= MIN_CREDITED_WORDS and not any(s.i < i for s in self.spots)

    def _comma_before_adverb(self, k: int) -> bool:
        """Token k is a comma and an adverb follows it: "…، حسبما أفادت الشرطة، الخميس."."""
        return self.tokens[k].text in "،," and self._next_norm(k) in lx.ADVERBS

    def _voice_goes_on(self, after: int) -> bool:
        """What follows a trailing cue's voice at token after still speaks of the voice, not
        the content: its title set off by a comma up to the sentence's end ("…، حسبما أفاد
        فلان، نائب مدير العمليات.") or a participle of its own ("…، بحسب ما ذكر المصدر مشيرا
        إلى …", read as its own attribution)."""
        spot = self.spot_at.get(after)
        if spot is not None and spot.cue.cls is lx.CueClass.PARTICIPLE:
            return True
        if self.tokens[after].text not in "،," or after + 1 >= len(self.tokens):
            return False
        if _strip_conj(self.tokens[after + 1].norm) not in lx.OFFICIAL_TITLES:
            return False
        rest = self.tokens[after + 1 :]
        return not any(
            t.text in "،,:" or t.text in OPENING_QUOTES or t.norm in lx.COMPLEMENTISERS
            for t in rest
        ) and not any(k in self.spot_at for k in range(after + 1, len(self.tokens)))

    def _preposition_content(self, i: int, after: int) -> tuple[int, int, QuoteKind] | None:
        """The content of the prepositional cue at token i whose voice ends before token after.

        Leading ("بحسب الوزارة، فإن الطريق مغلق"): what follows, without its complementiser.
        Trailing ("الطريق مغلق، بحسب الوزارة."): the clause before the cue.
        """
        # "… بحسب ما أكد المدرب فلان الذي قال: …": the relative clause is the voice's own; the
        # cue trails the clause before it.
        # (so does one after when the voice spoke: "…، وفقا لما أعلنته الوزارة أمس، التي …")
        when = self._past_when(after)
        related = when < len(self.tokens) and self.tokens[when].norm in _RELATIVE_PRONOUNS
        trailing = i > 0 and (
            self._nothing_after(after)
            or related
            or self._place_after(i, after)
            or self._medium_after(i, after)
            or self._writer_clause_after(after)
            or self._and_clause_after(i, after)
        )
        if not trailing and self._mid_aside(i, after):
            # "يحظى الجسر بأهمية، وفق فلان، لأنه يربط …": the sentence around the aside.
            span = self.content_span(after)
            if span is None:
                return None
            start, end = trim_span(self.text, self.tokens[0].start, span[1])
            quote = QuoteKind.INDIRECT
        elif not trailing:
            opens = self._after_occasion(
                self._after_obtained(self._past_place(self._past_when(after)))
            )
            span = self.content_span(opens)
            if span is None:
                return None
            start, end, quote = span
            k = self.index_at(start)
            while k < len(self.tokens) and self.tokens[k].norm in lx.COMPLEMENTISERS:
                start = self.tokens[k + 1].start if k + 1 < len(self.tokens) else end
                k = self.index_at(start)
        else:
            # Alone in its sentence, a trailing cue covers all of it ("قتل 25، شمال البلاد،
            # حسبما أفاد المرصد"); after another cue, only its own clause.
            spots = [s for s in self.spots if not self._between_at(s.i)]
            alone = not spots or spots[0].i >= i  # spots are in token order
            clause_start = 0 if alone else self._content_start_before(i)
            if clause_start >= i:
                return None
            # "… بنسبة 5% وذلك وفقا لما أعلنته الهيئة": "and that" points back, no content.
            # "…، كما جاء في بيان الوزارة": "as" joins the credit, no part of the content.
            joined = self.tokens[i - 1].norm in {"وذلك", _ALSO}
            cut_at = i - 1 if i - 1 > clause_start and joined else i
            start, end = trim_span(
                self.text, self.tokens[clause_start].start, self._clause_cut(cut_at)
            )
            whole = self.quote_from.get(start - 1) == (start - 1, end)
            quote = QuoteKind.DIRECT if whole else QuoteKind.INDIRECT
        if end - start < MIN_CONTENT_CHARS:
            return None
        return start, end, quote

    def _past_when(self, k: int) -> int:
        """The index after time words at k and the comma closing them, after a leading credit's
        voice: "ووفقا للوثيقة التي اعتمدت مؤخرا، …" (when it came out, no part of the content);
        k when no time words and comma stand there."""
        timed = self._past_time_words(k)
        if timed == k or timed >= len(self.tokens) or self.tokens[timed].text not in "،,":
            return k
        return timed + 1

    def _after_obtained(self, k: int) -> int:
        """The index after "اطلعت «الوادي» على نسخة منها،" at k, the clause on how the paper came
        by the document a leading credit names ("وبحسب إحصائية اطلعت … منها، فإن …"); k when
        no such clause stands there."""
        if k >= len(self.tokens) or _strip_conj(self.tokens[k].norm) not in _OBTAINED:
            return k
        return self._obtained_end(k)

    def _obtained_end(self, k: int) -> int:
        """The index after the clause on how the paper got the document, opening at k with its
        verb: "اطلعت «الوادي» على نسخة منها،", "حصلت عليه الصحيفة" (the paper, quoted or one
        word, with عليه/عليها before or after it, or "على نسخة منه"), and a comma after it."""
        j = self._skip_norms(k + 1, _ON_IT)
        quote = self.quote_at(j) if j < len(self.tokens) else None
        j = self.index_at(quote[1] + 1) if quote is not None else j + 1  # the paper
        if self._skip_norms(j, _ON_IT) > j:
            j += 1
        elif self._norms_at(j, _ON_A_COPY):
            j = self._skip_norms(j + len(_ON_A_COPY), _OF_IT)
        return j + 1 if j < len(self.tokens) and self.tokens[j].text in "،," else j

    def _skip_norms(self, k: int, norms: frozenset[str]) -> int:
        """k + 1 when the word at k is one of ``norms``, else k."""
        return k + 1 if k < len(self.tokens) and self.tokens[k].norm in norms else k

    def _norms_at(self, k: int, norms: tuple[str, ...]) -> bool:
        """The words from k on are ``norms``, in that order."""
        return tuple(t.norm for t in self.tokens[k : k + len(norms)]) == norms

    def _mid_aside(self, i: int, after: int) -> bool:
        """The cue at i and its voice, ending at token after, stand between commas in the middle
        of a sentence that has no cue before them: the statement runs on both sides. A number
        right after the voice runs on too ("بلغ عدد الزوار، وفقا لتقرير الفريق 1554 زائرا"), and
        so does a clause after when the voice spoke ("قتل عشرة، بحسب ما أفادت الشرطة أمس
        الاثنين، في هجوم …"); a complementiser after shows a leading credit ("ووفقا للوثيقة
        التي صدرت مؤخرا، وحصلت الصحيفة على نسخة منها، فإنها …")."""
        timed = self._past_time_words(after)
        if not any(t.norm in lx.COMPLEMENTISERS for t in self.tokens[timed:]):
            after = timed
        if (
            self._comma_before(i)
            and after < len(self.tokens)
            and self.tokens[after].norm.isdigit()
            and self.spots[0].i >= i
        ):
            return True
        return (
            self._comma_before(i)
            and after + 1 < len(self.tokens)
            and self.tokens[after].text in "،,"
            and self.tokens[after + 1].is_word
            and (
                self.tokens[after + 1].norm not in lx.COMPLEMENTISERS
                or self.tokens[after + 1].norm.startswith("لان")  # "لأنه": because, runs on
            )
            and after + 1 not in self.spot_at
            and self.spots[0].i >= i
            and not self._about_the_voice(after + 1)
        )

    def _about_the_voice(self, k: int) -> bool:
        """What follows a voice's closing comma at token k still tells of the voice or of when
        it spoke ("، الذي قال …", "، اليوم", "، عن مسؤول", "، نائب المدير"), not the content."""
        norm = _strip_conj(self.tokens[k].norm)
        return (
            norm in _RELATIVE_PRONOUNS
            or norm in lx.ADVERBS
            or norm == "عن"
            or norm in lx.OFFICIAL_TITLES
        )

    def _embedded_verb(self, k: int) -> tuple[Mention | None, int, list[Mention]]:
        """بحسب ما نقلت X عن Y / وفقا لما ذكره X: the embedded verb's subject is the voice."""
        if k >= len(self.tokens):
            return None, k, []
        norm = _strip_conj(self.tokens[k].norm)
        stem = _cue_without_object(norm)
        came_in = norm in lx.CAME_IN and self._next_norm(k) == "في"
        if stem not in lx.VERB_CUES and not came_in:
            return None, k, []
        if stem in lx.VERB_CUES and lx.VERB_CUES[stem].lemma in lx.THAT_ONLY:
            return None, k, []  # "وفق ما تعهد به فلان": what he pledged, no words he said
        m = k + 2 if came_in else k + 1  # "وفقا لما جاء في موقع …": the medium follows في
        inner: list[Mention] = []
        while m < len(self.tokens) and self.tokens[m].norm in {"عنه", "عنها", "عنهم", "به"}:
            m += 1
        m = self._past_time_words(m)
        end = self.phrase_end(m, verb=None)
        source = read_voice(self.text, self.tokens[m:end], self.known, allow_bare_name=True)
        if end < len(self.tokens) and self.tokens[end].norm == "عن":
            inner_end = self.phrase_end(end + 1, verb=None)
            voice = read_voice(
                self.text, self.tokens[end + 1 : inner_end], self.known, allow_bare_name=True
            )
            if voice is not None:
                inner.append(voice)
            end = inner_end
        return source, end, inner

    def _past_time_words(self, k: int) -> int:
        """The index after the time words from token k on, a day in brackets among them: in
        "بحسب ما أعلنت أمس (الثلاثاء) الهيئة العامة للطيران" the voice comes after them."""
        tokens = self.tokens
        while k < len(tokens):
            if self._day_before_yesterday_at(k):
                k += 2
            elif tokens[k].norm in lx.ADVERBS:
                k += 1
            elif self._this_span_at(k):
                k += 2  # "…، كما قال فلان هذا الأسبوع.": when he said it
            elif (
                tokens[k].text == "("
                and k + 2 < len(tokens)
                and tokens[k + 1].norm in lx.ADVERBS
                and tokens[k + 2].text == ")"
            ):
                k += 3
            else:
                break
        return k

    def _day_before_yesterday_at(self, k: int) -> bool:
        """ "أمس الأول" at token k: one time, the day before yesterday ("…، حسبما ذكرت الشركة
        أمس الأول.", "وبحسب ما أعلنت أمس الأول الهيئة …"); "الأول" alone is no time word."""
        tokens = self.tokens
        return (
            k + 1 < len(tokens)
            and tokens[k].norm in _YESTERDAY_FORMS
            and tokens[k + 1].norm in _FIRST_AFTER_YESTERDAY
        )

    def read_pronoun_phrase(self, spot: _Spot) -> RawAttribution | None:
        """…، على حد قوله / حسب تعبيره: the content is the clause before, the voice "he"."""
        i = spot.i
        clause_start = self._content_start_before(i)
        if clause_start >= i:
            return None
        if self.found and self.found[-1].end > self.tokens[clause_start].start:
            return None  # "قال فلان إن …، على حد قوله": the words already have their cue
        start, end = trim_span(self.text, self.tokens[clause_start].start, self._clause_cut(i))
        if end - start < MIN_CONTENT_CHARS:
            return None
        noun = self.tokens[i + 2].norm if spot.cue.lemma == "على حد" else self.tokens[i + 1].norm
        gender = "p" if noun.endswith("هم") else "f" if noun.endswith("ها") else "m"
        last = 2 if spot.cue.lemma == "على حد" else 1
        cue_text, c_start, c_end = self._cue_text(i, i + last)
        whole = self.quote_from.get(start - 1) == (start - 1, end)
        quote = QuoteKind.DIRECT if whole else QuoteKind.INDIRECT
        return RawAttribution(
            None, (), (), cue_text, c_start, c_end, start, end, quote, Stance.ASSERTS, gender
        )

    def read_headline(self, *, turn_only: bool = False) -> RawAttribution | None:
        """ "مصدر لـ«الوادي»: …", "وزير الخارجية: …": a voice, its carrier and a colon open the
        sentence, with no reporting verb. A bare name or place ("جدة: …") is no voice, but for
        a speaker's turn in a transcript (see _speaker), the only voice read ``turn_only``."""
        colon = next((k for k, t in enumerate(self.tokens) if t.text == ":"), None)
        if colon is None or colon == 0 or colon > MAX_VOICE_TOKENS:
            return None
        end = min(self.phrase_end(0, verb=None), colon)
        voice = read_voice(self.text, self.tokens[:end], self.known, allow_bare_name=False)
        turn = voice is None and end == colon
        if turn_only and not turn:
            return None
        if turn:
            voice = self._speaker(colon)
        if voice is None or (voice.kind is None and not self._known_body(end)):
            return None  # a registry name alone before a colon is a credit: "واس:", "رويترز:"
        if end == 1 and self.tokens[0].norm in lx.HOST_LABELS:
            return None  # "المذيعة: …": the host's turn in a transcript asks, no one claims
        if self._verb_for_name(voice):
            return None  # "دخل المدرب اللقاء بتشكيلة ضمت: …": a clause lists, no one speaks
        carriers: list[Mention] = []
        while end < colon and self._carrier_at(end):
            carrier, end = self.read_carrier(end)
            carriers += [carrier] if carrier is not None else []
        span = self.content_span(colon + 1) if end == colon else None
        if span is None:
            return None
        start, stop, quote = span
        if turn:
            # (the speaker's turn is his line: its other sentences are his words too)
            line_end = self.text.find("\n", stop)
            stop = trim_span(self.text, start, len(self.text) if line_end < 0 else line_end)[1]
        if len(self.text[start:stop].split()) < MIN_HEADLINE_WORDS:
            return None  # "الديوان: ص31": a reference after a colon, no words said
        if self._roster(colon + 1, stop) or self._name_only(colon + 1, stop):
            return None  # "الجهاز الفني: المدرب فلان، ومساعده فلان، …": who it is, no words
        mark = self.tokens[colon]
        return RawAttribution(
            voice,
            tuple(carriers),
            (),
            mark.text,
            mark.start,
            mark.end,
            start,
            stop,
            quote,
            self.stance_of(Stance.ASSERTS, start),
            "",
        )

    def _speaker(self, colon: int) -> Mention | None:
        """A speaker's turn in a transcript: a bare name of two words or more, opening with a
        given name, that opens a line before the colon and that the text named before
        ("ينضم إلينا الدكتور فلان الفلاني، …" then "فلان الفلاني: …"); None for any other bare
        words (a dateline "شرم الشيخ: …", a paragraph's label "عقود الرعاية: …")."""
        start = self.tokens[0].start
        line_start = self.text.rfind("\n", 0, start) + 1
        if self.text[line_start:start].strip() or not given_name(self.tokens[0].norm):
            return None
        voice = read_voice(self.text, self.tokens[:colon], self.known, allow_bare_name=True)
        if voice is None or voice.kind is not SourceKind.PERSON or len(voice.name.split()) < 2:
            return None
        return voice if self.text.find(voice.name, 0, line_start) >= 0 else None

    def _known_body(self, end: int) -> bool:
        """The words before token end are a body the registry names that is no medium ("الصليب
        الأحمر: …", "الأمم المتحدة: …"): it speaks, where a wire's name only credits."""
        words = [t.norm for t in self.tokens[:end] if t.is_word]
        return self.known(words, False) and not self.known(words, False, media=True)

    def _roster(self, k: int, stop: int) -> bool:
        """The words after a colon at token k list people by title, up to offset stop: a title
        first, then commas between the names ("المدرب فلان، ومساعده فلان، ومدرب الحراس فلان")."""
        if k >= len(self.tokens) or _strip_conj(self.tokens[k].norm) not in _TITLES:
            return False
        commas = sum(t.text in "،," for t in self.tokens[k:] if t.end <= stop)
        return commas >= MIN_ROSTER_COMMAS

    def _name_only(self, k: int, stop: int) -> bool:
        """The words after a colon at token k, up to offset stop, are one person's name: a
        given name first and no more words than a long name ("العريف: سالم محمد أحمد آل
        حسن"), a list entry, no words said."""
        words = [t for t in self.tokens[k:] if t.end <= stop]
        if not words or not all(t.is_word for t in words) or len(words) > MAX_LISTED_NAME:
            return False
        return given_name(_strip_conj(words[0].norm))

    def _verb_for_name(self, voice: Mention) -> bool:
        """A person's "name" that is the sentence's one unknown first word, described by all the
        words after it: the clause's own verb ("دخل", "بدأ", "لعب"), not a name a headline
        opens with (a name there is a given name, or has its title before it)."""
        words = fold(voice.name).split()
        return (
            voice.kind is SourceKind.PERSON
            and len(words) == 1
            and bool(voice.descriptor)
            and voice.start == self.tokens[0].start
            and not given_name(_strip_conj(words[0]))
        )

    def read_impersonal(self, spot: _Spot) -> RawAttribution | None:
        """يُعتقد أن … / قيل إن …: a statement with no voice at all."""
        span = self.content_span(spot.i + 2)  # after the complementiser the reading requires
        if span is None:
            return None
        start, end, quote = span
        cue_text, c_start, c_end = self._cue_text(spot.i)
        return RawAttribution(
            None,
            (),
            (),
            cue_text,
            c_start,
            c_end,
            start,
            end,
            quote,
            Stance.ASSERTS,
            "",
            impersonal=True,
        )


def extract_sentences(
    text: str, sentences: Sequence[Sentence], known: Known
) -> list[RawAttribution]:
    """Find the attributions of a sequence of sentences, in text order.

    Content runs over the next sentence when the text makes that plain: a colon lead-in that
    ends its sentence takes the next one, and a sentence that opens with "وأن" continues the
    indirect content before it.
    """
    found: list[RawAttribution] = []
    # Who acts in each sentence is asked for only by a cue with no subject opening the next one
    # ("وأضاف أن …"): it is read then, not for every sentence (see _LazyActor).
    actor: _LazyActor | None = None
    for index, sentence in enumerate(sentences):
        chunk = text[sentence.start : sentence.end]
        if index and _CARRIER_LEAD.match(chunk):
            _credit_carrier(text, sentences[index - 1], sentence, known, found)
        echo = _ECHO.search(chunk) if _may_echo(chunk) else None
        cued = _may_hold_cue(chunk)  # (asked once: both tests below need it)
        if echo is not None and not cued:
            found += _echoed(_Sentence(text, sentence, known), echo, [])
            continue
        if not cued:
            plain = None
            if ":" in chunk[:MAX_HEADLINE_CHARS]:
                plain = _Sentence(text, sentence, known)
                headline = plain.read_headline()
                found += [headline] if headline is not None else []
            read = partial(_actor_of, text, sentence, known, chunk, plain)
            actor = _LazyActor(read, chunk, actor)
            found += _what_they_published(text, sentence, known)
            continue
        reading = _Sentence(text, sentence, known, actor)
        raws = reading.read_all()
        if echo is not None:
            raws = _echoed(reading, echo, raws)
        if not raws and ":" in chunk[:MAX_HEADLINE_CHARS]:
            # "فلان الفلاني: … والأرقام تقول غير ذلك": a cue word no reading took leaves a
            # speaker's turn to speak.
            headline = reading.read_headline(turn_only=True)
            raws = [headline] if headline is not None else []
        actor = _actor_after(text, sentence, known, chunk, reading, raws, actor)
        raws = raws + _what_they_published(text, sentence, known)
        for raw in raws:
            if _medium_carried_before(text, raw, sentences, index, found, known):
                continue
            raw = _back_content(text, raw, sentences, index, found) or _continue(
                text, raw, sentences, index
            )
            raw = _we_go_on(text, raw, sentences, index)
            raw = _writer_aside_cut(text, _speaker_participle_cut(text, _framing_cut(text, raw)))
            carrier = _quotation_carrier(text, raw, found, known)
            if carrier is not None:
                found[-1] = replace(found[-1], carriers=(*found[-1].carriers, carrier))
            else:
                found += [
                    part
                    for whole in _denial_and_assertion(text, raw)
                    for affirmed in _affirmed_after_denial(text, whole)
                    for part in _quoted_after_colon(text, affirmed)
                    if part.end - part.start >= MIN_CONTENT_CHARS
                    and not _prayer(text, part)
                    and not _by_saying_astray(text, part)
                    and not _noun_like_denial(text, part)
                    and not _verbal_noun_after_on(text, part)
                    and not _denial_of_next_report(text, part)
                    and not _denial_noun_in_a_list(text, part)
                ]
    found = _full_texts(text, sentences, _drop_overlaps(found), known)
    return _without_questions_or_calls(
        text,
        name_roles(
            text,
            name_bodies(text, name_report_makers(text, name_issuers(text, found, known), known)),
        ),
    )


#: "في نفي واضح لـ…": in a denial, no verb after في. ("عقب نفي الوزارة وجود …" tells who
#: denied what, and is read.)
_BEFORE_DENIAL_NOUN = folded("في وفي")


def _denial_noun_after_preposition(tokens: Sequence[Token], i: int, cue: lx.Cue) -> bool:
    """A denying word with no و/ف right after "في" is the verbal noun, never the verb: "وفي نفي
    واضح لما تردد، قال …", "في نفي الخبر" report no denial of their own."""
    if cue.stance is not Stance.DENIES or cue.cls is not lx.CueClass.VERB or i == 0:
        return False
    norm = tokens[i].norm
    return tokens[i - 1].norm in _BEFORE_DENIAL_NOUN and _strip_conj(norm) == norm


def _or_confirm_after(tokens: Sequence[Token], i: int) -> bool:
    """The cue at token i is followed by "أو" and a word confirming or denying: "رفضت الوزارة
    نفي أو تأكيد الأنباء" (declined to deny or confirm) says neither, and "أو" is no subject."""
    return (
        i + 2 < len(tokens)
        and tokens[i + 1].norm == _OR_WORD
        and _strip_conj(tokens[i + 2].norm) in _CONFIRM_OR_DENY
    )


#: Denying verbs whose bare written forms are as often nouns: "كذب" (a lie), "دحض" (refuting),
#: "تنكر" (a disguise) of "أنكر".
_NOUN_LIKE_DENIALS = frozenset(("كذب", "دحض", "أنكر"))
#: Words that open what such a verb denies when it denies a report: "ما" (what was said) and
#: the names of what is reported or alleged, folded; "أن" opening a clause is also one.
_DENIED_OPENINGS = folded(
    """ما مما كل أي هذه هذا ذلك تلك الأنباء أنباء الأخبار أخبار التقارير تقارير الاتهامات
    اتهامات الاتهام اتهام التهم التهمة تهمة تهم الادعاءات ادعاءات ادعاء المزاعم مزاعم
    الشائعات شائعات الإشاعات إشاعات الرواية رواية صحة وجود علمه معرفته"""
)


def _noun_like_denial(text: str, raw: RawAttribution) -> bool:
    """A denial cued by a verb that is as often a noun ("كذب", "دحض", "تنكر") whose content
    opens as no denied report does: "أنها كذب وافتراء، فالجميع يعرف …" and "ركز على الحقائق
    ودحض الخرافات في مجال …" read a noun's neighbour as a voice and the next words as what it
    denies. "كذبت الهيئة ما نشرته مواقع …" and "أنكر التاجر أن …" still deny."""
    if raw.stance is not Stance.DENIES or raw.quote is not QuoteKind.INDIRECT:
        return False
    cue = lx.VERB_CUES.get(_strip_conj(fold(raw.cue)))
    if cue is None or cue.lemma not in _NOUN_LIKE_DENIALS:
        return False
    first = text[raw.start : raw.end].split(maxsplit=1)
    opening = _strip_conj(fold(first[0].strip('«»"“”(')) if first else "")
    before = text[max(0, raw.start - 12) : raw.start].split()
    opened = bool(before) and fold(before[-1]) in lx.COMPLEMENTISERS  # "أنكر فلان أن …"
    return not opened and opening not in _DENIED_OPENINGS and opening not in lx.COMPLEMENTISERS


def _name_withheld_after_on(tokens: Sequence[Token], i: int) -> bool:
    """The cue at i stands between "على" and a voice's name or identity: "مسؤول تحفظ على ذكر
    اسمه، أن …" says the name is withheld (the voice's aside), not that anyone spoke."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i - 1].text != ON_WRITTEN:
        return False
    return tokens[i + 1].norm.startswith(_NAME_NOUNS)


def _verbal_noun_after_on(text: str, raw: RawAttribution) -> bool:
    """A verb cue with no و/ف right after the preposition "على" (written with ى, not the name
    علي) is its verbal noun: "حريصا على كشف الأسرار باحثا عن …", "لم يأت على ذكر …" report
    nothing. (The word still ends a content before it, as a cue does.) A denial is still
    told: "اعتادت الحركة على نفي التقارير" reports denials that were made."""
    before = text[max(0, raw.cue_start - len(ON_WRITTEN) - 1) : raw.cue_start]
    if before != ON_WRITTEN + " " or fold(raw.cue) not in lx.VERB_CUES:
        return False
    return raw.stance is not Stance.DENIES  # "اعتادت الحركة على نفي التقارير": denials made


def _denial_noun_in_a_list(text: str, raw: RawAttribution) -> bool:
    """A denial whose content opens with "إضافة إلى"/"بالإضافة إلى" (in addition to): "ونفي
    إدارة النادي للخبر، إضافة إلى صمت اللاعب، زاد …" lists the denial as a noun beside other
    things; no voice denies here, and what follows is no denied report."""
    if raw.stance is not Stance.DENIES:
        return False
    first = text[raw.start : raw.end].split(maxsplit=1)
    return bool(first) and _strip_conj(fold(first[0])) in _IN_ADDITION


def _denial_of_next_report(text: str, raw: RawAttribution) -> bool:
    """A denial whose content opens with "و" and a reporting verb: "نفى النادي الذي …
    اتهام الرابطة له بالتقصير، وقالت الرابطة إن …" and "نفت هذا الأمر وقالت إن …" lost what
    was denied to the words read as the denier, and took the next report, someone's say
    (the denier's own, or the accuser's), for what is denied."""
    if raw.stance is not Stance.DENIES or raw.quote is not QuoteKind.INDIRECT:
        return False
    first = text[raw.start : raw.end].split(maxsplit=1)
    if not first:
        return False
    word = fold(first[0])
    bare = _strip_conj(word)
    if bare == word:
        return False  # "قال إن …" with no conjunction: the report denied ("نفى تقريرا قال إن")
    cue = lx.VERB_CUES.get(bare)
    return cue is not None and cue.stance is Stance.ASSERTS


#: "وخلال اللقاء", "وأثناء الزيارة", "وعقب الاجتماع": a preposition of time and the event, in
#: folded letters, opening a sentence before its act.
_DURING = folded("خلال أثناء اثناء عقب")
_DURING_HEAD = re.compile(r"\s*[وف]?(?:خلال|اثناء|عقب)\s+ال\S+\s+")


def _during_the_event(tokens: Sequence[Token]) -> bool:
    """The sentence opens with "وخلال اللقاء" (during the meeting): a preposition of time and
    one definite noun of the event, then the act."""
    return _strip_conj(tokens[0].norm) in _DURING and tokens[1].norm.startswith("ال")


#: "في الوقت نفسه", "في هذا الصدد" after a participle, folded: when or in what regard it was
#: said, stepped over before the content.
_SAME_TIME = frozenset(
    (fold(a), fold(b))
    for a, b in (
        ("الوقت", "نفسه"),
        ("الوقت", "ذاته"),
        ("ذات", "الوقت"),
        ("نفس", "الوقت"),
        ("هذا", "الصدد"),
        ("هذا", "السياق"),
        ("هذا", "الإطار"),
        ("هذا", "الشأن"),
    )
)


def _same_time_at(tokens: Sequence[Token], k: int) -> bool:
    """Tokens k to k + 2 are "في الوقت نفسه" or "في هذا الصدد"."""
    return (
        k + 2 < len(tokens)
        and tokens[k].norm == "في"
        and (tokens[k + 1].norm, tokens[k + 2].norm) in _SAME_TIME
    )


#: "مشيرا أيضا إلى أن", "مؤكدا كذلك أن", "مشيرا بدوره إلى أن", folded: "also" or "in his
#: turn" after a participle, stepped over before its complementiser.
_PARTICIPLE_ALSO = folded("أيضا أيضاً ايضا كذلك بدوره بدورها")
#: "موضحا في تصريحه أن", "مضيفا خلال حديثه إلى أن", "مبينة في بيان أنه", folded: where the
#: speaker said it, stepped over before the complementiser.
_SAID_IN = folded("في خلال أثناء اثناء")
_SAID_IN_WHAT = folded(
    """
    حديثه حديثها كلمته كلمتها كلامه كلامها تصريحه تصريحها تصريحاته تصريحاتها بيان بيانه
    بيانها تصريح تصريحات
    """
)


def _participle_aside(tokens: Sequence[Token], k: int) -> int:
    """How many words at k, right after a participle, say how or where it was said: "أيضا",
    "بدوره", "بقوله" (one), "في تصريحه", "خلال حديثها" (two); 0 when none. The complementiser
    must still follow within the participle's lead."""
    if k >= len(tokens):
        return 0
    if tokens[k].norm in _PARTICIPLE_ALSO:
        return 1
    if tokens[k].norm in _BY_SAYING and _words_right_after(tokens, k + 1):
        return 1  # "مضيفا بقوله: …", "مشددا بالقول: «…»": by saying, then the words
    occasion = _occasion_aside(tokens, k)
    if occasion:
        return occasion
    if k + 1 < len(tokens) and tokens[k].norm in _SAID_IN and tokens[k + 1].norm in _SAID_IN_WHAT:
        return 0 if tokens[k + 1].text.endswith("ة") else 2  # "في حديثة": a recent one
    return 0


def _occasion_aside(tokens: Sequence[Token], k: int) -> int:
    """How many tokens at k name, after a participle, the occasion it was said on with a few
    words more, up to the complementiser or colon that follows them: "مؤكدة في بيان مشترك أن
    …", "مشيرا في تصريحات صحفية إن …", "موضحا في بيان أصدره: …"; 0 when none. Only words
    and commas stand between (no quotation, no full stop), at most MAX_OCCASION_ASIDE."""
    if k + 2 >= len(tokens) or tokens[k].norm != "في" or not _occasion_noun(tokens[k + 1].norm):
        return 0
    for j in range(k + 2, min(len(tokens), k + 2 + MAX_OCCASION_ASIDE)):
        tok = tokens[j]
        if tok.norm in lx.COMPLEMENTISERS and _strip_conj(tokens[j - 1].norm) in _SUBORDINATORS:
            return 0  # "مشيرا في بيان الوزارة بعد أن …": a time, no words said
        if tok.norm in lx.COMPLEMENTISERS or tok.text == ":":
            return j - k
        if not tok.is_word and tok.text not in "،,":
            return 0
    return 0


#: Most tokens after "في" and its occasion noun before the complementiser ("في بيان صحفي
#: مشترك أصدرته أمس أن …").
MAX_OCCASION_ASIDE = 5


def _words_right_after(tokens: Sequence[Token], k: int) -> bool:
    """Token k opens the words said: a colon, an opening quotation mark or a complementiser
    ("بالقول: …", "بقوله «…»", "بالقول إن …"; not "بالقول إلى: …", whose quotation may end
    before the sentence does)."""
    if k >= len(tokens):
        return False
    tok = tokens[k]
    return tok.text == ":" or tok.text in OPENING_QUOTES or tok.norm in lx.COMPLEMENTISERS


#: "لافتا النظر إلى أن …", "لافتة الانتباه إلى أن …": the object of a participle that draws
#: attention, stepped over before its content.
_ATTENTION = folded("النظر الانتباه الإنتباه الأنظار")


#: "اللهم" (O God), folded: words that open with it are a prayer.
_O_GOD = fold("اللهم")


def _prayer(text: str, raw: RawAttribution) -> bool:
    """The content is a prayer ("اللهم احفظ بلادنا …"): no claim anyone could check, however
    many people pray alike."""
    first = text[raw.start : raw.start + len(_O_GOD) + 2].split(maxsplit=1)
    return bool(first) and fold(first[0].strip('«»"“”(')) == _O_GOD


#: Marks that open the clause of a "بقوله:" read as "قائلا:".
_CLAUSE_MARKS = re.compile(r"[.!?؟،,؛;:\n]")
#: Words that make the clause before "بقوله" no verb's own act: a relative ("البند الذي
#: يصفه فلان بقوله"), "ما" ("وهذا ما يؤكده فلان بقوله"), "أما"/"لما"/"ثم"/"لأن".
_NOT_OWN_CLAUSE = folded(
    """
    الذي التي الذين اللذين اللتين اللاتي ما مما أما فأما لما فلما ثم لأن لأنه لأنها حين عندما
    وعندما حيث
    """
)
#: "وقد استغرب فلان …", "كما علّق فلان …": a particle before the clause's verb.
_BEFORE_SAYING_VERB = folded("وقد فقد كما فيما")
#: The word right after a verb with no written subject ("وتطرق إلى الجانب المالي بقوله",
#: "وتابع بالقول"): a preposition, an honorific pronoun, or the by-saying word itself.
_AFTER_SUBJECTLESS = folded("إلى الى على عن في مع") | _HONORIFIC_PRONOUNS | _BY_SAYING
#: Most words between the clause's verb and "بقوله": a title, a name, what he spoke of.
MAX_BY_SAYING_CLAUSE = 10


def _by_saying_astray(text: str, raw: RawAttribution) -> bool:
    """ "بقوله:"/"بالقول:" read as "قائلا:" gives its words to the verb's own speaker only in
    a clause that opens with a verb and "و"/"ف" ("وعبّر فلان عن أسفه بقوله: …"): the voice
    must be named in that clause, or, with none named, the verb must take no subject there
    ("وتطرق إلى …"), so that the speaker before goes on. A relative clause, "ما", "أما", a
    verb whose subject went unread ("وتختصر فلانة تعليقها بقولها") leave it unread."""
    if fold(raw.cue) not in _BY_SAYING:
        return False
    marks = [
        m.end() for m in _CLAUSE_MARKS.finditer(text, max(0, raw.cue_start - 400), raw.cue_start)
    ]
    start = marks[-1] if marks else max(0, raw.cue_start - 400)
    words = [fold(w.strip('«»"“”()-–')) for w in text[start : raw.cue_start].split()]
    words = [w for w in words if w]
    particle = bool(words) and words[0] in _BEFORE_SAYING_VERB
    words = words[1:] if particle else words
    if not words or len(words) > MAX_BY_SAYING_CLAUSE:
        return True
    if not particle and words[0][:1] not in "وف":
        return True  # "استجابت الشركة للإعلانات بالقول": no verb opening its own clause
    if any(w in _NOT_OWN_CLAUSE for w in words) and not _echo_clause(words, raw):
        return True
    if raw.source is not None:
        return raw.source.start < start
    return len(words) > 1 and words[1] not in _AFTER_SUBJECTLESS


#: "وهو ما" / "وهذا ما" opening an echo ("وهو ما يؤكده فلان بقوله: …").
_ECHO_PRONOUNS = folded("وهو وهي وهذا هو هي هذا")
_WHAT = fold("ما")


def _echo_clause(words: Sequence[str], raw: RawAttribution) -> bool:
    """The clause before "بقوله" is an echo whose voice the reading named ("وهو ما يؤكده مدير
    المركز فلان بقوله: …", see _echo_by_saying): the words are his, though "ما" opens it."""
    return (
        raw.source is not None
        and len(words) > 2
        and words[0] in _ECHO_PRONOUNS
        and words[1] == _WHAT
        and _echo_cue(words[2]) is not None
    )


#: Quotation marks and brackets around a content's first or last word.
_CONTENT_MARKS = ' «»"“”()'
#: How many characters before a content are read for the word that leads into it.
MAX_CALL_LEAD = 24
#: Most words after a noun of a call read for a verb that spells out what is called for.
MAX_CALL_SPEC = 8
#: Fewest letters of such a verb in ي ("يقوم"): "يد" and "يوم" are no verbs. (A verb in ت
#: is not read: "تفعيل", "تنفيذ" are verbal nouns of a call as often.)
MIN_SPEC_VERB = 4
#: Punctuation around a word read for such a verb.
_CALL_SPEC_MARKS = '،,.؛;:«»"“”()'
#: Words before a verb after a noun of a call that make it no description of what is called
#: for: a complementiser, a relative or a subordinator ("بأن يتم", "مما يسهم", "قبل أن").
_CALL_SPEC_STOPS = lx.COMPLEMENTISERS | _RELATIVES | _RELATIVE_PRONOUNS | _SUBORDINATORS
#: Marks inside a content after which an answer may follow the question ("هل تدرون ما …، هو …").
_ANSWER_MARKS = re.compile(r"[.!?؟،,؛;:]")


def _question_only(text: str, raw: RawAttribution) -> bool:
    """The content is one yes-or-no question and nothing more: «هل تجد نفسك دائما تحاول …؟»
    asks, and states nothing anyone could check; a question answered after it («هل تعلمون
    ما حدث؟ لقد …», "هل تدرون ما هو، إنه …") still states something."""
    content = text[raw.start : raw.end].strip(_CONTENT_MARKS)
    first = content.split(maxsplit=1)
    if not first or fold(first[0]) not in _QUESTIONS:
        return False
    return _ANSWER_MARKS.search(content.rstrip(" .!?؟")) is None


#: Nouns of a call ("the importance of", "the need for", "the duty of"), folded: an indirect
#: content that is one of them and what it governs asks for something and states nothing one
#: could check ("شدد على أهمية التعاون", "أكد ضرورة الالتزام", "… بضرورة الحذر").
_CALL_NOUNS = folded("أهمية ضرورة وجوب")


def _call_only(text: str, raw: RawAttribution) -> bool:
    """The indirect content opens with a noun of a call, as the object of the cue or after
    "على"/"إلى"/"ب" ("وشدد المدير على ضرورة الانضباط", "مشيرا إلى أهمية الوقاية"): an
    exhortation, no claim. After a complementiser the noun heads a clause that states
    something ("أوضح أن أهمية الخطة تكمن في …") and is kept, as are denials, quotations
    and a call that spells out what it calls for (_spelled_out)."""
    if raw.quote is not QuoteKind.INDIRECT or raw.stance is not Stance.ASSERTS:
        return False
    before = fold(text[max(0, raw.start - MAX_CALL_LEAD) : raw.start]).split()[-1:]
    words = fold(text[raw.start : raw.end]).split(maxsplit=MAX_CALL_SPEC + 1)
    if not words or (before and before[0] in lx.COMPLEMENTISERS):
        return False
    noun = strip_article(words[0].strip(_CONTENT_MARKS))
    called = noun in _CALL_NOUNS or (noun[:1] == "ب" and strip_article(noun[1:]) in _CALL_NOUNS)
    return called and not _spelled_out(words[1 : MAX_CALL_SPEC + 1])


def _spelled_out(words: Sequence[str]) -> bool:
    """The words after a noun of a call hold a verb that describes what is called for, with
    no complementiser or relative before it: "أهمية إيجاد حل للأزمة يقوم على الحوار" states
    the position's content, as a claim does; "أهمية دعم المشروع بما يحقق …" does not."""
    for word in words:
        bare = _strip_conj(word.strip(_CALL_SPEC_MARKS))
        if bare in _CALL_SPEC_STOPS or word in _CALL_SPEC_STOPS:
            return False
        if bare[:1] == "ي" and len(bare) >= MIN_SPEC_VERB and bare not in WORDS.months:
            return True
    return False


def _courtesy_only(text: str, raw: RawAttribution) -> bool:
    """The verb of voicing with "عن" and a courtesy (lx.COURTESY_NOUNS, after a formula's
    elative or with "his") for its content: "أعرب الوزير عن شكره للفريق", "أعربت عن أصدق
    التهاني", "أعرب عن أمله في أن …": thanks, joy or a hope, no claim ("عن قلقه من أن …"
    and "عن ثقته بأن …" are kept)."""
    cue = lx.VERB_CUES.get(_strip_conj(fold(raw.cue)))
    if cue is None or cue.lemma != lx.VOICING or raw.quote is not QuoteKind.INDIRECT:
        return False
    before = fold(text[max(0, raw.start - MAX_CALL_LEAD) : raw.start]).split()[-1:]
    words = text[raw.start : raw.end].split(maxsplit=2)
    if before != ["عن"] or not words:
        return False
    if fold(words[0]) in FORMULA_ELATIVES and len(words) > 1:
        words = words[1:]  # "عن بالغ سعادته", "عن أصدق التهاني"
    courtesy = strip_article(fold(words[0])) in lx.COURTESY_NOUNS  # "عن الشكر", "عن تهنئة"
    if not courtesy and not possessed_noun_in(words[0], lx.COURTESY_NOUNS):  # "عن سعادتها"
        return False
    # "عن ترحيبه بالزوار، موضحا أن …": a claim after a comma ran into the content; kept.
    parts = re.split("[،,]", fold(text[raw.start : raw.end]), maxsplit=1)
    return len(parts) == 1 or lx.COMPLEMENTISERS.isdisjoint(parts[1].split())


def _without_questions_or_calls(text: str, raws: Sequence[RawAttribution]) -> list[RawAttribution]:
    """The attributions less those whose content is only a question (_question_only), a
    call (_call_only), a courtesy (_courtesy_only) or the topic of words that follow
    (_topic_before_saying); the voice that asked speaks on in a cue with no subject right
    after it ("وقالت الشركة: «هل …» وأضافت أن …", "وشدد المدير على أهمية … وأضاف أن …",
    "وأعرب الوزير عن شكره … وأكد أن …", "تحدث عن اللاعب قائلا: …"), and a person named in full
    only where he voiced a courtesy is that person when his surname speaks later ("وأعرب
    المدرب سالم العلي عن سعادته … . وقال العلي إن …")."""
    kept: list[RawAttribution] = []
    asked: Mention | None = None
    courteous: dict[str, Mention] = {}
    for k, raw in enumerate(raws):
        courtesy = _courtesy_only(text, raw)
        if courtesy and named_voice(raw.source) and len(raw.source.name.split()) >= MIN_NAME_WORDS:
            courteous.setdefault(fold(raw.source.name.split()[-1]), raw.source)
        topic = k + 1 < len(raws) and _topic_before_saying(text, raw, raws[k + 1])
        if _question_only(text, raw) or _call_only(text, raw) or courtesy or topic:
            asked = raw.source
            continue
        if asked is not None and raw.source is None:
            raw = replace(raw, source=asked)
        asked = None
        kept.append(_courteous_surname(raw, courteous))
    return kept


#: The verbs of speaking about something or disclosing it ("تحدث المدرب عن اللاعب …",
#: "أفصحت المديرة عن خططها …"), whose "عن" may name only the topic of the words after.
_SPEAKING_OF = frozenset(("تحدث", "أفصح"))


def _topic_before_saying(text: str, raw: RawAttribution, nxt: RawAttribution) -> bool:
    """ "وتحدث المدرب عن اللاعب الجديد قائلا: «…»", "أفصحت عن خططها، قائلة: …": what the
    voice spoke about or disclosed, after "عن", with "saying" and his words right after it,
    is the topic of those words and no claim of its own ("…، وقال إن …" after it is another
    statement: "تحدث عن تراجع الصادرات" may tell a fall of its own)."""
    cue = lx.VERB_CUES.get(_strip_conj(fold(raw.cue)))
    if cue is None or cue.lemma not in _SPEAKING_OF or raw.quote is not QuoteKind.INDIRECT:
        return False
    if fold(text[max(0, raw.start - MAX_CALL_LEAD) : raw.start]).split()[-1:] != ["عن"]:
        return False
    saying = lx.VERB_CUES.get(_strip_conj(fold(nxt.cue)))
    between = text[raw.end : nxt.cue_start]
    return saying is not None and saying.lemma == _SAYING and not between.strip(" ،,")


def _courteous_surname(raw: RawAttribution, courteous: dict[str, Mention]) -> RawAttribution:
    """The attribution with a voice that is a bare surname given the full name of the person
    who voiced a courtesy under it before (``courteous``, by folded surname)."""
    voice = raw.source
    if voice is None or voice.kind is not SourceKind.PERSON or len(voice.name.split()) != 1:
        return raw
    full = courteous.get(fold(voice.name))
    if full is None:
        return raw
    return replace(raw, source=replace(voice, name=full.name, descriptor=full.descriptor))


class _LazyActor:
    """The actor one sentence leaves for the next, read when first asked for: most are never
    asked for, and reading one may tokenise its sentence and read a voice.

    ``read`` reads the sentence's own actor. A sentence with no cue (``again`` holds its text)
    may also pass on the actor of the one ``before`` it (see _actor_again).
    """

    __slots__ = ("_again", "_before", "_done", "_read", "_value")

    def __init__(
        self,
        read: Callable[[], Mention | None],
        again: str | None = None,
        before: _LazyActor | None = None,
    ) -> None:
        self._read = read
        self._again = again
        self._before = before
        self._value: Mention | None = None
        self._done = False

    def __call__(self) -> Mention | None:
        """The actor, as reading every sentence in turn would find it."""
        # Back through the sentences whose own actor is None to one that settles it, then
        # forward again: a loop, as a long run of sentences with no cue would recurse deep.
        waiting: list[_LazyActor] = []
        node: _LazyActor | None = self
        while node is not None and not node._done:
            own = node._read()
            if own is not None and node._again is not None and node._before is not None:
                own = node._named_before(own)
            if own is not None or node._again is None:
                node._value, node._done = own, True
                break
            waiting.append(node)
            node = node._before
        value = node._value if node is not None else None
        for item in reversed(waiting):
            assert item._again is not None
            value = _actor_again(item._again, value)
            item._value, item._done = value, True
        return self._value

    def _named_before(self, own: Mention) -> Mention:
        """The actor named in full before, when this sentence's own actor is only his title
        repeated ("ترأس ولي العهد الأمير فلان الجلسة. وفي بدايتها قدم ولي العهد التعازي …")."""
        if any(map(given_name, fold(own.name).split())):
            return own
        assert self._before is not None
        assert self._again is not None
        earlier = self._before()
        return earlier if earlier is not None and _repeats_title(self._again, earlier) else own


def _opening_actor(reading: _Sentence) -> Mention | None:
    """The actor of a sentence whose cues read nothing: who opens it with an act."""
    opening = reading.opening_once()
    return opening[0] if opening is not None else None


#: "…، وهو ما نفاه مصدر في الوزارة", "…، الأمر الذي أكدته الشركة": after a comma, a relative
#: that points back to the clause before, then a reporting verb with its object pronoun. With
#: "و" joined to the pronoun the comma may be left out ("… في الغارات وهو ما تنفيه الحكومة").
_ECHO = re.compile(
    r"(?:[،,]\s*(?:و?(?:هو|هي|هذا)\s+(?:ما|الأمر\s+الذي)|الأمر\s+الذي)|\s(?:و(?:هو|هي|هذا)\s+ما))"
    r"\s+(?=\w+?ه(?:ا)?\b)"
)
#: The comma-less echo's opening words, after the clause it points back to.
_BARE_ECHOES = (" وهو ما", " وهي ما", " وهذا ما")


def _may_echo(chunk: str) -> bool:
    """Cheap test before _ECHO: every echo has a comma or opens with "وهو ما", and the words of
    one of its branches (C-level substring tests; the pattern's search costs more, and few
    sentences hold an echo)."""
    if "،" not in chunk and "," not in chunk:
        return any(bare in chunk for bare in _BARE_ECHOES)
    # "الأمر الذي" alone, or "هو/هي/هذا" then "ما" (or "الأمر الذي"): "ما" and a comma alone are
    # in nearly half of all sentences.
    that = "الأمر" in chunk and "الذي" in chunk
    return that or (("ما" in chunk) and ("هو" in chunk or "هي" in chunk or "هذا" in chunk))


#: The verbs of an echo, past tense with the object pronoun: they confirm, deny or tell what
#: the clause before says ("وهو ما تعتبره ميزة", "ما نراه" judge or see, and report nothing).
_ECHO_VERBS = folded(
    """
    أكده أكدته أكدها أكدتها نفاه نفته نفاها نفتها أعلنه أعلنته كشفه كشفته ذكره ذكرته أوضحه
    أوضحته
    """
)
#: The same verbs in the present ("وهو ما تنفيه الحكومة", "وهو ما يؤكده فلان بقوله: …"): the
#: voice still confirms or denies the clause before.
_ECHO_PRESENT_VERBS = folded(
    """
    يؤكده تؤكده يؤكدها تؤكدها ينفيه تنفيه ينفيها تنفيها
    """
)
#: The object pronoun on the verb of an echo: "نفاه", "أكدته", "أعلنتها".
_ECHO_OBJECTS = ("ها", "ه")


def _echo_cue(norm: str) -> lx.Cue | None:
    """The reporting verb of "نفاه", "أكدته": the verb without its object pronoun ("نفاه" is
    "نفى" + ه), when it is one of the echo verbs."""
    if norm not in _ECHO_VERBS and norm not in _ECHO_PRESENT_VERBS:
        return None
    for ending in _ECHO_OBJECTS:
        if not norm.endswith(ending):
            continue
        stem = norm[: -len(ending)]
        for form in (stem, stem[:-1] + "ى" if stem.endswith("ا") else stem):
            cue = lx.VERB_CUES.get(fold(form))
            if cue is not None and cue.cls is lx.CueClass.VERB:
                return cue
    return None


def _things_confirm(norm: str, cue: lx.Cue, voice: Mention | None, bare: bool) -> bool:
    """ "وهذا ما تؤكده الكثير من القضايا", "… وهو ما أكده بعض الأسرى": a present echo, or one
    with no comma before it, that confirms, told of things or of people left unnamed, is the
    writer's own view of what bears it out, not a second voice's report (a denial, "وهو ما
    تنفيه …", is still read)."""
    return (
        (norm in _ECHO_PRESENT_VERBS or bare)
        and cue.stance is Stance.ASSERTS
        and voice is not None
        and voice.kind in (SourceKind.ANONYMOUS, SourceKind.DOCUMENT)
    )


def _echo_by_saying(
    reading: _Sentence, read: tuple[Mention | None, int], raws: list[RawAttribution]
) -> list[RawAttribution]:
    """ "…، وهو ما يؤكده مدير المركز فلان بقوله: «…»": the words after "بقوله" right after the
    echo's voice are that voice's own."""
    voice, end = read
    if voice is None or end >= len(reading.tokens):
        return raws
    at = reading.tokens[end].start
    return [
        replace(r, source=voice)
        if r.source is None and r.cue_start == at and fold(r.cue) in _BY_SAYING
        else r
        for r in raws
    ]


def _echo_voice(voice: Mention | None) -> bool:
    """A voice to trust after an echo: a titled person, an official, a body, a medium or unnamed
    sources; an untitled phrase ("وهو ما أوضحه مقطع مصور") is more often the thing that showed
    it than a speaker."""
    if voice is None or voice.kind is None:
        return False
    if voice.kind is not SourceKind.PERSON:
        return True
    # The descriptor opens with the title ("عضو المكتب السياسي …"): "كبيرة من الأطعمة" opens
    # with a word that is a title only in "كبير المفاوضين".
    words = voice.descriptor.split()
    titled = bool(words) and fold(words[0]) in _TITLES and words[1:2] != ["من"]
    return titled and len(voice.name.split()) > 1


def _echoed(
    reading: _Sentence, echo: re.Match[str], raws: list[RawAttribution]
) -> list[RawAttribution]:
    """ "ذكرت صحيفة المساء أن وفدا زار العاصمة، وهو ما نفاه مصدر في الوزارة": the voice after
    the echo confirms or denies the clause before it. A content read over the echo ends
    before it, and the echo's voice gets that content (or, with no cue before, the sentence's
    own statement) with its verb's stance. With no verb cue or no voice, or a cue before the
    echo that was not read, nothing changes."""
    start = reading.sentence.start
    cut = start + echo.start()
    k = reading.index_at(start + echo.end())
    if k >= len(reading.tokens) or _inside(reading.quotes, cut):
        return raws  # "«… وهذا ما أكده خبراء …»": the speaker's own words, read as his
    cue = _echo_cue(reading.tokens[k].norm)
    read = None if cue is None else reading._verb_subject(k + 1, cue, [])
    if cue is None or read is None or not _echo_voice(read[0]):
        return raws
    if _things_confirm(reading.tokens[k].norm, cue, read[0], echo.group(0)[:1] not in "،,"):
        return raws
    raws = _echo_by_saying(reading, read, raws)
    over = [r for r in raws if r.start < cut <= r.end]
    if over and cue.stance is Stance.ASSERTS and not _echo_voice(over[-1].source):
        return raws  # a second voice beside a first one read too loosely to trust: no echo
    if not over and any(reading.tokens[spot.i].start < cut for spot in reading.spots):
        return raws  # a cue before the echo that read nothing: what it said is unknown
    kept = [
        replace(r, end=trim_span(reading.text, r.start, cut)[1]) if r.start < cut < r.end else r
        for r in raws
    ]
    first, last = trim_span(reading.text, over[-1].start if over else start, cut)
    if last - first < MIN_CONTENT_CHARS:
        return raws
    echoed = reading._found(read[0], [], [], k, (first, last, QuoteKind.INDIRECT), cue)
    return sorted([*kept, echoed], key=lambda r: r.cue_start)


#: Prepositional cues that may trail a quotation to credit the medium that carried it.
_TRAILING_CREDITS = folded(
    """
    حسب بحسب وفقا وفق
    """
)


def _quotation_carrier(
    text: str, raw: RawAttribution, found: Sequence[RawAttribution], known: Known
) -> Mention | None:
    """ "وقال: «… . … »، حسب الوكالة.": a news medium credited after a quotation of several
    sentences, read in the quotation's last sentence, carried the words of the speaker before
    (whose cue may have no subject of its own); it neither speaks them nor becomes the voice
    of the cues that follow; the medium is returned, else None. The in-sentence case is
    _Sentence._trailing_medium."""
    if not found or raw.source is None or fold(raw.cue) not in _TRAILING_CREDITS:
        return None
    # A registry name ("رويترز") is read without its kind until it is resolved.
    named = raw.source.kind is None and known(normal_words(raw.source.name), False)
    if raw.source.kind not in (SourceKind.AGENCY, SourceKind.OUTLET) and not named:
        return None
    previous = found[-1]
    if previous.source is not None and previous.source.kind in (
        SourceKind.AGENCY,
        SourceKind.OUTLET,
    ):
        return None
    between = text[previous.end : raw.cue_start].strip(" ،,")
    if _GLUED_STOP.fullmatch(text, previous.end, raw.cue_start):
        between = ""  # "«…».وفقا لـX": a full stop glued to the mark and the credit
    if raw.start <= previous.end <= raw.cue_start and not between.strip(_CLOSING_MARKS):
        return raw.source
    return None


def _actor_after(
    text: str,
    sentence: Sentence,
    known: Known,
    chunk: str,
    reading: _Sentence,
    raws: list[RawAttribution],
    actor: _LazyActor | None,
) -> _LazyActor | None:
    """Who acts in a sentence that held a cue word, for a cue with no subject after it: none
    when it reported something; the opener of its act when a cue spot read nothing; and when
    no word was a cue after all ("عما مضى", a word that reports only "بالقول"), the actor of a
    sentence with no cue ("وحمل فلان …: «… عما مضى …». وأضاف: …")."""
    if raws:
        return None
    if reading.spots:
        return _LazyActor(partial(_opening_actor, reading), chunk, actor)
    return _LazyActor(partial(_actor_of, text, sentence, known, chunk, reading), chunk, actor)


def _actor_of(
    text: str, sentence: Sentence, known: Known, chunk: str, reading: _Sentence | None
) -> Mention | None:
    """The actor of a sentence with no cue that opens with a speech act, or with a verb and a
    titled person after it, else None. ``reading`` is the sentence when already read."""
    head = folded_head(chunk, MAX_ACT_AT)
    if _DURING_HEAD.match(head):
        head = _DURING_HEAD.sub("", head, count=1)  # "وخلال اللقاء عبر فلان عن …"
    if not _EXPRESSIVE_HEAD.match(head) and not _titled_second(_OPENER.sub("", head, count=1)):
        return None
    opening = (reading or _Sentence(text, sentence, known)).opening_actor()
    return opening[0] if opening is not None else None


def _actor_again(chunk: str, actor: Mention | None) -> Mention | None:
    """The actor of the sentence before when this one, with no cue, opens with a verb and his
    name: "استبدل الوزير فلان الفلاني عصاه. وظهر الفلاني وهو يتكئ عليها. وقال: …"."""
    if actor is None:
        return None
    words = normal_words(chunk[:MAX_ACT_AT])
    name = normal_words(actor.name)
    if len(words) > 1 and len(name) > 1 and words[1] in name and words[1] not in _NAME_LINKS:
        return actor
    if any(w in _HONORIFIC_PRONOUNS for w in words[:MAX_HONORIFIC_AT]):
        return actor  # "ونوه سموه خلال استقباله …": "his highness" is the prince named before
    if _repeats_title(chunk, actor):
        return actor
    return None


#: "ونوه سموه": how many words into a sentence its honorific subject may stand.
MAX_HONORIFIC_AT = 3


def _repeats_title(chunk: str, actor: Mention) -> bool:
    """ "ترأس ولي العهد الأمير فلان الجلسة. وفي بدايتها قدم ولي العهد التعازي …": the head of
    a sentence names the actor again by two or more words of his title, with no name after."""
    title = normal_words(actor.descriptor)
    if len(title) < MIN_TITLE_RUN:
        return False
    words = normal_words(chunk[: 2 * MAX_ACT_AT])
    pairs = set(pairwise(title))
    return any(first in _TITLES and (first, second) in pairs for first, second in pairwise(words))


#: Fewest words of a title repeated to name the actor again ("ولي العهد").
MIN_TITLE_RUN = 2


def _titled_second(head: str) -> bool:
    """Cheap test: is the second word of the folded sentence head a title ("واستعرض الوزير"),
    or the first "كان" ("وكان الوزير فلان قد …")?"""
    words = head.split(maxsplit=3)
    if len(words) > 2 and words[1] == IMAM and words[2] in OF_A_MOSQUE:
        return True  # "أوصى إمام وخطيب المسجد …" (an imam, told from "أمام" by what follows)
    if len(words) > 1 and _strip_conj(words[0]) in _SUFFERED:
        return False  # "وقُتل النقيب فلان …": he suffered the act, he is no actor
    if len(words) > 2 and given_name(words[1]) and _strip_conj(words[0]) not in _NOT_DOERS:
        return True  # "ورفض سالم الهاشمي القرار": a name after the verb (see _named_doer)
    return len(words) > 1 and (words[1] in _TITLES or _strip_conj(words[0]) in _BEING)


#: Verbs whose subject suffered the act (``lexicon.SUFFERED_VERBS``), folded.
_SUFFERED = folded(lx.SUFFERED_VERBS)


#: "كان" opening a clause in the pluperfect: its subject stands before "قد".
_BEING = folded(
    """
    كان كانت
    """
)
#: First words that take a title after them without being verbs: "مع الوزير", "أكد أن الوزير".
_NOT_DOERS = folded(
    """
    مع من إلى الى عن على في بعد قبل لدى عند أن إن كان كانت لكن بين حيث كما ثم أو أما إذا لو
    زيارة لقاء حضور برعاية بحضور تصريح تصريحات كلمة بيان
    """
)


#: "من جهته", "بدوره" opening a sentence with no comma after them (on his part), in folded
#: letters: the act and its doer follow ("من جانبه قدم رئيس النادي فلان شكره …").
_ON_HIS_PART = r"(?:من\s+)?(?:" + "|".join(sorted(lx.PRONOUN_LEADS)) + r")"


def _unprefixed(words: frozenset[str]) -> list[str]:
    """The words, sorted, less the feminine ones (in ت) another of them opens: "استقبلت" is
    matched by "استقبل", but "تبنت" and "اشتكت" by no masculine form ("تبني", "اشتكي")."""
    plain = {w for w in words if not w.endswith("ت")}
    return sorted(plain | {w for w in words if not any(w.startswith(p) for p in plain)})


#: A cheap test before tokenising: does the sentence open with a speech act (after a linker)?
_EXPRESSIVE_HEAD = re.compile(
    # ("وفي السياق ذاته،", "وفي ختام الحفل", "وبهذه المناسبة", "ثم", "من جانبه")
    r"\s*(?:[^،]{0,16}،\s*|[وف]?(?:في\s+\S+\s+\S+|بهذه\s+المناسبه|(?:بعد|عقب)\s+ذلك|"
    + _ON_HIS_PART
    + r")\s+)?"
    r"(?:[وف]?(?:قد|كما|ثم|بعدها)\s+)?[وف]?(?:"
    + "|".join(_unprefixed(lx.OPENING_ACTS | _CALLS))
    + r")"
)

#: Words opening a sentence before its verb, in folded letters: "ثم ألقى الوزير …".
_OPENER = re.compile(
    r"\s*[وف]?(?:ثم|بعدها|بهذه\s+المناسبه|(?:بعد|عقب)\s+ذلك|" + _ON_HIS_PART + r")\s+"
)

#: A sentence that names the occasion of the statement before: "وجاء ذلك في تصريح لوكالة …".
_CARRIER_LEAD = re.compile(r"\s*[وف]?(?:جاء|جاءت)\s+(?:ذلك|هذا|هذه|تصريحاته|تصريحاتها)\b")


def _credit_carrier(
    text: str,
    before: Sentence,
    sentence: Sentence,
    known: Known,
    found: list[RawAttribution],
) -> None:
    """ "… قال فلان. وجاء ذلك في تصريح لوكالة X": X carried the attributions of the sentence
    before, so it joins their chains (in ``found``, in place)."""
    reading = _Sentence(text, sentence, known)
    for k, tok in enumerate(reading.tokens):
        if tok.norm.startswith("ل") and reading._carrier_at(k):
            carrier, _ = reading.read_carrier(k)
            break
    else:
        return
    if carrier is None:
        return
    for n, raw in enumerate(found):
        if before.start <= raw.cue_start < before.end and not raw.carriers:
            found[n] = replace(raw, carriers=(carrier,))


#: Every folded word that can start a cue reading (without its و/ف).
_CUE_WORDS = (
    frozenset(lx.VERB_CUES)
    | frozenset(lx.ACCUSING_CUES)
    | frozenset(lx.PREPOSITIONS)
    | lx.IMPERSONAL
    | lx.CAME_IN
    | {"حسبما", "بحسب", "علي"}
    | frozenset(_BELIEF_CUES)
)


#: Every folded token that may be a cue: a cue word, or one with a و/ف conjunction in front
#: (_reading strips no other letter). One small set, so _spot looks no word up in a large table.
_CUE_FORMS = _CUE_WORDS | {c + w for w in _CUE_WORDS for c in "وف"}
#: The tokens _spot looks at: the cue forms and "بقوله"/"بالقول", a cue only before the words
#: said (_by_saying_cue), and no reporting word elsewhere.
_SPOT_FORMS = _CUE_FORMS | _BY_SAYING
#: A token's folded form (Token.norm) as a C-level getter.
_norm_of = itemgetter(Token._fields.index("norm"))

#: The prefilter looks for "حد" rather than "على": على حد قوله needs both, and على alone is in
#: a third of all sentences.
_PREFILTER_WORDS = (_CUE_WORDS - {"علي"} - lx.CAME_IN) | {"حد"}
#: Reporting verbs with the pronoun pointing back to "ما" ("…، على ما أعلنته الوكالة."): the
#: prefilter lets a sentence through on one only right after "على ما".
_VERBS_OF_WHAT = frozenset(verb + suffix for verb in lx.VERB_CUES for suffix in _OBJECT_OF_WHAT)
#: "جاء" alone is in many sentences; it is a cue only as "جاء في بيان/تقرير …" or "جاء فيه".
_CAME_IN_DOCUMENT = re.compile(
    r"(?:جاء|جاءت|ورد|وردت)\s+(?:فيها?\b|(?:(?:ايضا|كذلك)\s+)?في\s+(?:ال)?(?:"
    + "|".join(sorted(lx.DOCUMENT_HEADS))
    + r"))"
)
#: Any quotation mark.
_MARKS = re.compile("[" + "".join(sorted(OPENING_QUOTES | CLOSING_QUOTES)) + "]")
_CLOSING_MARKS = "".join(sorted(CLOSING_QUOTES))
#: A closing quotation mark and a full stop glued to it and to the next word ("«…».وفقا").
_GLUED_STOP = re.compile("[" + re.escape(_CLOSING_MARKS) + r"]\.")


#: The prefilter's words, also with a و/ف conjunction in front: one set test for a sentence.
_PREFILTER_FORMS = _PREFILTER_WORDS | {c + w for w in _PREFILTER_WORDS for c in "وف"} | _BY_SAYING


def _lead_in(norm: str) -> bool:
    """A word that may stand between a title set off after a name and the words said: the
    complementiser, "على"/"إلى" before it, "عن" before what is announced ("أعلن فلان، قائد …،
    أمس عن …"), or a word of time."""
    return norm in lx.COMPLEMENTISERS or norm in _LEAD_INS or norm in lx.ADVERBS


#: Words of time that close a title set off after a name ("فلان، وزير …، أمس عن").
_TIME_WORDS = folded("أمس امس اليوم")
#: "شدد فلان، مدير …، على أن", "أشار فلان، رئيس …، إلى أن", "كشف فلان، مدير …، عن" (folded).
_LEAD_INS = folded("على إلى الى عن")


def _as_what_told(words: Sequence[str]) -> bool:
    """ "على ما أعلنته": a verb of _VERBS_OF_WHAT right after "على ما" (normalised words)."""
    return any(
        word in _VERBS_OF_WHAT and words[n - 1] == "ما" and words[n - 2] == "علي"
        for n, word in enumerate(words[2:], 2)
    )


def _may_hold_cue(chunk: str) -> bool:
    """Cheap test before tokenising: does the folded sentence contain any cue form at all?"""
    # The sentence's normalized words: fingerprints joins them next, from the cache.
    words = normal_words(chunk)
    if not _PREFILTER_FORMS.isdisjoint(words):
        return True
    if not _VERBS_OF_WHAT.isdisjoint(words) and _as_what_told(words):
        return True
    folded = fold(chunk)
    # The pattern's verbs are looked for first: one is in few sentences, "في" in most.
    verb = "جاء" in folded or "ورد" in folded
    return verb and "في" in folded and _CAME_IN_DOCUMENT.search(folded) is not None


#: A first-person pronoun, or "we have", opening the sentence after a speaker's reported words
#: in his paragraph: he goes on in his own words with no cue ("وأكد المدير أن الفرع سيفتح
#: قريبا. ونحن نعمل على …"). Not "لقد": a writer opens his own sentences with it as often.
_FIRST_PERSON_OPENERS = folded(
    " ".join(
        clitic + word
        for word in ("نحن", "أنا", "انا", "إننا", "اننا", "إنني", "انني", "لدينا")
        for clitic in ("", "و", "ف")
    )
)


def _continue(
    text: str, raw: RawAttribution, sentences: Sequence[Sentence], index: int
) -> RawAttribution:
    sentence = sentences[index]
    nxt = sentences[index + 1] if index + 1 < len(sentences) else None
    if nxt is None:
        return raw
    if raw.start == raw.end:
        start, end, quote = colon_paragraph(text, nxt)
        return replace(raw, start=start, end=end, quote=quote)
    tail = text[raw.end : sentence.end].strip(" .\"'»”")
    if tail:
        return raw
    if raw.quote is QuoteKind.INDIRECT:
        first = first_norm(text, nxt.start, min(nxt.end, nxt.start + 20))
        goes_on = first in _CONTINUATIONS or first in _FIRST_PERSON_OPENERS
        if goes_on and nxt.paragraph == sentence.paragraph:
            return replace(raw, end=trim_span(text, raw.start, nxt.end)[1])
    return raw


#: "وهذا نصه:", "فيما يلي نصها:", "بيانا ما نصه:": the full text the lead-in names follows.
_ITS_TEXT = folded("نصه نصها")
#: "وفيما يلي نص البيان:", "وهذا نص الكلمة:": "نص" before the noun of what is printed.
_TEXT_OF = folded("نص")
#: What such a lead-in prints in full: a statement, a speech, a letter, a notice (folded;
#: definite, indefinite or with its owner's pronoun).
_STATEMENT_NOUNS = folded(
    """
    البيان بيان بيانا بيانه بيانها الكلمة كلمة كلمته كلمتها الخطاب خطاب خطابه خطابها
    الرسالة رسالة رسالته رسالتها التصريح تصريح تصريحه تصريحها البلاغ بلاغ بلاغا
    """
)
#: The definite statement that points back to the one issued before ("وفيما يلي نص البيان:").
_THE_STATEMENT_NOUN = fold("البيان")
#: "وجاء في البيان ما يلي:", "البيان التالي:": what follows, when the lead-in names a statement.
_FOLLOWING = folded("يلي التالي التالية الآتي الآتية")
#: Where the writer takes the word back after a printed text: "إلى ذلك", "وفي سياق متصل".
_WRITER_AGAIN = folded("إلى الى سياق")
#: The word after each opening of _WRITER_AGAIN ("في" before "سياق" is passed over).
_WRITER_AGAIN_AFTER = folded("ذلك متصل آخر اخر")


def _full_text_cue(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The span of the words that announce a full text in a lead-in ("هذا نصه", "نص البيان",
    "البيان التالي"), or None when the lead-in announces none (a list: "وجاءت كما يلي:")."""
    words = [drop_conjunction(t.norm) for t in tokens]
    for k, word in enumerate(words):
        if word in _ITS_TEXT:
            return tokens[k].start, tokens[k].end
        if word in _TEXT_OF and k + 1 < len(words) and words[k + 1] in _STATEMENT_NOUNS:
            return tokens[k].start, tokens[k + 1].end
    if _STATEMENT_NOUNS.isdisjoint(words):
        return None
    following = (t for t, w in zip(tokens, words, strict=True) if w in _FOLLOWING)
    return next(((t.start, t.end) for t in following), None)


def _lead_in_cue(text: str, sentence: Sentence) -> tuple[int, int] | None:
    """The cue of a lead-in to a full text (see _full_text_cue) when the sentence ends with a
    colon ("فيما يلي نصه:", also "نصه:-" with a dash after it); else None. A sentence that
    announces two texts ("بيان هذا نصه: … في رسالته الآتي نصها:") prints the second inside the
    first, whose voice is not the second's: None."""
    if not text[sentence.start : sentence.end].rstrip(_AFTER_COLON).endswith(":"):
        return None
    tokens = tokenize(text, sentence.start, sentence.end)
    cue = _full_text_cue(tokens)
    if cue is not None and _full_text_cue([t for t in tokens if t.start >= cue[1]]) is not None:
        return None
    return cue


def _writer_again(text: str, sentence: Sentence) -> bool:
    """The sentence opens as the writer does after a printed text: "يذكر أن", "من جهة أخرى",
    "إلى ذلك", "في سياق متصل", or "جاء ذلك …"."""
    if _CARRIER_LEAD.match(text, sentence.start, sentence.end):
        return True
    tokens = tokenize(text, sentence.start, min(sentence.end, sentence.start + 40))
    if len(tokens) < 2:
        return False
    words = [drop_conjunction(t.norm) for t in tokens]
    if words[0] in lx.WRITER_ASIDES:
        return True
    if other_side_at([tokens[0]._replace(norm=words[0]), *tokens[1:]], 0):
        return True
    head = words[1:] if words[0] == "في" else words
    return len(head) > 1 and head[0] in _WRITER_AGAIN and head[1] in _WRITER_AGAIN_AFTER


#: The first two words of a formula that closes a statement or a letter (normalised): "حفظ
#: الله البلاد", "والله ولي التوفيق", "وبالله التوفيق", "والسلام عليكم".
_CLOSINGS = frozenset(
    " ".join(normal_words(formula))
    for formula in ("حفظ الله", "والله ولي", "والله الموفق", "وبالله التوفيق", "والسلام عليكم")
)
#: The first two words of a verse a statement quotes (normalised): "قال الله تعالى: …",
#: "وقال تعالى: …".
_VERSE_OPENINGS = frozenset(" ".join(normal_words(f)) for f in ("قال الله", "وقال تعالى"))
#: What may stand after the colon closing a lead-in: white space and a dash.
_AFTER_COLON = " \t\xa0-ـ–"
#: A line of at most this many words with no full stop, after some of a printed text, is a
#: heading, a signature or a dateline: the text has ended.
MAX_HEADING_WORDS = 6
#: The numbers of a printed text's items, in words ("أولاً:", "ثانياً -").
_ITEM_ORDINALS = folded("أولا ثانيا ثالثا رابعا خامسا سادسا سابعا ثامنا تاسعا عاشرا")
#: An item's number at the start of its paragraph, in words or figures, and what closes it:
#: "أولاً :", "ثانيا -", "3-", "(4)".
_ITEM_NUMBER = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}\s*[-.)]|([^\s:\-–]+)\s*[:\-–])\s*")


def _item_number_end(text: str, start: int, end: int) -> int | None:
    """Where the words of a numbered item begin, after its number ("أولاً : نقل المصاب …",
    "2- تم …"), when text[start:end] opens with one; else None."""
    found = _ITEM_NUMBER.match(text, start, end)
    if found is None or (found.group(1) is not None and fold(found.group(1)) not in _ITEM_ORDINALS):
        return None
    return found.end()


def _full_texts(
    text: str, sentences: Sequence[Sentence], found: list[RawAttribution], known: Known
) -> list[RawAttribution]:
    """ "وأصدرت الوزارة بيانا هذا نصه:", "وجاء في البيان ما يلي:", "وفيما يلي نص كلمته:": a
    lead-in that closes its paragraph with a colon and announces a statement, speech or letter
    printed in full gives each paragraph after it to the voice of the lead-in (the voice its
    cue reads, or the body it says issued the statement), one attribution a paragraph with the
    lead-in's cue. The text ends where the writer plainly takes the word back: a sentence
    with a cue of its own, "يذكر أن", "من جهة أخرى", "جاء ذلك", another lead-in, a short line
    (heading, signature, dateline) after some of the text, or the article's end."""
    out = list(found)
    for index, lead in enumerate(sentences[:-1]):
        if sentences[index + 1].paragraph == lead.paragraph:
            continue
        cue = _lead_in_cue(text, lead)
        if cue is None:
            continue
        since = sentences[index - 1].start if index else lead.start
        voice = _full_text_voice(text, lead, cue, out, known, since)
        if voice is None:
            continue
        given, quoted = _printed_paragraphs(text, sentences, index + 1, voice, out)
        for k in quoted:
            out[k] = _told_in(out[k], voice)
        if given:
            at = bisect_right([r.start for r in out], given[0].start)
            out[at:at] = given
    return out


def _full_text_voice(
    text: str,
    lead: Sentence,
    cue: tuple[int, int],
    found: list[RawAttribution],
    known: Known,
    since: int,
) -> RawAttribution | None:
    """The attribution whose voice prints the full text after the lead-in: the last one cued
    in the lead-in ("وقالت الوزارة في بيان هذا نصه:"; its content, when only "ما يلي", becomes
    the first paragraph), else one of the body the lead-in says issued a statement ("صدر عن
    الوزارة بيان فيما يلي نصه:"), named from ``since`` on (the sentence before the lead-in).
    None when the lead-in names no voice."""
    own = [k for k, r in enumerate(found) if lead.start <= r.cue_start < lead.end]
    if own:
        k = own[-1]
        raw = found[k]
        if lead.start <= raw.start and raw.end <= lead.end:
            said = normal_words(text[raw.start : raw.end])
            if not said or said[-1] not in _FOLLOWING:
                return None  # the cue said something of its own in the lead-in
            if len(said) <= 2:
                found.pop(k)  # only "ما يلي": what it announces is printed next
            # "وأوضح أن المتقدم يقبل طلبه متى استوفى الشروط الآتية:": its own words stay its
            # claim, and what they announce follows.
        return raw
    named = {
        drop_conjunction(w)
        for w in normal_words(text[lead.start : lead.end])
        if drop_conjunction(w) in _STATEMENT_NOUNS and "بيان" in w
    }
    issuer = issuer_before(text, cue[1], known) if named else None
    if issuer is None or issuer.start < since:
        return None  # (an issuer named further back leaves the reader in doubt)
    if issuer.start < lead.start and _THE_STATEMENT_NOUN not in named:
        return None  # "نص بيان المركز …": a statement of its own owner, not the one issued before
    return RawAttribution(
        source=issuer,
        carriers=(),
        inner=(),
        cue=text[cue[0] : cue[1]],
        cue_start=cue[0],
        cue_end=cue[1],
        start=cue[1],
        end=cue[1],
        quote=QuoteKind.INDIRECT,
        stance=Stance.ASSERTS,
    )


def _printed_paragraphs(
    text: str,
    sentences: Sequence[Sentence],
    first: int,
    voice: RawAttribution,
    found: Sequence[RawAttribution],
) -> tuple[list[RawAttribution], list[int]]:
    """The paragraphs of a full text from sentence ``first`` on, each given to ``voice`` (see
    _full_texts); a part its own attribution already holds is left to it. Also the indexes in
    ``found`` of the voices an item of a numbered text quotes (the text goes on past them)."""
    cues = sorted(r.cue_start for r in found)
    quoted: list[int] = []
    spans: dict[int, tuple[int, int]] = {}
    seen: set[int] = set()
    numbered: set[int] = set()
    for sentence in sentences[first:]:
        item = None
        if sentence.paragraph not in seen:
            seen.add(sentence.paragraph)
            item = _item_number_end(text, sentence.start, sentence.end)
            if item is not None:
                numbered.add(sentence.paragraph)
        stop = sentence.end
        if bisect_left(cues, sentence.start) != bisect_left(cues, sentence.end):
            if sentence.paragraph not in numbered:
                break  # a cue of its own: another voice, or the writer again
            # "أولاً : وصلت الشاحنة مسرعة، وقد ذكر أحد المارة …": an item of a numbered text
            # names another voice inside it; the item's words before that voice stay the
            # text's, and the next item goes on with it.
            inside = [k for k, r in enumerate(found) if sentence.start <= r.cue_start < stop]
            quoted.extend(inside)
            stop = min(min(found[k].start, found[k].cue_start) for k in inside)
            clause = max(text.rfind(mark, sentence.start, stop) for mark in "،,؛;")
            stop = clause if clause > sentence.start else stop
        elif _writer_again(text, sentence):
            break
        begin = sentence.start if item is None else item
        start, end = trim_span(text, max(begin, voice.end), stop)
        if start >= end:
            continue  # the lead-in's own attribution holds it
        line = text[start:end]
        opens = sentence.paragraph not in spans
        head = " ".join(normal_words(line)[:2])
        if opens and spans and head in _CLOSINGS:
            break  # "حفظ الله …", "والله ولي التوفيق": the closing formula ends the text
        if opens and head in _VERSE_OPENINGS:
            continue  # a verse it opens with is quoted, no claim of the issuer's
        if sentence.paragraph in numbered:
            if text[start:stop].rstrip().endswith(":"):
                continue  # "2- الفرق المتأهلة إلى الدور الثاني:": it heads the items under it
        elif opens and len(line.split()) <= MAX_HEADING_WORDS and line[-1] not in ".!؟?":
            if spans:
                break
            continue  # "بسم الله الرحمن الرحيم", an address, «بيان من …»: no claim
        a, b = spans.get(sentence.paragraph, (start, end))
        spans[sentence.paragraph] = (min(a, start), max(b, end))
        if _lead_in_cue(text, sentence) is not None:
            break  # a text printed inside this one ("… في رسالته الآتي نصها:") is another's
    given = []
    for a, b in spans.values():
        start, end, quote = colon_paragraph(text, Sentence(a, b, -1))
        raw = replace(voice, start=start, end=end, quote=quote)
        if end - start >= MIN_CONTENT_CHARS and not _prayer(text, raw):
            given.append(raw)
    return given, quoted


def _told_in(raw: RawAttribution, issuer: RawAttribution) -> RawAttribution:
    """An attribution an item of a numbered full text holds ("٥- وتؤكد الكلية أن …" in a
    university's statement), told by the text's issuer: the issuer relays it, so its own items
    saying the same restate what it relays and make no second origin. Unchanged when either
    voice is unwritten or the issuer speaks again."""
    voice, teller = raw.source, issuer.source
    if voice is None or teller is None or fold(voice.surface) == fold(teller.surface):
        return raw
    return replace(raw, teller=teller)


#: "ومن آخر الأخبار ما نشرته «الوادي» يوم الخميس من أن …", "ما كشفه موقع الرابية عن تجسس
#: …": what a voice published or revealed, named in a clause of what (ما) it put out; the verb
#: with its object pronoun (group 1), the voice (group 2), then عن or من (أن) and what it told.
_WHAT_PUBLISHED = re.compile(
    r"(?<!\w)ما\s+((?:نشر|كشف|[أا]ورد|بث)(?:ه|ته))\s+([^.:،,؛\n]{2,80}?)\s+"
    r"(?:عن|من)\s+(?:[أا]ن(?!\w)\s*)?"
)
#: What each verb of _WHAT_PUBLISHED is written with, whatever its alif: a sentence with none
#: of them holds no such clause.
_WHAT_PUBLISHED_VERBS = ("نشر", "كشف", "ورد", "بث")
#: Words before "ما" that leave no such clause: a credit read elsewhere ("بحسب ما نشرته …"),
#: and a complementiser whose subject the clause is ("ربما أن ما نشرته … عن … يعطينا …": what
#: follows عن runs into the writer's predicate).
_NOT_BEFORE_WHAT = folded("بحسب حسب وبحسب وحسب وفق وفقا وفقاً كما على طبقا طبقاً أن إن وإن لكن")
#: Voices such a clause may name: media, leaks and bodies; no bare document, no unknown phrase.
_PUBLISHING_KINDS = frozenset({SourceKind.OUTLET, SourceKind.AGENCY, SourceKind.LEAKS} | BODY_KINDS)
#: "ما نشره موقع … نقلا عن …": the voice relayed another; its words are not read here.
_RELAYING = folded("نقلا نقلاً")
#: What the voice told ends at the clause's end.
_CLAUSE_END = re.compile(r"[.،,؛:\n]")


def _what_they_published(text: str, sentence: Sentence, known: Known) -> list[RawAttribution]:
    """ "ومن آخر أخبار القضية ما نشرته صحيفة «الوادي» يوم الخميس من أن الهيئة قررت …": a
    medium or a body named in a clause of what (ما) it published or revealed asserts what
    follows عن or من (أن), to the clause's end. Not at the sentence's start nor after a
    credit or a complementiser (see _NOT_BEFORE_WHAT: the clause is then a subject, or read
    elsewhere); a time after the voice is no part of it."""
    out: list[RawAttribution] = []
    if all(text.find(verb, sentence.start, sentence.end) < 0 for verb in _WHAT_PUBLISHED_VERBS):
        return out  # (most sentences: a few scans in C, where the pattern tries each place)
    for hit in _WHAT_PUBLISHED.finditer(text, sentence.start, sentence.end):
        before = text[sentence.start : hit.start()].split()
        if not before or fold(before[-1]) in _NOT_BEFORE_WHAT:
            continue
        words = tokenize(text, hit.start(2), hit.end(2))
        while words and words[-1].norm in lx.ADVERBS:
            words.pop()  # "ما نشرته «الوادي» يوم الخميس": the day is no part of the voice
        if len(words) > 2 and words[0].text in OPENING_QUOTES and words[-1].text in CLOSING_QUOTES:
            words = words[1:-1]  # "«الوادي»": a quoted name is read without its marks
        if not words or words[-1].norm in _RELAYING:
            continue
        # "ما نشرته «الوادي»": a bare name the registry holds as a medium is one
        medium = known([t.norm for t in words], False, media=True)
        voice = read_voice(text, words, known, allow_bare_name=medium)
        if voice is None or voice.kind not in _PUBLISHING_KINDS:
            continue
        stop = _CLAUSE_END.search(text, hit.end(), sentence.end)
        start, end = trim_span(text, hit.end(), stop.start() if stop else sentence.end)
        if end - start < MIN_CONTENT_CHARS:
            continue
        out.append(
            RawAttribution(
                source=voice,
                carriers=(),
                inner=(),
                cue=hit.group(1),
                cue_start=hit.start(1),
                cue_end=hit.end(1),
                start=start,
                end=end,
                quote=QuoteKind.INDIRECT,
                stance=Stance.ASSERTS,
            )
        )
    return out


#: Words that may stand before the first person who goes on speaking: "كما أوجدنا", "وقد
#: تعهدنا", "ولقد عملنا", "كذلك اشتغلنا".
_WE_OPENERS = folded("كما كذلك قد لقد")
#: Words of the first person plural that open such a sentence besides a verb in "نا": "كنا",
#: and "أننا" after an opener ("كما أننا …").
_WE_WORDS = folded("كنا أننا")
#: Letters of a perfect verb in the first person plural before its ending: "أوجد" + "نا";
#: fewer are no verb ("هنا", "لنا").
MIN_WE_VERB_STEM = 3
#: Words ending in "نا" that are no verb of ours: pronouns after a preposition, adverbs.
_NOT_WE_VERBS = folded(
    """
    لدينا علينا إلينا الينا بيننا عندنا معنا فينا هنا هناك أيضا ايضا أحيانا احيانا
    """
)
#: Openings of a word in "نا" that is no perfect verb of ours: a noun in ال, a participle
#: ("مثمنا", "مشيرا"), an imperfect verb with "us" as its object ("ويخبرنا": he tells us). Any
#: word with the accusative ending ("أحيانًا") is no verb either.
_NOT_WE_PREFIXES = ("ال", "م", "ي")
_ACCUSATIVE_ENDINGS = ("ً", "اً", "ًا")


def _we_go_on(
    text: str, raw: RawAttribution, sentences: Sequence[Sentence], index: int
) -> RawAttribution:
    """ "وقال المدير: لدينا خطة … . كما أوجدنا ثلاثة مسارات …": the sentence after a clause
    said (see _said_clause) that ends its sentence, in the same paragraph, opens with a perfect
    verb in the first person plural ("أوجدنا", "وقد تعهدنا", "كنا") and holds no cue of its
    own. A reporter does not write "we did": the speaker goes on telling what his side did,
    and his content runs on through that sentence."""
    sentence = sentences[index]
    nxt = sentences[index + 1] if index + 1 < len(sentences) else None
    if nxt is None or nxt.paragraph != sentence.paragraph or raw.quote is not QuoteKind.INDIRECT:
        return raw
    if text[raw.end : sentence.end].strip(" .\"'»”") or not _said_clause(text, raw):
        return raw
    if not _we_open(text, nxt) or _may_hold_cue(text[nxt.start : nxt.end]):
        return raw
    return replace(raw, end=trim_span(text, raw.start, nxt.end)[1])


def _said_clause(text: str, raw: RawAttribution) -> bool:
    """The content is a clause said, opened after its cue by a complementiser or a colon
    ("قال الوزير إن …", "وقال: …"), not a noun phrase talked about ("تحدث عن هذا الدور")."""
    if raw.start <= raw.cue_end:
        return False
    if ":" in text[raw.cue_end : raw.start]:
        return True
    return any(t.norm in lx.COMPLEMENTISERS for t in tokenize(text, raw.cue_end, raw.start))


def _we_open(text: str, nxt: Sentence) -> bool:
    """The sentence opens with a perfect verb in the first person plural, or "كنا", after at
    most one opener ("كما", "وقد"); see _we_go_on."""
    tokens = tokenize(text, nxt.start, min(nxt.end, nxt.start + MAX_WE_OPENING_CHARS))
    words = [drop_conjunction(t.norm) for t in tokens]
    if len(words) > 1 and words[0] in _WE_OPENERS:
        tokens, words = tokens[1:], words[1:]
    elif words and words[0] == "اننا":
        return False  # "إننا …" opening the sentence: the first-person openers of _continue
    if not words:
        return False
    word = words[0]
    stem = word.removesuffix("نا")
    if word in _WE_WORDS:
        return True
    return (
        stem != word
        and len(stem) >= MIN_WE_VERB_STEM
        and word not in _NOT_WE_VERBS
        and not word.startswith(_NOT_WE_PREFIXES)
        and not tokens[0].text.endswith(_ACCUSATIVE_ENDINGS)
    )


#: How much of the next sentence is read for its opening words.
MAX_WE_OPENING_CHARS = 40


def _medium_carried_before(
    text: str,
    raw: RawAttribution,
    sentences: Sequence[Sentence],
    index: int,
    found: list[RawAttribution],
    known: Known,
) -> bool:
    """ "وقال فلان «…». وفقا للالمانية.": the empty span a news medium credited alone in its
    sentence leaves (see _Sentence._medium_alone_in_body) points at the sentence before; the
    medium carried the attributions that have their cue there and joins their chains (in
    ``found``, in place). True when the span was such a credit: it is no attribution itself
    (with none before it, the writer's sentence stays his own, as before this rule: a medium
    read as the latest voice would become the speaker of a verb with no subject after it)."""
    sentence = sentences[index]
    if not raw.start == raw.end == sentence.start or not index or raw.source is None:
        return False
    if fold(raw.cue) not in _TRAILING_CREDITS or text[sentence.start : raw.cue_start].strip():
        return False  # ("يأتي ذلك بحسب الوكالة.": the writer's words before it, _back_content)
    named = raw.source.kind is None and known(normal_words(raw.source.name), False, media=True)
    if raw.source.kind not in (SourceKind.AGENCY, SourceKind.OUTLET) and not named:
        return False
    before = sentences[index - 1]
    carried = [n for n, r in enumerate(found) if before.start <= r.cue_start < before.end]
    if before.paragraph != sentence.paragraph:
        carried = []
    for n in carried:
        if not found[n].carriers:
            found[n] = replace(found[n], carriers=(raw.source,))
    return True


def _back_content(
    text: str,
    raw: RawAttribution,
    sentences: Sequence[Sentence],
    index: int,
    found: Sequence[RawAttribution],
) -> RawAttribution | None:
    """ "… . أوضح ذلك فلان": the empty span _Sentence.read_verb leaves at the start of its
    sentence stands for the sentence before (in the same paragraph, or closing the paragraph
    before when it opens its own: a lead paragraph, then "أوضح ذلك فلان"), when that sentence
    is in the article's own voice (no attribution in ``found`` has its cue there); None for
    any other raw."""
    sentence = sentences[index]
    if not raw.start == raw.end == sentence.start:
        return None
    before = sentences[index - 1] if index else None
    if (
        before is None
        or before.paragraph < sentence.paragraph - 1
        or any(before.start <= r.cue_start < before.end for r in found[-MAX_OVERLAP_LOOKBACK:])
    ):
        return raw  # nothing to point back at: dropped as too short
    start, end = trim_span(text, before.start, before.end)
    return replace(raw, start=start, end=end)


#: "…، في تأكيد لأنباء نشرت قبل", "في أول تأكيد رسمي لمقتل …": the writer names what the report
#: confirms; the words from "في" on are the writer's, not the voice's.
#: ("في" opens the pattern and the look-behind follows it: a literal first lets the search skip
#: from one "في" to the next, where a look-behind first is tried at every character.)
_FRAMING = re.compile(r"في(?<!\Sفي)\s+(?:[أا]ول\s+)?ت[أا]كيد\s+(?:رسمي\s+)?ل(?=\w)")
#: The cue "أكد" in any form ("وأكدت", "مؤكدا"), folded: the noun "تأكيد" then echoes it.
_CONFIRMING = re.compile(r"^و?(?:اكد|موكد|يوكد|توكد)")


def _framing_cut(text: str, raw: RawAttribution) -> RawAttribution:
    """An indirect content that runs into the writer's framing of the report: "…، في تأكيد
    لـ…" after a comma, or with no comma after the cue "أكد" itself ("أكدت الشركة أن … في
    تأكيد لخبر …": a voice does not call its own words a confirmation). The content ends
    before "في"; what follows is the writer's. A quotation is the voice's own words, uncut."""
    if raw.quote is not QuoteKind.INDIRECT:
        return raw
    hit = _FRAMING.search(text, raw.start, raw.end)
    if hit is None or _MARKS.search(text, raw.start, hit.start()) is not None:
        return raw
    before = text[raw.start : hit.start()].rstrip()
    if not before.endswith(("،", ",")) and _CONFIRMING.match(fold(raw.cue)) is None:
        return raw
    start, end = trim_span(text, raw.start, raw.start + len(before.rstrip("،,")))
    if end - start < MIN_CONTENT_CHARS:
        return raw
    return replace(raw, start=start, end=end)


#: A comma, then the word after it (its letters and marks), and the word after that if any.
_COMMA_WORD = re.compile(r"[،,]\s*([\w\u064b-\u065f\u0640]+)(?:\s+([\w\u064b-\u065f]+))?")


def _offering_thanks(hit: re.Match[str]) -> str | None:
    """The number of a participle of offering after a comma with a word of thanks after it
    ("…، مقدما شكره للمشاركين", "…، مقدمة التعازي لأسر الضحايا"): the speaker's act
    besides saying, as "مشيدا" is; None for any other words ("…، مقدمة له عرضا")."""
    number = lx.OFFERING_PARTICIPLES.get(fold(hit.group(1)))
    return number if number is not None and fold(hit.group(2) or "") in lx.THANKS_WORDS else None


def _speaker_participle_cut(text: str, raw: RawAttribution) -> RawAttribution:
    """An indirect content that runs into what the speaker did besides, after a comma: "أكد أن
    العمل يسير وفق الخطط، داعيا الجهات إلى التعاون", "…، مشيدا بجهود المتطوعين". The
    participle is said of the speaker, outside the clause of what was said: the content ends
    before the comma. Not inside a quotation, nor when the participle cannot be the speaker's
    by its number (a plural one after a singular verb: the content's own subject), nor when a
    complementiser follows it (what it tells is a claim, kept with the content)."""
    if raw.quote is not QuoteKind.INDIRECT:
        return raw
    for hit in _COMMA_WORD.finditer(text, raw.start, raw.end):
        number = lx.SPEAKER_PARTICIPLES.get(fold(hit.group(1))) or _offering_thanks(hit)
        if number is None or (raw.gender and raw.gender != number):
            continue
        if fold(hit.group(2) or "") in lx.COMPLEMENTISERS:
            continue  # "…، مشيدا بأن الزيارة حققت نتائج …": a claim of its own goes on
        if _MARKS.search(text, raw.start, hit.start()) is not None:
            return raw
        start, end = trim_span(text, raw.start, hit.start())
        if end - start < MIN_CONTENT_CHARS:
            return raw
        return replace(raw, start=start, end=end)
    return raw


#: "…، يأتي ذلك في الوقت الذي …", "…، وجاء ذلك في بيان …": after a comma, the writer places
#: what was said in time or in the occasion it was said at ("this comes as …", "this came in
#: …"); the words from the comma on are hers. (Not "جاء ذلك بطلب …", "يأتي ذلك في إطار …": a
#: cause or a purpose the voice may give.)
_CAME_THAT = re.compile(
    r"[،,]\s*و?(?:ي[أا]تي|جاء)\s+ذلك\s+(?:في\s+(?:الوقت|وقت|حين|بيان|تصريح|كلمة|مؤتمر|لقاء)"
    r"|خلال|عقب|بعد|[إا]ثر|قبل|وسط|تزامنا|على\s+هامش|نقلا)(?!\w)"
)

#: "…، يذكر أن …", "…، والجدير بالذكر أن …", "…، ويشار إلى أن …": after a comma, the writer
#: recalls background of her own.
_RECALLED = re.compile(
    r"[،,]\s*(?:و?يذكر|و?الجدير\s+بالذكر|و?يشار\s+إلى)\s+(?:ب)?[أا]ن(?:ه|ها|هم)?(?!\w)"
)
#: "…، في إشارة إلى …" (hinting at): after a comma, the writer reads what the words meant.
_HINTING = re.compile(r"[،,]\s*في\s+[إا]شارة(?!\w)")
#: Short vowels a verb may be written with ("يُتوقّع").
_VOWELS = "[\u064b-\u0652]*"
#: "…، ويتوقع أن يصل الوفد غدا": after a comma, the impersonal passive of a forecast (see
#: _expected_passive) is the writer's own expectation, no more of the voice's words.
_EXPECTED = re.compile(
    r"[،,]\s*و?(?:"
    + "|".join(_VOWELS.join(verb) for verb in ("يتوقع", "يرجح"))
    + r")"
    + _VOWELS
    + r"\s+[أا]ن\s+[يت]\w{2,}"
)
#: The writer's asides that end an indirect content where they open.
_WRITER_ASIDES = (_CAME_THAT, _RECALLED, _HINTING, _EXPECTED)


def _writer_aside_cut(text: str, raw: RawAttribution) -> RawAttribution:
    """An indirect content that runs into an aside of the writer's after a comma (see
    _WRITER_ASIDES): "أكدت الهيئة أن الانتخابات فرصة للجميع، يأتي ذلك في الوقت الذي …",
    "…، يذكر أن المنطقة شهدت …". The content ends before the comma. A quotation is the voice's
    own words, uncut."""
    if raw.quote is not QuoteKind.INDIRECT:
        return raw
    hits = [h for h in (p.search(text, raw.start, raw.end) for p in _WRITER_ASIDES) if h]
    hit = min(hits, key=lambda h: h.start(), default=None)
    if hit is None or _MARKS.search(text, raw.start, hit.start()) is not None:
        return raw
    start, end = trim_span(text, raw.start, hit.start())
    if end - start < MIN_CONTENT_CHARS:
        return raw
    return replace(raw, start=start, end=end)


#: "…، وأن …", "…، والصحيح أن …", "…، بل إن …" after a comma: a clause that may say what the
#: voice holds true after what it called untrue; the word after the complementiser follows.
_THEN_ASSERTED = re.compile(
    r"[،,]\s*(?:(و[أاإ]ن)|والصحيح\s+[أاإ]ن|بل\s+[أاإ]ن)\s+([\w\u064b-\u065f\u0640]+)"
)
#: Words that open a subject after a bare "وأن" besides a definite noun ("وأن هذه الخطوة …",
#: "وإن ما يحدث …", "وأن أي قرار …"); a verb there ("وأن تبقى …") is the subjunctive, part of
#: what came before.
_ASSERTED_OPENERS = folded("هذا هذه ذلك تلك ما كل أي")
#: How many words into the asserted clause a negation makes it more of the denial.
_DENIAL_GOES_ON_WORDS = 6
#: The complementiser a denial verb takes ("نفى أن يكون …"): a "وأن" after such a content is
#: another thing denied, in parallel.
_DENIED_CLAUSE = folded("أن بأن")
#: First words of a content that denies in its own words ("لا صحة لـ …", "عدم صحة …").
_DENYING_OPENERS = frozenset(first for first, _ in lx.DENIAL_PAIRS)


def _goes_on_denying(text: str, start: int, end: int) -> bool:
    """True when a negation ("لم", "لا", "غير", "عدم") stands in the first words of the clause
    from ``start`` (``_DENIAL_GOES_ON_WORDS``): it is more of the denial, not an assertion."""
    said = normal_words(text[start:end])[:_DENIAL_GOES_ON_WORDS]
    return any(word in WORDS.negations or word in ("غير", "عدم") for word in said)


def _denial_and_assertion(text: str, raw: RawAttribution) -> tuple[RawAttribution, ...]:
    """A denial followed, after a comma, by what the voice holds true, as two attributions of
    one cue: "نفى صحة ما تردد عن إغلاق السوق، وأن السوق يعمل كالمعتاد", "لا صحة لما نشر عن
    رفع الرسوم، والصحيح أن …", "إن الأنباء عن استقالته غير صحيحة، وأن المجلس سيجتمع …". The
    first part denies, the second asserts. The denial is the content's by its cue or opening,
    or by a denying phrase closing its clause after naming the report. Kept whole: a clause
    that goes on denying (a negation in its first words: "وأن الشركة لم تغلق أي فرع"), a bare
    "وأن" before a verb (the subjunctive of what came before), and a denial of an
    "أن" clause ("نفى أن الشركة أغلقت، وأن …": a second thing denied in parallel)."""
    hit = _THEN_ASSERTED.search(text, raw.start, raw.end)
    if hit is None or _MARKS.search(text, raw.start, hit.start()) is not None:
        return (raw,)
    opener = fold(hit.group(2))
    if hit.group(1) and not (opener.startswith("ال") or opener in _ASSERTED_OPENERS):
        return (raw,)
    if _goes_on_denying(text, hit.start(2), raw.end):
        return (raw,)
    first = trim_span(text, raw.start, hit.start())
    second = trim_span(text, hit.start(2), raw.end)
    if min(first[1] - first[0], second[1] - second[0]) < MIN_CONTENT_CHARS:
        return (raw,)
    if not _denies_before(text, raw, first):
        return (raw,)
    return (
        replace(raw, start=first[0], end=first[1], stance=Stance.DENIES),
        replace(raw, start=second[0], end=second[1], stance=Stance.ASSERTS),
    )


def _denies_before(text: str, raw: RawAttribution, span: tuple[int, int]) -> bool:
    """True when the content's part in ``span`` (its opening clauses) denies: by the cue or
    the content's opening, unless a denying cue took an "أن" clause; or by a denying phrase that
    closes it after a report is named among its first words ("ما تم تداوله عن …، غير صحيح")."""
    words = normal_words(text[span[0] : span[1]])
    if raw.stance is Stance.DENIES:
        if words and words[0] in _DENYING_OPENERS:
            return True  # "أكد أن لا صحة لـ …": the content's own words deny
        before = text[max(0, raw.start - 12) : raw.start].split()
        return not before or fold(before[-1]) not in _DENIED_CLAUSE
    closing = any(
        " ".join(words[-(phrase.count(" ") + 1) :]) == phrase for phrase in WORDS.denial_phrases
    )
    return closing and any(
        content_word(fold(w)) in WORDS.denial_frame | WORDS.report_nouns for w in words[:3]
    )


#: The participle of "أكد" in its numbers and genders, folded: "…، مؤكدا حفظ حقوقهم".
_AFFIRMING = folded("مؤكدا مؤكدة مؤكدين مؤكدان مؤكدتين مؤكدات")


def _affirmed_after_denial(text: str, raw: RawAttribution) -> tuple[RawAttribution, ...]:
    """An indirect denial that runs on, after a comma, into the participle of "أكد" and what
    it affirms, a noun phrase: "نفى المجلس ما تم تداوله عن …، مؤكدا حفظ حقوق الأسرى". The
    participle is a cue of its own, and what follows it is asserted: two attributions. So is
    an asserting cue's content that names the report and calls it untrue before the comma
    ("أفاد المجلس أن ما تم تداوله عن … لا صحة له، مؤكدا …"): its first part denies. Kept
    whole: a phrase that goes on denying (a negation in its first words: "مؤكدا عدم …"), and
    a comma inside an open quotation."""
    if raw.quote is not QuoteKind.INDIRECT:
        return (raw,)
    if raw.stance is not Stance.DENIES and not _closes_denying(text, raw):
        return (raw,)
    for hit in _COMMA_WORD.finditer(text, raw.start, raw.end):
        if fold(hit.group(1)) not in _AFFIRMING or hit.group(2) is None:
            continue
        if not _quotes_closed(text[raw.start : hit.start()]):
            return (raw,)
        if fold(hit.group(2)) in lx.COMPLEMENTISERS or _goes_on_denying(
            text, hit.start(2), raw.end
        ):
            return (raw,)
        first = trim_span(text, raw.start, hit.start())
        second = trim_span(text, _affirmed_from(text, hit.start(2), raw.end), raw.end)
        if min(first[1] - first[0], second[1] - second[0]) < MIN_CONTENT_CHARS:
            return (raw,)
        return (
            replace(raw, start=first[0], end=first[1], stance=Stance.DENIES),
            replace(
                raw,
                cue=hit.group(1),
                cue_start=hit.start(1),
                cue_end=hit.end(1),
                start=second[0],
                end=second[1],
                stance=Stance.ASSERTS,
            ),
        )
    return (raw,)


def _closes_denying(text: str, raw: RawAttribution) -> bool:
    """True when an asserting content's first clause names a report and closes by calling it
    untrue ("ما تم تداوله عن … لا صحة له، …"), as ``_denies_before`` reads a span."""
    comma = _FIRST_COMMA.search(text, raw.start, raw.end)
    return comma is not None and _denies_before(text, raw, (raw.start, comma.start()))


#: A comma, Arabic or Latin.
_FIRST_COMMA = re.compile("[،,]")


#: How many words an aside may take between the participle and its complementiser.
_AFFIRMED_ASIDE_WORDS = 5
#: A run of characters between spaces.
_WORD_RUN = re.compile(r"\S+")


def _affirmed_from(text: str, start: int, end: int) -> int:
    """Where what the participle affirms starts: at ``start``, or after a complementiser that
    comes within a few words, past an aside ("مؤكدا خلال حديثه للصحيفة أن …")."""
    for k, word in enumerate(_WORD_RUN.finditer(text, start, end)):
        if k >= _AFFIRMED_ASIDE_WORDS:
            break
        if fold(word.group().strip("،,")) in lx.COMPLEMENTISERS:
            return word.end()
    return start


#: A colon, then an opening quotation mark.
_COLON_QUOTE = re.compile(":\\s*([" + re.escape("".join(sorted(OPENING_QUOTES))) + "])")


def _quoted_after_colon(text: str, raw: RawAttribution) -> tuple[RawAttribution, ...]:
    """An indirect denial that runs on, after a colon, into the voice's quoted words, which
    close it: "نفى فلان تناوله أي مادة محظورة: «لم أتناول شيئا، وأنا بريء»". What he is said
    to deny, and then his words, are two denials of one cue: the quotation says more than the
    thing named before it, which alone is what other papers' reports of the claim name. Kept
    whole: a colon inside an open quotation, words going on after the quotation closes, a
    colon after a verb of saying (its own quotation, inside the denial), and an asserting
    cue's content (an occasion may stand before its colon: "قال الوزير خلال
    «الملتقى …» الذي عقد في جدة: «…»")."""
    if raw.quote is not QuoteKind.INDIRECT or raw.stance is not Stance.DENIES:
        return (raw,)
    hit = _COLON_QUOTE.search(text, raw.start, raw.end)
    if hit is None or not _quotes_closed(text[raw.start : hit.start()]):
        return (raw,)
    before = text[raw.start : hit.start()].split()
    if before and _strip_conj(fold(before[-1])) in lx.VERB_CUES:
        return (raw,)  # "… في بيان أرسل للشبكة يقول: «…»": the colon is another verb's
    closing = text.find(QUOTE_PAIRS[hit.group(1)], hit.end(), raw.end + 1)
    if closing < 0 or text[closing + 1 : raw.end].strip(" .،,"):
        return (raw,)  # the quotation does not close the content
    first = trim_span(text, raw.start, hit.start())
    said = trim_span(text, hit.end(), closing)
    if min(first[1] - first[0], said[1] - said[0]) < MIN_CONTENT_CHARS:
        return (raw,)
    return (
        replace(raw, start=first[0], end=first[1]),
        replace(raw, start=said[0], end=said[1], quote=QuoteKind.DIRECT),
    )


def _quotes_closed(span: str) -> bool:
    """True when every quotation opened in the span is closed in it: "«ما تم تداوله»، …"."""
    marks = [c for c in span if c in OPENING_QUOTES or c in CLOSING_QUOTES]
    if '"' in marks:
        return marks.count('"') % 2 == 0 and _quotes_closed(span.replace('"', ""))
    return sum(c in OPENING_QUOTES for c in marks) == sum(c in CLOSING_QUOTES for c in marks)


def _drop_overlaps(raws: list[RawAttribution]) -> list[RawAttribution]:
    """Keep one attribution per content span: the one found first (outermost cue)."""
    kept: list[RawAttribution] = []
    for raw in raws:
        if any(
            k.start <= raw.start
            and raw.end <= k.end
            and k.cue_start != raw.cue_start
            and not (raw.cue_start >= k.end or raw.cue_start < k.start)
            for k in kept[-MAX_OVERLAP_LOOKBACK:]
        ):
            continue
        kept.append(raw)
    return kept
