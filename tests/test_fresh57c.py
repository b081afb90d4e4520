"""Replies and short answers, and a credit to a man's own statement (round 57, fresh57c).

"فرد المدير قائلا: …" (he replied, saying), "واكتفى المتحدث بالتأكيد على أن …" (he said only
that) and "…، حسب إفادته" (by his own account) each give their words to the one who speaks.

Every example is made up; each test pins one general pattern and checks the content's offsets.
"""

from __future__ import annotations

from conftest import voices_checked as _voices


def test_one_who_replied_saying_speaks_his_words(read):
    """ "فرد المدير قائلا: …": the one who replied speaks the words after "قائلا", and the
    words before it stay with their own voice."""
    result = read(
        "وسأل الموظفون عن موعد صرف الحوافز، فرد المدير فهد العتيبي قائلا: الحوافز ستصرف مع"
        " رواتب الشهر المقبل."
    )
    assert _voices(result) == {"فهد العتيبي": "الحوافز ستصرف مع رواتب الشهر المقبل"}

    result = read(
        "وقال سامي الحربي إن المصنع توقف عن العمل، فرد العامل قائلا «لم نتسلم أجورنا منذ شهرين»."
    )
    assert _voices(result) == {
        "سامي الحربي": "المصنع توقف عن العمل",
        "العامل": "لم نتسلم أجورنا منذ شهرين",
    }


def test_one_who_said_only_that_speaks_after_the_noun_of_saying(read):
    """ "واكتفى المتحدث بالتأكيد على أن …", "بالإشارة إلى أن …": he said only this; the noun
    of saying is no part of his name, and a team content with a draw says nothing."""
    result = read("واكتفى المتحدث باسم البلدية بالتأكيد على أن أعمال الصيانة ستنتهي قبل العيد.")
    assert _voices(result) == {"المتحدث باسم البلدية": "أعمال الصيانة ستنتهي قبل العيد"}

    result = read("واكتفى المدير نادر القاسم بالإشارة إلى أن اللجنة لم تجتمع بعد.")
    assert _voices(result) == {"نادر القاسم": "اللجنة لم تجتمع بعد"}

    assert _voices(read("واكتفى الفريق الضيف بالتعادل في مباراة الأمس.")) == {}


def test_a_credit_to_his_own_account_gives_the_clause_to_him(read):
    """ "…، حسب إفادته" and "بحسب أقواله": the clause before is the account of the man the
    sentence names."""
    result = read(
        "انتقل سامي الحربي إلى العاصمة قبل عامين ولم يجد عملا حسب إفادته للصحيفة ولكنه لم"
        " يفقد الأمل."
    )
    assert _voices(result) == {
        "سامي الحربي": "انتقل سامي الحربي إلى العاصمة قبل عامين ولم يجد عملا"
    }

    result = read(
        "وقال نادر القاسم إن المتجر كان مغلقا. وانتظر الرجل أمام الباب ساعتين، بحسب أقواله"
        " أمام اللجنة."
    )
    _voices(result)
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("نادر القاسم", "المتجر كان مغلقا"),
        ("نادر القاسم", "وانتظر الرجل أمام الباب ساعتين"),
    ]


def test_one_who_replied_with_a_smile_saying_speaks(read):
    """ "رد اللاعب بابتسامة قائلا: «…»": how he replied is no part of his name, and his words
    follow "قائلا"."""
    result = read(
        "وعندما سأله الصحفيون عن النتيجة رد اللاعب بابتسامة قائلا: «سنعود أقوى في الإياب»."
    )
    assert _voices(result) == {"اللاعب": "سنعود أقوى في الإياب"}


def test_a_surname_with_another_long_vowel_after_the_same_letter_is_another_man(read):
    """ "ديبرسون" after "نادر دوبرسون": the two spellings trade ي for و after the same letter,
    so the surname is another man, not the engineer named before; "شفيتلر" after "نادر
    شفتيلر" only moves its ي and is the same man."""
    result = read(
        "وقال المهندس نادر دوبرسون إن أسعار الشقق ارتفعت هذا العام. وأشار ديبرسون إلى أن"
        " الإيجارات سترتفع أيضا."
    )
    assert _voices(result) == {
        "نادر دوبرسون": "أسعار الشقق ارتفعت هذا العام",
        "ديبرسون": "الإيجارات سترتفع أيضا",
    }

    result = read(
        "وقال المهندس نادر شفتيلر إن أسعار الشقق ارتفعت هذا العام. وأشار شفيتلر إلى أن"
        " الإيجارات سترتفع أيضا."
    )
    assert [a.source.name for a in result.attributions] == ["نادر شفتيلر", "نادر شفتيلر"]


def test_the_paper_a_man_spoke_to_never_speaks_in_its_own_pages(read):
    """ "… تحدث لـ"عكاظ" حيث ذكر أن …" in عكاظ itself: the paper told is no voice; the verb
    goes on from the man who spoke before, or, with none, gives no attribution."""
    result = read(
        'وقال التاجر سامي الحربي إن السوق مزدحمة. ثم تحدث لـ"عكاظ" حيث ذكر أنه بدأ تجارته'
        " من الصفر قبل عشر سنوات."
    )
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("سامي الحربي", "السوق مزدحمة"),
        ("سامي الحربي", "بدأ تجارته من الصفر قبل عشر سنوات"),
    ]

    result = read(
        'تاجر في الثلاثين من عمره يعمل في السوق منذ صغره تحدث لـ"عكاظ" حيث ذكر أنه بدأ'
        " تجارته من الصفر، مؤكدا أن التعب كان كبيرا. وأضاف أن السوق تحتاج إلى مظلات."
    )
    assert "عكاظ" not in _voices(result)


def test_ibn_and_a_surname_is_the_man_named_with_bin_before(read):
    """ "بحسب ابن فلان" after "سامي بن حمد بن فلان": "ابن" and "بن" are one word in a name, so
    the credit is the man named in full before, one voice with him."""
    result = read(
        "وقال الأستاذ سامي بن حمد بن رشيد إن القضية تعود إلى عام مضى. وأضاف ابن رشيد أن"
        " اللجنة لم تجتمع بعد."
    )
    assert [a.source.name for a in result.attributions] == ["سامي بن حمد بن رشيد"] * 2
