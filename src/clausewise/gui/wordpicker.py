"""Choosing words in the comparison itself: a cell opened, in place, as selectable text.

The view paints its cells (``delegate``) and has no text cursor. Double-click a clause's
cell, or press F2 on it, and a read-only text view covers the cell, showing the same
document (the diff's marks, the citation line) at the same place and width; the words can
then be selected with the mouse or the keyboard (Shift+arrows) and copied (Ctrl+C). Edit >
Add Note on Text (Ctrl+Shift+M) anchors a note on the words chosen there: no second
selection in a dialog. Escape, going to another cell or a new comparison closes it.

``chosen()`` maps the selection back to the clause's text as an anchor counts it
(``store.clause_text``): the cell's document is its header line, then the cell's side of
the diff, where a deleted or inserted line break shows as "¶" before the break; a cell
showing several clauses (the single side of a split or merge) holds their texts one after
the other. A selection across two clauses keeps the part in the first; blanks at either end
are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QFrame, QTableView, QTextEdit

from ..core.model import Clause
from ..store import clause_text
from .delegate import INDENT, PAD_X, PAD_Y
from .diffformat import BREAK_MARK
from .rows import Cell, RowKind
from .table_model import SIDE_OF_COLUMN, Column

PARAGRAPH = "\u2029"


@dataclass(frozen=True)
class Chosen:
    """Words chosen in a cell: the row, the side, the clause, and the range in its text."""

    row: int
    side: str
    clause: Clause
    start: int
    end: int

    @property
    def quote(self) -> str:
        return clause_text(self.clause)[self.start:self.end]


class CellText(QTextEdit):
    """The read-only, selectable text laid over one cell."""

    def __init__(self, picker: "WordPicker", parent) -> None:
        super().__init__(parent)
        self.picker = picker
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName(self.tr("Clause text: select the words a note is about"))
        self.setToolTip(self.tr("Select words, then Ctrl+Shift+M to write a note on them; "
                                "Escape closes"))

    def set_margins(self, left: int, top: int, right: int) -> None:
        self.setViewportMargins(left, top, right, 0)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.picker.close(focus_view=True)
            return
        super().keyPressEvent(event)


class WordPicker(QObject):
    """Opens a cell of ``view`` as selectable text (double-click or F2) and says which words
    of which clause are chosen in it."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.editor: CellText | None = None
        self.index: QPersistentModelIndex | None = None
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        view.verticalScrollBar().valueChanged.connect(self._place)
        view.horizontalHeader().sectionResized.connect(self._place)
        view.verticalHeader().sectionResized.connect(self._place)
        view.model().modelReset.connect(lambda: self.close())
        view.model().layoutChanged.connect(lambda: self.close())
        view.selectionModel().currentChanged.connect(self._current_changed)

    # -- opening and closing ------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonDblClick and watched is self.view.viewport():
            index = self.view.indexAt(event.position().toPoint())
            if index.isValid() and self.open(index.row(), Column(index.column())):
                return True
        elif kind == QEvent.Type.KeyPress and watched is self.view and \
                event.key() == Qt.Key.Key_F2 and not event.modifiers():
            index = self.view.currentIndex()
            if index.isValid() and self.open(index.row(), Column(index.column())):
                return True
        return False

    def can_open(self, row: int, column: Column) -> bool:
        return self._cell(row, column) is not None

    def open(self, row: int, column: Column) -> bool:
        """Covers the cell at (``row``, ``column``) with its text, selectable; False if the
        cell holds no clause text (the gutter, a heading, a gap)."""
        found = self._cell(row, column)
        if found is None:
            return False
        number, cell = found
        self.close()
        view = self.view
        model_row = view.row(number)
        document = view.clause_delegate.document(number, column, model_row,
                                                 view.columnWidth(column))
        if document is None:
            return False
        index = view.model().index(number, column)
        if view.currentIndex() != index:
            view.setCurrentIndex(index)
        editor = CellText(self, view.viewport())
        copy = document.clone(editor)
        editor.setDocument(copy)
        editor.set_margins(PAD_X + model_row.depth * INDENT, PAD_Y, PAD_X)
        palette = editor.palette()
        back = QColor(view.palette().color(QPalette.ColorRole.Base))
        palette.setColor(QPalette.ColorRole.Base, back)
        editor.setPalette(palette)
        editor.setStyleSheet("CellText { border: 1px solid palette(highlight); "
                             "background: palette(base); }")
        self.editor, self.index = editor, QPersistentModelIndex(index)
        self.cell = cell
        self._place()
        editor.show()
        editor.setFocus()
        return True

    def close(self, focus_view: bool = False) -> None:
        editor, self.editor, self.index = self.editor, None, None
        if editor is not None:
            editor.hide()
            editor.deleteLater()
            if focus_view:
                self.view.setFocus()

    @property
    def is_open(self) -> bool:
        return self.editor is not None

    def _cell(self, row: int, column: Column) -> tuple[int, Cell] | None:
        if column not in SIDE_OF_COLUMN:
            return None
        side = SIDE_OF_COLUMN[column]
        shown = self.view.row(row)
        if shown is None or shown.kind is not RowKind.PAIR:
            return None
        cell = shown.cell(side)
        if cell.span == 0:   # covered by the single side of a split or merge, above
            row = shown.group_start
            cell = self.view.row(row).cell(side)
        if not cell.clauses or not cell.runs:
            return None
        return row, cell

    def _place(self, *_args) -> None:
        if self.editor is None or self.index is None:
            return
        if not self.index.isValid():
            self.close()
            return
        rect = self.view.visualRect(QModelIndex(self.index))
        self.editor.setGeometry(rect.adjusted(0, 0, 0, 0))

    def _current_changed(self, current, _previous) -> None:
        if self.index is not None and current.isValid() and \
                (current.row(), current.column()) != (self.index.row(), self.index.column()):
            self.close()

    # -- what is chosen -----------------------------------------------------------------------

    def select(self, start: int, end: int) -> None:
        """Selects characters ``start``-``end`` of the open cell's document (a user's drag)."""
        from PySide6.QtGui import QTextCursor

        cursor = self.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)

    def chosen(self) -> Chosen | None:
        """The words selected in the open cell, as a range of one clause's text; None if no
        cell is open or nothing of the clause's text is selected."""
        if self.editor is None or self.index is None or not self.index.isValid():
            return None
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            return None
        return choose(self.editor.document(), self.cell, self.index.row(),
                      SIDE_OF_COLUMN[Column(self.index.column())],
                      cursor.selectionStart(), cursor.selectionEnd())


def choose(document: QTextDocument, cell: Cell, row: int, side: str, first: int,
           last: int) -> Chosen | None:
    """Positions ``first``-``last`` of a cell's document as a range of one clause's text."""
    body = document.findBlockByNumber(1).position() if cell.header else 0
    if cell.header and body <= 0:
        return None
    offsets = _offsets(document.toRawText()[body:], cell.text)
    if offsets is None or last <= body:
        return None
    start = offsets[max(first, body) - body]
    end = offsets[min(last - body, len(offsets) - 1)]
    return _in_clause(cell, row, side, start, end)


def _offsets(shown: str, text: str) -> list[int] | None:
    """For each position of the document's body, the offset in the cell's text it shows;
    one more for the end. None if the document does not read as the text."""
    offsets: list[int] = []
    j = 0
    for ch in shown:
        if j < len(text) and (ch == text[j] or (ch == PARAGRAPH and text[j] == "\n")):
            offsets.append(j)
            j += 1
        elif ch == BREAK_MARK:   # the mark of a deleted or inserted line break
            offsets.append(j)
        else:
            return None
    offsets.append(j)
    return offsets


def _in_clause(cell: Cell, row: int, side: str, start: int, end: int) -> Chosen | None:
    """The offsets ``start``-``end`` of the cell's text as a range of one of its clauses."""
    text = cell.text
    position = 0
    places: list[tuple[Clause, int, str]] = []
    for clause in cell.clauses:
        own = clause_text(clause)
        if own:
            places.append((clause, position, own))
            position += len(own) + 1
    if "\n".join(own for _, _, own in places) != text:
        # The cell does not show its clauses' texts as they stand: find the words instead.
        quote = text[start:end].strip()
        for clause, _, own in places:
            at = own.find(quote) if quote else -1
            if at >= 0:
                return Chosen(row, side, clause, at, at + len(quote))
        return None
    for clause, begin, own in places:
        if start < begin + len(own):
            low = max(0, start - begin)
            high = min(len(own), end - begin)
            while low < high and own[low].isspace():
                low += 1
            while high > low and own[high - 1].isspace():
                high -= 1
            return Chosen(row, side, clause, low, high) if low < high else None
    return None


__all__ = ["CellText", "Chosen", "WordPicker", "choose"]
