"""Issue 13, round 30: false corroborations read claim by claim in two windows of three days.

Each test pins one general cause of a claim called corroborated when one origin stands behind
it, or of the voice misread that made it so.

Every example is made up.
"""

from __future__ import annotations

from test_link20 import _record, _report, _shared_status

from tracker.models import Status


def test_a_sentence_reworded_in_a_dispatch_printed_alike_around_it_is_a_copy(tmp_path):
    """A desk that kept a wire's long sentence word for word and reworded the next one (six
    words in a row left) prints one dispatch: the body it names in its place of the wire's is
    no second origin."""
    report = _report(
        tmp_path,
        _record(
            "okaz",
            "جنيف (أ ف ب) - نشرت منظمة العفو الدولية أمس تقريرا عن الأرخبيل. ويشهد الأرخبيل"
            " احتجاجات منذ مطلع العام على قرار رفع أسعار الوقود والخبز في كل المدن. وأضافت"
            " منظمة العفو الدولية في تقريرها أن عناصر"
            " الحرس ضربوا المعتقلين بالعصي ثم نقلوا إلى معسكرات مغلقة في الجبال الشمالية"
            " للجزيرة.",
        ),
        _record(
            "alwatan",
            "صدر تقرير جديد عن الأرخبيل أمس. ويشهد الأرخبيل احتجاجات منذ مطلع العام على قرار"
            " رفع أسعار الوقود والخبز في كل المدن. وأشارت منظمة حقوق الإنسان التابعة للأمم"
            " المتحدة إلى أن عناصر الحرس"
            " انهالوا بالعصي على المعتقلين الذين نقلوا إلى معسكرات مغلقة في الجبال شمال"
            " الجزيرة.",
        ),
    )
    claims = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert claims
    assert all(c.status is Status.SINGLE_SOURCED for c in claims)


def test_two_wires_worded_alike_for_six_words_stay_two_origins(tmp_path):
    """Two wires telling one meeting in their own sentences may share six words in a row; with
    no long sentence of their dispatches alike, each is still an origin of its own."""
    report = _report(
        tmp_path,
        _record(
            "alriyadh",
            "الساحل (رويترز) - التقى وزير الدفاع الكندي جون ماركوس أمس رئيس إقليم الوادي سالم"
            " الكربي لبحث جهود مكافحة التهريب في المنطقة.",
        ),
        _record(
            "alyaum",
            "الساحل (أ ف ب) - بحث وزير الدفاع الكندي جون ماركوس أمس مع سالم الكربي رئيس إقليم"
            " الوادي جهود مكافحة التهريب في المنطقة.",
        ),
    )
    assert _shared_status(report) is Status.CORROBORATED


def test_a_region_s_director_of_education_counts_with_his_state(tmp_path):
    """ "مدير عام التعليم بمنطقة الساحل" heads a region's directorate of the education
    ministry: beside the minister in another paper he is his state's voice, one origin."""
    report = _report(
        tmp_path,
        _record(
            "almadina",
            "أكد وزير التعليم الدكتور سالم بن علي الكعبي في لقائه بمديري المدارس أمس أن"
            " الدراسة ستبدأ في موعدها المحدد مطلع الشهر المقبل دون أي تأجيل.",
        ),
        _record(
            "okaz",
            "أوضح مدير عام التعليم بمنطقة الساحل خالد العمري أن الدراسة في مدارس المنطقة"
            " ستبدأ مطلع الشهر المقبل في موعدها المحدد، دون أي تأجيل.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_the_holder_is_named_after_what_his_body_supervises(read):
    """ "عضو مجلس الجمعية المشرفة على الجائزة الدكتور فلان": على completes the body's
    supervisor adjective, so the voice is the man named after it, not an unnamed "member of
    the supervising society" beside his name in another paper (a second origin)."""
    result = read(
        "وأوضح عضو مجلس الجمعية المشرفة على الجائزة الدكتور خالد العمري أن شروط الجائزة"
        " تشمل الالتزام بالنثر. وقال رئيس اللجنة المسؤولة عن الحملة المهندس سالم الكعبي إن"
        " الفعاليات تبدأ غدا. وقال مدير الإدارة المشرفة على المشروع إن الأعمال تبدأ غدا."
    )
    assert [a.source.name for a in result.attributions] == [
        "خالد العمري",
        "سالم الكعبي",
        "مدير الإدارة المشرفة على المشروع",
    ]
