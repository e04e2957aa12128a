"""How the window shows a comparison (issue 14): where it opens, "changed clauses only" in
the comparison itself, jumps between a moved clause and where it stood, zoom, the
Annotations dock and the layout kept per user."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow

from clausewise.gui.navigator import pair_title
from clausewise.gui.rows import RowKind
from clausewise.gui.table_model import Column
from clausewise.gui.window import MainWindow
from corpus import corpus_file
from gui_support import (DRAFT1, DRAFT2, cell_text, link_point, open_and_wait,  # noqa: F401
                         row_where, rows, warnings, window, write_draft)


def _in_view(window: MainWindow, number: int) -> bool:
    """True when some of row ``number`` is on screen."""
    view = window.view
    top = view.rowViewportPosition(number)
    return (not view.isRowHidden(number) and top < view.viewport().height()
            and top + view.rowHeight(number) > 0)


def _rows_on_screen(window: MainWindow) -> list[int]:
    return [number for number in range(len(rows(window))) if _in_view(window, number)]


def _settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _new_window(qtbot, tmp_path) -> MainWindow:
    main = MainWindow(settings=_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


# -- 1. it opens at the first change, the outline on it ----------------------------------------


def test_the_samples_open_at_their_first_change_with_the_outline_on_it(qtbot, window):
    open_and_wait(qtbot, window)

    first = window.layout_rows.stops()[0]
    assert window.view.current_row() == first
    assert _in_view(window, first)
    assert window.navigator_dock.isVisible()
    outline = window.navigator.tree.currentIndex()
    assert outline.data() == pair_title(rows(window)[first].pair) == "Preamble, recital 4"
    assert window.navigator.tree.visualRect(outline).intersects(
        window.navigator.tree.viewport().rect())


def test_the_un_report_opens_on_a_change_with_the_outline_on_it(qtbot, window):
    advance = corpus_file("bbnj-prepcom-report-2026.advance.txt")
    final = corpus_file("bbnj-prepcom-report-2026.final.txt")
    open_and_wait(qtbot, window, advance, final)
    qtbot.wait(50)

    stops = set(window.layout_rows.stops())
    shown = _rows_on_screen(window)
    assert stops.intersection(shown), "no change on the first screen"
    current = window.view.current_row()
    assert current == min(stops) and current in shown
    assert window.navigator.tree.currentIndex().data() == pair_title(rows(window)[current].pair)


# -- 2. the Annotations dock: shown for notes or on request; the layout kept ---------------------


def test_the_annotations_dock_shows_only_for_notes_or_when_asked(qtbot, window):
    from clausewise.store import Anchor, Annotation

    open_and_wait(qtbot, window)
    dock = window.annotations_dock
    assert not dock.isVisible()   # no notes: the comparison has the room

    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert not dock.isVisible()
    toggle = window.annotations_dock.toggleViewAction()
    assert toggle.shortcut().toString() == "F10"
    assert toggle in [action for menu in window.menuBar().actions()
                      if menu.text() == "&View" for action in menu.menu().actions()]

    number = row_where(window, right="Article 9")
    note = Annotation.new(window.session.pair, Anchor.on_pair(rows(window)[number].pair),
                          "Moved, unchanged.", "Acceptable")
    window.annotations.add(note)
    assert dock.isVisible()   # the first note brings the list


def test_a_comparison_with_notes_opens_with_the_dock_and_one_without_hides_it(
        qtbot, window, tmp_path):
    from clausewise.store import Anchor, Annotation

    open_and_wait(qtbot, window)
    number = row_where(window, right="Article 9")
    window.annotations.add(Annotation.new(window.session.pair,
                                          Anchor.on_pair(rows(window)[number].pair), "ok", ""))
    assert window.annotations_dock.isVisible()

    old = write_draft(tmp_path, "old.txt", "Article 1\nThe Parties shall meet.\n")
    new = write_draft(tmp_path, "new.txt", "Article 1\nThe Parties shall meet yearly.\n")
    open_and_wait(qtbot, window, old, new)
    assert not window.annotations_dock.isVisible()

    open_and_wait(qtbot, window)   # back to the samples and their note
    assert window.annotations_dock.isVisible()


def test_the_window_layout_is_remembered_per_user(qtbot, tmp_path, warnings):
    first = _new_window(qtbot, tmp_path)
    first.removeDockWidget(first.navigator_dock)
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.navigator_dock)
    first.navigator_dock.show()
    first.resize(731, 517)  # within the offscreen screen (800 x 600)
    first.close()

    second = _new_window(qtbot, tmp_path)

    assert second.dockWidgetArea(second.navigator_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert (second.width(), second.height()) == (731, 517)
    assert isinstance(second, QMainWindow) and not second.annotations_dock.isVisible()


# -- 3. "changed clauses only" folds the comparison too ----------------------------------------


def quiet_runs(layout):
    from clausewise.gui.folds import quiet_runs as runs   # (new with issue 14)

    return runs(layout)


def _fold_rows(window: MainWindow) -> list[int]:
    from clausewise.gui.table_model import FOLD_ROLE

    model = window.view.comparison_model
    return [number for number in range(model.rowCount())
            if model.index(number, Column.LEFT).data(FOLD_ROLE) is not None]


def test_changed_only_folds_unchanged_runs_of_the_comparison(qtbot, window):
    open_and_wait(qtbot, window)
    view = window.view
    quiet = row_where(window, left="Article 16", right="Article 16")
    assert not view.isRowHidden(quiet)

    window.actions["changed_only"].trigger()

    folds = _fold_rows(window)
    assert folds
    holding = next(fold for fold in quiet_runs(window.layout_rows) if quiet in fold)
    label = view.comparison_model.index(holding.first, Column.LEFT).data(
        Qt.ItemDataRole.AccessibleTextRole)
    assert f"{holding.clauses} unchanged clause" in label
    assert all(view.isRowHidden(n) for n in range(holding.first + 1, holding.end))
    assert view.rowHeight(holding.first) < 3 * view.clause_delegate.minimum_height()
    assert view.columnSpan(holding.first, Column.LEFT) == 3
    for number in window.layout_rows.stops():   # every change is still on its own row
        assert not view.isRowHidden(number) and number not in folds
    assert not view.isRowHidden(row_where(window, left="Article 15"))   # removed: a change

    window.actions["changed_only"].trigger()   # off again: everything back
    assert not _fold_rows(window)
    assert not any(view.isRowHidden(n) for n in range(len(rows(window))))


def test_a_click_on_a_folded_run_shows_its_clauses(qtbot, window):
    open_and_wait(qtbot, window)
    window.set_changed_only(True)
    view = window.view
    fold = next(f for f in quiet_runs(window.layout_rows) if f.end - f.first > 1)
    view.go_to_row(fold.first, keep_folded=True)
    rect = view.visualRect(view.comparison_model.index(fold.first, Column.LEFT))

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert fold.first not in _fold_rows(window)
    assert not any(view.isRowHidden(n) for n in range(fold.first, fold.end))
    assert view.columnSpan(fold.first, Column.LEFT) == 1
    spoken = view.comparison_model.index(fold.first, Column.LEFT).data(
        Qt.ItemDataRole.AccessibleTextRole)
    assert "unchanged clause" not in spoken and spoken == cell_text(window, fold.first,
                                                                    Column.LEFT)
    assert len(_fold_rows(window)) == len(quiet_runs(window.layout_rows)) - 1


def test_enter_or_space_on_a_folded_run_shows_its_clauses(qtbot, window):
    open_and_wait(qtbot, window)
    window.set_changed_only(True)
    view = window.view
    runs = quiet_runs(window.layout_rows)
    assert len(runs) >= 2
    view.setFocus()
    for fold, key in zip(runs[:2], (Qt.Key.Key_Return, Qt.Key.Key_Space)):
        view.go_to_row(fold.first, keep_folded=True)
        assert fold.first in _fold_rows(window)

        qtbot.keyClick(view, key)

        assert fold.first not in _fold_rows(window)
        assert not any(view.isRowHidden(n) for n in range(fold.first, fold.end))


def test_the_keyboard_steps_over_a_folded_run_and_changes_still_navigate(qtbot, window):
    open_and_wait(qtbot, window)
    window.set_changed_only(True)
    view = window.view
    stops = window.layout_rows.stops()
    view.setFocus()

    view.go_to_row(0, keep_folded=True)
    for _ in range(len(stops)):
        window.next_change()
    assert view.current_row() == stops[-1]
    window.previous_change()
    assert view.current_row() == stops[-2]
    fold = next(f for f in quiet_runs(window.layout_rows) if f.end - f.first > 1)
    view.go_to_row(fold.first, keep_folded=True)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current_row() == fold.end   # the hidden rows are stepped over
    assert not view.isRowHidden(view.current_row())


def test_find_and_outline_jumps_open_the_folded_clause_they_land_on(qtbot, window):
    open_and_wait(qtbot, window)
    window.set_changed_only(True)
    view = window.view
    target = row_where(window, left="Article 16", right="Article 16")
    assert view.isRowHidden(target) or target in _fold_rows(window)

    window.find("Article 16", "right", True)

    found = view.current_row()
    assert "Article 16" in cell_text(window, found, Column.RIGHT)
    assert not view.isRowHidden(found) and found not in _fold_rows(window)
    assert _in_view(window, found)


# -- 4. Ctrl+J: a moved clause and where it stood ----------------------------------------------


def _ghost_of(window: MainWindow, citation: str) -> int:
    """The row where the clause now cited ``citation`` stood before it moved."""
    moved = row_where(window, right=citation)
    ghosts = [n for n, row in enumerate(rows(window))
              if row.kind is RowKind.GHOST and row.partner == moved]
    assert len(ghosts) == 1
    return ghosts[0]


def test_ctrl_j_from_where_a_clause_stood_lands_on_it_and_selects_it(qtbot, window):
    open_and_wait(qtbot, window)
    view = window.view
    ghost = _ghost_of(window, "Article 9")
    moved = row_where(window, right="Article 9")
    view.go_to_row(ghost)
    view.setFocus()

    qtbot.keyClick(view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)

    assert view.current_row() == moved != 0
    assert view.selectionModel().isSelected(view.currentIndex())
    assert _in_view(window, moved)

    qtbot.keyClick(view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert view.current_row() == ghost
    assert view.selectionModel().isSelected(view.currentIndex())


def test_ctrl_j_from_a_paragraph_of_a_moved_clause_goes_to_where_it_stood(qtbot, window):
    open_and_wait(qtbot, window)
    view = window.view
    ghost = _ghost_of(window, "Article 9")
    view.go_to_row(row_where(window, right="Article 9(2)"))

    window.go_to_partner()

    assert view.current_row() == ghost


def test_a_clicked_stood_here_link_lands_on_the_moved_clause_selected(qtbot, window):
    open_and_wait(qtbot, window)
    view = window.view
    ghost = _ghost_of(window, "Article 9")
    view.go_to_row(ghost)

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=link_point(window, ghost, Column.LEFT))

    moved = row_where(window, right="Article 9")
    assert view.current_row() == moved
    assert view.selectionModel().isSelected(view.currentIndex())


# -- 5. zoom keeps the clause in view; the size is kept ----------------------------------------


def test_zooming_in_keeps_the_current_clause_in_view(qtbot, window):
    open_and_wait(qtbot, window)
    view = window.view
    target = row_where(window, left="Article 16", right="Article 16")
    view.go_to_row(target)
    bar = view.verticalScrollBar()
    # put the clause near the bottom of the view, as when reading down the page
    bar.setValue(bar.value() - (view.viewport().height() - view.rowHeight(target) - 10))
    view.refine_visible()
    assert _in_view(window, target)
    view.setFocus()

    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert _in_view(window, target)
    assert view.current_row() == target

    for _ in range(6):
        window.zoom_out()
        assert _in_view(window, target)


def test_the_text_size_is_kept_across_restarts_and_ctrl_0_resets_it(qtbot, tmp_path, warnings):
    first = _new_window(qtbot, tmp_path)
    normal = first._font_size
    first.zoom_in()
    first.zoom_in()
    first.close()

    second = _new_window(qtbot, tmp_path)
    assert second._font_size == normal + 2
    assert second.view.clause_delegate.font.pointSizeF() == normal + 2

    assert second.actions["zoom_reset"].shortcut().toString() == "Ctrl+0"
    second.actions["zoom_reset"].trigger()
    assert second.view.clause_delegate.font.pointSizeF() == normal
    second.close()
    assert _new_window(qtbot, tmp_path)._font_size == normal


# -- 13. the first screen: each draft read and segmented once, compared once, off the GUI thread -


def test_a_real_pair_is_read_segmented_compared_and_laid_out_once_off_the_gui_thread(
        qtbot, window, monkeypatch):
    import threading

    from clausewise import drafts, session
    from clausewise.gui import window as window_module

    advance = corpus_file("bbnj-prepcom-report-2026.advance.txt")
    final = corpus_file("bbnj-prepcom-report-2026.final.txt")
    calls: list[tuple[str, bool]] = []

    def spy(module, name):
        real = getattr(module, name)

        def watched(*args, **kwargs):
            calls.append((name, threading.current_thread() is threading.main_thread()))
            return real(*args, **kwargs)
        monkeypatch.setattr(module, name, watched)

    for module, name in ((drafts, "read"), (drafts, "segment"), (session, "compare"),
                         (window_module, "layout")):
        spy(module, name)

    open_and_wait(qtbot, window, advance, final)

    assert sorted(name for name, _ in calls) == ["compare", "layout", "read", "read",
                                                 "segment", "segment"]
    assert not any(on_gui for _, on_gui in calls)
    assert window.view.current_row() == window.layout_rows.stops()[0]


def test_folded_runs_stay_folded_when_compared_again_and_hold_no_pair(qtbot, window):
    from gui_support import wait_for_compare

    open_and_wait(qtbot, window)
    window.set_changed_only(True)
    before = _fold_rows(window)
    pairs = []
    window.currentPairChanged.connect(pairs.append)

    wait_for_compare(qtbot, window, window.actions["ignore_case"].trigger)

    assert _fold_rows(window) == before and window.view.folded
    window.view.go_to_row(before[0], keep_folded=True)
    assert pairs[-1] is None and not window.actions["unlink"].isEnabled()


def test_a_reference_that_follows_a_renumbering_is_folded_and_no_stop(qtbot, window):
    """Draft 2 -> 3: Article 6(4) (now 5(4)) cites "Article 14", now "Article 6" -- the same
    article, renumbered. Not a change: "Changed clauses only" folds it away and "next change"
    passes it, though unfolded it still shows the number that moved."""
    from gui_support import SAMPLES

    open_and_wait(qtbot, window, SAMPLES / "security-agreement-draft2.txt",
                  SAMPLES / "security-agreement-draft3.txt")
    number = row_where(window, left="Article 6(4)", right="Article 5(4)")
    row = rows(window)[number]
    assert any(op != "=" for op, _ in row.pair.diff)   # the words differ...
    assert not row.pair.changed and not row.stop        # ...but nothing changed
    window.actions["changed_only"].trigger()
    assert any(number in fold for fold in quiet_runs(window.layout_rows))
