"""The side-by-side view: one QTableView, so the two drafts scroll together for free.

Row heights cannot be uniform (wrapped prose), and measuring every row of a 1 MB comparison
would take seconds. So every row first gets an *estimate* from its text's length, and the rows
on screen (and a few below) are then measured exactly; scrolling measures the rows that come
into view. Rows above the top of the view are never re-measured while scrolling down, so
the text the user reads never jumps.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from .delegate import ClauseDelegate
from .folds import Fold, quiet_runs
from .rows import Row
from .table_model import Column, ComparisonModel

MARK_WIDTH = 46
#: Rows measured beyond the bottom of the view, so that a small scroll needs no re-layout.
LOOKAHEAD = 6


class CompareView(QTableView):
    """The aligned drafts. Emits ``fileDropped(side, path)`` and ``rowLinkActivated(row)``."""

    fileDropped = Signal(str, str)
    rowLinkActivated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison_model = ComparisonModel(self)
        self.setModel(self.comparison_model)
        self.clause_delegate = ClauseDelegate(self)
        self.setItemDelegate(self.clause_delegate)
        self._measured: set[int] = set()
        self._estimated_widths = (0, 0)
        self.folded = False  # "changed clauses only": unchanged runs folded (see folds.py)
        self._refine_timer = _single_shot(self, 0, self.refine_visible)
        self._setup()

    def _setup(self) -> None:
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the view: keyboard users reach the docks
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMinimumSectionSize(8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(Column.LEFT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.RIGHT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.MARK, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.MARK, MARK_WIDTH)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # New column widths: re-estimate on the next turn of the event loop (refine_visible
        # notices the change); a window being resized coalesces into one re-estimate per turn.
        header.sectionResized.connect(lambda *_: self._refine_timer.start())
        self.verticalScrollBar().valueChanged.connect(lambda *_: self._refine_timer.start())

    # -- content ------------------------------------------------------------------------------

    def set_layout(self, layout, left_title: str, right_title: str) -> None:
        """Shows a new comparison; keeps nothing of the old one but the column widths."""
        self.clearSpans()
        self.clause_delegate.clear()
        self._show_rows_of(self.comparison_model.folds())
        self.comparison_model.set_layout(layout, left_title, right_title)
        for number, row in enumerate(layout.rows):
            if row.group_start == number and row.group_size > 1:
                self._span_group(number, row)
        if self.folded:
            self._fold(quiet_runs(layout))
        self.estimate_all()

    def _span_group(self, first: int, row: Row) -> None:
        size = row.group_size
        self.setSpan(first, Column.MARK, size, 1)
        for column, side in ((Column.LEFT, row.left), (Column.RIGHT, row.right)):
            if side.span > 1:
                self.setSpan(first, column, side.span, 1)

    def row(self, number: int) -> Row | None:
        return self.comparison_model.row_at(number)

    # -- heights: estimate all, measure what is seen -----------------------------------------

    def estimate_all(self) -> None:
        """Gives every row its estimated height, then measures the visible ones exactly."""
        self._measured.clear()
        self.clause_delegate.clear()
        rows = self.comparison_model.layout_rows.rows
        widths = (self.columnWidth(Column.LEFT), self.columnWidth(Column.RIGHT))
        self._estimated_widths = widths
        minimum = self.clause_delegate.minimum_height()
        estimate = self.clause_delegate.estimated_height
        header = self.verticalHeader()
        for number, row in enumerate(rows):
            height = max(minimum, estimate(row.left, row.depth, widths[0]) if row.left.span == 1
                         else 0, estimate(row.right, row.depth, widths[1])
                         if row.right.span == 1 else 0)
            header.resizeSection(number, height)
        for fold in self.comparison_model.folds():
            header.resizeSection(fold.first, self.fold_height())
        self.refine_visible()

    def refine_visible(self) -> None:
        """Measures the rows in view exactly; repeats while measuring changes what is in view."""
        widths = (self.columnWidth(Column.LEFT), self.columnWidth(Column.RIGHT))
        if widths != self._estimated_widths:  # the columns changed since the estimate
            self.estimate_all()  # (which comes back here with the new widths)
            return
        count = self.comparison_model.rowCount()
        for _ in range(6):
            first = self.rowAt(0)
            if first < 0:
                return
            last = self.rowAt(self.viewport().height() - 1)
            last = count - 1 if last < 0 else last
            changed = False
            number = self.row(first).group_start
            fold_at = self.comparison_model.fold_at
            while number <= min(count - 1, last + LOOKAHEAD):
                fold = fold_at(number)
                if fold is not None:  # one line for the whole run, measured once
                    self._measured.add(number)
                    number = fold.end
                    continue
                row = self.row(number)
                changed |= self._measure_group(number, row)
                number += max(1, row.group_size) if row.group_start == number else 1
            if not changed:
                return

    def _measure_group(self, first: int, row: Row) -> bool:
        """Measures a row (or a split/merge group of rows); True if any height changed."""
        if first in self._measured:
            return False
        delegate = self.clause_delegate
        size = row.group_size if row.group_start == first else 1
        heights = []
        for offset in range(size):
            number = first + offset
            part = self.row(number)
            cells = [delegate.minimum_height()]
            for column, side in ((Column.LEFT, part.left), (Column.RIGHT, part.right)):
                if side.span == 1:
                    cells.append(delegate.exact_height(number, column, part,
                                                       self.columnWidth(column)))
            heights.append(max(cells))
        for column, side in ((Column.LEFT, row.left), (Column.RIGHT, row.right)):
            if side.span > 1:  # the spanning cell must fit in the rows it covers
                need = delegate.exact_height(first, column, row, self.columnWidth(column))
                heights[-1] += max(0, need - sum(heights))
        changed = False
        for offset, height in enumerate(heights):
            self._measured.add(first + offset)
            if self.rowHeight(first + offset) != height:
                self.verticalHeader().resizeSection(first + offset, height)
                changed = True
        return changed

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refine_timer.start()

    def set_highlight(self, text: str) -> None:
        """Marks ``text`` wherever it appears (find); heights do not change."""
        if text != self.clause_delegate.highlight:
            self.clause_delegate.set_highlight(text)
            self.viewport().update()

    def refresh(self) -> None:
        """Re-renders every cell (after a theme, font or highlight change)."""
        self.clause_delegate.clear()
        self.estimate_all()
        self.viewport().update()

    # -- changed clauses only: unchanged runs folded into one row ----------------------------

    def set_folded(self, on: bool) -> None:
        """Folds every run of unchanged rows into one "N unchanged clauses" row, or opens
        them all; the current clause stays current and in view."""
        if on == self.folded:
            return
        here = self.current_row()
        selected = self.selectionModel().isSelected(self.currentIndex())
        self.folded = on
        self._show_rows_of(self.comparison_model.folds())
        self.comparison_model.set_folds([])
        if on:
            self._fold(quiet_runs(self.comparison_model.layout_rows))
        self.estimate_all()
        if here >= 0:
            fold = self.comparison_model.fold_holding(here)
            self.go_to_row(fold.first if fold is not None else here, keep_folded=True,
                           select=selected)

    def _fold(self, folds: list[Fold]) -> None:
        self.comparison_model.set_folds(folds)
        for fold in folds:
            self.setSpan(fold.first, Column.LEFT, 1, len(Column))
            for number in range(fold.first + 1, fold.end):
                self.setRowHidden(number, True)

    def _show_rows_of(self, folds: list[Fold]) -> None:
        for fold in folds:
            self.setSpan(fold.first, Column.LEFT, 1, 1)  # a 1x1 span: no span
            for number in range(fold.first + 1, fold.end):
                self.setRowHidden(number, False)

    def unfold(self, number: int) -> bool:
        """Opens the folded run that row ``number`` belongs to; False if it was not folded."""
        fold = self.comparison_model.fold_holding(number)
        if fold is None:
            return False
        self.comparison_model.unfold(fold.first)
        self._show_rows_of([fold])
        delegate, header = self.clause_delegate, self.verticalHeader()
        widths = (self.columnWidth(Column.LEFT), self.columnWidth(Column.RIGHT))
        for row_number in range(fold.first, fold.end):
            self._measured.discard(row_number)
            row = self.row(row_number)
            header.resizeSection(row_number, max(
                delegate.minimum_height(), delegate.estimated_height(row.left, row.depth, widths[0]),
                delegate.estimated_height(row.right, row.depth, widths[1])))
        self.refine_visible()
        self.viewport().update()
        return True

    def fold_height(self) -> int:
        return self.clause_delegate.minimum_height() + 4

    # -- navigation ---------------------------------------------------------------------------

    def go_to_row(self, number: int, column: Column | None = None,
                  keep_folded: bool = False, select: bool = True) -> None:
        """Makes ``number`` the current row (selected, unless ``select`` is False) and shows
        it near the top if it was out of view; a row folded away ("changed clauses only") is
        unfolded first."""
        row = self.row(number)
        if row is None:
            return
        if not keep_folded:
            self.unfold(number)
        elif self.comparison_model.fold_at(number) is not None:
            column = Column.LEFT  # the folded run's one cell
        if column is None:
            column = Column.RIGHT if not row.right.empty else Column.LEFT
            side = row.right if column is Column.RIGHT else row.left
            if side.span == 0:
                column = Column.LEFT if column is Column.RIGHT else Column.RIGHT
        index = self.comparison_model.index(number, column)
        top = self.rowViewportPosition(number)
        visible = 0 <= top and top + self.rowHeight(number) <= self.viewport().height()
        if not visible:
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
            self.refine_visible()
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        # Selected whatever keys are held (Ctrl+J would otherwise leave it unselected).
        flag = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(index, flag.ClearAndSelect if select
                                              else flag.Clear)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    # -- links in the header lines ------------------------------------------------------------

    def _link_at(self, point: QPointF) -> int | None:
        index = self.indexAt(point.toPoint())
        if not index.isValid() or index.column() == Column.MARK:
            return None
        if self.comparison_model.fold_at(index.row()) is not None:
            return None
        row = self.row(index.row())
        return self.clause_delegate.anchor_at(index.row(), index.column(), row,
                                              self.visualRect(index), point)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        target, fold = None, None
        if event.button() == Qt.MouseButton.LeftButton and not event.modifiers():
            target = self._link_at(event.position())
            index = self.indexAt(event.position().toPoint())
            fold = self.comparison_model.fold_at(index.row()) if index.isValid() else None
        super().mouseReleaseEvent(event)
        if fold is not None:  # a click on "N unchanged clauses" shows them
            self.unfold(fold.first)
        elif target is not None:
            self.rowLinkActivated.emit(target)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        over_link = self._link_at(event.position()) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over_link
                                  else Qt.CursorShape.ArrowCursor)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            event.ignore()  # the window's Copy action copies the clause texts
            return
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and self.comparison_model.fold_at(self.current_row()) is not None):
            self.unfold(self.current_row())  # Enter or Space opens a folded run
            return
        super().keyPressEvent(event)

    # -- drag and drop a draft onto either side -----------------------------------------------

    def side_at(self, x: float) -> str:
        return "left" if x < self.columnViewportPosition(Column.MARK) else "right"

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.fileDropped.emit(self.side_at(event.position().x()), path)


def _dropped_file(event) -> str | None:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).name:
            return url.toLocalFile()
    return None


def _single_shot(parent, msec: int, slot) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msec)
    timer.timeout.connect(slot)
    return timer
