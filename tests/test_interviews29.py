"""Issue 11, round 29: the answers of a question-and-answer interview are the guest's words.

A paper prints its talk with a guest as a lead ("أكد فلان في حوار مع «الوادي» أن …") and
then lines of questions ("* …؟") each followed by an answer ("- …"). The answers are the
guest's statements, not the paper's own; the questions are the paper's and claim nothing.
Where the lead does not name the guest plainly, the answers stay as they were.

Every example is made up.
"""

from __future__ import annotations

from tracker import Registry, analyse_article
from tracker.models import ArticleResult, QuoteKind
from tracker.readers import parse_article

_REGISTRY = Registry.load()

_LEAD = (
    "أكد رئيس نادي الساحل الرياضي سليمان بن راشد الحمدان في حوار مع «الوادي» أن فريقه"
    " سيبدأ الموسم المقبل بقائمة شابة تماما.\n"
)
_QUESTIONS_AND_ANSWERS = (
    "* كيف تقيم الموسم الذي انتهى قبل أسابيع؟\n"
    "- كان موسما صعبا علينا، فقد خسرنا أربعة لاعبين أساسيين بسبب الإصابات في الدور الأول.\n"
    "* ألا ترى أن الإدارة تأخرت في التعاقد مع مدرب جديد للفريق؟\n"
    "- وقعنا مع المدرب الجديد قبل بدء المعسكر بعشرين يوما وهذا وقت كاف للإعداد.\n"
    "* ماذا عن ديون النادي المتراكمة منذ سنوات؟\n"
    "- سددنا نصف الديون من عقد الرعاية الجديد وسنغلق الباقي قبل نهاية العام المالي.\n"
)


def _read(text: str) -> ArticleResult:
    return analyse_article(parse_article(text, "made-up.txt", publisher="الوادي"), _REGISTRY)


def test_answers_are_the_guests_words() -> None:
    """Each answer's statement is the guest's, quoted, with the answer's mark as its cue;
    no answer is a statement in the paper's own voice."""
    result = _read(_LEAD + _QUESTIONS_AND_ANSWERS)
    answers = [a for a in result.attributions if a.cue == "-"]
    assert [a.source.name for a in answers] == ["سليمان بن راشد الحمدان"] * 3
    assert all(a.quote is QuoteKind.DIRECT for a in answers)
    assert answers[1].content.startswith("وقعنا مع المدرب الجديد")
    assert result.statements == ()


def test_questions_are_no_claims() -> None:
    """A question line is the paper's: no voice is read in it ("ألا ترى أن …؟")."""
    result = _read(_LEAD + _QUESTIONS_AND_ANSWERS)
    text = result.article.text
    asked = [line for line in text.splitlines() if line.startswith("*")]
    assert not any(a.content in line for a in result.attributions for line in asked)


def test_no_guest_named_leaves_the_answers() -> None:
    """With no one named in the lead as the guest, the answers stay the paper's own."""
    lead = "تحدثنا إلى عدد من المسؤولين في النادي عن خطط الموسم المقبل.\n"
    result = _read(lead + _QUESTIONS_AND_ANSWERS)
    assert not [a for a in result.attributions if a.cue == "-"]
    assert len(result.statements) >= 3


def test_a_lead_in_to_the_questions_is_no_second_voice() -> None:
    """A line closing the lead that takes the first question as its content ("… بين سطور
    الحوار التالي: …") is no voice of the lead: the guest still gets the answers, and that
    reading goes."""
    lead = (
        "كشف مدير مستشفى الوادي العام الدكتور ماجد سالم العتيبي أن المستشفى سيفتتح جناحا"
        " جديدا للأطفال قبل نهاية العام.\n"
        "هذه الملفات وغيرها تجدونها بين سطور الحوار التالي:\n"
    )
    result = _read(lead + _QUESTIONS_AND_ANSWERS)
    voices = {a.source.name for a in result.attributions}
    assert voices == {"ماجد سالم العتيبي"}
    assert len([a for a in result.attributions if a.cue == "-"]) == 3
