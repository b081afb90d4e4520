"""Issue 13, round 31: false corroborations read claim by claim over the whole corpus.

Each test pins one general cause of a claim called corroborated when one origin stands behind
it, or of the voice misread that made it so.

Every example is made up.
"""

from __future__ import annotations

from test_link20 import _record, _report, _shared_status

from tracker.link.independence import origin_of
from tracker.models import Status


def test_a_kunya_written_apart_is_the_man_named_before_with_it_joined(tmp_path):
    """ "وبين أبو زهرة" after "أمين محافظة الساحل سالم بن علي أبوزهرة": outlets write a name
    in أبو joined or apart, and the bare name is the official named before, so beside his
    municipality's spokesman in another paper he is his state's voice, one origin."""
    report = _report(
        tmp_path,
        _record(
            "3alyoum",
            "أعلنت أمانة محافظة الساحل خطتها الجديدة للواجهة البحرية. وأكد أمين محافظة الساحل"
            " الدكتور سالم بن علي أبوزهرة أن العمل يسير وفق الجدول. وبين أبو زهرة أن الممشى"
            " الجديد سيضم ملاعب للأطفال ومقاعد مظللة ومسارا للدراجات يطل على البحر مباشرة.",
        ),
        _record(
            "almadina",
            "أوضح المتحدث الرسمي باسم أمانة الساحل خالد الحربي أن الممشى الجديد المطل على"
            " البحر سيضم ملاعب للأطفال ومسارا للدراجات ومقاعد مظللة للزوار.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


_LEAD = (
    "طلبت رئاسة إقليم الهضبة أمس السبت من حركة الجبل إخراج مقاتليها من أراضي الإقليم تفاديا"
    " لسقوط ضحايا مدنيين جراء الضربات على مواقعها بالشمال، بعد مقتل سكان في قرية الوادي شمال"
    " مدينة الساحل."
)
_STATEMENT = (
    "وجاء في بيان رئيس الإقليم أن على مقاتلي الحركة إبعاد ساحة الحرب عن أراضي الإقليم لكي لا"
    " يصبح المواطنون ضحايا لهذه الحرب."
)
_TOLL = (
    "ستة قرويين على الأقل في غارات جوية على قرية الوادي بمنطقة السهل شرق مدينة الساحل، عاصمة"
    " إقليم الهضبة الشمالي"
)


def test_a_paper_rewording_a_wire_s_lead_and_keeping_its_toll_is_the_wire_s_relay(tmp_path):
    """A paper that reworded a wire's lead in its own voice and kept the wire's toll sentence
    word for word, crediting "local sources", prints the wire's dispatch: beside the wire's
    own copies it is no second origin."""
    report = _report(
        tmp_path,
        _record(
            "aljazirah",
            "طالبت رئاسة إقليم الهضبة حركة الجبل بإخراج مقاتليها من أراضيها؛ تفاديا لسقوط ضحايا"
            " مدنيين جراء الغارات بعد مقتل مواطنين في قرية الوادي شمال الساحل. "
            + _STATEMENT
            + " ويأتي بيان رئاسة الإقليم بعد مقتل "
            + _TOLL
            + "، وفق ما نقلت مصادر محلية.",
        ),
        _record("alriyadh", "الساحل (أ ف ب) - " + _LEAD + " " + _STATEMENT),
        _record("alyaum", _LEAD + " " + _STATEMENT + " وقتل " + _TOLL + "."),
    )
    claims = [c for c in report.corpus_claims if len(c.articles) == 3]
    assert claims
    assert all(c.status is Status.SINGLE_SOURCED for c in claims)


def test_a_paper_printing_one_wire_s_toll_leaves_another_wire_a_second_origin(tmp_path):
    """A paper that prints one wire's toll sentence word for word relays that wire only: a
    second wire telling the strikes in its own words is still an origin of its own."""
    report = _report(
        tmp_path,
        _record("alriyadh", "الساحل (أ ف ب) - " + _LEAD + " وقتل " + _TOLL + "."),
        _record("alyaum", _LEAD + " وقتل " + _TOLL + "."),
        _record(
            "okaz",
            "الساحل (رويترز) - قال سكان إن غارات جوية على قرية الوادي قرب مدينة الساحل أوقعت"
            " ستة قتلى على الأقل من القرويين يوم السبت، فيما طلبت رئاسة إقليم الهضبة من حركة"
            " الجبل إخراج مقاتليها من أراضي الإقليم تجنبا لسقوط ضحايا مدنيين.",
        ),
    )
    assert any(c.status is Status.CORROBORATED for c in report.corpus_claims)


def test_a_bare_police_after_another_state_s_unnamed_officials_is_that_state_s(tmp_path):
    """A wire's story from abroad printed with no dateline: "الشرطة" after "مسؤولون بوزارة
    الصحة الأفغانية" is that state's police, not the publisher's, so beside the state's
    ministry in another paper it is one origin."""
    report = _report(
        tmp_path,
        _record(
            "aawsat",
            "أكد مسؤولون بوزارة الصحة الأفغانية أن المستشفيات استقبلت عشرات الجرحى بعد الهجوم."
            " وقالت الشرطة إن 27 شخصا قتلوا في انفجار شاحنة مفخخة قرب سوق الفاكهة في وسط"
            " العاصمة صباح أمس.",
        ),
        _record(
            "okaz",
            "أعلنت وزارة الداخلية الأفغانية مقتل 27 شخصا أمس في تفجير شاحنة مفخخة استهدف سوق"
            " الفاكهة بوسط العاصمة.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_an_unnamed_military_source_after_another_state_s_source_is_not_that_state_s(tmp_path):
    """ "مصدر عسكري" after "مصدر أمني فلسطيني" may be the other side's army: unnamed sources
    of one state tell nothing of whose forces the next unnamed source is in."""
    report = _report(
        tmp_path,
        _record(
            "alyaum",
            "قتل شاب برصاص الجنود قرب مدينة الوادي، حسبما أفاد مصدر أمني فلسطيني. وقال مصدر"
            " عسكري للإذاعة إن القوات دخلت القرية لاعتقال مطلوب وإنها تعرضت للرشق بالحجارة.",
        ),
    )
    military = next(a for a in report.results[0].attributions if "عسكري" in a.source.name)
    assert not origin_of(military).group.startswith("state:PS")


def test_a_bare_police_after_a_consulate_official_is_not_the_consulate_s_state(tmp_path):
    """An official of "القنصلية الأمريكية" in a story from abroad speaks for a mission posted
    there: "الشرطة" named after him is not his state's police."""
    report = _report(
        tmp_path,
        _record(
            "alwatan",
            "أطلق مسلح النار على مبنى القنصلية في مدينة الساحل أمس. وذكر مسؤول في القنصلية"
            " الأمريكية أن البعثة تعمل مع السلطات المحلية في التحقيق. وقالت الشرطة إن"
            " المهاجم اعتقل بعد إصابته بجروح.",
        ),
    )
    police = next(a for a in report.results[0].attributions if a.source.name == "الشرطة")
    assert police.source.group != "state:US"


def test_a_site_that_added_a_feature_after_its_described_quoted_name_said_nothing(tmp_path):
    """ "أضاف موقع تبادل الملفات عبر الإنترنت «ملفاتي» خاصية جديدة": words describing the
    site, its quoted name, then the thing it added; no words said, so no voice (read as one,
    the site's own description was a second origin beside the magazine a wire cites)."""
    report = _report(
        tmp_path,
        _record(
            "aleqtisadiya",
            "أضاف موقع تبادل الملفات عبر الإنترنت «ملفاتي» خاصية جديدة هي البحث عن الملفات من"
            " الحاسوب المكتبي بعد سنوات من التركيز على الهواتف. وأشار موقع «عالم التقنية» إلى"
            " أن الخاصية متاحة بالفعل لمستخدمي الهواتف منذ العام الماضي.",
        ),
    )
    assert [a.cue for a in report.results[0].attributions] == ["أشار"]


def test_a_brigade_s_number_is_no_count_linking_a_strike_to_a_capture(tmp_path):
    """ "مقر اللواء 15 مشاة" names the brigade: air strikes on its base and its capture by
    fighters, told by two papers' sources, are two claims, not one corroborated by the
    number."""
    report = _report(
        tmp_path,
        _record(
            "alriyadh",
            "وذكرت مصادر محلية للصحيفة أن ضربات جوية طالت مواقع المتمردين وتركزت على مقر"
            " اللواء 15 مشاة بمدينة الساحل عاصمة محافظة الهضبة.",
        ),
        _record(
            "aawsat",
            "وقالت مصادر يمنية إن المقاومة بسطت سيطرتها على مقر اللواء 15 مشاة بمدينة الساحل،"
            " بعد اشتباكات عنيفة مع المتمردين استمرت يومين.",
        ),
    )
    assert not any(c.status is Status.CORROBORATED for c in report.corpus_claims)
