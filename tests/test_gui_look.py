"""Readable for everyone: dark palette, larger text, keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from clausewise.gui.table_model import Column
from clausewise.gui.theme import DARK, LIGHT
from gui_support import open_and_wait, row_where, warnings, window  # noqa: F401


def test_the_dark_palette_darkens_the_window_and_the_diff_colours(qtbot, window):
    open_and_wait(qtbot, window)
    assert window.view.clause_delegate.theme is LIGHT

    window.actions["dark"].trigger()
    try:
        base = QApplication.instance().palette().color(QPalette.ColorRole.Base)
        assert base.lightness() < 60
        assert window.view.clause_delegate.theme is DARK
        number = row_where(window, left="Preamble, recital 4", right="Preamble, recital 5")
        view = window.view
        document = view.clause_delegate.document(number, Column.RIGHT, view.row(number),
                                                 view.columnWidth(Column.RIGHT))
        inserted = document.find("deteriorating").charFormat()
        assert inserted.foreground().color() == DARK.inserted_text
        assert inserted.foreground().color().lightness() > 150  # light text on dark ground
    finally:
        window.actions["dark"].trigger()
    assert window.view.clause_delegate.theme is LIGHT


def test_larger_text_makes_the_rows_taller(qtbot, window):
    open_and_wait(qtbot, window)
    view = window.view
    number = row_where(window, left="Article 7(1)", right="Article 9(1)")
    view.go_to_row(number)
    before = view.rowHeight(number)

    for _ in range(3):
        window.actions["zoom_in"].trigger()
    view.refine_visible()

    assert view.clause_delegate.font.pointSizeF() > 12
    assert view.rowHeight(number) > before


def test_tab_leaves_the_comparison_for_the_navigator(qtbot, window):
    open_and_wait(qtbot, window)
    window.activateWindow()
    window.view.setFocus()
    assert window.view.hasFocus()

    qtbot.keyClick(window.view, Qt.Key.Key_Tab)

    focused = QApplication.focusWidget()
    assert focused is not window.view
    assert window.navigator.isAncestorOf(focused)


def test_keyboard_alone_can_link_two_clauses(qtbot, window, tmp_path):
    from gui_support import wait_for_compare, write_draft

    old = write_draft(tmp_path, "old.txt", "Article 1\nOne text about fisheries.\n\n"
                                           "Article 2\nAnother text about customs.\n")
    new = write_draft(tmp_path, "new.txt", "Article 1\nA new text about aviation.\n\n"
                                           "Article 2\nAnother text about customs.\n")
    open_and_wait(qtbot, window, old, new)
    view = window.view
    left, right = row_where(window, left="Article 1"), row_where(window, right="Article 1")
    if left == right:
        view.go_to_row(left)
        wait_for_compare(qtbot, window, lambda: qtbot.keyClick(
            view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.ShiftModifier))
        left, right = row_where(window, left="Article 1"), row_where(window, right="Article 1")
    view.setFocus()
    view.go_to_row(left, Column.LEFT)
    view.selectionModel().select(view.currentIndex(),
                                 view.selectionModel().SelectionFlag.ClearAndSelect)
    # Ctrl+arrows move the cursor without selecting; Ctrl+Space adds the cell to the selection.
    for _ in range(right - left):
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert window.actions["link"].isEnabled()

    wait_for_compare(qtbot, window, lambda: qtbot.keyClick(
        view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier))

    assert row_where(window, left="Article 1", right="Article 1") >= 0
