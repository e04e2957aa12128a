"""Walking through the changes: the navigator, next/previous change, and find."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from clausewise.gui.table_model import Column
from gui_support import (cell_text, open_and_wait, row_where, rows, window,  # noqa: F401
                         warnings)


def test_the_navigator_counts_each_status_as_the_comparison_does(qtbot, window):
    open_and_wait(qtbot, window)
    stats = window.comparison.stats

    for name in ("modified", "added", "removed", "split", "merged", "moved", "renumbered"):
        assert window.navigator.count_text(name) == str(getattr(stats, name))
    status = window.counts_label.text()
    for name in ("modified", "added", "removed", "moved", "renumbered"):
        assert f"{getattr(stats, name)} {name}" in status


def test_clicking_an_outline_entry_shows_that_clause(qtbot, window):
    open_and_wait(qtbot, window)
    navigator = window.navigator
    titles = navigator.visible_titles()
    assert "Article 7 → Article 9" in titles

    index = _outline_index(navigator, "Article 18")
    navigator.tree.scrollTo(index)
    rect = navigator.tree.visualRect(index)
    qtbot.mouseClick(navigator.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.view.current_row() == row_where(window, left="Article 18", right="Article 18")
    row_top = window.view.rowViewportPosition(window.view.current_row())
    assert 0 <= row_top < window.view.viewport().height()


def test_changed_only_hides_the_clauses_that_did_not_change(qtbot, window):
    open_and_wait(qtbot, window)
    navigator = window.navigator
    assert "Article 16" in navigator.visible_titles()

    window.actions["changed_only"].trigger()

    titles = navigator.visible_titles()
    assert "Article 16" not in titles and "Preamble, recital 1" not in titles
    assert "Article 7 → Article 9" in titles
    assert "Article 15 (older draft)" in titles  # removed; draft 2's Article 15 is another
    assert "Article 1(1)(a)" in titles  # a changed paragraph inside a changed article
    assert navigator.changed_only.isChecked()

    navigator.changed_only.setChecked(False)
    assert "Article 16" in navigator.visible_titles()
    assert not window.actions["changed_only"].isChecked()


def test_next_and_previous_change_step_through_the_changes(qtbot, window):
    open_and_wait(qtbot, window)
    window.view.setFocus()
    stops = window.layout_rows.stops()

    assert window.view.current_row() == stops[0]   # it opens on the first change
    assert "Preamble, recital 4" in cell_text(window, stops[0], Column.RIGHT)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.view.current_row() == stops[1]
    window.next_change()
    window.next_change()
    assert window.view.current_row() == stops[3]
    qtbot.keyClick(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.view.current_row() == stops[2]


def test_every_stop_shows_a_change_and_renumbering_alone_is_not_one(qtbot, window):
    open_and_wait(qtbot, window)

    for number in window.layout_rows.stops():
        row = rows(window)[number]
        changed_words = any(op != "=" for op, _ in row.left.runs + row.right.runs)
        assert changed_words or row.pair.moved or row.pair.status.value != "modified"
    renumbered_only = row_where(window, left="Article 3", right="Article 4")
    assert renumbered_only not in window.layout_rows.stops()


def test_the_menus_show_the_shortcuts(qtbot, window):
    actions = window.actions
    assert actions["next_change"].shortcut().toString() == "Alt+Down"
    assert actions["previous_change"].shortcut().toString() == "Alt+Up"
    assert actions["find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert actions["link"].shortcut().toString() == "Ctrl+L"
    menu_texts = [action.text() for menu in window.menuBar().actions()
                  for action in menu.menu().actions()]
    assert "&Next Change" in menu_texts and "&Find…" in menu_texts


def test_find_shows_the_clause_holding_the_words_in_either_draft(qtbot, window):
    open_and_wait(qtbot, window)
    bar = window.navigator.find_bar

    window.actions["find"].trigger()
    assert bar.edit.hasFocus() or window.navigator_dock.isVisible()
    qtbot.keyClicks(bar.edit, "DETERIORATING")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)

    found = window.view.current_row()
    assert "deteriorating" in cell_text(window, found, Column.RIGHT)
    assert window.view.currentIndex().column() == Column.RIGHT
    assert bar.result.text() == "1 of 1"
    assert window.view.clause_delegate.highlight == "DETERIORATING"

    bar.scope.setCurrentIndex(bar.scope.findData("left"))
    window.find_next()
    assert bar.result.text() == "Not found"  # the older draft said "changing"


def test_find_next_and_previous_walk_round_the_matches(qtbot, window):
    open_and_wait(qtbot, window)
    bar = window.navigator.find_bar
    bar.edit.setText("urgent consultations")

    window.find_next()
    first = (window.view.current_row(), window.view.currentIndex().column())
    total = int(bar.result.text().split(" of ")[1])
    assert total > 2
    window.find_next()
    assert bar.result.text() == f"2 of {total}"
    window.find_previous()
    assert (window.view.current_row(), window.view.currentIndex().column()) == first
    window.find_previous()
    assert bar.result.text() == f"{total} of {total}"  # wrapped round to the last


def test_find_reads_cyrillic_in_any_case(qtbot, window, tmp_path):
    from gui_support import write_draft

    old = write_draft(tmp_path, "old.txt", "Статья 1\nСтороны сотрудничают.\n")
    new = write_draft(tmp_path, "new.txt", "Статья 1\nСтороны тесно сотрудничают.\n")
    open_and_wait(qtbot, window, old, new)

    window.find("ТЕСНО", "right", True)

    assert "тесно" in cell_text(window, window.view.current_row(), Column.RIGHT)


def _outline_index(navigator, title: str):
    proxy = navigator.proxy
    for number in range(proxy.rowCount()):
        index = proxy.index(number, 0)
        if index.data() == title:
            return index
    raise AssertionError(title)
