"""The briefing as a Word file (python-docx) that staff can go on editing.

Built on Word's own styles (Title, Heading 1/2/3, TOC 1/2, List Bullet, Table Grid, Normal)
rather than direct formatting, so a team can restyle it with their house template, and the
navigation pane lists every part and article. A real TOC field opens the document (Word
fills in the page numbers when it updates fields, which it offers on opening; until then
each entry is a link to its heading). Tables have a fixed layout and widths in every cell,
and the kind of change sits under the citation rather than in a narrow column of its own, so
no word is ever broken across lines. Deleted words are struck through in red and inserted
words underlined in green: readable without colour as well.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from docx import Document as new_word_document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph

from .content import (COLUMNS, COLUMNS_WITH_NOTES, LANGUAGE_INTRO, NO_MISMATCH, READ_WHOLE,
                      Briefing,
                      BriefingRow, note_text, subtitle)
from . import labels
from .docx_common import mark_every_page, right_to_left, set_properties
from .progress import NO_STEPS, Steps
from .rtl import mostly_rtl

DELETED = RGBColor(0xB3, 0x26, 0x1E)
INSERTED = RGBColor(0x1B, 0x6E, 0x20)
HEADER_FILL = "E8E8E8"
TABLE_STYLE = "Table Grid"


def write_docx(briefing: Briefing, target: Path, steps: Steps = NO_STEPS) -> None:
    """Lays the briefing out as a .docx into ``target`` (a temporary file); ``steps`` hears
    of each article written (and may stop the export)."""
    document = new_word_document()
    try:
        _page_setup(document, briefing)
        _styles(document)
        _cover(document, briefing)
        _contents(document, briefing)
        _summary(document, briefing)
        _detail(document, briefing, steps.part(0.0, 0.85).count(len(briefing.sections)))
    finally:   # the lookups cached for this document must never serve another one
        _STYLE_IDS.pop(id(document.element), None)
    set_properties(document, title=briefing.title, author=briefing.author,
                   subject=_subject(briefing), keywords=briefing.marking,
                   category="Briefing", when=briefing.date)
    steps(0.9)
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
    t = getattr(briefing, "t", lambda text: text)
    footer.add_run(f"{t('Page')} ")
    _field(footer, "PAGE", "1")
    footer.add_run(f" {t('of')} ")
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
    """Sizes that suit a briefing on A4; fonts stay those of the template. The TOC styles
    are added if the template lacks them (Word's own names, so Word uses them)."""
    styles = document.styles
    styles["Normal"].font.size = Pt(9.5)
    for level in (1, 2):
        name = f"TOC {level}"
        if name not in [style.name for style in styles]:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_on = styles["Normal"]
            style.paragraph_format.left_indent = Mm(5 * (level - 1))
            style.paragraph_format.space_after = Pt(0)
            style.font.bold = level == 1
    for name, size in (("Heading 1", 14), ("Heading 2", 11), ("Heading 3", 10)):
        styles[name].font.size = Pt(size)


# --- cover ------------------------------------------------------------------------------------


def _cover(document: WordDocument, briefing: Briefing) -> None:
    document.add_paragraph(briefing.title, style="Title")
    document.add_paragraph(subtitle(briefing), style="Subtitle")
    t = briefing.t
    rows: list[tuple[str, str]] = []
    for draft in briefing.drafts:
        rows += [(draft.role, draft.name or t("(unnamed)")), (t("Title"), draft.title or "—"),
                 (t("Last modified"), draft.modified or t("not available")),
                 ("SHA-256", draft.sha256 or t("not available (file not read)")),
                 (t("Clauses"), str(draft.clauses))]
    rows += [(t("Prepared by"), briefing.author or "—"), (t("Date"), briefing.date_text)]
    if briefing.marking:
        rows.append((t("Handling marking"), briefing.marking))
    rows.append((t("Contents"), t("Changed clauses only") if briefing.changed_only
                 else t("All clauses")))
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles[TABLE_STYLE]
    for key, value in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(key).bold = True
        cells[1].paragraphs[0].add_run(value)
    _widths(table, document, (0.25, 0.75))
    if not briefing.languages:   # language versions are not marked up
        legend = document.add_paragraph(t("How to read the changes: "))
        legend.paragraph_format.space_before = Pt(12)
        _marked_runs(legend, (("-", t("deleted words are struck through")), ("=", labels.semicolon(briefing.language)),
                              ("+", t("inserted words are underlined")), ("=", ".")))
        legend.runs[0].italic = True
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# --- contents -------------------------------------------------------------------------------


def _contents(document: WordDocument, briefing: Briefing) -> None:
    """A TOC field over Heading 1-3, its result filled with links to every heading."""
    _styled(document, briefing.t("Contents"), "TOC Heading")
    entries = [(briefing.t("Executive summary"), "summary", 1)]
    entries += [(section.title, section.key, 1 if section.level == 0 else 2)
                for section in briefing.sections]
    paragraphs = []
    for title, key, level in entries:
        paragraph = _styled(document, "", f"TOC {level}")
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), key)
        link.set(qn("w:history"), "1")
        link.append(_text_run(title))
        paragraph._p.append(link)
        paragraphs.append(paragraph)
    first, last = paragraphs[0], paragraphs[-1]
    begin = [_field_char("begin"), _instruction(' TOC \\o "1-3" \\h \\z \\u '),
             _field_char("separate")]
    for element in reversed(begin):
        properties = first._p.pPr
        if properties is not None:
            properties.addnext(element)
        else:
            first._p.insert(0, element)
    last._p.append(_field_char("end"))
    _update_fields_on_open(document)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _text_run(text: str):
    run = OxmlElement("w:r")
    holder = OxmlElement("w:t")
    holder.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    holder.text = text
    run.append(holder)
    return run


def _field_char(kind: str):
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        char.set(qn("w:dirty"), "true")   # Word refreshes the page numbers
    run.append(char)
    return run


def _instruction(text: str):
    run = OxmlElement("w:r")
    instruction = OxmlElement("w:instrText")
    instruction.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instruction.text = text
    run.append(instruction)
    return run


def _update_fields_on_open(document: WordDocument) -> None:
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)


def _styled(document: WordDocument, text: str, style: str) -> Paragraph:
    """A paragraph in a style of the document, looked up once per name (python-docx looks
    a style up by searching every style, which a 1,000-article briefing cannot afford)."""
    ids = _style_ids(document)
    if style not in ids:
        ids[style] = document.styles[style].style_id
    paragraph = document.add_paragraph(text)
    paragraph._p.style = ids[style]
    return paragraph


def _style_ids(document: WordDocument) -> dict[str, str]:
    return _STYLE_IDS.setdefault(id(document.element), {})


_STYLE_IDS: dict[int, dict[str, str]] = {}


def _heading(document: WordDocument, text: str, level: int, key: str) -> Paragraph:
    """A heading that the TOC and the navigation pane list, with a bookmark named ``key``."""
    paragraph = _styled(document, text, f"Heading {level}")
    _bookmark(paragraph, key, _bookmark_number(document))
    return paragraph


def _bookmark_number(document: WordDocument) -> int:
    ids = _style_ids(document)
    number = int(ids.get("#bookmarks", "0")) + 1
    ids["#bookmarks"] = str(number)
    return number


def _bookmark(paragraph: Paragraph, key: str, number: int) -> None:
    """Bookmark ``key`` around the paragraph's text, with the id ``number``."""
    ident = str(number)
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), ident)
    start.set(qn("w:name"), key)
    end.set(qn("w:id"), ident)
    properties = paragraph._p.pPr
    if properties is not None:
        properties.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(end)


# --- summary ----------------------------------------------------------------------------------


def _summary(document: WordDocument, briefing: Briefing) -> None:
    t = briefing.t
    _heading(document, t("Executive summary"), 1, "summary")
    _substantive(document, briefing)
    table = _table_with_header(document, briefing.count_headings)
    for name, count in briefing.counts:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = t(name), str(count)
    _widths(table, document, (0.3, 0.25))
    glance = [f"{citation}{briefing.colon}{change}" for citation, change in briefing.divisions]
    glance += list(briefing.runs)
    if glance:
        _styled(document, t("Changes at a glance"), "Heading 3")
        for line in glance:
            _styled(document, line, "List Bullet")
    if briefing.languages:
        _styled(document, f"{t('Language versions')}{briefing.colon}{briefing.languages}", "Heading 3")
        document.add_paragraph(t(LANGUAGE_INTRO)).runs[0].italic = True
        if not briefing.mismatches:
            document.add_paragraph(t(NO_MISMATCH))
        for citation, detail in briefing.mismatches:
            paragraph = _styled(document, "", "List Bullet")
            paragraph.add_run(citation).bold = True
            paragraph.add_run(f"{briefing.colon}{detail}")
    elif not briefing.changed:
        document.add_paragraph(t("No clause changed between the two drafts."))
    _styled(document, t("Red lines"), "Heading 3")
    if not briefing.red_lines:
        document.add_paragraph(t("No clause carries a note tagged Red line."))
    for red in briefing.red_lines:
        _linked_entry(document, red.citation, red.key, red.note, briefing.colon)


def _substantive(document: WordDocument, briefing: Briefing) -> None:
    """The "Substantive changes" section: per kind, each change's citation (a link to its
    article) and its old and new words."""
    t = briefing.t
    _styled(document, t("Substantive changes"), "Heading 3")
    if not briefing.substantive:
        document.add_paragraph(t("No substantive change was flagged (obligation, negation, "
                                 "number, cross-reference, party, bracket or placeholder)."))
    for group in briefing.substantive:
        document.add_paragraph().add_run(t(group.title)).bold = True
        for entry in group.entries:
            _linked_entry(document, entry.citation, entry.key, entry.words, briefing.colon)
    if briefing.read_whole:
        paragraph = document.add_paragraph()
        paragraph.add_run(t(READ_WHOLE)).bold = True
        paragraph.add_run(" " + "; ".join(briefing.read_whole))


def _linked_entry(document: WordDocument, citation: str, key: str, text: str,
                  colon: str = ": ") -> None:
    """A bullet: the citation in bold, a link to its article when it is listed; then text."""
    paragraph = _styled(document, "", "List Bullet")
    if key:
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), key)
        run = _text_run(citation)
        properties = OxmlElement("w:rPr")
        properties.append(OxmlElement("w:b"))
        run.insert(0, properties)
        link.append(run)
        paragraph._p.append(link)
    else:
        paragraph.add_run(citation).bold = True
    paragraph.add_run(f"{colon}{text}")


# --- the detail -------------------------------------------------------------------------------


def _detail(document: WordDocument, briefing: Briefing,
            step: Callable[[int], None] = lambda done: None) -> None:
    t = briefing.t
    heading = t("Changed clauses, clause by clause" if briefing.changed_only
                else "All clauses, clause by clause")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _heading(document, heading, 1, "detail")
    if not briefing.rows:
        document.add_paragraph(t("There is nothing to list."))
        return
    legend = document.add_paragraph(
        t("Each article gives, per clause, the two versions one under the other and what does "
          "not agree between them.") if briefing.languages else
        t("Each article gives, per clause: the clause and its kind of change; its text with "
          "deletions struck through and insertions underlined")
        + (t("; the team's notes, where there are some") if briefing.has_notes else "")
        + ". " + t("A removed clause shows its old text alone."))
    legend.runs[0].italic = True
    in_part = False
    for done, section in enumerate(briefing.sections, 1):
        step(done)
        if section.level == 0:
            in_part = True
            _heading(document, section.title, 2, section.key)
            continue
        _heading(document, section.title, 3 if in_part else 2, section.key)
        noted = any(row.notes for row in section.rows)   # a notes column only then
        shares = COLUMNS_WITH_NOTES if noted else COLUMNS
        table = document._body.add_table(len(section.rows), len(shares), _text_width(document))
        _table_style(document, table)
        for row, content in zip(table.rows, section.rows):
            _fill_row(row, content, noted)
        _widths(table, document, shares)


def _fill_row(row: _Row, content: BriefingRow, with_notes: bool) -> None:
    cells = row.cells
    citation, text = cells[0], cells[1]
    first = citation.paragraphs[0]
    first.add_run(content.citation).bold = True
    change = citation.add_paragraph()
    change_run = change.add_run(content.change)
    change_run.italic = True
    change_run.font.size = Pt(8)
    lines = [first, change]
    for flag in content.flags:  # "! Strength of obligation: shall → should"
        line = citation.add_paragraph()
        run = line.add_run(flag)
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor(0x8A, 0x4B, 0x00)
        lines.append(line)
    if content.depth:
        for paragraph in lines:
            paragraph.paragraph_format.left_indent = Pt(5 * min(content.depth, 3))
    if content.versions:   # two language versions, one under the other
        for number, version in enumerate(content.versions):
            paragraph = text.paragraphs[0] if number == 0 else text.add_paragraph()
            paragraph.add_run(version)
            if mostly_rtl(version):
                right_to_left(paragraph)
    else:
        _marked_runs(text.paragraphs[0], content.marked)
        if mostly_rtl("".join(t for _, t in content.marked)):
            right_to_left(text.paragraphs[0])
    if with_notes:
        notes = cells[2]
        for number, note in enumerate(content.notes):
            paragraph = notes.paragraphs[0] if number == 0 else notes.add_paragraph()
            paragraph.add_run(note_text(note)).font.size = Pt(8)


def _marked_runs(paragraph: Paragraph, marked: tuple[tuple[str, str], ...]) -> None:
    """Diff operations as runs: deletions struck through in red, insertions underlined green."""
    for op, text in marked:
        if not text:
            continue
        run = _text_run(text)
        if op in "-+":
            # w:rPr children in schema order: w:strike, then w:color, then w:u.
            properties = OxmlElement("w:rPr")
            colour = OxmlElement("w:color")
            colour.set(qn("w:val"), str(DELETED if op == "-" else INSERTED))
            if op == "-":
                properties.append(OxmlElement("w:strike"))
                properties.append(colour)
            else:
                underline = OxmlElement("w:u")
                underline.set(qn("w:val"), "single")
                properties.append(colour)
                properties.append(underline)
            run.insert(0, properties)
        paragraph._p.append(run)


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


def _text_width(document: WordDocument) -> int:
    """The width between the margins (looked up once: python-docx scans every section)."""
    ids = _style_ids(document)
    if "#width" not in ids:
        section = document.sections[-1]
        ids["#width"] = str(section.page_width - section.left_margin - section.right_margin)
    return int(ids["#width"])


def _table_style(document: WordDocument, table: Table) -> None:
    ids = _style_ids(document)
    if TABLE_STYLE not in ids:
        ids[TABLE_STYLE] = document.styles[TABLE_STYLE].style_id
    table._tbl.tblPr.style = ids[TABLE_STYLE]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT


def _widths(table: Table, document: WordDocument, shares: tuple[float, ...]) -> None:
    """Column widths as shares of the text width, in the grid, the table and every cell,
    with a fixed layout: Word and LibreOffice then never narrow a column below its words."""
    text_width = _text_width(document)
    widths = [int(text_width * share) for share in shares]
    table.autofit = False   # w:tblLayout w:type="fixed"
    properties = table._tbl.tblPr
    table_width = properties.find(qn("w:tblW"))
    if table_width is None:
        table_width = OxmlElement("w:tblW")
        properties.append(table_width)
    table_width.set(qn("w:type"), "dxa")
    table_width.set(qn("w:w"), str(sum(widths) // 635))   # EMU to twentieths of a point
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
