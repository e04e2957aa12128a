"""File > Export Briefing…: the dialog's options reach the briefing, the marking and author
come back next time, the preview shows the first page, the export runs off the GUI thread
and Cancel leaves no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog

from clausewise.gui import worker
from clausewise.gui.export_dialog import BackgroundExport, ExportDialog
from clausewise.store import Anchor, Annotation, AnnotationStatus

from gui_support import WAIT_MS, open_and_wait, warnings, window  # noqa: F401

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture
def dialog(qtbot, window):  # noqa: F811
    open_and_wait(qtbot, window)
    made = ExportDialog(window, window.session, window.settings, preview_delay_ms=0)
    qtbot.addWidget(made)
    return made


def test_the_choices_reach_the_briefing_options(dialog):
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
    dialog.marking_box.setEditText("OFFICIAL-SENSITIVE")
    dialog.author_edit.setText("Ана Петровић")
    dialog.orientation_box.setCurrentIndex(1)
    dialog.everything.setChecked(True)
    for kind, box in dialog.kind_boxes.items():
        box.setChecked(kind in ("added", "removed"))
    dialog.status_boxes["resolved"].setChecked(True)
    dialog.status_boxes["open"].setChecked(False)
    dialog.notes_only.setChecked(True)

    options = dialog.briefing_options()

    assert (options.format, options.marking, options.author) == \
        ("docx", "OFFICIAL-SENSITIVE", "Ана Петровић")
    assert options.landscape and not options.changed_only and options.notes_only
    assert options.kinds == ("added", "removed")
    assert options.note_statuses == ("resolved",) and options.resolved_notes
    assert Path(options.right_path).name == "security-agreement-draft2.txt"


def test_all_kinds_and_all_tags_mean_no_filter_and_no_kind_cannot_export(dialog):
    options = dialog.briefing_options()
    assert (options.kinds, options.note_tags) == ((), ())
    assert options.note_statuses == ("open",) and not options.resolved_notes   # the default

    for box in dialog.kind_boxes.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    assert "kind of change" in dialog.problem.text()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_tags_come_from_the_workspace_and_unticking_one_filters_it(dialog):
    assert "Red line" in dialog.tag_boxes
    dialog.tag_boxes["Red line"].setChecked(False)
    options = dialog.briefing_options()
    assert "Red line" not in options.note_tags and "Acceptable" in options.note_tags


def test_the_marking_and_author_last_used_come_back(qtbot, window, tmp_path):  # noqa: F811
    open_and_wait(qtbot, window)
    first = ExportDialog(window, window.session, window.settings)
    qtbot.addWidget(first)
    first.marking_box.setEditText("RESTRICTED")
    first.author_edit.setText("Zoë Ξενάκη")
    first.orientation_box.setCurrentIndex(1)
    first.accept()

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = ExportDialog(window, window.session, settings)
    qtbot.addWidget(again)
    assert again.marking() == "RESTRICTED"
    assert again.author_edit.text() == "Zoë Ξενάκη"
    assert again.orientation_box.currentData() is True


def test_a_cancelled_dialog_remembers_nothing(qtbot, window):  # noqa: F811
    open_and_wait(qtbot, window)
    first = ExportDialog(window, window.session, window.settings)
    qtbot.addWidget(first)
    first.marking_box.setEditText("SECRET")
    first.reject()
    again = ExportDialog(window, window.session, window.settings)
    qtbot.addWidget(again)
    assert again.marking() == ""


def test_the_preview_shows_the_first_page(qtbot, dialog):
    with qtbot.waitSignal(dialog.previewShown, timeout=WAIT_MS):
        dialog.update_preview()
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 100 and pixmap.height() > pixmap.width()
    image = pixmap.toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 2   # text on the page, not a blank sheet


def test_the_export_runs_in_the_background_and_carries_the_marking(qtbot, window, tmp_path,  # noqa: F811
                                                                     monkeypatch):
    open_and_wait(qtbot, window)
    target = tmp_path / "brief.pdf"

    def accept(dialog):
        dialog.marking_box.setEditText("OFFICIAL-SENSITIVE")
        dialog.author_edit.setText("Desk officer")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: list[float] = []
    with qtbot.waitSignal(window.exportFinished, timeout=WAIT_MS) as written:
        window.actions["export"].trigger()
        run = window._export_job
        assert run is not None and run.isVisible() and run.progress.maximum() == 100
        run.progress.valueChanged.connect(seen.append)

    assert len(seen) > 3 and seen == sorted(seen) and seen[-1] == 100   # the bar went to the end

    assert written.args == [str(target)]
    text = pdf_text(target)
    assert "OFFICIAL-SENSITIVE" in text and "Desk officer" in text
    assert not list(tmp_path.glob(".clausewise-*"))


def test_a_tracked_changes_export_is_a_word_file(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    open_and_wait(qtbot, window)

    def accept(dialog):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("tracked"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "tracked"), ""))
    with qtbot.waitSignal(window.exportFinished, timeout=WAIT_MS):
        window.actions["export"].trigger()
    import zipfile

    xml = zipfile.ZipFile(tmp_path / "tracked.docx").read("word/document.xml").decode()
    assert "<w:ins " in xml and "<w:del " in xml


def test_cancel_leaves_no_file(qtbot, window, tmp_path):  # noqa: F811
    open_and_wait(qtbot, window)
    target = tmp_path / "cancelled.pdf"
    run = BackgroundExport(window, window.comparison, target,
                           window.session.briefing_options(format="pdf"))
    finished = []
    run.finished.connect(finished.append)
    with qtbot.waitSignal(run.cancelled, timeout=WAIT_MS):
        run.start()
        assert run.cancel()
    worker.pool().waitForDone(WAIT_MS)
    qtbot.wait(50)   # let a late "finished" arrive, if one were sent
    assert not target.exists() and not finished
    assert not list(tmp_path.glob(".clausewise-*"))


def test_an_existing_briefing_is_replaced_only_when_the_user_agrees(qtbot, window, tmp_path,  # noqa: F811
                                                                     monkeypatch):
    open_and_wait(qtbot, window)
    old = tmp_path / "brief.pdf"
    old.write_bytes(b"the briefing sent last week")
    monkeypatch.setattr(ExportDialog, "exec",
                        lambda dialog: (dialog.accept(), QDialog.DialogCode.Accepted)[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "brief"), ""))
    monkeypatch.setattr(type(window), "may_replace", lambda self, path: False)
    window.actions["export"].trigger()
    assert window._export_job is None and old.read_bytes() == b"the briefing sent last week"


def test_notes_follow_the_status_choice(qtbot, window, tmp_path):  # noqa: F811
    open_and_wait(qtbot, window)
    session = window.session
    assert session.workspace is not None
    pair = next(p for p in session.comparison.pairs if p.right and p.changed)
    for text, status in (("Still open: keep the wording.", AnnotationStatus.OPEN),
                         ("Settled in Geneva.", AnnotationStatus.RESOLVED)):
        note = Annotation.new(session.pair, Anchor.on_pair(pair), text, tag="Red line")
        session.workspace.annotations.add(note.edited(status=status))
    dialog = ExportDialog(window, session, window.settings)
    qtbot.addWidget(dialog)

    run = BackgroundExport(window, session.comparison, tmp_path / "open.pdf",
                           dialog.briefing_options())
    with qtbot.waitSignal(run.finished, timeout=WAIT_MS):
        run.start()
    text = pdf_text(tmp_path / "open.pdf")
    assert "Still open" in text and "Settled in Geneva" not in text

    dialog.status_boxes["resolved"].setChecked(True)
    run = BackgroundExport(window, session.comparison, tmp_path / "all.pdf",
                           dialog.briefing_options())
    with qtbot.waitSignal(run.finished, timeout=WAIT_MS):
        run.start()
    assert "Settled in Geneva" in pdf_text(tmp_path / "all.pdf")


def test_the_dialog_looks_right(qtbot, dialog, tmp_path):
    with qtbot.waitSignal(dialog.previewShown, timeout=WAIT_MS):
        dialog.update_preview()
    dialog.show()
    qtbot.waitExposed(dialog)
    shot = tmp_path / "export-dialog.png"
    assert dialog.grab().save(str(shot))
    assert shot.stat().st_size > 10_000


def test_two_language_versions_offer_no_tracked_changes_file(qtbot, window):  # noqa: F811
    from clausewise.drafts import SAMPLES_DIR

    window.settings.setValue("export/format", "tracked")   # remembered from an earlier export
    open_and_wait(qtbot, window, SAMPLES_DIR / "security-agreement-draft3.txt",
                  SAMPLES_DIR / "security-agreement-draft3.ru.txt")
    assert window.comparison.mode == "parallel"
    made = ExportDialog(window, window.session, window.settings, preview_delay_ms=0)
    qtbot.addWidget(made)
    item = made.format_box.model().item(made.format_box.findData("tracked"))
    assert not item.isEnabled()
    assert "two language versions" in item.toolTip()
    assert made.format() == "pdf"


def test_the_command_line_refuses_tracked_changes_between_language_versions(tmp_path, capsys):
    from clausewise.cli import main
    from clausewise.drafts import SAMPLES_DIR

    out = tmp_path / "p.docx"
    code = main(["compare", str(SAMPLES_DIR / "security-agreement-draft3.txt"),
                 str(SAMPLES_DIR / "security-agreement-draft3.ru.txt"), "--out", str(out),
                 "--tracked-changes"])
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert len(err.strip().splitlines()) == 1
    assert "two language versions (English and Russian)" in err and "delete every word" in err
