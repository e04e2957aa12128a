"""A cross-reference that follows the renumbering is no change; one that points elsewhere is."""

from clausewise.core.compare import Status, compare
from clausewise.core.model import SourceText
from clausewise.core.references import article_references
from clausewise.core.segment import segment


def draft(*articles: tuple[int, str, str]):
    text = "\n\n".join(f"Article {number}\n{heading}\n\n{body}" for number, heading, body in articles)
    return segment(SourceText.from_text(text))


def pair_of(comparison, citation):
    return next(p for p in comparison.walk() if citation in p.right_citations)


def test_references_that_follow_a_renumbering_are_unchanged():
    old = draft((1, "Scope", "The Parties agree."),
                (2, "Consultations", "The Parties shall consult."),
                (3, "Assistance", "Assistance follows consultations under Article 2."))
    new = draft((1, "Scope", "The Parties agree."),
                (2, "Principles", "The Parties respect each other."),
                (3, "Consultations", "The Parties shall consult."),
                (4, "Assistance", "Assistance follows consultations under Article 3."))
    pair = pair_of(compare(old, new), "Article 4")
    assert pair.left_citations == ["Article 3"]
    assert pair.status is Status.UNCHANGED and pair.renumbered


def test_a_reference_that_now_points_elsewhere_is_a_change():
    old = draft((1, "Scope", "The Parties agree."),
                (2, "Consultations", "The Parties shall consult."),
                (3, "Assistance", "Assistance follows consultations under Article 2."))
    new = draft((1, "Scope", "The Parties agree."),
                (2, "Consultations", "The Parties shall consult."),
                (3, "Assistance", "Assistance follows consultations under Article 1."))
    comparison = compare(old, new)
    pair = pair_of(comparison, "Article 3")
    assert pair.status is Status.MODIFIED
    assert ("-", "2") in pair.diff and ("+", "1") in pair.diff
    assert comparison.stats.modified == 1


def test_article_references_reads_lists_and_russian():
    assert article_references("under Articles 4 and 5, and Art. 7") == ["4", "5", "7"]
    assert article_references("в соответствии со статьей 9") == ["9"]
    assert article_references("designated under Article 8(4)") == ["8"]
    assert article_references("в соответствии с пунктом 4 статьи 8") == ["8"]


def test_a_changed_paragraph_annex_or_roman_article_reference_is_a_change():
    old = draft((1, "Scope", "As provided in paragraph 1 of Annex I and Article IV."),
                (2, "Other", "Nothing."))
    new = draft((1, "Scope", "As provided in paragraph 2 of Annex I and Article IV."),
                (2, "Other", "Nothing."))
    assert pair_of(compare(old, new), "Article 1").status is Status.MODIFIED
    new = draft((1, "Scope", "As provided in paragraph 1 of Annex II and Article IV."),
                (2, "Other", "Nothing."))
    assert pair_of(compare(old, new), "Article 1").status is Status.MODIFIED
    new = draft((1, "Scope", "As provided in paragraph 1 of Annex I and Article II."),
                (2, "Other", "Nothing."))
    assert pair_of(compare(old, new), "Article 1").status is Status.MODIFIED


def test_a_reference_not_updated_after_a_renumbering_gets_a_note():
    old = draft((1, "Scope", "The Parties agree."),
                (2, "Consultations", "The Parties shall consult."),
                (3, "Assistance", "Assistance follows consultations under Article 2."))
    new = draft((1, "Scope", "The Parties agree."),
                (2, "Definitions", "Terms are defined here."),
                (3, "Consultations", "The Parties shall consult."),
                (4, "Assistance", "Assistance follows consultations under Article 2."))
    comparison = compare(old, new)
    pair = pair_of(comparison, "Article 4")
    assert pair.status is Status.UNCHANGED and pair.renumbered
    assert pair.notes == ("cites Article 2, but the old Article 2 is now Article 3: "
                          "check the cross-reference",)
    assert pair.changed
    assert comparison.to_json("a", "b")["pairs"][-1]["notes"] == list(pair.notes)


def test_references_to_another_treaty_are_left_alone():
    old = draft((1, "Scope", "The Parties agree."),
                (2, "Self-defence", "Nothing affects Article 2 of the Charter of the United Nations."))
    new = draft((1, "Principles", "New principles."),
                (2, "Scope", "The Parties agree."),
                (3, "Self-defence", "Nothing affects Article 2 of the Charter of the United Nations."))
    pair = pair_of(compare(old, new), "Article 3")
    assert pair.notes == ()


def test_a_stale_reference_keeps_the_numbers_a_view_needs_to_say_it_in_another_language():
    old = draft((1, "Scope", "The Parties agree."),
                (2, "Consultations", "The Parties shall consult."),
                (3, "Assistance", "Assistance follows consultations under Article 2."))
    new = draft((1, "Scope", "The Parties agree."),
                (2, "Definitions", "Terms are defined here."),
                (3, "Consultations", "The Parties shall consult."),
                (4, "Assistance", "Assistance follows consultations under Article 2."))
    pair = pair_of(compare(old, new), "Article 4")
    assert [(fact.cited, fact.now, fact.note) for fact in pair.stale] == \
        [("2", ("3",), pair.notes[0])]
    dropped = draft((1, "Scope", "The Parties agree."),
                    (2, "Assistance", "Assistance follows consultations under Article 2."))
    pair = pair_of(compare(old, dropped), "Article 2")
    assert [(fact.cited, fact.now) for fact in pair.stale] == [("2", ())]
    assert pair.notes == (pair.stale[0].note,) and "removed" in pair.notes[0]
