"""The newer draft as a Word file in which every change is a real tracked change.

A reviewer opens it in Word or LibreOffice and accepts or rejects each change: insertions
are ``w:ins`` and deletions ``w:del`` elements carrying the author and the date, exactly as
Word writes them when "Track Changes" is on; whole paragraphs added or removed have their
paragraph marks tracked too, so accepting a deletion leaves no empty line. Moves and the
team's annotations become Word comments. Track Changes is left on for the reviewer's edits.
"""

from __future__ import annotations

from datetime import datetime, timezone
from itertools import count
from pathlib import Path

from docx import Document as new_word_document
from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ..core.compare import Comparison
from .content import default_title, one_line, printable
from .docx_common import mark_every_page, right_to_left, set_properties, utc
from .rtl import mostly_rtl
from .options import BriefingOptions
from .redline import DraftParagraph, draft_paragraphs

#: Revision ids start high so they never meet the ids python-docx gives comments.
FIRST_REVISION_ID = 100_000


def write_tracked_changes(comparison: Comparison, options: BriefingOptions, target: Path) -> None:
    """Writes the tracked-changes draft into ``target`` (a temporary file)."""
    when = options.now or datetime.now(timezone.utc)
    author = one_line(printable(options.author)) or "Clausewise"
    document = new_word_document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    marks = _RevisionMarks(author, when)
    for planned in draft_paragraphs(comparison, options):
        _write_paragraph(document, planned, marks)
    mark_every_page(document, one_line(printable(options.marking)))
    _track_further_edits(document)
    title = one_line(printable(options.title)) or _draft_title(comparison)
    set_properties(document, title=title, author=author,
                   subject="Newer draft with tracked changes against the older draft",
                   keywords=one_line(printable(options.marking)), category="Draft", when=when)
    document.save(str(target))


def _draft_title(comparison: Comparison) -> str:
    return one_line(printable(comparison.right.title)) or default_title(comparison)


class _RevisionMarks:
    """Makes w:ins / w:del elements with a unique id, the author and the date."""

    def __init__(self, author: str, when: datetime) -> None:
        self.author = author
        self.date = utc(when).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.ids = count(FIRST_REVISION_ID)

    def element(self, op: str):
        mark = OxmlElement("w:ins" if op == "+" else "w:del")
        mark.set(qn("w:id"), str(next(self.ids)))
        mark.set(qn("w:author"), self.author)
        mark.set(qn("w:date"), self.date)
        return mark


def _write_paragraph(document: WordDocument, planned: DraftParagraph,
                     marks: _RevisionMarks) -> None:
    paragraph = document.add_paragraph(style=planned.style)
    if planned.indent:
        paragraph.paragraph_format.left_indent = Mm(8 * planned.indent)
    if mostly_rtl(planned.text):
        right_to_left(paragraph)
    first_run: Run | None = None
    for op, text in planned.runs:
        run = _run(text, deleted=op == "-")
        if op == "=":
            paragraph._p.append(run)
        else:
            wrapper = marks.element(op)
            wrapper.append(run)
            paragraph._p.append(wrapper)
        first_run = first_run or Run(run, paragraph)
    if planned.mark != "=":
        _track_paragraph_mark(paragraph, marks.element(planned.mark))
    if first_run is not None:
        for author, text in planned.comments:
            document.add_comment(first_run, text=text, author=author,
                                 initials=_initials(author))


def _run(text: str, deleted: bool):
    """A w:r holding text: w:delText inside a deletion, w:t elsewhere (spaces kept)."""
    run = OxmlElement("w:r")
    holder = OxmlElement("w:delText" if deleted else "w:t")
    holder.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    holder.text = text
    run.append(holder)
    return run


def _track_paragraph_mark(paragraph: Paragraph, mark) -> None:
    """Marks the paragraph mark itself inserted or deleted (w:pPr/w:rPr/w:ins|w:del)."""
    properties = paragraph._p.get_or_add_pPr()
    run_properties = properties.find(qn("w:rPr"))
    if run_properties is None:
        run_properties = OxmlElement("w:rPr")
        properties.append(run_properties)
    run_properties.append(mark)


def _track_further_edits(document: WordDocument) -> None:
    """Turns Track Changes on, so the reviewer's own edits are tracked too."""
    settings = document.settings.element
    if settings.find(qn("w:trackRevisions")) is not None:
        return
    track = OxmlElement("w:trackRevisions")
    anchor = settings.find(qn("w:defaultTabStop"))
    if anchor is not None:
        anchor.addprevious(track)
    else:
        settings.insert(0, track)


def _initials(author: str) -> str:
    return "".join(word[0] for word in author.split() if word)[:4].upper()
