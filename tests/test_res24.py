"""Resolving sources: a body named after an outlet or an agency is that body, no medium."""

from __future__ import annotations

from tracker.models import SourceKind


def test_a_bank_named_like_a_channel_is_the_bank(read):
    """ "وقال بنك الجزيرة": the bank, not the channel whose name it shares."""
    result = read("وقال بنك الجزيرة في بيان إن أرباحه الفصلية ارتفعت بنسبة عشرة في المئة.")
    [attribution] = result.attributions
    assert attribution.source.name == "بنك الجزيرة"
    assert attribution.source.kind is SourceKind.ORGANIZATION


def test_a_company_whose_long_name_holds_an_agency_alias_is_the_company(read):
    """ "أعلنت الشركة … وفا للتأمين": وفا is the insurer's name, not the Palestinian agency."""
    result = read(
        "أعلنت الشركة الخليجية للتأمين التعاوني وفا للتأمين عن نتائجها المالية للربع الثاني."
    )
    [attribution] = result.attributions
    assert not attribution.source.in_registry
    assert attribution.source.kind is SourceKind.ORGANIZATION


def test_an_airline_named_like_a_channel_is_the_airline(read):
    """ "أعلنت شركة طيران العربية": the airline, not the channel."""
    result = read("وأعلنت شركة طيران العربية تدشين رحلاتها اليومية إلى مدينة أبها الشهر المقبل.")
    [attribution] = result.attributions
    assert attribution.source.kind is SourceKind.ORGANIZATION


def test_the_channel_and_the_agency_are_still_found(read):
    """With a medium's head ("قناة", "وكالة") the registry name is the medium."""
    result = read(
        "وقالت قناة الجزيرة إن الوزير سيزور المدينة غدا. وقالت وكالة وفا إن الجنود هدموا منزلا."
    )
    assert [a.source.kind for a in result.attributions] == [SourceKind.OUTLET, SourceKind.AGENCY]


def test_an_institute_is_a_body_not_a_person(read):
    """ "وقال معهد الدراسات …": an institute, named by its head noun like a centre."""
    result = read("وقال معهد الدراسات المالية في تقرير إن الودائع المصرفية ارتفعت خلال الربع.")
    [attribution] = result.attributions
    assert attribution.source.kind is SourceKind.ORGANIZATION


def test_a_customs_authority_speaks_for_its_state(read):
    """ "قالت الجمارك الساحلية": customs are a state's, one group with its ministers."""
    result = read(
        "وقالت الجمارك الصينية إن الصادرات تراجعت في يوليو. وقال وزير التجارة الصيني سون لي"
        " إن التراجع مؤقت."
    )
    groups = {a.origin.independence_group for a in result.attributions}
    assert groups == {"state:CN"}


def test_a_countrys_press_is_the_media_not_a_person(read):
    """ "وذكرت الصحافة اليونانية أن …": the press of a country, like "الصحف", no person."""
    result = read("وذكرت الصحافة اليونانية أن الحكومة ستطلب قرضا جديدا من الدائنين.")
    [attribution] = result.attributions
    assert attribution.source.kind is SourceKind.OUTLET


def test_a_states_security_agencies_speak_for_it(read):
    """ "وأكدت الأجهزة الأمنية الأميركية أن …": the agencies are the state's, one group."""
    result = read("وأكدت الأجهزة الأمنية الأميركية أن التهديد ما زال قائما في المطارات.")
    [attribution] = result.attributions
    assert attribution.source.kind is SourceKind.GOVERNMENT_BODY
    assert attribution.origin.independence_group == "state:US"


def test_a_consulate_and_its_ambassador_are_one_state(read):
    """ "قالت القنصلية الأمريكية" and "قال السفير الأمريكي": one government, one origin."""
    result = read(
        "وقالت القنصلية الأمريكية في المدينة إن الرحلات ستستأنف غدا. وقال السفير الأمريكي"
        " لدى المملكة جون ويلز إن الرحلات ستستأنف غدا."
    )
    assert {a.origin.independence_group for a in result.attributions} == {"state:US"}
