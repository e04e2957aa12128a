"""The N-column table of a negotiation: one row per provision, one column per draft.

Delegations exchange such tables ("four-column documents"): each column a position or a
draft, each row a provision, and a last column for comments. Each cell holds that draft's
text of the provision, with the changes from the column before marked (deletions struck
through in red, insertions underlined in green) and its citation in that draft on top; a
cell is blank where the provision did not exist. The first column names the provision (as
the newest draft cites it) and says what happened to it ("added in D2, modified in D3").

Written as Word (python-docx; the table can be edited on, the Notes column filled in) or PDF
(reportlab), landscape by default, with the handling marking on every page, through
``output.write_atomically`` like every export.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping, Sequence

from ..core.lineage import History, Lineage, describe, story
from ..core.result import DiffOp
from . import labels
from .content import note_text, one_line, printable, readable_marks
from .options import AnnotationNote, BriefingOptions, ReportError
from .output import check_target, write_atomically
from .progress import Cancel, Progress, Steps

#: The share of the width for the provision column and for the notes column; the drafts
#: share the rest equally.
NAME_SHARE = 0.12
NOTES_SHARE = 0.12
MAX_DRAFTS = 12


@dataclass(frozen=True)
class HistoryRow:
    name: str                                      # "Article 6" (newest citation)
    story: str                                     # "modified in D2, renumbered ... in D3"
    citations: tuple[str | None, ...]              # per draft
    cells: tuple[tuple[DiffOp, ...] | None, ...]   # per draft: marked text, None if absent
    notes: tuple[AnnotationNote, ...] = ()


@dataclass(frozen=True)
class HistoryTable:
    title: str
    author: str
    marking: str
    landscape: bool
    date_text: str
    labels: tuple[str, ...]
    names: tuple[str, ...]           # the drafts' file names (or titles)
    rows: tuple[HistoryRow, ...]
    changed_only: bool
    when: datetime
    #: The language of the table's own words (``BriefingOptions.language``); the drafts'
    #: words and citations are printed as they are.
    language: str = "en"

    @property
    def t(self):
        """The table's labels in its language (the page frames use it: "Page N of M")."""
        return labels.translator(self.language)

    @property
    def colon(self) -> str:
        return labels.colon(self.language)


def build_table(history: History, options: BriefingOptions,
                names: Sequence[str] | None = None,
                notes: Mapping[int, Sequence[AnnotationNote]] | None = None) -> HistoryTable:
    """What the table says, independent of PDF or Word. ``notes`` are keyed by the index of
    the lineage in ``history.lineages``."""
    notes = notes or {}
    count = len(history.documents)
    names = tuple(names) if names else tuple(doc.title or label
                                             for doc, label in zip(history.documents,
                                                                   history.labels))
    rows = []
    for index, lineage in enumerate(history.lineages):
        shown = tuple(note for note in notes.get(index, ()) if options.shows_note(note))
        if options.changed_only and not lineage.changed and not shown:
            continue
        rows.append(HistoryRow(
            name=printable(history.row_name(lineage)),
            story=printable(_story(lineage, history, options)),
            citations=tuple(lineage.citation(d) for d in range(count)),
            cells=tuple(_cell(lineage, d) for d in range(count)), notes=shown))
    when = options.now or datetime.now(timezone.utc)
    t = labels.translator(options.language)
    title = one_line(printable(options.title)) or (
        f"{t('Negotiating history')}{labels.colon(options.language)}"
        f"{one_line(printable(history.documents[-1].title))}"
        if history.documents[-1].title else t("Negotiating history"))
    return HistoryTable(title=title, author=one_line(printable(options.author)),
                        marking=one_line(printable(options.marking)),
                        landscape=options.landscape,
                        date_text=labels.date_text(when, options.language, with_time=False),
                        labels=tuple(one_line(printable(label)) for label in history.labels),
                        names=tuple(one_line(printable(name)) for name in names),
                        rows=tuple(rows), changed_only=options.changed_only, when=when,
                        language=options.language)


def _story(lineage: Lineage, history: History, options: BriefingOptions) -> str:
    """The provision's story in the table's language, composed from its events as the
    window's History view does; in English the engine's own sentence."""
    said = labels.story_phrase(story(lineage, history.labels), options.language)
    return said if said is not None else describe(lineage, history.labels)


def _cell(lineage: Lineage, draft: int) -> tuple[DiffOp, ...] | None:
    marked = lineage.marked(draft)
    if marked is None:
        return None
    return readable_marks((op, printable(text)) for op, text in marked)


def export_history(history: History, path: str | Path, options: BriefingOptions | None = None,
                   *, names: Sequence[str] | None = None,
                   notes: Mapping[int, Sequence[AnnotationNote]] | None = None,
                   progress: Progress | None = None, cancel: Cancel | None = None) -> Path:
    """Writes the table as PDF (``.pdf``) or Word (``.docx``); returns the path written."""
    options = options or BriefingOptions(landscape=True, changed_only=False)
    if len(history.documents) > MAX_DRAFTS:
        raise ReportError(f"a table of {len(history.documents)} drafts would be unreadable: "
                          f"choose at most {MAX_DRAFTS}")
    target = check_target(path, (".pdf", ".docx"))
    steps = Steps(progress, cancel)
    steps(0.0)
    table = build_table(history, options, names, notes)
    write = _write_pdf if target.suffix.lower() == ".pdf" else _write_docx
    written = write_atomically(target, lambda temp: write(table, temp, steps.part(0.05, 1.0)))
    steps(1.0)
    return written


def _shares(table: HistoryTable) -> list[float]:
    drafts = len(table.labels)
    rest = 1.0 - NAME_SHARE - NOTES_SHARE
    return [NAME_SHARE] + [rest / drafts] * drafts + [NOTES_SHARE]


def _headings(table: HistoryTable) -> list[str]:
    return ([table.t("Provision")] + [f"{label}\n{name}" if name and name != label else label
                                      for label, name in zip(table.labels, table.names)]
            + [table.t("Notes")])


# --- Word -------------------------------------------------------------------------------------


def _write_docx(table: HistoryTable, target: Path, steps: Steps) -> None:
    from docx import Document as new_word_document
    from docx.shared import Pt

    from .docx_common import set_properties
    from .word import _marked_runs, _page_setup, _styles, _table_style, _table_with_header, \
        _widths

    document = new_word_document()
    _page_setup(document, table)   # A4, orientation, marking, "Page N of M"
    _styles(document)
    document.styles["Normal"].font.size = Pt(8.5)
    document.add_paragraph(table.title, style="Title")
    colon, t = table.colon, table.t
    intro = document.add_paragraph(
        labels.history_intro(len(table.labels), table.language) + colon
        + labels.semicolon(table.language).join(f"{label}{colon}{name}" for label, name
                                                in zip(table.labels, table.names))
        + f". {table.date_text}"
        + (f". {t('Prepared by')}{colon}{table.author}" if table.author else "")
        + ". " + labels.history_cells(table.language))
    intro.runs[0].italic = True
    grid = _table_with_header(document, tuple(_headings(table)))
    _table_style(document, grid)
    step = steps.part(0.0, 0.9).count(len(table.rows))
    for done, row in enumerate(table.rows, 1):
        step(done)
        cells = grid.add_row().cells
        name = cells[0].paragraphs[0]
        name.add_run(row.name).bold = True
        story = cells[0].add_paragraph().add_run(row.story)
        story.italic = True
        story.font.size = Pt(7.5)
        for cell, citation, marked in zip(cells[1:-1], row.citations, row.cells):
            if marked is None:
                continue
            lines = _lines(marked)
            if not _cites_itself(lines, citation):
                cell.paragraphs[0].add_run(citation or "").bold = True
                for line in lines:
                    _marked_runs(cell.add_paragraph(), line)
            else:
                for number, line in enumerate(lines):
                    _marked_runs(cell.paragraphs[0] if number == 0 else cell.add_paragraph(),
                                 line)
        for number, note in enumerate(row.notes):
            paragraph = cells[-1].paragraphs[0] if number == 0 else cells[-1].add_paragraph()
            paragraph.add_run(note_text(note)).font.size = Pt(7.5)
    _widths(grid, document, tuple(_shares(table)))
    set_properties(document, title=table.title, author=table.author,
                   subject=table.t("Negotiating history"),
                   keywords=table.marking, category="History", when=table.when)
    steps(0.95)
    document.save(str(target))


def _cites_itself(lines: list[tuple[DiffOp, ...]], citation: str | None) -> bool:
    """Whether the text starts with a unit's citation line (a split or merged provision)."""
    if not lines or not citation:
        return False
    first = "".join(text for _, text in lines[0]).strip()
    return citation.startswith(first) or first.startswith(citation.split(" + ")[0])


def _lines(marked: Sequence[DiffOp]) -> list[tuple[DiffOp, ...]]:
    """Diff operations cut at line ends: one Word paragraph per line of the text."""
    lines: list[list[DiffOp]] = [[]]
    for op, text in marked:
        for number, piece in enumerate(text.split("\n")):
            if number:
                lines.append([])
            if piece:
                lines[-1].append((op, piece))
    return [tuple(line) for line in lines if line]


# --- PDF --------------------------------------------------------------------------------------


def _write_pdf(table: HistoryTable, target: Path, steps: Steps) -> None:
    from functools import partial

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table

    from .fonts import REGULAR, register_fonts
    from .pdf import (CELL_PADDING, MARGIN, _grid, _marked_para, _page_frame, _para, _styles,
                      split_marked)

    register_fonts()
    styles = _styles()
    cell_style = ParagraphStyle("history_cell", styles["cell"], fontSize=7.5, leading=9.5)
    pagesize = landscape(A4) if table.landscape else A4
    width = pagesize[0] - 2 * MARGIN
    widths = [share * width for share in _shares(table)]
    inner = [w - 2 * CELL_PADDING for w in widths]

    def header_row() -> list:
        return [_para(text, styles["cell_bold"], inner[i])
                for i, text in enumerate(_headings(table))]

    # The column heads are drawn at the top of every later page by the page frame (a table's
    # own repeated header would also come back in mid-page where reportlab splits a row),
    # and are a table of their own above the first row on the first page.
    heads = Table([header_row()], colWidths=widths)
    heads.setStyle(_grid(header_rows=1))
    _, heads_height = heads.wrap(width, pagesize[1])
    top = MARGIN + 6 * mm
    doc = SimpleDocTemplate(
        str(target), pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=top + heads_height, bottomMargin=MARGIN + 6 * mm, title=table.title,
        author=table.author or "Clausewise", creator="Clausewise",
        subject=table.t("Negotiating history"), initialFontName=REGULAR,
        invariant=1)
    first = Table([header_row()], colWidths=widths)
    first.setStyle(_grid(header_rows=1))
    story = [_para(table.title, styles["h1"], width),
             _para(" · ".join(f"{label}{table.colon}{name}" for label, name in
                              zip(table.labels, table.names))
                   + f" · {table.date_text}"
                   + (f" · {table.t('Prepared by')}{table.colon}{table.author}"
                      if table.author else ""),
                   styles["note"], width),
             first]
    # One table per row: reportlab re-measures the rest of a table at every page break, so
    # one long table costs the square of its rows. A tall row continues overleaf.
    step = steps.part(0.0, 0.3).count(len(table.rows))
    for done, row in enumerate(table.rows, 1):
        step(done)
        parts = _page_sized(row, cell_style, inner, 0.45 * doc.height, _marked_para,
                            split_marked, table.t("(continued)"))
        grid = Table([_pdf_row(part, styles, cell_style, inner, _para, _marked_para)
                      for part in parts], colWidths=widths, splitInRow=1)
        grid.setStyle(_grid(header_rows=0))
        story.append(grid)
    frame = partial(_page_frame, briefing=table, pagesize=pagesize, total=-1)

    def later(canvas, doc) -> None:
        frame(canvas, doc)
        heads.drawOn(canvas, MARGIN, pagesize[1] - top - heads_height)

    laid_out = steps.part(0.3, 1.0).count(len(story))
    count = iter(range(1, 1 << 30))
    doc.afterFlowable = lambda flowable: laid_out(next(count))   # a split row counts twice
    # One pass: the canvas keeps each page until the end, then writes "Page N of M".
    doc.build(story, onFirstPage=frame, onLaterPages=later,
              canvasmaker=partial(_numbered_canvas_class(table.t), pagesize=pagesize))


def _numbered_canvas_class(t=lambda text: text):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from .fonts import REGULAR
    from .pdf import MARGIN

    class NumberedCanvas(Canvas):
        """Holds every page until the document is saved, then numbers them "Page N of M"
        (one layout pass instead of two)."""

        def __init__(self, *args, pagesize, **kwargs) -> None:
            super().__init__(*args, pagesize=pagesize, **kwargs)
            self._pages: list[dict] = []
            self._size = pagesize

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.saveState()
                self.setFont(REGULAR, 7.5)
                self.setFillColor(colors.HexColor("#444444"))
                self.drawRightString(self._size[0] - MARGIN, MARGIN - 1 * mm,
                                     f"{t('Page')} {self._pageNumber} {t('of')} {total}")
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def _page_sized(row: HistoryRow, style, inner: list[float], height: float, marked_para,
                split_marked, continued: str = "(continued)") -> list[HistoryRow]:
    """The row, or several "continued" rows where a cell would be taller than a page (a
    paragraph cannot be split across pages inside a table cell). Only long texts are
    measured."""
    if max((sum(len(text) for _, text in cell) for cell in row.cells if cell), default=0) < 1200:
        return [row]
    tallest = 0.0
    for cell, width in zip(row.cells, inner[1:-1]):
        if cell:
            tallest = max(tallest, sum(marked_para(line, style, width).wrap(width, height)[1]
                                       for line in _lines(cell)))
    parts = int(-(-tallest // height))   # pieces of at most half a page: whatever reportlab
    # splits off a piece in a row then fits on the next page
    if parts <= 1:
        return [row]
    pieces = [split_marked(cell, parts) if cell else [None] * parts for cell in row.cells]
    return [replace(row, name=row.name if n == 0 else f"{row.name} {continued}",
                    story=row.story if n == 0 else "",
                    cells=tuple(piece[n] or None for piece in pieces),
                    notes=row.notes if n == 0 else ())
            for n in range(parts)]


def _pdf_row(row: HistoryRow, styles, cell_style, inner: list[float], para, marked_para) -> list:
    cells: list = [[para(row.name, styles["cell_bold"], inner[0])]
                   + ([para(row.story, styles["small"], inner[0])] if row.story else [])]
    for citation, marked, width in zip(row.citations, row.cells, inner[1:-1]):
        if marked is None:
            cells.append("")
            continue
        lines = _lines(marked)
        cell = [] if _cites_itself(lines, citation) else [
            para(citation or "", styles["cell_bold"], width)]
        cell += [marked_para(line, cell_style, width) for line in lines]
        cells.append(cell)
    cells.append([para(note_text(note), styles["small"], inner[-1]) for note in row.notes])
    return cells
