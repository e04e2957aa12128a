"""Carrying annotations forward: from the comparison of drafts A and B to that of B and C.

When draft C arrives, the team's notes on A -> B should follow their clauses into C, however
the clauses were renumbered, moved, split or merged: the engine's ``Pair`` objects say where
each clause of B went. A note is never dropped. It is flagged for review when:

* its clause is not in C (``REMOVED``): it then sits on the removed clause of B, on the left
  of the B -> C comparison (or, if B no longer had it either, on no clause at all);
* the text it speaks about changed (``TEXT_CHANGED``): the quoted range is nowhere in the new
  clause, or, for a note on a whole clause, the clause or one of its sub-clauses was reworded.
  A flagged note keeps the text snapshot and range it was written on, so the reviewer sees
  what it said; an unflagged one takes the new text and the range's new place in it.

Pure functions of values: the caller stores the result (``workspace.annotations.add_all``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Iterable

from ..core.compare import Comparison, Pair
from ..core.model import Clause
from .annotations import Anchor, Annotation, Side, TextRange, clause_text
from .drafts import DraftPair, now

REMOVED = "clause removed in the new draft"
TEXT_CHANGED = "annotated text changed"


def carry_forward(annotations: Iterable[Annotation], old: Comparison, new: Comparison,
                  drafts: DraftPair, already: Iterable[Annotation] = ()) -> list[Annotation]:
    """New annotations for the comparison ``new`` (B -> C), one per annotation of ``old``.

    ``annotations`` belong to ``old`` (A -> B); ``drafts`` are the fingerprints of B and C.
    Annotations already carried into ``drafts`` (found in ``already`` by ``carried_from``)
    are not carried twice. Each result has a new id and names its origin in ``carried_from``.
    """
    done = {a.carried_from for a in already if a.drafts == drafts and a.carried_from}
    comparisons = _Comparisons(old, new)
    return [_carry(annotation, comparisons, drafts)
            for annotation in annotations if annotation.id not in done]


@dataclass
class _Comparisons:
    """Lookups from a clause id to the pair that holds it on its left, in both comparisons."""

    old: Comparison
    new: Comparison

    def __post_init__(self) -> None:
        self.old_pairs = _pairs_by_left(self.old)
        self.new_pairs = _pairs_by_left(self.new)
        self.clauses_a = self.old.left.by_id()
        self.clauses_b = self.new.left.by_id()
        for pair in self.old.walk():  # clauses only the engine made ("art-5/text")
            self.clauses_a.update((c.id, c) for c in pair.left if c.id not in self.clauses_a)
        for pair in self.new.walk():
            self.clauses_b.update((c.id, c) for c in pair.left if c.id not in self.clauses_b)

    def in_b(self, annotation: Annotation) -> tuple[Clause | None, list[Clause]]:
        """The annotated clause itself, and the clause(s) of B the annotation concerns."""
        anchor = annotation.anchor
        if anchor.side is Side.LEFT:
            pair = self.old_pairs.get(anchor.clause_id)
            return self.clauses_a.get(anchor.clause_id), list(pair.right) if pair else []
        clause = self.clauses_b.get(anchor.clause_id)
        return clause, [clause] if clause else []


def _pairs_by_left(comparison: Comparison) -> dict[str, Pair]:
    return {clause.id: pair for pair in comparison.walk() for clause in pair.left}


def _carry(annotation: Annotation, comparisons: _Comparisons, drafts: DraftPair) -> Annotation:
    annotated, in_b = comparisons.in_b(annotation)
    anchor = annotation.anchor
    in_c = [c for b in in_b if b.id in comparisons.new_pairs
            for c in comparisons.new_pairs[b.id].right]
    if in_c:
        clause = _best(in_c, anchor)
        side = Side.PAIR if anchor.side is Side.PAIR else Side.RIGHT
        new_anchor, changed = _reanchor(anchor, clause, side)
        if anchor.range is None and annotated is not None:
            changed = changed or not _same(annotated.full_text, clause.full_text)
        reason = TEXT_CHANGED if changed else ""
    elif in_b:  # B had it, C does not: it stays on B's removed clause
        new_anchor, _ = _reanchor(anchor, _best(in_b, anchor), Side.LEFT)
        reason = REMOVED
    else:  # gone before B: keep what it said, on no clause
        new_anchor = replace(anchor, side=Side.PAIR, clause_id="")
        reason = REMOVED
    return replace(annotation, id=str(uuid.uuid4()), drafts=drafts, anchor=new_anchor,
                   modified=now(), carried_from=annotation.id,
                   needs_review=bool(reason) or annotation.needs_review,
                   review_reason=reason or annotation.review_reason)


def _best(candidates: list[Clause], anchor: Anchor) -> Clause:
    """Of a split's several clauses, the one that still holds the quoted text, else the first."""
    if anchor.range is not None:
        for clause in candidates:
            if anchor.range.quote in clause_text(clause):
                return clause
    return candidates[0]


def _reanchor(anchor: Anchor, clause: Clause, side: Side) -> tuple[Anchor, bool]:
    """The anchor moved onto ``clause``, and whether the text it speaks about changed."""
    text = clause_text(clause)
    span = anchor.range
    if span is not None:
        start = _nearest(text, span.quote, span.start)
        if start is None:
            return Anchor(side, clause.id, clause.citation, anchor.clause_text, span), True
        moved = TextRange(start, start + len(span.quote), span.quote)
        return Anchor(side, clause.id, clause.citation, text, moved), False
    if _same(anchor.clause_text, text):
        return Anchor(side, clause.id, clause.citation, text), False
    return Anchor(side, clause.id, clause.citation, anchor.clause_text), True


def _nearest(text: str, quote: str, near: int) -> int | None:
    """Where ``quote`` occurs in ``text``, the occurrence nearest to ``near``; None if nowhere."""
    best, start = None, text.find(quote)
    while start != -1:
        if best is None or abs(start - near) < abs(best - near):
            best = start
        start = text.find(quote, start + 1)
    return best


def _same(old: str, new: str) -> bool:
    """Equal but for spacing and line breaks, which never change what a clause says."""
    return " ".join(old.split()) == " ".join(new.split())
