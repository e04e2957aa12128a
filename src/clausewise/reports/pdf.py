"""The briefing as a PDF (reportlab): cover, contents, executive summary, then the detail.

Printable as it is: A4 portrait or landscape, the handling marking at the head and foot of
every page, "Page N of M", and the bundled fonts embedded so any script prints. Navigable:
a bookmark (outline entry) for every part and article, and a table of contents whose page
numbers link to them. The document is laid out twice: the first pass learns the page of
every heading and the number of pages, the second prints them (the contents take the same
room in both passes, so nothing moves).
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import timezone
from functools import partial
from pathlib import Path
from typing import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.utils import TimeStamp
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from .content import (COLUMNS, COLUMNS_WITH_NOTES, HEADINGS, LANGUAGE_INTRO, NO_MISMATCH,
                      READ_WHOLE, Briefing, BriefingRow, DraftFacts, note_text, subtitle)
from . import labels
from .docx_common import utc
from .progress import NO_STEPS, Steps
from .fonts import BOLD, ITALIC, REGULAR, markup, mostly_cjk, register_fonts
from .rtl import has_rtl, mostly_rtl, visual_paragraph, visual_runs

DELETED = colors.HexColor("#b3261e")   # struck through: readable without colour too
INSERTED = colors.HexColor("#1b6e20")  # underlined
RULE = colors.HexColor("#9e9e9e")
HEADER_FILL = colors.HexColor("#e8e8e8")
MARGIN = 16 * mm
CELL_PADDING = 3



def write_pdf(briefing: Briefing, target: Path, steps: Steps = NO_STEPS) -> None:
    """Lays the briefing out into ``target`` (a temporary file the caller renames);
    ``steps`` hears of each flowable laid out (and may stop the export)."""
    register_fonts()
    styles = _styles()
    pagesize = landscape(A4) if briefing.landscape else A4
    pages: dict[str, int] = {}
    total = 0
    for layout in range(2):   # pass 1 learns the pages, pass 2 prints them
        doc = _BriefingTemplate(
            str(target), pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN + 6 * mm,
            title=briefing.title, author=briefing.author or "Clausewise", creator="Clausewise",
            subject=_subject(briefing), keywords=[briefing.marking] if briefing.marking else [],
            initialFontName=REGULAR, invariant=1)   # same briefing, same bytes
        width = doc.width
        story = _cover(briefing, styles, width) + [PageBreak()]
        story += _contents(briefing, styles, width, pages)
        story += _summary(briefing, styles, width)
        story += _detail(briefing, styles, width, doc.height)
        doc.briefing_date = briefing.date
        doc.steps = steps.part(layout / 2, (layout + 1) / 2).count(len(story))
        frame = partial(_page_frame, briefing=briefing, pagesize=pagesize, total=total)
        doc.build(story, onFirstPage=frame, onLaterPages=frame)
        pages, total = doc.pages, doc.page_count


class _BriefingTemplate(SimpleDocTemplate):
    """Records the page of every heading that carries a bookmark, and adds the bookmark."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.pages: dict[str, int] = {}
        self.page_count = 0
        self.steps: Callable[[int], None] = lambda done: None
        self.laid_out = 0

    def afterFlowable(self, flowable) -> None:
        self.laid_out += 1   # a table split over pages counts once per piece: steps clamps
        self.steps(self.laid_out)
        mark = getattr(flowable, "bookmark", None)
        if mark is not None:
            key, title, level = mark
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level >= 1)
            self.pages[key] = self.page

    def afterPage(self) -> None:
        self.page_count = self.page

    def beforeDocument(self) -> None:
        """The file's creation date is the briefing's date (reportlab's invariant mode,
        which also makes the file's ID a digest of its content, would say 1 January 2000)."""
        stamp = TimeStamp(invariant=True)
        when = utc(self.briefing_date)
        stamp.t = when.replace(tzinfo=timezone.utc).timestamp()
        stamp.lt = stamp.YMDhms = tuple(when.timetuple())[:6]
        self.canv._doc._timeStamp = stamp


def _bookmarked(paragraph: Paragraph, key: str, title: str, level: int) -> Paragraph:
    paragraph.bookmark = (key, title, level)
    return paragraph


def _subject(briefing: Briefing) -> str:
    old, new = briefing.drafts
    return f"Comparison of {old.name or 'the older draft'} and {new.name or 'the newer draft'}"


# --- styles -----------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5)
    return {
        "body": body,
        "title": ParagraphStyle("title", body, fontName=BOLD, fontSize=20, leading=25,
                                spaceAfter=6 * mm),
        "h1": ParagraphStyle("h1", body, fontName=BOLD, fontSize=14, leading=18,
                             spaceBefore=4 * mm, spaceAfter=3 * mm),
        "h2": ParagraphStyle("h2", body, fontName=BOLD, fontSize=11, leading=14,
                             spaceBefore=3 * mm, spaceAfter=2 * mm, keepWithNext=1),
        "part": ParagraphStyle("part", body, fontName=BOLD, fontSize=13, leading=16,
                               spaceBefore=5 * mm, spaceAfter=2 * mm, keepWithNext=1),
        "article": ParagraphStyle("article", body, fontName=BOLD, fontSize=10, leading=13,
                                  spaceBefore=3 * mm, spaceAfter=1.5 * mm, keepWithNext=1),
        "toc": ParagraphStyle("toc", body, fontSize=8.5, leading=10.5),
        "toc_part": ParagraphStyle("toc_part", body, fontName=BOLD, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", body, fontSize=8, leading=10),
        "cell_bold": ParagraphStyle("cell_bold", body, fontName=BOLD, fontSize=8, leading=10),
        "note": ParagraphStyle("note", body, fontName=ITALIC, fontSize=8.5, leading=11),
        "small": ParagraphStyle("small", body, fontSize=7.5, leading=9.5),
    }


def _para(text: str, style: ParagraphStyle, width: float | None = None) -> Paragraph:
    """A Paragraph of plain text: escaped, with the fallback font where needed.

    ``width`` is the line width available, which right-to-left text needs to be cut to.
    """
    return _marked_para((("=", text),), style, width)


def _marked_para(marked: Sequence[tuple[str, str]], style: ParagraphStyle,
                 width: float | None) -> Paragraph:
    """A Paragraph of diff operations: deletions struck through, insertions underlined.

    Chinese lines may break between characters; Arabic and Hebrew are shaped and ordered
    for display, and a paragraph mostly in those scripts is right-aligned.
    """
    plain = "".join(text for _, text in marked)
    if mostly_cjk(plain):
        style = ParagraphStyle(style.name + "_cjk", style, wordWrap="CJK")
    if has_rtl(plain):
        measure = partial(stringWidth, fontName=REGULAR, fontSize=style.fontSize)
        if mostly_rtl(plain):
            marked = visual_paragraph(marked, measure, width)
            style = ParagraphStyle(style.name + "_rtl", style, alignment=TA_RIGHT)
        else:
            marked = visual_runs(marked, measure, width)
    return Paragraph(marked_markup(marked), style)


def _grid(header_rows: int = 1) -> TableStyle:
    style = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else reportlab sets Helvetica per cell
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ])
    if header_rows:
        style.add("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL)
    return style


# --- cover ------------------------------------------------------------------------------------


def _cover(briefing: Briefing, styles: dict[str, ParagraphStyle], width: float) -> list:
    story: list = [Spacer(1, 12 * mm), _para(briefing.title, styles["title"], width),
                   _para(subtitle(briefing), styles["h2"])]
    t = briefing.t
    rows = []
    for draft in briefing.drafts:
        rows += _draft_rows(draft, t)
    rows += [(t("Prepared by"), briefing.author or "—"), (t("Date"), briefing.date_text)]
    if briefing.marking:
        rows.append((t("Handling marking"), briefing.marking))
    rows.append((t("Contents"), t("All clauses") if not briefing.changed_only
                 else t("Changed clauses only")))
    cell, bold = styles["cell"], styles["cell_bold"]
    data = [[_para(key, bold), _para(value, cell, 0.75 * width - 12)] for key, value in rows]
    table = Table(data, colWidths=[0.25 * width, 0.75 * width], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)]))
    story += [Spacer(1, 4 * mm), table, Spacer(1, 8 * mm)]
    if not briefing.languages:   # language versions are not marked up
        story.append(_legend(styles, t, labels.semicolon(briefing.language)))
    return story


def _draft_rows(draft: DraftFacts, t=lambda text: text) -> list[tuple[str, str]]:
    return [
        (draft.role, draft.name or t("(unnamed)")),
        ("    " + t("Title"), draft.title or "—"),
        ("    " + t("Last modified"), draft.modified or t("not available")),
        ("    SHA-256", draft.sha256 or t("not available (file not read)")),
        ("    " + t("Clauses"), str(draft.clauses)),
    ]


def _legend(styles: dict[str, ParagraphStyle], t=lambda text: text,
            semicolon: str = "; ") -> Paragraph:
    text = (t("How to read the changes: ")
            + marked_markup((("-", t("deleted words are struck through")), ("=", semicolon),
                             ("+", t("inserted words are underlined")), ("=", "."))))
    return Paragraph(text, styles["note"])


# --- contents and executive summary ---------------------------------------------------------


def _contents(briefing: Briefing, styles: dict[str, ParagraphStyle], width: float,
              pages: dict[str, int]) -> list:
    """The table of contents: every part and article, its page, a link to it.

    ``pages`` is empty in the first pass: the numbers are then blanks of the same width.
    """
    t = briefing.t
    story: list = [_bookmarked(_para(t("Contents"), styles["h1"]), "contents", t("Contents"), 0)]
    entries = [(t("Executive summary"), "summary", 0)]
    entries += [(section.title, section.key, section.level) for section in briefing.sections]
    number_width = 14 * mm
    data = []
    for title, key, level in entries:
        style = styles["toc_part"] if level == 0 else styles["toc"]
        indent = ParagraphStyle(f"toc{level}", style, leftIndent=0 if level == 0 else 4 * mm)
        page = str(pages[key]) if key in pages else ""
        link = f'<a href="#{key}">{markup(title)}</a>'
        number = f'<a href="#{key}">{page}</a>' if page else ""
        data.append([Paragraph(link, indent), Paragraph(number, ParagraphStyle(
            "toc_page", style, alignment=TA_RIGHT))])
    table = Table(data, colWidths=[width - number_width, number_width], hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return story + [table, PageBreak()]


def _summary(briefing: Briefing, styles: dict[str, ParagraphStyle], width: float) -> list:
    cell, bold = styles["cell"], styles["cell_bold"]
    t = briefing.t
    story: list = [_bookmarked(_para(t("Executive summary"), styles["h1"]), "summary",
                               t("Executive summary"), 0)]
    story += _substantive(briefing, styles)
    counts = [[_para(heading, bold) for heading in briefing.count_headings]]
    counts += [[_para(t(name), cell), _para(str(count), cell)] for name, count in briefing.counts]
    table = Table(counts, colWidths=[0.3 * width, 0.25 * width], hAlign="LEFT", repeatRows=1)
    table.setStyle(_grid())
    story.append(table)
    glance = [f"{citation}{briefing.colon}{change}" for citation, change in briefing.divisions]
    glance += list(briefing.runs)
    if glance:
        story.append(_para(t("Changes at a glance"), styles["h2"]))
        story += [_para("• " + line, styles["body"], width) for line in glance]
    if briefing.languages:
        story.append(_para(f"{t('Language versions')}{briefing.colon}{briefing.languages}", styles["h2"]))
        story.append(_para(t(LANGUAGE_INTRO), styles["note"], width))
        if not briefing.mismatches:
            story.append(_para(t(NO_MISMATCH), styles["body"], width))
        for citation, detail in briefing.mismatches:
            story.append(Paragraph(f"• <b>{markup(citation)}</b>{briefing.colon}{markup(detail)}",
                                   styles["body"]))
    elif not briefing.changed:
        story.append(_para(t("No clause changed between the two drafts."), styles["body"]))
    story.append(_para(t("Red lines"), styles["h2"]))
    if not briefing.red_lines:
        story.append(_para(t("No clause carries a note tagged Red line."), styles["body"]))
    for red in briefing.red_lines:
        cited = (f'<a href="#{red.key}">{markup(red.citation)}</a>' if red.key
                 else markup(red.citation))
        story.append(Paragraph(f"• <b>{cited}</b>{briefing.colon}{markup(red.note)}", styles["body"]))
    return story


def _substantive(briefing: Briefing, styles: dict[str, ParagraphStyle]) -> list:
    """The "Substantive changes" section: per kind, each change's citation (a link to its
    article) and its old and new words."""
    t = briefing.t
    story: list = [_para(t("Substantive changes"), styles["h2"])]
    if not briefing.substantive:
        story.append(_para(t("No substantive change was flagged (obligation, negation, number, "
                             "cross-reference, party, bracket or placeholder)."), styles["body"]))
    for group in briefing.substantive:
        story.append(Paragraph(f"<b>{markup(t(group.title))}</b>", styles["body"]))
        for entry in group.entries:
            cited = (f'<a href="#{entry.key}">{markup(entry.citation)}</a>' if entry.key
                     else markup(entry.citation))
            story.append(Paragraph(f"• <b>{cited}</b>{briefing.colon}{markup(entry.words)}", styles["body"]))
    if briefing.read_whole:
        story.append(Paragraph(f"<b>{markup(t(READ_WHOLE))}</b> "
                               f"{markup('; '.join(briefing.read_whole))}", styles["body"]))
    story.append(Spacer(1, 3 * mm))
    return story


# --- the detail: parts, articles and their rows -----------------------------------------------


def _detail(briefing: Briefing, styles: dict[str, ParagraphStyle], width: float,
            height: float) -> list:
    t = briefing.t
    heading = t("Changed clauses, clause by clause" if briefing.changed_only
                else "All clauses, clause by clause")
    story: list = [PageBreak(), _bookmarked(_para(heading, styles["h1"]), "detail", heading, 0)]
    if not briefing.rows:
        story.append(_para(t("There is nothing to list."), styles["body"]))
        return story
    headings = [t(text) for text in HEADINGS[:3 if briefing.has_notes else 2]]
    if briefing.languages:
        story.append(_para(t("Each article below gives, per clause, the two versions one under "
                             "the other and what does not agree between them."), styles["note"],
                           width))
    else:
        story.append(_para(t("Each article below gives, per clause: ")
                           + " | ".join(headings)
                           + (t(" (where there are notes)") if briefing.has_notes else "")
                           + ". " + t("A removed clause shows its old text alone."),
                           styles["note"], width))
    in_part = False
    for section in briefing.sections:
        if section.level == 0:
            in_part = True
            story.append(_bookmarked(_para(section.title, styles["part"], width), section.key,
                                     section.title, 1))
            continue
        level = 2 if in_part else 1
        story.append(_bookmarked(_para(section.title, styles["article"], width), section.key,
                                 section.title, level))
        noted = any(row.notes for row in section.rows)   # a notes column only then
        widths = [share * width for share in (COLUMNS_WITH_NOTES if noted else COLUMNS)]
        data = []
        for row in section.rows:
            data += [_row_cells(part, styles, widths, noted)
                     for part in _page_sized(row, styles, widths, height)]
        table = Table(data, colWidths=widths)
        table.setStyle(_grid(header_rows=0))
        story.append(table)
    return story


#: Below this many characters in every cell, a row surely fits on a page (no need to measure).
_SURELY_FITS = 1500


def _page_sized(row: BriefingRow, styles: dict[str, ParagraphStyle], widths: list[float],
                page_height: float) -> list[BriefingRow]:
    """The row, or several "continued" rows if it is too tall for one page.

    reportlab can split inside a table row, but then repeats the table header in the middle
    of the page; cutting an overlong clause into page-sized rows ourselves keeps the table
    regular. Only rows with long texts are measured, so the usual briefing pays nothing.
    """
    notes = "\n".join(note_text(note) for note in row.notes)
    longest = max(sum(len(text) for _, text in row.marked), len(notes))
    if longest < _SURELY_FITS:
        return [row]
    cells = _row_cells(row, styles, widths, len(widths) > 2)
    tallest = max(_height(cell, width - 2 * CELL_PADDING, page_height)
                  for cell, width in zip(cells, widths))
    parts = math.ceil(tallest / (0.8 * page_height))
    if parts <= 1:
        return [row]
    olds = split_text(row.old_text, parts)
    news = split_marked(row.marked, parts)
    return [replace(row, citation=row.citation if number == 0 else f"{row.citation} (continued)",
                    old_text=olds[number], marked=news[number],
                    notes=row.notes if number == 0 else ())
            for number in range(parts)]


def _height(cell, width: float, page_height: float) -> float:
    """The height of a cell: a flowable, or a list of flowables stacked."""
    if isinstance(cell, list):
        return sum(part.wrap(width, page_height)[1] for part in cell)
    return cell.wrap(width, page_height)[1]


def split_text(text: str, parts: int) -> list[str]:
    """Text cut into ``parts`` pieces of about equal length, at spaces."""
    return ["".join(text for _, text in piece)
            for piece in split_marked((("=", text),) if text else (), parts)]


def split_marked(marked: Sequence[tuple[str, str]],
                 parts: int) -> list[tuple[tuple[str, str], ...]]:
    """Diff operations cut into ``parts`` pieces of about equal length, at spaces."""
    total = sum(len(text) for _, text in marked)
    cuts = [_cut_at_space(marked, total * number // parts) for number in range(1, parts)]
    pieces: list[list[tuple[str, str]]] = [[] for _ in range(parts)]
    position = 0
    for op, text in marked:
        start = 0
        while start < len(text):
            piece = sum(cut <= position + start for cut in cuts)
            limit = min((cut for cut in cuts if cut > position + start),
                        default=position + len(text))
            end = min(len(text), limit - position)
            pieces[piece].append((op, text[start:end]))
            start = end
        position += len(text)
    return [tuple(piece) for piece in pieces]


def _cut_at_space(marked: tuple[tuple[str, str], ...], near: int) -> int:
    """The position of the first space at or after ``near`` in the joined text (or ``near``)."""
    joined = "".join(text for _, text in marked)
    space = joined.find(" ", near)
    return space + 1 if 0 <= space < near + 200 else near


def _row_cells(row: BriefingRow, styles: dict[str, ParagraphStyle], widths: list[float],
               with_notes: bool) -> list:
    """Citation (and the kind of change under it), the redline, and the notes if any."""
    citation_style = ParagraphStyle(f"cite{row.depth}", styles["cell_bold"],
                                    leftIndent=min(row.depth, 3) * 5)
    inner = [width - 2 * CELL_PADDING for width in widths]
    change = ParagraphStyle(f"change{row.depth}", styles["small"],
                            leftIndent=min(row.depth, 3) * 5, textColor=colors.HexColor("#444444"))
    text = ([_para(version, styles["cell"], inner[1]) for version in row.versions]
            if row.versions else _marked_para(row.marked, styles["cell"], inner[1]))
    flagged = ParagraphStyle(f"flag{row.depth}", change, textColor=colors.HexColor("#8a4b00"))
    cells = [[_para(row.citation, citation_style, inner[0]), _para(row.change, change, inner[0]),
              *(_para(line, flagged, inner[0]) for line in row.flags)],
             text]
    if with_notes:
        cells.append([_para(note_text(note), styles["small"], inner[2]) for note in row.notes])
    return cells


def marked_markup(marked: Sequence[tuple[str, str]]) -> str:
    """Diff operations as markup: deletions struck through in red, insertions underlined."""
    pieces = []
    for op, text in marked:
        if not text:
            continue
        text_markup = markup(text)
        if op == "-":
            pieces.append(f'<font color="#b3261e"><strike>{text_markup}</strike></font>')
        elif op == "+":
            pieces.append(f'<font color="#1b6e20"><u>{text_markup}</u></font>')
        else:
            pieces.append(text_markup)
    return "".join(pieces)


# --- page furniture ---------------------------------------------------------------------------


def _page_frame(canvas: Canvas, doc, *, briefing: Briefing, pagesize: tuple[float, float],
                total: int) -> None:
    """The marking at head and foot, the title, and "Page N of M", drawn on every page.

    ``total`` is 0 in the first pass, which only measures; -1 leaves the number out."""
    page = doc.page
    page_width, page_height = pagesize
    canvas.saveState()
    line_width = page_width - 2 * MARGIN
    if briefing.marking:
        for baseline in (page_height - MARGIN + 1 * mm, MARGIN - 6 * mm):
            _draw_line(canvas, briefing.marking, baseline, line_width, _MARKING_STYLE)
    canvas.setFont(REGULAR, 7.5)
    canvas.setFillColor(colors.HexColor("#444444"))
    _draw_line(canvas, _fit(canvas, briefing.title, page_width / 2.5), MARGIN - 1 * mm,
               page_width / 2.5 + 20, _FOOTER_STYLE)
    if total >= 0:   # -1: the canvas numbers the pages itself (see reports.history)
        t = getattr(briefing, "t", lambda text: text)
        canvas.drawRightString(page_width - MARGIN, MARGIN - 1 * mm,
                               f"{t('Page')} {page} {t('of')} {total}" if total
                               else f"{t('Page')} {page}")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, MARGIN + 2.5 * mm, page_width - MARGIN, MARGIN + 2.5 * mm)
    canvas.line(MARGIN, page_height - MARGIN - 2.5 * mm, page_width - MARGIN,
                page_height - MARGIN - 2.5 * mm)
    canvas.restoreState()


_MARKING_STYLE = ParagraphStyle("marking", fontName=BOLD, fontSize=10, leading=12,
                                alignment=TA_CENTER)
_FOOTER_STYLE = ParagraphStyle("footer", fontName=REGULAR, fontSize=7.5, leading=9,
                               textColor=colors.HexColor("#444444"))


def _draw_line(canvas: Canvas, text: str, baseline: float, width: float,
               style: ParagraphStyle) -> None:
    """One line of page furniture, drawn as a Paragraph so that any script prints in it."""
    paragraph = _para(text, style, width)
    _, height = paragraph.wrapOn(canvas, width, style.leading * 3)
    # A paragraph is placed by its bottom edge; its first baseline sits one font size down.
    paragraph.drawOn(canvas, MARGIN, baseline + style.fontSize - height)


def _fit(canvas: Canvas, text: str, width: float) -> str:
    """Shortens a footer text with an ellipsis so it never runs into the page number."""
    font, size = canvas._fontname, canvas._fontsize
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
