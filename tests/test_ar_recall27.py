"""Arabic reports missed on SaudiNewsNet days (issue 11, round 27, recall).

Found by reading sentences with a reporting word that gave no attribution (2015-07-24 and
2015-08-06), then reading what each new rule changed on whole days. Every example is made up;
each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_a_records_author_before_a_comma_speaks_in_it(read):
    """ "في بيان أصدره فلان، قال فيه إن …", "خطاب للأمين العام فلان، قال فيه …", "كلمة الأستاذ
    فلان، أشار فيها إلى …", "تصريحا منسوبا لفلان، قال فيه …": the record's author speaks
    through it, also when a comma stands between the record and the verb."""
    result = read(
        "جاء ذلك في بيان أصدره رئيس الاتحاد المهندس نواف الزهراني، قال فيه إن الموسم "
        "يبدأ في سبتمبر. "
        "ويستند الناشطون إلى خطاب للأمين العام للحركة سالم العتيبي، قال فيه «لن نترك "
        "الميدان». "
        "ثم ألقيت قصيدة، أعقبتها كلمة الأستاذ فهد القرني، أشار فيها إلى أن التبرعات "
        "تضاعفت. "
        "ونقلت الصحف تصريحا منسوبا لماجد الشهري مدير الميناء، قال فيه إن السفن تأخرت."
    )
    assert _voices(result) == ["نواف الزهراني", "سالم العتيبي", "فهد القرني", "ماجد الشهري"]
    assert _contents(result) == [
        "الموسم يبدأ في سبتمبر",
        "لن نترك الميدان",
        "التبرعات تضاعفت",
        "السفن تأخرت",
    ]


def test_no_author_from_a_printer_or_an_issued_object(read):
    """Guard: "بيان نشرته الصحيفة، قال فيه" names who printed it, not who wrote it; in "أعدت
    الدوريات تقريرا فنيا، أكدت فيه" the record is the object and its adjective no author."""
    result = read(
        "وفي بيان نشرته صحيفة الساحل، قال فيه إن المدارس تفتح غدا. "
        "وأعدت دوريات السلامة تقريرا فنيا، أكدت فيه أن السقالة سقطت."
    )
    assert "الساحل" not in _voices(result)
    assert "فنيا" not in _voices(result)


def test_experts_of_a_field_are_an_unnamed_group(read):
    """ "خبراء الاقتصاد أكدوا …", "ويتوقع خبراء الطقس أن …", "وبحسب خبراء الأرصاد ترتفع …":
    experts in construct with a definite field are an unnamed group, as "سكان الحي" are; a
    credit of them with no comma ends before the clause it credits."""
    result = read(
        "خبراء الاقتصاد والتجارة أكدوا لـ«الساحل» أن الجسر الجديد سيخفض أسعار الشحن. "
        "ويتوقع خبراء الطقس أن تنخفض الحرارة في الشمال. "
        "وبحسب خبراء الأرصاد ترتفع فرصة هطول الأمطار على المرتفعات."
    )
    assert _voices(result) == ["خبراء الاقتصاد والتجارة", "خبراء الطقس", "خبراء الأرصاد"]
    assert _contents(result) == [
        "الجسر الجديد سيخفض أسعار الشحن",
        "تنخفض الحرارة في الشمال",
        "ترتفع فرصة هطول الأمطار على المرتفعات",
    ]
    assert {a.source.kind.value for a in result.attributions} == {"anonymous"}


def test_a_verbal_noun_object_after_a_comma_or_the_medium_told(read):
    """ "أكد القنصل فلان، مغادرة جميع …", "أكد الناشط فلان لـ«الساحل» انتقال …": a comma or
    the medium told between the subject and the derived verbal noun it announced."""
    result = read(
        "أكد القنصل في مدينة الشمال سامر العتيبي، مغادرة جميع المصابين المستشفى بعد العلاج. "
        "وأكد الناشط فهد القرني لـ«الساحل» انتقال المتطوعين من القرى إلى المدينة."
    )
    assert _voices(result) == ["سامر العتيبي", "فهد القرني"]
    assert _contents(result) == [
        "مغادرة جميع المصابين المستشفى بعد العلاج",
        "انتقال المتطوعين من القرى إلى المدينة",
    ]


def test_no_verbal_noun_object_past_a_body_in_apposition_or_a_time_clause(read):
    """Guard: "أعلنت جبهة …، تنظيم الحركة في …، أنها …" names the body again (تنظيم is its
    head, not an act), and "بعد استعادة …" is when, not what was announced."""
    result = read(
        "أعلنت جبهة الوادي، تنظيم الحركة في الشمال، أمس أنها خطفت خمسة مقاتلين. "
        "كما أعلنت الحكومة بعد استعادة المدينة أنها ستنقل مقرها إليها."
    )
    assert _contents(result) == ["خطفت خمسة مقاتلين", "ستنقل مقرها إليها"]


def test_a_long_occasion_after_the_day_he_spoke(read):
    """ "وقال الرئيس الأربعاء خلال استقباله … تعمل في …، ان …": the day between the subject
    and a long occasion does not stop the occasion from being stepped over up to its comma
    (and "ان" without a hamza then opens the words, as "إن" does)."""
    result = read(
        "وقال الرئيس الأربعاء خلال استقباله في القصر وفودا ورجال أعمال ومنظمات أهلية تعمل في "
        'الجنوب، ان "الجنوب مكان واعد للاستثمار".'
    )
    assert _voices(result) == ["الرئيس"]
    assert _contents(result) == ["الجنوب مكان واعد للاستثمار"]


def test_in_addition_to_inside_a_long_occasion_is_no_report(read):
    """ "وقال فلان خلال اجتماعه بمديري … إضافة إلى …، في …، إن …": "إضافة إلى" (in addition
    to) inside the occasion is no second report that would stop it at its comma."""
    result = read(
        "وقال الدكتور الحربي خلال اجتماعه بمديري مدارس تبوك، وحائل، والجوف إضافة إلى "
        "القريات، في إحدى مدارس الشمال، إن الدراسة ستبدأ في موعدها."
    )
    assert _voices(result) == ["الدكتور الحربي"]
    assert _contents(result) == ["الدراسة ستبدأ في موعدها"]
