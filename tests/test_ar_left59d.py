"""Arabic patterns still read wrong on the open pools of round 59 (left59d).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_an_account_relays_a_speaker_after_naming_its_platform(read):
    """ "ونقل حساب النادي على تويتر عن فلان قوله إن": the platform is where the account wrote;
    the account carries the speaker it quotes."""
    result = read(
        "ونقل حساب نادي الشروق على موقع تويتر عن المدرب رامي الحداد قوله إن اللاعبين "
        "استعادوا لياقتهم بعد الراحة."
    )
    assert [
        (a.cue, a.source.name, [c.name for c in a.chain], a.content) for a in result.attributions
    ] == [
        (
            "نقل",
            "حساب نادي الشروق",
            ["حساب نادي الشروق", "رامي الحداد"],
            "اللاعبين استعادوا لياقتهم بعد الراحة",
        ),
    ]


def test_an_account_on_a_platform_relays_a_quotation(read):
    """ "ونقل حساب الاتحاد على تويتر عن رئيسه فلان قوله: «…»": the quotation is the
    president's, carried by the account."""
    result = read(
        "ونقل حساب اتحاد السباحة على تويتر عن رئيسه سليم النجار قوله: "
        '"سنشارك بفريق كامل في البطولة المقبلة".'
    )
    assert [(a.source.name, [c.name for c in a.chain]) for a in result.attributions] == [
        ("حساب اتحاد السباحة", ["حساب اتحاد السباحة", "سليم النجار"]),
    ]
