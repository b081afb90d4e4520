"""Issue 13, round 43: false corroborations read claim by claim over the whole corpus, the
voices behind them.

Each test pins one general cause of a voice misread (a name that is no one's, a state read
wrong) that made a claim of one origin look corroborated.

Every example is made up.
"""

from __future__ import annotations

from conftest import chain_names
from test_link20 import _record, _report, _shared_status

from tracker import analyse_article
from tracker.models import SourceKind, Status
from tracker.readers import parse_article


def test_a_market_joined_to_bi_after_a_title_is_where_he_works_not_his_name(read):
    """ "وقال محلل بسوق الأوراق المالية": the ب joined to "سوق" (a market, as a town is a
    place) tells where the unnamed analyst works; it opens no name, so the voice keeps its
    title and is not a man called "بسوق …"."""
    result = read(
        "القاهرة - الأفق: وقال محلل بسوق الأوراق المالية لـ«الأفق» إن «الطروحات الجديدة"
        " ستزيد السيولة في السوق خلال الربع المقبل»."
    )
    (att,) = result.attributions
    assert chain_names(att)[-1] == "محلل بسوق الأوراق المالية"
    assert att.source.kind is SourceKind.PERSON


def test_a_group_named_by_its_head_noun_alone_is_no_second_origin(tmp_path):
    """ "وقد أعلن التنظيم …" in a column refers back to the armed group it named before; another
    article cannot tell which group it is, so beside the monitor that says the same in another
    paper it is no second origin (as "المكتب" or "الحركة" alone are not)."""
    report = _report(
        tmp_path,
        _record(
            "aawsat",
            "صارت جبهة الوادي محاصرة فوجهت سلاحها إلى الفصائل الأخرى. وقد أعلن التنظيم اعتقال"
            " 23 عنصرا، زاعما أنهم تلقوا تدريبات عسكرية في الأردن في إطار برنامج غربي.",
        ),
        _record(
            "alriyadh",
            "وقال المرصد الوطني للحقوق إن 23 عنصرا من لواء الساحل ممن تلقوا تدريبات عسكرية في"
            " الأردن في إطار البرنامج الغربي عبروا الحدود قبل أسبوعين.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_a_byline_atop_a_record_s_body_gives_the_dateline_state(registry):
    """A record that gives its own title and opens its body with the line "عين اليوم –
    بغداد": that line is the byline, not a second title, and the place closing it is where
    the page was written from, so a council official named with no country is Iraq's, not the
    Saudi publisher's (beside Iraq's police commander he is one origin, not two)."""
    text = (
        " عين اليوم – بغداد\nقتل 12 مسلحا في عملية أمنية شرق المدينة. وأوضح رئيس لجنة الأمن"
        " بمجلس المحافظة سالم الكبيسي أن قوات الجيش نفذت عملية في حي الوادي أسفرت عن مقتل"
        " 12 مسلحا."
    )
    article = parse_article(
        text, "day.json#1", publisher="3alyoum", language="ar", title="مقتل 12 مسلحا"
    )
    assert article.author == "عين اليوم – بغداد"
    (att,) = analyse_article(article, registry).attributions
    assert att.source.group == "state:IQ"


def test_a_title_that_is_a_given_name_too_opens_the_name_after_a_rank(read):
    """ "اللواء أمين فاروق", "الفريق رائد سالم الحربي", "سامي أمين الحربي": أمين, رائد and
    مساعد are titles and given names; after a rank, a title or a given name and before a
    family name they are his given name (the voice is not the family name alone, a second man
    beside the full one), while "أمين سر اللجنة سالم الحربي" keeps its title."""
    cases = {
        "وذكر اللواء أمين فاروق، الأمين العام لحزب النهضة، أن حزبه لم يرشح أحدا للحكومة.": (
            "أمين فاروق"
        ),
        "وقال الفريق رائد سالم الحربي إن القوات تقدمت في الحي الشرقي من المدينة.": (
            "رائد سالم الحربي"
        ),
        "وقال رئيس الرابطة سامي أمين الحربي إن الاجتماع سيعقد الأسبوع المقبل.": (
            "سامي أمين الحربي"
        ),
        "وقال أمين سر اللجنة سالم الحربي إن المشروع سيكتمل الشهر المقبل.": "سالم الحربي",
        "وقال أمين منطقة الوادي سالم الحربي إن المشروع سيكتمل الشهر المقبل.": "سالم الحربي",
    }
    for text, name in cases.items():
        (att,) = read("جدة - الأفق: " + text).attributions
        assert chain_names(att)[-1] == name, text
