"""The notes of the comparison shown, as a briefing prints them (``BriefingOptions.annotations``).

A briefing prints a row per aligned pair and its notes beside it. A note may sit on either
side of its pair (or on a clause of the older draft now renumbered), so each note is keyed
by the row it belongs to: ``"right:<citation>"`` for a pair with a newer clause, and
``"left:<citation>"`` for a removed clause. The side prefix keeps a removed old "Article 3"
apart from a new "Article 3".
"""

from __future__ import annotations

from typing import Iterable

from ..core.compare import Comparison, Pair
from ..reports import AnnotationNote
from ..store import Annotation


def row_key(pair: Pair) -> str:
    """The briefing's key for a pair's row (see ``reports.content.pair_notes``)."""
    if pair.right_citations:
        return f"right:{pair.right_citations[0]}"
    return f"left:{pair.left_citations[0]}" if pair.left_citations else ""


def briefing_notes(notes: Iterable[Annotation], comparison: Comparison
                   ) -> dict[str, list[AnnotationNote]]:
    """The notes keyed by their rows; a note whose clause is in neither draft is left out."""
    by_left: dict[str, Pair] = {}
    by_right: dict[str, Pair] = {}
    for pair in comparison.walk():
        by_left.update((clause.id, pair) for clause in pair.left)
        by_right.update((clause.id, pair) for clause in pair.right)
    keyed: dict[str, list[AnnotationNote]] = {}
    for note in notes:
        anchor = note.anchor
        lookup = (by_left, by_right) if anchor.side.value == "left" else (by_right, by_left)
        pair = lookup[0].get(anchor.clause_id) or lookup[1].get(anchor.clause_id)
        if pair is None or not row_key(pair):
            continue
        quote = f"“{anchor.range.quote}”: " if anchor.range else ""
        review = " (needs review)" if note.needs_review else ""
        keyed.setdefault(row_key(pair), []).append(AnnotationNote(
            citation=anchor.citation, tag=note.tag, status=note.status.value + review,
            author=note.author, text=quote + note.note))
    return keyed
