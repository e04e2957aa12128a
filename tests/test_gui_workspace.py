"""Workspaces in the window: notes follow a newer draft, are shared through JSON files, survive
Save As and reopening, and a damaged, too-new or busy workspace is explained, never touched."""

from __future__ import annotations

import shutil
import sqlite3
import threading

import pytest
from docx import Document as WordDocument
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from clausewise import drafts, keeper
from clausewise.gui import app
from clausewise.gui.about import about_text
from clausewise.gui.annotations import NEEDS_REVIEW
from clausewise.notes import briefing_notes
from clausewise.gui.table_model import Column
from clausewise.gui.window import MainWindow
from clausewise.store import REMOVED, Workspace
from gui_support import (DRAFT1, DRAFT2, SAMPLES, WAIT_MS, accept_export_dialog,  # noqa: F401
                         open_and_wait, row_where, wait_for_compare, warnings, window)
from test_gui_annotations import answers, note_on  # noqa: F401

DRAFT3 = SAMPLES / "security-agreement-draft3.txt"


@pytest.fixture
def chosen_files(monkeypatch) -> list[str]:
    """The paths the user picks in the next file dialogs (open or save), in order."""
    queue: list[str] = []

    def pick(*_args, **_kwargs):
        return (queue.pop(0) if queue else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    return queue


class Asked(list):
    """The questions (and information) shown; each question gets the last of ``answers``."""

    answers: list


@pytest.fixture
def questions(monkeypatch) -> Asked:
    asked = Asked()
    asked_answers = [QMessageBox.StandardButton.No]

    def ask(parent, title, text, *args, **kwargs):
        asked.append(text)
        return asked_answers[-1]

    monkeypatch.setattr(QMessageBox, "question", ask)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: asked.append(a[2]))
    asked.answers = asked_answers
    return asked


def new_window(qtbot, tmp_path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings=settings)
    qtbot.addWidget(main)
    return main


def test_notes_follow_the_clauses_into_a_newer_draft(qtbot, window, answers, chosen_files):
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    note_on(qtbot, window, answers, "Article 7", Column.LEFT, range="Armed Attack",
            note="Keep the armed-attack wording.", tag="Red line")
    note_on(qtbot, window, answers, "Article 15", Column.LEFT,
            note="Why was the annual report dropped?", tag="Question for the other side")

    chosen_files.append(str(DRAFT3))
    wait_for_compare(qtbot, window, window.actions["add_draft"].trigger)

    assert [p.split("/")[-1] for p in window.shown_paths] == \
        ["security-agreement-draft2.txt", "security-agreement-draft3.txt"]
    assert window.annotations.status_filter.currentData() == NEEDS_REVIEW
    (flagged,) = window.annotations.visible()
    assert flagged.anchor.citation == "Article 15" and flagged.review_reason == REMOVED
    window.annotations.set_filter()
    moved = next(n for n in window.annotations.visible() if n.tag == "Red line")
    assert (moved.anchor.citation, moved.needs_review) == ("Article 9", False)
    place = window.place_of(moved)
    assert place[0] == row_where(window, right="Article 9")
    # the notes on drafts 1 -> 2 are still there, and nothing was carried twice
    assert len(window.session.workspace.annotations.all()) == 4


def test_the_gui_thread_never_reads_segments_or_hashes_a_draft(qtbot, window, chosen_files,
                                                             monkeypatch):
    on_gui_thread = []

    def spy(module, name):
        real = getattr(module, name)

        def watched(*args, **kwargs):
            if threading.current_thread() is threading.main_thread():
                on_gui_thread.append(name)
            return real(*args, **kwargs)
        monkeypatch.setattr(module, name, watched)

    for module, name in ((drafts, "read"), (drafts, "segment"), (drafts, "file_sha256"),
                         (keeper, "file_sha256")):
        spy(module, name)
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    wait_for_compare(qtbot, window, window.actions["ignore_case"].trigger)
    chosen_files.append(str(DRAFT3))
    wait_for_compare(qtbot, window, window.actions["add_draft"].trigger)

    assert [p.split("/")[-1] for p in window.shown_paths] == \
        ["security-agreement-draft2.txt", "security-agreement-draft3.txt"]
    assert len(window.session.workspace.drafts.all()) == 3
    assert on_gui_thread == []


def test_a_workspace_saved_as_reopens_with_its_notes_even_without_the_draft_files(
        qtbot, tmp_path, warnings, answers, chosen_files):
    older, newer = tmp_path / "older.txt", tmp_path / "newer.txt"
    shutil.copyfile(DRAFT1, older)
    shutil.copyfile(DRAFT2, newer)
    first = new_window(qtbot, tmp_path)
    open_and_wait(qtbot, first, older, newer)
    note_on(qtbot, first, answers, "Article 9", Column.RIGHT, note="Σημείωση: ok.",
            tag="Acceptable")
    wait_for_compare(qtbot, first, lambda: first.actions["ignore_case"].setChecked(True))
    target = tmp_path / "talks.clausewise"
    chosen_files.append(str(tmp_path / "talks"))  # the suffix is added
    first.actions["save_workspace"].trigger()
    assert first.session.path == target and first.session.explicit
    first.close()
    older.unlink()
    newer.unlink()

    again = new_window(qtbot, tmp_path)
    assert again.actions["ignore_case"].isChecked() is False
    with qtbot.waitSignal(again.comparisonShown, timeout=WAIT_MS):
        assert app.parse_args([str(target)]).workspace == str(target)
        again.open_workspace(target)
    assert again.actions["ignore_case"].isChecked()  # the view options came back
    assert [(n.anchor.citation, n.note) for n in again.annotations.visible()] == \
        [("Article 9", "Σημείωση: ok.")]
    assert row_where(again, left="Article 7", right="Article 9") >= 0
    assert "talks.clausewise" in again.windowTitle()
    assert warnings == []


def test_a_damaged_or_too_new_workspace_is_explained_and_left_untouched(
        qtbot, window, tmp_path, warnings, chosen_files):
    damaged = tmp_path / "damaged.clausewise"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    too_new = tmp_path / "future.clausewise"
    Workspace.create(too_new).close()
    with sqlite3.connect(too_new) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = {path: path.read_bytes() for path in (damaged, too_new)}

    for path in (damaged, too_new):
        chosen_files.append(str(path))
        window.actions["open_workspace"].trigger()

    assert len(warnings) == 2
    assert "damaged.clausewise" in warnings[0]
    assert "newer Clausewise" in warnings[1]
    assert {path: path.read_bytes() for path in before} == before
    assert window.session.workspace is None


@pytest.mark.slow
def test_a_second_window_on_the_same_drafts_is_told_and_may_open_a_copy(
        qtbot, tmp_path, warnings, questions, answers):
    first = new_window(qtbot, tmp_path)
    open_and_wait(qtbot, first)
    note_on(qtbot, first, answers, "Article 9", Column.RIGHT, note="First window's note.")

    second = new_window(qtbot, tmp_path)
    open_and_wait(qtbot, second)
    assert "already open in another Clausewise window" in questions[0]
    assert second.session.workspace is None and second.comparison is not None
    assert "notes cannot be added" in second.statusBar().currentMessage()
    second.actions["add_note"].trigger()
    assert second.session.workspace is None

    questions.answers.append(QMessageBox.StandardButton.Yes)
    third = new_window(qtbot, tmp_path)
    open_and_wait(qtbot, third)
    assert "copies" in str(third.session.path)
    assert [n.note for n in third.annotations.visible()] == ["First window's note."]
    assert [n.note for n in first.session.workspace.annotations.all()] == \
        ["First window's note."]


def test_notes_shared_through_a_json_file_merge_without_duplicates(
        qtbot, window, tmp_path, answers, chosen_files, questions):
    open_and_wait(qtbot, window)
    note_on(qtbot, window, answers, "Article 4", Column.RIGHT, note="中文 / العربية check.",
            tag="Needs legal review")
    shared = tmp_path / "notes.json"
    chosen_files.append(str(shared))
    window.actions["export_notes"].trigger()
    assert "中文" in shared.read_text(encoding="utf-8")

    chosen_files.append(str(tmp_path / "fresh.clausewise"))
    window.actions["new_workspace"].trigger()
    assert window.session.path.name == "fresh.clausewise"
    assert window.annotations.visible() == []
    for _ in range(2):
        chosen_files.append(str(shared))
        window.actions["import_notes"].trigger()
    assert questions == ["1 added, 0 updated, 0 already here.",
                         "0 added, 0 updated, 1 already here."]
    assert [n.note for n in window.annotations.visible()] == ["中文 / العربية check."]


def test_the_briefing_carries_the_notes_by_row_and_side(qtbot, window, answers, chosen_files,
                                                       monkeypatch, tmp_path):
    open_and_wait(qtbot, window, DRAFT2, DRAFT3)
    note_on(qtbot, window, answers, "Article 3", Column.LEFT, note="Deleted: we agree.",
            tag="Acceptable")
    note_on(qtbot, window, answers, "Article 9", Column.RIGHT, note="Unchanged.")
    keyed = briefing_notes(window.annotations.table.annotations, window.comparison)
    by_citation = {(side, notes[0].citation): [n.text for n in notes]
                   for (side, _clause_id), notes in keyed.items()}
    assert by_citation == {("left", "Article 3"): ["Deleted: we agree."],
                           ("right", "Article 9"): ["Unchanged."]}

    target = tmp_path / "briefing.docx"
    chosen_files.append(str(target))
    accept_export_dialog(monkeypatch, "docx")
    with qtbot.waitSignal(window.exportFinished, timeout=WAIT_MS):
        window.actions["export"].trigger()
    words = "\n".join(cell.text for table in WordDocument(target).tables
                      for row in table.rows for cell in row.cells)
    assert "Deleted: we agree." in words


def test_about_lists_every_component_with_its_licence_and_the_font_licences():
    text = about_text()
    for line in ("PySide6-Essentials", "LGPLv3", "python-docx", "reportlab", "BSD",
                 "diff-match-patch", "Apache-2.0", "rapidfuzz", "charset-normalizer",
                 "pypdfium2", "fonts/README.md", "fonts/LICENSE-DejaVu.txt"):
        assert line in text


def test_the_screenshot_of_a_workspace_shows_its_notes(qtbot, tmp_path, answers):
    first = new_window(qtbot, tmp_path)
    open_and_wait(qtbot, first)
    note_on(qtbot, first, answers, "Article 9", Column.RIGHT, note="Looks fine.")
    chosen = tmp_path / "shot.clausewise"
    first.session.save_workspace_as(chosen)
    first.close()
    picture = tmp_path / "shot.png"
    assert app.main([str(chosen), "--screenshot", str(picture), "--size", "900x600"]) == 0
    assert picture.stat().st_size > 10_000


def test_a_manual_unlink_is_kept_in_the_workspace_and_restored(qtbot, tmp_path, warnings):
    first = new_window(qtbot, tmp_path)
    open_and_wait(qtbot, first)
    first.view.go_to_row(row_where(first, left="Article 7", right="Article 9"))
    wait_for_compare(qtbot, first, first.actions["unlink"].trigger)
    stored = first.session.keeper.links(first.session.pair)
    assert stored and not any(link.linked for link in stored)
    first.close()

    again = new_window(qtbot, tmp_path)
    open_and_wait(qtbot, again)
    assert again.manual_links == stored
    assert row_where(again, left="Article 7") != row_where(again, right="Article 9")
    wait_for_compare(qtbot, again, again.actions["clear_links"].trigger)
    assert again.session.keeper.links(again.session.pair) == []
