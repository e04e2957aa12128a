"""The newer draft, paragraph by paragraph, with every change against the older draft marked.

This is the plan of the tracked-changes file, kept free of Word so it can be read and tested
as plain values: each ``DraftParagraph`` holds runs tagged "=" (kept), "+" (inserted) or "-"
(deleted), and says whether its paragraph mark itself was kept, inserted or deleted. An
added article is thus a run of inserted paragraphs; a removed one, deleted paragraphs that
vanish when the deletion is accepted; a renumbered one, its old number deleted and its new
number inserted.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterator, Sequence

from ..core.compare import Comparison, Pair, Status
from ..core.model import CONTAINER_KINDS, Clause, ClauseKind, Document
from . import moves
from .content import note_text, pair_notes, pair_texts, printable
from .options import BriefingOptions

#: Clauses whose label ("Article 4", "ANNEX I", "PART II") stands on a line of its own.
OWN_LINE_LABELS = CONTAINER_KINDS | {ClauseKind.ARTICLE, ClauseKind.ANNEX, ClauseKind.PROTOCOL,
                                     ClauseKind.APPENDIX}

Run = tuple[str, str]


@dataclass
class DraftParagraph:
    """One paragraph of the tracked-changes draft."""

    runs: list[Run] = field(default_factory=list)
    mark: str = "="          # the paragraph mark: "=" kept, "+" inserted, "-" deleted
    style: str = "Normal"
    indent: int = 0          # nesting depth of points and sub-points
    comments: list[tuple[str, str]] = field(default_factory=list)  # (author, text)
    #: A paragraph of a moved clause: "from" at its old place, "to" at its new one, with the
    #: move's name (the same on both sides), so the writer makes Word move revisions.
    move: str = ""
    move_name: str = ""
    #: How many leading runs are the clause's number ("Article 4", "2. "): a Word draft
    #: whose numbering is automatic draws them itself, and they are then not written.
    label_runs: int = 0
    #: The clauses of the older and newer draft this line belongs to (None: not on that side).
    old_owner: Clause | None = field(default=None, repr=False, compare=False)
    new_owner: Clause | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        return "".join(text for _, text in self.runs)


def draft_paragraphs(comparison: Comparison, options: BriefingOptions) -> Iterator[DraftParagraph]:
    """The whole newer draft in reading order, removed and moved units where they stood."""
    headers = _ContainerHeaders(comparison.left, comparison.right)
    old_places = moves.old_places(comparison)
    para_moves = moves.ParagraphMoves(comparison)
    for moved in old_places.get(-1, ()):
        yield from _moved_from_here(moved, options)
    for number, pair in enumerate(comparison.pairs):
        yield from headers.before(pair)
        if moves.tracks_move(pair):
            yield from _as_move(_pair_tree(moves.as_added(pair), 0, options, "", para_moves),
                                "to", pair)
        elif pair.status in (Status.MERGED, Status.SPLIT):
            yield from _replaced(pair, options)
        else:
            yield from _pair_tree(pair, 0, options, "", para_moves)
        for moved in old_places.get(number, ()):
            yield from _moved_from_here(moved, options)


def _replaced(pair: Pair, options: BriefingOptions) -> Iterator[DraftParagraph]:
    """A merge or a split: the older articles deleted whole, in their own order, then the
    newer ones inserted whole. Word-level marks across two articles cannot keep both drafts'
    orders at once; this way Reject All gives the older draft and Accept All the newer, each
    paragraph in its place. The pair's notes go on the first inserted paragraph."""
    for clause in pair.left:
        yield from _pair_tree(moves.clause_removed(clause), 0, options)
    first = True
    for clause in pair.right:
        for paragraph in _pair_tree(moves.clause_added(clause), 0, options):
            if first:
                paragraph.comments.extend(_comments(pair, options))
                first = False
            yield paragraph


def _moved_from_here(pair: Pair, options: BriefingOptions) -> Iterator[DraftParagraph]:
    yield from _as_move(_pair_tree(moves.as_removed(pair), 0, options, ""), "from", pair)


def _as_move(paragraphs: Iterator[DraftParagraph], side: str,
             pair: Pair) -> Iterator[DraftParagraph]:
    """Marks the paragraphs of a moved clause as one side of a Word move (named after the
    clause's id in the newer draft, the same on both sides); a paragraph already part of
    a move of its own (a paragraph that moved into a moved article) keeps it."""
    name = "move-" + pair.right[0].id if pair.right else ""
    for paragraph in paragraphs:
        if not paragraph.move:
            paragraph.move, paragraph.move_name = side, name
        yield paragraph


def _pair_tree(pair: Pair, depth: int, options: BriefingOptions, move_note: str = "",
               para_moves: moves.ParagraphMoves | None = None) -> Iterator[DraftParagraph]:
    paragraphs = pair_paragraphs(pair, depth)
    if paragraphs:
        if move_note:
            paragraphs[0].comments.append(("Clausewise", move_note))
        paragraphs[0].comments.extend(_comments(pair, options, with_move=not move_note))
    leaving = para_moves.leaving(pair) if para_moves is not None else []
    placed: set[int] = set()

    def moved_out(moved: Pair) -> Iterator[DraftParagraph]:
        """A paragraph that left for another article, deleted at its old place."""
        placed.add(id(moved))
        yield from _as_move(_pair_tree(moves.as_removed(moved), depth + 1, options, "",
                                       para_moves), "from", moved)

    def moved_out_after(clause_id: str | None) -> Iterator[DraftParagraph]:
        for moved in para_moves.after(clause_id, leaving) if leaving else ():
            if id(moved) not in placed:
                yield from moved_out(moved)
                yield from moved_out_after(moved.left[0].id)

    yield from moved_out_after(None) if not pair.children else ()
    first = True
    for own, children in _by_parent_clause(pair, paragraphs):
        yield from own
        for child in children:
            if first:
                yield from moved_out_after(None)
                first = False
            if para_moves is not None and para_moves.is_moved_in(child):
                yield from _as_move(_pair_tree(moves.as_added(child), depth + 1, options, "",
                                               para_moves), "to", child)
            else:
                yield from _pair_tree(child, depth + 1, options, "", para_moves)
            for clause in child.left:
                yield from moved_out_after(clause.id)
    for moved in leaving:  # whatever had no placed neighbour: at the end of its old article
        if id(moved) not in placed:
            yield from moved_out(moved)


def _by_parent_clause(pair: Pair, paragraphs: list[DraftParagraph]
                      ) -> list[tuple[list[DraftParagraph], list[Pair]]]:
    """A split's row and children, put back article by article.

    The engine gives a split article one row (the headings of both new articles) and one
    list of children; in the draft, each new article's heading must stand before its own
    paragraphs. So the row's lines and the children are grouped by the new clause they
    belong to. The line break that ended a group's heading now comes before its paragraphs,
    which follow it in both drafts: it is kept, not inserted.

    A merge keeps its row whole, then all its children: its new heading may join the
    headings of two old articles on one line, which no regrouping could keep intact.
    """
    if len(pair.right) < 2 or not pair.children:
        return [(paragraphs, list(pair.children))]
    parents = pair.right
    groups: list[tuple[list[DraftParagraph], list[Pair]]] = [([], []) for _ in parents]
    index = {id(clause): number for number, clause in enumerate(parents)}
    group = 0
    for paragraph in paragraphs:
        group = index.get(id(paragraph.new_owner), group)
        groups[group][0].append(paragraph)
    child_index = {child.id: number for number, parent in enumerate(parents)
                   for child in parent.children}
    group = 0
    for child in pair.children:
        if child.right:
            group = child_index.get(child.right[0].id, group)
        groups[group][1].append(child)
    for own, children in groups[:-1]:
        if own and children:
            own[-1].mark = "="
    return groups


def _comments(pair: Pair, options: BriefingOptions,
              with_move: bool = True) -> list[tuple[str, str]]:
    """A moved clause says where it came from; the team's notes become Word comments."""
    comments = []
    if pair.moved and with_move and pair.left and pair.right:  # else a Word move says it
        was = " + ".join(pair.left_citations)
        comments.append(("Clausewise", f"Moved: this clause stood elsewhere in the older "
                                       f"draft (cited there as {was})."))
    for note in pair_notes(pair, options):
        comments.append((note.author or "Clausewise", note_text(replace(note, author=""))))
    return comments


def pair_paragraphs(pair: Pair, depth: int) -> list[DraftParagraph]:
    """The paragraphs of one pair's row: labels placed where each clause begins."""
    _, ops = pair_texts(pair)
    builder = _PairBuilder(pair, depth)
    builder.line_start(old_here=True, new_here=True)
    for op, text in ops:
        lines = printable(text).split("\n")
        for number, line in enumerate(lines):
            if number:
                builder.line_break(op)
            if line:
                builder.current.runs.append((op, line))
    return builder.finish()


class _PairBuilder:
    """Splits a pair's diff into paragraphs, keeping count of old and new lines."""

    def __init__(self, pair: Pair, depth: int) -> None:
        self.pair = pair
        self.depth = depth
        self.old_starts = _line_starts(pair.left)
        self.new_starts = _line_starts(pair.right)
        self.old_line = self.new_line = 0
        self.paragraphs: list[DraftParagraph] = []
        self.current = DraftParagraph()

    def line_break(self, op: str) -> None:
        """A line break of the diff: closes the paragraph with a mark of the same kind."""
        self.close(op)
        self.old_line += op in "=-"
        self.new_line += op in "=+"
        self.line_start(old_here=op in "=-", new_here=op in "=+")

    def close(self, mark: str) -> None:
        self.current.mark = mark
        self.paragraphs.append(self.current)
        self.current = DraftParagraph()

    def line_start(self, old_here: bool, new_here: bool) -> None:
        """Places the labels of the clauses that begin on this line, and the line's style."""
        old = self.old_starts.get(self.old_line) if old_here else None
        new = self.new_starts.get(self.new_line) if new_here else None
        owner = new or old or self._owner()
        self.current.style, self.current.indent = _line_style(owner, self._offset(owner),
                                                              self.depth)
        old_owner = _owning(self.old_starts, self.old_line)
        new_owner = _owning(self.new_starts, self.new_line)
        self.current.old_owner, self.current.new_owner = old_owner, new_owner
        if old is None and new is None:
            return
        label_runs = _label_runs(old.label if old else "", new.label if new else "")
        if not label_runs:
            return
        if owner.kind in OWN_LINE_LABELS:
            label = DraftParagraph(runs=label_runs, style=_label_style(owner),
                                   old_owner=old_owner, new_owner=new_owner,
                                   label_runs=len(label_runs))
            label.mark = "=" if old and new else ("+" if new else "-")
            self.paragraphs.append(label)
        else:
            self.current.runs.extend((op, text + " ") for op, text in label_runs)
            self.current.label_runs = len(label_runs)

    def _owner(self) -> Clause:
        """The clause this line belongs to: the newer side's where there is one."""
        owner = (_owning(self.new_starts, self.new_line)
                 or _owning(self.old_starts, self.old_line))
        return owner or (self.pair.right or self.pair.left)[0]

    def _offset(self, owner: Clause) -> int:
        for starts, line in ((self.new_starts, self.new_line), (self.old_starts, self.old_line)):
            for start, clause in starts.items():
                if clause is owner:
                    return line - start
        return 0

    def finish(self) -> list[DraftParagraph]:
        mark = "=" if self.pair.left and self.pair.right else ("+" if self.pair.right else "-")
        if self.current.runs or not self.paragraphs:
            self.close(mark)
        elif self.paragraphs[-1].mark != mark and not self.current.runs:
            self.paragraphs[-1].mark = mark
        return [paragraph for paragraph in self.paragraphs if paragraph.runs]


def _owning(starts: dict[int, Clause], line: int) -> Clause | None:
    """The clause whose lines include ``line``: the last one starting at or before it."""
    earlier = [start for start in starts if start <= line]
    return starts[max(earlier)] if earlier else None


def _line_starts(clauses: Sequence[Clause]) -> dict[int, Clause]:
    """Line index at which each clause's heading-and-text begins in the joined row text.

    A clause with neither heading nor text owns no line; it is then placed on the next
    clause's line only if it is the first (the row starts with it).
    """
    starts: dict[int, Clause] = {}
    line = 0
    for clause in clauses:
        starts.setdefault(line, clause)
        line += bool(clause.heading) + bool(clause.text)
    return starts


def _label_runs(old: str, new: str) -> list[Run]:
    old, new = printable(old).strip(), printable(new).strip()
    if old == new:
        return [("=", new)] if new else []
    return [run for run in (("-", old), ("+", new)) if run[1]]


def _label_style(clause: Clause) -> str:
    return "Heading 1" if clause.kind in CONTAINER_KINDS else "Heading 2"


def _line_style(owner: Clause, offset: int, depth: int) -> tuple[str, int]:
    """Word style and indent of a line: headings for titles of articles, Normal for text."""
    if owner.kind is ClauseKind.TITLE:
        return "Title", 0
    if offset == 0 and owner.heading:
        return ("Heading 1" if owner.kind in CONTAINER_KINDS else "Heading 3"), 0
    return "Normal", max(depth - 1, 0)


class _ContainerHeaders:
    """Parts, chapters and sections: the engine pairs only the units inside them, so their
    headings are placed here, before the first unit of each, inserted if they are new."""

    def __init__(self, left: Document, right: Document) -> None:
        self.left_chains = _container_chains(left)
        self.right_chains = _container_chains(right)
        self.left_by_citation = _by_citation(self.left_chains)
        self.right_by_citation = _by_citation(self.right_chains)
        self.placed: set[tuple[str, str]] = set()

    def before(self, pair: Pair) -> Iterator[DraftParagraph]:
        """The headings of the containers that open at this pair: first those only the older
        draft had (deleted), then the newer draft's (kept, or inserted if new)."""
        if pair.left:
            for container in self.left_chains.get(pair.left[0].id, ()):
                gone = container.citation not in self.right_by_citation
                if gone and self._first(container, "old"):
                    yield from _header(container, None)
        if pair.right:
            for container in self.right_chains.get(pair.right[0].id, ()):
                if self._first(container, "new"):
                    yield from _header(self.left_by_citation.get(container.citation), container)

    def _first(self, container: Clause, side: str) -> bool:
        """True the first time a container is met, so its heading is placed once."""
        key = (side, container.id)
        if key in self.placed:
            return False
        self.placed.add(key)
        return True


def _by_citation(chains: dict[str, tuple[Clause, ...]]) -> dict[str, Clause]:
    return {container.citation: container for chain in chains.values() for container in chain}


def _header(old: Clause | None, new: Clause | None) -> Iterator[DraftParagraph]:
    """A container's label and heading lines, marked against its namesake in the other draft."""
    label_runs = _label_runs(old.label if old else "", new.label if new else "")
    mark = "=" if old and new else ("+" if new else "-")
    if label_runs:
        yield DraftParagraph(runs=label_runs, mark=mark, style="Heading 1",
                             label_runs=len(label_runs))
    heading_runs = _label_runs(old.heading if old else "", new.heading if new else "")
    if heading_runs:
        yield DraftParagraph(runs=heading_runs, mark=mark, style="Heading 1")


def _container_chains(document: Document) -> dict[str, tuple[Clause, ...]]:
    """For each unit's id, the parts/chapters/sections it sits in, outermost first."""
    return document.unit_containers(preamble=False)
