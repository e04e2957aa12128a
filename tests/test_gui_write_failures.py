"""Issue 17 in the window: a note typed while the disk is full stays in its editor (and in a
recovery file in the data folder) with the reason, the undo history stays true to the file,
and a read-only workspace opens read-only under a banner, with Save As still working."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog

from clausewise.gui.annotations_dialog import NoteDialog
from clausewise.gui.table_model import Column
from clausewise.gui.window import MainWindow
from gui_support import (DRAFT1, DRAFT2, WAIT_MS, accept_export_dialog, open_and_wait,  # noqa: F401
                         row_where,
                         warnings, window)

TYPED = "Réserve : « mesures appropriées » reste trop large — Ελλάδα, Россия, 中国. " * 300


class Steps(list):
    seen: list


@pytest.fixture
def typing(monkeypatch) -> Steps:
    """Each note dialog, when shown, does the next step: a str is typed and OK pressed; None
    presses Cancel; a callable is called, then OK pressed on the text as it is. What the dialog showed each time is recorded in ``typing.seen``."""
    steps = Steps()
    seen: list[tuple[str, str]] = []

    def fake_exec(dialog: NoteDialog) -> int:
        seen.append((dialog.note.toPlainText(), dialog.error.text()))
        step = steps.pop(0) if steps else None
        if step is None:
            return QDialog.DialogCode.Rejected
        if callable(step):   # something changes (the disk is freed), then OK as it stands
            step()
            step = dialog.note.toPlainText()
        dialog.note.setPlainText(step)
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(NoteDialog, "exec", fake_exec)
    steps.seen = seen
    return steps


def fill_the_disk(window: MainWindow) -> None:
    conn = window.session.workspace._db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def add_note(window: MainWindow, citation: str = "Article 4") -> None:
    window.view.go_to_row(row_where(window, right=citation), Column.RIGHT)
    window.actions["add_note"].trigger()


def test_a_note_typed_on_a_full_disk_stays_in_its_editor_and_in_a_recovery_file(
        qtbot, window, typing, warnings, tmp_path):
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    fill_the_disk(window)
    typing.extend([TYPED, None])   # OK, then (told it failed) Cancel
    add_note(window)

    first, second = typing.seen
    assert first == ("", "")
    text, error = second
    assert text == TYPED                                   # still in the editor
    assert "Not saved" in error and "the disk is full" in error
    recovered = list((tmp_path / "unsaved notes").glob("*.txt"))
    assert len(recovered) == 1 and str(recovered[0]) in error
    assert TYPED.strip() in recovered[0].read_text(encoding="utf-8")
    assert window.annotations.undo_stack.count() == 0     # nothing to undo: nothing done
    assert window.annotations.visible() == [] and warnings == []


def test_a_note_saved_once_the_disk_has_room_again_leaves_no_copy_behind(
        qtbot, window, typing, tmp_path):
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    fill_the_disk(window)
    conn = window.session.workspace._db.conn
    typing.extend([TYPED, lambda: conn.execute("PRAGMA max_page_count = 1073741823")])
    add_note(window)

    assert "the disk is full" in typing.seen[1][1]
    assert [n.note for n in window.annotations.visible()] == [TYPED.strip()]
    assert window.annotations.undo_stack.count() == 1
    assert list((tmp_path / "unsaved notes").glob("*.txt")) == []


def test_a_note_edited_on_a_full_disk_keeps_the_text_and_the_undo_history(
        qtbot, window, typing, tmp_path):
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    typing.append("Acceptable.")
    add_note(window)
    stack = window.annotations.undo_stack
    assert (stack.count(), stack.index()) == (1, 1)
    fill_the_disk(window)
    window.annotations.select(window.annotations.visible()[0].id)
    typing.extend([TYPED, None])
    window.actions["edit_note"].trigger()

    assert typing.seen[-1][0] == TYPED and "the disk is full" in typing.seen[-1][1]
    assert [n.note for n in window.annotations.visible()] == ["Acceptable."]
    assert (stack.count(), stack.index()) == (1, 1)


def test_an_undo_the_file_refuses_leaves_the_note_and_the_history_as_they_were(
        qtbot, window, typing, warnings):
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    typing.append("Acceptable.")
    add_note(window)
    stack = window.annotations.undo_stack
    window.session.workspace._db.conn.execute(
        "CREATE TEMP TRIGGER fail BEFORE DELETE ON main.annotations "
        "BEGIN SELECT RAISE(ROLLBACK, 'disk I/O error'); END")
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: stack.index() == 1, timeout=2000)
    assert [n.note for n in window.annotations.visible()] == ["Acceptable."]
    assert stack.canUndo() and not stack.canRedo()
    assert any("disk I/O error" in message for message in warnings)

    window.session.workspace._db.conn.execute("DROP TRIGGER temp.fail")
    window.actions["undo"].trigger()   # the disk is back: undo works
    assert window.annotations.visible() == [] and stack.index() == 0


def read_only_workspace(qtbot, tmp_path):
    """A workspace holding the sample comparison and one note, then marked read-only."""
    path = tmp_path / "talks.clausewise"
    settings = QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.session.create_workspace(path)
    open_and_wait(qtbot, first, DRAFT1, DRAFT2)
    first.session.close()
    first.close()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return path


def test_a_read_only_workspace_opens_under_a_banner_and_save_as_still_works(
        qtbot, window, typing, warnings, tmp_path, monkeypatch):
    path = read_only_workspace(qtbot, tmp_path)
    before = path.read_bytes()
    with qtbot.waitSignal(window.comparisonShown, timeout=WAIT_MS):
        assert window.open_workspace(path)

    assert window.read_only_banner.isVisible()
    assert "talks.clausewise is read-only" in window.read_only_label.text()
    assert "(read-only)" in window.windowTitle()
    add_note(window)
    assert typing.seen == []      # no editor opened: nothing typed could be lost
    assert "read-only" in window.statusBar().currentMessage()
    assert warnings == []
    window.grab().save(str(tmp_path / "read-only-banner.png"))

    copy = tmp_path / "mine.clausewise"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.actions["save_workspace"].trigger()
    assert not window.read_only_banner.isVisible() and window.session.path == copy
    typing.append("Now kept in the copy.")
    add_note(window)
    assert [n.note for n in window.annotations.visible()] == ["Now kept in the copy."]
    assert path.read_bytes() == before and warnings == []


def test_an_export_named_without_its_suffix_asks_before_replacing_a_file(
        qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    accept_export_dialog(monkeypatch)   # the options dialog is accepted as it opens (PDF)
    existing = tmp_path / "briefing.pdf"
    existing.write_bytes(b"last week's briefing")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "briefing"), "PDF briefing (*.pdf)"))
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a, **k: asked.append(text)
                        or answers.pop(0))

    window.export_briefing()      # No: nothing written
    assert asked == [f"briefing.pdf already exists in {tmp_path}. Replace it?"]
    assert existing.read_bytes() == b"last week's briefing"

    with qtbot.waitSignal(window.exportFinished, timeout=WAIT_MS):
        window.export_briefing()  # Yes
    assert existing.read_bytes().startswith(b"%PDF")
