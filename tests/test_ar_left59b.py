"""Arabic patterns still read wrong on the open pools of rounds 57 and 58 (round 59, left59b).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_voicing_thanks_joy_or_a_hope_is_no_claim(read):
    """ "أعرب فلان عن شكره/سعادته/أمله …", "عن أصدق التهاني": a courtesy, no claim; "عن قلقه من
    أن …" and "عن ثقته بأن …" still voice one, and the courteous voice speaks on after it."""
    result = read(
        "وأعرب المدير سامر الخالدي عن شكره للعاملين على جهودهم خلال الموسم.\n"
        "وأعربت الوزيرة عن سعادتها بالجائزة، وقالت إن الفوز ثمرة عمل طويل.\n"
        "وأعرب رئيس النادي عن أصدق التهاني للاعبين بمناسبة الصعود.\n"
        "وأعرب المحافظ عن أمله في أن تكتمل الطرق قبل الشتاء.\n"
        "وأعرب الخبير المالي عن قلقه من أن الأسعار سترتفع في الربع المقبل.\n"
        "وأعرب رئيس الغرفة عن ثقته بأن المشروع سينجز في موعده."
    )
    assert [(a.cue, a.source.name, a.content) for a in result.attributions] == [
        ("قالت", "الوزيرة", "الفوز ثمرة عمل طويل"),
        ("أعرب", "الخبير المالي", "قلقه من أن الأسعار سترتفع في الربع المقبل"),
        ("أعرب", "رئيس الغرفة", "ثقته بأن المشروع سينجز في موعده"),
    ]


def test_a_man_named_in_full_only_in_his_courtesy_is_his_surname_later(read):
    """ "أعرب المهندس فلان الفلاني عن سعادته … . وقال الفلاني إن …": the courtesy is no claim,
    but the surname that speaks later is still the man it named in full."""
    result = read(
        "من جانبه، أعرب المهندس رامي فؤاد مدير نادي الوادي عن سعادته بتتويج الفريق "
        "باللقب. وقال فؤاد في تصريحات صحفية إن الفريق تجاوز موسما صعبا."
    )
    assert [(a.cue, a.source.name, a.content) for a in result.attributions] == [
        ("قال", "رامي فؤاد", "الفريق تجاوز موسما صعبا"),
    ]


def test_what_a_voice_spoke_about_before_saying_is_no_claim(read):
    """ "وتحدث فلان عن اللاعب الجديد قائلا: «…»": the topic after "عن" is no claim, his words
    after "قائلا" are; "تحدث عن خطة الموسم، مؤكدا أن …" is left as it was."""
    result = read(
        "وتحدث المدرب سامر الخالدي عن المهاجم الجديد قائلا: «إنه سريع ويجيد اللعب بالقدمين».\n"
        "وتحدثت الوزيرة عن الحريق، قائلة إن التحقيق بدأ أمس."
    )
    assert [(a.cue, a.source.name, a.content) for a in result.attributions] == [
        ("قائلا", "سامر الخالدي", "إنه سريع ويجيد اللعب بالقدمين"),
        ("قائلة", "الوزيرة", "التحقيق بدأ أمس"),
    ]


def test_between_two_plurals_or_figures_after_a_comma_goes_on_with_the_content(read):
    """ "…، بين ارتفاعات وتراجعات طفيفة", "…، بين 10 و20 ريالا": "between", no verb بيّن
    opening a clause, so the content runs on; "…، بين المدير أن …" still ends it."""
    result = read(
        "وقال المحلل رامي العتيبي إن الأسعار ستشهد حركة هادئة، بين ارتفاعات وتراجعات طفيفة.\n"
        "وقال التاجر هاني السالم إن أسعار الخضار تراوحت، بين 10 و20 ريالا للصندوق.\n"
        "وقال الوكيل سامر الحداد إن العمل تأخر، بين المدير أن السبب نقص العمال."
    )
    assert [(a.cue, a.content) for a in result.attributions] == [
        ("قال", "الأسعار ستشهد حركة هادئة، بين ارتفاعات وتراجعات طفيفة"),
        ("قال", "أسعار الخضار تراوحت، بين 10 و20 ريالا للصندوق"),
        ("قال", "العمل تأخر"),
        ("بين", "السبب نقص العمال"),
    ]
