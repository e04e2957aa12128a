"""File > Export History Table…: the N-column table of the series, as Word or PDF.

``HistoryExportDialog`` chooses what the briefing's export dialog chooses where it applies
(format, handling marking, author, orientation; the table's own: every provision or only
those that changed), remembered in the same QSettings keys (landscape is the table's
default). ``HistoryExport`` is the status-bar strip (label, progress bar, Cancel) that builds
the history of the series and writes the table on the thread pool
(``reports.history.export_history``) into a hidden file beside the target, renamed over it
only if it was not cancelled first: a cancelled or failed export leaves nothing and never
touches the target.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QRadioButton,
                               QVBoxLayout, QWidget)

from ..reports import BriefingOptions
from ..reports.history import MAX_DRAFTS, export_history
from ..reports.options import AnnotationNote
from ..series import HistoryInputs
from ..session import Session
from .export_dialog import KEYS, default_author
from .export_strip import ExportStrip
from .paper_rows import add_paper_rows

#: (format, label, suffix, save-dialog filter)
FORMATS = (("docx", QT_TRANSLATE_NOOP("HistoryExport", "Word table"), ".docx", "*.docx"),
           ("pdf", QT_TRANSLATE_NOOP("HistoryExport", "PDF table"), ".pdf", "*.pdf"))
FORMAT_KEY = "history/format"


def suffix_of(fmt: str) -> str:
    return next(suffix for name, _label, suffix, _filter in FORMATS if name == fmt)


class HistoryExportDialog(QDialog):
    """Format, marking, author, orientation, and every provision or the changed ones."""

    def __init__(self, parent: QWidget | None, settings: QSettings, drafts: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export History Table"))
        self.settings = settings
        form = QFormLayout()
        self.format_box = QComboBox(self)
        for name, label, _suffix, _filter in FORMATS:
            self.format_box.addItem(QCoreApplication.translate("HistoryExport", label), name)
        form.addRow(self.tr("&Format:"), self.format_box)
        paper = add_paper_rows(self, form, landscape_first=True, language_tip=self.tr(
            "The table's headings and the provisions' stories; the drafts' text is printed "
            "as it is"))
        self.marking_box, self.author_edit = paper.marking_box, paper.author_edit
        self.orientation_box, self.language_box = paper.orientation_box, paper.language_box
        rows = QHBoxLayout()
        self.everything = QRadioButton(self.tr("Every &provision"), self)
        self.changed_only = QRadioButton(self.tr("&Changed provisions only"), self)
        self.everything.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.everything)
        group.addButton(self.changed_only)
        rows.addWidget(self.everything)
        rows.addWidget(self.changed_only)
        rows.addStretch(1)
        form.addRow(self.tr("Rows:"), rows)
        intro = QLabel(self.tr("One row per provision and one column per draft (%n draft(s)), "
                               "the changes from the column before marked, and a Notes column "
                               "with the team's notes.", "", drafts), self)
        intro.setWordWrap(True)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        if drafts > MAX_DRAFTS:
            self.problem.setText(self.tr("The series holds {drafts} drafts; a table takes at most "
                                         "{most}: remove the ones that matter least "
                                         "(File > Drafts of This Negotiation).").format(
                                             drafts=drafts, most=MAX_DRAFTS))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setEnabled(drafts <= MAX_DRAFTS)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(intro)
        outer.addLayout(form)
        outer.addWidget(self.problem)
        outer.addWidget(self.buttons)
        self._restore()

    def _restore(self) -> None:
        marking = str(self.settings.value(KEYS["marking"], "") or "")
        index = self.marking_box.findData(marking)
        if index >= 0:
            self.marking_box.setCurrentIndex(index)
        else:
            self.marking_box.setEditText(marking)
        self.author_edit.setText(str(self.settings.value(KEYS["author"], default_author()) or ""))
        index = self.format_box.findData(str(self.settings.value(FORMAT_KEY, "docx")))
        self.format_box.setCurrentIndex(max(index, 0))
        # the same language as the last briefing: a team writes its papers in one language
        index = self.language_box.findData(str(self.settings.value(KEYS["language"], "en")))
        self.language_box.setCurrentIndex(max(index, 0))

    def format(self) -> str:
        return self.format_box.currentData()

    def marking(self) -> str:
        text = self.marking_box.currentText().strip()
        index = self.marking_box.findText(text)
        return self.marking_box.itemData(index) if index >= 0 else text   # "(none)" -> ""

    def options(self) -> BriefingOptions:
        return BriefingOptions(marking=self.marking(), author=self.author_edit.text().strip(),
                               landscape=bool(self.orientation_box.currentData()),
                               changed_only=self.changed_only.isChecked(),
                               language=self.language_box.currentData())

    def accept(self) -> None:
        self.settings.setValue(KEYS["marking"], self.marking())
        self.settings.setValue(KEYS["author"], self.author_edit.text().strip())
        self.settings.setValue(FORMAT_KEY, self.format())
        self.settings.setValue(KEYS["language"], self.language_box.currentData())
        super().accept()


def choose_table_target(parent: QWidget, fmt: str, folder: Path | None) -> str | None:
    """Asks where to write the table; a name without the suffix gets it (asking again if
    that file exists). None if the user gave up."""
    suffix = suffix_of(fmt)
    suggested = str((folder or Path.home()) / f"history-table{suffix}")
    filters = next(f"{QCoreApplication.translate('HistoryExport', label)} ({pattern})"
                   for n, label, _s, pattern in FORMATS if n == fmt)
    path, _chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("HistoryExport", "Export history table"), suggested,
        filters)
    if not path:
        return None
    if Path(path).suffix.lower() != suffix:
        path += suffix
        may_replace = getattr(parent, "may_replace", None)
        if may_replace is not None and not may_replace(path):
            return None
    return path


def write_table(inputs: HistoryInputs, target: str | Path, options: BriefingOptions,
                progress=None, cancel=None) -> Path:
    """Builds the history of the series and writes its table (any thread)."""
    def building(fraction: float) -> None:
        if progress is not None:
            progress(0.5 * fraction)

    found = Session.history(inputs, cancel or (lambda: False), building)
    notes: dict[int, list[AnnotationNote]] = {}
    from ..notes import briefing_note

    for index, listed in Session.history_notes(found, inputs).items():
        notes[index] = [briefing_note(note) for note in listed]
    return export_history(found, target, options, names=inputs.names, notes=notes,
                          progress=(lambda f: progress(0.5 + 0.5 * f)) if progress else None,
                          cancel=cancel)


class HistoryExport(ExportStrip):
    """The status-bar strip that writes the history table off the GUI thread, with its
    progress and Cancel (``export_strip``)."""

    def __init__(self, parent: QWidget, inputs: HistoryInputs, target: str | Path,
                 options: BriefingOptions) -> None:
        def write(temp: Path, progress, cancel) -> None:
            write_table(inputs, temp, options, progress, cancel)

        super().__init__(parent, target, (".docx", ".pdf"), write)


__all__ = ["FORMATS", "HistoryExport", "HistoryExportDialog", "choose_table_target",
           "write_table"]
