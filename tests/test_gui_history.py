"""The series of drafts in the window: File > Drafts of This Negotiation (add, rename, reorder,
remove, compare any two; all kept in the workspace file), View > Negotiation History (rows
checked against resources/samples/CHANGES.md, the story, texts and notes of a provision) and
File > Export History Table (a Word table python-docx reads back, written off the GUI
thread)."""

from __future__ import annotations

import threading

import pytest
from docx import Document as WordDocument
from PySide6.QtWidgets import QDialog, QFileDialog

from clausewise import series
from clausewise.gui.history_export import HistoryExportDialog
from clausewise.gui.history_window import HistoryModel
from clausewise.keeper import Wanted
from clausewise.session import Session
from clausewise.store import Anchor, Annotation, Side, Workspace, file_sha256
from gui_support import (DRAFT1, DRAFT2, SAMPLES, WAIT_MS, open_and_wait,  # noqa: F401
                         warnings, window)
from test_history import changes_table

DRAFT3 = SAMPLES / "security-agreement-draft3.txt"


def add_third(window) -> None:
    """The sample drafts 1-2 compared, draft 3 added to the series (as the dialog does)."""
    assert window.session.add_to_series(Session.load([Wanted(str(DRAFT3))])[0])


def run_drafts_dialog(window, monkeypatch, script) -> None:
    """File > Drafts of This Negotiation…, with ``script(dialog)`` as the user."""
    def run(dialog):
        script(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(window, "run_dialog", run)
    window.actions["series"].trigger()


def select(dialog, sha256: str) -> None:
    row = next(n for n, draft in enumerate(dialog.drafts) if draft.sha256 == sha256)
    dialog.table.selectRow(row)


def open_history(qtbot, window):
    window.actions["history"].trigger()
    history = window.history_window
    qtbot.waitUntil(lambda: not history.is_busy(), timeout=WAIT_MS)
    assert history.history is not None, history.message
    return history


def test_the_drafts_dialog_adds_renames_reorders_removes_and_compares(qtbot, window, warnings,
                                                                     monkeypatch):
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    one, two, three = (file_sha256(path) for path in (DRAFT1, DRAFT2, DRAFT3))

    def arrange(dialog):
        assert [draft.sha256 for draft in dialog.drafts] == [one, two]
        assert dialog.table.item(0, 4).text() == "left"
        with qtbot.waitSignal(dialog.draftAdded, timeout=WAIT_MS):
            dialog.add_draft(str(DRAFT3))
        assert [draft.sha256 for draft in dialog.drafts] == [one, two, three]
        assert dialog.table.currentRow() == 2          # the draft added is selected
        assert dialog.rename_current("Chair's text — Κείμενο")
        select(dialog, one)
        assert not dialog.up_button.isEnabled()
        assert dialog.rename_current("Нулевой проект")
        select(dialog, three)
        assert dialog.move_current(-1)
        assert [draft.sha256 for draft in dialog.drafts] == [one, three, two]
        assert [dialog.table.item(row, 1).text() for row in range(3)] == \
            ["Нулевой проект", "Chair's text — Κείμενο", "D3"]
        select(dialog, one)
        assert not dialog.remove_current()             # shown in the comparison
        dialog.choose_pair(three, two)
        with qtbot.waitSignal(window.comparisonShown, timeout=WAIT_MS):
            assert dialog.compare_chosen()

    run_drafts_dialog(window, monkeypatch, arrange)
    assert any("shown in the comparison" in message for message in warnings)
    assert (window.session.pair.left, window.session.pair.right) == (three, two)
    assert window.view.comparison_model is not None

    def remove_zero(dialog):
        select(dialog, one)
        assert dialog.remove_current()
        assert [draft.sha256 for draft in dialog.drafts] == [three, two]

    run_drafts_dialog(window, monkeypatch, remove_zero)
    path = window.session.path
    window.session.close()
    with Workspace.open(path) as workspace:   # what the file holds, reopened
        records = workspace.drafts.all()
        assert [record.sha256 for record in records] == [three, two]
        assert [record.label for record in records] == ["Chair's text — Κείμενο", ""]


def test_a_draft_that_cannot_be_read_is_a_message(qtbot, window, warnings, monkeypatch,
                                                  tmp_path):
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip at all")

    def add_broken(dialog):
        dialog.add_draft(str(broken))
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
        assert len(dialog.drafts) == 2
        assert "broken.docx" in dialog.status.text()

    run_drafts_dialog(window, monkeypatch, add_broken)
    assert warnings and "broken.docx" in warnings[-1]


def test_the_history_view_follows_changes_md_and_shows_a_provisions_story(qtbot, window,
                                                                          monkeypatch):
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    add_third(window)
    pair = window.session.pair
    clause = window.comparison.right.find("Article 9")
    window.session.workspace.annotations.add(Annotation.new(
        pair, Anchor.on(clause, Side.RIGHT), "Никаких изменений: red line.", "Red line",
        author="Zoë"))
    threads = []
    follow = series.history

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return follow(*args, **kwargs)

    monkeypatch.setattr(series, "history", watched)
    history = open_history(qtbot, window)
    assert threads and all(thread is not threading.main_thread() for thread in threads)

    model = history.model
    assert model.columnCount() == 4
    assert [model.headerData(c, _horizontal()) for c in range(4)] == \
        ["Provision", "D1", "D2", "D3"]
    table = changes_table()
    assert len(table) == 21
    for heading, drafts in table:
        first = next(d for d in range(3) if drafts[d])
        article = sorted(drafts[first])[0]
        row = next(r for r in range(model.rowCount())
                   if article in (model.data(model.index(r, first + 1), HistoryModel.CITATION)
                                  or "").split(" + "))
        for draft in range(3):
            shown = model.data(model.index(row, draft + 1), HistoryModel.CITATION)
            cited = set(shown.split(" + ")) if shown else set()
            assert drafts[draft] <= cited and bool(cited) == bool(drafts[draft]), \
                (heading, draft, shown)
            if not drafts[draft]:
                assert "Article" not in model.data(model.index(row, draft + 1))
        latest = max(d for d in range(3) if drafts[d])   # the heading as the latest draft has it
        lineage = history.history.lineages[model.data(model.index(row, 0), HistoryModel.LINEAGE)]
        assert heading in lineage.text(latest), heading
        start = model.data(model.index(row, latest + 1)).split("\n")[1].rstrip("…")
        assert " ".join(lineage.text(latest).split()).startswith(start)

    # the provision dropped in D2 says so where it went, and is tinted
    report = next(r for r in range(model.rowCount())
                  if model.data(model.index(r, 1), HistoryModel.CITATION) == "Article 15")
    assert model.data(model.index(report, 2)) == "− removed"
    assert model.data(model.index(report, 2), _background()) is not None
    assert model.data(model.index(report, 3)) == ""

    assert history.show_provision("Article 9")
    detail = history.detail.toPlainText()
    assert "renumbered to Article 9, moved in D2, unchanged since" in detail
    assert "D1: Article 7" in detail and "D3: Article 9" in detail
    assert "Никаких изменений: red line." in detail and "Zoë" in detail and "Red line" in detail
    row = history.table.currentIndex().row()
    assert "✎1" in model.data(model.index(row, 0))

    assert history.show_provision("Article 8")   # Urgent Consultations: modified in D3
    html = history.detail.toHtml()
    assert "line-through" in html and "underline" in html

    history.changed_only.setChecked(True)
    assert 0 < model.rowCount() < len(history.history.lineages)
    assert history.show_provision("Article 9")   # unchanged lately, but it carries a note


def test_the_history_says_what_to_do_with_one_draft(qtbot, window, tmp_path):
    path = tmp_path / "empty.clausewise"
    Workspace.create(path).close()
    assert window.open_workspace(path)
    window.actions["history"].trigger()
    assert "holds 0 drafts" in window.history_window.message
    window.actions["export_history"].trigger()
    assert "holds 0 drafts" in window.errors[-1]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_export_history_table_writes_a_word_table(qtbot, window, monkeypatch, tmp_path, fmt):
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    add_third(window)
    drafts = window.session.series()
    window.session.rename_draft(drafts[2].sha256, "Chair's text")

    def accept(dialog):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        dialog.marking_box.setEditText("RESTRICTED")
        dialog.author_edit.setText("Zoë Ξενάκη")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", accept)
    target = tmp_path / "table"   # no suffix: the format's is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.exportFinished, timeout=WAIT_MS) as written:
        window.actions["export_history"].trigger()
    path = tmp_path / f"table.{fmt}"
    assert written.args == [str(path)]
    assert window._history_export is None   # the strip is gone
    if fmt == "pdf":
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
        assert "Provision" in text and "Chair's text" in text and "RESTRICTED" in text
        assert "Guiding Principles" in text
        return
    document = WordDocument(path)
    rows = [[cell.text for cell in line.cells] for line in document.tables[0].rows]
    assert rows[0][0] == "Provision" and rows[0][-1] == "Notes"
    assert rows[0][1].startswith("D1") and rows[0][3].startswith("Chair's text")
    assert len(rows[0]) == 5
    report = next(cells for cells in rows if cells[1].startswith("Article 15"))
    assert report[2] == "" and report[3] == ""   # blank where the provision did not exist
    principles = next(cells for cells in rows if "Guiding Principles" in cells[2])
    assert principles[1] == ""
    assert "RESTRICTED" in document.sections[0].header.paragraphs[0].text or any(
        "RESTRICTED" in p.text for p in document.sections[0].header.paragraphs)
    assert any("Zoë Ξενάκη" in p.text for p in document.paragraphs)


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _background():
    from PySide6.QtCore import Qt

    return Qt.ItemDataRole.BackgroundRole


def test_the_dialog_options_are_those_of_a_briefing(qtbot, window):
    dialog = HistoryExportDialog(window, window.settings, 3)
    qtbot.addWidget(dialog)
    assert dialog.orientation_box.currentData() is True   # landscape by default
    dialog.changed_only.setChecked(True)
    options = dialog.options()
    assert options.landscape and options.changed_only
    too_many = HistoryExportDialog(window, window.settings, 13)
    qtbot.addWidget(too_many)
    assert not too_many.export_button.isEnabled() and "at most 12" in too_many.problem.text()


def test_a_cancelled_table_export_leaves_no_file(qtbot, window, monkeypatch, tmp_path):
    from clausewise.gui import history_export

    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    add_third(window)
    started, go_on = threading.Event(), threading.Event()
    write = history_export.write_table

    def held(*args, **kwargs):   # the export waits until the user has pressed Cancel
        started.set()
        go_on.wait(WAIT_MS / 1000)
        return write(*args, **kwargs)

    monkeypatch.setattr(history_export, "write_table", held)
    monkeypatch.setattr(window, "run_dialog", lambda dialog: (dialog.accept(),
                                                              QDialog.DialogCode.Accepted)[1])
    target = tmp_path / "table.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions["export_history"].trigger()
    strip = window._history_export
    assert strip is not None and started.wait(WAIT_MS / 1000)
    with qtbot.waitSignal(strip.cancelled, timeout=WAIT_MS):
        strip.cancel_button.click()
    go_on.set()
    from clausewise.gui import worker

    worker.pool().waitForDone(WAIT_MS)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".clausewise")) == []
    assert window._history_export is None


def test_a_read_only_workspace_lists_its_drafts_but_changes_nothing(qtbot, window, tmp_path,
                                                                   monkeypatch):
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    path = tmp_path / "talks.clausewise"
    assert window.session.save_workspace_as(path)
    window.session.close()
    path.chmod(0o444)
    try:
        assert window.open_workspace(path)
        assert window.session.workspace.read_only

        def look(dialog):
            assert len(dialog.drafts) == 2 and "read-only" in dialog.intro.text()
            dialog.table.selectRow(1)
            buttons = (dialog.add_button, dialog.rename_button, dialog.up_button,
                       dialog.down_button, dialog.remove_button)
            assert not any(button.isEnabled() for button in buttons)
            assert dialog.compare_button.isEnabled()   # comparing changes nothing

        run_drafts_dialog(window, monkeypatch, look)
        history = open_history(qtbot, window)
        assert len(history.history.documents) == 2
    finally:
        path.chmod(0o644)


def test_the_history_table_is_exported_in_the_language_chosen(qtbot, window, monkeypatch,
                                                              tmp_path):
    """File > Export History Table in French: the table's headings and the provisions'
    stories in French; the choice comes back next time."""
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    add_third(window)

    def accept(dialog):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("fr"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", accept)
    target = tmp_path / "tableau"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.exportFinished, timeout=WAIT_MS):
        window.actions["export_history"].trigger()
    document = WordDocument(tmp_path / "tableau.docx")
    rows = [[cell.text for cell in line.cells] for line in document.tables[0].rows]
    assert rows[0][0] == "Disposition" and rows[0][-1] == "Notes"
    stories = " ".join(cells[0] for cells in rows[1:])
    assert "modifiée dans D2" in stories and "modified" not in stories
    assert document.paragraphs[0].text.startswith("Historique de la négociation : ")
    again = HistoryExportDialog(window, window.settings, 3)
    qtbot.addWidget(again)
    assert again.options().language == "fr"
