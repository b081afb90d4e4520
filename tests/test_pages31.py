"""Unseen web pages, second round: live pages, explainers, transcripts, embedded posts (made-up)."""

from __future__ import annotations


def test_a_post_written_on_the_x_platform_is_its_writers(read):
    """ "وكتب فلان على منصة إكس:" (or "على حسابه في منصة إكس") with the post on the next line,
    as an embedded post is copied, gives the post to its writer."""
    result = read(
        "وكتب مركز الرصد الجوي على منصة إكس:\n"
        '"تستمر الرياح النشطة على السواحل حتى صباح الغد مع ارتفاع الموج."\n'
        "وكتب رئيس النادي، سامر الخطيب، على حسابه في منصة إكس:\n"
        "الفريق سيعود أقوى في الموسم المقبل، ونحن نثق باللاعبين.\n"
        "— سامر الخطيب (@samer_k) May 4, 2025\n"
    )
    assert [(a.source.name, a.cue) for a in result.attributions] == [
        ("مركز الرصد الجوي", "كتب"),
        ("سامر الخطيب", "كتب"),
    ]


def test_a_headline_closed_by_a_question_or_a_quotation_over_a_byline(registry):
    """A page's headline may close with "؟" or a quotation mark as a body line does: over a
    byline it is the title, the byline is the author, and a role it quotes is the body's man."""
    from tracker import analyse_article
    from tracker.readers import parse_article

    asked = parse_article(
        "صحيفة الشرفة\nالأحد 5 يناير 2025\n\n"
        "هل تنجح خطة الحكومة في خفض أسعار الخبز هذا العام؟\n\nكتب - مازن العلي\n\n"
        "أعلنت وزارة التموين أمس أنها ستخفض سعر الخبز المدعوم بنسبة عشرة في المئة.\n",
        "page.txt",
    )
    assert (asked.title, asked.author, asked.publisher) == (
        "هل تنجح خطة الحكومة في خفض أسعار الخبز هذا العام؟",
        "مازن العلي",
        "صحيفة الشرفة",
    )
    quoted = parse_article(
        "صحيفة الشرفة\nالأحد 5 يناير 2025\n\n"
        "وزير التموين: «لن نرفع سعر الخبز المدعوم هذا العام»\n\nعمّان - مازن العلي\n\n"
        "قال وزير التموين، فارس الحديدي، أمس إن الحكومة لن ترفع سعر الخبز المدعوم هذا العام "
        "مهما ارتفعت أسعار القمح.\n",
        "page.txt",
    )
    assert quoted.author == "عمّان - مازن العلي"
    result = analyse_article(quoted, registry)
    assert [a.source.name for a in result.attributions] == ["فارس الحديدي"] * 2


def test_a_guests_turns_in_a_transcript_are_his(read):
    """In a channel's transcript, a line opening with the bare name of a guest the text named
    before, then a colon, is his turn to its end, even when a cue word sits in it; a
    paragraph's label named before ("صفقات الموسم: …") is no one's turn."""
    result = read(
        "المذيعة: ينضم إلينا الآن الدكتور وليد الساعدي، أستاذ الاقتصاد في جامعة الوادي.\n"
        "وليد الساعدي: أعتقد أن الخطة متفائلة جدا. فالمصانع تخسر في كل طن تنتجه.\n"
        "المذيعة: لكن الوزارة تنفي ذلك.\n"
        "وليد الساعدي: هذا غير دقيق، والأرقام المنشورة تقول غير ذلك تماما.\n"
        "ومن أبرز ما أنجزته إدارة النادي: صفقات الموسم وتجديد الملعب.\n"
        "صفقات الموسم: وقعت الإدارة مع ستة لاعبين محليين واثنين من الخارج قبل المعسكر.\n"
    )
    turns = [(a.source.name, a.content) for a in result.attributions if a.cue == ":"]
    assert turns == [
        ("وليد الساعدي", "أعتقد أن الخطة متفائلة جدا. فالمصانع تخسر في كل طن تنتجه"),
        ("وليد الساعدي", "هذا غير دقيق، والأرقام المنشورة تقول غير ذلك تماما"),
    ]


def test_a_show_or_section_label_before_a_bar_opens_no_headline(read_page):
    """ "حصاد المساء | وزير الصحة: …": the label before the bar is the show's, so the headline
    that follows it is read as one, its role the minister the body names."""
    result = read_page(
        "قناة السهول\nالسبت 8 فبراير 2025\n\n"
        "نشرة الظهيرة | وزير الري: المياه ستعود إلى القنوات الزراعية خلال أسبوع\n\n"
        "قال وزير الري، نادر الشامي، اليوم إن أعمال تطهير السدود اكتملت، وإن المياه ستعود "
        "إلى القنوات الزراعية في الوادي خلال أسبوع واحد.\n",
    )
    assert [(a.source.name, a.cue) for a in result.attributions] == [
        ("نادر الشامي", "قال"),
        ("نادر الشامي", ":"),
    ]


def test_a_copyright_line_is_no_statement(read):
    """The page's copyright line ("جميع الحقوق محفوظة لقناة … 2025", "… © جميع الحقوق
    محفوظة") is no statement of the article, with no list of links before it."""
    result = read(
        "افتتحت البلدية صباح اليوم جسرا جديدا يربط الضفتين بعد عامين من أعمال البناء المتواصلة.\n"
        "شارك الخبر\n"
        "جميع الحقوق محفوظة لقناة السهول الفضائية 2025\n"
        "شبكة الوادي الإخبارية © جميع الحقوق محفوظة 2025\n"
    )
    assert [s.content for s in result.statements] == [
        "افتتحت البلدية صباح اليوم جسرا جديدا يربط الضفتين بعد عامين من أعمال البناء المتواصلة"
    ]


def test_a_galleries_captions_under_its_picture_counts_are_no_statements(read):
    """A gallery's caption on the line under its count ("الصورة 2 من 5"), with no photo
    credit, is no statement; the paragraphs between the pictures are read."""
    result = read(
        "الصورة 1 من 5\n"
        "زوار يتجولون بين أجنحة المعرض في يومه الأول بالعاصمة (تصوير: رائد النجار)\n"
        "وقال مدير المعرض، كمال الزين، إن عدد الناشرين المشاركين هذا العام بلغ مئتين.\n"
        "الصورة 2 من 5\n"
        "طالبات يتصفحن كتب الأطفال المصورة في الجناح الرئيسي للمعرض\n"
        "وافتتح المعرض أبوابه أمس بحضور عدد كبير من الكتاب والناشرين من دول المنطقة.\n"
    )
    assert [a.source.name for a in result.attributions] == ["كمال الزين"]
    assert [s.content for s in result.statements] == [
        "وافتتح المعرض أبوابه أمس بحضور عدد كبير من الكتاب والناشرين من دول المنطقة"
    ]


def test_bylines_without_a_mark_and_labels_of_what_follows_under_the_title():
    """Under the title, "By Jane Doe, …" and "كتبت: فلانة" are bylines, and a line closed by
    a colon ("نص الحلقة:") labels what follows: it never names the page, so the channel named
    above the title does."""
    from tracker.readers import parse_article

    english = parse_article(
        "The Coast Ledger\nTuesday, 14 October 2025\n\n"
        "Port authority says new ferry line will open in spring\n\n"
        "By Lina Haddad, Staff Reporter\n\n"
        "The port authority said on Monday that a new ferry line linking the two islands would "
        "open in the spring, after a year of delays.\n",
        "page.txt",
    )
    assert english.author == "Lina Haddad, Staff Reporter"
    channel = parse_article(
        "قناة السهول الفضائية\nآخر تحديث: 21:40 - السبت 8 فبراير 2025\n\n"
        "الحصاد | وزير الري: المياه ستعود إلى القنوات الزراعية خلال أسبوع\n\n"
        "كتبت: سلمى العلي\n\nنص الحلقة:\n\n"
        "المذيع: مساء الخير، نبدأ من الوادي حيث أعلن وزير الري اليوم انتهاء أعمال تطهير السدود.\n",
        "page.txt",
    )
    assert (channel.publisher, channel.author) == ("قناة السهول الفضائية", "سلمى العلي")
