"""Arabic word lists used outside the extractor: matching keys, negation, state titles."""

from __future__ import annotations

from ..base import Words, folded
from .proclitics import drop_conjunction, strip_article

STOPWORDS = folded(
    """
    في من الى إلى على عن مع ان أن إن بأن لان لأن انه أنه إنه انها أنها إنها هو هي هم هذا هذه ذلك
    تلك التي الذي الذين التى ما لا لم لن قد كان كانت يكون تكون بين حول بعد قبل خلال عند حتى او
    أو ثم كما وقد وكان كل بعض غير اي أي ولا وان وأن وإن ومن وفي وعلى والى وإلى الا إلا اذا إذا
    منذ لدى نحو فقط ايضا أيضا قال قالت وقال وقالت ذكر ذكرت أكد أكدت اليوم أمس امس
    """
)


def content_word(word: str) -> str:
    """The matching key of one folded Arabic word, or "" for a function word.

    Drops a leading conjunction و/ف, the article, and a preposition ب/ل before a long word:
    "والزياره" → "زياره", "لقايد" → "قايد".
    """
    if word in STOPWORDS:
        return ""
    bare = word
    if bare[1:] not in STOPWORDS:
        bare = drop_conjunction(bare, min_length=4)
    bare = strip_article(bare)
    if len(bare) > 4 and bare[0] in "بل":
        bare = strip_article(bare[1:]) if bare[1:3] == "ال" else bare[1:]
    if bare in STOPWORDS or len(bare) < 2:
        return ""
    return bare


WORDS = Words(
    stopwords=STOPWORDS,
    negations=folded("لا لم لن ليس ليست"),
    denial_frame=frozenset(
        key
        for key in map(
            content_word,
            folded("صحة الأنباء التقارير الأخبار المعلومات تردد وجود الشائعات الرواية حول قيام"),
        )
        if key
    ),
    source_heads=folded(
        """
        صحيفة جريدة مجلة قناة موقع إذاعة تلفزيون شبكة وكالة بوابة نشرة الصحيفة الجريدة الوكالة
        القناة الموقع منظمة
        """
    ),
    state_titles=folded(
        """
        وزير الوزير وزيرة الوزيرة وزارة الوزارة رئيس الرئيس رئاسة الرئاسة الحكومة حكومة المتحدث
        الناطق متحدث ناطق سفير السفير سفارة السفارة الملك ولي الأمير أمير الجيش جيش القوات قوات
        الشرطة اللواء العميد العقيد المشير العماد مندوب المندوب وكيل مستشار المستشار نائب محافظ
        المحافظ قنصل القنصل السلطات الداخلية الخارجية الدفاع البرلمان مجلس الكرملين البيت
        الإليزيه البنتاغون
        """
    ),
    unnamed="مجهول",
)
