"""File > Export Briefing…: what the briefing holds, a preview of its first page, and the
export itself off the GUI thread.

* ``ExportDialog`` chooses the format, handling marking, author, orientation and content
  (changed clauses or all, which kinds of change, which notes) and shows the first page of
  the PDF those options give (rendered with PDFium on a pool thread; a Word or tracked-changes
  export previews the PDF briefing of the same options). ``briefing_options()`` is what the
  export uses. The marking, author, format and orientation last used are kept in QSettings.
* ``choose_target`` asks for the file name (the save dialog asks before replacing).
* ``BackgroundExport`` is the status-bar strip (label, progress bar, Cancel) that runs one
  export on the pool. The writers report the fraction done (the bar) and ask whether to stop
  (Cancel): the export is written to a hidden file beside the target and renamed only if it
  was not cancelled, so Cancel answers at once, the writer stops at its next step, and no
  file is left.
"""

from __future__ import annotations

import getpass
import tempfile
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (QCoreApplication, QObject, QRunnable, QSettings, Qt, QTimer,
                            QT_TRANSLATE_NOOP, Signal)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QRadioButton, QVBoxLayout, QWidget)

from ..core.compare import Comparison
from ..readers.pdfium_lock import PDFIUM
from ..reports import BriefingOptions, ReportError, export_briefing, export_tracked_changes
from ..reports.options import CHANGE_KINDS, NOTE_STATUSES
from ..session import PSEUDO, Session
from . import worker
from .export_strip import ExportStrip
from .paper_rows import add_paper_rows
from .printing import page_image
from .i18n import change_name, tag_name

#: (format, label, suffix, save-dialog filter)
FORMATS = (("pdf", QT_TRANSLATE_NOOP("Export", "PDF briefing"), ".pdf", "*.pdf"),
           ("docx", QT_TRANSLATE_NOOP("Export", "Word briefing"), ".docx", "*.docx"),
           ("tracked", QT_TRANSLATE_NOOP("Export", "Word, newer draft with tracked changes"), ".docx",
            "*.docx"))
PREVIEW_WIDTH = 300
KEYS = {"marking": "export/marking", "author": "export/author", "format": "export/format",
        "landscape": "export/landscape", "language": "export/language"}


def default_author() -> str:
    """The user's login name (no directory lookup: the machines are offline)."""
    try:
        return getpass.getuser()
    except Exception:   # no user name in the environment or the password database
        return ""


def suffix_of(fmt: str) -> str:
    return next(suffix for name, _label, suffix, _filter in FORMATS if name == fmt)


# -- the preview ------------------------------------------------------------------------------


def first_page_image(comparison: Comparison, options: BriefingOptions,
                     width: int = PREVIEW_WIDTH) -> QImage:
    """The first page of the PDF briefing these options give, ``width`` pixels wide. Any
    thread (a QImage, not a QPixmap, may be made off the GUI thread)."""
    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory(prefix="clausewise-preview-") as folder:
        path = export_briefing(comparison, Path(folder) / "preview.pdf",
                               replace(options, format="pdf"))
        with PDFIUM:     # PDFium is not thread-safe (readers/pdfium_lock.py)
            pdf = pdfium.PdfDocument(str(path))
            try:
                page = pdf[0]
                image = page_image(page, width / page.get_width())
                page.close()
            finally:
                pdf.close()
    return image


class _PreviewSignals(QObject):
    done = Signal(int, object)     # serial, QImage
    failed = Signal(int, str)


#: Jobs still running; kept here so that a job (and its signals) outlives a closed dialog.
_LIVE: set[QRunnable] = set()


class _PreviewJob(QRunnable):
    def __init__(self, serial: int, work: Callable[[], QImage]):
        super().__init__()
        self.serial, self.work = serial, work
        self.signals = _PreviewSignals()   # no parent: the dialog may close first
        self.setAutoDelete(False)
        _LIVE.add(self)

    def run(self) -> None:   # a pool thread
        try:
            self._run()
        finally:
            _LIVE.discard(self)

    def _run(self) -> None:
        try:
            image = self.work()
        except ReportError as error:
            self._tell(self.signals.failed, str(error))
        except Exception as error:   # never let a thread die silently
            traceback.print_exc()
            self._tell(self.signals.failed, f"{type(error).__name__}: {error}")
        else:
            self._tell(self.signals.done, image)

    def _tell(self, signal, what: object) -> None:
        """Emits the job's outcome, unless the window went away first (Qt has deleted its
        signals' object at exit: nobody is left to tell, and the preview is not needed)."""
        try:
            signal.emit(self.serial, what)
        except RuntimeError:
            pass


# -- the dialog -------------------------------------------------------------------------------


class ExportDialog(QDialog):
    """The briefing's options and a preview of its first page."""

    previewShown = Signal()

    def __init__(self, parent: QWidget | None, session: Session, settings: QSettings,
                 preview_delay_ms: int = 400) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Briefing"))
        self.session = session
        self.settings = settings
        self.preview_pixmap = QPixmap()
        self._serial = 0
        self._running = False      # one preview at a time; a change meanwhile runs it again
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(preview_delay_ms)
        self._timer.timeout.connect(self.update_preview)
        self._build()
        self._restore()
        self._connect()
        self._changed()

    # building

    def _build(self) -> None:
        form = QFormLayout()
        self.format_box = QComboBox(self)
        for name, label, _suffix, _filter in FORMATS:
            self.format_box.addItem(QCoreApplication.translate("Export", label), name)
        self._no_tracked_changes_for_versions()
        form.addRow(self.tr("&Format:"), self.format_box)
        paper = add_paper_rows(self, form, landscape_first=False, language_tip=self.tr(
            "The briefing's headings and labels; the drafts' text is printed as it is"))
        self.marking_box, self.author_edit = paper.marking_box, paper.author_edit
        self.orientation_box, self.language_box = paper.orientation_box, paper.language_box

        content = QGroupBox(self.tr("Clauses"), self)
        grid = QGridLayout(content)
        self.changed_only = QRadioButton(self.tr("&Changed only"), content)
        self.everything = QRadioButton(self.tr("A&ll clauses"), content)
        self.changed_only.setChecked(True)
        group = QButtonGroup(content)
        group.addButton(self.changed_only)
        group.addButton(self.everything)
        grid.addWidget(self.changed_only, 0, 0)
        grid.addWidget(self.everything, 0, 1)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for index, kind in enumerate(CHANGE_KINDS):
            box = QCheckBox(change_name(kind), content)
            box.setChecked(True)
            self.kind_boxes[kind] = box
            grid.addWidget(box, 1 + index // 3, index % 3)

        notes = QGroupBox(self.tr("Notes"), self)
        notes_layout = QVBoxLayout(notes)
        tags_row = QHBoxLayout()
        self.tag_boxes: dict[str, QCheckBox] = {}
        for tag in self._tags():
            box = QCheckBox(tag_name(tag), notes)
            box.setChecked(True)
            self.tag_boxes[tag] = box
            tags_row.addWidget(box)
        tags_row.addStretch(1)
        notes_layout.addLayout(tags_row)
        status_row = QHBoxLayout()
        self.status_boxes: dict[str, QCheckBox] = {}
        for status in NOTE_STATUSES:
            box = QCheckBox(self.tr("Open notes") if status == "open" else self.tr("Resolved notes"),
                            notes)
            box.setChecked(status != "resolved")
            self.status_boxes[status] = box
            status_row.addWidget(box)
        self.notes_only = QCheckBox(self.tr("Only clauses with notes"), notes)
        status_row.addWidget(self.notes_only)
        status_row.addStretch(1)
        notes_layout.addLayout(status_row)
        if not self.session.notes():   # nothing to choose among: shown, but greyed out
            notes.setTitle(self.tr("Notes (none on this comparison)"))
            notes.setEnabled(False)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(content)
        left.addWidget(notes)
        left.addStretch(1)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        left.addWidget(self.problem)

        self.preview = QLabel(self.tr("Preparing the preview…"), self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(PREVIEW_WIDTH + 8, round(PREVIEW_WIDTH * 1.42) + 8)
        self.preview.setFrameShape(QLabel.Shape.Box)
        self.preview.setAccessibleName(self.tr("Preview of the first page"))

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(body)
        outer.addWidget(self.buttons)

    def _tags(self) -> list[str]:
        """The workspace's tags, then any other tag a note carries (in order of first use)."""
        workspace = self.session.workspace
        tags = list(workspace.tags.names()) if workspace is not None else []
        for note in self.session.notes():
            if note.tag and note.tag not in tags:
                tags.append(note.tag)
        return tags

    def _restore(self) -> None:
        marking = str(self.settings.value(KEYS["marking"], "") or "")
        index = self.marking_box.findData(marking)
        if index >= 0:
            self.marking_box.setCurrentIndex(index)
        else:
            self.marking_box.setEditText(marking)
        self.author_edit.setText(str(self.settings.value(KEYS["author"], default_author()) or ""))
        index = self.format_box.findData(str(self.settings.value(KEYS["format"], "pdf")))
        if index >= 0 and not self.format_box.model().item(index).isEnabled():
            index = 0   # the tracked-changes file, remembered, for two language versions
        self.format_box.setCurrentIndex(max(index, 0))
        landscape = str(self.settings.value(KEYS["landscape"], "false")).lower() == "true"
        self.orientation_box.setCurrentIndex(1 if landscape else 0)
        index = self.language_box.findData(str(self.settings.value(KEYS["language"], "en")))
        self.language_box.setCurrentIndex(max(index, 0))

    def _connect(self) -> None:
        for box in (self.format_box, self.orientation_box, self.language_box):
            box.currentIndexChanged.connect(self._changed)
        self.marking_box.currentTextChanged.connect(self._changed)
        self.author_edit.textChanged.connect(self._changed)
        for button in (self.changed_only, self.everything, self.notes_only,
                       *self.kind_boxes.values(), *self.tag_boxes.values(),
                       *self.status_boxes.values()):
            button.toggled.connect(self._changed)

    def _no_tracked_changes_for_versions(self) -> None:
        """Two language versions are never diffed: a tracked-changes file would delete every
        word of one and insert every word of the other. The choice is disabled and says why."""
        comparison = self.session.comparison
        if comparison is None or comparison.mode != "parallel":
            return
        index = self.format_box.findData("tracked")
        item = self.format_box.model().item(index)
        item.setEnabled(False)
        item.setToolTip(self.tr("These are two language versions: a tracked-changes file would "
                                "delete every word of one and insert every word of the other. "
                                "The briefings (PDF or Word) list what the versions do not "
                                "agree on."))

    # the choices

    def format(self) -> str:
        return self.format_box.currentData()

    def marking(self) -> str:
        text = self.marking_box.currentText().strip()
        index = self.marking_box.findText(text)
        return self.marking_box.itemData(index) if index >= 0 else text   # "(none)" -> ""

    def briefing_options(self) -> BriefingOptions:
        """The options chosen, with the comparison's draft files and notes."""
        kinds = tuple(kind for kind, box in self.kind_boxes.items() if box.isChecked())
        tags = tuple(tag for tag, box in self.tag_boxes.items() if box.isChecked())
        statuses = tuple(s for s, box in self.status_boxes.items() if box.isChecked())
        options = self.session.briefing_options(
            format=self.format(), marking=self.marking(), author=self.author_edit.text().strip(),
            landscape=bool(self.orientation_box.currentData()),
            language=self.language_box.currentData(),
            changed_only=self.changed_only.isChecked(),
            kinds=() if len(kinds) == len(CHANGE_KINDS) else kinds,
            note_tags=() if len(tags) == len(self.tag_boxes) else tags,
            note_statuses=() if len(statuses) == len(NOTE_STATUSES) else statuses,
            resolved_notes="resolved" in statuses, notes_only=self.notes_only.isChecked())
        if not statuses or (self.tag_boxes and not tags):   # no note wanted at all
            options = replace(options, annotations={})
        return options

    def problem_text(self) -> str:
        """Why the choices cannot be exported, or ''."""
        if not any(box.isChecked() for box in self.kind_boxes.values()):
            return self.tr("Choose at least one kind of change.")
        return ""

    def remember(self) -> None:
        self.settings.setValue(KEYS["marking"], self.marking())
        self.settings.setValue(KEYS["author"], self.author_edit.text().strip())
        self.settings.setValue(KEYS["format"], self.format())
        self.settings.setValue(KEYS["landscape"], bool(self.orientation_box.currentData()))
        self.settings.setValue(KEYS["language"], self.language_box.currentData())

    def accept(self) -> None:
        if self.problem_text():
            return
        self.remember()
        super().accept()

    # the preview

    def _changed(self, *_args) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.export_button.setEnabled(not problem)
        if not problem:
            self._timer.start()

    def update_preview(self) -> None:
        """Renders the first page on the pool; a change meanwhile renders it again after."""
        if self.session.comparison is None or self.problem_text():
            return
        if self._running:
            self._again = True
            return
        self._running, self._again = True, False
        self._serial += 1
        comparison, options = self.session.comparison, self.briefing_options()
        job = _PreviewJob(self._serial, lambda: first_page_image(comparison, options))
        job.signals.done.connect(self._preview_done)
        job.signals.failed.connect(self._preview_failed)
        self._job = job
        worker.pool().start(job)

    def _preview_done(self, serial: int, image: QImage) -> None:
        self._finish_preview()
        if serial != self._serial or self._again:
            return
        self.preview_pixmap = QPixmap.fromImage(image)
        self.preview.setPixmap(self.preview_pixmap)
        self.previewShown.emit()

    def _preview_failed(self, serial: int, message: str) -> None:
        self._finish_preview()
        if serial == self._serial:
            self.preview.setText(self.tr("No preview: {message}").format(message=message))

    def _finish_preview(self) -> None:
        self._running = False
        self._job = None
        if self._again:
            self.update_preview()

    def done(self, result: int) -> None:
        self._timer.stop()
        self._again = False
        super().done(result)


def choose_target(parent: QWidget, fmt: str, right_path: str | None) -> str | None:
    """Asks where to write the export; a name without the format's suffix gets it (and the
    user is asked again if that file exists). None if the user gave up."""
    suffix = suffix_of(fmt)
    name = "-tracked" if fmt == "tracked" else "-briefing"
    suggested = str(Path(right_path).with_name(Path(right_path).stem + name + suffix)) \
        if right_path and PSEUDO not in right_path else str(Path.home() / f"briefing{suffix}")
    filters = next(f"{QCoreApplication.translate('Export', label)} ({pattern})"
                   for n, label, _s, pattern in FORMATS if n == fmt)
    path, _chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Export", "Export briefing"), suggested, filters)
    if not path:
        return None
    if Path(path).suffix.lower() != suffix:
        path += suffix
        may_replace = getattr(parent, "may_replace", None)
        if may_replace is not None and not may_replace(path):
            return None
    return path


# -- the export, off the GUI thread ------------------------------------------------------------


class BackgroundExport(ExportStrip):
    """The status-bar strip that writes one briefing (or tracked-changes file) off the GUI
    thread, with its progress and Cancel (``export_strip``)."""

    def __init__(self, parent: QWidget, comparison: Comparison, target: str | Path,
                 options: BriefingOptions) -> None:
        writer = export_tracked_changes if options.format == "tracked" else export_briefing

        def write(temp: Path, progress, cancel) -> None:
            writer(comparison, temp, options, progress=progress, cancel=cancel)

        super().__init__(parent, target, (suffix_of(options.format or "pdf"),), write)
