"""The rows of the side-by-side view: a Comparison laid out for reading, without Qt.

The view shows one aligned pair per row, older draft left, newer right. This module decides
*where* things go, never *what* changed (the Comparison says that):

* every ``Pair`` (and each child pair, indented) gets a row, in the newer draft's order;
* a split or a merge gets one row per clause of its several-clause side, and the cell of the
  single clause spans those rows;
* a moved clause leaves a *ghost* row where it stood in the older draft, linked both ways
  with the row where it is now;
* a part, chapter or section heading, or the preamble, gets a heading row when it begins.

Each cell keeps only its own side of the pair's diff: "=" and "-" runs on the left, "=" and
"+" runs on the right (DESIGN.md: those rebuild the old and the new text exactly).
It is pure Python so that it can be tested and timed without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Sequence

from PySide6.QtCore import QCoreApplication

from ..core.compare import Comparison, DiffOp, Pair, Status
from ..core.describe import parallel_text, renumbering
from ..core.model import Clause, Document
from .engine_words import mismatch_text


class RowKind(str, Enum):
    PAIR = "pair"        # (part of) an aligned pair
    GHOST = "ghost"      # where a moved clause stood in the older draft
    HEADING = "heading"  # a part, chapter, section or the preamble begins


@dataclass(frozen=True, slots=True)
class Fragment:
    """A piece of a cell's header line; ``style`` picks its look, ``target`` a row to jump to."""

    text: str
    style: str = "note"      # "citation", "note", "link", "heading"
    target: int | None = None


@dataclass(slots=True, eq=False)
class Cell:
    """What one cell of a row shows (one side of a pair): a header line and the diff runs of
    its side. Not ``store.Side``, which says which side of a comparison a note is on."""

    clauses: tuple[Clause, ...] = ()
    runs: tuple[DiffOp, ...] = ()
    header: list[Fragment] = field(default_factory=list)
    #: rows this cell covers: 1 normally, more for the single side of a split or merge,
    #: 0 for a cell covered by a spanning cell above it.
    span: int = 1
    heading_first: bool = False  # the first line of ``runs`` is the clause's heading

    @property
    def text(self) -> str:
        return "".join(text for _, text in self.runs)

    @property
    def header_text(self) -> str:
        return "  ·  ".join(fragment.text for fragment in self.header)

    @property
    def empty(self) -> bool:
        return not self.clauses and not self.header


@dataclass(slots=True, eq=False)
class Row:
    kind: RowKind
    depth: int
    left: Cell
    right: Cell
    pair: Pair | None = None
    #: the row this one is linked to: ghost <-> moved pair
    partner: int | None = None
    #: a stop for "next change": the first row of a pair whose own row shows a change
    stop: bool = False
    #: first row of this row's span group (itself unless it continues a split or merge)
    group_start: int = 0
    group_size: int = 1
    in_moved: bool = False  # this pair, or a pair above it, moved

    def cell(self, name: str) -> Cell:
        """The left or the right cell."""
        return self.left if name == "left" else self.right


@dataclass(slots=True)
class Layout:
    """The rows, and where each clause of either draft is shown."""

    rows: list[Row]
    left_row: dict[str, int]    # clause id -> row showing it on the left
    right_row: dict[str, int]
    pair_row: dict[int, int]    # id(pair) -> its first row
    #: the drafts' languages (``Comparison.languages``), for the words of a mismatch
    languages: tuple[str, str] = ("", "")

    def row_of_pair(self, pair: Pair) -> int | None:
        return self.pair_row.get(id(pair))

    def stops(self) -> list[int]:
        return [index for index, row in enumerate(self.rows) if row.stop]


def side_runs(diff: Sequence[DiffOp], side: str) -> tuple[DiffOp, ...]:
    """One side of a diff: "=" and "-" for the older draft, "=" and "+" for the newer."""
    keep = "-" if side == "left" else "+"
    return tuple((op, text) for op, text in diff if op == "=" or op == keep)


def layout(comparison: Comparison) -> Layout:
    """Lays a comparison out in rows (see the module's docstring)."""
    builder = _Builder(comparison)
    return builder.build()


class _Builder:
    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.rows: list[Row] = []
        self.left_containers = _containers(comparison.left)
        self.right_containers = _containers(comparison.right)
        self.current = ((), ())

    def build(self) -> Layout:
        for pair in self.comparison.pairs:
            self._headings(pair)
            self._emit(pair, 0, False)
        rows = _insert_ghosts(self.rows, self.comparison.left)
        found = _index(rows)
        found.languages = self.comparison.languages
        return found

    # -- headings of parts, chapters, sections and the preamble ------------------------------

    def _headings(self, pair: Pair) -> None:
        left = self.left_containers.get(pair.left[0].id, ()) if pair.left else self.current[0]
        right = self.right_containers.get(pair.right[0].id, ()) if pair.right else self.current[1]
        old_left, old_right = self.current
        new_left = [c for i, c in enumerate(left) if i >= len(old_left) or old_left[i] is not c]
        new_right = [c for i, c in enumerate(right)
                     if i >= len(old_right) or old_right[i] is not c]
        self.current = (left, right)
        for index in range(max(len(new_left), len(new_right))):
            sides = []
            for new in (new_left, new_right):
                clause = new[index] if index < len(new) else None
                sides.append(_heading_cell(clause))
            self.rows.append(Row(RowKind.HEADING, 0, sides[0], sides[1]))

    # -- pairs -------------------------------------------------------------------------------

    def _emit(self, pair: Pair, depth: int, parent_moved: bool) -> None:
        in_moved = parent_moved or pair.moved
        if pair.status is Status.PARALLEL:   # two language versions: each as it stands
            lefts, rights = _parallel_runs(pair, "left"), _parallel_runs(pair, "right")
        else:
            lefts = side_runs(pair.diff, "left") if pair.diff else _plain_runs(pair.left, "-")
            rights = side_runs(pair.diff, "right") if pair.diff else _plain_runs(pair.right, "+")
        stop = _is_stop(pair, lefts, rights) if pair.status is not Status.PARALLEL \
            else bool(pair.mismatches)
        start = len(self.rows)
        expanded = _expand(pair, lefts, rights)
        for part, (left, right) in enumerate(expanded):
            row = Row(RowKind.PAIR, depth, left, right, pair, stop=stop and part == 0,
                      group_start=start, group_size=len(expanded), in_moved=in_moved)
            self.rows.append(row)
        _headers(self.rows[start], pair, self.comparison.languages)
        for child in pair.children:
            self._emit(child, depth + 1, in_moved)


def _parallel_runs(pair: Pair, side: str) -> tuple[DiffOp, ...]:
    """One version of a parallel pair as it stands (``describe.parallel_text``)."""
    text = parallel_text(pair, side)
    return (("=", text),) if text else ()


def _plain_runs(clauses: Sequence[Clause], op: str) -> tuple[DiffOp, ...]:
    """Runs for a pair without a diff (the aligner alone): its text as it stands."""
    text = "\n".join(part for clause in clauses for part in (clause.heading, clause.text) if part)
    return ((op, text),) if text else ()


def _is_stop(pair: Pair, lefts: Sequence[DiffOp], rights: Sequence[DiffOp]) -> bool:
    """Whether "next change" stops here: the pair's own row shows something to read.

    An article whose only change is inside a paragraph is not a stop; the paragraph is.
    A renumbering alone is not a stop either (numbering is never a text change), nor an
    unchanged pair whose words differ only as the options ignore or as a cross-reference
    that follows a renumbering ("Article 14" -> "Article 6"): shown, but no change.
    """
    if pair.status in (Status.ADDED, Status.REMOVED, Status.SPLIT, Status.MERGED) or pair.moved:
        return True
    if pair.status is Status.UNCHANGED and not pair.notes and not pair.flags:
        return False
    return any(op != "=" for op, _ in lefts) or any(op != "=" for op, _ in rights)


def _expand(pair: Pair, lefts: tuple[DiffOp, ...],
            rights: tuple[DiffOp, ...]) -> list[tuple[Cell, Cell]]:
    """One (left, right) cell couple per row: several for a split or merge, else one."""
    many_right = len(pair.left) == 1 and len(pair.right) > 1
    many_left = len(pair.right) == 1 and len(pair.left) > 1
    if many_right or many_left:
        clauses = pair.right if many_right else pair.left
        cut = _cut_runs(rights if many_right else lefts, clauses)
        if cut is not None:
            single = Cell(pair.left if many_right else pair.right, lefts if many_right else rights,
                          span=len(cut))
            single.heading_first = bool(single.clauses[0].heading)
            out = []
            for index, (clause, runs) in enumerate(zip(clauses, cut)):
                part = Cell((clause,), runs, heading_first=bool(clause.heading))
                one = single if index == 0 else Cell(single.clauses, (), span=0)
                out.append((one, part) if many_right else (part, one))
            return out
    left = Cell(pair.left, lefts, heading_first=bool(pair.left and pair.left[0].heading))
    right = Cell(pair.right, rights, heading_first=bool(pair.right and pair.right[0].heading))
    return [(left, right)]


def _cut_runs(runs: Sequence[DiffOp], clauses: Sequence[Clause]) -> list[tuple] | None:
    """Cuts one side's runs at the boundaries between its clauses, or None if they don't fit.

    The side's text is the clauses' headings and texts joined by line breaks (a clause whose
    text is shown as a child has only its heading there); the breaks between two clauses are
    dropped, the rest kept.
    """
    text = "".join(piece for _, piece in runs)
    ranges: list[tuple[int, int]] = []
    position, first = 0, True
    for clause in clauses:
        start = None
        for part, optional in ((clause.heading, False), (clause.text, True)):
            if not part:
                continue
            gap = 0 if first else 1
            if (first or text.startswith("\n", position)) and text.startswith(part, position + gap):
                start = position + gap if start is None else start
                position += gap + len(part)
                first = False
            elif not optional:
                return None
        ranges.append((position, position) if start is None else (start, position))
    if position != len(text):
        return None
    return [_slice_runs(runs, begin, end) for begin, end in ranges]


def _slice_runs(runs: Sequence[DiffOp], begin: int, end: int) -> tuple[DiffOp, ...]:
    out, offset = [], 0
    for op, text in runs:
        stop = offset + len(text)
        low, high = max(begin, offset), min(end, stop)
        if low < high:
            out.append((op, text[low - offset: high - offset]))
        offset = stop
    return tuple(out)


# -- headers -----------------------------------------------------------------------------------


def _headers(row: Row, pair: Pair, languages: Sequence[str] = ("", "")) -> None:
    """The citation lines of a pair's first row; split/merge parts name their own clause."""
    left, right = row.left, row.right
    left.header = _citations(left.clauses)
    right.header = _citations(right.clauses)
    if pair.status is Status.ADDED:
        right.header.append(Fragment(QCoreApplication.translate("Rows", "added")))
    elif pair.status is Status.REMOVED:
        left.header.append(Fragment(QCoreApplication.translate("Rows", "removed")))
    elif pair.status is Status.SPLIT:
        left.header.append(Fragment(QCoreApplication.translate("Rows", "split into {citations}").format(
            citations=" + ".join(pair.right_citations))))
    elif pair.status is Status.MERGED:
        right.header.append(Fragment(QCoreApplication.translate("Rows", "merged from {citations}").format(
            citations=" + ".join(pair.left_citations))))
    if pair.renumbered:
        right.header.append(Fragment(QCoreApplication.translate("Rows", "renumbered: {change}").format(change=renumbering(pair))))
    for mismatch in pair.mismatches:   # two language versions that do not agree
        (right if pair.right else left).header.append(
            Fragment("≠ " + mismatch_text(mismatch, languages)))


def _citations(clauses: Sequence[Clause]) -> list[Fragment]:
    if not clauses:
        return []
    return [Fragment(" + ".join(dict.fromkeys(c.citation for c in clauses)), "citation")]


def _part_headers(rows: list[Row]) -> None:
    """Each continuation row of a split or merge names its own clause."""
    for row in rows:
        for side in (row.left, row.right):
            if row.kind is RowKind.PAIR and side.span == 1 and not side.header and side.clauses:
                side.header = _citations(side.clauses)


def _heading_cell(clause: Clause | None) -> Cell:
    if clause is None:
        return Cell()
    text = f"{clause.citation} — {clause.heading}" if clause.heading else clause.citation
    return Cell((clause,), (), [Fragment(text, "heading")])


def _containers(document: Document) -> dict[str, tuple[Clause, ...]]:
    """For each unit, the containers (parts, chapters, sections, preamble) it stands in."""
    return document.unit_containers()


# -- moves: the ghost rows ---------------------------------------------------------------------


def _insert_ghosts(rows: list[Row], left: Document) -> list[Row]:
    """Adds, for each moved clause, a row where it stood in the older draft.

    The ghost goes after the row of the clause that preceded the moved one in the older
    draft, skipping clauses that moved themselves (their rows are elsewhere now).
    """
    order = [clause.id for clause in left.walk()]
    place = {clause_id: index for index, clause_id in enumerate(order)}
    shown_at = {}
    for index, row in enumerate(rows):
        if row.kind is RowKind.PAIR and row.left.span:
            for clause in row.left.clauses:
                shown_at.setdefault(clause.id, index)
    ghosts: dict[int, list[tuple[int, Row]]] = {}
    for index, row in enumerate(rows):
        pair = row.pair
        if row.kind is not RowKind.PAIR or pair is None or not pair.moved or not pair.left:
            continue
        if index != row.group_start or pair.left[0].id not in place:
            continue
        old_place = place[pair.left[0].id]
        anchor = _anchor(rows, order, old_place, shown_at)
        ghost = Row(RowKind.GHOST, row.depth, _ghost_cell(pair), Cell(), pair)
        ghost.partner = index  # for now: the moved row's index before insertion
        ghosts.setdefault(anchor, []).append((old_place, ghost))
    if not ghosts:
        return rows
    out: list[Row] = []
    new_index: dict[int, int] = {}
    pending = ghosts.get(-1, [])
    for _, ghost in sorted(pending, key=lambda item: item[0]):
        out.append(ghost)
    for index, row in enumerate(rows):
        new_index[index] = len(out)
        out.append(row)
        for _, ghost in sorted(ghosts.get(index, []), key=lambda item: item[0]):
            out.append(ghost)
    for index, row in enumerate(out):
        if row.kind is RowKind.PAIR:
            row.group_start = new_index[row.group_start]
        elif row.kind is RowKind.GHOST:
            row.group_start = index
            moved = new_index[row.partner]
            row.partner = moved
            out[moved].partner = index
    return out


def _anchor(rows: list[Row], order: list[str], old_place: int, shown_at: dict[str, int]) -> int:
    """The row after which a moved clause stood: the end of its predecessor's span group."""
    for place in range(old_place - 1, -1, -1):
        index = shown_at.get(order[place])
        if index is None or rows[index].in_moved:
            continue
        row = rows[index]
        return row.group_start + row.group_size - 1
    return -1


def _ghost_cell(pair: Pair) -> Cell:
    old = " + ".join(pair.left_citations)
    new = " + ".join(pair.right_citations)
    return Cell(pair.left, (), [Fragment(old, "citation"),
                                Fragment(QCoreApplication.translate("Rows", "stood here in the older draft; moved to {citation}").format(
                                    citation=new) + " ↓",
                                         "link")])


def _index(rows: list[Row]) -> Layout:
    _part_headers(rows)
    left_row: dict[str, int] = {}
    right_row: dict[str, int] = {}
    pair_row: dict[int, int] = {}
    for index, row in enumerate(rows):
        if row.kind is not RowKind.PAIR:
            row.group_start = index  # a heading or a ghost is a group of its own
            continue
        if row.group_start == index and row.pair is not None:
            pair_row.setdefault(id(row.pair), index)
        for clause in row.left.clauses if row.left.span else ():
            left_row.setdefault(clause.id, index)
        for clause in row.right.clauses if row.right.span else ():
            right_row.setdefault(clause.id, index)
        if row.partner is not None and row.pair is not None and row.pair.moved:
            row.right.header.append(Fragment(QCoreApplication.translate("Rows", "moved: show where it stood") +
                                             (" ↑" if row.partner < index else " ↓"), "link",
                                             row.partner))
    for index, row in enumerate(rows):
        if row.kind is RowKind.GHOST and row.partner is not None:
            row.left.header[-1] = Fragment(
                row.left.header[-1].text.replace("↓", "↓" if row.partner > index else "↑"),
                "link", row.partner)
    return Layout(rows, left_row, right_row, pair_row)

