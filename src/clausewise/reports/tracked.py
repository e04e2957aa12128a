"""The newer draft as a Word file in which every change is a real tracked change.

A reviewer opens it in Word or LibreOffice and accepts or rejects each change: insertions
are ``w:ins`` and deletions ``w:del`` elements carrying the author and the date, exactly as
Word writes them when "Track Changes" is on; whole paragraphs added or removed have their
paragraph marks tracked too, so accepting a deletion leaves no empty line. A moved clause is
a Word move (``w:moveFrom`` at its old place, ``w:moveTo`` at its new one, each inside a
named move range), not a deletion plus an insertion. The team's annotations become Word
comments. Track Changes is left on for the reviewer's edits.

When the newer draft is itself a .docx, the changes are written into a copy of that file
(``original.py``): its page size, styles, numbering, headers and footers stay as they are.
"""

from __future__ import annotations

from copy import deepcopy
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
from .progress import NO_STEPS, Steps
from .redline import DraftParagraph, draft_paragraphs

#: Revision ids start high so they never meet the ids python-docx gives comments.
FIRST_REVISION_ID = 100_000


def write_tracked_changes(comparison: Comparison, options: BriefingOptions, target: Path,
                          steps: Steps = NO_STEPS) -> None:
    """Writes the tracked-changes draft into ``target`` (a temporary file): into a copy of
    the newer draft's own .docx where it is one, else as a rebuilt document. ``steps`` hears
    of each paragraph written (and may stop the export)."""
    source = Path(options.right_path) if options.right_path else None
    if source is not None and source.suffix.lower() == ".docx" and source.is_file():
        from .original import write_onto_original
        if write_onto_original(comparison, options, source, target, steps):
            return
    when = options.now or datetime.now(timezone.utc)
    author = one_line(printable(options.author)) or "Clausewise"
    document = new_word_document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    marks = _RevisionMarks(author, when)
    ranges = MoveRanges(marks)
    plan = list(draft_paragraphs(comparison, options))
    step = steps.part(0.0, 0.9).count(len(plan))
    for done, planned in enumerate(plan, 1):
        step(done)
        _write_paragraph(document, planned, marks, ranges)
    ranges.close()
    mark_every_page(document, one_line(printable(options.marking)))
    _track_further_edits(document)
    title = one_line(printable(options.title)) or _draft_title(comparison)
    set_properties(document, title=title, author=author,
                   subject="Newer draft with tracked changes against the older draft",
                   keywords=one_line(printable(options.marking)), category="Draft", when=when)
    steps(0.95)
    document.save(str(target))


def _draft_title(comparison: Comparison) -> str:
    return one_line(printable(comparison.right.title)) or default_title(comparison)


class _RevisionMarks:
    """Makes w:ins / w:del elements with a unique id, the author and the date."""

    def __init__(self, author: str, when: datetime) -> None:
        self.author = author
        self.date = utc(when).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.ids = count(FIRST_REVISION_ID)

    def element(self, op: str, move: str = ""):
        """w:ins / w:del, or w:moveTo / w:moveFrom inside a move."""
        if move:
            tag = "w:moveTo" if move == "to" else "w:moveFrom"
        else:
            tag = "w:ins" if op == "+" else "w:del"
        mark = OxmlElement(tag)
        mark.set(qn("w:id"), str(next(self.ids)))
        mark.set(qn("w:author"), self.author)
        mark.set(qn("w:date"), self.date)
        return mark

    def range_start(self, move: str, name: str) -> tuple[object, str]:
        """The start of a named move range, and its id for the matching end."""
        ident = str(next(self.ids))
        start = OxmlElement("w:moveToRangeStart" if move == "to" else "w:moveFromRangeStart")
        start.set(qn("w:id"), ident)
        start.set(qn("w:name"), name)
        start.set(qn("w:author"), self.author)
        start.set(qn("w:date"), self.date)
        return start, ident

    @staticmethod
    def range_end(move: str, ident: str):
        end = OxmlElement("w:moveToRangeEnd" if move == "to" else "w:moveFromRangeEnd")
        end.set(qn("w:id"), ident)
        return end


class MoveRanges:
    """Opens a move range at a move's first paragraph and closes it after its last."""

    def __init__(self, marks: _RevisionMarks) -> None:
        self.marks = marks
        self.open: tuple[str, str, str, object] | None = None  # (side, name, id, last p)

    def before(self, planned: DraftParagraph, element) -> None:
        """Called with each paragraph element before its runs are written."""
        key = (planned.move, planned.move_name) if planned.move else None
        if self.open and (key is None or key != self.open[:2]):
            self.close()
        if key and self.open is None:
            start, ident = self.marks.range_start(*key)
            element.append(start)
            self.open = (key[0], key[1], ident, element)
        elif key:
            self.open = (*self.open[:3], element)

    def close(self) -> None:
        if self.open:
            side, _, ident, last = self.open
            last.append(self.marks.range_end(side, ident))
            self.open = None


def _write_paragraph(document: WordDocument, planned: DraftParagraph,
                     marks: _RevisionMarks, ranges: MoveRanges) -> None:
    paragraph = document.add_paragraph(style=planned.style)
    if planned.indent:
        paragraph.paragraph_format.left_indent = Mm(8 * planned.indent)
    if mostly_rtl(planned.text):
        right_to_left(paragraph)
    ranges.before(planned, paragraph._p)
    first_run = write_runs(paragraph._p, planned.runs, planned, marks, rpr=None)
    if planned.mark != "=":
        move = planned.move if planned.mark == _MOVE_OP[planned.move] else ""
        _track_paragraph_mark(paragraph, marks.element(planned.mark, move))
    first_run = Run(first_run, paragraph) if first_run is not None else None
    if first_run is not None:
        for author, text in planned.comments:
            document.add_comment(first_run, text=text, author=author,
                                 initials=_initials(author))


def write_runs(element, runs, planned: DraftParagraph, marks: _RevisionMarks, rpr):
    """Appends the runs to a w:p, deletions and insertions (or the two sides of a move)
    wrapped as revisions; ``rpr`` (a w:rPr to copy into each run) keeps the draft's look.
    Returns the first w:r written, or None."""
    first = None
    for op, text in runs:
        # In a move, the moved text is plain w:t inside w:moveFrom, as Word writes it.
        run = _run(text, deleted=op == "-" and not planned.move)
        if rpr is not None:
            run.insert(0, deepcopy(rpr))
        if op == "=":
            element.append(run)
        else:
            wrapper = marks.element(op, planned.move if op == _MOVE_OP[planned.move] else "")
            wrapper.append(run)
            element.append(wrapper)
        first = first if first is not None else run
    return first


#: Which runs of a move's paragraphs are the move itself (the rest are ordinary revisions).
_MOVE_OP = {"": "", "to": "+", "from": "-"}


def _run(text: str, deleted: bool):
    """A w:r holding text: w:delText inside a deletion, w:t elsewhere (spaces kept)."""
    run = OxmlElement("w:r")
    holder = OxmlElement("w:delText" if deleted else "w:t")
    holder.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    holder.text = text
    run.append(holder)
    return run


def _track_paragraph_mark(paragraph: Paragraph, mark) -> None:
    track_paragraph_mark(paragraph._p, mark)


def track_paragraph_mark(element, mark) -> None:
    """Marks the paragraph mark itself inserted or deleted (w:pPr/w:rPr/w:ins|w:del)."""
    properties = element.get_or_add_pPr()
    run_properties = properties.find(qn("w:rPr"))
    if run_properties is None:
        run_properties = OxmlElement("w:rPr")
        properties.append(run_properties)
    run_properties.insert(0, mark)   # the revision comes first in a paragraph mark's w:rPr


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
