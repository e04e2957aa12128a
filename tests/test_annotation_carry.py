"""When the next draft arrives, the team's notes follow their clauses into it.

The sample drafts (resources/samples/CHANGES.md): old Article 7 of draft 1 is Article 9 of
drafts 2 and 3; Article 3 of draft 2 is deleted in draft 3; Article 11(2) of draft 3 changes
"favourable consideration" to "priority consideration"; Article 8 gains a paragraph 6.
"""

import pytest

from clausewise.core.compare import compare
from clausewise.core.model import SourceText
from clausewise.core.segment import segment
from clausewise.drafts import SAMPLES_DIR, load_draft
from clausewise.store import (REMOVED, TEXT_CHANGED, Anchor, Annotation, DraftPair, Side,
                              Workspace, carry_forward, clause_text)

FIRST_TO_SECOND = DraftPair("draft-1", "draft-2")
SECOND_TO_THIRD = DraftPair("draft-2", "draft-3")


@pytest.fixture(scope="module")
def samples():
    first, second, third = (load_draft(SAMPLES_DIR / f"security-agreement-draft{n}.txt")
                            for n in (1, 2, 3))
    return compare(first, second), compare(second, third)


def on_phrase(document, citation, phrase, side):
    clause = document.find(citation)
    start = clause_text(clause).index(phrase)
    return Anchor.on(clause, side, start, start + len(phrase))


def carried(samples, *anchors):
    old, new = samples
    notes = [Annotation.new(FIRST_TO_SECOND, anchor, f"note {n}")
             for n, anchor in enumerate(anchors)]
    result = carry_forward(notes, old, new, SECOND_TO_THIRD)
    assert len(result) == len(notes)  # never drops one
    assert [r.carried_from for r in result] == [n.id for n in notes]
    assert all(r.drafts == SECOND_TO_THIRD and r.id != n.id for r, n in zip(result, notes))
    return result


def test_a_note_on_old_article_7_appears_on_new_article_9(samples):
    old, _ = samples
    whole, phrase = carried(samples, Anchor.on(old.left.find("Article 7"), Side.LEFT),
                            on_phrase(old.left, "Article 7(1)",
                                      "all the assistance it is able to give", Side.LEFT))
    assert (whole.anchor.side, whole.anchor.citation, whole.needs_review) == \
        (Side.RIGHT, "Article 9", False)
    assert phrase.anchor.citation == "Article 9(1)" and not phrase.needs_review
    span = phrase.anchor.range
    assert phrase.anchor.clause_text[span.start:span.end] == "all the assistance it is able to give"


def test_a_note_on_a_deleted_article_is_kept_and_flagged_on_the_removed_clause(samples):
    old, new = samples
    (note,) = carried(samples, Anchor.on(old.right.find("Article 3"), Side.RIGHT))
    assert note.needs_review and note.review_reason == REMOVED
    assert (note.anchor.side, note.anchor.citation) == (Side.LEFT, "Article 3")
    removed = [p for p in new.pairs if p.left_citations == ["Article 3"]]
    assert [p.status.value for p in removed] == ["removed"]


def test_a_note_on_an_article_already_gone_from_the_middle_draft_is_kept_unanchored(samples):
    old, _ = samples
    annual_report = old.left.find("Article 15")
    (note,) = carried(samples, Anchor.on(annual_report, Side.LEFT))
    assert note.needs_review and note.review_reason == REMOVED
    assert not note.anchor.anchored
    assert note.anchor.citation == "Article 15" and "Annual" in note.anchor.clause_text


def test_a_quoted_phrase_that_was_reworded_is_flagged_the_rest_of_the_clause_is_not(samples):
    old, _ = samples
    reworded, untouched = carried(
        samples,
        on_phrase(old.right, "Article 11(2)", "favourable consideration", Side.RIGHT),
        on_phrase(old.right, "Article 11(2)", "facilitate the conclusion of contracts",
                  Side.RIGHT))
    assert reworded.needs_review and reworded.review_reason == TEXT_CHANGED
    assert reworded.anchor.range.quote == "favourable consideration"  # what was annotated
    assert reworded.anchor.citation == "Article 11(2)"
    assert not untouched.needs_review
    assert untouched.anchor.range.quote in untouched.anchor.clause_text


def test_a_note_on_a_whole_article_is_flagged_when_a_paragraph_is_added(samples):
    old, _ = samples
    (note,) = carried(samples, Anchor.on(old.right.find("Article 8"), Side.RIGHT))
    assert note.anchor.citation == "Article 8"
    assert note.review_reason == TEXT_CHANGED


def test_a_note_on_a_pair_follows_the_moved_article_into_its_new_place(samples):
    old, _ = samples
    pair = next(p for p in old.pairs if p.left_citations == ["Article 13"])
    (note,) = carried(samples, Anchor.on_pair(pair))
    assert (note.anchor.side, note.anchor.citation, note.needs_review) == \
        (Side.PAIR, "Article 6", False)


def test_a_note_on_a_paragraph_split_off_follows_it_into_the_new_article(samples):
    old, _ = samples
    (note,) = carried(samples, on_phrase(old.left, "Article 11(3)", "projects", Side.LEFT))
    assert note.anchor.citation == "Article 12(1)" and not note.needs_review


def test_carrying_twice_does_not_duplicate_and_the_workspace_keeps_the_carried_notes(samples,
                                                                                     tmp_path):
    old, new = samples
    notes = [Annotation.new(FIRST_TO_SECOND, Anchor.on(old.left.find("Article 7"), Side.LEFT),
                            "Assistance clause: red line", tag="Red line")]
    with Workspace.create(tmp_path / "talks.clausewise") as ws:
        ws.annotations.add_all(notes)
        first = ws.annotations.add_all(carry_forward(notes, old, new, SECOND_TO_THIRD))
        again = carry_forward(notes, old, new, SECOND_TO_THIRD,
                              already=ws.annotations.for_pair(SECOND_TO_THIRD))
        assert again == []
        assert ws.annotations.for_pair(SECOND_TO_THIRD) == first
        assert ws.annotations.for_pair(FIRST_TO_SECOND) == notes


# -- hand-built drafts: international text, shifted offsets ------------------------------------

def draft(text):
    return segment(SourceText.from_text(text))


def test_a_greek_phrase_keeps_its_note_when_words_are_inserted_before_it():
    a = draft("Article 1\nΗ Επιτροπή συνεδριάζει ετησίως στην Αθήνα.")
    b = draft("Article 1\nΗ Επιτροπή συνεδριάζει ετησίως στην Αθήνα.")
    c = draft("Article 1\nΗ Μικτή Επιτροπή, μετά από διαβούλευση, συνεδριάζει ετησίως "
              "στην Αθήνα.")
    anchor = on_phrase(b, "Article 1", "ετησίως στην Αθήνα", Side.RIGHT)
    (note,) = carry_forward([Annotation.new(FIRST_TO_SECOND, anchor, "Γιατί στην Αθήνα;")],
                            compare(a, b), compare(b, c), SECOND_TO_THIRD)
    span = note.anchor.range
    assert not note.needs_review and span.start > anchor.range.start
    assert note.anchor.clause_text[span.start:span.end] == "ετησίως στην Αθήνα"


def test_a_phrase_that_occurs_twice_keeps_the_occurrence_that_was_annotated():
    text = "Article 1\n交换信息。The Parties shall exchange information; 交换信息 is free."
    a, b = draft(text), draft(text)
    c = draft(text.replace("The Parties shall", "Both Parties shall promptly"))
    second = clause_text(b.find("Article 1")).rindex("交换信息")
    anchor = Anchor.on(b.find("Article 1"), Side.RIGHT, second, second + 4)
    (note,) = carry_forward([Annotation.new(FIRST_TO_SECOND, anchor, "用词")],
                            compare(a, b), compare(b, c), SECOND_TO_THIRD)
    assert note.anchor.range.start == clause_text(c.find("Article 1")).rindex("交换信息")


def test_an_arabic_note_on_a_clause_removed_in_the_new_draft_is_flagged_not_lost():
    a = draft("Article 1\nنص المادة الأولى.\n\nArticle 2\nنص المادة الثانية.")
    c = draft("Article 1\nنص المادة الأولى.")
    anchor = Anchor.on(a.find("Article 2"), Side.RIGHT)
    resolved = Annotation.new(FIRST_TO_SECOND, anchor, "يجب الإبقاء على هذه المادة").edited(
        status="resolved")
    (note,) = carry_forward([resolved], compare(a, a), compare(a, c), SECOND_TO_THIRD)
    assert note.review_reason == REMOVED and note.note == "يجب الإبقاء على هذه المادة"
    assert note.status == resolved.status
