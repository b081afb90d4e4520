"""A denial and an assertion in one content (round 56, deny56).

"نفى فلان صحة ما تردد عن …، وأن …": the voice calls one thing untrue and holds another true
in one breath; the two parts are two attributions of the one cue, a denial and an assertion,
each with its own span. Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from tracker.models import Stance


def _said(result) -> list[tuple[str, str, Stance]]:
    return [(a.source.name, a.content, a.stance) for a in result.attributions]


def test_a_denial_then_what_the_voice_holds_true_is_two_attributions(read):
    """ "نفى … صحة ما تردد عن …، وأن السوق يعمل …", "أنه لا صحة لـ …، وأن الهيئة ستعلن …":
    the part after "، وأن" and a definite noun is asserted, the part before denied."""
    result = read(
        "ونفى المتحدث باسم البلدية فهد السالم صحة ما تردد عن إغلاق السوق المركزي، وأن السوق"
        " يعمل كالمعتاد."
    )
    assert _said(result) == [
        ("فهد السالم", "صحة ما تردد عن إغلاق السوق المركزي", Stance.DENIES),
        ("فهد السالم", "السوق يعمل كالمعتاد", Stance.ASSERTS),
    ]
    result = read(
        "وأوضح المتحدث باسم الهيئة سالم الزهراني أنه لا صحة لإيقاف التوظيف في الفروع، وأن"
        " الهيئة ستعلن وظائف جديدة الشهر المقبل."
    )
    assert _said(result) == [
        ("سالم الزهراني", "لا صحة لإيقاف التوظيف في الفروع", Stance.DENIES),
        ("سالم الزهراني", "الهيئة ستعلن وظائف جديدة الشهر المقبل", Stance.ASSERTS),
    ]
    result = read(
        "وأكد مدير الفرع نادر العلي أن لا صحة لنقل الموظفين إلى المدينة، وأن الفرع باق في مكانه."
    )
    assert _said(result) == [
        ("نادر العلي", "لا صحة لنقل الموظفين إلى المدينة", Stance.DENIES),
        ("نادر العلي", "الفرع باق في مكانه", Stance.ASSERTS),
    ]


def test_a_report_called_untrue_then_an_assertion_is_a_denial_and_an_assertion(read):
    """ "قال إن الأنباء عن … غير صحيحة، وأن المجلس سيجتمع …": an asserting cue whose content
    names a report and calls it untrue, then goes on: the first part denies."""
    result = read(
        "وقال مدير النادي خالد العتيبي إن الأنباء عن استقالته غير صحيحة، وأن المجلس سيجتمع"
        " الأحد المقبل."
    )
    assert _said(result) == [
        ("خالد العتيبي", "الأنباء عن استقالته غير صحيحة", Stance.DENIES),
        ("خالد العتيبي", "المجلس سيجتمع الأحد المقبل", Stance.ASSERTS),
    ]


def test_what_is_true_after_a_denial_in_a_quotation_is_asserted(read):
    """ "«لا صحة لما نشر عن …، والصحيح أن …»", "لا صحة لـ …، بل إن …": the words after
    "والصحيح أن" or "بل إن" are the voice's assertion."""
    result = read(
        "وقال المتحدث باسم الوزارة ماجد الحربي: «لا صحة لما نشر عن رفع الرسوم، والصحيح أن"
        " الرسوم باقية كما هي»."
    )
    assert _said(result) == [
        ("ماجد الحربي", "لا صحة لما نشر عن رفع الرسوم", Stance.DENIES),
        ("ماجد الحربي", "الرسوم باقية كما هي", Stance.ASSERTS),
    ]
    result = read(
        "وقال مدير المصنع عادل الشمري إنه لا صحة لإغلاق المصنع، بل إن المصنع سيتوسع العام المقبل."
    )
    assert _said(result) == [
        ("عادل الشمري", "لا صحة لإغلاق المصنع", Stance.DENIES),
        ("عادل الشمري", "المصنع سيتوسع العام المقبل", Stance.ASSERTS),
    ]


def test_a_second_clause_that_goes_on_denying_stays_in_the_denial(read):
    """ "نفى صحة ما تردد عن …، وأن الشركة لم تغلق أي فرع": a negation in the second clause's
    first words makes it more of the denial; "، وأن يشرف …" (a verb after a bare "وأن") is the
    subjunctive of the denied report; and after a denied "أن" clause a "وأن" clause is a second
    thing denied. Each stays one denial; the same denial going on with an assertion splits."""
    text = "ونفت الشركة صحة ما تردد عن إغلاق فروعها في المنطقة، وأن الشركة افتتحت فرعا جديدا."
    assert [stance for _, _, stance in _said(read(text))] == [Stance.DENIES, Stance.ASSERTS]
    text = "ونفت الشركة صحة ما تردد عن إغلاق فروعها في المنطقة، وأن الشركة لم تغلق أي فرع."
    assert _said(read(text)) == [
        (
            "الشركة",
            "صحة ما تردد عن إغلاق فروعها في المنطقة، وأن الشركة لم تغلق أي فرع",
            Stance.DENIES,
        )
    ]
    text = "ونفى مسؤولو النادي أن المدرب طلب عشرة ملايين في عقده، وأن يشرف على الفريق الأول."
    assert [stance for _, _, stance in _said(read(text))] == [Stance.DENIES]
    text = "ونفى مسؤولو النادي أن المدرب طلب عشرة ملايين في عقده، وأن الإدارة وافقت على طلبه."
    assert [stance for _, _, stance in _said(read(text))] == [Stance.DENIES]


def test_the_participle_of_affirming_after_a_denial_is_a_cue_of_its_own(read):
    """ "نفى … ما تم تداوله حول «…» …، مؤكدا حفظ حقوق …", "إنه لا صحة لـ …، مؤكداً توفر …":
    the participle and the noun phrase after it are an assertion with the participle as its
    cue; past an aside ("مؤكدا في حديث للإذاعة أن …"), what follows the complementiser."""
    result = read(
        "ونفى مجلس الحي ما تم تداوله حول «عمليات هدم» للمنازل القديمة، مؤكدًا حفظ حقوق"
        " السكان وتعويضهم."
    )
    assert [(a.cue, a.content, a.stance) for a in result.attributions] == [
        ("نفى", "ما تم تداوله حول «عمليات هدم» للمنازل القديمة", Stance.DENIES),
        ("مؤكدًا", "حفظ حقوق السكان وتعويضهم", Stance.ASSERTS),
    ]
    result = read(
        "وقال مدير التعليم سامي الغامدي إنه لا صحة لما يشاع عن نقص المقاعد في المدارس،"
        " مؤكداً توفر أكثر من ألفي مقعد."
    )
    assert _said(result) == [
        ("سامي الغامدي", "لا صحة لما يشاع عن نقص المقاعد في المدارس", Stance.DENIES),
        ("سامي الغامدي", "توفر أكثر من ألفي مقعد", Stance.ASSERTS),
    ]
    result = read(
        "ونفى مدير المستشفى وليد الحارثي أن تكون الأرقام المتداولة صحيحة، مؤكدًا في حديث"
        " للإذاعة أن الموقع الرسمي هو المرجع الوحيد."
    )
    assert _said(result) == [
        ("وليد الحارثي", "تكون الأرقام المتداولة صحيحة", Stance.DENIES),
        ("وليد الحارثي", "الموقع الرسمي هو المرجع الوحيد", Stance.ASSERTS),
    ]
