"""Annotating in the window: the team writes, edits, filters, resolves and deletes notes on
the sample drafts, with undo; the notes show as marks and live in the workspace file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from clausewise.gui.annotations import NEEDS_REVIEW
from clausewise.gui.annotations_dialog import NoteDialog
from clausewise.gui.table_model import NOTES_ROLE, Column
from clausewise.gui.window import MainWindow
from gui_support import open_and_wait, row_where, warnings, window  # noqa: F401


@pytest.fixture
def answers(monkeypatch) -> list[dict]:
    """What the user types into the next note dialogs, one dict per dialog, in order."""
    queue: list[dict] = []

    def fake_exec(dialog: NoteDialog) -> int:
        if not queue:
            return QDialog.DialogCode.Rejected
        answer = queue.pop(0)
        dialog.fill(answer.get("note", dialog.note.toPlainText()),
                    answer.get("tag", dialog.tag.currentText()),
                    answer.get("status", dialog.status.currentText()),
                    answer.get("author", dialog.author.text()))
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(NoteDialog, "exec", fake_exec)
    return queue


def choose_words(window, row: int, column: Column, words: str) -> None:
    """Opens the cell for choosing words and selects ``words`` in it, as a drag would."""
    picker = window.word_picker
    assert picker.open(row, column)
    text = picker.editor.document().toRawText()
    start = text.index(words)
    picker.select(start, start + len(words))


def note_on(qtbot, window, answers, citation: str, side_column: Column, **answer) -> None:
    row = row_where(window, **{"left" if side_column == Column.LEFT else "right": citation})
    window.view.go_to_row(row, side_column)
    answers.append(answer)
    if "range" in answer:
        choose_words(window, row, side_column, answer.pop("range"))
        window.actions["add_note_text"].trigger()
    else:
        window.actions["add_note"].trigger()


def listed(window) -> list[tuple[str, str, str]]:
    return [(n.anchor.citation, n.tag, n.note) for n in window.annotations.visible()]


def test_add_edit_filter_resolve_delete_with_undo(qtbot, window, answers):
    open_and_wait(qtbot, window)
    note_on(qtbot, window, answers, "Article 9", Column.RIGHT,
            note="Acceptable as moved; no change in substance.", tag="Acceptable",
            author="a.petrova")
    note_on(qtbot, window, answers, "Article 4", Column.RIGHT,
            note="Ask what «appropriate measures» covers — Ελλάδα, Россия, 中国 «الأطراف».",
            tag="Question for the other side", author="j.smith")
    assert listed(window) == [
        ("Article 9", "Acceptable", "Acceptable as moved; no change in substance."),
        ("Article 4", "Question for the other side",
         "Ask what «appropriate measures» covers — Ελλάδα, Россия, 中国 «الأطراف»."),
    ]

    window.annotations.set_filter(tag="Question for the other side")
    assert [c for c, _, _ in listed(window)] == ["Article 4"]
    window.annotations.set_filter(author="a.petrova")
    assert [c for c, _, _ in listed(window)] == ["Article 9"]
    window.annotations.set_filter()

    window.annotations.select(window.annotations.visible()[0].id)
    answers.append({"note": "Red line: the move hides a narrower scope.", "tag": "Red line"})
    window.actions["edit_note"].trigger()
    assert listed(window)[0] == ("Article 9", "Red line",
                                 "Red line: the move hides a narrower scope.")

    window.annotations.select(window.annotations.visible()[1].id)
    window.actions["resolve_note"].trigger()
    window.annotations.set_filter(status="resolved")
    assert [c for c, _, _ in listed(window)] == ["Article 4"]
    window.annotations.set_filter(status="open")
    assert [c for c, _, _ in listed(window)] == ["Article 9"]
    window.annotations.set_filter()

    window.annotations.select(window.annotations.visible()[0].id)
    window.actions["delete_note"].trigger()
    assert [c for c, _, _ in listed(window)] == ["Article 4"]

    undo, redo = window.actions["undo"], window.actions["redo"]
    undo.trigger()   # the delete
    assert listed(window)[0][1] == "Red line"
    undo.trigger()   # the resolve
    assert {n.status.value for n in window.annotations.visible()} == {"open"}
    undo.trigger()   # the edit
    assert listed(window)[0][1] == "Acceptable"
    redo.trigger()
    assert listed(window)[0][1] == "Red line"

    stored = window.session.workspace
    assert sorted(n.tag for n in stored.annotations.all()) == \
        ["Question for the other side", "Red line"]


def test_a_note_on_selected_words_is_marked_in_the_view_with_its_tooltip(qtbot, window,
                                                                        answers):
    open_and_wait(qtbot, window)
    note_on(qtbot, window, answers, "Article 9", Column.RIGHT, range="Armed Attack",
            note="Which assistance exactly?", tag="Needs legal review")
    (note,) = window.annotations.visible()
    assert note.anchor.range.quote == "Armed Attack" and note.anchor.side.value == "right"

    row = row_where(window, right="Article 9")
    model = window.view.comparison_model
    assert model.index(row, Column.RIGHT).data(NOTES_ROLE) == [note]
    assert model.index(row, Column.MARK).data(NOTES_ROLE) == [note]
    tip = model.index(row, Column.MARK).data(3)  # ToolTipRole
    assert "Which assistance exactly?" in tip and "Needs legal review" in tip
    other = row_where(window, right="Article 4")
    assert model.index(other, Column.MARK).data(NOTES_ROLE) == []

    document = window.view.clause_delegate.document(row, Column.RIGHT, window.view.row(row), 500)
    cursor = document.find("Armed Attack")
    cursor.setPosition(cursor.selectionStart() + 1)
    assert cursor.charFormat().background().color().alpha() > 0  # the words are highlighted

    window.annotations.select(note.id)
    window.annotations.list.doubleClicked.emit(window.annotations.list.currentIndex())
    assert window.view.current_row() == row


def test_add_on_text_with_no_words_chosen_opens_the_cell_and_adds_nothing(qtbot, window,
                                                                          answers):
    open_and_wait(qtbot, window)
    row = row_where(window, left="Article 7")
    window.view.go_to_row(row, Column.LEFT)
    window.actions["add_note_text"].trigger()   # nothing chosen: the cell opens for choosing
    assert window.word_picker.is_open and window.word_picker.index.row() == row
    assert "Select the words" in window.statusBar().currentMessage()
    window.actions["add_note_text"].trigger()   # still nothing chosen: still no note
    assert window.annotations.visible() == [] and not hasattr(window, "note_dialog")
    choose_words(window, row, Column.LEFT, "Article 7")   # the citation line: not the text
    assert window.word_picker.chosen() is None
    window.actions["add_note_text"].trigger()
    assert window.annotations.visible() == []


def test_notes_and_links_survive_closing_the_window(qtbot, tmp_path, warnings, answers):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    open_and_wait(qtbot, first)
    note_on(qtbot, first, answers, "Article 9", Column.RIGHT, note="Keep this.",
            tag="Red line")
    path = first.session.path
    first.close()
    assert first.session.workspace is None

    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    open_and_wait(qtbot, again)
    assert again.session.path == path
    assert [(n.anchor.citation, n.note) for n in again.annotations.visible()] == \
        [("Article 9", "Keep this.")]
    assert warnings == []


def test_the_tag_list_is_editable_and_the_filters_offer_needs_review(qtbot, window):
    open_and_wait(qtbot, window)
    tags = window.session.workspace.tags
    assert tags.names()[:4] == ["Acceptable", "Needs legal review", "Red line",
                                "Question for the other side"]
    from clausewise.gui.annotations_dialog import TagsDialog

    dialog = TagsDialog(window, tags)
    dialog.add("Ратификация")
    dialog.list.setCurrentRow(0)
    dialog.rename("Agreed")
    assert tags.names()[0] == "Agreed" and "Ратификация" in tags.names()
    window.annotations.reload()
    combo = window.annotations.tag_filter
    assert "Ратификация" in [combo.itemText(i) for i in range(combo.count())]
    status = window.annotations.status_filter
    assert NEEDS_REVIEW in [status.itemText(i) for i in range(status.count())]
