"""Staff annotate clauses as they read; every note is in the file the moment it is made."""

import getpass

import pytest

from clausewise.core.compare import compare
from clausewise.core.model import SourceText
from clausewise.core.segment import segment
from clausewise.store import (Anchor, Annotation, AnnotationNotFound, AnnotationStatus,
                              DraftPair, Side, TextRange, Workspace, WorkspaceError,
                              clause_text)

OLD = """AGREEMENT ON RIVER NAVIGATION

Article 1
Navigation
The Parties shall keep the channel open to vessels of both flags (Σκάφη, سفن, 船舶).

Article 2
Fees
No fee shall be charged for passage.
"""
NEW = OLD.replace("No fee shall be charged", "A modest fee may be charged")
DRAFTS = DraftPair("c" * 64, "d" * 64)


@pytest.fixture
def drafts():
    left, right = (segment(SourceText.from_text(text, name=name))
                   for text, name in ((OLD, "old.txt"), (NEW, "new.txt")))
    return compare(left, right)


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.create(tmp_path / "river.clausewise")
    yield ws
    ws.close()


def test_a_note_on_a_quoted_phrase_survives_closing_and_reopening(workspace, drafts):
    article = drafts.right.find("Article 1")
    text = clause_text(article)
    start = text.index("(Σκάφη")
    anchor = Anchor.on(article, Side.RIGHT, start, start + len("(Σκάφη, سفن, 船舶)"))
    note = Annotation.new(DRAFTS, anchor, "Terminology: check the Arabic and Chinese "
                          "versions say 'vessels'", tag="Question for the other side")
    assert workspace.annotations.add(note) == note
    workspace.close()

    with Workspace.open(workspace.path) as reopened:
        kept = reopened.annotations.get(note.id)
    assert kept == note
    assert kept.anchor.range.quote == "(Σκάφη, سفن, 船舶)"
    assert kept.anchor.citation == "Article 1"
    assert kept.author == getpass.getuser()
    assert kept.status is AnnotationStatus.OPEN and not kept.needs_review


def test_a_note_on_a_changed_pair_anchors_on_its_newer_clause(drafts):
    pair = next(p for p in drafts.pairs if p.right_citations == ["Article 2"])
    anchor = Anchor.on_pair(pair)
    assert (anchor.side, anchor.citation, anchor.range) == (Side.PAIR, "Article 2", None)
    assert "A modest fee" in anchor.clause_text


def test_editing_a_note_returns_the_old_record_so_undo_puts_it_back(workspace, drafts):
    anchor = Anchor.on(drafts.left.find("Article 2"), Side.LEFT)
    first = workspace.annotations.add(Annotation.new(DRAFTS, anchor, "Free passage matters"))
    edited = first.edited(note="Free passage is a red line", tag="Red line",
                          status=AnnotationStatus.RESOLVED)
    old = workspace.annotations.update(edited)
    assert old == first
    assert workspace.annotations.get(first.id) == edited
    assert edited.modified >= first.modified and edited.created == first.created

    workspace.annotations.update(old)  # undo
    assert workspace.annotations.get(first.id) == first


def test_deleting_a_note_returns_it_so_undo_brings_back_the_same_note(workspace, drafts):
    anchor = Anchor.on(drafts.right.find("Article 2"), Side.RIGHT)
    note = workspace.annotations.add(Annotation.new(DRAFTS, anchor, "Who sets the fee?"))
    deleted = workspace.annotations.delete(note.id)
    assert deleted == note
    assert workspace.annotations.for_pair(DRAFTS) == []
    workspace.annotations.add(deleted)  # undo
    assert workspace.annotations.for_pair(DRAFTS) == [note]


def test_notes_are_listed_per_comparison_oldest_first(workspace, drafts):
    anchor = Anchor.on(drafts.right.find("Article 1"), Side.RIGHT)
    first = workspace.annotations.add(Annotation.new(DRAFTS, anchor, "first"))
    second = workspace.annotations.add(Annotation.new(DRAFTS, anchor, "second"))
    elsewhere = workspace.annotations.add(
        Annotation.new(DraftPair("d" * 64, "e" * 64), anchor, "another comparison"))
    assert workspace.annotations.for_pair(DRAFTS) == [first, second]
    assert workspace.annotations.all() == [first, second, elsewhere]


def test_mistakes_are_refused_with_a_clear_message(workspace, drafts):
    anchor = Anchor.on(drafts.right.find("Article 1"), Side.RIGHT)
    note = workspace.annotations.add(Annotation.new(DRAFTS, anchor, "once"))
    with pytest.raises(WorkspaceError, match="already holds annotation"):
        workspace.annotations.add(note)
    workspace.annotations.delete(note.id)
    with pytest.raises(AnnotationNotFound, match="holds no annotation"):
        workspace.annotations.update(note)
    with pytest.raises(AnnotationNotFound):
        workspace.annotations.delete(note.id)


def test_a_range_must_quote_the_clause_text():
    with pytest.raises(ValueError, match="does not quote"):
        Anchor("right", "art-1", "Article 1", "The Parties shall", range=TextRange(4, 11, "Partie"))


def test_renaming_a_tag_renames_it_on_the_notes_that_carry_it(workspace, drafts):
    anchor = Anchor.on(drafts.right.find("Article 2"), Side.RIGHT)
    note = workspace.annotations.add(Annotation.new(DRAFTS, anchor, "No.", tag="Red line"))
    workspace.tags.rename("Red line", "Linea rossa")
    assert workspace.annotations.get(note.id).tag == "Linea rossa"
    workspace.tags.remove("Linea rossa")
    assert workspace.annotations.get(note.id).tag == "Linea rossa"


def test_the_author_can_be_named(drafts):
    anchor = Anchor.on(drafts.right.find("Article 2"), Side.RIGHT)
    assert Annotation.new(DRAFTS, anchor, "x", author="Zoë Ἀλεξάνδρου").author == "Zoë Ἀλεξάνδρου"

