"""Reading files: encodings, page header, title, publisher and date."""

from __future__ import annotations

import pytest

from tracker.errors import InputError
from tracker.readers import decode, find_date, parse_article

ARTICLE = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا في العاصمة لبحث الأزمة الاقتصادية."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),
        (ARTICLE.encode("cp1256"), "cp1256"),
    ],
)
def test_decode_recognises_common_arabic_encodings(data, encoding):
    """UTF-8 (with or without BOM), UTF-16 and Windows-1256 decode to the same text."""
    assert decode(data, "a.txt") == (ARTICLE, encoding)


def test_decode_refuses_binary():
    """A file with NUL bytes is refused with the file named."""
    with pytest.raises(InputError, match=r"x\.bin: looks like a binary file"):
        decode(b"\x00\x01\x02PNG", "x.bin")


def test_decode_refuses_bytes_no_encoding_explains():
    """Bytes no encoding makes sense of are refused, pointing at --encoding."""
    with pytest.raises(InputError, match="--encoding"):
        decode(bytes(range(128, 256)) * 3, "x.txt")


def test_decode_tells_iso_8859_6_from_windows_1256():
    """Short Arabic text in ISO-8859-6 is read as such, not as another code page."""
    text = "قال الوزير إن الاجتماع سيعقد غدا في العاصمة."
    assert decode(text.encode("iso8859_6"), "a.txt") == (text, "iso8859_6")


def test_decode_reads_latin_text_too():
    """A legacy Latin-1 English file is decoded rather than refused."""
    text, encoding = decode("The minister said the café would open.".encode("latin-1"), "a.txt")
    assert "café" in text
    assert encoding != "utf-8"


def test_find_date_reads_levantine_months_and_skips_hijri():
    """Gregorian dates with Levantine names are read; the Hijri date beside them is not."""
    assert find_date("الأحد 3 مارس/آذار 2024 الموافق 22 شعبان 1445") == "2024-03-03"
    assert find_date("الموافق 07 شوال 1445") is None
    assert find_date("12 تشرين الثاني 2024") == "2024-11-12"
    assert find_date("March 1, 2024") == "2024-03-01"


def test_header_chrome_title_and_publisher():
    """Site chrome is skipped; the title and the byline publisher are found; the body follows."""
    text = (
        "الثلاثاء 16 أبريل 2024\nرئيس التحرير\nفلان الفلاني\nعاجل\nسياسة\n\n"
        "عنوان الخبر الرئيسي في الصفحة\n\nموقع المدينة\n\n" + ARTICLE + "\n"
    )
    article = parse_article(text, "a.txt")
    assert article.title == "عنوان الخبر الرئيسي في الصفحة"
    assert article.publisher == "موقع المدينة"
    assert article.published == "2024-04-16"
    assert article.text[article.body_start :].startswith("قال المتحدث")


def test_labelled_header_lines_give_title_publisher_date_and_author():
    """A text file opening with "Label: value" lines: each label's value is its field, and no
    label is left in the title or the publisher."""
    text = (
        "Title: Harbour board delays the ferry tender again, paper says\n"
        "Publisher: Bayside Courier\nDate: 2025-11-03\nBy: Reuters\n\n"
        "The harbour board postponed the tender for a third time, the Courier reported, citing "
        "two members of the board.\n"
    )
    article = parse_article(text, "a.txt")
    assert article.title == "Harbour board delays the ferry tender again, paper says"
    assert (article.publisher, article.published, article.author) == (
        "Bayside Courier",
        "2025-11-03",
        "Reuters",
    )
    assert article.text[article.body_start :].startswith("The harbour board")


def test_labelled_header_lines_in_arabic_and_a_long_title():
    """Arabic labels too; a labelled title of many words is still the title, not the body."""
    title = "مجلس الميناء يؤجل مناقصة العبارات للمرة الثالثة بعد اعتراض شركتين على شروطها الفنية"
    text = f"العنوان: {title}\nالناشر: صحيفة الساحل\nالتاريخ: 3 نوفمبر 2025\n\n{ARTICLE}\n"
    article = parse_article(text, "a.txt")
    assert (article.title, article.publisher, article.published) == (
        title,
        "صحيفة الساحل",
        "2025-11-03",
    )
    assert article.text[article.body_start :].startswith("قال المتحدث")


def test_a_label_is_no_header_field_when_its_value_is_a_sentence():
    """ "Source:" followed by a whole sentence is no publisher's name: the line stays text."""
    text = "Source: the ministry said on Monday that the bridge would reopen within two weeks\n"
    article = parse_article(text, "a.txt")
    assert article.publisher is None
    assert article.body_start == 0


def test_overrides_win_over_the_header():
    """--publisher and --date replace what the header says."""
    article = parse_article(ARTICLE, "a.txt", publisher="جريدة الغد", published="2020-01-02")
    assert (article.publisher, article.published) == ("جريدة الغد", "2020-01-02")


def test_empty_article_is_an_error():
    """White space only is refused with the file named."""
    with pytest.raises(InputError, match=r"e\.txt: the article is empty"):
        parse_article(" \n\t", "e.txt")
