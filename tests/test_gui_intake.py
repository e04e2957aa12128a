"""Drafts pasted from the clipboard, and the reading notes of what a reader left out."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from clausewise.gui import intake  # noqa: E402
from clausewise.readers import ReadError  # noqa: E402
from gui_support import DRAFT1, WAIT_MS, open_and_wait, warnings, window  # noqa: E402,F401

PASTED = """> Article 1
> Scope
>
> The Parties shall cooperate in matters of security.
>
> Article 2
> Έναρξη ισχύος
>
> Настоящее Соглашение вступает в силу.
"""


@pytest.fixture
def pasted_folder(tmp_path, monkeypatch):
    folder = tmp_path / "pasted"
    monkeypatch.setattr(intake, "pasted_folder", lambda: folder)
    return folder


def test_pasted_text_is_kept_as_a_file_without_the_mail_quoting(tmp_path):
    path = intake.save_pasted_draft(PASTED, tmp_path, now=datetime(2026, 11, 29, 9, 30))
    assert path.name == "Pasted draft 2026-11-29 09.30.00.txt"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("Article 1\nScope\n")
    assert "Έναρξη ισχύος" in text and "Настоящее Соглашение" in text
    again = intake.save_pasted_draft(PASTED, tmp_path, now=datetime(2026, 11, 29, 9, 30))
    assert again != path and again.exists() and path.exists()  # nothing is overwritten


def test_empty_clipboard_text_is_refused():
    with pytest.raises(ReadError):
        intake.save_pasted_draft("   \n  ")


def test_paste_newer_draft_from_the_clipboard_compares_it(qtbot, window, warnings, pasted_folder):
    open_and_wait(qtbot, window)
    QGuiApplication.clipboard().setText(PASTED)
    with qtbot.waitSignal(window.comparisonShown, timeout=WAIT_MS):
        window.actions["paste_right"].trigger()
    assert window.comparison.right.find("Article 2").heading == "Έναρξη ισχύος"
    assert window.paths[0] == str(DRAFT1)
    assert [p.name for p in pasted_folder.iterdir()] == [window.paths[1].rsplit("/", 1)[-1]]
    assert warnings == []


def test_pasting_nothing_says_why(qtbot, window, warnings, pasted_folder):
    open_and_wait(qtbot, window)
    QGuiApplication.clipboard().setText("")
    window.actions["paste_left"].trigger()
    assert len(warnings) == 1 and "empty" in warnings[0].lower()
    assert window.paths[0] == str(DRAFT1)


def test_reading_notes_list_what_a_reader_left_out(qtbot, window, tmp_path, monkeypatch):
    from docx import Document

    word = Document()
    word.add_paragraph("Article 1")
    word.add_paragraph("Scope")
    word.add_paragraph("The Parties shall cooperate.")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Party"
    table.cell(0, 1).text = "Contact"
    path = tmp_path / "with-table.docx"
    word.save(path)
    open_and_wait(qtbot, window, DRAFT1, path)
    notes = window.reading_notes
    assert not notes.isHidden()
    assert "reading note" in notes.text()
    assert "with-table.docx" in notes.text_of_notes() and "table" in notes.text_of_notes()
    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: shown.append(text))
    notes.click()
    assert shown and "table" in shown[0]
    open_and_wait(qtbot, window)
    assert notes.isHidden()  # the samples leave nothing out


def test_an_unreadable_newer_draft_keeps_the_older_and_asks_for_another(qtbot, window, warnings,
                                                                      tmp_path):
    """A user opens a good older draft and a broken .docx: the error says why, then the good
    draft stays chosen and the status bar says what to do; choosing a readable newer draft
    compares the two."""
    from gui_support import DRAFT1, DRAFT2

    broken = tmp_path / "junk.docx"
    broken.write_bytes(b"PK\x03\x04 not really a Word document")

    window.open_drafts(DRAFT1, broken)
    qtbot.waitUntil(lambda: bool(warnings) and not window.is_busy(), timeout=30_000)

    assert "junk.docx" in warnings[0]
    assert window.session.paths == [str(DRAFT1), ""]
    message = window.statusBar().currentMessage()
    assert "junk.docx could not be read" in message and "File > Open Newer Draft" in message
    with qtbot.waitSignal(window.comparisonShown, timeout=30_000):
        window.set_draft("right", str(DRAFT2))
    assert [Path(path).name for path in window.shown_paths] == [DRAFT1.name, DRAFT2.name]


def test_an_unreadable_older_draft_asks_for_another_older_one(qtbot, window, warnings, tmp_path):
    from gui_support import DRAFT2

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")

    window.open_drafts(empty, DRAFT2)
    qtbot.waitUntil(lambda: bool(warnings) and not window.is_busy(), timeout=30_000)

    assert window.session.paths == ["", str(DRAFT2)]
    assert "choose another older draft" in window.statusBar().currentMessage()
