"""Tracked changes written into a copy of the newer draft's own .docx.

A delegation's draft has its page size, styles, automatic numbering, headers and footers;
a rebuilt document would lose them all. So when the newer draft is a .docx, its paragraphs
are found one by one (walked as the reader walks them, so the lines the comparison was made
from and the paragraphs here correspond) and only what changed is rewritten:

* a paragraph that did not change is left exactly as it is;
* a changed paragraph keeps its paragraph properties (style, numbering, indents) and the
  look of its first run; its text is rewritten as kept, inserted and deleted runs;
* a paragraph only the older draft had is inserted, deleted, with the paragraph properties
  of a paragraph of the same kind (so Reject All brings back a numbered heading as one);
* where Word numbers a paragraph itself ("Article 4" drawn by the numbering), the number is
  not typed in: Word renumbers on Accept All and Reject All alike;
* moved clauses are Word moves, the team's notes Word comments, as in the rebuilt file.

If the paragraphs cannot be matched with the comparison (the file changed since it was
read, or a structure this walk does not know), ``write_onto_original`` returns False and
the caller writes the rebuilt document instead: never a tracked file that would accept to
the wrong text.
"""

from __future__ import annotations

import unicodedata
from copy import deepcopy
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ..core.compare import Comparison
from ..core.model import SourceLine
from ..readers.docx_reader import _BodyWalker
from .content import one_line, printable
from .options import BriefingOptions
from .progress import NO_STEPS, Steps
from .redline import DraftParagraph, draft_paragraphs

#: How far ahead a paragraph is looked for before the match is given up.
LOOKAHEAD = 40

W_P, W_TBL, W_R, W_PPR = qn("w:p"), qn("w:tbl"), qn("w:r"), qn("w:pPr")


def write_onto_original(comparison: Comparison, options: BriefingOptions, source: Path,
                        target: Path, steps: Steps = NO_STEPS) -> bool:
    """Writes the tracked changes into a copy of ``source``; False if they cannot be placed."""
    from .tracked import MoveRanges, _RevisionMarks, _track_further_edits, _initials

    try:
        document = docx.Document(str(source))
    except Exception:  # noqa: BLE001 - a draft python-docx cannot open is rebuilt instead
        return False
    entries = list(_paragraph_lines(document))
    plan = list(draft_paragraphs(comparison, options))
    placed = _match(plan, entries)
    if placed is None:
        return False
    when = options.now or datetime.now(timezone.utc)
    author = one_line(printable(options.author)) or "Clausewise"
    marks = _RevisionMarks(author, when)
    ranges = MoveRanges(marks)
    templates = _templates(placed)
    last = None
    comments: list[tuple[str, str]] = []
    first_body = entries[0][0] if entries else None
    step = steps.part(0.1, 0.9).count(len(placed))
    for done, (planned, element, auto, joins) in enumerate(placed, 1):
        step(done)
        if element is None:
            element, auto = _new_paragraph(planned, templates, joins)
            if last is not None:
                last.addnext(element)
            elif first_body is not None:
                first_body.addprevious(element)
            else:
                document.element.body.insert(0, element)
            _rewrite(element, planned, auto, marks, ranges, fresh=True)
        elif _changed(planned):
            _rewrite(element, planned, auto, marks, ranges, fresh=False)
        else:
            ranges.before(planned, element)
        last = element
        comments += planned.comments
        runs = element.findall(".//" + W_R) if comments else []
        if runs:   # a heading Word numbers has no run: its notes go to the next text
            paragraph = Paragraph(element, document._body)
            for who, text in comments:
                document.add_comment(Run(runs[0], paragraph), text=text, author=who,
                                     initials=_initials(who))
            comments = []
    ranges.close()
    _mark_headers(document, one_line(printable(options.marking)))
    _track_further_edits(document)
    document.save(str(target))
    return True


# --- finding the paragraphs -------------------------------------------------------------------


def _paragraph_lines(document) -> Iterator[tuple[object, SourceLine]]:
    """Each body paragraph that the reader turns into a line, with that line, in order.

    The walk is the reader's (``readers.docx_reader``): the same containers, the same
    paragraphs skipped, the same automatic numbers counted."""
    walker = _BodyWalker(document)

    def visit(container) -> Iterator[tuple[object, SourceLine]]:
        for child in container:
            tag = child.tag
            if tag == W_P:
                line = walker._paragraph(child)
                if line is not None:
                    yield child, line
            elif tag == W_TBL:
                for row in child.iterchildren(qn("w:tr")):
                    properties = row.find(qn("w:trPr"))
                    if properties is not None and properties.find(qn("w:del")) is not None:
                        continue
                    for cell in row.iterchildren(qn("w:tc")):
                        yield from visit(cell)
            elif tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from visit(content)
            elif tag in (qn("w:customXml"), qn("w:ins"), qn("w:moveTo")):
                yield from visit(child)

    yield from visit(document.element.body)


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _new_text(planned: DraftParagraph) -> str:
    return _norm("".join(text for op, text in planned.runs if op != "-"))


def _match(plan: list[DraftParagraph], entries: list[tuple[object, SourceLine]]
           ) -> list[tuple[DraftParagraph, object | None, bool, object | None]] | None:
    """Each planned paragraph with its paragraph in the file (None: only the older draft
    had it), whether Word numbers that paragraph itself, and for a paragraph that accepting
    joins to the next one (its mark deleted), the file's paragraph it joins; None if one
    cannot be found.

    A newer paragraph may be several planned ones: an older draft's line break deleted
    inside it (two headings merged into one) leaves planned paragraphs whose marks are
    deleted, then the one that ends it; their newer text together is the file's paragraph.
    """
    placed: list[tuple[DraftParagraph, object | None, bool, object | None]] = []
    pending: list[DraftParagraph] = []
    position = 0
    for planned in plan:
        wanted = _new_text(planned)
        if planned.mark == "-" and (wanted or pending):
            pending.append(planned)
            continue
        if not pending and (planned.mark == "-" or not wanted):
            placed.append((planned, None, False, None))
            continue
        group = pending + [planned]
        pending = []
        wanted = _norm("".join(text for member in group for op, text in member.runs
                               if op != "-"))
        for index in range(position, min(position + LOOKAHEAD, len(entries))):
            element, line = entries[index]
            auto = _matches(wanted, line)
            if auto is not None:
                placed += [(member, None, False, element) for member in group[:-1]]
                placed.append((planned, element, auto, None))
                position = index + 1
                break
        else:
            return None
    placed += [(member, None, False, None) for member in pending]
    return placed


def _matches(wanted: str, line: SourceLine) -> bool | None:
    """None if the line is not the planned paragraph; else whether its number is Word's."""
    text = _norm(line.text)
    if line.number:
        number = _norm(line.number)
        if wanted in (_norm(f"{number} {text}"), number) or (
                text and wanted == text and not wanted.startswith(number)):
            return True
    return False if wanted == text else None


# --- writing ----------------------------------------------------------------------------------


def _changed(planned: DraftParagraph) -> bool:
    return planned.mark != "=" or any(op != "=" for op, _ in planned.runs) or bool(planned.move)


def _rewrite(element, planned: DraftParagraph, auto: bool, marks, ranges, fresh: bool) -> None:
    """Replaces the paragraph's content (not its properties) by the planned runs."""
    from .tracked import track_paragraph_mark, write_runs

    first_run = element.find(W_R)
    look = None
    if first_run is not None and first_run.find(qn("w:rPr")) is not None:
        look = deepcopy(first_run.find(qn("w:rPr")))
    if not fresh:
        for child in list(element):
            if child.tag != W_PPR:
                element.remove(child)
    runs = planned.runs[planned.label_runs:] if auto else planned.runs
    if auto and runs and planned.label_runs and not runs[0][1].strip():
        runs = runs[1:]
    ranges.before(planned, element)
    write_runs(element, runs, planned, marks, look)
    if planned.mark != "=":
        # The mark of a paragraph moved away is a w:moveFrom, as Word writes it, if it has
        # text; an empty one (a heading Word numbers) and the mark of a paragraph moved
        # here are a plain w:del / w:ins: LibreOffice leaves an empty paragraph behind for
        # an empty w:moveFrom on accepting, and for a w:moveTo mark on rejecting.
        move = "from" if runs and planned.move == "from" and planned.mark == "-" else ""
        track_paragraph_mark(_Wrapped(element), marks.element(planned.mark, move))


class _Wrapped:
    """The one method of python-docx's CT_P that ``track_paragraph_mark`` needs, for a w:p
    made here with OxmlElement (which is a CT_P too, but may not be after deepcopy)."""

    def __init__(self, element) -> None:
        self.element = element

    def get_or_add_pPr(self):
        properties = self.element.find(W_PPR)
        if properties is None:
            properties = OxmlElement("w:pPr")
            self.element.insert(0, properties)
        return properties


def _kind(planned: DraftParagraph) -> tuple[str, bool, bool, int]:
    """What makes two paragraphs alike in a draft's layout: the style, whether it is only a
    label, whether it begins with one ("2.", "(a)"), and its depth."""
    return (planned.style, planned.label_runs == len(planned.runs), planned.label_runs > 0,
            planned.indent)


def _templates(placed) -> dict[tuple[str, bool, bool, int], tuple[object, bool]]:
    """For each planned style (and whether the paragraph is a label), the paragraph
    properties of the first such paragraph in the file, and whether Word numbers it."""
    templates: dict[tuple[str, bool], tuple[object, bool]] = {}
    for planned, element, auto, _ in placed:
        if element is None:
            continue
        key = _kind(planned)
        if key not in templates:
            templates[key] = (element.find(W_PPR), auto)
    return templates


def _new_paragraph(planned: DraftParagraph, templates, joins) -> tuple[object, bool]:
    """A w:p for a paragraph only the older draft had, styled like its kind in the file
    (or like the file's paragraph it joins when accepted)."""
    key = _kind(planned)
    properties, auto = templates.get(key, (None, False))  # none: a plain paragraph, typed
    if joins is not None and not key[1]:   # a label keeps its own kind's properties
        properties, auto = joins.find(W_PPR), False
    element = OxmlElement("w:p")
    if properties is not None:
        copy = deepcopy(properties)
        for revision in copy.iterfind(qn("w:rPr")):
            copy.remove(revision)
        element.append(copy)
    return element, auto


def _mark_headers(document, marking: str) -> None:
    """The handling marking, centred and bold, as a first line of every header and footer
    (the draft's own header and footer text stays below it)."""
    if not marking:
        return
    for number, section in enumerate(document.sections):
        for part in (section.header, section.footer):
            if part.is_linked_to_previous:
                if number:
                    continue   # it shows the previous section's, marked already
                part.is_linked_to_previous = False   # a header of its own, to mark
            first = part.paragraphs[0] if part.paragraphs else part.add_paragraph()
            paragraph = first.insert_paragraph_before() if first.text else first
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(marking).bold = True


__all__ = ["write_onto_original"]
