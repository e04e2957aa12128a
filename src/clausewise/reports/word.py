"""The briefing as a Word file (python-docx) that staff can go on editing.

Built on Word's own styles (Title, Heading 1/2, Table Grid, Normal) rather than direct
formatting, so a team can restyle it with their house template. Deleted words are struck
through in red and inserted words underlined in green: readable without colour as well.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as new_word_document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph

from .content import COLUMNS, HEADINGS, Briefing, BriefingRow, note_text
from .docx_common import mark_every_page, right_to_left, set_properties
from .rtl import mostly_rtl

DELETED = RGBColor(0xB3, 0x26, 0x1E)
INSERTED = RGBColor(0x1B, 0x6E, 0x20)
HEADER_FILL = "E8E8E8"
TABLE_STYLE = "Table Grid"


def write_docx(briefing: Briefing, target: Path) -> None:
    """Lays the briefing out as a .docx into ``target`` (a temporary file)."""
    document = new_word_document()
    _page_setup(document, briefing)
    _styles(document)
    _cover(document, briefing)
    _summary(document, briefing)
    _clause_table(document, briefing)
    set_properties(document, title=briefing.title, author=briefing.author,
                   subject=_subject(briefing), keywords=briefing.marking,
                   category="Briefing", when=briefing.date)
    document.save(str(target))


def _subject(briefing: Briefing) -> str:
    old, new = briefing.drafts
    return f"Comparison of {old.name or 'the older draft'} and {new.name or 'the newer draft'}"


# --- page and styles --------------------------------------------------------------------------


def _page_setup(document: WordDocument, briefing: Briefing) -> None:
    """A4, portrait or landscape, with the marking and "Page N of M" on every page."""
    section = document.sections[0]
    width, height = Mm(210), Mm(297)
    if briefing.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(16))
    section.top_margin = section.bottom_margin = Mm(20)
    footer = section.footer.paragraphs[0]
    if briefing.marking:
        mark_every_page(document, briefing.marking)
        footer = section.footer.add_paragraph()
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Page ")
    _field(footer, "PAGE", "1")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES", "1")


def _field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A simple Word field (PAGE, NUMPAGES) that Word and LibreOffice update when shown."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _styles(document: WordDocument) -> None:
    """Sizes that fit a five-column table on A4; fonts stay those of the template."""
    document.styles["Normal"].font.size = Pt(9.5)


# --- cover ------------------------------------------------------------------------------------


def _cover(document: WordDocument, briefing: Briefing) -> None:
    document.add_paragraph(briefing.title, style="Title")
    document.add_paragraph("Comparison of two drafts, clause by clause", style="Subtitle")
    rows: list[tuple[str, str]] = []
    for draft in briefing.drafts:
        rows += [(draft.role, draft.name or "(unnamed)"), ("Title", draft.title or "—"),
                 ("Last modified", draft.modified or "not available"),
                 ("SHA-256", draft.sha256 or "not available (file not read)"),
                 ("Clauses", str(draft.clauses))]
    rows += [("Prepared by", briefing.author or "—"), ("Date", briefing.date_text)]
    if briefing.marking:
        rows.append(("Handling marking", briefing.marking))
    rows.append(("Contents", "Changed clauses only" if briefing.changed_only else "All clauses"))
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles[TABLE_STYLE]
    for key, value in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(key).bold = True
        cells[1].paragraphs[0].add_run(value)
    _widths(table, document, (0.25, 0.75))
    legend = document.add_paragraph("How to read the changes: ")
    legend.paragraph_format.space_before = Pt(12)
    _marked_runs(legend, (("-", "deleted words are struck through"), ("=", "; "),
                          ("+", "inserted words are underlined"), ("=", ".")))
    legend.runs[0].italic = True
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# --- summary ----------------------------------------------------------------------------------


def _summary(document: WordDocument, briefing: Briefing) -> None:
    document.add_heading("Executive summary", level=1)
    table = _table_with_header(document, ("Change", "Articles and other units"))
    for name, count in briefing.counts:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, str(count)
    _widths(table, document, (0.3, 0.25))
    document.add_heading("Changed clauses", level=2)
    if not briefing.changed:
        document.add_paragraph("No clause changed between the two drafts.")
        return
    table = _table_with_header(document, ("Clause", "Change"))
    for citation, change in briefing.changed:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = citation, change
    _widths(table, document, (0.6, 0.4))


# --- clause-by-clause table -------------------------------------------------------------------


def _clause_table(document: WordDocument, briefing: Briefing) -> None:
    heading = "Changed clauses" if briefing.changed_only else "All clauses"
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading(f"{heading}, clause by clause", level=1)
    if not briefing.rows:
        document.add_paragraph("There is nothing to list.")
        return
    table = _table_with_header(document, HEADINGS)
    for row in briefing.rows:
        _fill_row(table.add_row(), row)
    _widths(table, document, COLUMNS)


def _fill_row(row: _Row, content: BriefingRow) -> None:
    citation, old, new, change, notes = row.cells
    citation.paragraphs[0].add_run(content.citation).bold = True
    if content.depth:
        citation.paragraphs[0].paragraph_format.left_indent = Pt(5 * min(content.depth, 3))
    old.paragraphs[0].add_run(content.old_text)
    _marked_runs(new.paragraphs[0], content.marked)
    for paragraph, text in ((old.paragraphs[0], content.old_text),
                            (new.paragraphs[0], "".join(t for _, t in content.marked))):
        if mostly_rtl(text):
            right_to_left(paragraph)
    change.paragraphs[0].add_run(content.change)
    for number, note in enumerate(content.notes):
        paragraph = notes.paragraphs[0] if number == 0 else notes.add_paragraph()
        paragraph.add_run(note_text(note))


def _marked_runs(paragraph: Paragraph, marked: tuple[tuple[str, str], ...]) -> None:
    """Diff operations as runs: deletions struck through in red, insertions underlined green."""
    for op, text in marked:
        if not text:
            continue
        run = paragraph.add_run(text)
        if op == "-":
            run.font.strike = True
            run.font.color.rgb = DELETED
        elif op == "+":
            run.font.underline = True
            run.font.color.rgb = INSERTED


def _table_with_header(document: WordDocument, headings: tuple[str, ...]) -> Table:
    """A Table Grid table whose shaded first row repeats at the top of every page."""
    table = document.add_table(rows=1, cols=len(headings))
    table.style = document.styles[TABLE_STYLE]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    header = table.rows[0]
    for cell, text in zip(header.cells, headings):
        cell.paragraphs[0].add_run(text).bold = True
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), HEADER_FILL)
        cell._tc.get_or_add_tcPr().append(shading)
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(repeat)
    return table


def _widths(table: Table, document: WordDocument, shares: tuple[float, ...]) -> None:
    """Column widths as shares of the text width (Word reads them from every cell)."""
    section = document.sections[-1]
    text_width = section.page_width - section.left_margin - section.right_margin
    widths = [int(text_width * share) for share in shares]
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
