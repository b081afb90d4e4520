"""Issue 13, round 27: false corroborations read claim by claim in two windows of three days.

Each test pins one general cause of a claim called corroborated when one origin stands behind
it, or of the voice misread that made it so.

Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

from test_link20 import _record, _report, _shared_status

from tracker.models import Status


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def test_a_statement_issued_by_a_body_is_its_words_not_the_last_speakers(read) -> None:
    """ "وأضافت في بيان أصدرته هيئة الموانئ أن …": a verb with no subject, said in a statement
    whose issuer is named, is the issuer's (not the unnamed sources heard before)."""
    for occasion in (
        "في بيان أصدرته هيئة الموانئ مساء اليوم",
        "في بيان صادر عن هيئة الموانئ",
        "في بيان صادر عن هيئة الموانئ بثته الوكالة الرسمية",
    ):
        result = read(
            "وكشفت مصادر في صفوف المسلحين أن قادة الجماعة غادروا المدينة الساحلية ليلا."
            f" وأضافت {occasion} أن السفن التجارية عادت إلى الرسو في الأرصفة كلها."
        )
        assert _voices(result) == ["مصادر في صفوف المسلحين", "هيئة الموانئ"]


def test_a_statement_of_his_own_or_a_medium_told_keeps_the_speaker(read) -> None:
    """ "في بيان صادر عن مكتبه", "عن دائرة إعلامها", "في تقرير نشرته صحيفة …": no other
    issuer."""
    result = read(
        "قال الوزير سالم الفارس إن قادة الجماعة غادروا المدينة. وأكد في بيان صادر عن"
        " مكتبه أمس أن العصابات باتت تتراجع في كل الجبهات. وأضاف في تقرير نشرته صحيفة"
        " الوادي أن الحرب توشك على نهايتها."
    )
    assert _voices(result) == ["سالم الفارس"] * 3
    result = read(
        "وأعربت الحكومة الساحلية عن إدانتها للهجوم. وشددت في بيان صادر عن دائرة إعلامها على"
        " أن البلدين يقفان معا في مواجهة الجماعات المسلحة."
    )
    assert _voices(result)[-1] == "الحكومة الساحلية"


def test_a_municipality_and_its_mayor_are_their_states_bodies(tmp_path: Path) -> None:
    """ "أمانة الوادي" and "أمين أمانة المنطقة الساحلية فلان" (a city's and a region's
    municipality, and a head) are the home state's, as a governor is: a mayor and a
    municipality quoted in two papers on one rule are one origin."""
    report = _report(
        tmp_path,
        _record(
            "aleqtisadiya",
            "قال أمين أمانة المنطقة الساحلية المهندس سالم الفارس إن عقود الاستثمار الجديدة"
            " في الواجهة البحرية ستلزم المستثمرين بترك ممر مفتوح للعامة.",
        ),
        _record(
            "alriyadh",
            "وأوضحت أمانة الوادي أن المستثمرين في الواجهة البحرية ستلزمهم عقود الاستثمار"
            " الجديدة بممر مفتوح للعامة.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_a_general_secretariat_is_no_municipality(read) -> None:
    """ "الأمانة العامة لمجلس …" (of a league or a council) serves no state."""
    result = read("وأكدت الأمانة العامة لمجلس الوادي أن الاجتماع المقبل يعقد في الخريف.")
    assert [a.origin.group for a in result.attributions] != ["state:SA"]


def test_an_honorific_before_a_name_does_not_hide_the_office_after_it(read) -> None:
    """ "المهندس فلان وزير النقل" and "المهندس فلان، وزير النقل،" are the home state's
    minister, as "وزير النقل المهندس فلان" is (not a private person beside his ministry)."""
    for voice in ("المهندس سالم الفارس وزير النقل", "المهندس سالم الفارس، وزير النقل،"):
        result = read(f"وقال {voice} إن الطريق الساحلي يفتح أمام الشاحنات مطلع الشهر المقبل.")
        assert [(a.source.name, a.origin.group) for a in result.attributions] == [
            ("سالم الفارس", "state:SA")
        ]


def test_an_honorific_before_a_scholar_keeps_him_a_person(read) -> None:
    """ "الدكتور فلان، أستاذ الاقتصاد في جامعة …،": a scholar serves no state."""
    result = read(
        "وقال الدكتور سالم الفارس، أستاذ الاقتصاد في جامعة الساحل، إن الأسعار ترتفع في الصيف."
    )
    assert [a.origin.group for a in result.attributions] != ["state:SA"]


def test_a_ministrys_branch_is_a_body_of_the_state(tmp_path: Path) -> None:
    """ "فرع الوزارة بتبوك" is a body (the ministry's branch in a region), not a person called
    فرع: beside the branch's own spokesman quoted in another paper, one origin."""
    report = _report(
        tmp_path,
        _record(
            "sabq",
            "استنكر فرع وزارة الأوقاف بتبوك حادث الحريق الذي شهده السوق أمس. وأوضح فرع الوزارة"
            " بتبوك أنه تم التعميم الآن على جميع الخطباء بتخصيص خطبة الجمعة للحديث عن حادث"
            " الحريق الذي شهده السوق.",
        ),
        _record(
            "okaz",
            "وكشف المتحدث الإعلامي لفرع وزارة الأوقاف في تبوك سالم الحكمي أن الفرع عمم على"
            " الخطباء تخصيص خطبة الجمعة للحديث عن حادث حريق السوق.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_medics_and_medical_sources_are_one_unnamed_voice(tmp_path: Path) -> None:
    """ "قال مسعفون" in a paper and "قالت مصادر طبية" in a wire's dispatch, for one toll, are
    most likely one dispatch rewritten: the paper is no second origin."""
    report = _report(
        tmp_path,
        _record(
            "okaz",
            "درنة - رويترز: قالت مصادر طبية إن ثلاثة جنود قتلوا وأصيب اثنا عشر آخرون بجروح"
            " أمس في اشتباكات عنيفة بين قوات الحكومة ومقاتلين متشددين وسط المدينة الساحلية.",
        ),
        _record(
            "aljazirah",
            "وفي تطور آخر ذكر مسعفون أن ثلاثة جنود قتلوا وأصيب اثنا عشر في قتال بين قوات"
            " الحكومة ومقاتلين في وسط المدينة الساحلية.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED
