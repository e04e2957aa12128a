"""Writes real PDF drafts for tests, laid out the way a word processor prints them.

``draft_to_pdf(text, path)`` sets a plain-text draft (one paragraph a line, blank lines
between blocks) on A4 pages with reportlab: every paragraph wrapped to the text width, long
words hyphenated at line ends, a running header, a footer "Page N of M", and on the first
page a footnote in small type at the page foot with its reference mark raised in the text.
Nothing of the page furniture or the footnote is in the draft's text, so reading the PDF
back must give the paragraphs of the original and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
FONT = "DejaVuSans"
PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 72, 72, 90, 90
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT


def _register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONTS / "DejaVuSans.ttf")))


@dataclass
class Layout:
    """How the draft is printed."""

    size: float = 10.5
    leading: float = 13.5
    header: str = "Security Agreement (Norland–Sudmark) — negotiating draft — RESTRICTED"
    footer: str = "Page {page} of {pages}"
    footnote_after: str | None = "Agreement"       # the word the footnote mark follows
    footnote: str = ("1 This draft reflects the state of the negotiations and commits "
                     "neither Party.")
    hyphenate: bool = True
    min_hyphen_part: int = 3


@dataclass
class _Line:
    text: str
    gap_before: bool = False
    mark_after: int | None = None   # character index after which the footnote mark stands


@dataclass
class _Page:
    lines: list[tuple[float, _Line]] = field(default_factory=list)
    footnote: bool = False


def wrap(text: str, layout: Layout) -> list[str]:
    """Greedy line breaking as word processors do, hyphenating a word that does not fit."""
    width = lambda s: pdfmetrics.stringWidth(s, FONT, layout.size)  # noqa: E731
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if width(candidate) <= TEXT_WIDTH:
            current = candidate
            continue
        head, tail = _hyphenate(current, word, layout, width) if layout.hyphenate else ("", word)
        if head:
            lines.append(f"{current} {head}-" if current else f"{head}-")
            current = tail
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _hyphenate(current: str, word: str, layout: Layout, width) -> tuple[str, str]:
    """The longest head of a plain word that fits on the line with a hyphen."""
    if not word.isalpha() or len(word) < 2 * layout.min_hyphen_part + 2:
        return "", word
    for cut in range(len(word) - layout.min_hyphen_part, layout.min_hyphen_part - 1, -1):
        head = word[:cut]
        line = f"{current} {head}-" if current else f"{head}-"
        if width(line) <= TEXT_WIDTH:
            return head, word[cut:]
    return "", word


def paginate(text: str, layout: Layout) -> list[_Page]:
    """The draft's lines placed on pages (baselines from the top margin down)."""
    pages = [_Page()]
    y = PAGE_HEIGHT - TOP
    gap = False
    marked = False
    for paragraph in text.splitlines():
        if not paragraph.strip():
            gap = True
            continue
        for index, line_text in enumerate(wrap(paragraph.strip(), layout)):
            if gap and index == 0 and pages[-1].lines:
                y -= layout.leading * 0.8
            if y < BOTTOM:
                pages.append(_Page())
                y = PAGE_HEIGHT - TOP
            line = _Line(line_text)
            if not marked and layout.footnote_after:
                at = _word_end(line_text, layout.footnote_after)
                if at is not None:
                    line.mark_after, marked = at, True
                    pages[-1].footnote = True
            pages[-1].lines.append((y, line))
            y -= layout.leading
        gap = False
    return pages


def _word_end(text: str, word: str) -> int | None:
    start = text.find(word + " ")
    return start + len(word) if start >= 0 else None


def draft_to_pdf(text: str, path: Path, layout: Layout | None = None) -> Path:
    """Prints the draft to ``path`` and returns it."""
    layout = layout or Layout()
    _register_font()
    pages = paginate(text, layout)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle("Draft")
    for number, page in enumerate(pages, start=1):
        _furniture(pdf, layout, number, len(pages))
        for y, line in page.lines:
            _draw_line(pdf, layout, y, line)
        if page.footnote:
            _footnote(pdf, layout)
        pdf.showPage()
    pdf.save()
    return path


def _furniture(pdf, layout: Layout, number: int, pages: int) -> None:
    pdf.setFont(FONT, 8.5)
    if layout.header:
        pdf.drawString(LEFT, PAGE_HEIGHT - 50, layout.header)
    if layout.footer:
        pdf.drawCentredString(PAGE_WIDTH / 2, 40, layout.footer.format(page=number,
                                                                       pages=pages))


def _draw_line(pdf, layout: Layout, y: float, line: _Line) -> None:
    pdf.setFont(FONT, layout.size)
    if line.mark_after is None:
        pdf.drawString(LEFT, y, line.text)
        return
    before, after = line.text[:line.mark_after], line.text[line.mark_after:]
    pdf.drawString(LEFT, y, before)
    x = LEFT + pdfmetrics.stringWidth(before, FONT, layout.size)
    pdf.setFont(FONT, layout.size * 0.6)
    pdf.drawString(x, y + layout.size * 0.4, "1")
    x += pdfmetrics.stringWidth("1", FONT, layout.size * 0.6)
    pdf.setFont(FONT, layout.size)
    pdf.drawString(x, y, after)


def _footnote(pdf, layout: Layout) -> None:
    """A rule and the note in small type just above the footer."""
    pdf.setLineWidth(0.5)
    pdf.line(LEFT, 72, LEFT + 120, 72)
    number, _, rest = layout.footnote.partition(" ")
    pdf.setFont(FONT, 5)
    pdf.drawString(LEFT, 64, number)
    pdf.setFont(FONT, 8)
    pdf.drawString(LEFT + 5, 61, rest)
