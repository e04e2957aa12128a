"""Moved articles in the tracked-changes draft: deleted where they stood, inserted where
they now stand.

The engine pairs a moved article with itself and marks it *moved*; its text may be
unchanged. A reviewer must still see the move and be able to reject it, so an article that
moved is written twice: as a deletion at its old place (after the unit that preceded it in
the older draft) and as an insertion at its new place. Accepting every change then gives
the newer draft, and rejecting every change the older one, in the right order.

Paragraphs that moved to another article stay single: shown at their new place with their
word changes and a comment saying where they came from.
"""

from __future__ import annotations

from ..core.compare import Comparison, Pair, Status
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
