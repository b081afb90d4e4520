"""Unseen web pages: site chrome around an article's body (made-up pages of several kinds)."""

from __future__ import annotations


def test_numbered_and_other_related_lists_and_readers_comments_are_no_claims(read, read_en):
    """Headlines under "شاهد أيضا" / "قد يهمك أيضا", numbered ones under "الأكثر قراءة", and
    readers' comments below "4 تعليقات" are no claims of the article."""
    arabic = read(
        "قال مدير الميناء هشام الزين إن حركة الحاويات زادت بنسبة كبيرة خلال الشهر الماضي.\n"
        "شاهد أيضا\n"
        "وزير التجارة: لا نية لرفع الرسوم الجمركية على الأجهزة المنزلية\n"
        "الأكثر قراءة\n"
        "1. مصادر: تغيير مرتقب في إدارة هيئة الموانئ خلال أسابيع\n"
        "2. نقابة البحارة تنفي التوقيع على اتفاق الأجور الجديد\n"
        "وأضاف الزين أن الميناء سيفتتح رصيفا جديدا في الربيع المقبل.\n"
        "3 تعليقات\n"
        "أبو فراس: قال لي صديق يعمل هناك إن الرصيف لن يكتمل قبل سنتين.\n"
        "ناصر: الأسعار لم تنخفض رغم كل هذه الحاويات.\n"
    )
    assert [a.source.name for a in arabic.attributions] == ["هشام الزين"] * 2
    english = read_en(
        "The port director, Hisham Zein, said container traffic rose sharply last month.\n"
        "Comments (2)\n"
        "Abu Firas: a friend who works there told me the new quay will take years.\n"
    )
    assert [a.cue for a in english.attributions] == ["said"]


def test_page_header_menus_tickers_stamps_and_bylines():
    """A menu on one line, a breaking bar ("عاجل | …"), time stamps and a byline under the
    title are chrome: the title, the site's name above it, the date and the byline are read."""
    from tracker.readers import parse_article

    page = parse_article(
        "قناة الروابي\n"
        "الرئيسية | محليات | اقتصاد | رياضة | منوعات | فيديو | بث مباشر | اتصل بنا\n"
        "عاجل | وزير الصحة: افتتاح ثلاثة مستشفيات جديدة في المحافظات الشمالية قريبا\n"
        "اقتصاد\n"
        "المصرف المركزي ينفي نية تعديل سعر صرف العملة المحلية\n"
        "نشر في: 2025/07/14 - 10:05\n"
        "منذ ساعتين\n"
        "بيروت - رويترز\n"
        "نفى المصرف المركزي اليوم وجود أي نية لتعديل سعر الصرف، مؤكدا أن الاحتياطي كاف.\n",
        "page.txt",
    )
    assert page.title == "المصرف المركزي ينفي نية تعديل سعر صرف العملة المحلية"
    assert (page.publisher, page.published, page.author) == (
        "قناة الروابي",
        "2025-07-14",
        "بيروت - رويترز",
    )
    written = parse_article(
        "الثلاثاء 4 مارس 2025\n"
        "عدد المشاهدات: 840\n"
        "مدرب الفريق ينفي رحيله عن النادي قبل نهاية الموسم الحالي\n"
        "كتب - كريم الصافي\n"
        "نفى مدرب الفريق أمس أي نية للرحيل عن النادي قبل نهاية الموسم الحالي بأسابيع.\n",
        "page.txt",
    )
    assert (written.title, written.author, written.publisher) == (
        "مدرب الفريق ينفي رحيله عن النادي قبل نهاية الموسم الحالي",
        "كريم الصافي",
        None,
    )


def test_a_wire_byline_under_the_title_is_the_outermost_voice(read_page):
    """ "عمّان - رويترز" under a page's title is its byline, not its publisher: the wire is the
    outermost voice of what the body reports."""
    result = read_page(
        "آخر تحديث: 2025/07/14 - 12:40\n"
        "وزير الطاقة الأردني يتوقع انخفاض أسعار الكهرباء مطلع العام المقبل\n"
        "عمّان - رويترز\n"
        "قال وزير الطاقة الأردني سامي الحديد إن أسعار الكهرباء ستنخفض مطلع العام المقبل.\n"
    )
    assert [[v.name for v in a.chain] for a in result.attributions] == [["رويترز", "سامي الحديد"]]


def test_a_name_set_off_after_its_title_whatever_follows_it(read):
    """ "أفاد رئيس بلدية X، فلان، بأن …" (بلدية is no object in ب), "نفى رئيس النادي، فلان،
    وجود …" and "أعلن الوزير، فلان، اليوم في العاصمة، عن …": the man named between commas
    speaks, not his title."""
    result = read(
        "وأفاد رئيس بلدية السنديان، ميشال قزي، بأن السيول جرفت عشرات السيارات في الوادي.\n"
        "ونفى رئيس نادي الشروق، عماد الحلبي، وجود أي خلاف مع المدرب حول عقود اللاعبين.\n"
        "وأعلن وزير الصيد البحري، كريم الفاسي، اليوم الثلاثاء في العاصمة، عن خطة جديدة "
        "لحماية المخزون السمكي.\n"
    )
    assert [(a.source.name, a.stance.value) for a in result.attributions] == [
        ("ميشال قزي", "asserts"),
        ("عماد الحلبي", "denies"),
        ("كريم الفاسي", "asserts"),
    ]


def test_a_denied_act_is_no_voice_after_the_denial(read):
    """ "النادي ينفي التفاوض مع المدرب" and "الوزارة تنفي استهداف المدنيين" (a headline's
    shape) deny an act; "نفى رئيس الاتحاد التفاوض مع …" ends its voice before the act."""
    result = read(
        "ونفى رئيس الاتحاد التفاوض مع المدرب البرتغالي لقيادة المنتخب الأول.\n"
        "وزارة الدفاع تنفي استهداف المدنيين في القرى الحدودية.\n"
        "إدارة النادي تنفي الاعتداء على الحكم بعد نهاية المباراة.\n"
    )
    assert [(a.source.name, a.stance.value, a.content) for a in result.attributions] == [
        ("رئيس الاتحاد", "denies", "التفاوض مع المدرب البرتغالي لقيادة المنتخب الأول"),
        ("وزارة الدفاع", "denies", "استهداف المدنيين في القرى الحدودية"),
        ("إدارة النادي", "denies", "الاعتداء على الحكم بعد نهاية المباراة"),
    ]


def test_a_known_body_before_a_headlines_colon_speaks_and_a_wire_credits(read_page):
    """ "الأمم المتحدة: …" as a page's title is the body's claim; "رويترز: …" only credits."""
    result = read_page(
        "الأمم المتحدة: المساعدات لم تصل إلى القرى المعزولة في الجبال\n"
        "\n"
        "قالت الأمم المتحدة اليوم إن قوافل المساعدات لم تبلغ بعد القرى المعزولة في الجبال.\n",
    )
    assert [(a.source.name, a.cue) for a in result.attributions] == [
        ("الأمم المتحدة", "قالت"),
        ("الأمم المتحدة", ":"),
    ]
    wire = read_page(
        "رويترز: صعود الخام في تداولات الصباح بآسيا بعد بيانات المخزون\n"
        "\n"
        "صعد الخام في تداولات الصباح بآسيا بعد أن أظهرت البيانات هبوط المخزون الأمريكي.\n",
    )
    assert wire.attributions == ()


def test_a_wire_credited_on_its_own_line_above_the_pages_footer(read):
    """ "(أ ف ب)" alone on a line after the last paragraph, with tags, related headlines and
    a footer below it, makes the wire the outermost voice, as it does at the very end."""
    result = read(
        "قال وزير الزراعة التونسي منير الباجي إن موسم الحصاد سيبدأ مبكرا هذا العام.\n"
        "\n"
        "(أ ف ب)\n"
        "\n"
        "الوسوم: الحصاد، الزراعة، تونس\n"
        "قد يهمك أيضا\n"
        "ارتفاع أسعار القمح في الأسواق العالمية\n"
        "جميع الحقوق محفوظة\n",
        publisher="الساحة",
    )
    assert [[v.name for v in a.chain] for a in result.attributions] == [
        ["وكالة الصحافة الفرنسية", "منير الباجي"]
    ]


def test_a_pages_copyright_line_names_its_publisher():
    """With no name in its header, a page's copyright line names its publisher, also above
    other footer links and after "ل" ("محفوظة لصحيفة …"); the header's name wins."""
    from tracker.readers import parse_article

    body = "قال مصدر في البلدية لـ«صدى الجبل» إن أعمال الصيانة ستنتهي قريبا في الحي.\n"
    footer = "جميع الحقوق محفوظة لصحيفة صدى الجبل © 2025 | سياسة الخصوصية\nاتصل بنا\n"
    assert parse_article(body + footer, "page.txt").publisher == "صحيفة صدى الجبل"
    english = "The mayor said repairs would end soon.\n© 2025 The Hill Echo. All rights reserved.\n"
    assert parse_article(english, "page.txt").publisher == "The Hill Echo"
    assert parse_article(body, "page.txt").publisher is None


def test_a_photo_credit_names_no_wire(read):
    """ "(الصورة: رويترز)" at the end of a page credits the picture, not the text: the wire is
    no voice of what the page reports."""
    for credit in ("(الصورة: رويترز)", "(تصوير: أ ف ب)"):
        result = read(
            "قال وزير الزراعة التونسي منير الباجي إن موسم الحصاد سيبدأ مبكرا هذا العام.\n"
            f"{credit}\n",
            publisher="الساحة",
        )
        assert [[v.name for v in a.chain] for a in result.attributions] == [["منير الباجي"]]


def test_previous_and_next_story_links_and_liked_lists_are_chrome(read):
    """ "الخبر السابق: …" above a page's title is no title, and headlines under "مواضيع قد
    تعجبك" are no claims."""
    from tracker.readers import parse_article

    page = parse_article(
        "الخبر السابق: وزير النقل: افتتاح الطريق الساحلي الجديد أمام حركة الشاحنات غدا\n"
        "بلدية الميناء تعلق أعمال توسعة السوق القديم\n"
        "قال رئيس البلدية سامر الخوري إن أعمال التوسعة ستتوقف حتى نهاية الشهر الجاري.\n",
        "page.txt",
    )
    assert page.title == "بلدية الميناء تعلق أعمال توسعة السوق القديم"
    result = read(
        "قال رئيس البلدية سامر الخوري إن أعمال التوسعة ستتوقف حتى نهاية الشهر الجاري.\n"
        "مواضيع قد تعجبك\n"
        "وزير المالية: لا تأخير في صرف رواتب الموظفين هذا الشهر\n"
    )
    assert [a.source.name for a in result.attributions] == ["سامر الخوري"]


def test_a_headline_opening_with_since_is_no_time_stamp():
    """Only a line that ends with the time since ("منذ ساعتين") stamps the page: "منذ عامين..
    …" is a headline."""
    from tracker.readers import parse_article

    page = parse_article(
        "منذ ساعتين\nمنذ عامين.. قرية الوادي بلا مدرسة ولا طبيب\nالقاهرة - سامي الطيب\n"
        "قال أهالي القرية إن المدرسة أغلقت أبوابها منذ عامين بعد انهيار جزء من سقفها.\n",
        "page.txt",
    )
    assert (page.title, page.author) == (
        "منذ عامين.. قرية الوادي بلا مدرسة ولا طبيب",
        "القاهرة - سامي الطيب",
    )


def test_the_signature_of_an_embedded_post_is_no_statement(read):
    """ "— هيئة الطقس (@weather_body) June 15, 2025" under an embedded post is the page's
    markup of it, no claim in the publisher's own voice."""
    result = read(
        "حذرت هيئة الطقس من موجة حر شديدة تبدأ يوم الأحد في معظم المناطق الداخلية.\n"
        "— هيئة الطقس الوطنية (@weather_body) June 15, 2025\n"
        "وارتفعت درجات الحرارة أمس إلى أعلى مستوياتها منذ عشر سنوات في العاصمة.\n"
    )
    assert not any("@" in s.content for s in result.statements)
    assert len(result.statements) == 1


def test_an_html_byline_loses_its_author_label():
    """ "كتب: فلان" in a page's author meta tag or byline element is the byline "فلان"."""
    from tracker.readers import page_byline

    html = (
        '<meta name="author" content="كتب: رامي الخطيب">'
        '<span class="author">كتب: رامي الخطيب</span>'
    )
    assert page_byline(html) == "رامي الخطيب"


def test_more_news_and_related_lists_are_no_claims(read):
    """Headlines under "المزيد من الأخبار" or "ذات صلة" are links to other stories."""
    result = read(
        "قال مدير المستشفى نادر سليم إن قسم الطوارئ الجديد سيفتح أبوابه الشهر المقبل.\n"
        "المزيد من الأخبار\n"
        "وزير الصحة: لا نقص في أدوية الأمراض المزمنة\n"
        "ذات صلة\n"
        "مصدر: تعيين مدير جديد لمستشفى العاصمة قريبا\n"
    )
    assert [a.source.name for a in result.attributions] == ["نادر سليم"]
