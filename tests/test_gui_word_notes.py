"""A note on chosen words: the words are selected in the comparison view itself (the cell
opens, in place, as selectable text), then Ctrl+Shift+M writes the note on them, with no
second selection in a dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog

from clausewise.gui.annotations_dialog import NoteDialog
from clausewise.gui.table_model import Column
from clausewise.store import clause_text
from gui_support import open_and_wait, row_where, warnings, window, write_draft  # noqa: F401


@pytest.fixture
def note_dialogs(monkeypatch) -> list[NoteDialog]:
    """Every note dialog shown; each is answered with a note and accepted."""
    shown: list[NoteDialog] = []

    def answer(dialog: NoteDialog) -> int:
        shown.append(dialog)
        dialog.fill("Why this wording?", "Question for the other side", "open", "j.smith")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(NoteDialog, "exec", answer)
    return shown


def cell_centre(window, row: int, column: Column) -> QPoint:
    view = window.view
    return view.visualRect(view.comparison_model.index(row, column)).center()


def point_of(editor, position: int) -> QPoint:
    """Where the text cursor stands before character ``position`` (editor's viewport)."""
    cursor = editor.textCursor()
    cursor.setPosition(position)
    rect = editor.cursorRect(cursor)
    return QPoint(rect.left() + 1, rect.center().y())


def test_double_click_then_select_with_the_mouse_then_ctrl_shift_m(qtbot, window,  # noqa: F811
                                                                   note_dialogs):
    open_and_wait(qtbot, window)
    row = row_where(window, left="Preamble, recital 4")
    window.view.go_to_row(row, Column.LEFT)
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=cell_centre(window, row, Column.LEFT))
    picker = window.word_picker
    assert picker.is_open and picker.editor.isVisible()
    cell = window.view.visualRect(window.view.comparison_model.index(row, Column.LEFT))
    assert picker.editor.geometry() == cell   # in place, over the cell

    words = "growing use of hybrid"             # "growing" was deleted: struck in the cell
    shown = picker.editor.document().toRawText()
    start = shown.index(words)
    viewport = picker.editor.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point_of(picker.editor, start))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     pos=point_of(picker.editor, start + len(words)))
    assert picker.editor.textCursor().selectedText() == words

    qtbot.keyClick(picker.editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    (dialog,) = note_dialogs
    assert dialog.quote is not None and words in dialog.quote.text()
    (note,) = window.annotations.visible()
    clause = window.view.row(row).left.clauses[0]
    text = clause_text(clause)
    assert note.anchor.side.value == "left" and note.anchor.clause_id == clause.id
    assert note.anchor.range.quote == words
    assert text[note.anchor.range.start:note.anchor.range.end] == words
    assert note.note == "Why this wording?"
    assert not picker.is_open                   # closed: the cell shows the note's mark
    document = window.view.clause_delegate.document(row, Column.LEFT, window.view.row(row),
                                                    cell.width())
    found = document.find("use of hybrid")
    found.setPosition(found.selectionStart() + 1)
    assert found.charFormat().background().color().alpha() > 0


def test_f2_and_the_keyboard_choose_words_too(qtbot, window, note_dialogs):  # noqa: F811
    open_and_wait(qtbot, window)
    row = row_where(window, right="Preamble, recital 5")
    window.view.go_to_row(row, Column.RIGHT)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    picker = window.word_picker
    assert picker.is_open and picker.editor.hasFocus()
    editor = picker.editor
    qtbot.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Down)        # from the citation line to the text
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    chosen = picker.chosen()
    clause = window.view.row(row).right.clauses[0]
    assert chosen is not None and chosen.clause is clause and chosen.start == 0
    assert clause_text(clause).startswith(chosen.quote) and len(chosen.quote) > 10
    window.actions["add_note_text"].trigger()
    (note,) = window.annotations.visible()
    assert note.anchor.range.quote == chosen.quote and note.anchor.side.value == "right"

    window.view.go_to_row(row, Column.RIGHT)
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    qtbot.keyClick(picker.editor, Qt.Key.Key_Escape)
    assert not picker.is_open and window.view.hasFocus()


def test_words_in_the_second_clause_of_a_merged_cell_anchor_on_that_clause(
        qtbot, window, note_dialogs):  # noqa: F811
    open_and_wait(qtbot, window)
    row = row_where(window, left="Article 10")      # Articles 9 + 10 merged into Article 10
    view_row = window.view.row(row)
    group = window.view.row(view_row.group_start)
    second = [c for c in (group.left.clauses if group.left.span > 1 else view_row.left.clauses)
              if c.citation == "Article 10"][0]
    own = clause_text(second)
    words = own[len(own) // 2: len(own) // 2 + 30].strip()
    picker = window.word_picker
    assert picker.open(row, Column.LEFT)
    shown = picker.editor.document().toRawText()
    start = shown.index(words)
    picker.select(start, start + len(words))
    chosen = picker.chosen()
    assert chosen.clause is second and chosen.quote == words
    window.actions["add_note_text"].trigger()
    (note,) = window.annotations.visible()
    assert note.anchor.clause_id == second.id and note.anchor.range.quote == words


def test_cyrillic_and_greek_words_are_quoted_whole(qtbot, window, note_dialogs, tmp_path):  # noqa: F811
    old = write_draft(tmp_path, "el.txt", "Άρθρο 1\nΤα Μέρη συνεργάζονται στενά.\n\n"
                                          "Άρθρο 2\nΗ Συμφωνία ισχύει αμέσως.\n")
    new = write_draft(tmp_path, "ru.txt", "Статья 1\nСтороны тесно сотрудничают.\n\n"
                                          "Статья 2\nСоглашение вступает в силу немедленно.\n")
    open_and_wait(qtbot, window, old, new)
    picker = window.word_picker
    for column, words in ((Column.LEFT, "Μέρη συνεργάζονται"),
                          (Column.RIGHT, "тесно")):
        row = next(n for n, r in enumerate(window.layout_rows.rows)
                   if words in clause_text(r.cell("left" if column == Column.LEFT
                                                  else "right").clauses[0])
                   if r.cell("left" if column == Column.LEFT else "right").clauses)
        window.view.go_to_row(row, column)
        assert picker.open(row, column)
        shown = picker.editor.document().toRawText()
        start = shown.index(words)
        picker.select(start - 1, start + len(words) + 1)   # a blank each side: trimmed
        window.actions["add_note_text"].trigger()
    quotes = sorted(note.anchor.range.quote for note in window.annotations.visible())
    assert quotes == sorted(["Μέρη συνεργάζονται", "тесно"])
    assert all(isinstance(d, NoteDialog) and d.result() == QDialog.DialogCode.Accepted
               for d in note_dialogs)
    stored = window.session.workspace.annotations.all()
    assert sorted(n.anchor.range.quote for n in stored) == quotes
