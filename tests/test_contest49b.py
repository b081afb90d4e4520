"""Denials whose denier stands before a present verb, as headlines and leads write them: the
words before the verb name who denies, the words after it are what is denied."""

from __future__ import annotations

from test_contest49 import _denials

from tracker import Registry, analyse_article
from tracker.models import Stance
from tracker.readers import parse_article


def test_plain_verbal_noun_after_a_fronted_body_is_denied(registry: Registry) -> None:
    """ "الأمانة تنفي غلق الحدائق …": the act denied is no voice after the verb."""
    (denial,) = _denials(registry, "أمانة الساحل تنفي غلق الحدائق العامة خلال الصيف.")
    assert denial.source.name == "أمانة الساحل"
    assert denial.content.startswith("غلق الحدائق")


def test_fronted_person_denies_his_own_part(registry: Registry) -> None:
    """ "فلان ينفي مشاركته في …": the man named before the verb denies."""
    (denial,) = _denials(registry, "سامر الحلبي ينفي مشاركته في الاجتماع السري مع التجار.")
    assert denial.source.name == "سامر الحلبي"
    assert denial.content.startswith("مشاركته في")


def test_fronted_body_denies_a_tie_with_pronoun(registry: Registry) -> None:
    """ "جامعة الشمال تنفي صلتها بـ…": the body before the verb denies its tie."""
    (denial,) = _denials(registry, "جامعة الوادي تنفي صلتها بمسابقة القبول الإلكترونية.")
    assert denial.source.name == "جامعة الوادي"
    assert denial.content.startswith("صلتها بمسابقة")


def test_fronted_official_denies_a_plain_event(registry: Registry) -> None:
    """ "القنصل فلان ينفي غرق …": a plain event noun after the verb is what is denied."""
    (denial,) = _denials(registry, "القنصل الحلبي ينفي غرق قارب للصيادين قرب الميناء.")
    assert denial.source.name == "القنصل الحلبي"
    assert denial.content.startswith("غرق قارب")


def test_fronted_government_denies_the_accusations(registry: Registry) -> None:
    """ "إلا أن الحكومة تنفي تلك التهم": the government denies, the accusations are denied."""
    (denial,) = _denials(
        registry,
        "وتتهم المعارضة الحكومة بالفساد، إلا أن الحكومة تنفي تلك التهم جملة وتفصيلا.",
    )
    assert denial.source.name == "الحكومة"
    assert denial.content.startswith("تلك التهم")


def test_any_after_a_plain_verbal_noun_ends_the_denier(registry: Registry) -> None:
    """ "ونفى حزب فلان عقد أي اجتماعات": the noun before "أي" opens what is denied."""
    (denial,) = _denials(registry, "ونفى حزب الحلبي عقد أي اجتماعات مع الوسطاء.")
    assert denial.source.name == "حزب الحلبي"
    assert denial.content.startswith("عقد أي اجتماعات")
    # A second denier joined by و before "أي" stays one of the deniers.
    (joined,) = _denials(registry, "ونفت كاردونيا وبلاريا أي اتهامات بتزوير نتائج السباق.")
    assert joined.content.startswith("أي اتهامات")


def test_denial_noun_after_a_preposition_denies_nothing(registry: Registry) -> None:
    """ "وفي نفي واضح لما تردد، قال …": the verbal noun reads no denier and no denial."""
    assert not _denials(registry, "وفي نفي واضح لما تردد، قال المتحدث إن المشروع مستمر.")


def test_denial_noun_listed_in_addition_denies_nothing(registry: Registry) -> None:
    """ "ونفي إدارة النادي للخبر، إضافة إلى …": a denial named in a list reads no denier."""
    assert not _denials(
        registry, "ونفي إدارة النادي للخبر، إضافة إلى صمت اللاعب، زاد الغموض حول مستقبله."
    )


def _voices(registry: Registry, text: str) -> list[tuple[str, Stance]]:
    """(voice, stance) of each attribution read in a short made-up article."""
    result = analyse_article(parse_article("خبر قصير\n\n" + text, "made-up.txt"), registry)
    return [(a.source.name, a.stance) for a in result.attributions]


def test_concessive_clause_names_who_denies(registry: Registry) -> None:
    """ "ورغم أن الوزير … ، فإنه نفى …": the minister of the clause denies, not the last voice."""
    voices = _voices(
        registry,
        "وأوضحت الوزيرة أن اللقاء كان وديا. ورغم أن الوزير الحلبي كان قد انتقد الخطة،"
        " فإنه نفى أن تكون الحكومة قد ألغت مشروع الميناء.",
    )
    assert ("الوزير الحلبي", Stance.DENIES) in voices


def test_concessive_clause_with_min_names_the_speaker(registry: Registry) -> None:
    """ "وبالرغم من أن الرئيس …، فإنه قال إن …": the president speaks."""
    voices = _voices(
        registry,
        "وقال المتحدث إن الاجتماع انتهى. وبالرغم من أن الرئيس لم يذكر الموعد، فإنه قال إن"
        " الانتخابات ستجري قبل نهاية العام.",
    )
    assert voices[-1] == ("الرئيس", Stance.ASSERTS)


def test_topic_then_so_he_names_the_speaker(registry: Registry) -> None:
    """ "أما مدير النادي، فإنه قال …": the topic set up by أما speaks."""
    voices = _voices(
        registry,
        "وقال المتحدث إن الاجتماع انتهى. أما مدير النادي، فإنه قال للصحفيين إن العقد لم يوقع بعد.",
    )
    assert voices[-1] == ("مدير النادي", Stance.ASSERTS)


def test_plural_act_after_a_bodys_adjective_is_denied(registry: Registry) -> None:
    """ "ونفى مركز النادي الإعلامي المفاوضات مع …": the talks denied close the body's name."""
    (denial,) = _denials(
        registry, "ونفى مركز نادي الساحل الإعلامي المفاوضات مع المدرب البديل للفريق."
    )
    assert denial.source.name == "مركز نادي الساحل الإعلامي"
    assert denial.content.startswith("المفاوضات مع")
