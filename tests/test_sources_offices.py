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
