"""Arabic reporting cues and voice vocabulary, as folded surface forms (pure data).

Stemmers mangle the core reporting verbs (أفادت→"اد"), so cues are generated as inflected
surface forms from a small table and matched after stripping the proclitics و/ف. Counts that
guided the list come from a newspaper corpus (see docs/extraction.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ...models import Stance
from ...text import fold
from ..base import folded


class CueClass(str, Enum):
    """How a cue word introduces its voice and content."""

    VERB = "verb"  # قال X إن …
    PARTICIPLE = "participle"  # …، مشيرا إلى أن … (voice: the clause's speaker)
    PREPOSITION = "preposition"  # بحسب X، … / …، وفقا لـX
    PRONOUN_PHRASE = "pronoun-phrase"  # على حد قوله (voice: the last speaker)
    IMPERSONAL = "impersonal"  # يُعتقد أن، قيل إن (no voice)


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word's reading: its class, stance, the agreement it shows, what it needs."""

    lemma: str
    cls: CueClass
    stance: Stance = Stance.ASSERTS
    #: "m", "f", "p" or "" (unknown / any).
    gender: str = ""
    #: Verbs whose content may be a noun phrase after عن (كشف عن، تحدث عن، أعلن عن).
    takes_an: bool = False
    #: Verbs that are also common non-reporting words: need a complementiser close by.
    strict: bool = False


# (perfect 3ms, imperfect 3ms, stance, takes "عن" + NP, strict)
_VERBS: tuple[tuple[str, str, Stance, bool, bool], ...] = (
    ("قال", "يقول", Stance.ASSERTS, False, False),
    ("أفاد", "يفيد", Stance.ASSERTS, False, False),
    ("ذكر", "يذكر", Stance.ASSERTS, False, False),
    ("أكد", "يؤكد", Stance.ASSERTS, False, False),
    ("أضاف", "يضيف", Stance.ASSERTS, False, False),
    ("أشار", "يشير", Stance.ASSERTS, False, False),
    ("لفت", "يلفت", Stance.ASSERTS, False, False),
    ("أوضح", "يوضح", Stance.ASSERTS, False, False),
    ("كشف", "يكشف", Stance.ASSERTS, True, False),
    ("أعلن", "يعلن", Stance.ASSERTS, True, False),
    ("صرح", "يصرح", Stance.ASSERTS, False, False),
    ("زعم", "يزعم", Stance.ASSERTS, False, False),
    ("ادعى", "يدعي", Stance.ASSERTS, False, False),
    ("اعتبر", "يعتبر", Stance.ASSERTS, False, False),
    ("رأى", "يرى", Stance.ASSERTS, False, True),
    ("شدد", "يشدد", Stance.ASSERTS, False, False),
    ("تابع", "يتابع", Stance.ASSERTS, False, True),
    ("أردف", "يردف", Stance.ASSERTS, False, False),
    ("نقل", "ينقل", Stance.ASSERTS, False, True),
    ("نسب", "ينسب", Stance.ASSERTS, False, True),
    ("نشر", "ينشر", Stance.ASSERTS, True, True),
    ("أورد", "يورد", Stance.ASSERTS, False, False),
    ("أبلغ", "يبلغ", Stance.ASSERTS, False, True),
    ("أفصح", "يفصح", Stance.ASSERTS, True, False),
    ("أوضح", "يوضح", Stance.ASSERTS, False, False),
    ("بين", "يبين", Stance.ASSERTS, False, True),
    ("أبان", "", Stance.ASSERTS, False, False),
    ("نوه", "ينوه", Stance.ASSERTS, False, False),
    ("أقر", "يقر", Stance.ASSERTS, False, True),
    ("اعترف", "يعترف", Stance.ASSERTS, False, False),
    ("رجح", "يرجح", Stance.ASSERTS, False, False),
    ("توقع", "يتوقع", Stance.ASSERTS, False, True),
    ("حذر", "يحذر", Stance.ASSERTS, False, False),
    # "ونبّه التقرير إلى أن …" (pointed out). Strict: "نبّه السائقين" alerted them, and
    # "تنبّه" is also "he took notice".
    ("نبه", "ينبه", Stance.ASSERTS, False, True),
    ("روى", "يروي", Stance.ASSERTS, False, True),
    ("أخبر", "يخبر", Stance.ASSERTS, False, True),
    ("تحدث", "يتحدث", Stance.ASSERTS, True, True),
    # "علمت «الصحيفة» أن" (learnt); "يعلم أن" knows, and tells no one: no present form.
    ("علم", "", Stance.ASSERTS, False, True),
    ("كتب", "يكتب", Stance.ASSERTS, False, True),
    # "وأجاب الوزير: «…»": the answer's words. Strict: "أجاب على الأسئلة" answered them; no
    # imperfect: "نجيب" is far more often a given name.
    ("أجاب", "", Stance.ASSERTS, False, True),
    ("أعرب", "يعرب", Stance.ASSERTS, True, True),
    ("لاحظ", "يلاحظ", Stance.ASSERTS, False, True),
    ("استطرد", "يستطرد", Stance.ASSERTS, False, False),
    ("شكك", "يشكك", Stance.ASSERTS, False, False),
    ("ألمح", "يلمح", Stance.ASSERTS, False, False),
    ("اختتم", "يختتم", Stance.ASSERTS, False, True),
    # "وختم فلان حديثه بالقول: …" (closed, as اختتم): strict, and read only with "بالقول" or a
    # colon close after it (rules._closed_by_saying): "ختم القرآن", "ختم الجواز" say nothing.
    ("ختم", "", Stance.ASSERTS, False, True),
    # "وعلّق المدرب على الخسارة: «…»": commented on something, then the words. Strict: "علّقت
    # الوزارة الدراسة" (suspended) has no complementiser or colon after it.
    ("علق", "يعلق", Stance.ASSERTS, False, True),
    ("أوردت", "", Stance.ASSERTS, False, False),
    ("وصف", "يصف", Stance.ASSERTS, False, False),
    ("استبعد", "يستبعد", Stance.ASSERTS, False, False),
    # "واستغرب التجار عدم انخفاض الأسعار": what they find strange is what they state as fact.
    ("استغرب", "يستغرب", Stance.ASSERTS, False, False),
    # "وأظهرت بيانات رسمية أن …": a document's finding; only a document speaks so (a player
    # who "showed that he is fit" reports nothing), see rules._shown_by_document.
    ("أظهر", "يظهر", Stance.ASSERTS, False, True),
    # "وأثبتت الدراسة أن …" (proved), read as أظهر; no present, "ما يثبت أن" is the writer's.
    ("أثبت", "", Stance.ASSERTS, False, True),
    # "وزاد الضعيان أن …": he added (as أضاف); strict, for "وزاد عدد الزوار" is an increase.
    # (No imperfect: "يزيد" is also a given name.)
    ("زاد", "", Stance.ASSERTS, False, True),
    # "وواصل: «…»" (he went on): strict, for "واصل الفريق تدريباته" goes on doing; no
    # imperfect, "يواصل" is most often what goes on.
    ("واصل", "", Stance.ASSERTS, False, True),
    # "ورد الوزير بالقول: …" (replied), "واكتفى المتحدث بالقول إن …" (said only),
    # "واستدرك بقوله: …" (went on to qualify): acts that report only with "بالقول"/"بقوله"
    # close after (rules._answered_by_saying): "ورد في البيان" (appeared) and "اكتفى الفريق
    # بالتعادل" say nothing.
    ("رد", "", Stance.ASSERTS, False, True),
    ("اكتفى", "", Stance.ASSERTS, False, True),
    ("استدرك", "يستدرك", Stance.ASSERTS, False, True),
    # "ومضت المصادر بالقول إن …" (went on): "مضى عام على …" (passed) says nothing.
    ("مضى", "", Stance.ASSERTS, False, True),
    # "وقدّر الجيش أن عدد المقاتلين …", "وتقدّر المنظمة عدد النازحين بنحو …" (estimates):
    # strict, for "قدّر الجهود" (appreciated), "وقدر الله" and "يقدر على" (is able to) say
    # nothing; read only as rules._estimated_that allows.
    ("قدر", "يقدر", Stance.ASSERTS, False, True),
    # "وربطت تقارير صحفية بين اللاعب والنادي" (linked him to it): what reports claim, read
    # only with reports or unnamed sources as the subject (rules._linked_by_reports); "ربط
    # المدن بالطرق" joins them.
    ("ربط", "يربط", Stance.ASSERTS, False, True),
    # "وخلصت الدراسة إلى أن …" (concluded): strict, so "إلى أن" must follow close; "خلص
    # الاجتماع إلى توصيات" names no statement.
    ("خلص", "يخلص", Stance.ASSERTS, False, True),
    # "وتوصلت الدراسة إلى أن …" (reached the finding), "ويذهب الناقد إلى أن …" (holds the
    # view): as خلص, strict, so "إلى أن" must follow close; "توصل الطرفان إلى اتفاق" and
    # "ذهب الوفد إلى المدينة" name no statement.
    ("توصل", "يتوصل", Stance.ASSERTS, False, True),
    ("ذهب", "يذهب", Stance.ASSERTS, False, True),
    # "وغرّد الوزير على حسابه: «…»", "غرّد فلان قائلا: …" (tweeted): strict, so the words
    # must follow close; no imperfect, "يغرد خارج السرب" (sings out of tune) says nothing.
    ("غرد", "", Stance.ASSERTS, False, True),
    # "وشرح الوزير أن …", "وتشرح الطبيبة: «…»" (explained): strict, for "يشرح الدرس" and
    # "يشرح كيف …" tell nothing.
    ("شرح", "يشرح", Stance.ASSERTS, False, True),
    # "ولمّح الوزير إلى أن …" (hinted, as ألمح, whose present "يلمح" it shares): strict, for
    # "لمح" is also "glimpsed".
    ("لمح", "", Stance.ASSERTS, False, True),
    # "وعدّ النائب أن القرار …" (deemed, as اعتبر; most often written "وعد", which is also
    # "promised"): no present, "يعد" is "is counted" or "prepares".
    ("عد", "", Stance.ASSERTS, False, True),
    # "وتعهدت الوزارة بأن الوحدات ستسلم …" (pledged that).
    ("تعهد", "يتعهد", Stance.ASSERTS, False, True),
    # "وجدد الوزير التأكيد على أن …", "وجددت الوزارة تأكيدها أن …" (restated): read only with
    # the noun of stressing close after it (rules._restated_that); "جدد العقد" renewed it.
    ("جدد", "يجدد", Stance.ASSERTS, False, True),
    # "وأجمع المشاركون على أن …" (agreed as one); no present, "يجمع" collects.
    ("أجمع", "", Stance.ASSERTS, False, True),
    # "ووجد الباحثون أن …", "ووجدت الدراسة أن …" (found): a finding, read only with a voice
    # named after it and a complementiser (rules._FINDING); "وُجد" (was found) and "وجد
    # نفسه" name none; no present, "يوجد" is "there is".
    ("وجد", "", Stance.ASSERTS, False, True),
    ("نفى", "ينفي", Stance.DENIES, False, False),
    ("كذب", "يكذب", Stance.DENIES, False, True),
    ("أنكر", "ينكر", Stance.DENIES, False, False),
    ("دحض", "يدحض", Stance.DENIES, False, True),
)

#: Words that only say a medium is the state's: "وكالة الأنباء الرسمية/الحكومية".
STATE_MEDIA_WORDS = frozenset(fold(w) for w in "الرسمية الرسمي الحكومية الحكومي".split())

#: Verbs whose content may be a bare noun phrase: "أعلن الجيش مقتل ثلاثة جنود", "أوضحت
#: الهيئة اشتمال الدليل على …" (what it made clear).
NP_CONTENT_VERBS = frozenset(
    ("أعلن", "كشف", "أكد", "أوضح", "نفى", "أفاد", "استبعد", "استغرب", "جدد")
)
#: Verbs whose عن opens an event told, never a voice: "وذكرت وكالات الأنباء عن وصول السفينة"
#: (what was reported), while "ذكرت الصحيفة عن مصادر أن …" names whom the paper relays.
AN_EVENT_VERBS = frozenset(("ذكر",))
#: The Latin letters' names as Arabic writes them, folded: a medium's name spelled out in
#: them ("سي إن إن") holds "إن" (the letter N), which reads like the complementiser. Words
#: these names share with Arabic ("في", "أو", "أم") are left out.
#: ("كي" too, as the K of "إن إتش كي" is written; a run is joined only when the registry
#: holds it, so the word "كي" (so that) is never taken for a letter.)
LETTER_NAMES = folded(
    "ايه بي سي دي اف جي اتش اي جيه كيه كي ال ام ان كيو ار اس تي يو دبليو اكس واي زد"
)
#: The letter N, folded: a run of letters' names is only joined when it holds one.
LETTER_N = fold("إن")
#: Verbs whose object (an event noun) comes before the content: "وصفت الشركة العثور على
#: الحطام بأنه «انفراجة»".
DESCRIBING_VERBS = frozenset(("وصف",))
#: Event nouns written as their verb's past (no vowels): "أعلنت الشرطة قتل ثلاثة مسلحين" (the
#: killing announced), though "هجوم قتل خلاله عشرة" is the verb of a clause on a noun.
VERB_FORM_EVENT_HEADS = folded("قتل قصف خطف هدم")
#: Event nouns that open such a noun-phrase content (with or without the article), and the
#: claim of responsibility: "أعلنت جماعة النسر مسؤوليتها عن التفجير" (the group speaks; its
#: responsibility for the bombing is what it claims, never part of its name). A halt is only
#: "وقفا" ("أعلن الجيش وقفا لإطلاق النار"): "وقف" is as often inside a body's description
#: ("المكلفة بمراقبة وقف إطلاق النار").
NP_CONTENT_HEADS = VERB_FORM_EVENT_HEADS | frozenset(
    fold(w)
    for w in """
    مقتل إصابة اعتقال إطلاق تعيين العثور عثور وفاة سقوط تدمير بدء انطلاق استئناف تأجيل إلغاء
    فتح إغلاق تمديد رفع خفض توقيع ارتفاع تراجع نجاح فشل وصول مصرع استشهاد تفكيك ضبط إحباط
    تحرير إقالة استقالة إرجاء موافقة رفض اختفاء انسحاب دخول تسجيل استمرار احتمال حدوث وقوع
    انتهاء انخفاض زيادة تخفيض وجود عدم حداد حدادا خروج عودة بلوغ سيطرة فرض بسط
    تحسن تنوع تزايد تدهور توقف تعرض ترشح تأهل مبايعة مبايعته مبايعتهم ولاءه ولاءهم توصل
    انضمام اندلاع قبض توقيف إيقاف إحالة إنقاذ إفراج صدور عزم
    طرح
    مسؤوليته مسؤوليتها مسؤوليتهم مسئوليته مسئوليتها مسئوليتهم
    وقفا مد
    """.split()
)
#: Event nouns that open a noun-phrase content only in construct, with no article: "أوضح
#: المتحدث فلان قيام الوزير بتشكيل لجنة" (the minister's carrying out of an act), never "أكدت
#: تصميمها على القيام بكل الخطوات" (the act to be done, no event told).
NP_CONSTRUCT_HEADS = folded("قيام")


def _with_object_pronoun(*verbs: tuple[str, str]) -> dict[str, str]:
    """Each (verb, gender) with every object pronoun on it, folded, to the verb's gender."""
    return {
        fold(verb + pronoun): gender
        for verb, gender in verbs
        for pronoun in ("ه", "ها", "هم", "هما")
    }


#: The verb of accusing: its subject accuses, its object (a noun, or a pronoun on the verb)
#: is the accused, and what he is accused of follows in ب: "واتهمت الوزارة الجماعة بأنها
#: تقف وراء الهجوم", "وتتهمه الهيئة بالضلوع في …".
ACCUSING = "اتهم"
#: Its forms with the accused as a pronoun ("وتتهمه الهيئة بأنه …"), each with the agreement
#: of the verb; the accuser follows.
ACCUSING_WITH_OBJECT = _with_object_pronoun(
    ("اتهم", "m"), ("اتهمت", "f"), ("اتهمو", "p"), ("يتهم", "m"), ("تتهم", "f"), ("يتهمون", "p")
)
#: Nouns of change that open what a record shows, as its noun-phrase object ("وأظهرت بيانات
#: رسمية تراجع التضخم إلى …", "أظهر مسح ارتفاعا في …"); with their accusative forms.
CHANGE_NOUNS = frozenset(
    form
    for word in folded(
        """
        ارتفاع انخفاض تراجع نمو زيادة تزايد توسع تحسن تدهور توقف هبوط صعود تباطؤ تسارع
        انكماش تضاعف استقرار
        """
    )
    for form in (word, word + "ا")
)
#: Subjects that make "ربط" a report of a link ("وربطت تقارير صحفية بين …"), without the
#: article.
LINKING_VOICES = folded("تقارير مصادر صحف وسائل أنباء مواقع وكالات")
#: Adjectives of number on them, besides the relative ones in "ية" ("تقارير صحفية عديدة").
LINKING_ADJECTIVES = folded("عدة عديدة أخرى كثيرة متعددة مختلفة متطابقة إعلام")
#: Words in ب that give an estimate ("قدّرت الوزارة عدد المنشآت بنحو ألفي منشأة") its figure:
#: "بنحو", "بحوالي", "بقرابة", "بأكثر من" (see rules._estimate_figure).
ESTIMATE_FIGURES = folded("بنحو بحوالي بحوالى بقرابة بأكثر بأقل")
#: Quantities an estimate names after its voice, without the article: "وقدّرت تقارير أخرى
#: سعر البيع بنحو …" (the subject ends before them).
ESTIMATED_QUANTITIES = folded(
    """
    عدد أعداد حجم قيمة نسبة سعر أسعار إنتاج كلفة تكلفة تكاليف خسائر إجمالي مجموع حصة صافي
    جملة عائدات إيرادات ثروة ميزانية مساحة طول مدة قوة
    """
)
#: Words after "بما" that make it a figure: "بما بين 400 و450 ألفا", "بما يقارب …".
ESTIMATE_AFTER_BIMA = folded("بين يقارب يزيد يعادل")
#: The describing verb with its object as a pronoun ("ووصفه بأنه عمل إجرامي", "ووصفها الوزير
#: بأنها …"), each with the agreement of the verb: what it describes was named before, and
#: its voice follows or spoke before. ("وصفه" is also "وصفة", a recipe, once folded: see
#: rules._reading.)
DESCRIBED_IT = "وصفه"
DESCRIBING_WITH_OBJECT = _with_object_pronoun(
    ("وصف", "m"), ("وصفت", "f"), ("وصفو", "p"), ("يصف", "m"), ("تصف", "f")
)
#: The participle of voicing ("…، معربا عن اعتقاده أن …"), read only before a noun of belief
#: and its complementiser: "عن اعتقاده أن", "عن ثقته بأن", "عن قناعتها بأن"; "معربا عن أمله"
#: (a hope) voices no claim. (Not the verb "عبّر عن": "عبر" is also "via", too common a word
#: to stand among the cue forms every reader tests.)
BELIEF_ONLY = frozenset(("معرب",))
#: Nouns of belief with their pronoun, after such a verb and عن.
BELIEF_NOUNS = frozenset(
    fold(noun + pronoun)
    for noun in ("اعتقاد", "ثقت", "قناعت", "يقين", "إيمان")
    for pronoun in ("ه", "ها", "هم", "هما")
)
#: The verb of voicing ("أعرب الوزير عن …"), and what it voices as a courtesy, no claim (as
#: "معربا عن أمله"): thanks, joy, pride, a welcome, congratulations, condolences, a hope
#: ("أعرب عن شكره للفريق", "أعربت عن سعادتها بالجائزة", "عن أصدق التهاني"); "أعرب عن قلقه من
#: أن …" or "عن ثقته بأن …" still voices a claim.
VOICING = "أعرب"
COURTESY_NOUNS = folded(
    """
    سعادة سرور فرح فرحة بهجة شكر امتنان تقدير اعتزاز فخر ترحيب تهنئة تهاني تبريكات تعازي
    مواساة أمل آمال تمنيات أمنيات تطلع ارتياح
    """
)
#: Verbs read only with a complementiser close after them, no quotation or colon
#: (rules._that_follows): "تعهد بأن" (pledged that; "تعهد بدعمها" pledges no proposition),
#: "عد أن" (deemed; "وعدت أسأل: …" is "I went back"), "وصفه بأنه".
THAT_ONLY = frozenset(("عد", "تعهد", DESCRIBED_IT))
#: Of those, the verbs whose complementiser is never "بأن": "وعد بأن" is "promised that",
#: which names whom it promised as often as who promised ("وعد الصينيين بأن …").
PLAIN_THAT_ONLY = frozenset(("عد",))
#: Verbs that are another word right after a noun: "العالم أجمع" (entire), see
#: rules._after_a_word.
NOT_AFTER_A_NOUN = frozenset(("أجمع",))
#: Nouns of an event a describing verb's object opens with ("ووصف المفتي حادث التفجير
#: بالإجرامي"), never a name.
EVENT_NOUNS = folded("حادث حادثة عملية هجوم تفجير اعتداء جريمة")
#: Verbs whose content may be a noun phrase after إلى: "أشار المرصد إلى ارتفاع عدد القتلى".
POINTING_VERBS = frozenset(("أشار", "لفت"))

#: Verbs of commenting: "علّق على الخسارة: …" steps over what was commented on; "ردّ على
#: السؤال بالقول: …" over what was answered.
COMMENTING_VERBS = frozenset(("علق", "رد"))

#: Verbs whose content may be a noun phrase after من: "حذر من تناقص الاحتياطيات", "نبّه من
#: خطورة …" (warned of it, as حذر).
MIN_CONTENT_VERBS = frozenset(("حذر", "نبه"))

#: "وجاء في بيان الوزارة أن …", "جاء في التقرير": the document's words follow.
CAME_IN = folded(
    """
    جاء جاءت ورد وردت
    """
)

#: "حصلت الصحيفة على وثائق تفيد بأن …": the obtainer speaks through the papers.
OBTAINED = folded(
    """
    حصل حصلت اطلع اطلعت تلقى تلقت
    """
)

#: First-person denials that open a voice's own words: «ننفي الأنباء …».
DENIAL_OPENINGS = frozenset(fold(w) for w in "ننفي نكذب نفند أنفي ننكر".split())
#: Periphrases for a state office, and the title they stand for: "رئيس الدبلوماسية الكندية"
#: after "وزير الخارجية الكندي فلان" is فلان (``sources.Resolver._role_holder``).
ROLE_PERIPHRASES: tuple[tuple[str, str], ...] = (("رئيس الدبلوماسية", "وزير الخارجية"),)
#: Two-word openings of a denied proposition: "لا صحة لـ …", "لا أساس لـ …", "عدم صحة …"
#: (what a voice stresses is untrue: "مشددا على عدم صحة الأنباء").
DENIAL_PAIRS = frozenset(
    (fold(a), fold(b)) for a, b in (("لا", "صحة"), ("لا", "أساس"), ("غير", "صحيح"), ("عدم", "صحة"))
)

#: Verbs whose subject, written without vowels, is mostly one who suffered the act, the passive
#: spelt as the active ("وقُتل الضابط فلان", "وأصيب الجندي فلان", "واعتُقل الناشط فلان"): the man
#: named after them did not act, so a subject-less "وقال" after them is not his. A string of
#: words: the Arabic rules fold them, the resolver normalises them.
SUFFERED_VERBS = """
قتل أصيب جرح اعتقل أوقف احتجز اختطف خطف أسر اغتيل أعدم توفي استشهد أقيل أعفي
"""

#: Broken plurals of people among the unnamed heads (sound plurals end in ون/ين). Plurals of
#: things ("مصادر", "جهات") take a feminine singular verb ("وأضافت المصادر") and are not here.
PLURAL_HEADS = frozenset(fold(w) for w in "شهود نشطاء خبراء تجار أهالي أطباء علماء سكان".split())

#: Broken plurals of people read as a named group's head with the article ("الخطباء",
#: "الوزراء"): the group speaks in the plural after it ("مشيرين", "وبينوا"), though the verb
#: before such a subject stays singular ("وأضاف الخطباء"). Words that also name a thing or a
#: club ("الكتاب", "الشباب") are not here.
BROKEN_PLURALS_OF_PEOPLE = frozenset(
    fold(w)
    for w in """
    خطباء أئمة دعاة فقهاء مشايخ شيوخ وزراء سفراء قادة زعماء رؤساء أمراء نواب أعضاء قضاة
    أساتذة باعة عمال ضباط جنود شعراء أدباء نقاد مدراء
    """.split()
)

#: Relatives, as written before a pronoun ("زوجت" + "ه", "أسرت" + "ها"): told something
#: after ل ("وقالت لوالديها"), or speaking for the one named before ("حسب تأكيدات أسرتها").
#: Pronouns closing a noun as written ("رسالته", "شكواها", "تأكيدهما"), longest first: his,
#: her, their (two), their.
POSSESSIVE_PRONOUNS = ("هما", "هم", "ها", "ه")
KIN_STEMS = folded(
    """
    والدي والد والدت أب أبي أم زوج زوجت ابن ابنت أبناي أبناء شقيق شقيقت أخي أخت أسرت عايلت
    أهل أقارب أصدقاي صديق صديقت
    """
)
#: Unnamed voices that are one man ("مصدر مطلع", "مسؤول في الوزارة"), folded: a verb with no
#: subject after one agrees with a man, whatever verb named him ("علمت الصحيفة من مصدر").
UNNAMED_MEN = folded(
    """
    مصدر مسؤول مسئول دبلوماسي ضابط موظف مقرب مختص شاهد شخص مندوب عضو
    """
)
#: "أحد الشهود", "إحدى المصادر": one of an unnamed group is as unnamed as the group.
ONE_OF = folded(
    """
    أحد إحدى احد احدى
    """
)

#: "عدد من الأهالي", "بعض السكان", "كثير من المراقبين": an unnamed group counted, not named.
GROUP_QUANTIFIERS = folded(
    """
    عدد بعض بضعة بضع عدة كثير العديد معظم غالبية أغلب مجموعة الكثير الغالبية أغلبية
    """
)

#: Verbs whose content may be a noun phrase after ب: "أفاد المرصد بمقتل تسعة", "أقر بوجود".
BI_CONTENT_VERBS = frozenset(("أفاد", "صرح", "أقر", "اعترف"))
#: Words in ب that are not such a noun phrase: "بعد", "بسبب", "بدوره", "بن".
NOT_BI_CONTENT = frozenset(
    fold(w) for w in "بعد بين بدون بسبب بشأن بناء بدوره بدورها بدورهم بن بنت باسم بينما".split()
)

_PARTICIPLES: tuple[tuple[str, Stance], ...] = (
    ("مؤكد", Stance.ASSERTS),
    ("مشير", Stance.ASSERTS),
    ("مضيف", Stance.ASSERTS),
    ("لافت", Stance.ASSERTS),
    ("موضح", Stance.ASSERTS),
    ("معتبر", Stance.ASSERTS),
    ("منوه", Stance.ASSERTS),
    ("مبين", Stance.ASSERTS),
    ("مفيد", Stance.ASSERTS),
    ("محذر", Stance.ASSERTS),
    ("مشدد", Stance.ASSERTS),
    ("قائل", Stance.ASSERTS),
    ("مستدرك", Stance.ASSERTS),
    # "…، واصفا القرار بأنه متسرع": what the speaker calls a thing, read from the thing on
    ("واصف", Stance.ASSERTS),
    # "…، منتقدا بطء الإجراءات", "…، منددا بالهجوم": what is criticised or condemned, read
    # from the word after it as after "واصفا", and only after a comma (rules._describes).
    ("منتقد", Stance.ASSERTS),
    ("مندد", Stance.ASSERTS),
    # "…، كاشفا أن الاتحاد قدم عرضا …" (revealing): read only with its complementiser close
    # after it, as every participle; "أجهزة كاشفة للمعادن" is a detector.
    ("كاشف", Stance.ASSERTS),
    # "…، معلنا أن …", "ذاكرا أن", "مرجحا أن", "متوقعا أن" (a forecast, as the verb توقع),
    # "مذكرا بأن", "ملمحا إلى أن": the same speaker's next claim, read as every participle only
    # with its complementiser close after it.
    ("معلن", Stance.ASSERTS),
    ("ذاكر", Stance.ASSERTS),
    ("مرجح", Stance.ASSERTS),
    ("متوقع", Stance.ASSERTS),
    ("مذكر", Stance.ASSERTS),
    ("ملمح", Stance.ASSERTS),
    # "…، شارحا أن …" (explaining, as the verb شرح)
    ("شارح", Stance.ASSERTS),
    # "…، معربا عن اعتقاده أن …" (BELIEF_ONLY)
    ("معرب", Stance.ASSERTS),
    ("ناف", Stance.DENIES),
    ("نافي", Stance.DENIES),
)

#: Prepositional cues whose object is the voice: بحسب X، وفقا لـX، نقلا عن X.
PREPOSITIONS = {
    fold(w): w
    for w in ("بحسب", "حسب", "وفق", "وفقا", "وفقاً", "طبقا", "طبقاً", "نقلا", "نقلاً", "استنادا")
}
#: "عنه", "عنها" after "نقلا" or "نقلت": the words relayed from the one named before
#: ("حسبما ذكرت نقلا عنها هيئة الإذاعة": the broadcaster after it carried them).
RELAYED_PRONOUNS = folded("عنه عنها عنهم عنهما")
#: Folded words whose presence after a preposition cue means the voice is "him/her": حسب قوله.
PRONOUN_NOUNS = folded(
    """
    قوله قولها قولهم تعبيره تعبيرها تعبيرهم زعمه زعمها زعمهم وصفه وصفها تأكيده تأكيدها روايته
    روايتها تصريحه تصريحها كلامه كلامها رأيه رأيها تقديره تقديرها تأكيدهم روايتهم تصريحهم
    كلامهم رأيهم تقديرهم وصفهم إفادته إفادتها إفادتهم أقواله أقوالها أقوالهم اعترافه اعترافها
    اعترافهم ادعائه ادعائها ادعائهم
    """
)
#: Passive or impersonal cues: the statement has no voice ("it is believed").
IMPERSONAL = folded(
    """
    يعتقد يُعتقد يقال يُقال قيل أفيد يشاع
    """
)

#: Acts of speech that carry no proposition of their own but name who speaks next: "شجب الوزير
#: فلان الهجوم. وقال إن …", "عبر اللاعب فلان عن سعادته وقال: …".
EXPRESSIVE_ACTS = frozenset(
    fold(w + ending)
    # ("بارك": "بارك فلان للرئيس منصبه. وقال: …", he congratulates, then speaks; "دان" is
    # "أدان" written without its hamza: "كما دان فلان الهجوم. ووصفه بأنه …")
    for w in (
        "عبر شجب ندد أدان دان استنكر ناشد أشاد أثنى ثمن هنأ رحب جدد شكر انتقد أبدى بارك"
    ).split()
    for ending in ("", "ت")
)

#: News acts whose doer is the one who speaks next, in the same sentence or the one after:
#: "استقبل الوزير فلان الوفد، وأكد أن …", "افتتح المحافظ فلان المعرض. وقال إن …".
ACTOR_ACTS = frozenset(
    fold(w + ending)
    for w in "أعرب استقبل التقى زار افتتح دشن رعى ترأس تفقد وجه أصدر نشر ناقش اطلع قدم وصف".split()
    for ending in ("", "ت")
) | folded(
    # Reassuring someone is speaking to him: "وطمأن المدرب فلان الجماهير على …، مؤكدا أن …"
    # (he reassures, then says).
    "طمأن طمأنت "
    # Giving a cause is a claim: "أرجع فلان الارتفاع لقلة المعروض، مبيناً أن …" (he speaks).
    # "رفع الوزير الشكر للقيادة، وقال …" (he raises thanks, then speaks); not its feminine,
    # which is also the given name "رفعت".
    "أرجع أرجعت عزا عزت رفع "
    # Claiming an attack is telling of it: "وتبنت الجبهة الهجوم. وقالت إن …" (she speaks).
    "تبنى تبنت"
)

#: Acts done to a letter, a speech or a report, written with its pronoun after a name
#: ("رسالة من الرئيس فلان وجهها إلى …"): a relative clause, no part of the name.
ACTS_ON_IT = ACTOR_ACTS | folded("أرسل أرسلت بعث بعثت ألقى ألقت")
#: Passed on by others, with its pronoun after a name: "بيان للجماعة تداولته حسابات …".
ACTS_ON_IT |= folded("تداول تداولت تناقل تناقلت بث بثت")

#: Complaints whose doers speak next: "اشتكى سكان الحي من الشاحنات. وقالوا إن …".
COMPLAINT_ACTS = folded(
    """
    اشتكى اشتكت شكا شكت تذمر تذمرت
    """
)

#: Launches whose doer speaks next: "أطلقت الهيئة اليوم تطبيقا …. وقالت إن …" (not "أطلق
#: النار" alone: a doer must still be read). Not "نظم": "نظمت المؤسسة لقاء بحضور رئيس
#: البرنامج فلان …، وأكد …" is often followed by a man named at the event, who speaks.
LAUNCH_ACTS = frozenset(fold("أطلق" + ending) for ending in ("", "ت"))

#: Acts that open a sentence and name the voice of a subject-less cue after them.
OPENING_ACTS = EXPRESSIVE_ACTS | ACTOR_ACTS | COMPLAINT_ACTS | LAUNCH_ACTS

#: Whom a statement was made to, between its voice and its content: "أبلغ مسؤول الصحفيين أن".
ADDRESSEES = frozenset(
    fold(w)
    for w in (
        "الصحفيين الصحافيين للصحفيين للصحافيين المراسلين للمراسلين"
        # indefinite: "وقال الوزير لصحفيين إن …" (told reporters) ends his name too
        " لصحفيين لصحافيين لمراسلين"
        # a counterpart told: "وقال الرئيس فلان لنظيره الزائر إن …"
        " لنظيره لنظيرته لنظرائه لنظيرها لنظيرتها لنظرائها لنظيرهم لنظرائهم"
    ).split()
)

#: The writer's own asides, passive in form: "ويذكر أن …", "يشار إلى أن …", "يجدر بالذكر أن"
#: at the head of a clause add background in the article's voice, not a speaker's.
WRITER_ASIDES = folded(
    """
    يذكر يُذكر يشار يُشار يجدر
    """
)

#: Complementisers that open indirect content (folded, with attached pronouns).
COMPLEMENTISERS = frozenset(
    fold(p + suffix)
    for p in ("أن", "إن", "بأن", "فإن", "لأن", "وأن", "وإن", "بان", "ان")
    for suffix in ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك")
)
#: Adverbs of time and manner that may sit between a verb and its subject.
ADVERBS = folded(
    """
    اليوم يوم أمس امس حينها حينذاك آنذاك مساء صباح ظهر مساء، الأحد الاثنين الإثنين الثلاثاء
    الأربعاء الخميس الجمعة السبت أيضا أيضاً كذلك مؤخرا مؤخراً سابقا سابقاً لاحقا لاحقاً الماضي
    الماضية الفائت الأسبوع الاسبوع الشهر أول امس، بدوره بدورها بدورهم مجددا مجدداً صراحة ضمنا
    رسميا رسمياً الليلة فجر عصر ردا رداً تعليقا تعليقاً تعقيبا تعقيباً جوابا جواباً
    """
)
#: "من جهته/بدوره …": the clause's voice is the one speaking before.
PRONOUN_LEADS = folded(
    """
    جهته جهتها جهتهم جانبه جانبها جانبهم ناحيته ناحيتها بدوره بدورها بدورهم
    """
)

#: Nouns that, after في/خلال, name the occasion of a statement: في تصريح لـX، في بيان.
OCCASIONS = folded(
    """
    تصريح تصريحات تصريحه تصريحها حديث حديثه حديثها مقابلة مقابلته مقابلتها لقاء بيان بيانه
    بيانها مؤتمر كلمة كلمته كلمتها تغريدة تدوينة منشور رسالة اتصال تقرير تقريرها تقريره حوار
    مداخلة خطاب خطابه جلسة ندوة إفادة مقال مقالة مداولات فيديو تسجيل شريط مقطع رده ردها
    """
)

# --- Voice vocabulary -------------------------------------------------------------------------

#: Head nouns of news media (the name follows): صحيفة X، وكالة X …
OUTLET_HEADS = folded(
    """
    صحيفة جريدة مجلة قناة موقع إذاعة اذاعة تلفزيون شبكة بوابة محطة راديو منصة نشرة يومية
    أسبوعية
    """
) | folded("صحيفتا صحيفتي جريدتا جريدتي")  # "وذكرت صحيفتا «…» و«…»": the first named speaks
#: Heads of a periodical's name that need it in quotation marks: unquoted, "دورية" is a patrol.
PERIODICAL_HEADS = folded("دورية الدورية")
#: "السيد «فلان»": courtesy titles before a name in quotation marks, the man so named.
HONORIFIC_HEADS = folded("السيد السيدة")
AGENCY_HEADS = folded(
    """
    وكالة وكاله
    """
) | folded("وكالتا وكالتي")  # "ذكرت وكالتا «…» و«…»": two agencies; the first named speaks
#: Definite heads that refer back to a medium named earlier.
OUTLET_ANAPHORS = {
    fold(w): kind
    for w, kind in (
        ("الصحيفة", "newspaper"),
        ("الجريدة", "newspaper"),
        ("المجلة", "newspaper"),
        ("القناة", "broadcaster"),
        ("الموقع", "site"),
        ("الإذاعة", "broadcaster"),
        ("التلفزيون", "broadcaster"),
        ("الشبكة", "broadcaster"),
        ("الوكالة", "agency"),
        ("البوابة", "site"),
        ("المحطة", "broadcaster"),
    )
}
#: Plural media nouns: "وسائل إعلام ليبية", "صحف بريطانية".
MEDIA_PLURALS = frozenset(
    fold(w)
    for w in (
        "وسائل",
        "صحف",
        "مواقع",
        "قنوات",
        "وكالات",
        "تقارير",
        "التقارير",
        "تقارير إعلامية",
        "إعلام",
        # "وحسب الإعلام المحلي، …", "وحسب الصحف المحلية، …": the media, with the article
        "الإعلام",
        "الصحف",
        # "وذكرت الصحافة اليونانية أن …": the press of a country, no one paper.
        "الصحافة",
    )
)

#: Heads of anonymous voices; they need an attribution modifier (مصدر مطلع) or a voice slot.
ANONYMOUS_HEADS = folded(
    """
    مصدر مصادر المصدر المصادر مسؤول مسؤولون مسؤولين مسئول ناشطون ناشطين نشطاء شهود شاهد سكان
    مراقبون مطلعون دبلوماسي دبلوماسيون ضابط عضو عضوة مقربون أوساط جهات معلومات أنباء مصدرا مصدران
    مسؤولان مسؤولا تجار مواطنون مواطنين خبراء محللون محللين أهالي الأهالي مصادرنا مراقبين مندوب
    مصادرها مصادره مصادرهم
    مندوبان مندوبين مندوبون
    شخص شخصان شخصين أشخاص مدعون مدعين محققون محققين
    مقرب مقربة موظف موظفة
    مسؤولة مسئولة مختص مختصة آخرون
    مسئولون مسئولين مسئولان مسئولا
    المسؤولون المسئولون الدبلوماسيون
    أحدهم أحدهما إحداهن إحداهما البعض بعضهم بعضها
    """
)
#: Words after مصدر/مصادر that make them a voice, not "source of" (مصدر قلق، مصادر الطاقة).
ANONYMOUS_MODIFIERS = folded(
    """
    عيان العيان مطلع مطلعة مطلعون متطابقة موثوقة موثوق عسكري عسكرية أمني أمنية مسؤول مسؤولة
    رسمي رسمية دبلوماسي دبلوماسية مقرب مقربة خاصة خاص محلية محلي طبي طبية ميدانية ميداني
    إعلامية صحفية سياسية سياسي حكومي حكومية قضائي قضائية برلمانية برلماني استخباراتية استخباري
    حزبية كردية عربية غربية أمريكية أميركية إسرائيلية مختلفة عدة متعددة متقاطعة مطلعه رفيع
    رفيعة كبير بارز مجهولة أخرى عليمة متابعة آخر ثان ثاني ثالث فلسطينية سورية مصرية ليبية
    عراقية لبنانية يمنية تركية إيرانية روسية سعودية أفغان أكراد أتراك روس عرب
    مسئول مسئولة
    مختص مختصة مختصون مختصين متخصص متخصصة متخصصون متخصصين مطلعين موثوقون موثوقين مقربون
    مقربين كبار بارزون بارزين
    معارض معارضة
    """
)
#: Points of the compass opening an aside on where a place lies: "محافظ الوادي، جنوب البلاد، إن".
COMPASS = folded("جنوب شمال شرق غرب وسط جنوبي شمالي شرقي غربي")
#: Phrases that mark an unnamed official: رفض الكشف عن اسمه، طلب عدم ذكر اسمه …
ANONYMITY_VERBS = folded(
    """
    رفض طلب فضل اشترط تحفظ مفضلا رافضا طالبا
    """
)
LEAK_HEADS = folded(
    """
    تسريبات التسريبات وثائق تسريب التسريب
    """
)
DOCUMENT_HEADS = folded(
    """
    تقرير التقرير بيان البيان وثيقة الوثيقة دراسة الدراسة إحصائية إحصائيات الإحصائيات بيانات
    استطلاع الاستطلاع استطلاعات الاستطلاعات استبيان الاستبيان رسالة مذكرة المذكرة خطاب
    تقديرات أرقام الأرقام نتائج
    بحث البحث أبحاث الأبحاث نشرة النشرة مسح المسح تقدير إحصاء إحصاءات الإحصاءات معطيات
    بلاغ البلاغ إعلان تحليل التحليل افتتاحية الافتتاحية
    حصيلة الحصيلة تعداد التعداد
    """
)

#: Titles that make a voice an official: وزير، المتحدث باسم، السفير …
OFFICIAL_TITLES = frozenset(
    fold(w)
    for w in (
        "وزير",
        "الوزير",
        "مقرر",
        "مقررة",
        "المقرر",
        "المقررة",
        "وزيرة",
        "الوزيرة",
        "رئيس",
        "الرئيس",
        "رئيسة",
        "المتحدث",
        "متحدث",
        "المتحدثة",
        "متحدثة",
        "الناطق",
        "ناطق",
        "الناطقة",
        "سفير",
        "السفير",
        "سفيرة",
        "مفتي",
        # "القائم بالأعمال/بأعمال السفارة" (chargé d'affaires), "القائم على المشروع".
        "القائم",
        "المفتي",
        "السفيرة",
        "مدير",
        "المدير",
        "مديرة",
        # Women's titles after a woman's name ("فلانة المسؤولة المحلية بالقرية قالت",
        # "فلانة الرئيسة التنفيذية للشركة").
        "المديرة",
        "المسؤولة",
        "الرئيسة",
        "نائبة",
        "النائبة",
        "مستشارة",
        "المستشارة",
        "عضوة",
        "العضوة",
        "أمين",
        "الأمين",
        "محافظ",
        "المحافظ",
        "أمير",
        "الأمير",
        "الملك",
        "ولي",
        "نائب",
        "النائب",
        "قائد",
        "القائد",
        "اللواء",
        "لواء",
        "العميد",
        "عميد",
        "العقيد",
        "عقيد",
        "المشير",
        "مشير",
        "المقدم",
        "مقدم",
        "النقيب",
        "نقيب",
        "الرائد",
        "رائد",
        "الملازم",
        "ملازم",
        "الفريق",
        "العماد",
        "المسؤول",
        "المسئول",
        "مستشار",
        "المستشار",
        "مندوب",
        "المندوب",
        "مندوبة",
        "المندوبة",
        "ممثل",
        "الممثل",
        "وكيل",
        "الوكيل",
        "مساعد",
        "المساعد",
        "معاون",
        "المعاون",
        # "وأوضحت مساعدة المدير العام فلانة": the feminine title. Not "المساعدة" (the help).
        "مساعدة",
        # More women's titles ("وألقت عميدة الكلية الدكتورة فلانة كلمة …"); not "أمينة" (a
        # given name) nor "محافظة" (a province).
        "عميدة",
        "العميدة",
        "وكيلة",
        "الوكيلة",
        "ممثلة",
        "مبعوثة",
        "المبعوثة",
        "قائدة",
        "القائدة",
        "الجنرال",
        "جنرال",
        # Foreign ranks as wires spell them: "وقال الكولونيل فلان المتحدث باسم الجيش إن …".
        "الكولونيل",
        "كولونيل",
        "اللفتنانت",
        "الأدميرال",
        "الأميرال",
        "البريجادير",
        "البريغادير",
        "رئيسة",
        "عمدة",
        "حاكم",
        "الحاكم",
        "والي",
        "الوالي",
        "قنصل",
        "القنصل",
        "الملحق",
        "ملحق",
        "الشيخ",
        "عضو",
        "عضوة",
        "النائبة",
        # "المدعي العام فلان": a prosecutor, by title. Not the bare "مدعي": "مدعي عام
        # نيويورك" would read the city as his name.
        "المدعي",
        "المدعية",
        "مدعي",
        "مدعية",
        "المبعوث",
        "مبعوث",
        "المفوض",
        "مفوض",
        "المفوضة",
        "مفوضة",
        "المنسق",
        "منسق",
        # "فلانة المنسقة في جمعية الهلال قالت": her title after her name, as "المنسق" is his.
        "المنسقة",
        "منسقة",
        # A supervisor after or before a name: "فلان مشرف التدريب الميداني أن …".
        "المشرف",
        "مشرف",
        "المشرفة",
        "مشرفة",
        "زعيم",
        "الزعيم",
        "مرشد",
        "المرشد",
        "رئيس الوزراء",
        "الموفد",
        "سمو",
        "معالي",
        "فخامة",
        "فضيلة",
    )
)


def _both_forms(words: tuple[str, ...]) -> frozenset[str]:
    """Folded titles with and without the article: المدرب / مدرب (construct state)."""
    out = set()
    for w in words:
        f = fold(w)
        out.add(f)
        out.add(f[2:] if f.startswith("ال") and len(f) > 4 else "ال" + f)
    # "الد" (ال + د.) is no title: read off "والد" (father) it made "و" + "the doctor".
    return frozenset(out - {"ال", "د", "الم", "الد"} | {"د"})


#: Common nouns of a person that name an unnamed witness when "من" follows, as "رجل" (a
#: title) does: "وقالت امرأة من سكان الحي إن …", "وقال شاب من أبناء القرية إن …". Not titles:
#: "امرأة طعنها …" and "فلان الشاب" stay as they were read.
WITNESS_NOUNS = folded("امرأة شاب شابة فتاة مسن مسنة عجوز")


#: Descriptors that make a voice a private person: الناشط، الخبير، الكاتب …
PERSON_TITLES = _both_forms(
    (
        # "فلان الشريك المؤسس لمبادرة …".
        "الشريك",
        "الناشط",
        "الناشطة",
        "ناشط",
        "ناشطة",
        "الخبير",
        "الخبيرة",
        "خبير",
        "المحلل",
        "محلل",
        "المحللة",
        "الكاتب",
        "الكاتبة",
        "كاتب",
        "الصحفي",
        "الصحافي",
        "الصحفية",
        "الصحافية",
        "صاحب",
        "صاحبة",
        "الباحث",
        "الباحثة",
        "باحث",
        "الأستاذ",
        "الأستاذة",
        "أستاذ",
        "الدكتور",
        "الدكتورة",
        "البروفيسور",
        "البروفسور",
        "د",
        # "م. الهاشمي": the engineer's title abbreviated, as "د." is the doctor's.
        "م",
        "الطبيب",
        "الطبيبة",
        "المحامي",
        "المحامية",
        "المواطن",
        "المواطنة",
        "الفنان",
        "الفنانة",
        "اللاعب",
        "المدرب",
        "المعارض",
        "المعارضة",
        "الإعلامي",
        "الإعلامية",
        "المعلق",
        "المعلقة",
        "المفكر",
        "الأكاديمي",
        "الأكاديمية",
        "الشاعر",
        "المؤرخ",
        "المهندس",
        "المهندسة",
        "رجل",
        "السيد",
        "السيدة",
        "الحقوقي",
        "الحقوقية",
        "الداعية",
        "المراسل",
        "المراسلة",
        "المذيع",
        "المذيعة",
        "الشاهد",
        "المصور",
        "الطالب",
        "الطالبة",
        "الروائي",
        "المخرج",
        "الممثل",
        "الكابتن",
        "كابتن",
        "المغرد",
        "المغردة",
        "الزائر",
        "الزائرة",
        "المقيم",
        "المقيمة",
        "المدرب",
        "اللاعب",
        "المحاضر",
        # "فلان إداري الفريق": a team's administrator, after his name or before it.
        "الإداري",
        "الاستشاري",
        "الاستشارية",
        "الاختصاصي",
        "الاختصاصية",
        "الأخصائي",
        "الأخصائية",
        "المتخصص",
        "المتخصصة",
        "المختص",
        "المختصة",
        "التاجر",
        "التاجرة",
        "كبير",
        "كبيرة",
        "السناتور",
        "السيناتور",
        "الموظف",
        "الموظفة",
        # "فلان حارس مرمى النادي": a goalkeeper (or a guard) after his name, or before it
        "الحارس",
    )
) | folded(
    # "القيادي في الحركة فلان" opens a name; without the article "قيادي في الحركة" is an
    # unnamed member, so only the definite form is a title.
    "القيادي القيادية"
    # "قال المهاجم الإسباني فلان": a player's position, a singer's or an actor's trade; only
    # with the article ("مطرب شاب" is a young singer, no one named شاب).
    " المهاجم المدافع المطرب المطربة المغني المغنية الممثلة الملاكم الرقيب العريف"
    # "فلان، المحترف في نادي …، …": a professional player, after his name or before it
    " المحترف"
    # "فلان المؤسس المشارك لمجموعة …": a founder after his name (not "المؤسسة", the
    # institution; "مؤسس موقع …" before a name is read with the body it founded)
    " المؤسس"
)
#: Government and institutional bodies: وزارة، الحكومة، الجيش …
BODY_HEADS = folded(
    """
    وزارة الوزارة الحكومة حكومة الرئاسة رئاسة مجلس المجلس الجيش جيش القوات قوات الشرطة شرطة
    مديرية المديرية هيئة الهيئة البرلمان برلمان مكتب المكتب السفارة سفارة الديوان ديوان
    الداخلية الخارجية الدفاع البيت الكرملين الإليزيه البنتاغون قيادة القيادة إدارة الإدارة
    محكمة المحكمة النيابة نيابة الأمن بلدية البلدية أمانة الأمانة إمارة الإمارة سلطات السلطات
    السلطة الشركة شركة منظمة المنظمة جمعية الجمعية حزب الحزب حركة الحركة جماعة الجماعة تنظيم
    التنظيم الجبهة جبهة التحالف تحالف اللجنة لجنة المرصد مرصد الدائرة دائرة المركز مركز جامعة
    الجامعة البنك بنك النقابة نقابة الاتحاد المفوضية مفوضية صندوق الصندوق المؤسسة مؤسسة
    الائتلاف ائتلاف النادي نادي القوى قوى مهرجان المهرجان منتخب المنتخب مستشفى المستشفى
    كلية الكلية مطار المطار ميناء الميناء عمادة العمادة اتحاد رابطة الرابطة غرفة الغرفة جهاز الجهاز
    معهد المعهد الجمارك جمارك خلية الخلية الأجهزة أجهزة أكاديمية الأكاديمية مصرف المصرف قنصلية
    القنصلية منتدى المنتدى البعثة مجمع المجمع المقاومة مقاومة فرع الفرع
    """
)
#: The verb of blaming: "وحمّلت الوزارة الجماعة مسؤولية الهجوم", read as an accusation
#: whose charge opens with "مسؤولية" (a verb only in that frame: "حمل" also carries).
BLAMING = "حمل"
#: Its forms with the one blamed as a pronoun ("ويحمّلها مسؤولية التأخير").
BLAMING_WITH_OBJECT = {
    fold(verb + pronoun): gender
    for verb, gender in (
        ("حمل", "m"),
        ("حملت", "f"),
        ("حملو", "p"),
        ("يحمل", "m"),
        ("تحمل", "f"),
        ("يحملون", "p"),
    )
    for pronoun in ("ه", "ها", "هم", "هما")
}
#: "مسؤولية" in its forms: the charge of a verb of blaming opens with it.
RESPONSIBILITY = folded(
    """
    مسؤولية المسؤولية مسئولية المسئولية مسؤوليته مسؤوليتها مسؤوليتهم مسئوليته مسئوليتها
    مسئوليتهم
    """
)
#: Heads of a group's name that open the accused after an accuser named by a definite word
#: ("واتهمت الوزارة الجماعة بأنها …"): bodies, parties, armed groups and a regime; none of
#: them goes on a name that a definite word has closed.
ACCUSED_HEADS = folded(
    """
    الحكومة حكومة الجماعة جماعة الحركة حركة التنظيم تنظيم الحزب حزب الميليشيات ميليشيات
    الميليشيا ميليشيا المليشيات مليشيات الجبهة جبهة النظام نظام قوات السلطات سلطات
    """
)
#: Ranks of the forces, with the article, which say of an officer his grade and not his post.
RANKS = folded(
    """
    اللواء العميد العقيد المقدم الرائد النقيب الملازم المشير الفريق العماد الركن
    """
)
#: Titles that belong to a state's government when a country is named with them.
STATE_TITLES = folded(
    """
    وزير الوزير وزيرة الوزيرة رئيس الرئيس المتحدث الناطق متحدث ناطق المتحدثة الناطقة سفير
    السفير الملك ولي الأمير أمير قائد اللواء العميد العقيد المشير الفريق العماد مندوب المندوب
    وكيل مستشار المستشار نائب محافظ المحافظ الجنرال قنصل القنصل المبعوث مبعوث سمو معالي فخامة
    والي الوالي
    """
)
#: Anaphors that point to an official or spokesperson named earlier.
OFFICIAL_ANAPHORS = folded(
    """
    المتحدث الناطق المتحدثة الناطقة الوزير الوزيرة السفير المسؤول المسؤولة المصدر المصادر
    المبعوث المندوب المسئول المسئولة المحافظ
    """
)
#: A presenter's title alone before a colon: the host's turn in a transcript, no voice.
HOST_LABELS = folded(
    """
    المذيع المذيعة المقدم المقدمة
    """
)
#: Plural anaphors that point to unnamed officials named earlier ("أعلن مسؤولون أمنيون …
#: وقال المسؤولون").
PLURAL_OFFICIAL_ANAPHORS = folded(
    """
    المسؤولون المسؤولين المسئولون المسئولين
    """
)

#: Common given names: they mark where a name starts after a long title. Names are general
#: knowledge of the language, not a list of people.
GIVEN_NAMES = frozenset(
    fold(w)
    for w in [
        # ("فضل" is also "preferred": "فضل عدم الكشف عن اسمه" is read as a request first)
        "فضل",
        "محمد",
        "أحمد",
        "محمود",
        "مصطفى",
        "علي",
        "حسن",
        "حسين",
        "إبراهيم",
        "خالد",
        "عمر",
        "عثمان",
        "يوسف",
        "سعيد",
        "سعد",
        "سعود",
        "فهد",
        "فيصل",
        "سلمان",
        "سلطان",
        "تركي",
        "ناصر",
        "منصور",
        "ماجد",
        "طارق",
        "سامي",
        "سامر",
        "هاني",
        "هشام",
        "عماد",
        "عادل",
        "عمرو",
        "عمار",
        "ياسر",
        "ياسين",
        "يحيى",
        "يزيد",
        "زياد",
        "رامي",
        "رائد",
        "رياض",
        "نبيل",
        "نبيه",
        "جمال",
        "كمال",
        "أكرم",
        "أنور",
        "أيمن",
        "أسامة",
        "إياد",
        "بسام",
        "بشير",
        "جميل",
        "جورج",
        "حاتم",
        "حازم",
        "حامد",
        "حمد",
        "حمزة",
        "خليل",
        "راشد",
        "رشيد",
        "زكريا",
        "سالم",
        "سليم",
        "سليمان",
        "سمير",
        "شريف",
        "صالح",
        "صلاح",
        "ضياء",
        "طلال",
        "عاطف",
        "عامر",
        "عباس",
        "عدنان",
        "عزيز",
        "عصام",
        "علاء",
        "عماد",
        "غازي",
        "غسان",
        "فادي",
        "فؤاد",
        "فارس",
        "فتحي",
        "فريد",
        "قاسم",
        "كريم",
        "لؤي",
        "مازن",
        "مالك",
        "مجدي",
        "مراد",
        "مروان",
        "مشعل",
        "معاذ",
        "مهند",
        "موسى",
        "ميشال",
        "نادر",
        "نايف",
        "نزار",
        "نواف",
        "هادي",
        "هيثم",
        "وائل",
        "وسام",
        "يونس",
        "إسماعيل",
        "إدريس",
        "أمين",
        "أنس",
        "باسل",
        "توفيق",
        "جعفر",
        "جلال",
        "حسام",
        "حيدر",
        "رضا",
        "زيد",
        "شادي",
        "صابر",
        "صبري",
        "عبدالله",
        "عبدالرحمن",
        "عبدالعزيز",
        "عبدالملك",
        "عيسى",
        "فراس",
        "قيس",
        "لطفي",
        "ماهر",
        "مختار",
        "مصعب",
        "منير",
        "مهدي",
        "نجيب",
        "نضال",
        "هيثم",
        "ولید",
        "يعقوب",
        "بندر",
        "تامر",
        "ثامر",
        "جابر",
        "متعب",
        "مساعد",
        "مشاري",
        "محسن",
        "نجم",
        "نوري",
        "هلال",
        "ميشيل",
        "إيلي",
        "بيار",
        "أنطوان",
        "جان",
        "شارل",
        "ريمون",
        "فاطمة",
        "عائشة",
        "مريم",
        "زينب",
        "خديجة",
        "نور",
        "هدى",
        "سارة",
        "ليلى",
        "منى",
        "رنا",
        "ريم",
        "هالة",
        "هند",
        "سعاد",
        "سلمى",
        "سميرة",
        "نادية",
        "نجلاء",
        "أمل",
        "إيمان",
        "دينا",
        "رشا",
        "سوزان",
        "لينا",
        "مي",
        "ندى",
        "نوال",
        "هبة",
        "وفاء",
        "ياسمين",
        "شيماء",
        "رانيا",
        # First words of compound names ("عز الدين", "محيي الدين", "بهاء الدين").
        "عز",
        "محيي",
        "بهاء",
        "زين",
        "بدر",
        "سيف",
        # More given names that are no common word of news prose (not "صادق", "مقبل", "يسري",
        # "شهد", "سلامة", "رمضان": a verb, an adjective, a month).
        *"""
        مرتضى مجتبى حمدي حمود حميد حمدان ذياب راكان رأفت رضوان زهير زاهر سعدون سهيل شاكر
        شعيب صفوان طه عاصم عائض عدي عقيل علوان عواد غانم فالح فايز قصي مجيد مدحت مسعود
        معتز معن مفلح ميثم هزاع وضاح منذر عطية صقر
        رباب رقية روان ريهام سلوى سناء سهى صفاء عبير عفاف علياء غادة فدوى فوزية لبنى لمياء مها
        منال نادين نسرين نهى هيفاء وداد
        بيير بول جون ديفيد مايكل جيمس روبرت ستيفن بيتر توماس مارك فرانسوا جاك أندرو كريستوفر
        سيرجي سيرغي فلاديمير ألكسندر الكسندر أليكسندر
        إحسان إيمان ابتسام انتصار
        """.split(),
        # Given names of the Gulf and the Levant met after titles ("الدكتور", "اللواء") in
        # news prose, none a common word there (not "صباح", "خميس", "مطلق", "مشيرة", "أشرف":
        # a time, a day, an adjective, a participle, a verb).
        *"""
        أسعد عزام جلوي جديع تميم جمعان مفرج سطام فواز نورة ممدوح ناصيف بريكان زايد مسفر
        مقرن مشاعل ظافر نديم غرم جاسر زيدان موضي هاشم مهنا فيحان شوقي مشبب عصمت جاسم
        شويش مرزوق سرحان حسان مرعي عطالله فوزي طحنون بكري عبيد هذلول سميحان إيهاب عابد نعيم
        فوزان نهيان رشاد شاهر رميح مستور رباح جبران زامل جارالله محيا خضر نصيف علام عواض
        سهيلة عيدروس سدران ميساء غنيم محروس فهمي سفيان معمر حماد برجس رستم ميلود ناهد نافل
        حابس وسيم نادية
        """.split(),
    ]
)

#: Words that end a voice noun phrase when it is read back from a verb (subject-first order).
CLAUSE_BREAKERS = folded(
    """
    خلال عبر أمام عقب أثناء اثناء الذي التي الذين حيث بينما فيما لكن ولكن كما بعد قبل عندما حين
    إذ اذا إذا لو لأن ثم حتى هذا هذه ذلك تلك ما لا لم لن قد وقد فقد كان كانت هو هي هم أنه أنها
    إنه إنها أن إن التى وهو وهي وهم والذي والتي والذين غرد غردت كيف
    بالتعاون بمشاركة بحضور برعاية بمناسبة
    """
) | folded(
    # "ومضى يقول:" (went on saying: the speaker before), "كذلك تحدث عن …" (likewise)
    """
    مضى ومضى مضت ومضت كذلك وكذلك
    """
)

#: Verbs of a figure that open a clause after a leading prepositional voice: "ووفقا لوزارة
#: النقل بلغ عدد الرحلات الملغاة 300" (the ministry, then what it counts), never a voice's word.
FIGURE_VERBS = folded(
    """
    بلغ بلغت وصل وصلت ارتفع ارتفعت انخفض انخفضت تجاوز تجاوزت سجل سجلت تخطى تخطت
    يبلغ تبلغ يعادل تعادل يساوي تساوي يمثل تمثل يشكل تشكل يتجاوز تتجاوز يصل تصل
    """
)
#: A passive's auxiliary, which opens a clause and ends any voice before it: "وبحسب صحيفة
#: الوادي تم إغلاق الطريق" (the paper, then what was done); no name holds it.
PASSIVE_AUXILIARIES = folded("تم تمت يتم تتم سيتم ستتم")

#: "على حسابه في تويتر", "عبر صفحتها على فيسبوك", "على منصة إكس": where a voice wrote, stepped
#: over in the lead.
ACCOUNT_NOUNS = folded(
    """
    حسابه حسابها حسابهم صفحته صفحتها صفحتهم منصة
    """
)
#: Social platforms by name: "على تويتر", "بموقع فيسبوك".
PLATFORMS = folded(
    """
    تويتر فيسبوك إنستغرام انستغرام إنستجرام انستجرام يوتيوب سناب شات إكس اكس تيك توك تلغرام
    تيليغرام تلجرام ثريدز
    """
)
#: The words that may follow such an account noun up to the words written.
ACCOUNT_WORDS = PLATFORMS | folded(
    """
    الشخصي الشخصية الرسمي الرسمية الخاص الخاصة في على ب بموقع موقع بشبكة شبكة فيس بوك للتواصل
    التواصل الاجتماعي منصة بمنصة
    """
)

#: Participles that tie a voice to a body or a place ("وسائل إعلام ليبية تابعة لـX",
#: "الحركة المنضوية في التحالف", "الأحياء الواقعة شرق المدينة"): with the article, a name
#: ends before them.
ATTACHED = folded(
    """
    تابعة التابعة تابع التابع مقربة المقربة مقرب المقرب موالية الموالية موال الموالي محسوبة
    المحسوبة قريبة القريبة المنضوية المنضوي المنتمية المنتمي الواقعة الواقع
    """
)


#: Inflected forms that are far more often other words: علما بأن (noting that), نقلا عن (a
#: prepositional cue of its own), بينا, رأيا (an opinion), نصف (a half, not "we describe").
#: Also أقرا (folded "أقرأ", "I read" or "read!", far more often than "the two admitted"), and
#: عدا ("except", never "the two deemed").
_NOT_CUES = folded(
    """
    علما نقلا بينا رأيا كتبا نصف أقرا
    عدا
    """
)


def _verb_forms() -> dict[str, Cue]:
    forms: dict[str, Cue] = {}

    def add(word: str, cue: Cue) -> None:
        forms.setdefault(fold(word), cue)

    for perfect, imperfect, stance, takes_an, strict in _VERBS:
        lemma = perfect
        base = {"lemma": lemma, "cls": CueClass.VERB, "stance": stance}
        extra = {"takes_an": takes_an, "strict": strict}
        if perfect.endswith("ى"):
            stem = perfect[:-1]
            perfects = {perfect: "m", stem + "ت": "f", stem + "وا": "p", stem + "يا": "p"}
        else:
            perfects = {
                perfect: "m",
                perfect + "ت": "f",
                perfect + "وا": "p",
                perfect + "ا": "p",
                perfect + "تا": "f",
            }
        for word, gender in perfects.items():
            if fold(word) in _NOT_CUES:
                continue
            add(word, Cue(gender=gender, **base, **extra))  # type: ignore[arg-type]
        if not imperfect:
            continue
        stem = imperfect[1:]
        defective = imperfect.endswith(("ي", "ى"))
        plural = imperfect[:-1] + "ون" if defective else imperfect + "ون"
        # "1" marks the first person (نؤكد، أقول): the writer speaks.
        imperfects = {
            imperfect: "m",
            "ت" + stem: "f",
            plural: "p",
            "ن" + stem: "1",
            "أ" + stem: "1",
        }
        for word, gender in imperfects.items():
            if fold(word) in _NOT_CUES:
                continue
            add(word, Cue(gender=gender, **base, **extra))  # type: ignore[arg-type]
    for word, gender in DESCRIBING_WITH_OBJECT.items():
        # (a lemma of its own: the object is the pronoun, so none is looked for after the
        # voice, as after "وصف")
        add(word, Cue(DESCRIBED_IT, CueClass.VERB, Stance.ASSERTS, gender, strict=True))
    for stem, stance in _PARTICIPLES:
        for suffix, gender in (("ا", "m"), ("اً", "m"), ("ة", "f"), ("ين", "p"), ("", "m")):
            if suffix == "" and stem not in ("ناف",):
                continue
            add(stem + suffix, Cue(stem, CueClass.PARTICIPLE, stance, gender))
    return forms


#: Folded surface form (without و/ف) → cue reading.
VERB_CUES: dict[str, Cue] = _verb_forms()


def _accusing_forms() -> dict[str, Cue]:
    """The forms of the verbs of accusing and blaming and of the participle of accusing,
    apart from VERB_CUES: they report only in their own frame (rules._Sentence.read_accusation
    and read_accusing_participle), and elsewhere are common words ("حمل" carries, "متهمين" are
    the accused), so no other reading takes them for a verb of saying."""
    forms: dict[str, Cue] = {}
    for lemma, imperfect, with_object in (
        (ACCUSING, "يتهم", ACCUSING_WITH_OBJECT),
        (BLAMING, "يحمل", BLAMING_WITH_OBJECT),
    ):
        stem = imperfect[1:]
        plain = {lemma: "m", lemma + "ت": "f", lemma + "وا": "p"}
        plain |= {imperfect: "m", "ت" + stem: "f", imperfect + "ون": "p"}
        for word, gender in (*plain.items(), *with_object.items()):
            forms.setdefault(fold(word), Cue(lemma, CueClass.VERB, gender=gender, strict=True))
    # "…، متهما المعارضة بنشر الشائعات": the accused and the charge, read only after a comma
    # with both in it; "ضبط خمسة متهمين" is a noun.
    for suffix, gender in (("ا", "m"), ("اً", "m"), ("ة", "f"), ("ين", "p")):
        forms.setdefault(fold("متهم" + suffix), Cue("متهم", CueClass.PARTICIPLE, gender=gender))
    return forms


#: Folded surface form (without و/ف) → the reading of a verb read only in the accusing frame.
ACCUSING_CUES: dict[str, Cue] = _accusing_forms()


#: Participles of a call, a wish, praise, feeling or refusal that tell, after a comma, what the one
#: speaking did besides saying ("…، داعيا الجهات إلى …", "…، مشيدا بجهود …", "…، سائلا الله
#: أن …"): stems, read with the endings of SPEAKER_ENDINGS. (Not the participles of saying,
#: "مشيرا إلى …", "مشددا على …": what follows them is often a statement of its own.)
SPEAKER_PARTICIPLE_STEMS = (
    "داعي مطالب سائل مشيد مثمن متمني مرحب حاث مناشد مهيب ناصح معرب معبر متسائل مبدي"
    # refusing, condemning, wondering at, congratulating, apologising: "…، رافضا الإفصاح عن
    # اسمه", "…، مستنكرا الهجوم"
    " رافض مستنكر مستغرب مهنئ معتذر"
).split()
#: The endings of the accusative that sets such a participle off as the speaker's (masculine,
#: feminine, plural): its number, against the gender the cue's verb shows.
SPEAKER_ENDINGS = {"ا": "m", "ه": "f", "ين": "p"}
SPEAKER_PARTICIPLES: dict[str, str] = {
    fold(stem) + ending: number
    for stem in SPEAKER_PARTICIPLE_STEMS
    for ending, number in SPEAKER_ENDINGS.items()
}
#: The participle of offering ("…، مقدما شكره للمشاركين", "…، مقدمة التعازي لأسر …"), read as
#: the speaker's act only before a word of thanks, condolence or congratulation (THANKS_WORDS):
#: "…، مقدمة له عرضا" is the content's own subject offering something.
OFFERING_PARTICIPLES: dict[str, str] = {
    fold("مقدم") + ending: number for ending, number in SPEAKER_ENDINGS.items()
}
THANKS_WORDS = frozenset(
    fold(w)
    for w in """
    شكر شكره شكرها شكرهم الشكر تعازيه تعازيها التعازي تهنئته تهنئتها التهنئة تهاني تهانيه
    تهانيها التهاني أحر أسمى خالص
    """.split()
)
