"""File > Drafts of This Negotiation: the workspace's series of drafts, arranged by the user.

Lists the drafts in order (label, file, when added; the two compared now are marked) and
offers Add Draft…, Rename…, Move Up, Move Down and Remove, each committed to the workspace at
once by the session (``series.SeriesActions``), and Compare: any two drafts of the series,
older on the left and newer on the right. A draft added is read on the thread pool, never on
the GUI thread. ``seriesChanged`` tells the History view to rebuild.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox,
                               QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..keeper import Wanted
from ..series import SeriesDraft
from ..session import Session
from . import worker
from .intake import draft_filter

COLUMNS = ("#", QT_TRANSLATE_NOOP("SeriesDialog", "Label"), QT_TRANSLATE_NOOP("SeriesDialog", "File"), QT_TRANSLATE_NOOP("SeriesDialog", "Added"), QT_TRANSLATE_NOOP("SeriesDialog", "Shown"))


class SeriesDialog(QDialog):
    """The drafts of the workspace, in order, and what can be done with them."""

    seriesChanged = Signal()
    compareRequested = Signal(str, str)   # fingerprints: older (left), newer (right)
    draftAdded = Signal(str)              # the file name of a draft added

    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Drafts of This Negotiation"))
        self.session = session
        self.drafts: list[SeriesDraft] = []
        self._job: worker.Job | None = None
        self._serial = 0
        self._build()
        self.reload()
        self.resize(820, 420)

    def _build(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.table.setAccessibleName(self.tr("The drafts of this negotiation, in order"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.rename_current())

        side = QVBoxLayout()
        self.add_button = self._button(self.tr("&Add Draft…"), self.add_draft, side,
                                       self.tr("Read a draft file and add it at the end of the "
                                               "series"))
        self.rename_button = self._button(self.tr("Re&name…"), self.rename_current, side,
                                          self.tr('Give the draft a label, such as "Chair\'s text"'))
        self.up_button = self._button(self.tr("Move &Up"), lambda: self.move_current(-1), side,
                                      self.tr("Earlier in the series"))
        self.down_button = self._button(self.tr("Move &Down"), lambda: self.move_current(+1), side,
                                        self.tr("Later in the series"))
        self.remove_button = self._button(self.tr("&Remove"), self.remove_current, side,
                                          self.tr("Take the draft out of the series (its notes "
                                                  "stay)"))
        side.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)

        compare = QGridLayout()
        self.left_box = QComboBox(self)
        self.right_box = QComboBox(self)
        self.left_box.setAccessibleName(self.tr("Older draft, shown left"))
        self.right_box.setAccessibleName(self.tr("Newer draft, shown right"))
        compare.addWidget(QLabel(self.tr("&Older (left):"), self), 0, 0)
        compare.addWidget(self.left_box, 0, 1)
        compare.addWidget(QLabel(self.tr("Ne&wer (right):"), self), 0, 2)
        compare.addWidget(self.right_box, 0, 3)
        compare.itemAtPosition(0, 0).widget().setBuddy(self.left_box)
        compare.itemAtPosition(0, 2).widget().setBuddy(self.right_box)
        self.compare_button = QPushButton(self.tr("&Compare"), self)
        self.compare_button.setToolTip(self.tr("Compare these two drafts in the window"))
        self.compare_button.clicked.connect(self.compare_chosen)
        compare.addWidget(self.compare_button, 0, 4)
        compare.setColumnStretch(1, 1)
        compare.setColumnStretch(3, 1)
        for box in (self.left_box, self.right_box):
            box.currentIndexChanged.connect(self._update_buttons)

        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.addWidget(self.intro)
        outer.addLayout(body, 1)
        outer.addLayout(compare)
        outer.addWidget(self.status)
        outer.addWidget(buttons)

    def _button(self, text: str, slot, layout: QVBoxLayout, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        layout.addWidget(button)
        return button

    # -- showing the series ------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Lists the series as the workspace holds it now; ``select`` a draft by fingerprint."""
        keep = select or self.current_sha256()
        self.drafts = self.session.series()
        workspace = self.session.workspace
        if workspace is None:
            self.intro.setText(self.tr("No workspace is open: compare two drafts, or open a workspace "
                                       "(File > Open Workspace), and its drafts are listed here."))
        else:
            extra = " " + self.tr("It is read-only: nothing can be changed in it.") \
                if workspace.read_only else ""
            self.intro.setText(self.tr("The drafts kept in {name}, oldest first. The history "
                                       "follows every provision through them in this order.")
                               .format(name=workspace.path.name) + extra)
        shown = self.session.pair
        self.table.setRowCount(len(self.drafts))
        for row, draft in enumerate(self.drafts):
            where = "left" if shown and draft.sha256 == shown.left else \
                "right" if shown and draft.sha256 == shown.right else ""
            added = QDateTime.fromSecsSinceEpoch(int(draft.added.timestamp()))
            shown_as = {"left": self.tr("left"), "right": self.tr("right")}.get(where, "")
            cells = (str(draft.number), draft.title, draft.name,
                     QLocale().toString(added, QLocale.FormatType.ShortFormat), shown_as)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, draft.sha256)
                if column == 1 and not draft.label:
                    item.setToolTip(self.tr("No label yet: Rename… to give one"))
                if column == 2:
                    item.setToolTip(draft.path or self.tr("the file is not where it was read: the "
                                                            "workspace holds its text"))
                self.table.setItem(row, column, item)
        self._fill_boxes()
        row = next((n for n, d in enumerate(self.drafts) if d.sha256 == keep), -1)
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def _fill_boxes(self) -> None:
        shown = self.session.pair
        left = self.left_box.currentData() or (shown.left if shown else None)
        right = self.right_box.currentData() or (shown.right if shown else None)
        for box, keep, fallback in ((self.left_box, left, -2), (self.right_box, right, -1)):
            box.blockSignals(True)
            box.clear()
            for draft in self.drafts:
                box.addItem(f"{draft.title} — {draft.name}", draft.sha256)
            index = box.findData(keep) if keep else -1
            if index < 0 and len(self.drafts) >= 2:
                index = len(self.drafts) + fallback
            box.setCurrentIndex(index)
            box.blockSignals(False)

    def current_sha256(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _current_row(self) -> int:
        sha = self.current_sha256()
        return next((n for n, d in enumerate(self.drafts) if d.sha256 == sha), -1)

    def _update_buttons(self) -> None:
        workspace = self.session.workspace
        writable = workspace is not None and not workspace.read_only
        row = self._current_row()
        self.add_button.setEnabled(writable and self._job is None)
        self.rename_button.setEnabled(writable and row >= 0)
        self.up_button.setEnabled(writable and row > 0)
        self.down_button.setEnabled(writable and 0 <= row < len(self.drafts) - 1)
        self.remove_button.setEnabled(writable and row >= 0)
        left, right = self.left_box.currentData(), self.right_box.currentData()
        self.compare_button.setEnabled(bool(left and right and left != right))

    # -- the user's arrangement --------------------------------------------------------------

    def rename_current(self, label: str | None = None) -> bool:
        """Asks for a label (or takes ``label``) for the selected draft."""
        row = self._current_row()
        if row < 0:
            return False
        draft = self.drafts[row]
        if label is None:
            label, ok = QInputDialog.getText(
                self, self.tr("Rename the draft"),
                self.tr("Label for {name} (left empty, it is called D{number}):").format(
                    name=draft.name, number=draft.number),
                QLineEdit.EchoMode.Normal, draft.label)
            if not ok:
                return False
        if not self.session.rename_draft(draft.sha256, label):
            return False
        self._changed(draft.sha256)
        return True

    def move_current(self, offset: int) -> bool:
        row = self._current_row()
        if row < 0 or not self.session.move_draft(self.drafts[row].sha256, offset):
            return False
        self._changed(self.drafts[row].sha256)
        return True

    def remove_current(self) -> bool:
        row = self._current_row()
        if row < 0 or not self.session.remove_draft(self.drafts[row].sha256):
            return False
        self._changed(None)
        return True

    def _changed(self, select: str | None) -> None:
        self.reload(select)
        self.seriesChanged.emit()

    # -- adding a draft ----------------------------------------------------------------------

    def add_draft(self, path: str | None = None) -> None:
        """Asks for a file (or takes ``path``), reads it on the pool, adds it at the end."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a draft to the series"), "",
                                                  draft_filter())
            if not path:
                return
        self._serial += 1
        self.status.setText(self.tr("Reading {name}…").format(name=Path(path).name))
        signals = worker.JobSignals()
        signals.finished.connect(self._added)
        signals.failed.connect(self._add_failed)
        wanted = [Wanted(str(path))]
        self._signals = signals
        self._job = worker.Job(self._serial, lambda cancelled, report:
                               Session.load(wanted, cancelled, report), signals)
        self._update_buttons()
        worker.pool().start(self._job)

    def _added(self, serial: int, drafts: list) -> None:
        if serial != self._serial:
            return
        self._job = None
        if drafts and self.session.add_to_series(drafts[0]):
            name = Path(drafts[0].path).name
            self.status.setText(self.tr("{name} added to the series").format(name=name))
            self._changed(drafts[0].sha256)
            self.draftAdded.emit(name)
        else:
            self.status.setText("")
            self._update_buttons()

    def _add_failed(self, serial: int, _title: str, message: str) -> None:
        if serial != self._serial:
            return
        self._job = None
        self.status.setText(message)
        self.session.prompts.warn(self.tr("Cannot add the draft"), message)
        self._update_buttons()

    # -- comparing two of them ---------------------------------------------------------------

    def choose_pair(self, left: str, right: str) -> None:
        """Sets the two drafts to compare (by fingerprint)."""
        self.left_box.setCurrentIndex(self.left_box.findData(left))
        self.right_box.setCurrentIndex(self.right_box.findData(right))

    def compare_chosen(self) -> bool:
        left, right = self.left_box.currentData(), self.right_box.currentData()
        if not left or not right:
            return False
        if not self.session.compare_drafts(left, right):
            return False
        self.compareRequested.emit(left, right)
        self.accept()
        return True

    def is_busy(self) -> bool:
        return self._job is not None


__all__ = ["SeriesDialog"]
