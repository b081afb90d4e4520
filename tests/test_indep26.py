"""Issue 13, round 26: false corroborations read claim by claim in two windows of three days.

Each test pins one general cause of a claim called corroborated when one text stands behind
it: a wire's sentence that a second desk printed with a new opening or a new close.

Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

from test_link20 import _record, _report, _shared_status

from tracker.models import Status


def test_a_wire_sentence_reprinted_with_a_new_opening_is_one_text(tmp_path: Path) -> None:
    """Two agencies' datelines over one sentence whose opening and close a desk rewrote,
    fifteen words in a row unchanged in the middle: one text, so one origin."""
    report = _report(
        tmp_path,
        _record(
            "alwatan",
            "عمان - رويترز: تراجعت أسعار حديد التسليح في الأسواق المحلية أمس بعد أن خفضت"
            " المصانع الكبرى إنتاجها بنسبة كبيرة في ظل ضعف الطلب من شركات البناء الصغيرة"
            " في المدن الساحلية.",
        ),
        _record(
            "okaz",
            "عمان - د ب أ: هبطت أسعار حديد التسليح للمرة الثالثة هذا الشهر بعد أن خفضت"
            " المصانع الكبرى إنتاجها بنسبة كبيرة في ظل ضعف الطلب من شركات البناء الصغيرة"
            " مع اقتراب فصل الشتاء.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_a_credit_before_a_clause_of_the_writers_credits_the_clause_before(read) -> None:
    """ "قتل ثلاثون، بحسب مصادر طبية في المدينة، فيما يعد من أعنف الهجمات": the sources
    gave the toll; what follows فيما, بينما, في حين or في ما is the writer's own judgment."""
    for opener in ("فيما", "في ما", "في حين", "بينما"):
        result = read(
            "وأسفر الانفجار عن مقتل نحو ثلاثين شخصا بحسب مصادر طبية وشهود عيان في"
            f" المدينة، {opener} يعد من أعنف الهجمات التي تشهدها المنطقة منذ سنوات."
        )
        assert [a.content for a in result.attributions] == [
            "وأسفر الانفجار عن مقتل نحو ثلاثين شخصا"
        ]


def test_an_officer_in_a_states_army_joined_by_ba_is_that_states(tmp_path: Path) -> None:
    """ "النقيب بالجيش العراقي فلان" is an officer of the Iraqi state, as "النقيب في الجيش
    العراقي" is: beside Iraqi security sources, one origin."""
    report = _report(
        tmp_path,
        _record(
            "alwatan",
            "وقال النقيب بالجيش العراقي سالم الكعبي إن التنظيم واصل تقدمه داخل أحياء مدينة"
            " بيجي خلال الساعات الماضية رغم الغارات.",
        ),
        _record(
            "okaz",
            "وأفادت مصادر أمنية عراقية بأن التنظيم المتطرف واصل أمس تقدمه في أحياء مدينة"
            " بيجي رغم الغارات الجوية.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_an_official_of_a_ministrys_unit_in_the_ministry_speaks_for_it(tmp_path: Path) -> None:
    """ "مسؤول مركز التوعية المرورية في الوزارة": the unnamed man of the centre is in the
    ministry named before, so beside that ministry's own statement he is no second origin."""
    report = _report(
        tmp_path,
        _record(
            "alwatan",
            "أعلنت وزارة الداخلية الأردنية أمس إصابة عشرين راكبا في حادث سير. وقال مسؤول"
            " مركز التوعية المرورية في الوزارة إن حافلة ركاب انقلبت على طريق الساحل السريع"
            " قرب مدينة الوادي ما أدى إلى إصابة عشرين راكبا.",
        ),
        _record(
            "okaz",
            "وأوضحت وزارة الداخلية الأردنية أن حافلة للركاب انقلبت مساء أمس على الطريق"
            " السريع للساحل بالقرب من الوادي وأصيب عشرون من ركابها.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_two_voices_guessing_alike_confirm_nothing(tmp_path: Path) -> None:
    """ "قد تكون وراء الهجوم" in one paper, "ربما تكون وراء الهجوم" in another: two guesses
    that a group may be behind an attack, not a corroborated claim."""
    report = _report(
        tmp_path,
        _record(
            "alwatan",
            "وقال وزير الدفاع الساحلي سالم الكعبي إن جبهة تحرير الوادي قد تكون وراء الهجوم"
            " على ثكنة المدينة الشمالية أمس.",
        ),
        _record(
            "okaz",
            "وقال قائد حركة الشباب الحر خالد المنصوري إن جبهة تحرير الوادي ربما كانت وراء"
            " هجوم أمس على الثكنة الشمالية في المدينة.",
        ),
    )
    claims = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert claims
    assert claims[0].status is Status.SINGLE_SOURCED
    assert "states its own feeling or position" in claims[0].explanation


def test_a_districts_governor_is_his_states_official(tmp_path: Path) -> None:
    """ "سالم الكعبي حاكم منطقة الوادي" is an official of the state, as a province's محافظ
    is: beside its local authorities, one origin."""
    report = _report(
        tmp_path,
        _record(
            "alwatan",
            "كابول - أ ف ب: لقي عشرة جنود حتفهم فجر أمس جراء غارة جوية استهدفت حاجزا للجيش"
            " في ولاية الساحل جنوبي العاصمة، كما أعلنت السلطات المحلية.",
        ),
        _record(
            "okaz",
            "كابول - رويترز: قال سالم الكعبي حاكم منطقة الوادي حيث وقعت الغارة إن عشرة جنود"
            " قتلوا أمس في غارة جوية استهدفت حاجزا للجيش في ولاية الساحل.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED
