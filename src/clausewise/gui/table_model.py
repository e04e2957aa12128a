"""The Qt model of the side-by-side view: one row per ``rows.Row``, three columns.

Column 0 is the older draft, 1 a thin gutter with the status mark, 2 the newer draft. The
model hands out plain text (for find, tests and screen readers) and the ``Row`` itself
(``ROW_ROLE``) for the delegate, which draws the formatted text. Nothing is rendered here.
"""

from __future__ import annotations

from bisect import bisect_right
from enum import IntEnum

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)

from .annotations import status_name
from .folds import Fold
from .i18n import plural, tag_name
from .rows import Layout, Row, RowKind
from ..core.describe import MOVED_MARK, mark
from .engine_words import pair_tip

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: the team's notes shown on a cell (the gutter: all of the row's), a list of Annotations
NOTES_ROLE = Qt.ItemDataRole.UserRole + 2
#: the ``folds.Fold`` a folded row stands for ("N unchanged clauses"), else None
FOLD_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def fold_label(fold: Fold) -> str:
    """The row a run of unchanged clauses folds into, in the interface's language."""
    return "⋯  " + plural().unchanged_clauses(fold.clauses)


class Column(IntEnum):
    LEFT = 0
    MARK = 1
    RIGHT = 2


SIDE_OF_COLUMN = {Column.LEFT: "left", Column.RIGHT: "right"}


class ComparisonModel(QAbstractTableModel):
    """Rows of a laid-out comparison. Replaced whole by ``set_layout`` after each compare."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layout = Layout([], {}, {}, {})
        self._titles = (self.tr("Older draft"), self.tr("Newer draft"))
        self._notes: dict[tuple[int, int], list] = {}
        self._folds: dict[int, Fold] = {}   # folded runs by their first row
        self._fold_starts: list[int] = []

    # -- content ----------------------------------------------------------------------------

    def set_layout(self, layout: Layout, left_title: str, right_title: str) -> None:
        self.beginResetModel()
        self._layout = layout
        self._titles = (left_title, right_title)
        self._notes = {}
        self._folds, self._fold_starts = {}, []
        self.endResetModel()

    # -- folded runs of unchanged rows ("changed clauses only") ------------------------------

    def set_folds(self, folds: list[Fold]) -> None:
        self._folds = {fold.first: fold for fold in folds}
        self._fold_starts = sorted(self._folds)
        self._rows_changed()

    def unfold(self, first: int) -> Fold | None:
        """Opens the run folded into row ``first``; the run, or None if none was folded."""
        fold = self._folds.pop(first, None)
        if fold is not None:
            self._fold_starts.remove(first)
            self.dataChanged.emit(self.index(first, 0), self.index(first, len(Column) - 1))
        return fold

    def fold_at(self, row: int) -> Fold | None:
        """The run folded into ``row`` (its first row), else None."""
        return self._folds.get(row)

    def fold_holding(self, row: int) -> Fold | None:
        """The folded run ``row`` belongs to (shown as its first row or hidden), else None."""
        at = bisect_right(self._fold_starts, row) - 1
        fold = self._folds[self._fold_starts[at]] if at >= 0 else None
        return fold if fold is not None and row in fold else None

    def folds(self) -> list[Fold]:
        return [self._folds[first] for first in self._fold_starts]

    def _rows_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(Column) - 1))

    def set_notes(self, notes: dict[tuple[int, int], list]) -> None:
        """The annotations to mark, by (row, column) of the cell showing their clause."""
        self._notes = dict(notes)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(Column) - 1))

    def notes_on_row(self, row: int) -> list:
        return [note for column in (Column.LEFT, Column.RIGHT)
                for note in self._notes.get((row, column), ())]

    @property
    def layout_rows(self) -> Layout:
        return self._layout

    def row_at(self, row: int) -> Row | None:
        rows = self._layout.rows
        return rows[row] if 0 <= row < len(rows) else None

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._layout.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = Column(index.column())
        if role == ROW_ROLE:
            return row
        if role == FOLD_ROLE:
            return self._folds.get(index.row())
        if role == Qt.ItemDataRole.AccessibleTextRole and index.row() in self._folds:
            return fold_label(self._folds[index.row()])
        if role == NOTES_ROLE:
            if column is Column.MARK:
                return self.notes_on_row(index.row())
            return self._notes.get((index.row(), column), [])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _mark(row) if column is Column.MARK else _cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = (self.notes_on_row(index.row()) if column is Column.MARK
                     else self._notes.get((index.row(), column), []))
            tip = _mark_tip(row, self._layout.languages) if column is Column.MARK else ""
            return "\n\n".join(filter(None, [tip] + [_note_tip(n) for n in notes])) or None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return _mark_tip(row, self._layout.languages)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == Column.LEFT:
            return self._titles[0]
        if section == Column.RIGHT:
            return self._titles[1]
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == Column.MARK:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _cell_text(row: Row, column: Column) -> str:
    side = row.cell(SIDE_OF_COLUMN[column])
    return "\n".join(filter(None, (side.header_text, side.text)))


def _mark(row: Row) -> str:
    if row.kind is RowKind.GHOST:
        return MOVED_MARK
    if row.kind is RowKind.HEADING or row.pair is None:
        return ""
    return mark(row.pair)


def _mark_tip(row: Row, languages: tuple[str, str]) -> str:
    if row.kind is RowKind.GHOST:
        return QCoreApplication.translate("ComparisonModel",
                                          "where the moved clause stood in the older draft")
    if row.pair is None:
        return ""
    return pair_tip(row.pair, languages)


def _note_tip(note) -> str:
    """A note as the mark's tooltip shows it: its tag, status and author, then its words."""
    head = " · ".join(part for part in (tag_name(note.tag), status_name(str(note.status)),
                                        note.author)
                     if part)
    quote = f"\n“{note.anchor.range.quote}”" if note.anchor.range else ""
    review = f"\n⚠ {status_name('needs review')}: {note.review_reason}" \
        if note.needs_review else ""
    return f"✎ [{head}]{quote}\n{note.note}{review}"
