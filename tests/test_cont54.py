"""Where an Arabic statement's content starts and ends (round 54, cont54).

Every example is made up; each test pins one general pattern and checks the content's offsets.
"""

from __future__ import annotations


def _contents(result: object) -> dict[str, str]:
    """Each attribution's cue and content, after checking that its offsets slice the text."""
    text = result.article.text  # type: ignore[attr-defined]
    found = {}
    for att in result.attributions:  # type: ignore[attr-defined]
        assert text[att.start : att.end] == att.content
        found[att.cue] = att.content
    return found


def test_a_participle_of_the_speaker_after_a_comma_ends_the_content(read):
    """ "أوضح فلان أن …، داعيا الجهات إلى …" / "…، مشيدا بـ…": a participle of speech after a
    comma tells what the speaker did besides; the content ends before the comma, unless the
    participle's number is not the speaker's."""
    result = read(
        "وأوضح مدير مرفأ الرمال سالم العتيبي أن أعمال توسعة الرصيف الجنوبي بلغت مراحلها"
        " الأخيرة، داعِياً شركات الشحن إلى تحديث بياناتها قبل نهاية الشهر.\n"
        "وأكدت الهيئة أن عدد الزوار ارتفع خلال الصيف الماضي، مشيدة بجهود المتطوعين في"
        " تنظيم الحشود."
    )
    contents = _contents(result)
    assert contents["أوضح"] == "أعمال توسعة الرصيف الجنوبي بلغت مراحلها الأخيرة"
    assert contents["أكدت"] == "عدد الزوار ارتفع خلال الصيف الماضي"

    # "…، رافضا الإفصاح عن …": a refusal of the speaker's, outside what he said.
    result = read(
        "وكشف مصدر في نادي الشاطئ أن إدارة النادي تفاوض مدربا أوروبيا، رافضا الإفصاح عن اسمه."
    )
    assert _contents(result)["كشف"] == "إدارة النادي تفاوض مدربا أوروبيا"

    # "قال المتحدث إن المزارعين تجمعوا …، مطالبين بـ…": a plural participle after a singular
    # speaker tells what the content's own subject did, and stays in the content.
    result = read(
        "وقال المتحدث باسم بلدية الوادي إن المزارعين تجمعوا أمام المبنى، مطالبين بتعويضات"
        " عن خسائر الموسم."
    )
    assert _contents(result)["قال"] == (
        "المزارعين تجمعوا أمام المبنى، مطالبين بتعويضات عن خسائر الموسم"
    )


def test_a_participle_of_emphasis_or_pointing_inside_a_content_says_on(read):
    """ "أوضح فلان أن …، مؤكدا عدم وجود …" / "…، مشيرا إلى اكتمال …": a participle of emphasis
    or pointing after a comma, inside what a verb cue before it reads and agreeing with it,
    ends that content and reads what the same speaker stresses, as its verb would; not when
    what it stresses names the content before ("عدم صحة هذه الأنباء")."""
    result = read(
        "وأوضح مدير الدفاع المدني بمحافظة السهل عادل النمري أن فرق الإطفاء سيطرت على الحريق"
        " خلال ساعتين، مؤكدا عدم وجود إصابات بين السكان.\n"
        "وقال المهندس وائل الحربي إن الجسر الجديد سيفتتح نهاية العام، مشيرا إلى"
        " اكتمال الطرق المؤدية إليه."
    )
    found = [(a.cue, a.source.name, a.content) for a in result.attributions]
    assert found == [
        ("أوضح", "عادل النمري", "فرق الإطفاء سيطرت على الحريق خلال ساعتين"),
        ("مؤكدا", "عادل النمري", "عدم وجود إصابات بين السكان"),
        ("قال", "وائل الحربي", "الجسر الجديد سيفتتح نهاية العام"),
        ("مشيرا", "وائل الحربي", "اكتمال الطرق المؤدية إليه"),
    ]
    _contents(result)

    result = read(
        "وقال المتحدث باسم شركة الواحة سامي الربيعي إن الشركة لم تبع أيا من مصانعها، مشددا"
        " على عدم صحة هذه الأنباء."
    )
    assert [a.cue for a in result.attributions] == ["قال"]


def test_the_complementiser_after_an_stays_out_of_the_content(read):
    """ "كشفت الصحيفة عن أن …": the content opens after the complementiser that follows "عن",
    as after "كشفت أن …"."""
    result = read("وكشفت صحيفة الوادي عن أن إدارة الميناء قررت تمديد ساعات العمل خلال موسم الحصاد.")
    assert _contents(result)["كشفت"] == "إدارة الميناء قررت تمديد ساعات العمل خلال موسم الحصاد"


def test_the_writer_placing_what_was_said_ends_the_content(read):
    """ "أكدت الهيئة أن …، يأتي ذلك في الوقت الذي …" / "…، وجاء ذلك في بيان …": after a comma,
    the writer places what was said; the content ends before the comma."""
    result = read(
        "وأكدت هيئة المياه في محافظة الرمال أن محطة التحلية الجديدة ستعمل بكامل طاقتها الشهر"
        " المقبل، يأتي ذلك في الوقت الذي تشهد فيه المحافظة انقطاعات متكررة.\n"
        "وأعلنت البلدية أن السوق الشعبي سيغلق للصيانة، وجاء ذلك في بيان نشرته على موقعها."
    )
    contents = _contents(result)
    assert contents["أكدت"] == "محطة التحلية الجديدة ستعمل بكامل طاقتها الشهر المقبل"
    assert contents["أعلنت"] == "السوق الشعبي سيغلق للصيانة"


def test_the_writer_recalling_background_ends_the_content(read):
    """ "حذرت الإدارة من …، يذكر أن …" / "…، والجدير بالذكر أن …": after a comma, the writer
    recalls background of her own; the content ends before the comma."""
    result = read(
        "وحذرت إدارة الطرق في محافظة الوادي من تساقط الصخور على الطريق الجبلي، يذكر أن ثلاثة"
        " حوادث وقعت على الطريق نفسه العام الماضي.\n"
        "وأوضح المدرب كمال الشهري أن الفريق سيخوض مباراتين وديتين قبل انطلاق الموسم،"
        " والجدير بالذكر أن الفريق صعد إلى الدرجة الأولى قبل عامين."
    )
    contents = _contents(result)
    assert contents["حذرت"] == "تساقط الصخور على الطريق الجبلي"
    assert contents["أوضح"] == "الفريق سيخوض مباراتين وديتين قبل انطلاق الموسم"


def test_the_writer_reading_what_the_words_meant_ends_the_content(read):
    """ "قال فلان إن …، في إشارة إلى …": after a comma, the writer reads what the words hinted
    at; the content ends before the comma."""
    result = read(
        "وقال رئيس بلدية الساحل نبيل العمري إن بعض الجهات تعرقل مشروع الميناء، في إشارة إلى"
        " شركة المقاولات التي انسحبت من العقد."
    )
    assert _contents(result)["قال"] == "بعض الجهات تعرقل مشروع الميناء"


def test_the_call_cut_off_a_content_is_no_statement_of_the_publisher(read):
    """ "أكد المدير أن …، داعيا الأهالي إلى …": the call after the content is what the speaker
    did besides; it is neither part of his claim nor a statement in the publisher's voice."""
    result = read(
        "وأكد مدير الدفاع المدني أن فرق الإنقاذ أخلت جميع سكان الحي المتضرر من السيول، داعيا"
        " الأهالي إلى الابتعاد عن مجاري الأودية خلال الأيام الثلاثة المقبلة.\n"
    )
    (said,) = result.attributions
    assert said.content.endswith("من السيول")
    assert not any("الأهالي" in s.content for s in result.statements)
