"""Correcting the engine by hand, and changing what the comparison ignores."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from clausewise import drafts, session
from clausewise.gui.table_model import Column
from gui_support import (cell_text, open_and_wait, row_where, wait_for_compare,  # noqa: F401
                         warnings, window, write_draft)


def test_unlink_a_wrong_pair_then_link_it_again(qtbot, window):
    open_and_wait(qtbot, window)
    moved = row_where(window, left="Article 7", right="Article 9")
    window.view.go_to_row(moved)
    assert window.actions["unlink"].isEnabled()
    before = window.comparison.stats

    wait_for_compare(qtbot, window, window.actions["unlink"].trigger)

    removed = row_where(window, left="Article 7")
    added = row_where(window, right="Article 9")
    assert removed != added
    assert cell_text(window, removed, Column.RIGHT) == ""
    assert cell_text(window, added, Column.LEFT) == ""
    after = window.comparison.stats
    assert (after.added, after.removed) == (before.added + 1, before.removed + 1)
    assert window.navigator.count_text("added") == str(after.added)
    assert window.actions["clear_links"].isEnabled()

    view = window.view
    view.clearSelection()
    view.selectionModel().select(view.comparison_model.index(removed, Column.LEFT),
                                 view.selectionModel().SelectionFlag.Select)
    view.selectionModel().select(view.comparison_model.index(added, Column.RIGHT),
                                 view.selectionModel().SelectionFlag.Select)
    assert window.actions["link"].isEnabled()
    wait_for_compare(qtbot, window, window.actions["link"].trigger)

    assert row_where(window, left="Article 7", right="Article 9") >= 0
    assert window.comparison.stats.added == before.added


def test_link_by_clicking_one_clause_on_each_side(qtbot, window, tmp_path):
    old = write_draft(tmp_path, "old.txt",
                      "Article 1\nThe Parties shall exchange liaison officers.\n\n"
                      "Article 2\nThis Agreement enters into force on signature.\n")
    new = write_draft(tmp_path, "new.txt",
                      "Article 1\nEach Party shall host a delegation of the other.\n\n"
                      "Article 2\nThis Agreement enters into force on signature.\n")
    open_and_wait(qtbot, window, old, new)
    left = row_where(window, left="Article 1")
    right = row_where(window, right="Article 1")
    if left == right:  # the engine paired them already: unlink first, to link by hand
        window.view.go_to_row(left)
        wait_for_compare(qtbot, window, window.unlink_current)
        left, right = row_where(window, left="Article 1"), row_where(window, right="Article 1")
    assert left != right

    view = window.view
    for number, column, modifier in ((left, Column.LEFT, Qt.KeyboardModifier.NoModifier),
                                     (right, Column.RIGHT, Qt.KeyboardModifier.ControlModifier)):
        rect = view.visualRect(view.comparison_model.index(number, column))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier,
                         rect.center())
    assert window.actions["link"].isEnabled()
    wait_for_compare(qtbot, window, lambda: qtbot.keyClick(
        view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier))

    assert row_where(window, left="Article 1", right="Article 1") >= 0
    assert window.manual_links[-1].linked


def test_ignore_case_turns_a_change_of_case_into_no_change(qtbot, window, tmp_path):
    old = write_draft(tmp_path, "old.txt", "Article 1\nThe Parties SHALL cooperate.\n")
    new = write_draft(tmp_path, "new.txt", "Article 1\nThe Parties shall cooperate.\n")
    open_and_wait(qtbot, window, old, new)
    assert window.comparison.stats.modified == 1

    wait_for_compare(qtbot, window, window.actions["ignore_case"].trigger)

    assert window.comparison.options.ignore_case
    assert window.comparison.stats.modified == 0
    assert window.comparison.stats.unchanged == 1


def test_ignore_punctuation_and_whitespace_reach_the_engine(qtbot, window, tmp_path):
    old = write_draft(tmp_path, "old.txt", "Article 1\nThe Parties shall cooperate;\n")
    new = write_draft(tmp_path, "new.txt", "Article 1\nThe Parties shall cooperate.\n")
    open_and_wait(qtbot, window, old, new)
    assert window.comparison.stats.modified == 1

    wait_for_compare(qtbot, window, window.actions["ignore_punctuation"].trigger)
    assert window.comparison.stats.modified == 0
    wait_for_compare(qtbot, window, window.actions["ignore_whitespace"].trigger)
    assert not window.comparison.options.ignore_whitespace
    assert window.comparison.options.ignore_punctuation


def test_the_comparison_runs_off_the_gui_thread_with_progress(qtbot, window, monkeypatch):
    threads = []
    real_compare = session.compare

    def spy(left, right, options):
        threads.append(threading.current_thread())
        return real_compare(left, right, options)

    monkeypatch.setattr(session, "compare", spy)
    fractions = []

    with qtbot.waitSignal(window.comparisonShown, timeout=30_000):
        window.open_drafts()
        assert window.is_busy() and window.progress.isVisibleTo(window)
        window._job_signals.progress.connect(lambda serial, f: fractions.append(f))

    assert threads and threads[0] is not threading.main_thread()
    assert not window.progress.isVisibleTo(window)
    assert fractions == sorted(fractions)


def test_cancel_keeps_the_comparison_already_shown(qtbot, window, tmp_path):
    open_and_wait(qtbot, window)
    shown = window.comparison
    other = write_draft(tmp_path, "other.txt", "Article 1\nSomething else entirely.\n")

    window.set_draft("right", str(other))
    assert window.is_busy()
    window.actions["cancel"].trigger()

    with qtbot.assertNotEmitted(window.comparisonShown, wait=300):
        pass
    assert not window.is_busy()
    assert window.comparison is shown
    assert window.paths[1].endswith("security-agreement-draft2.txt")


def test_changing_an_option_compares_again_without_reading_the_drafts(qtbot, window,
                                                                      monkeypatch):
    open_and_wait(qtbot, window)
    reads = []
    real_load = drafts.load_draft
    monkeypatch.setattr(drafts, "load_draft",
                        lambda path, config=None: reads.append(path) or real_load(path, config))

    wait_for_compare(qtbot, window, window.actions["ignore_case"].trigger)

    assert reads == []
    assert window.comparison.options.ignore_case
