"""An officer of an international body named in his title speaks for that body's group."""

from __future__ import annotations

import pytest

from tracker import analyse_article
from tracker.readers import parse_article
from tracker.sources import Registry

STORY = """غزة - أ ف ب
وقال كريم عادل نائب المفوض العام للأونروا إن العجز بلغ 90 مليون دولار.
وقال فادي حنا مدير عمليات وكالة غوث وتشغيل اللاجئين الفلسطينيين في غزة إن المدارس ستفتح.
وقالت منى سالم المديرة الإقليمية لمنظمة الصحة العالمية إن الإصابات تراجعت.
وقال نزار بدر مندوب الأردن لدى الأمم المتحدة إن الجلسة ستعقد غدا.
وقال سامي حداد السفير لدى الأمم المتحدة إن الجلسة ستعقد غدا.
"""


def _groups(registry: Registry) -> dict[str, str]:
    result = analyse_article(parse_article(STORY, path="offices.txt"), registry)
    return {a.source.name: a.source.group for a in result.attributions}


@pytest.mark.parametrize("name", ["كريم عادل", "فادي حنا", "منى سالم"])
def test_an_officer_named_by_his_international_body_speaks_for_its_group(registry, name):
    assert _groups(registry)[name] == "un"


def test_a_state_envoy_to_the_body_speaks_for_his_state(registry):
    assert _groups(registry)["نزار بدر"] == "state:JO"


def test_a_body_addressed_is_not_served(registry):
    assert _groups(registry)["سامي حداد"] != "un"


SPOKESWOMAN = """عمان - الوادي
تعتزم الأونروا تأجيل بدء السنة الدراسية في مئات المدارس، ومن الإجراءات التي تعتزم المنظمة
تنفيذها تأجيل الدراسة. وقالت سلمى حداد، المتحدثة باسم المنظمة، لوكالة «الساحل»: «يبلغ العجز
في ميزانية الوكالة الآن 90 مليون دولار».
"""


def test_a_title_set_off_before_the_medium_told_describes_the_speaker(registry):
    result = analyse_article(parse_article(SPOKESWOMAN, path="spokeswoman.txt"), registry)
    (att,) = result.attributions
    assert att.source.descriptor == "المتحدثة باسم المنظمة"
    assert [voice.name for voice in att.chain][-1] == "سلمى حداد"


def test_the_generic_noun_of_an_international_body_named_before_is_that_body(registry):
    result = analyse_article(parse_article(SPOKESWOMAN, path="spokeswoman.txt"), registry)
    (att,) = result.attributions
    assert att.source.group == "un"


PERIPHRASIS = """أوتاوا - الوادي
قال وزير الخارجية الكندي جاك مورو إن الاتفاق جيد لأمن بلاده.
وذكر رئيس الدبلوماسية الكندية، من جهة أخرى، أن الاتفاق سيعطي قدرة على المراقبة.
"""


def test_a_periphrasis_for_a_title_is_the_man_named_with_it(registry):
    result = analyse_article(parse_article(PERIPHRASIS, path="periphrasis.txt"), registry)
    assert {a.source.name for a in result.attributions} == {"جاك مورو"}
