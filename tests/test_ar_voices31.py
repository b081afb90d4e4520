"""Issue 11, round 31: voices read from the whole SaudiNewsNet report, in made-up sentences.

- A public body is named once in full ("المديرية العامة للمرافئ", "الهيئة الوطنية للأرصاد")
  and then by the words after its "لل" ("وأوضحت المرافئ"): the short name is that body, not
  a man called so, and one speaker is not counted twice.
- A body that issued a document is named before "في تقريرها" / "في بيانه" / "في دراستها" in a
  clause that is no attribution (a forecast, a figure); "وأورد التقرير" later is that body's.

Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_link20 import _record, _report, _shared_status

from tracker import Registry, analyse_article
from tracker.models import ArticleResult, SourceKind, Status
from tracker.readers import parse_article

_REGISTRY = Registry.load()


def _read(text: str) -> ArticleResult:
    return analyse_article(parse_article(text, "made-up.txt", language="ar"), _REGISTRY)


@pytest.mark.parametrize(
    ("act", "body", "later"),
    [
        ("دعت", "المديرية العامة للمرافئ", "وأوضحت المرافئ"),
        ("ونبهت", "الهيئة الوطنية للأرصاد", "وأضافت الأرصاد"),
        ("وطالبت", "الإدارة العامة للنقل البحري", "وأكد النقل البحري"),
    ],
)
def test_a_body_named_by_the_end_of_its_name_is_that_body(act: str, body: str, later: str) -> None:
    text = (
        f"{act} {body} أصحاب القوارب إلى الحذر بسبب الرياح في الساحل الشرقي خلال الأيام "
        f"المقبلة. {later} أن ارتفاع الموج سيبلغ ثلاثة أمتار يوم الخميس."
    )
    (said,) = _read(text).attributions
    assert said.source.kind is SourceKind.GOVERNMENT_BODY
    assert said.source.name == body


def test_the_end_of_a_name_without_its_adjective_names_no_body() -> None:
    text = "وقدمت هيئة للإغاثة مساعدات إلى القرية. وقال الإغاثة أن الطريق مقطوع منذ يومين."
    found = _read(text).attributions
    assert all(a.source.kind is not SourceKind.GOVERNMENT_BODY for a in found)


@pytest.mark.parametrize(
    ("opening", "body", "later"),
    [
        ("رجحت الهيئة العامة للأرصاد في تقريرها الصباحي", "الهيئة العامة للأرصاد", "وأورد التقرير"),
        ("نشرت وزارة الزراعة في بيانها الأسبوعي", "وزارة الزراعة", "وأضاف البيان"),
        ("عرضت الجمعية الوطنية للصيادين في دراستها", "الجمعية الوطنية للصيادين", "وقالت الدراسة"),
    ],
)
def test_a_document_is_the_body_that_issued_it_in_its_own_words(
    opening: str, body: str, later: str
) -> None:
    text = (
        f"{opening} أرقام موسم الصيد في الخليج الشمالي. "
        f"{later} أن كميات السمك تراجعت بنحو الخمس عن العام الماضي."
    )
    (said,) = _read(text).attributions
    assert said.source.name == body
    assert said.source.kind is not SourceKind.DOCUMENT


def test_a_document_of_a_body_in_another_clause_keeps_no_author() -> None:
    text = (
        "زار وفد من الهيئة العامة للموانئ الرصيف، وفي تقريرها نقاط كثيرة. "
        "وقال التقرير إن الأرصفة تحتاج إلى صيانة عاجلة."
    )
    (said,) = _read(text).attributions
    assert said.source.kind is SourceKind.DOCUMENT


def test_a_public_bodys_staff_named_with_no_title_count_with_the_body(tmp_path: Path) -> None:
    # One paper prints the body's forecast; another quotes a forecaster named with the body
    # he works at and no title, then by his family name: one origin, not two.
    report = _report(
        tmp_path,
        _record(
            "okaz",
            "جدة - أفادت الرئاسة العامة للأرصاد بأن الأجواء مواتية لسقوط أمطار رعدية غزيرة"
            " على مرتفعات الساحل الجنوبي ومنطقة الوادي يوم الخميس.",
        ),
        _record(
            "alyaum",
            "جدة - توقع أخصائي الظواهر الجوية بالرئاسة العامة للأرصاد سامي الفهد استمرار الحر"
            " اليوم. وقال الفهد لـ«اليوم» إن الأجواء ما زالت مواتية لسقوط أمطار رعدية ترافقها"
            " رياح نشطة على مرتفعات الساحل الجنوبي ومنطقة الوادي.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


def test_an_unnamed_official_of_a_public_body_counts_with_its_named_spokesman(
    tmp_path: Path,
) -> None:
    # The spokesman's descriptor ends on another unit he runs, so the body's name is not its
    # last words: the state both serve makes them one origin.
    report = _report(
        tmp_path,
        _record(
            "okaz",
            "الرياض - ذكر مسؤول في الإدارة العامة للسير أن 58 بالمئة من قتلى حوادث الطرق"
            " شبان لم يبلغوا الثلاثين من العمر.",
        ),
        _record(
            "alyaum",
            "الرياض - قال العميد الدكتور سامي الفهد الناطق الإعلامي للإدارة العامة للسير ومدير"
            " إدارة سلامة الطرق إن 58 بالمئة من قتلى حوادث الطرق العام الماضي شبان لم يتموا"
            " الثلاثين.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED


@pytest.mark.parametrize("title", ["(ليالي الرمل)", "«ليالي الرمل»"])
def test_a_works_title_in_brackets_stands_between_its_noun_and_the_name(title: str) -> None:
    text = f"وقال مخرج مسرحية {title} المخرج سامي الفهد: تروي المسرحية قصة قافلة ضلت طريقها."
    (said,) = _read(text).attributions
    assert said.source.name == "سامي الفهد"


_ANNOUNCED = (
    "مكة المكرمة - أعلنت شركة المياه الساحلية انتهاءها من إنشاء شبكات مياه جديدة في"
    " محافظة الوادي تخدم 14 حيا بتكلفة 162 مليون ريال. وأوضح المهندس سامي الفهد {descriptor} أن"
    " شركة المياه الساحلية نفذت في محافظة الوادي مشاريع مياه تخدم 14 حيا بتكلفة بلغت 162"
    " مليون ريال."
)
_RELEASED = (
    "الطائف - قالت شركة المياه الساحلية في بيان إن مشاريعها في محافظة الوادي اكتملت وتخدم"
    " 14 حيا بتكلفة 162 مليون ريال."
)


@pytest.mark.parametrize(
    ("descriptor", "status"),
    [
        # his office names no body: the company's own man, explaining its announcement
        ("مدير خدمات الأصول والمشاريع بمنطقة الوادي", Status.SINGLE_SOURCED),
        # the head of another company is a voice of his own
        ("الرئيس التنفيذي لشركة الرمال للاستشارات", Status.CORROBORATED),
    ],
)
def test_an_officer_explaining_a_bodys_announcement_counts_with_it(
    tmp_path: Path, descriptor: str, status: Status
) -> None:
    report = _report(
        tmp_path,
        _record("okaz", _ANNOUNCED.format(descriptor=descriptor)),
        _record("sabq", _RELEASED),
    )
    assert _shared_status(report) is status


@pytest.mark.parametrize(
    "prayer",
    [
        "فقال داعيا الله: اللهم اجعل هذه الديار آمنة مطمئنة.",
        "وقال الشيخ سامي العلي في تغريدته: «اللهم من أراد بلادنا بسوء فاشغله بنفسه».",
    ],
)
def test_a_prayer_is_no_claim(prayer: str) -> None:
    # Two men praying alike are no two origins of anything a fact-checker could check.
    text = f"وأشاد سالم الفهد بجهود رجال الأمن في المنطقة. {prayer} وقال العلي إن الأمن مستتب."
    assert [a.content for a in _read(text).attributions] == ["الأمن مستتب"]
