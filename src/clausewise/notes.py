"""Notes joined to the pairs of a comparison: the one place where a note finds its row.

A note (``store.Annotation``) is anchored to a clause by its stable id and its side. Each
pair's row has a stable key, ``core.describe.row_key(pair)`` = (side, clause id of its first
clause); the window marks a note on that row and a briefing prints it there. A note on the
older side of a pair whose clause is still in the newer draft goes to the pair's row all the
same, and a removed old "Article 3" never meets a new "Article 3": ids, not citations, decide.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from .core.compare import Comparison, Pair
from .core.describe import RowKey, row_key
from .core.lineage import History
from .reports.options import AnnotationNote
from .store import Annotation, Side


def pair_of(note: Annotation, by_left: dict[str, Pair], by_right: dict[str, Pair]) -> Pair | None:
    """The pair holding the note's clause: on its own side first, then on the other."""
    anchor = note.anchor
    first, second = (by_left, by_right) if anchor.side is Side.LEFT else (by_right, by_left)
    return first.get(anchor.clause_id) or second.get(anchor.clause_id)


def notes_by_row(notes: Iterable[Annotation], comparison: Comparison
                 ) -> dict[RowKey, list[Annotation]]:
    """The notes keyed by their pair's row; a note whose clause is in neither draft is left
    out (it keeps the text it was written on, in the workspace)."""
    by_left: dict[str, Pair] = {}
    by_right: dict[str, Pair] = {}
    for pair in comparison.walk():
        by_left.update((clause.id, pair) for clause in pair.left)
        by_right.update((clause.id, pair) for clause in pair.right)
    keyed: dict[RowKey, list[Annotation]] = {}
    for note in notes:
        if not note.anchor.anchored:
            continue
        pair = pair_of(note, by_left, by_right)
        key = row_key(pair) if pair is not None else None
        if key is not None:
            keyed.setdefault(key, []).append(note)
    return keyed


def briefing_note(note: Annotation) -> AnnotationNote:
    """A note as a briefing prints it: the words it was written on, then the note."""
    anchor = note.anchor
    quote = f"“{anchor.range.quote}”: " if anchor.range else ""
    review = " (needs review)" if note.needs_review else ""
    return AnnotationNote(citation=anchor.citation, tag=note.tag,
                          status=note.status.value + review, author=note.author,
                          text=quote + note.note)


def briefing_notes(notes: Iterable[Annotation], comparison: Comparison
                   ) -> dict[RowKey, list[AnnotationNote]]:
    """``BriefingOptions.annotations`` for these notes on this comparison."""
    return {key: [briefing_note(note) for note in keyed]
            for key, keyed in notes_by_row(notes, comparison).items()}


def notes_by_lineage(notes: Iterable[Annotation], found: History, fingerprints: Sequence[str]
                     ) -> dict[int, list[Annotation]]:
    """The notes on any clause of any draft of a series, keyed by the index of their lineage
    in ``found.lineages``, oldest first. A note is written on a clause of a draft, known by
    the draft's fingerprint (``fingerprints``, one per draft of the series) and the clause
    id. A note carried forward into the next comparison (``carried_from``) is the same note:
    it is given once, where it was first written, unless its words were changed since."""
    where: dict[tuple[str, str], int] = {}
    for index, lineage in enumerate(found.lineages):
        for draft, clauses in enumerate(lineage.clauses):
            for clause in clauses:
                for part in clause.walk():
                    where.setdefault((fingerprints[draft], part.id), index)
    notes = list(notes)
    placed: dict[str, tuple[int, str]] = {}   # note id -> (its lineage, its words)
    for note in notes:
        anchor = note.anchor
        if not anchor.anchored:
            continue
        draft = note.drafts.left if anchor.side is Side.LEFT else note.drafts.right
        index = where.get((draft, anchor.clause_id))
        if index is not None:
            placed[note.id] = (index, note.note)
    keyed: dict[int, list[Annotation]] = {}
    for note in sorted((n for n in notes if n.id in placed), key=lambda a: (a.created, a.id)):
        if note.carried_from and placed.get(note.carried_from) == placed[note.id]:
            continue   # a copy carried forward, still saying the same of the same provision
        keyed.setdefault(placed[note.id][0], []).append(note)
    return keyed


__all__ = ["briefing_note", "briefing_notes", "notes_by_lineage", "notes_by_row", "pair_of"]
