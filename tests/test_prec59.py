"""One speaker is one voice: a post set off by dashes after its holder (round 59).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _voices(result):
    return [a.source.name for a in result.attributions]


_DASHED = (
    "وفي خبر آخر نفى وزير الري الجنوبي- تأجيل افتتاح السد الجديد. وكانت مصادر محلية قد "
    "أشارت إلى أن العمل متوقف منذ شهرين. وفي السياق ذاته، نفى منصور الهاشمي -وزير الري "
    "الجنوبي- تأجيل افتتاح السد، مؤكدا أن الموعد باق كما أعلن."
)


def test_a_post_set_off_by_dashes_is_the_man_before_it(read):
    """ "نفى فلان -وزير الري الجنوبي- …": the post between dashes after a name is his, so the
    same post denying alone earlier in the article is that man, not a second denier."""
    result = read(_DASHED)
    deniers = {a.source.name for a in result.attributions if a.stance.value == "denies"}
    assert deniers == {"منصور الهاشمي"}


def test_a_post_after_a_name_and_one_dash(read):
    """ "أكد فلان- الأمين العام للرابطة- أن …": a dash right after the name sets the post off
    like a comma, and the post speaking later is the same man."""
    result = read(
        "أكد سعيد الجابري- الأمين العام لرابطة الصيادين- أن الموسم بدأ مبكرا هذا العام. "
        "وأضاف الأمين العام لرابطة الصيادين أن الأسعار ستنخفض."
    )
    assert set(_voices(result)) == {"سعيد الجابري"}


def test_a_deputy_post_named_later_is_that_man(read):
    """ "نائب رئيس الهيئة" speaking first is the one man the article names later with the very
    deputy post: the deputy of a post one man holds is one man too."""
    result = read(
        "وأكد نائب رئيس هيئة الموانئ الشمالية أن الرصيف الجديد يفتح الشهر المقبل. "
        "وكان منصور الهاشمي، نائب رئيس هيئة الموانئ الشمالية، قد زار الموقع أمس، "
        "وقال إن نسبة الإنجاز بلغت تسعين في المئة."
    )
    assert set(_voices(result)) == {"منصور الهاشمي"}
