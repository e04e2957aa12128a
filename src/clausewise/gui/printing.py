"""Printing: File > Print…, Print Preview… and Print Briefing….

**The comparison** prints as the view lays it out (``rows.Layout``): the older draft left,
the newer right, the status gutter between, each cell's side of the diff marked as on screen
(deletions struck through in red, insertions underlined in green; ``diffformat`` builds the
same documents the view's delegate paints, always in the light theme, whatever the window's
palette). With "changed clauses only" on, the unchanged clauses are left out and each run of
them is one line ("12 unchanged clauses not printed"). Every page is headed by the drafts'
names and the date, and footed by "Page N of M".

Pagination keeps a row whole on a page when it fits on one; a row taller than a page is cut
between two lines of each column (each column at its own line boundary), never through a
line. A part or chapter heading is never left alone at the foot of a page. The page count is
known before the first page is painted (``paginate``), so the footers can say "of M".

**The briefing** prints as its PDF reads: the export dialog chooses the options, the PDF is
written to a temporary folder and each page is rendered by PDFium (pypdfium2) onto the
printer at up to 300 dpi. One layout of the briefing (``reports/``), not a second one to keep
in step; the cost is that the printed pages are images, which a printer does not mind. The
export and the rendering run on the thread pool (painting on a QPrinter off the GUI thread is
supported by Qt); the window stays usable and says when the pages went to the printer.

The comparison prints on the GUI thread, as Qt's print preview requires (``paintRequested``
is answered there).

``PrintActions`` is the window's side (a mixin of ``MainWindow``, like ``AnnotationActions``):
the dialogs, run through ``run_dialog`` so that tests replace them.
"""

from __future__ import annotations

import tempfile
import traceback
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QRunnable, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage,
                           QPageLayout, QPainter, QPen, QTextDocument)
from PySide6.QtPrintSupport import QPrinter

from ..core.compare import Comparison
from ..readers.pdfium_lock import PDFIUM
from .diffformat import build_document
from .i18n import plural
from .rows import Cell, Fragment, Layout, Row, RowKind
from .table_model import Column
from .theme import LIGHT, Theme, prose_font

#: Sizes in points (1/72 inch); converted to the printer's pixels when painting.
TEXT_POINTS = 9.0
SMALL_POINTS = 7.5
GUTTER_POINTS = 30.0
PAD_POINTS = 4.0
INDENT_POINTS = 12.0
GAP_POINTS = 3.0          # between the stacked clauses of a split or merge
#: a row taller than what is left of a page starts there only if this many lines fit
MIN_SLICE_LINES = 4
#: the briefing's pages are rendered at most this fine (a 1200 dpi A4 page would be 550 MB)
BRIEFING_DPI = 300
GAP_SHADE = QColor("#eeeeee")
HEADING_SHADE = QColor("#e8ecf2")
RULE = QColor("#b8bcc4")
GREY = QColor("#5c6370")


class PrintError(Exception):
    """Printing could not start or finish; the message says what to do."""


# -- what is printed: blocks of stacked documents ----------------------------------------------


class Stack:
    """The documents of one column of a block, stacked top to bottom (several for the side
    of a split or merge that has several clauses).

    ``make()`` builds the documents. They are measured here and then let go, and built again
    when their page is painted: a whole comparison's documents at once would hold hundreds
    of megabytes for a large treaty."""

    def __init__(self, make: Callable[[], Sequence[QTextDocument]], gap: float) -> None:
        self.make = make
        documents = list(make())
        self.margin = 0.0                     # a third of the thinnest line
        self.offsets: list[float] = []
        self.heights: list[float] = []
        self.lines: list[float] = []          # every line's bottom, in stack coordinates
        top = 0.0
        for document in documents:
            self.offsets.append(top)
            layout = document.documentLayout()
            block = document.begin()
            while block.isValid():
                text_layout = block.layout()
                origin = layout.blockBoundingRect(block).top()
                for number in range(text_layout.lineCount()):
                    line = text_layout.lineAt(number)
                    self.lines.append(top + origin + line.y() + line.height())
                    self.margin = min(self.margin or line.height(), line.height())
                block = block.next()
            self.heights.append(document.size().height())
            top += document.size().height() + gap
        self.height = max(0.0, top - gap) if documents else 0.0
        self.margin /= 3
        self.lines.sort()

    def cut(self, start: float, room: float) -> float:
        """Where a slice from ``start`` that may be ``room`` high ends: the last line bottom
        that fits (``start`` if not even one line fits)."""
        if start + room >= self.height:
            return self.height
        best = start
        for bottom in self.lines:
            if bottom > start + room + 0.01:
                break
            if bottom > start:
                best = bottom
        return best

    def paint(self, painter: QPainter, x: float, y: float, width: float, start: float,
              end: float) -> None:
        """Paints the lines from ``start`` to ``end`` of the stack with its top at
        (``x``, ``y``).

        Line by line: Qt's own document drawing also writes the line just above a clip
        (hidden, but a PDF's text would hold it twice when a row is cut across pages)."""
        painter.save()
        painter.setClipRect(QRectF(x, y, width, end - start))
        painter.setPen(QColor("black"))
        slack = self.margin
        documents = list(self.make())
        for document, offset, height in zip(documents, self.offsets, self.heights):
            if offset + height <= start or offset >= end:
                continue
            layout = document.documentLayout()
            block = document.begin()
            while block.isValid():
                box = layout.blockBoundingRect(block)
                if offset + box.bottom() > start and offset + box.top() < end:
                    _draw_lines(painter, block, QPointF(x, y + offset - start),
                                start - offset - slack, end - offset + slack)
                block = block.next()
        painter.restore()


def _draw_lines(painter: QPainter, block, origin: QPointF, top: float, bottom: float) -> None:
    """Draws the lines of ``block`` that lie between ``top`` and ``bottom`` (document
    coordinates), each with the backgrounds of its runs (deleted, inserted)."""
    text_layout = block.layout()
    position = text_layout.position() + origin
    ranges = block.textFormats()
    backgrounds = [(r.start, r.start + r.length, r.format.background()) for r in ranges
                   if r.format.background().style() != Qt.BrushStyle.NoBrush]
    for number in range(text_layout.lineCount()):
        line = text_layout.lineAt(number)
        line_top = text_layout.position().y() + line.y()
        if line_top < top or line_top + line.height() > bottom:
            continue
        first, last = line.textStart(), line.textStart() + line.textLength()
        for begin, finish, brush in backgrounds:
            low, high = max(begin, first), min(finish, last)
            if low < high:
                left, right = line.cursorToX(low)[0], line.cursorToX(high)[0]
                painter.fillRect(QRectF(position.x() + left, position.y() + line.y(),
                                        right - left, line.height()), brush)
        line.draw(painter, position)


@dataclass
class Block:
    """One printed row: a pair (or a split/merge group), a ghost, a heading, or a line
    saying how many unchanged clauses were left out (``note``, across both columns)."""

    left: Stack | None
    right: Stack | None
    mark: str = ""
    mark_colour: QColor | None = None
    shade: QColor | None = None        # a heading's band
    gaps: tuple[bool, bool] = (False, False)   # an empty side (added / removed / ghost)
    indent: tuple[float, float] = (0.0, 0.0)
    note: Stack | None = None
    keep_with_next: bool = False

    def stacks(self) -> list[Stack]:
        return [s for s in (self.left, self.right, self.note) if s is not None]

    def height(self, starts: Sequence[float] = ()) -> float:
        stacks = self.stacks()
        starts = list(starts) or [0.0] * len(stacks)
        return max([s.height - a for s, a in zip(stacks, starts)] + [0.0])


@dataclass
class Slice:
    """The part of a block on one page: from/to per stack, at ``y`` (body coordinates)."""

    block: Block
    y: float
    starts: list[float]
    ends: list[float]
    height: float          # padding included


@dataclass
class Geometry:
    """The page in the printer's pixels: body, columns, header and footer."""

    width: float
    height: float
    dpi: float
    header: float = 0.0
    footer: float = 0.0
    pad: float = 0.0
    gutter: float = 0.0
    line: float = 0.0              # a line of the drafts' text
    text_font: QFont = field(default_factory=QFont)
    small_font: QFont = field(default_factory=QFont)

    def points(self, value: float) -> float:
        return value * self.dpi / 72.0

    @property
    def body_top(self) -> float:
        return self.header

    @property
    def body_height(self) -> float:
        return self.height - self.header - self.footer

    @property
    def column_width(self) -> float:
        return (self.width - self.gutter) / 2

    @property
    def right_x(self) -> float:
        return self.column_width + self.gutter


def geometry_for(printer: QPrinter) -> Geometry:
    rect = printer.pageLayout().paintRectPixels(printer.resolution())
    dpi = float(printer.resolution())
    page = Geometry(float(rect.width()), float(rect.height()), dpi)
    page.text_font = prose_font(TEXT_POINTS)
    page.small_font = prose_font(SMALL_POINTS)
    small = QFontMetricsF(page.small_font, printer).lineSpacing()
    bold = QFont(page.small_font)
    bold.setBold(True)
    page.header = 2 * QFontMetricsF(bold, printer).lineSpacing() + page.points(8)
    page.footer = small + page.points(6)
    page.pad = page.points(PAD_POINTS)
    page.gutter = page.points(GUTTER_POINTS)
    page.line = QFontMetricsF(page.text_font, printer).lineSpacing()
    return page


def _printed_header(header: Sequence[Fragment]) -> list[Fragment]:
    """A cell's header line on paper: its links are plain words (nothing to click)."""
    return [Fragment(f.text, f.style if f.target is None else "note") for f in header]


def _document(cell: Cell, theme: Theme, page: Geometry, device, width: float) -> QTextDocument:
    document = build_document(_printed_header(cell.header), cell.runs, theme, page.text_font,
                              cell.heading_first)
    document.documentLayout().setPaintDevice(device)
    document.setTextWidth(max(10.0, width))
    return document


def _note_document(text: str, page: Geometry, device, width: float) -> QTextDocument:
    document = QTextDocument()
    font = QFont(page.small_font)
    font.setItalic(True)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.documentLayout().setPaintDevice(device)
    document.setPlainText(text)
    document.setTextWidth(max(10.0, width))
    return document


@dataclass
class _Group:
    rows: list[Row]


def printed_groups(layout: Layout, changed_only: bool) -> list[_Group | int]:
    """The row groups to print, in order, with the count of unchanged clauses left out in
    place of each run of them (``changed_only``). A split or merge is one group."""
    groups: list[list[Row]] = []
    for number, row in enumerate(layout.rows):
        if row.kind is RowKind.PAIR and row.group_start != number:
            groups[-1].append(row)
        else:
            groups.append([row])
    if not changed_only:
        return [_Group(rows) for rows in groups]
    kept = [not (g[0].kind is RowKind.PAIR and (g[0].pair is None or not g[0].pair.changed))
            for g in groups]
    # A heading is kept when a kept clause stands in it (ids are paths: "part-2/art-5").
    inside: set[tuple[str, str]] = set()
    for group, keep in zip(groups, kept):
        if keep and group[0].kind is not RowKind.HEADING:
            for row in group:
                for side in ("left", "right"):
                    for clause in row.cell(side).clauses:
                        parts = clause.id.split("/")
                        inside.update((side, "/".join(parts[:n])) for n in range(1, len(parts)))
    out: list[_Group | int] = []
    skipped = 0
    for group, keep in zip(groups, kept):
        row = group[0]
        if row.kind is RowKind.HEADING:
            keep = any((side, clause.id) in inside for side in ("left", "right")
                       for clause in row.cell(side).clauses)
            if not keep:
                continue
        if not keep:
            skipped += 1
            continue
        if skipped:
            out.append(skipped)
            skipped = 0
        out.append(_Group(group))
    if skipped:
        out.append(skipped)
    return out


def build_blocks(layout: Layout, changed_only: bool, page: Geometry, device,
                 theme: Theme = LIGHT) -> list[Block]:
    """The printed rows, their documents laid out at the printer's resolution."""
    blocks: list[Block] = []
    width = page.column_width - 2 * page.pad
    for item in printed_groups(layout, changed_only):
        if isinstance(item, int):
            words = plural().not_printed(item)
            note = _note_document(f"… {words}", page,
                                  device, page.width - 2 * page.pad)
            blocks.append(Block(None, None, note=Stack(lambda note=note: [note], 0)))
            continue
        rows = item.rows
        first = rows[0]
        indent = page.points(INDENT_POINTS) * first.depth
        stacks = []
        for side in ("left", "right"):
            cells = [row.cell(side) for row in rows if row.cell(side).span and not
                     row.cell(side).empty]
            def make(cells=cells, indent=indent) -> list[QTextDocument]:
                return [_document(cell, theme, page, device, width - indent) for cell in cells]

            stacks.append(Stack(make, page.points(GAP_POINTS)) if cells else None)
        block = Block(stacks[0], stacks[1], indent=(indent, indent))
        if first.kind is RowKind.HEADING:
            block.shade = HEADING_SHADE
            block.keep_with_next = True
        else:
            block.gaps = (stacks[0] is None, stacks[1] is None)
            block.mark = _mark(first)
            block.mark_colour = _mark_colour(first, theme)
        blocks.append(block)
    return blocks


def _mark(row: Row) -> str:
    from ..core.describe import MOVED_MARK, mark

    if row.kind is RowKind.GHOST:
        return MOVED_MARK
    return mark(row.pair) if row.pair is not None else ""


def _mark_colour(row: Row, theme: Theme) -> QColor | None:
    if row.kind is RowKind.GHOST:
        return theme.status_back["moved"]
    pair = row.pair
    if pair is None:
        return None
    colour = theme.status_back.get(pair.status)
    if colour is None and pair.moved:
        colour = theme.status_back["moved"]
    return colour


# -- pagination --------------------------------------------------------------------------------


def paginate(blocks: Sequence[Block], page: Geometry) -> list[list[Slice]]:
    """Places the blocks on pages: whole where they fit, else cut between lines."""
    pages: list[list[Slice]] = [[]]
    body = page.body_height
    pad2 = 2 * page.pad
    line = page.line
    if body - pad2 < line:
        raise PrintError(QCoreApplication.translate("Printing", "the page is too small to hold a line of text below its header: "
            "choose a larger paper size or smaller margins in the Print dialog"))
    y = 0.0
    for number, block in enumerate(blocks):
        stacks = block.stacks()
        starts = [0.0] * len(stacks)
        while True:
            need = block.height(starts) + pad2
            room = body - y
            if block.keep_with_next and number + 1 < len(blocks) and y > 0:
                following = min(blocks[number + 1].height() + pad2, MIN_SLICE_LINES * line)
                if need + following > room:
                    pages.append([])
                    y = 0.0
                    continue
            if need <= room:
                pages[-1].append(Slice(block, y, starts, [s.height for s in stacks], need))
                y += need
                break
            if y > 0 and (need <= body or room - pad2 < MIN_SLICE_LINES * line):
                pages.append([])
                y = 0.0
                continue
            ends = [stack.cut(start, room - pad2) for stack, start in zip(stacks, starts)]
            if ends == starts:   # not one line fits, even on an empty page: cut anyway
                ends = [min(s.height, a + room - pad2) for s, a in zip(stacks, starts)]
            height = max(e - a for e, a in zip(ends, starts)) + pad2
            pages[-1].append(Slice(block, y, starts, ends, height))
            pages.append([])
            y = 0.0
            starts = ends
            if all(e >= s.height for e, s in zip(ends, stacks)):
                break
    if not pages[-1] and len(pages) > 1:
        pages.pop()
    return pages


# -- painting ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """What heads every page: the two column titles and the date, and the filter if on."""

    left: str
    right: str
    printed: str
    changed_only: bool = False


def paint_pages(painter: QPainter, printer: QPrinter, pages: list[list[Slice]],
                page: Geometry, heading: Heading, theme: Theme = LIGHT) -> None:
    for number, slices in enumerate(pages):
        if number:
            if not printer.newPage():
                raise PrintError(QCoreApplication.translate("Printing", "the printer refused a new page (is it out of paper, or "
                    "the disk full?)"))
        _paint_frame(painter, page, heading, number + 1, len(pages))
        for piece in slices:
            _paint_slice(painter, page, piece, theme)


def _paint_frame(painter: QPainter, page: Geometry, heading: Heading, number: int,
                 total: int) -> None:
    painter.save()
    bold = QFont(page.small_font)
    bold.setBold(True)
    metrics = QFontMetricsF(bold, painter.device())
    line = metrics.lineSpacing()
    painter.setPen(GREY)
    painter.setFont(page.small_font)
    title = QCoreApplication.translate("Printing", "Clausewise comparison") + (
        " · " + QCoreApplication.translate("Printing", "changed clauses only") if heading.changed_only else "")
    painter.drawText(QRectF(0, 0, page.width, line), Qt.AlignmentFlag.AlignLeft, title)
    painter.drawText(QRectF(0, 0, page.width, line), Qt.AlignmentFlag.AlignRight,
                     QCoreApplication.translate("Printing", "Printed {date}").format(date=heading.printed))
    painter.setPen(QColor("black"))
    painter.setFont(bold)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine
    for x, text in ((0.0, heading.left), (page.right_x, heading.right)):
        room = page.column_width - page.pad
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, room)
        painter.drawText(QRectF(x + page.pad, line, room, line), flags, shown)
    painter.setPen(QPen(QColor("black"), page.points(0.6)))
    rule = page.header - page.points(3)
    painter.drawLine(QRectF(0, rule, page.width, 0).topLeft(),
                     QRectF(0, rule, page.width, 0).topRight())
    painter.setPen(GREY)
    painter.setFont(page.small_font)
    painter.drawText(QRectF(0, page.height - page.footer + page.points(4), page.width,
                            page.footer), Qt.AlignmentFlag.AlignHCenter,
                     QCoreApplication.translate("Printing", "Page {number} of {total}").format(number=number,
                                                                              total=total))
    painter.restore()


def _paint_slice(painter: QPainter, page: Geometry, piece: Slice, theme: Theme) -> None:
    block = piece.block
    top = page.body_top + piece.y
    height = piece.height
    painter.save()
    if block.note is not None:
        block.note.paint(painter, page.pad, top + page.pad, page.width - 2 * page.pad,
                         piece.starts[0], piece.ends[0])
        painter.restore()
        return
    columns = ((0.0, block.left, block.gaps[0], block.indent[0]),
               (page.right_x, block.right, block.gaps[1], block.indent[1]))
    if block.shade is not None:
        painter.fillRect(QRectF(0, top, page.width, height), block.shade)
    for x, _stack, gap, _indent in columns:
        if gap:
            painter.fillRect(QRectF(x, top, page.column_width, height), GAP_SHADE)
    if block.mark_colour is not None:
        painter.fillRect(QRectF(page.column_width, top, page.gutter, height), block.mark_colour)
    if block.mark and piece.starts == [0.0] * len(piece.starts):
        font = QFont(page.text_font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(page.column_width, top + page.pad, page.gutter, height),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, block.mark)
    index = 0
    for x, stack, _gap, indent in columns:
        if stack is None:
            continue
        stack.paint(painter, x + page.pad + indent, top + page.pad,
                    page.column_width - 2 * page.pad - indent, piece.starts[index],
                    piece.ends[index])
        index += 1
    painter.setPen(QPen(RULE, page.points(0.4)))
    painter.drawLine(QRectF(0, top + height, page.width, 0).topLeft(),
                     QRectF(0, top + height, page.width, 0).topRight())
    painter.restore()


def print_comparison(printer: QPrinter, layout: Layout, left_title: str, right_title: str,
                     changed_only: bool = False, printed: str | None = None) -> int:
    """Prints the laid-out comparison on ``printer``; returns the number of pages.

    Raises ``PrintError`` when the printer (or the PDF file) cannot be opened."""
    page = geometry_for(printer)
    blocks = build_blocks(layout, changed_only, page, printer)
    pages = paginate(blocks, page)
    heading = Heading(left_title, right_title,
                      printed or datetime.now().strftime("%Y-%m-%d %H:%M"), changed_only)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(_cannot_start(printer))
    try:
        paint_pages(painter, printer, pages, page, heading)
    finally:
        painter.end()
    return len(pages)


def _cannot_start(printer: QPrinter) -> str:
    if printer.outputFileName():
        return QCoreApplication.translate("Printing", "cannot write {name}: check that its folder exists and is "
                                          "writable, and that the file is not open elsewhere"
                                          ).format(name=Path(printer.outputFileName()).name)
    name = printer.printerName() or QCoreApplication.translate("Printing", "the printer")
    return QCoreApplication.translate("Printing", "{name} could not be started: check that it is connected and "
                                      "switched on, or choose another printer (or Print to "
                                      "File) in the Print dialog").format(name=name)


# -- the briefing: its PDF pages onto the printer ----------------------------------------------


def print_pdf_pages(printer: QPrinter, pdf_path: str | Path, cancelled=lambda: False) -> int:
    """Prints each page of a PDF, rendered with PDFium, fitted to the printer's page (any
    thread). Returns the number of pages printed.

    PDFium is not thread-safe: its calls hold ``PDFIUM`` (readers/pdfium_lock.py), the
    painting does not, so a draft can be read meanwhile."""
    import pypdfium2 as pdfium

    with PDFIUM:
        pdf = pdfium.PdfDocument(str(pdf_path))
    painter = QPainter()
    try:
        with PDFIUM:
            count = len(pdf)
        if count == 0:
            raise PrintError(QCoreApplication.translate("Printing", "the briefing has no pages"))
        full_page = printer.fullPage()
        printer.setFullPage(True)     # the briefing's pages have their own margins
        try:
            if not painter.begin(printer):
                raise PrintError(_cannot_start(printer))
        finally:
            printer.setFullPage(full_page)
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        dpi = min(BRIEFING_DPI, printer.resolution())
        for number in range(count):
            if cancelled():
                break
            if number and not printer.newPage():
                raise PrintError(QCoreApplication.translate("Printing", "the printer refused a new page"))
            with PDFIUM:
                page = pdf[number]
                image = page_image(page, dpi / 72.0)
                page.close()
            scale = min(target.width() / image.width(), target.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF((target.width() - width) / 2, 0, width, height), image)
        return count
    finally:
        if painter.isActive():
            painter.end()
        with PDFIUM:
            pdf.close()


def page_image(page, scale: float) -> QImage:
    """A PDFium page rendered at ``scale`` (1.0 = 72 dpi) as a QImage that owns its pixels;
    the caller holds ``PDFIUM``."""
    bitmap = page.render(scale=scale, rev_byteorder=True)
    fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 \
        else QImage.Format.Format_RGB888
    image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                   fmt).copy()   # own the pixels before PDFium frees them
    bitmap.close()
    return image


class BriefingSignals(QObject):
    finished = Signal(int)       # pages printed
    failed = Signal(str)         # a one-line message


class BriefingPrintJob(QRunnable):
    """Writes the PDF briefing into a temporary folder and prints its pages (a pool thread)."""

    def __init__(self, comparison: Comparison, options, printer: QPrinter) -> None:
        super().__init__()
        self.comparison, self.options, self.printer = comparison, options, printer
        self.signals = BriefingSignals()

    def run(self) -> None:
        from ..reports import ReportError, export_briefing

        try:
            with tempfile.TemporaryDirectory(prefix="clausewise-print-") as folder:
                path = export_briefing(self.comparison, Path(folder) / "briefing.pdf",
                                       replace(self.options, format="pdf"))
                pages = print_pdf_pages(self.printer, path)
        except (ReportError, PrintError) as error:
            self.signals.failed.emit(str(error))
        except Exception as error:   # never let a thread die silently
            traceback.print_exc()
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(pages)


# -- the window's side -------------------------------------------------------------------------


class PrintActions:
    """File > Print…, Print Preview… and Print Briefing… for ``MainWindow``."""

    _printer_setup: QPrinter | None = None
    _briefing_job: BriefingPrintJob | None = None

    def printer(self) -> QPrinter:
        """The window's printer: the choices made in the Print dialog last until it closes."""
        if self._printer_setup is None:
            self._printer_setup = QPrinter(QPrinter.PrinterMode.HighResolution)
            self._printer_setup.setPageOrientation(QPageLayout.Orientation.Portrait)
        return self._printer_setup

    def _can_print(self) -> bool:
        if self.comparison is None or self.layout_rows is None:
            self.statusBar().showMessage(self.tr("Compare two drafts first: there is nothing to print"),
                                         5000)
            return False
        return True

    def print_comparison(self) -> None:
        """File > Print… (Ctrl+P): the Print dialog, then the comparison as shown."""
        if not self._can_print():
            return
        from PySide6.QtPrintSupport import QPrintDialog
        from PySide6.QtWidgets import QDialog

        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print Comparison"))
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        pages = self.print_to(printer)
        if pages:
            self.statusBar().showMessage(plural().printed(pages),
                                         6000)

    def print_preview(self) -> None:
        """File > Print Preview…: Qt's preview of exactly what Print would print."""
        if not self._can_print():
            return
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(self.printer(), self)
        dialog.setWindowTitle(self.tr("Print Preview"))
        dialog.paintRequested.connect(self.print_to)
        self.preview_dialog = dialog   # the dialog on screen (tests look at it)
        dialog.resize(900, 1000)
        self.run_dialog(dialog)

    def print_to(self, printer: QPrinter) -> int:
        """Prints the comparison on ``printer`` (no dialog); the number of pages, 0 if it
        failed (the user is told why)."""
        if self.layout_rows is None:
            return 0
        from PySide6.QtWidgets import QApplication

        model = self.view.comparison_model
        titles = [model.headerData(column, Qt.Orientation.Horizontal) or ""
                  for column in (Column.LEFT, Column.RIGHT)]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return print_comparison(printer, self.layout_rows, titles[0], titles[1],
                                    self.actions["changed_only"].isChecked())
        except PrintError as error:
            self.show_error(self.tr("Cannot print"), self.tr("Cannot print: {reason}").format(reason=error))
            return 0
        finally:
            QApplication.restoreOverrideCursor()

    def print_briefing(self) -> None:
        """File > Print Briefing…: the export dialog's choices, the Print dialog, then the
        PDF briefing's pages printed off the GUI thread."""
        if not self._can_print() or self._briefing_job is not None:
            return
        from PySide6.QtPrintSupport import QPrintDialog
        from PySide6.QtWidgets import QDialog

        from . import worker
        from .export_dialog import ExportDialog

        choices = ExportDialog(self, self.session, self.settings)
        choices.setWindowTitle(self.tr("Print Briefing"))
        index = choices.format_box.findData("pdf")
        if index >= 0:
            choices.format_box.setCurrentIndex(index)
        choices.format_box.setEnabled(False)   # a printed briefing is the PDF one
        if self.run_dialog(choices) != QDialog.DialogCode.Accepted:
            return
        options = replace(choices.briefing_options(), format="pdf")
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print Briefing"))
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        job = BriefingPrintJob(self.comparison, options, printer)
        job.signals.finished.connect(self._briefing_printed)
        job.signals.failed.connect(self._briefing_failed)
        self._briefing_job = job
        self.statusBar().showMessage(self.tr("Printing the briefing…"))
        worker.pool().start(job)

    def _briefing_printed(self, pages: int) -> None:
        self._briefing_job = None
        self.statusBar().showMessage(
            plural().briefing_printed(pages), 8000)
        self.briefingPrinted.emit(pages)

    def _briefing_failed(self, message: str) -> None:
        self._briefing_job = None
        self.statusBar().clearMessage()
        self.show_error(self.tr("Cannot print the briefing"),
                        self.tr("Cannot print the briefing: {reason}").format(reason=message))
        self.briefingPrinted.emit(0)


__all__ = ["PrintActions", "PrintError", "print_comparison", "print_pdf_pages", "paginate",
           "build_blocks", "geometry_for", "printed_groups"]
