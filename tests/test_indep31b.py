"""Issue 13, round 31: false corroborations read claim by claim over the whole corpus.

Each test pins one general cause of a claim called corroborated when one origin stands behind
it, or of the voice misread that made it so.

Every example is made up.
"""

from __future__ import annotations

from test_link20 import _record, _report, _shared_status

from tracker.models import Status


def test_two_men_quoted_in_one_long_release_are_one_text(tmp_path):
    """A release's thirty words in a row, quoted from the festival's head in one paper and
    from another man in the next, each paper adding words of its own around and inside it, are
    one text: no two men say that much alike, so the second is no second origin."""
    report = _report(
        tmp_path,
        _record(
            "almadina",
            "وأوضح رئيس اللجنة المنظمة لمهرجان الوادي الدكتور سالم بن علي الكعبي أن اللجنة"
            " أنهت استعداداتها كافة منذ وقت مبكر بدعم كريم من أمير المنطقة، وأن فعاليات"
            " المهرجان هذا العام ستشهد برامج متنوعة للأسر والأطفال في الحدائق العامة والساحات"
            " المفتوحة على امتداد الكورنيش الشمالي للمدينة طوال أيام العيد الثلاثة من"
            " العصر حتى منتصف الليل بمشاركة فرق شعبية من مختلف مناطق البلاد.",
        ),
        _record(
            "okaz",
            "وقال خالد بن حمد العمري الزائر القادم من الساحل إن فعاليات المهرجان شهدت برامج"
            " متنوعة للأسر والأطفال في الحدائق العامة والساحات المفتوحة على امتداد الكورنيش"
            " الشمالي للمدينة طوال أيام العيد الثلاثة من العصر حتى منتصف الليل، مشيدا"
            " بحسن التنظيم وكرم الضيافة.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_press_sources_in_a_town_speak_for_no_body(tmp_path):
    """ "مصادر صحفية من الهضبة" are journalists in a town, not a body named "الهضبة": the wire
    citing them beside a source of the militia saying the same is one origin, not two."""
    report = _report(
        tmp_path,
        _record(
            "alyaum",
            "الهضبة (د ب أ) - قال مصدر في ميليشيا الوادي لوكالة الأنباء الألمانية إن مقاتلي"
            " الميليشيا سيطروا أمس على معسكر الجسر القديم بعد اشتباكات استمرت ساعات. وأكدت"
            " مصادر صحفية من الهضبة أن مقاتلي الميليشيا سيطروا أمس على معسكر الجسر القديم"
            " بعد اشتباكات عنيفة.",
        ),
    )
    claims = [c for c in report.results[0].claims if len(c.attributions) == 2]
    assert claims
    assert claims[0].status is Status.SINGLE_SOURCED


def test_a_place_opening_the_sentence_that_first_names_a_man_gives_his_state(tmp_path):
    """ "وفي طهران، دافع الرئيس فلان عن …" names him with no cue; when he speaks later by his
    family name, and a minister after him with no country, both are Iran's, not the state of
    the American named before: beside Iranian officials in another paper, one origin."""
    report = _report(
        tmp_path,
        _record(
            "aawsat",
            "قال وزير الخارجية الأميركي جون ميلر إن الاتفاق يخدم مصالح بلاده. وفي طهران، دافع"
            " الرئيس حسن كريمي عن الاتفاق أمام النواب. وقال كريمي إن الاتفاق يعكس إرادة"
            " الشعب. ومن جهته، أكد وزير التجارة سالم نوري أن بلاده تستهدف مشاريع للنفط والغاز"
            " بقيمة 140 مليار دولار بحلول عام 2020.",
        ),
        _record(
            "alriyadh",
            "وذكر مسؤولون إيرانيون الأسبوع الماضي أن بلادهم تتطلع لمشاريع في قطاعي النفط"
            " والغاز قيمتها 140 مليار دولار بحلول 2020.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_a_wire_credited_for_what_a_network_relays_is_no_second_origin(read):
    """ "وذكرت قناة X نقلا عن مسؤولين فرنسيين بأن …، وفق ما نقلت وكالة Y": the wire passed on
    the network's report of the officials, one statement credited twice, not two findings."""
    result = read(
        "وذكرت قناة «سكاي نيوز» نقلا عن مسؤولين فرنسيين أمس، بأن سفينة حربية اعترضت قاربا"
        " محملا بالأسلحة قبالة ساحل الوادي فجر اليوم، وفق ما نقلت وكالة الأنباء الألمانية.",
        publisher="aawsat",
    )
    claims = [c for c in result.claims if len(c.attributions) == 2]
    assert claims
    assert claims[0].status is Status.SINGLE_SOURCED
