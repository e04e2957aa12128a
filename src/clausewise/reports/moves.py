"""Moved articles in the tracked-changes draft: deleted where they stood, inserted where
they now stand.

The engine pairs a moved article with itself and marks it *moved*; its text may be
unchanged. A reviewer must still see the move and be able to reject it, so an article that
moved is written twice: as a deletion at its old place (after the unit that preceded it in
the older draft) and as an insertion at its new place. Accepting every change then gives
the newer draft, and rejecting every change the older one, in the right order.

Paragraphs that moved to another article are tracked the same way (``ParagraphMoves``):
deleted in their old article, after the paragraph that preceded them there, and inserted in
the new one, each with a comment naming the other place.
"""

from __future__ import annotations

from ..core.compare import Comparison, Pair, Status
from ..core.model import Clause
from .content import row_text


def tracks_move(pair: Pair) -> bool:
    """A moved unit that exists in both drafts (written twice, see the module doc)."""
    return pair.moved and bool(pair.left) and bool(pair.right)


def old_places(comparison: Comparison) -> dict[int, list[Pair]]:
    """For each top-level pair's index, the moved units whose old place follows it.

    Key -1 means "before the first pair". A moved unit goes after the nearest unit before
    it in the older draft that did not move itself, and after the other moved units that
    stood between them, in their old order.
    """
    pair_of: dict[str, tuple[int, Pair]] = {}
    for number, pair in enumerate(comparison.pairs):
        for clause in pair.left:
            pair_of[clause.id] = (number, pair)
    places: dict[int, list[Pair]] = {}
    anchor = -1
    placed: set[int] = set()
    for unit in comparison.left.units():
        number, pair = pair_of.get(unit.id, (None, None))
        if pair is None or number in placed:
            continue
        if tracks_move(pair):
            placed.add(number)
            places.setdefault(anchor, []).append(pair)
        else:
            anchor = number
    return places


def as_added(pair: Pair) -> Pair:
    """The pair's newer side as if it were new: every word and paragraph inserted.

    Children that moved in from elsewhere keep their own changes: their older text is not
    part of this unit's old place.
    """
    text = row_text(pair.right)
    children = tuple(child if child.moved else as_added(child)
                     for child in pair.children if child.right)
    return Pair(left=(), right=pair.right, status=Status.ADDED, moved=pair.moved,
                diff=(("+", text),) if text else (), children=children)


def as_removed(pair: Pair) -> Pair:
    """The pair's older side as if it were removed: every word and paragraph deleted."""
    text = row_text(pair.left)
    children = tuple(as_removed(child) for child in pair.children
                     if child.left and not child.moved)
    return Pair(left=pair.left, right=(), status=Status.REMOVED, moved=pair.moved,
                diff=(("-", text),) if text else (), children=children)


def clause_removed(clause: Clause) -> Pair:
    """One clause of the older draft, with all its sub-clauses in its own order, deleted."""
    text = row_text((clause,))
    return Pair(left=(clause,), right=(), status=Status.REMOVED,
                diff=(("-", text),) if text else (),
                children=tuple(clause_removed(child) for child in clause.children))


def clause_added(clause: Clause) -> Pair:
    """One clause of the newer draft, with all its sub-clauses, inserted."""
    text = row_text((clause,))
    return Pair(left=(), right=(clause,), status=Status.ADDED,
                diff=(("+", text),) if text else (),
                children=tuple(clause_added(child) for child in clause.children))


class ParagraphMoves:
    """Paragraphs that moved to another article, tracked like moved articles.

    A paragraph the engine found in another article is written twice: deleted where it
    stood in its old article (after the paragraph that preceded it there) and inserted in
    its new article, so that rejecting every change puts it back.
    """

    def __init__(self, comparison: Comparison) -> None:
        self.parent: dict[str, str] = {}
        self.previous: dict[str, str | None] = {}
        for clause in comparison.left.walk():
            for number, child in enumerate(clause.children):
                self.parent[child.id] = clause.id
                self.previous[child.id] = clause.children[number - 1].id if number else None
        self.moved_in: set[int] = set()
        self.moved_out: dict[str, list[Pair]] = {}
        for top in comparison.pairs:
            self._collect(top)

    def _collect(self, pair: Pair) -> None:
        homes = {clause.id for clause in pair.left}
        for child in pair.children:
            if (child.moved and child.left and child.right
                    and self.parent.get(child.left[0].id) not in homes):
                self.moved_in.add(id(child))
                home = self.parent.get(child.left[0].id)
                if home is not None:
                    self.moved_out.setdefault(home, []).append(child)
            self._collect(child)

    def is_moved_in(self, pair: Pair) -> bool:
        return id(pair) in self.moved_in

    def leaving(self, pair: Pair) -> list[Pair]:
        """The paragraphs that left this pair's old clause(s) for another article."""
        return [moved for clause in pair.left for moved in self.moved_out.get(clause.id, ())]

    def after(self, clause_id: str | None, leaving: list[Pair]) -> list[Pair]:
        """Of ``leaving``, those that stood right after ``clause_id`` (None: first)."""
        return [moved for moved in leaving if self.previous.get(moved.left[0].id) == clause_id]
