""""Changed clauses only" in the comparison view: which rows fold away, without Qt.

With the filter on, every run of rows that shows nothing changed folds into its first row,
which then reads "N unchanged clauses" and opens again on a click, Enter or Space (as diff
tools fold unchanged lines). The rows keep their numbers: the rest of a run is only hidden,
so next / previous change, jumps, find and the notes' places need no translation, and a jump
into a folded run opens it first.

A row is quiet when it shows a pair with no change anywhere inside it (``Pair.changed``:
status, move, an engine remark or a changed child) and whose own row marks nothing (a
"next change" stop); a heading row is quiet when the rows it
introduces begin quietly. A ghost row (where a moved clause stood) is never quiet.
"""

from __future__ import annotations

from dataclasses import dataclass

from .rows import Layout, Row, RowKind


@dataclass(frozen=True, slots=True)
class Fold:
    """Rows ``first`` .. ``end - 1`` fold into row ``first``; ``clauses`` of them are pairs."""

    first: int
    end: int
    clauses: int

    @property
    def label(self) -> str:
        noun = "clause" if self.clauses == 1 else "clauses"
        return f"⋯  {self.clauses} unchanged {noun}  (click or press Enter to show)"

    def __contains__(self, number: int) -> bool:
        return self.first <= number < self.end


def _quiet_pair(row: Row) -> bool:
    return (row.kind is RowKind.PAIR and row.pair is not None and not row.pair.changed
            and not row.stop)


def quiet_runs(layout: Layout) -> list[Fold]:
    """The runs of quiet rows, in order; a run holding no clause (headings alone) is left."""
    rows = layout.rows
    quiet = [False] * len(rows)
    following = True  # the end of the comparison counts as quiet
    for number in range(len(rows) - 1, -1, -1):  # one backward pass: headings look ahead
        row = rows[number]
        if row.kind is RowKind.HEADING:
            quiet[number] = following
        else:
            quiet[number] = _quiet_pair(row)
            following = quiet[number]
    folds: list[Fold] = []
    number = 0
    while number < len(rows):
        if not quiet[number]:
            number += 1
            continue
        first = number
        while number < len(rows) and quiet[number]:
            number += 1
        clauses = sum(1 for row in rows[first:number] if row.kind is RowKind.PAIR)
        if clauses:
            folds.append(Fold(first, number, clauses))
    return folds


__all__ = ["Fold", "quiet_runs"]
