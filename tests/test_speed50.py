"""What the corpus linking keeps by text or tests first to judge pairs faster, unchanged in what
it decides."""

from __future__ import annotations

from tracker.lang import content_words
from tracker.link.antonyms import refused_telling
from tracker.link.formulas import cited_words, scripture_only, verses
from tracker.link.numbers import is_number_word, number_forms
from tracker.link.substitution import short_enough

VERSE = "قال تعالى: (ومن يغرس الخير يجن الأمن)"


def test_cited_words_are_the_content_words_of_the_verses() -> None:
    """cited_words is the content words of the verses a statement cites, none without one."""
    text = "ودعا الشيخ سالم الفارس إلى التكافل، " + VERSE
    assert cited_words(text) == frozenset(content_words(verses(text)))
    assert cited_words(text)
    assert cited_words("وقال الشيخ سالم الفارس إن الحملة تبدأ غدا") == frozenset()


def test_scripture_only_reads_the_cited_words() -> None:
    """Two voices citing one verse to their own ends share only the verse; without a verse
    cited, the same words are not set aside."""
    one = "ودعا رئيس الجمعية إلى دعم حملة التشجير في الأحياء، " + VERSE
    other = "وحث مدير المدرسة الطلاب على حفظ الوقت والمثابرة، " + VERSE
    assert scripture_only(content_words(one), content_words(other), one, other)
    plain = "ومن يغرس الخير يجن الأمن في الأحياء"
    assert not scripture_only(content_words(plain), content_words(plain), plain, plain)


def test_number_forms_hold_every_spelled_number() -> None:
    """Each word is_number_word reads as a number is among number_forms; counting them alone
    leaves short_enough's answer as it was."""
    words = ["ثلاثه", "وعشرين", "الخمسين", "خمسه", "عشر", "ten"]
    assert all(is_number_word(w) for w in words)
    assert set(words) <= number_forms()
    vocabulary = (*(f"كلمه{n}" for n in "ابتثجحخدذرزس"), "ثلاثه", "وعشرين")
    assert short_enough(vocabulary)
    assert not short_enough((*vocabulary[:-2], "مدينه", "قريه"))


def test_refused_telling_needs_a_negating_word() -> None:
    """A statement with no negating word withholds nothing; one refusing to give details
    withholds them."""
    assert refused_telling("أجرى الوزير حامد العتيبي محادثات في العاصمة أمس") == ()
    found = refused_telling("أجرى الوزير محادثات في العاصمة، لكنه رفض الإدلاء بتفاصيل")
    assert "تفاصيل" in found
