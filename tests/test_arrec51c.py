"""Arabic voices and cues read on unseen days (round 51, arrec51c).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from tracker import Registry, analyse_article
from tracker.models import SourceKind
from tracker.readers import parse_article


def test_the_source_names_again_the_one_source_not_sources_after_it(read):
    """ "وكشف المصدر أن …" after "قال مصدر مطلع …" and "وبحسب مصادر …" is that one source
    again: a singular anaphor passes over unnamed sources (or witnesses) in the plural named
    after the one source, and refers back to them only with no such source before."""
    result = read(
        "قال مصدر مطلع في مستشفى الواحة إن عدوى جلدية انتشرت بين نزلاء الجناح الشرقي، وبحسب"
        " مصادر أخرى تم عزل المصابين في غرفة خاصة.\n"
        "وكشف المصدر أن سبب انتشار العدوى ضعف أداء قسم الوقاية في المستشفى.\n"
        "وأكد شهود من الزوار أن الممرات كانت مزدحمة طوال الأسبوع.\n"
        "كما أوضح المصدر أن إدارة المستشفى شكلت لجنة للتحقيق."
    )
    voices = {a.cue: a.source.name for a in result.attributions}
    assert voices["كشف"] == voices["قال"] == voices["أوضح"] == "مصدر مطلع في مستشفى الواحة"

    # With no unnamed source in the singular before it, "وأضاف المصدر" still refers back to
    # the unnamed voice named last.
    alone = read(
        "وقالت مصادر محلية إن الطريق الساحلي أغلق بسبب السيول منذ صباح الخميس.\n"
        "وأضاف المصدر أن فرق الإنقاذ وصلت إلى القرى المعزولة."
    )
    assert [a.source.name for a in alone.attributions] == ["مصادر محلية", "مصادر محلية"]


def test_a_broken_plural_of_people_speaks_on_in_the_plural(read):
    """ "وأضاف الأئمة أن …، مشيرين إلى أن …. وبينوا أن …": the verb before a broken plural
    ("الأئمة", "الوزراء") stays singular, but the group goes on speaking in the plural, so a
    plural participle or verb after it is theirs."""
    result = read(
        "وأضاف الأئمة في خطبة الجمعة أن العدل أساس الحكم، مشيرين إلى أن المساجد لم تكن يوما"
        " مكانا للخصومة.\n"
        "وبينوا أن حماية المصلين واجب على الجميع."
    )
    assert [(a.cue, a.source.name) for a in result.attributions] == [
        ("أضاف", "الأئمة"),
        ("مشيرين", "الأئمة"),
        ("بينوا", "الأئمة"),
    ]


def test_a_medium_s_credit_before_a_noun_phrase_leaves_the_subject_the_voice(read):
    """ "وأكدت الوزارة وفقا لوكالة الأنباء …، وقوف البلاد مع …": the medium set off by a comma
    carried the words, the ministry said them (its announced noun phrase follows), as with
    "أن" after the credit; the agency is no voice of its own."""
    result = read(
        "وأكدت وزارة الخارجية الفنلندية وفقا لوكالة الأنباء الفنلندية، وقوف بلادها مع الدول"
        " المجاورة في مواجهة الفيضانات."
    )
    (said,) = result.attributions
    assert said.source.name == "وزارة الخارجية الفنلندية"
    assert [c.name for c in said.chain][-1] == "وزارة الخارجية الفنلندية"
    assert said.content.startswith("وقوف بلادها")


def test_a_quoted_medium_credited_with_lam_leaves_the_subject_the_voice(tmp_path):
    """ "وأكد فلان وفقا لـ«النورس»، أن …": a medium the registry knows, quoted after "لـ" in
    the lead, carried the words the verb's subject said (as "وفقا لوكالة النورس، أن …"); the
    medium is no voice of its own."""
    extra = tmp_path / "made-up.toml"
    extra.write_text(
        '[[source]]\nid = "nawras"\nname = "وكالة النورس"\nkind = "agency"\naliases = ["النورس"]\n',
        encoding="utf-8",
    )
    registry = Registry.load([extra])
    text = (
        "ارتفع عدد زوار المعرض هذا العام. وأكد سالم الهاشمي وفقا لـ«النورس»، أن الوزارة"
        " حريصة على صرف جميع البدلات."
    )
    article = parse_article(text, "t.json", publisher="okaz", language="ar")
    (said,) = analyse_article(article, registry).attributions
    assert said.source.name == "سالم الهاشمي"
    assert [c.kind for c in said.chain] == [SourceKind.AGENCY, said.source.kind]
