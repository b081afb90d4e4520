"""Arabic reports missed on SaudiNewsNet days (issue 11, round 43, recall).

Patterns read in sentences with a reporting word but no attribution on 2015-07-25 and
2015-07-31, each counted over the 31,030 records first, then read on 2015-08-04. Every
example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_a_colon_closes_a_long_occasion_before_the_words_said(read):
    """ "وقال الوزير فلان في تصريح صحفي بمناسبة صدور القرار القاضي بتكليف …: «…»": an
    occasion too long for the lead's word-by-word walk ends at a colon as it ends at a comma
    before "أن"; the words after the colon are the voice's (also after an aside between
    commas and an occasion, "وقال فلان، الذي …، بعد حصوله على …: «…»")."""
    result = read(
        "وقال وزير النقل ماجد الحربي في تصريح صحفي بمناسبة صدور القرار القاضي بتكليف "
        "الهيئة العامة للموانئ بإدارة وتشغيل الرصيف الشمالي الجديد: «إن هذا التكليف "
        "يضاعف مسؤوليتنا». "
        "وقال رئيس الرابطة سامي الدوسري، الذي انتخب لدورة ثانية أمس، بعد حصوله على "
        "أربعمئة صوت مقابل مئتين لمنافسه فهد العلي: «سنبدأ بتحديث لائحة العضوية»."
    )
    assert _voices(result) == ["ماجد الحربي", "سامي الدوسري"]
    assert _contents(result) == [
        "إن هذا التكليف يضاعف مسؤوليتنا",
        "سنبدأ بتحديث لائحة العضوية",
    ]


def test_an_occasion_leads_a_strict_verb_to_its_content(read):
    """ "وبين الشيخ فلان في خطبة الجمعة بجامع …، أن …", "وتوقع المحلل فلان خلال حديثه …، أن
    …": a verb that is also a common word ("بين" is also "between") takes the words after an
    occasion that opens its lead and a comma before "أن" closes; with no subject it is the
    speaker's before. Not when the verb stands after a noun ("الفرق بين …"), nor when the
    comma opens a cause ("، لأن …")."""
    result = read(
        "أكد الداعية الشيخ ماجد الحربي أن الصدق أساس التعامل. "
        "وبين في خطبة الجمعة اليوم بالجامع الكبير في البلدة ، أن الغش يهدم الثقة بين الناس. "
        "وتوقع المحلل المالي سامي الدوسري خلال حديثه في ندوة الغرفة التجارية، أن تنخفض "
        "أسعار الحديد. "
        "ويبقى الفرق بين المدينة في الصيف والشتاء، أن شوارعها تزدحم بالزوار. "
        "وتابع الفريق في معسكره الخارجي تدريباته، لأن المباراة الأولى قريبة."
    )
    assert _voices(result) == ["ماجد الحربي", "ماجد الحربي", "سامي الدوسري"]
    assert _contents(result) == [
        "الصدق أساس التعامل",
        "الغش يهدم الثقة بين الناس",
        "تنخفض أسعار الحديد",
    ]


def test_going_on_with_a_colon_or_quotation_is_more_words_said(read):
    """ "وواصل: «…»", "وواصلت "…"": "he went on" with the words right after it is the
    speaker before going on; "واصل الفريق تدريباته" (goes on doing) and a quoted list of
    names after it ("وواصل الرباعي «…» أداء برامجهم") say nothing."""
    result = read(
        "قال مدرب المنتخب فهد العلي إن الإعداد يسير وفق الخطة. "
        "وواصل: «لدينا عناصر شابة قادرة على المنافسة». "
        "وقالت رئيسة اللجنة سلمى الراشد إن التسجيل يبدأ غدا. "
        'وواصلت "سنعلن الأسماء المقبولة نهاية الشهر". '
        "وواصل الفريق تدريباته في الصالة المغلقة. "
        "وواصل الثلاثي «سالم الحربي، ماجد الدوسري، سامي العتيبي» برامجهم العلاجية."
    )
    assert _voices(result) == ["فهد العلي", "فهد العلي", "سلمى الراشد", "سلمى الراشد"]
    assert _contents(result)[1::2] == [
        "لدينا عناصر شابة قادرة على المنافسة",
        "سنعلن الأسماء المقبولة نهاية الشهر",
    ]
