"""Draws the cells of the side-by-side view: wrapped prose with the diff marked.

Each text cell is a ``QTextDocument`` built by ``diffformat`` when the cell is first painted
or measured at a given width, and kept in a small cache (only what is on screen, and a
little around it, ever gets a document). Heights are *estimated* from the text's length for
all rows, and measured exactly only for rows that come into view (``view.py``).
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QBrush, QColor, QFont, QFontMetricsF,
                           QPainter, QPalette, QPen, QPolygon, QTextCharFormat, QTextDocument)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .diffformat import anchor_target, build_document
from .rows import Cell, Row, RowKind
from .table_model import FOLD_ROLE, ROW_ROLE, SIDE_OF_COLUMN, Column, fold_label
from .theme import LIGHT, Theme, prose_font

PAD_X = 10
PAD_Y = 7
INDENT = 20
CACHE_SIZE = 800
#: the team's notes: (badge / corner, its text, an annotated range's background) per palette
NOTE_LIGHT = (QColor("#7b3fe4"), QColor("#ffffff"), QColor(123, 63, 228, 48))
NOTE_DARK = (QColor("#c4a2ff"), QColor("#1d1f22"), QColor(196, 162, 255, 70))


class ClauseDelegate(QStyledItemDelegate):
    """Paints clause cells and the status gutter; measures cells for the view."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT
        self.font: QFont = prose_font()
        self.highlight = ""
        #: annotations by (row, column) of the cell showing their clause (set by the window)
        self.notes: dict[tuple[int, int], list] = {}
        self._cache: OrderedDict[tuple[int, int], tuple[int, QTextDocument]] = OrderedDict()
        self._metrics()

    # -- settings that change every cell ------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.clear()

    def set_font(self, font: QFont) -> None:
        self.font = font
        self._metrics()
        self.clear()

    def set_highlight(self, text: str) -> None:
        if text != self.highlight:
            self.highlight = text
            self.clear()

    def clear(self) -> None:
        self._cache.clear()

    def _metrics(self) -> None:
        metrics = QFontMetricsF(self.font)
        self._line = metrics.lineSpacing()
        self._char = metrics.averageCharWidth() * 1.08  # prose runs a little wider than "x"

    # -- documents ----------------------------------------------------------------------------

    def text_width(self, row: Row, cell_width: int) -> int:
        return max(40, cell_width - 2 * PAD_X - row.depth * INDENT)

    def document(self, row_number: int, column: int, row: Row, cell_width: int
                 ) -> QTextDocument | None:
        """The cell's laid-out document at this width (cached), or None for an empty cell."""
        side = row.cell(SIDE_OF_COLUMN[Column(column)])
        if side.empty or side.span == 0:
            return None
        width = self.text_width(row, cell_width)
        key = (row_number, column)
        cached = self._cache.get(key)
        if cached is not None and cached[0] == width:
            self._cache.move_to_end(key)
            return cached[1]
        document = build_document(side.header, side.runs, self.theme, self.font,
                                  side.heading_first, self.highlight)
        self._mark_ranges(document, self.notes.get((row_number, column), ()))
        document.setTextWidth(width)
        self._cache[key] = (width, document)
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return document

    def note_colours(self) -> tuple[QColor, QColor, QColor]:
        return NOTE_DARK if self.theme.dark else NOTE_LIGHT

    def _mark_ranges(self, document: QTextDocument, notes) -> None:
        """Highlights the words each note on this cell is about (where they still stand)."""
        quotes = [n.anchor.range.quote for n in notes if n.anchor.range and n.anchor.range.quote]
        if not quotes:
            return
        marked = QTextCharFormat()
        marked.setBackground(self.note_colours()[2])
        marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        marked.setUnderlineColor(self.note_colours()[0])
        for quote in quotes:
            cursor = document.find(quote, 0, QTextDocument.FindFlag.FindCaseSensitively)
            if not cursor.isNull():
                cursor.mergeCharFormat(marked)

    def exact_height(self, row_number: int, column: int, row: Row, cell_width: int) -> int:
        """The height the cell needs, padding included (0 for an empty cell)."""
        document = self.document(row_number, column, row, cell_width)
        if document is None:
            return 0
        return math.ceil(document.size().height()) + 2 * PAD_Y

    def estimated_height(self, side: Cell, depth: int, cell_width: int) -> int:
        """A cheap guess from the text's length: lines of average characters."""
        if side.empty or side.span == 0:
            return 0
        per_line = max(8, (cell_width - 2 * PAD_X - depth * INDENT) / self._char)
        lines = 1 if side.header else 0
        text = side.text
        if text:
            lines += sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n"))
        return math.ceil(lines * self._line) + 2 * PAD_Y + (2 if side.header and text else 0)

    def minimum_height(self) -> int:
        return math.ceil(self._line) + 2 * PAD_Y

    def anchor_at(self, row_number: int, column: int, row: Row, cell: QRect,
                  point: QPointF) -> int | None:
        """The row a link at ``point`` (view coordinates) points to, if any."""
        document = self.document(row_number, column, row, cell.width())
        if document is None:
            return None
        local = point - QPointF(cell.left() + PAD_X + row.depth * INDENT, cell.top() + PAD_Y)
        return anchor_target(document.documentLayout().anchorAt(local))

    # -- painting -----------------------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        row: Row = index.data(ROW_ROLE)
        if row is None or index.column() == Column.MARK:
            return QSize(40, self.minimum_height())
        side = row.cell(SIDE_OF_COLUMN[Column(index.column())])
        width = option.rect.width() if option.rect.width() > 0 else 400
        return QSize(width, max(self.minimum_height(),
                                self.estimated_height(side, row.depth, width)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: Row = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        painter.setClipRect(option.rect)
        column = Column(index.column())
        fold = index.data(FOLD_ROLE)
        if fold is not None:
            self._paint_fold(painter, option, fold_label(fold))
        elif column is Column.MARK:
            self._paint_mark(painter, option, row, index.data() or "")
            self._paint_note_badge(painter, option, index.row())
        else:
            painter.save()
            self._paint_cell(painter, option, index.row(), column, row)
            painter.restore()
            if self.notes.get((index.row(), column)):
                self._paint_note_corner(painter, option.rect)
        self._paint_rule(painter, option, row)
        painter.restore()

    def _paint_cell(self, painter: QPainter, option: QStyleOptionViewItem, row_number: int,
                    column: Column, row: Row) -> None:
        rect = option.rect
        palette = option.palette
        side = row.cell(SIDE_OF_COLUMN[column])
        if row.kind is RowKind.HEADING:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        elif side.empty or row.kind is RowKind.GHOST:
            # The gap left by an added or removed clause, or the place a moved one left.
            painter.fillRect(rect, QBrush(self.theme.gap, Qt.BrushStyle.BDiagPattern))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, self.theme.selection)
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()),
                             palette.color(QPalette.ColorRole.Highlight))
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        document = self.document(row_number, column, row, rect.width())
        if document is None:
            return
        painter.translate(rect.left() + PAD_X + row.depth * INDENT, rect.top() + PAD_Y)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Text))
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        document.documentLayout().draw(painter, context)

    def _paint_fold(self, painter: QPainter, option: QStyleOptionViewItem, label: str) -> None:
        """A folded run of unchanged rows: one muted line across the whole row."""
        rect, palette = option.rect, option.palette
        painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, self.theme.selection)
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()),
                             palette.color(QPalette.ColorRole.Highlight))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1,
                                Qt.PenStyle.DotLine))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        font = QFont(self.font)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect.adjusted(PAD_X, 0, -PAD_X, 0),
                         Qt.AlignmentFlag.AlignCenter, label)

    def _paint_mark(self, painter: QPainter, option: QStyleOptionViewItem, row: Row,
                    text: str) -> None:
        rect = option.rect
        pair = row.pair
        if row.kind is RowKind.HEADING:
            painter.fillRect(rect, option.palette.color(QPalette.ColorRole.AlternateBase))
        elif row.kind is RowKind.GHOST:
            painter.fillRect(rect, self.theme.status_back["moved"])
        elif row.kind is RowKind.PAIR and pair is not None:
            colour = self.theme.status_back.get(pair.status)
            if colour is None and pair.moved:
                colour = self.theme.status_back["moved"]
            if colour is not None:
                painter.fillRect(rect, colour)
        if text:
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
            font = QFont(self.font)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(rect.adjusted(0, PAD_Y, 0, 0),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)

    def _paint_note_badge(self, painter: QPainter, option: QStyleOptionViewItem,
                          row_number: int) -> None:
        """A note glyph and count at the foot of the gutter of a row with notes."""
        count = sum(len(self.notes.get((row_number, c), ())) for c in (Column.LEFT, Column.RIGHT))
        if not count:
            return
        back, text, _ = self.note_colours()
        font = QFont(self.font)
        font.setPointSizeF(max(7.0, self.font.pointSizeF() * 0.78))
        font.setBold(True)
        painter.setFont(font)
        label = f"✎{count}"
        width = QFontMetricsF(font).horizontalAdvance(label) + 8
        height = QFontMetricsF(font).height() + 2
        rect = option.rect
        box = QRectF(rect.center().x() - width / 2, rect.bottom() - height - 4, width, height)
        if box.top() < rect.top() + self._line + PAD_Y:  # a one-line row: beside the mark
            box.moveTop(rect.top() + PAD_Y + self._line - 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(back)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(text)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_note_corner(self, painter: QPainter, rect: QRect) -> None:
        """A coloured corner on the cell whose clause carries a note."""
        size = 12
        corner = QPolygon([rect.topRight(), rect.topRight() - QPoint(size, 0),
                           rect.topRight() + QPoint(0, size)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.note_colours()[0])
        painter.drawPolygon(corner)

    def _paint_rule(self, painter: QPainter, option: QStyleOptionViewItem, row: Row) -> None:
        """A hairline under each row; a firmer one under headings."""
        colour = option.palette.color(QPalette.ColorRole.Mid)
        colour.setAlpha(255 if row.kind is RowKind.HEADING else 90)
        painter.setPen(QPen(colour, 1))
        bottom = option.rect.bottom()
        painter.drawLine(option.rect.left(), bottom, option.rect.right(), bottom)
