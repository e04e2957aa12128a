"""The Annotations dock: the team's notes on the comparison shown, with filters and undo.

The dock lists the workspace's annotations of the two drafts on screen; every change goes
through a ``QUndoStack`` (Edit > Undo / Redo) whose commands call the store, which commits
before returning, so an edit is on disk the moment it is made and undo is one more commit.
The window tells the dock which comparison is shown; the dock tells the window to jump to
a note's row (``jumpRequested``) and that notes changed (``notesChanged``, to redraw marks).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QLocale, QModelIndex,
                            QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from ..store import Annotation, AnnotationStatus, DraftPair, Workspace, WorkspaceError
from .i18n import tag_name

COLUMNS = ("Citation", "Tag", "Status", "Author", "Modified", "Note", "Review")
COLUMN_TITLES = (QT_TRANSLATE_NOOP("Annotations", "Citation"), QT_TRANSLATE_NOOP("Annotations", "Tag"), QT_TRANSLATE_NOOP("Annotations", "Status"), QT_TRANSLATE_NOOP("Annotations", "Author"),
                 QT_TRANSLATE_NOOP("Annotations", "Modified"), QT_TRANSLATE_NOOP("Annotations", "Note"), QT_TRANSLATE_NOOP("Annotations", "Review"))
NEEDS_REVIEW = "needs review"
#: A status (or "needs review") as the window names it.
STATUS_NAMES = {"open": QT_TRANSLATE_NOOP("Annotations", "open"), "resolved": QT_TRANSLATE_NOOP("Annotations", "resolved"),
                NEEDS_REVIEW: QT_TRANSLATE_NOOP("Annotations", "needs review")}


def status_name(value: str) -> str:
    return QCoreApplication.translate("Annotations", STATUS_NAMES.get(value, value))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Annotations", text)
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 7
ALL = ""


def where(annotation: Annotation) -> str:
    """The citation as listed: the side is named when the note is not on the whole pair."""
    anchor = annotation.anchor
    citation = anchor.citation or QCoreApplication.translate("Annotations", "(no clause)")
    if not anchor.anchored:
        return citation + " " + QCoreApplication.translate("Annotations", "(gone)")
    side = {"left": " " + QCoreApplication.translate("Annotations", "(older)"),
            "right": " " + QCoreApplication.translate("Annotations", "(newer)")}.get(
                anchor.side.value, "")
    quote = f" “{_short(anchor.range.quote)}”" if anchor.range else ""
    return f"{citation}{side}{quote}"


def _local(moment):
    """A stored (UTC) time as a QDateTime in the user's time zone."""
    from PySide6.QtCore import QDateTime

    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _short(text: str, length: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[:length - 1] + "…"


def tooltip(annotation: Annotation) -> str:
    """A note as its mark's tooltip: tag, status and author, then the note itself."""
    head = " · ".join(part for part in (tag_name(annotation.tag),
                                         status_name(annotation.status.value),
                                         annotation.author) if part)
    review = f"\n⚠ {status_name(NEEDS_REVIEW)}: {annotation.review_reason}" \
        if annotation.needs_review else ""
    quote = f"\n“{_short(annotation.anchor.range.quote, 80)}”" if annotation.anchor.range else ""
    return f"[{head}]{quote}\n{annotation.note}{review}"


class AnnotationTable(QAbstractTableModel):
    """The annotations of one comparison, one per row."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.annotations: list[Annotation] = []

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.beginResetModel()
        self.annotations = list(annotations)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.annotations)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMN_TITLES[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        annotation = self.annotations[index.row()]
        if role == ANNOTATION_ROLE:
            return annotation
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(annotation)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cell(annotation, index.column())
        return None


def _cell(annotation: Annotation, column: int) -> str:
    name = COLUMNS[column]
    if name == "Citation":
        return where(annotation)
    if name == "Tag":
        return tag_name(annotation.tag)
    if name == "Status":
        return status_name(annotation.status.value)
    if name == "Author":
        return annotation.author
    if name == "Modified":
        return QLocale().toString(_local(annotation.modified), QLocale.FormatType.ShortFormat)
    if name == "Note":
        return " ".join(annotation.note.split())
    return f"⚠ {status_name(NEEDS_REVIEW)}" if annotation.needs_review else ""


class AnnotationFilter(QSortFilterProxyModel):
    """Shows the notes with the chosen tag, status ("needs review" too) and author."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tag = self.status = self.author = ALL

    def set_filters(self, tag: str = ALL, status: str = ALL, author: str = ALL) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.tag, self.status, self.author = tag, status, author
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.tag, self.status, self.author = tag, status, author
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        annotation: Annotation = self.sourceModel().annotations[source_row]
        if self.tag and annotation.tag != self.tag:
            return False
        if self.author and annotation.author != self.author:
            return False
        if self.status == NEEDS_REVIEW:
            return annotation.needs_review
        return not self.status or annotation.status.value == self.status


# -- undoable changes --------------------------------------------------------------------------

class _Change(QUndoCommand):
    """One change to the store; ``redo`` and ``undo`` are each one committed transaction.

    The command is pushed only once its change is in the store (``AnnotationsPanel._push``
    makes it first), so a change the store refused never reaches the stack. The command
    knows whether its change is applied: when a later undo or redo fails (disk full, file
    read-only), it stays as it was, ``failed`` is told, and the panel moves the stack back,
    so the stack always says what the file holds.
    """

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None],
                 done: Callable[[], None], failed: Callable[[WorkspaceError], None]) -> None:
        super().__init__(text)
        self._do, self._undo, self._done, self._failed = do, undo, done, failed
        self._applied = True

    def redo(self) -> None:
        if not self._applied and self._attempt(self._do):
            self._applied = True
        self._done()

    def undo(self) -> None:
        if self._applied and self._attempt(self._undo):
            self._applied = False
        self._done()

    def _attempt(self, change: Callable[[], None]) -> bool:
        try:
            change()
        except WorkspaceError as error:
            self._failed(error)
            return False
        return True


class AnnotationsPanel(QWidget):
    """The dock's widget: filters, the list, and the buttons that act on it."""

    jumpRequested = Signal(object)     # an Annotation
    notesChanged = Signal()
    changeFailed = Signal(str)         # an undo or redo the store refused: why
    actionRequested = Signal(str)      # "add", "add_text", "edit", "delete", "resolve", "tags"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.workspace: Workspace | None = None
        self.pair: DraftPair | None = None
        self.table = AnnotationTable(self)
        self.filter = AnnotationFilter(self)
        self.filter.setSourceModel(self.table)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        filters = QHBoxLayout()
        self.tag_filter = self._combo(self.tr("Filter by tag"), filters)
        self.status_filter = self._combo(self.tr("Filter by status"), filters)
        self.author_filter = self._combo(self.tr("Filter by author"), filters)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.list = QTableView(self)
        self.list.setModel(self.filter)
        self.list.setAccessibleName(self.tr("Annotations"))
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.list.setSortingEnabled(True)   # until a header is clicked: the order written
        self.list.verticalHeader().hide()
        self.list.setWordWrap(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("Note"), QHeaderView.ResizeMode.Stretch)
        self.list.doubleClicked.connect(self._activated)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        for name, text in (("add", self.tr("Add")), ("add_text", self.tr("On Text…")),
                           ("edit", self.tr("Edit…")), ("delete", self.tr("Delete")),
                           ("resolve", self.tr("Resolve")), ("tags", self.tr("Tags…"))):
            button = QPushButton(text, self)
            button.setObjectName(f"annotation-{name}")
            button.clicked.connect(lambda _=False, n=name: self.actionRequested.emit(n))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._fill_filters()

    def _combo(self, name: str, row: QHBoxLayout) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._filters_changed)
        row.addWidget(combo)
        return combo

    # -- content ------------------------------------------------------------------------------

    def show_comparison(self, workspace: Workspace | None, pair: DraftPair | None) -> None:
        """Lists the notes of ``pair``; a new workspace starts a fresh undo history."""
        if workspace is not self.workspace:
            self.undo_stack.clear()
        self.workspace, self.pair = workspace, pair
        self.reload()

    def reload(self) -> None:
        notes = (self.workspace.annotations.for_pair(self.pair)
                 if self.workspace is not None and self.pair is not None
                 and not self.workspace.closed else [])
        selected = self.selected()
        self.table.set_annotations(notes)
        self._fill_filters()
        self._fit_columns()
        if selected is not None:
            self.select(selected.id)
        self.notesChanged.emit()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, within reason; the note takes the rest."""
        for column, name in enumerate(COLUMNS):
            if name != "Note":
                self.list.resizeColumnToContents(column)
                self.list.setColumnWidth(column, min(self.list.columnWidth(column), 280))

    def _fill_filters(self) -> None:
        notes = self.table.annotations
        tags = list(self.workspace.tags.names()) if self.workspace and not self.workspace.closed \
            else []
        tags += sorted({a.tag for a in notes if a.tag and a.tag not in tags})
        _refill(self.tag_filter, self.tr("All tags"), tags, tag_name)
        _refill(self.status_filter, self.tr("All statuses"), [s.value for s in AnnotationStatus]
                + [NEEDS_REVIEW], status_name)
        _refill(self.author_filter, self.tr("All authors"), sorted({a.author for a in notes}))
        self._filters_changed()

    def _filters_changed(self, *_args) -> None:
        self.filter.set_filters(self.tag_filter.currentData() or ALL,
                                self.status_filter.currentData() or ALL,
                                self.author_filter.currentData() or ALL)

    def set_filter(self, tag: str = ALL, status: str = ALL, author: str = ALL) -> None:
        """Chooses the filters as the user would in the three lists."""
        for combo, value in ((self.tag_filter, tag), (self.status_filter, status),
                             (self.author_filter, author)):
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def visible(self) -> list[Annotation]:
        """The notes the list shows now, top to bottom."""
        return [self.filter.index(row, 0).data(ANNOTATION_ROLE)
                for row in range(self.filter.rowCount())]

    def selected(self) -> Annotation | None:
        rows = self.list.selectionModel().selectedRows() if self.list.selectionModel() else []
        return rows[0].data(ANNOTATION_ROLE) if rows else None

    def select(self, annotation_id: str) -> bool:
        for row in range(self.filter.rowCount()):
            index = self.filter.index(row, 0)
            if index.data(ANNOTATION_ROLE).id == annotation_id:
                self.list.selectRow(row)
                return True
        return False

    def _activated(self, index) -> None:
        annotation = index.data(ANNOTATION_ROLE) if index.isValid() else None
        if annotation is not None:
            self.jumpRequested.emit(annotation)

    # -- changes, each undoable ---------------------------------------------------------------

    def add(self, annotation: Annotation) -> None:
        store = self.workspace.annotations
        self._push(self.tr("Add note on {citation}").format(citation=annotation.anchor.citation),
                   lambda: store.add(annotation), lambda: store.delete(annotation.id),
                   annotation.id)

    def edit(self, old: Annotation, new: Annotation, text: str = "") -> None:
        store = self.workspace.annotations
        self._push(text or self.tr("Edit note on {citation}").format(citation=old.anchor.citation),
                   lambda: store.update(new), lambda: store.update(old), new.id)

    def delete(self, annotation: Annotation) -> None:
        store = self.workspace.annotations
        self._push(self.tr("Delete note on {citation}").format(
                       citation=annotation.anchor.citation),
                   lambda: store.delete(annotation.id), lambda: store.add(annotation), None)

    def resolve(self, annotation: Annotation) -> None:
        """Marks a note resolved (or open again); a carried note is then reviewed too."""
        status = (AnnotationStatus.OPEN if annotation.status is AnnotationStatus.RESOLVED
                  else AnnotationStatus.RESOLVED)
        new = annotation.edited(status=status, needs_review=False, review_reason="")
        self.edit(annotation, new, self.tr("Mark note on {citation} {status}").format(
            citation=annotation.anchor.citation, status=status_name(status.value)))

    def _push(self, text: str, do, undo, select: str | None) -> None:
        """Makes the change, then records it for undo; raises ``WorkspaceError`` (and
        records nothing) if the store refuses it."""
        def done() -> None:
            self.reload()
            if select:
                self.select(select)

        do()
        self.undo_stack.push(_Change(text, do, undo, done, self._undo_failed))

    def _undo_failed(self, error: WorkspaceError) -> None:
        """An undo or redo did not reach the file: put the stack back where it was."""
        index = self.undo_stack.index()   # still the index before the undo or redo
        QTimer.singleShot(0, lambda: self.undo_stack.setIndex(index))
        self.changeFailed.emit(str(error))


def _refill(combo: QComboBox, everything: str, values: list[str], name=str) -> None:
    """Replaces a filter's choices, keeping the chosen one if it is still there."""
    chosen = combo.currentData() or ALL
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, ALL)
    for value in values:
        combo.addItem(name(value), value)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)
