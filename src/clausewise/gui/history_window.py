"""View > Negotiation History: how every provision travelled through the drafts of the series.

One row per provision (a lineage, ``core.lineage``) and one column per draft of the
workspace's series: the provision's citation in that draft and the start of its text, blank
where it did not exist, tinted by what happened to it on the way into that draft (modified,
added, split, merged, moved; the column where it was dropped says "removed") and marked so
that the colour is never the only signal (``core.describe``'s marks). Below, the selected
provision's story ("added in D2, modified in D3"), its text in each draft in turn with the
changes from the draft before struck through or underlined, and the team's notes on it in
any draft (who noted what, when).

The window only shows: the series comes from the session (``series.SeriesActions``), the
history is built on the thread pool (``Session.history``), and nothing is read, segmented or
compared on the GUI thread.
"""

from __future__ import annotations

import html
from typing import Sequence

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QDateTime, QLocale, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHeaderView, QLabel,
                               QMainWindow, QProgressBar, QSplitter, QTableView, QTextBrowser,
                               QToolBar, QWidget)

from ..core.compare import Status
from ..core.describe import MOVED_MARK, RENUMBERED_MARK, STATUS_MARKS
from ..core.lineage import History, Lineage
from ..session import Session
from ..series import HistoryInputs, SeriesError
from ..store import Annotation
from . import worker
from .annotations import status_name
from .engine_words import provision_story, story_text
from .i18n import change_name, plural, tag_name
from .theme import Theme

#: How much of a provision's text a cell shows (the detail below shows it whole).
CELL_CHARS = 160

Index = QModelIndex | QPersistentModelIndex


def step_mark(lineage: Lineage, draft: int) -> str:
    """The mark of what happened on the way into ``draft``: "~", "+", "<", ">", with "↕"
    for a move and "#" for a renumbering; "" for the first draft or no change."""
    if draft == 0:
        return ""
    step = lineage.steps[draft - 1]
    if step.status is None:
        return ""
    text = STATUS_MARKS[Status(step.status)]
    if step.moved:
        text += MOVED_MARK
    if step.renumbered:
        text += RENUMBERED_MARK
    return text


def newest_heading(lineage: Lineage) -> str:
    """The provision's heading in the newest draft that has it ("Purpose and Scope"): two
    rows may share a citation (one dropped, one renumbered into its place)."""
    for clauses in reversed(lineage.clauses):
        if clauses:
            return clauses[0].heading if len(clauses) == 1 else ""
    return ""


def short(text: str, limit: int = CELL_CHARS) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[:limit - 1].rstrip() + "…"


class HistoryModel(QAbstractTableModel):
    """The lineages as rows; column 0 names the provision, column d + 1 is draft d."""

    LINEAGE = Qt.ItemDataRole.UserRole          # the lineage's index in the history
    CITATION = Qt.ItemDataRole.UserRole + 1     # the provision's citation in that draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: History | None = None
        self.notes: dict[int, list[Annotation]] = {}
        self.rows: list[int] = []               # indices of the lineages shown
        self.names: tuple[str, ...] = ()        # the drafts' file names
        self.changed_only = False
        self.theme: Theme | None = None

    def set_history(self, found: History | None, notes: dict[int, list[Annotation]]) -> None:
        self.beginResetModel()
        self.history, self.notes = found, notes
        self._pick()
        self.endResetModel()

    def set_changed_only(self, on: bool) -> None:
        self.beginResetModel()
        self.changed_only = on
        self._pick()
        self.endResetModel()

    def _pick(self) -> None:
        lineages = self.history.lineages if self.history is not None else ()
        self.rows = [index for index, lineage in enumerate(lineages)
                     if not self.changed_only or lineage.changed or self.notes.get(index)]

    def lineage(self, row: int) -> tuple[int, Lineage] | None:
        if self.history is None or not 0 <= row < len(self.rows):
            return None
        index = self.rows[row]
        return index, self.history.lineages[index]

    def row_of(self, index: int) -> int:
        return self.rows.index(index) if index in self.rows else -1

    # Qt's model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self.history is None:
            return 0
        return 1 + len(self.history.documents)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.history is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("History", "Provision")
            return self.history.labels[section - 1]
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            name = self.names[section - 1] if section - 1 < len(self.names) else ""
            title = self.history.documents[section - 1].title
            return "\n".join(part for part in (name, title) if part)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        found = self.lineage(index.row()) if index.isValid() else None
        if found is None:
            return None
        number, lineage = found
        column = index.column()
        if role == self.LINEAGE:
            return number
        if column == 0:
            return self._name_data(number, lineage, role)
        draft = column - 1
        if role == self.CITATION:
            return lineage.citation(draft)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(lineage, draft)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._tint(lineage, draft)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._step_words(lineage, draft)
        return None

    def _name_data(self, number: int, lineage: Lineage, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            count = len(self.notes.get(number, ()))
            badge = f"  ✎{count}" if count else ""
            heading = newest_heading(lineage)
            row_name = self.history.row_name(lineage)
            name = f"{row_name} · {heading}" if heading else row_name
            return f"{name}{badge}\n{short(story_text(lineage, self.history.labels), 90)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return provision_story(self.history, lineage)
        return None

    def _cell_text(self, lineage: Lineage, draft: int) -> str:
        citation = lineage.citation(draft)
        if citation is None:
            step = lineage.steps[draft - 1] if draft > 0 else None
            return "− " + QCoreApplication.translate("History", "removed") \
                if step is not None and step.status == "removed" else ""
        mark = step_mark(lineage, draft)
        text = lineage.text(draft) or ""
        return f"{mark + ' ' if mark else ''}{citation}\n{short(text)}"

    def _tint(self, lineage: Lineage, draft: int) -> QColor | None:
        if draft == 0 or self.theme is None:
            return None
        step = lineage.steps[draft - 1]
        if step.status is None:
            return None
        colours = self.theme.status_back
        if step.status != "unchanged":
            return colours.get(Status(step.status))
        return colours.get("moved") if step.moved else None

    def _step_words(self, lineage: Lineage, draft: int) -> str:
        return step_words(self.history, lineage, draft)


def step_words(found: History, lineage: Lineage, draft: int) -> str:
    """What happened on the way into ``draft``: "modified, renumbered in D3"."""
    if draft == 0:
        return (QCoreApplication.translate("History", "as first seen") if lineage.clauses[0]
                else QCoreApplication.translate("History", "not in this draft"))
    step = lineage.steps[draft - 1]
    if step.status is None:
        return QCoreApplication.translate("History", "not in this draft")
    words = [step.status] + ["moved"] * step.moved + ["renumbered"] * step.renumbered
    return QCoreApplication.translate("History", "{changes} in {draft}").format(
        changes=", ".join(change_name(word).lower() for word in words),
        draft=found.labels[draft])


def marked_html(marked: Sequence[tuple[str, str]], theme: Theme) -> str:
    """A provision's text with deletions struck through and insertions underlined."""
    out = []
    deleted = (theme.deleted_text.name(), theme.deleted_back.name())
    inserted = (theme.inserted_text.name(), theme.inserted_back.name())
    for op, text in marked:
        words = html.escape(text).replace("\n", "<br>")
        if op == "-":
            out.append(f'<s style="color:{deleted[0]}; background:{deleted[1]}">{words}</s>')
        elif op == "+":
            out.append(f'<u style="color:{inserted[0]}; background:{inserted[1]}">{words}</u>')
        else:
            out.append(words)
    return "".join(out)


def note_html(note: Annotation, where: str) -> str:
    """"Red line · Zoë · 30 Nov 2026 10:05 UTC · open — on Article 9 in D2: <note>"."""
    stamp = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(note.created.timestamp())),
                               QLocale.FormatType.ShortFormat)
    parts = [tag_name(note.tag), note.author, stamp, status_name(note.status.value)]
    if note.needs_review:
        parts.append(status_name("needs review"))
    head = " · ".join(html.escape(part) for part in parts if part)
    quote = f"“{html.escape(note.anchor.range.quote)}”: " if note.anchor.range else ""
    body = html.escape(note.note).replace("\n", "<br>")
    place = (QCoreApplication.translate("History", "on {citation} in {draft}") if where else
             QCoreApplication.translate("History", "on {citation}")).format(
        citation=html.escape(note.anchor.citation), draft=html.escape(where))
    return f"<p><b>{head}</b> — {place}<br>{quote}{body}</p>"


def detail_html(found: History, lineage: Lineage, notes: Sequence[Annotation],
                fingerprints: Sequence[str], theme: Theme) -> str:
    """The story, each draft's text with the changes from the draft before, the notes."""
    parts = [f"<h3>{html.escape(found.row_name(lineage))}</h3>",
             f"<p><i>{html.escape(provision_story(found, lineage))}</i></p>"]
    labels = dict(zip(fingerprints, found.labels))
    if notes:   # who noted what, when: before the texts, so that it is seen first
        parts.append(f"<h4>{plural().notes_heading(len(notes))}</h4>")
        for note in notes:
            side = note.drafts.left if note.anchor.side.value == "left" else note.drafts.right
            parts.append(note_html(note, labels.get(side, "")))
    for draft, label in enumerate(found.labels):
        citation = lineage.citation(draft)
        if citation is None:
            step = lineage.steps[draft - 1] if draft > 0 else None
            if step is not None and step.status == "removed":
                removed = QCoreApplication.translate("History", "removed")
                parts.append(f"<h4>{html.escape(label)}: {removed}</h4>")
            continue
        how = step_words(found, lineage, draft)
        parts.append(f"<h4>{html.escape(label)}: {html.escape(citation)} "
                     f"<span style='font-weight:normal'>({html.escape(how)})</span></h4>")
        parts.append(f"<p>{marked_html(lineage.marked(draft) or (), theme)}</p>")
    return "\n".join(parts)


class HistoryWindow(QMainWindow):
    """The history of the workspace's series, built on the pool each time it is refreshed."""

    historyShown = Signal()
    failed = Signal(str)

    def __init__(self, main_window, session: Session) -> None:
        super().__init__(main_window)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("Negotiation History") + " — Clausewise")
        self.setObjectName("history-window")
        self.main_window = main_window
        self.session = session
        self.inputs: HistoryInputs | None = None
        self.message = ""
        self._serial = 0
        self._job: worker.Job | None = None
        self._build()
        self.resize(1300, 850)

    @property
    def history(self) -> History | None:
        return self.model.history

    def _build(self) -> None:
        self.model = HistoryModel(self)
        self.model.theme = Theme.for_palette(QApplication.palette())
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Provisions across the drafts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(56)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("The provision through the drafts"))
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([520, 330])
        self.setCentralWidget(splitter)

        bar = QToolBar(self.tr("History"), self)
        bar.setObjectName("history-toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Refresh)])
        self.refresh_action.setToolTip(self.tr("Build the history again from the workspace's drafts"))
        self.refresh_action.triggered.connect(self.refresh)
        bar.addAction(self.refresh_action)
        self.drafts_action = QAction(self.tr("&Drafts…"), self)
        self.drafts_action.setToolTip(self.tr("The drafts of this negotiation: add, rename, "
                                              "reorder, remove, compare two"))
        self.drafts_action.triggered.connect(lambda: self.main_window.show_drafts_dialog())
        bar.addAction(self.drafts_action)
        self.export_action = QAction(self.tr("&Export Table…"), self)
        self.export_action.setToolTip(self.tr("Write the table, one column per draft, as Word or "
                                              "PDF"))
        self.export_action.triggered.connect(lambda: self.main_window.export_history_table())
        bar.addAction(self.export_action)
        bar.addSeparator()
        self.changed_only = QCheckBox(self.tr("&Changed provisions only"), self)
        self.changed_only.toggled.connect(self._changed_only)
        bar.addWidget(self.changed_only)

        self.summary = QLabel("", self)
        self.summary.setAccessibleName(self.tr("What the history shows"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.statusBar().addWidget(self.summary, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.progress.hide()
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    # -- building the history ------------------------------------------------------------------

    def refresh(self) -> None:
        """Reads the series from the workspace and builds its history on the pool."""
        self._stop()
        try:
            inputs = self.session.history_inputs()
        except SeriesError as error:
            self._show_message(str(error))
            return
        self._serial += 1
        serial = self._serial
        self.summary.setText(self.tr("Following the provisions through %n draft(s)…", "",
                                     len(inputs.drafts)))
        self.progress.setValue(0)
        self.progress.show()

        def work(cancelled, report):
            found = Session.history(inputs, cancelled, report)
            return found, Session.history_notes(found, inputs)

        signals = worker.JobSignals()
        signals.progress.connect(self._progress)
        signals.finished.connect(lambda number, result: self._built(number, inputs, result))
        signals.failed.connect(lambda number, _title, message: self._failed(number, message))
        signals.cancelled.connect(lambda number: self._failed(number, self.tr("Cancelled")))
        self._signals = signals
        self._job = worker.Job(serial, work, signals)
        worker.pool().start(self._job)

    def refresh_if_changed(self) -> None:
        """Builds the history again if the series is no longer the one shown (a draft added,
        renamed, moved or removed; another workspace opened)."""
        shown = [(d.sha256, d.title) for d in self.inputs.drafts] if self.inputs else None
        if [(d.sha256, d.title) for d in self.session.series()] != shown:
            self.refresh()

    def is_busy(self) -> bool:
        return self._job is not None

    def _stop(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
            self._serial += 1
        self.progress.hide()

    def _progress(self, serial: int, fraction: float) -> None:
        if serial == self._serial:
            self.progress.setValue(round(100 * fraction))

    def _built(self, serial: int, inputs: HistoryInputs, result) -> None:
        if serial != self._serial:
            return
        self._job = None
        self.progress.hide()
        found, notes = result
        keep = self._current_lineage()
        self.inputs = inputs
        self.model.theme = Theme.for_palette(QApplication.palette())
        self.model.names = inputs.names
        self.model.set_history(found, notes)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        width = max(self.table.viewport().width() - 220, 400)
        self.table.setColumnWidth(0, 220)
        for column in range(1, self.model.columnCount()):
            self.table.setColumnWidth(column, max(width // len(inputs.drafts), 160))
        changed = sum(1 for lineage in found.lineages if lineage.changed)
        noted = sum(len(listed) for listed in notes.values())
        drafts = "; ".join(f"{draft.title}: {draft.name}" for draft in inputs.drafts)
        self.message = ", ".join((self.tr("%n provision(s)", "", len(found.lineages)),
                                  self.tr("%n changed", "", changed),
                                  self.tr("%n note(s)", "", noted))) + f"  ·  {drafts}"
        self.summary.setText(self.message)
        row = self.model.row_of(keep) if keep is not None else -1
        self.table.selectRow(row if row >= 0 else 0)
        self.historyShown.emit()

    def _failed(self, serial: int, message: str) -> None:
        if serial != self._serial:
            return
        self._job = None
        self._show_message(self.tr("The history could not be built: {message}").format(message=message))

    def _show_message(self, message: str) -> None:
        self.progress.hide()
        self.message = message
        self.model.set_history(None, {})
        self.summary.setText(message)
        self.detail.setPlainText(message)
        self.failed.emit(message)

    # -- the selected provision ------------------------------------------------------------------

    def _current_lineage(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, HistoryModel.LINEAGE) if index.isValid() else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        found = self.model.lineage(current.row()) if current.isValid() else None
        if found is None or self.inputs is None:
            self.detail.clear()
            return
        number, lineage = found
        self.detail.setHtml(detail_html(self.model.history, lineage,
                                        self.model.notes.get(number, ()),
                                        self.inputs.fingerprints, self.model.theme))

    def show_provision(self, name: str) -> bool:
        """Selects the provision named ``name`` (its newest citation). False if not shown."""
        for row in range(self.model.rowCount()):
            found = self.model.lineage(row)
            if found is not None and found[1].name == name:
                self.table.selectRow(row)
                return True
        return False

    def _changed_only(self, on: bool) -> None:
        keep = self._current_lineage()
        self.model.set_changed_only(on)
        row = self.model.row_of(keep) if keep is not None else -1
        if self.model.rowCount():
            self.table.selectRow(row if row >= 0 else 0)

    def closeEvent(self, event) -> None:
        self._stop()
        super().closeEvent(event)


__all__ = ["HistoryModel", "HistoryWindow", "detail_html", "marked_html", "step_mark",
           "step_words"]
