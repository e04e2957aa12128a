"""How a pair is described to a reader: its title, its change words, its mark.

Worked out once here, from the Comparison alone, so that the window (rows, outline, gutter)
and the briefings (PDF, Word) name and describe every pair the same way:

* ``title(pair)``: "Article 6", or "Article 4 → Article 5" when renumbered;
  ``renumbering(pair)`` is the brief form the window prints ("recital 4 → recital 5");
* ``own_text_changed(pair)``: whether the pair's own row (heading and text) differs, rather
  than only its children; ``changed_itself(pair)``: whether its own row has anything to say;
* ``status_words(pair)``: "modified, moved, renumbered" (tool tips, screen readers);
  ``change_words(pair)``: the briefing's words, which also say "modified in its paragraphs"
  and carry the engine's notes;
* ``mark(pair)``: the gutter mark, readable without colour ("~↕#");
* ``row_key(pair)``: the stable key of a pair's row, (side, clause id), by which notes are
  joined to pairs (see ``clausewise.notes``);
* ``substantive(comparison)``: the pairs' flags grouped by kind, in the order and with the
  titles of the "Substantive changes" block of the summary and the briefings;
  ``flag_words(flag)``: one flag in words ("shall → should").
"""

from __future__ import annotations

from .align import row_text  # a pair's own text, exactly as the engine diffs it
from .result import FLAG_KINDS, Comparison, Flag, Pair, Status

#: A mark per status, readable without colour; moved and renumbered are added to it.
STATUS_MARKS = {
    Status.UNCHANGED: "",
    Status.MODIFIED: "~",
    Status.ADDED: "+",
    Status.REMOVED: "−",
    Status.SPLIT: "<",
    Status.MERGED: ">",
}
MOVED_MARK = "↕"
RENUMBERED_MARK = "#"

#: (side, clause id): the row of a pair, as notes find it. Side is "left" or "right".
RowKey = tuple[str, str]


def citations(pair: Pair) -> tuple[str, str]:
    """The pair's older and newer citations, several joined by " + " ("" for none)."""
    return " + ".join(pair.left_citations), " + ".join(pair.right_citations)


def title(pair: Pair, brief: bool = False) -> str:
    """ "Article 6", or "Article 4 → Article 5" if the citations differ; the newer citation
    for an added pair, the older for a removed one. ``brief`` shortens a renumbering within
    one container as ``renumbering`` does."""
    old, new = citations(pair)
    if not old or not new or old == new:
        return new or old
    return renumbering(pair) if brief else f"{old} → {new}"


def renumbering(pair: Pair) -> str:
    """ "Article 7 → Article 9"; "recital 4 → recital 5" when both are in the preamble."""
    old, new = citations(pair)
    head, comma, _ = old.rpartition(", ")
    if comma and new.startswith(head + comma) and "+" not in old + new:
        return f"{old[len(head) + 2:]} → {new[len(head) + 2:]}"
    return f"{old} → {new}"


def own_text_changed(pair: Pair) -> bool:
    """Whether the pair's own row (heading and text) differs, rather than only its children."""
    if pair.diff:
        return any(op != "=" for op, _ in pair.diff)
    return row_text(pair.left) != row_text(pair.right)


def changed_itself(pair: Pair) -> bool:
    """A change in this row, not merely in a child row (those get rows of their own)."""
    return (pair.status is not Status.UNCHANGED or pair.moved or pair.renumbered
            or bool(pair.notes))


def status_words(pair: Pair) -> str:
    """Words for the mark: "modified, moved, renumbered" (the status always comes first)."""
    words = [pair.status.value]
    if pair.moved:
        words.append("moved")
    if pair.renumbered:
        words.append("renumbered")
    return ", ".join(words)


def change_words(pair: Pair) -> str:
    """The change as a briefing prints it: "modified, moved, renumbered", "modified in its
    paragraphs" when only its children changed, "unchanged"; then the engine's notes."""
    words = [] if pair.status is Status.UNCHANGED else [pair.status.value]
    if pair.status is Status.MODIFIED and pair.children and not own_text_changed(pair):
        words = ["modified in its paragraphs"]
    if pair.moved:
        words.append("moved")
    if pair.renumbered:
        words.append("renumbered")
    text = ", ".join(words) or "unchanged"
    for note in pair.notes:  # e.g. a cross-reference that was not updated
        text += f"; {note}"
    return text


def mark(pair: Pair) -> str:
    """The gutter mark of a pair: its status, then ↕ if moved and # if renumbered."""
    text = STATUS_MARKS[pair.status]
    if pair.moved:
        text += MOVED_MARK
    if pair.renumbered:
        text += RENUMBERED_MARK
    return text


def row_key(pair: Pair) -> RowKey | None:
    """The row's key: its first newer clause, or its first older one if it was removed."""
    if pair.right:
        return ("right", pair.right[0].id)
    if pair.left:
        return ("left", pair.left[0].id)
    return None


#: How the "Substantive changes" block titles each kind of flag.
FLAG_TITLES = {
    "modal": "Strength of obligation",
    "negation": "Negation",
    "number": "Numbers, dates and periods",
    "reference": "Cross-references",
    "party": "Parties and actors",
    "bracket": "Brackets and alternatives",
    "placeholder": "Placeholders",
}


def substantive(comparison: Comparison) -> list[tuple[str, str, list[tuple[Pair, Flag]]]]:
    """(kind, title, [(pair, flag)...]) per kind that has flags, kinds in ``FLAG_KINDS``
    order, flags in reading order of the newer draft."""
    by_kind: dict[str, list[tuple[Pair, Flag]]] = {kind: [] for kind in FLAG_KINDS}
    for pair in comparison.walk():
        for flag in pair.flags:
            by_kind.setdefault(flag.kind, []).append((pair, flag))
    return [(kind, FLAG_TITLES.get(kind, kind), found) for kind, found in by_kind.items()
            if found]


def flag_words(flag: Flag) -> str:
    """ "shall → should"; "— → the receiving Party" for words added; then the note when it
    says more ("alternative chosen: shall")."""
    text = f"{flag.old or '—'} → {flag.new or '—'}"
    if flag.note and not flag.note.startswith(flag.kind):
        text += f" ({flag.note})"
    return text


__all__ = ["FLAG_TITLES", "MOVED_MARK", "RENUMBERED_MARK", "RowKey", "STATUS_MARKS", "change_words",
           "changed_itself", "citations", "flag_words", "mark", "own_text_changed", "renumbering",
           "row_key", "status_words", "substantive", "title"]
