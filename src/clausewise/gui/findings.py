"""Find text in either draft: which cells of the comparison view hold it.

Matching is case-insensitive over what a cell shows (citation line and text). The list of
matching cells is kept until the text, the scope or the comparison changes, so F3 through a
long draft costs nothing per step.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from PySide6.QtCore import Qt

from .table_model import Column, ComparisonModel

SCOPE_COLUMNS = {"both": (Column.LEFT, Column.RIGHT), "left": (Column.LEFT,),
                 "right": (Column.RIGHT,)}


@dataclass
class FindState:
    text: str = ""
    scope: str = ""
    layout_id: int = 0
    matches: list[tuple[int, int]] = field(default_factory=list)

    def reset(self) -> None:
        self.text, self.scope, self.layout_id, self.matches = "", "", 0, []


def matching_cells(model: ComparisonModel, text: str, scope: str) -> list[tuple[int, int]]:
    """(row, column) of every cell whose text contains ``text``, in reading order."""
    needle = text.casefold()
    columns = SCOPE_COLUMNS.get(scope, SCOPE_COLUMNS["both"])
    out = []
    for number in range(model.rowCount()):
        for column in columns:
            shown = model.data(model.index(number, column), Qt.ItemDataRole.DisplayRole)
            if shown and needle in shown.casefold():
                out.append((number, int(column)))
    return out


def find_match(model: ComparisonModel, state: FindState, text: str, scope: str,
               row: int, column: int, forward: bool) -> tuple[int, int, int, int] | None:
    """The next (or previous) matching cell after (row, column), wrapping round.

    Returns (row, column, its position counted from 1, the number of matches) or None.
    """
    layout_id = id(model.layout_rows)
    if (state.text, state.scope, state.layout_id) != (text, scope, layout_id):
        state.text, state.scope, state.layout_id = text, scope, layout_id
        state.matches = matching_cells(model, text, scope)
    matches = state.matches
    if not matches:
        return None
    here = (row, column)
    if forward:
        position = bisect_right(matches, here)
        position = 0 if position >= len(matches) else position
    else:
        position = bisect_left(matches, here) - 1
        position = len(matches) - 1 if position < 0 else position
    found = matches[position]
    return found[0], found[1], position + 1, len(matches)
