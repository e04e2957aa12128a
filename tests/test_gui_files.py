"""Opening drafts: File > Open, drag and drop, swap, recent files, bad files, export."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from clausewise import session
from clausewise.gui.table_model import Column
from gui_support import (DRAFT1, DRAFT2, SAMPLES, WAIT_MS, accept_export_dialog,  # noqa: F401
                         open_and_wait, row_where, wait_for_compare, warnings, window, write_draft)


def test_file_open_replaces_the_newer_draft(qtbot, window, monkeypatch):
    open_and_wait(qtbot, window)
    third = SAMPLES / "security-agreement-draft3.txt"
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(third), "Drafts (*.docx *.txt)"))

    wait_for_compare(qtbot, window, window.actions["open_right"].trigger)

    assert window.paths == [str(DRAFT1), str(third)]
    assert "security-agreement-draft3.txt" in window.windowTitle()


def test_a_word_draft_opens_beside_a_text_draft(qtbot, window):
    open_and_wait(qtbot, window, DRAFT1, SAMPLES / "security-agreement-draft2.docx")

    assert row_where(window, left="Article 7", right="Article 9") >= 0


def test_dropping_a_file_on_the_left_side_replaces_the_older_draft(qtbot, window, tmp_path):
    open_and_wait(qtbot, window)
    dropped = write_draft(tmp_path, "earlier.txt", "Article 1\nDefinitions\n\nArticle 2\nScope.\n")
    view = window.view
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    point = QPoint(view.columnViewportPosition(Column.LEFT) + 30, 40)
    events = [kind(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                   Qt.KeyboardModifier.NoModifier) for kind in (QDragEnterEvent, QDragMoveEvent)]
    events.append(QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime,
                             Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))

    def drag_and_drop() -> None:  # as a drag from a file manager arrives
        for event in events:
            QApplication.sendEvent(view.viewport(), event)
            assert event.isAccepted()

    wait_for_compare(qtbot, window, drag_and_drop)

    assert window.paths == [str(dropped), str(DRAFT2)]
    assert "earlier.txt" in window.windowTitle()


def test_swap_puts_the_newer_draft_on_the_left(qtbot, window):
    open_and_wait(qtbot, window)

    wait_for_compare(qtbot, window, window.actions["swap"].trigger)

    assert window.paths == [str(DRAFT2), str(DRAFT1)]
    assert row_where(window, left="Article 9", right="Article 7") >= 0


def test_recent_files_reopen_an_earlier_pair(qtbot, window):
    third = SAMPLES / "security-agreement-draft3.txt"
    open_and_wait(qtbot, window)
    open_and_wait(qtbot, window, DRAFT2, third)
    assert window.recent.entries()[:2] == [(str(DRAFT2), str(third)), (str(DRAFT1), str(DRAFT2))]

    window._fill_recent_menu()
    earlier = [action for action in window.recent_menu.actions()
               if action.text().startswith("security-agreement-draft1.txt")]
    wait_for_compare(qtbot, window, earlier[0].trigger)

    assert window.paths == [str(DRAFT1), str(DRAFT2)]


def test_a_file_that_cannot_be_read_says_why_and_keeps_the_comparison(qtbot, window, warnings,
                                                                       tmp_path):
    open_and_wait(qtbot, window)
    shown = window.comparison
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 this is not really a Word file")

    window.set_draft("right", str(broken))
    qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT_MS)

    assert "broken.docx" in warnings[0]
    assert "\n" not in warnings[0].strip()
    assert window.comparison is shown
    assert window.paths[1] == str(DRAFT2)  # back to what is shown
    assert not window.is_busy()


def test_a_missing_file_and_an_empty_file_each_get_a_message(qtbot, window, warnings, tmp_path):
    empty = write_draft(tmp_path, "empty.txt", "")

    window.open_drafts(tmp_path / "nowhere.txt", DRAFT2)
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=WAIT_MS)
    window.open_drafts(DRAFT1, empty)
    qtbot.waitUntil(lambda: len(warnings) == 2, timeout=WAIT_MS)

    assert "nowhere.txt" in warnings[0]
    assert "empty.txt" in warnings[1]
    assert window.comparison is None


def test_an_unexpected_engine_error_is_a_dialog_not_a_crash(qtbot, window, warnings,
                                                             monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("alignment table overflow")

    monkeypatch.setattr(session, "compare", broken)
    window.open_drafts()
    qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT_MS)

    assert "alignment table overflow" in warnings[0]
    assert window.isVisible()


def test_export_writes_a_pdf_briefing_off_the_gui_thread(qtbot, window, monkeypatch, tmp_path):
    open_and_wait(qtbot, window)
    accept_export_dialog(monkeypatch)
    target = tmp_path / "briefing.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF briefing (*.pdf)"))
    assert window.actions["export"].isEnabled()

    with qtbot.waitSignal(window.exportFinished, timeout=WAIT_MS) as written:
        window.actions["export"].trigger()

    assert written.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")


def test_export_to_word_when_the_name_has_no_suffix(qtbot, window, monkeypatch, tmp_path):
    open_and_wait(qtbot, window)
    accept_export_dialog(monkeypatch, "docx")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "notes"),
                                                 "Word briefing (*.docx)"))

    with qtbot.waitSignal(window.exportFinished, timeout=WAIT_MS):
        window.export_briefing()

    assert (tmp_path / "notes.docx").read_bytes()[:2] == b"PK"


def test_export_is_disabled_until_there_is_a_comparison(qtbot, window):
    assert not window.actions["export"].isEnabled()


def test_one_draft_opened_from_the_desktop_asks_for_the_older_one(qtbot, window, monkeypatch):
    """`clausewise draft.docx` (a double-click): the file is the newer draft."""
    import argparse

    from PySide6.QtWidgets import QFileDialog

    from clausewise.gui import app

    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (asked.append(a[1]) or str(DRAFT1), ""))
    with qtbot.waitSignal(window.comparisonShown, timeout=WAIT_MS):
        app._open(window, argparse.Namespace(workspace=None, drafts=[str(DRAFT2)]))
    assert asked == ["Open the older draft"]
    assert window.paths == [str(DRAFT1), str(DRAFT2)]
