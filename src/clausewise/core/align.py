"""Aligning two drafts clause by clause: which old clauses became which new ones.

Top-level units first (recitals, articles, annexes, final clauses...: ``Document.units``),
then, inside each aligned pair, their paragraphs, then the points of those, with the same
matcher (``core.matching``). Each pair gets a status (unchanged, modified, added, removed,
split, merged) and two flags: *moved* (its order changed relative to the rest: the fewest
moves that explain the new order) and *renumbered* (its written number changed).

Numbering never counts as a change: labels are not part of a clause's text, and
cross-reference numbers are masked in the comparison key (``core.textkey``), so a renumbered
but otherwise identical article is "unchanged, renumbered".

A paragraph that moved to another article is found by a last pass over every paragraph left
unmatched anywhere in the tree: it becomes a child pair of its new article, marked moved,
instead of "removed here, added there".

The result is a tree of ``Pair`` objects (``core.compare``) in the reading order of the newer
draft, removed clauses where they stood. ``align`` leaves ``Pair.diff`` empty; ``compare``
builds the same tree with the diffs filled in, in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator, Sequence

from .result import Cancelled, CompareOptions, DiffOp, Pair, Status, built_pair
from .gcpause import no_cyclic_gc
from .matching import Item, Matcher, Rules, Vocabulary, in_order, similarity
from .model import Clause, ClauseKind, Document
from .textkey import text_key

#: A paragraph found in another article must be at least this similar to count as moved...
MOVE_THRESHOLD = 0.75
#: ...and at least this many words long (short boilerplate recurs everywhere).
MOVE_MIN_WORDS = 5

#: Given a node's old and new row texts, returns its diff.
Differ = Callable[[str, str], tuple[DiffOp, ...]]


@dataclass(frozen=True, slots=True)
class Alignment:
    """The aligned pairs of two drafts, without diffs (``compare`` adds them)."""

    pairs: tuple[Pair, ...]

    def walk(self) -> Iterator[Pair]:
        for pair in self.pairs:
            yield from pair.walk()


def align(left: Document, right: Document, options: CompareOptions | None = None) -> Alignment:
    """Aligns the clauses of an older draft (``left``) with those of a newer one (``right``)."""
    return Alignment(build_pairs(left, right, options or CompareOptions()))


def build_pairs(left: Document, right: Document, options: CompareOptions,
                differ: Differ | None = None) -> tuple[Pair, ...]:
    """The pair tree; with ``differ``, each pair's diff too. Raises Cancelled when asked to."""
    with no_cyclic_gc():
        return _Aligner(options, differ).run(left, right)


def row_text(clauses: Sequence[Clause], with_text: bool = True) -> str:
    """What a pair's row shows of its clauses: heading and own text (children have rows)."""
    parts = []
    for clause in clauses:
        if clause.heading:
            parts.append(clause.heading)
        if clause.text and with_text:
            parts.append(clause.text)
    return "\n".join(parts)


def text_as_clause(clause: Clause) -> Clause:
    """An article's own text as a clause of its own, cited as the article.

    Used when one draft has "Article 5 / Text." and the other "Article 5 / 1. Text. / 2. More.":
    the text is then aligned with paragraph 1 instead of reading as deleted and re-added.
    """
    return Clause(id=f"{clause.id}/text", kind=ClauseKind.UNNUMBERED, label="", number="",
                  citation=clause.citation, heading="", text=clause.text, span=clause.span)


class _Node:
    """A pair under construction: the tree is rearranged by the rescue pass, then frozen."""

    __slots__ = ("left", "right", "moved", "similarity", "children", "depth", "text_moved",
                 "basis")

    def __init__(self, left: list[Item], right: list[Item], depth: int,
                 similarity: float | None = None, moved: bool = False,
                 basis: str = "text") -> None:
        self.left = left
        self.right = right
        self.depth = depth
        self.similarity = similarity
        self.moved = moved
        #: What paired the two sides (``Pair.basis``); unused for added and removed nodes.
        self.basis = basis
        self.children: list[_Node] = []
        #: Per side: the clause's own text is shown as a child (``text_as_clause``).
        self.text_moved = (False, False)


class _Aligner:
    """One comparison's state: the options, the user's rules, the words and keys seen."""

    def __init__(self, options: CompareOptions, differ: Differ | None) -> None:
        self.options = options
        self.differ = differ
        self.vocabulary = Vocabulary()
        self.rules = _rules(options)
        self.top: list[_Node] = []
        self._keys: dict[str, str] = {}

    # -- the whole run -----------------------------------------------------------------------

    def run(self, left: Document, right: Document) -> tuple[Pair, ...]:
        self._progress(0.0)
        lefts = [self._item(clause) for clause in left.units()]
        rights = [self._item(clause) for clause in right.units()]
        self._progress(0.1)
        self.top = self._sequence(lefts, rights, 0)
        self._progress(0.3)
        total = max(len(self.top), 1)
        for count, node in enumerate(self.top):
            self._fill_children(node)
            if count % 64 == 0:
                self._progress(0.3 + 0.2 * count / total)
        self._rescue_moved_children()
        self._progress(0.5 if self.differ else 0.9)
        pairs = []
        for count, node in enumerate(self.top):
            pairs.append(self._freeze(node))
            if count % 64 == 0:
                self._check()
                self._progress(0.5 + 0.5 * count / total if self.differ else 0.9)
        self._progress(1.0)
        return tuple(pairs)

    def _item(self, clause: Clause) -> Item:
        heading, own = clause.heading, clause.text  # row_text of the one clause, inline
        text = f"{heading}\n{own}" if heading and own else heading or own
        own_key = self._keys.get(text)
        if own_key is None:  # most clauses read the same in both drafts: key them once
            options = self.options
            own_key = self._keys[text] = text_key(text, options.ignore_case,
                                                  options.ignore_punctuation,
                                                  options.ignore_whitespace)
        children = [self._item(child) for child in clause.children] if clause.children else []
        return Item(clause, own_key, children, self.vocabulary, text)

    # -- one level ---------------------------------------------------------------------------

    def _sequence(self, lefts: list[Item], rights: list[Item], depth: int,
                  parent_of: list[int] | None = None) -> list[_Node]:
        """Matched, added and removed nodes of one level, in the order a reader expects.

        ``parent_of`` tells, for the children of a split, which new clause each new child
        belongs to: order (and so "moved") counts within each of them, since paragraphs that
        went to the second article of a split did not move in the reader's eyes.
        """
        groups = Matcher(lefts, rights, self.rules, self._check, top_level=depth == 0).run()
        for item in lefts:
            item.release()
        for item in rights:
            item.release()
        kept = [False] * len(groups)
        by_parent: dict[int, list[int]] = {}
        for k, group in enumerate(groups):
            by_parent.setdefault(parent_of[group.rights[0]] if parent_of else 0, []).append(k)
        for members in by_parent.values():
            stays = in_order([(groups[k].lefts[0], groups[k].rights[0],
                               sum(lefts[i].size for i in groups[k].lefts)) for k in members])
            for k, stay in zip(members, stays):
                kept[k] = stay
        by_right: dict[int, _Node] = {}
        place_of: dict[int, int] = {}  # old index -> new index of its pair, if it kept its place
        matched_lefts: set[int] = set()
        for group, stays in zip(groups, kept):
            basis = group.basis or ("manual" if group.manual else "text")
            node = _Node([lefts[i] for i in group.lefts], [rights[j] for j in group.rights],
                         depth, group.similarity, moved=not stays, basis=basis)
            by_right[group.rights[0]] = node
            matched_lefts.update(group.lefts)
            if stays:
                for i in group.lefts:
                    place_of[i] = group.rights[0]
        matched_rights = {j for g in groups for j in g.rights}
        for j, item in enumerate(rights):
            if j not in matched_rights:
                by_right[j] = _Node([], [item], depth)
        # Removed clauses stand after the last old clause before them that kept its place.
        removed_after: dict[int, list[_Node]] = {}
        anchor = -1
        for i, item in enumerate(lefts):
            if i in place_of:
                anchor = place_of[i]
            elif i not in matched_lefts:
                removed_after.setdefault(anchor, []).append(_Node([item], [], depth))
        ordered = list(removed_after.get(-1, ()))
        for j in sorted(by_right):
            ordered.append(by_right[j])
            ordered.extend(removed_after.get(j, ()))
        return ordered

    def _fill_children(self, node: _Node) -> None:
        """Aligns the children of a node's clauses (recursively)."""
        lefts = [child for item in node.left for child in item.children]
        rights = [child for item in node.right for child in item.children]
        if not lefts and not rights:
            return
        if _same_children(node, lefts, rights) and self.rules.leaves_alone(lefts, rights):
            node.children = [_Node([old], [new], node.depth + 1, 1.0)
                             for old, new in zip(lefts, rights)]
        elif not node.left or not node.right:
            node.children = [_Node([old], [], node.depth + 1) for old in lefts] + [
                _Node([], [new], node.depth + 1) for new in rights]
        else:
            lefts, rights = self._with_texts_as_children(node, lefts, rights)
            parent_of = None
            if len(node.right) > 1:
                parent_of = [k for k, item in enumerate(node.right) for _ in item.children]
            node.children = self._sequence(lefts, rights, node.depth + 1, parent_of)
        for child in node.children:
            self._fill_children(child)

    def _with_texts_as_children(self, node: _Node, lefts: list[Item],
                                rights: list[Item]) -> tuple[list[Item], list[Item]]:
        """When only one draft puts an article's text in paragraphs, aligns it with them."""
        if len(node.left) != 1 or len(node.right) != 1:
            return lefts, rights
        old, new = node.left[0].clause, node.right[0].clause
        if old.text and not new.text and rights:
            node.text_moved = (True, False)
            return [self._item(text_as_clause(old))] + lefts, rights
        if new.text and not old.text and lefts:
            node.text_moved = (False, True)
            return lefts, [self._item(text_as_clause(new))] + rights
        return lefts, rights

    # -- paragraphs that moved to another article --------------------------------------------

    def _rescue_moved_children(self) -> None:
        """Pairs clauses left unmatched in different places: a paragraph moved elsewhere.

        Only the user's forced links may pair a top-level unit this way (e.g. an article that
        became a paragraph); the automatic pass looks at paragraphs and points only.
        """
        if self.rules.forced:
            self._rescue(include_units=True, forced_only=True)
        self._rescue(include_units=False, forced_only=False)

    def _rescue(self, include_units: bool, forced_only: bool) -> None:
        removed, added = [], []
        siblings_of: dict[int, list[_Node]] = {}
        for node, parent in self._walk(self.top, None):
            if node.depth == 0 and not include_units:
                continue
            if parent is not None and not (parent.left and parent.right):
                # Inside a removed or added clause: it goes with it. Taking a paragraph out
                # of an article shown as removed, to pair it elsewhere, would contradict
                # the article's own row.
                continue
            siblings_of[id(node)] = parent.children if parent is not None else self.top
            if node.left and not node.right:
                removed.append(node)
            elif node.right and not node.left:
                added.append(node)
        if not removed or not added:
            return
        matcher = Matcher([node.left[0] for node in removed], [node.right[0] for node in added],
                          self.rules, self._check)
        if forced_only:
            groups = matcher.run_forced()
        else:
            groups = matcher.run_unordered(MOVE_THRESHOLD, MOVE_MIN_WORDS)
        taken: set[int] = set()
        for group in groups:
            if len(group.lefts) != 1 or len(group.rights) != 1:
                continue
            old, new = removed[group.lefts[0]], added[group.rights[0]]
            taken.add(id(old))
            new.left = [old.left[0]]
            new.similarity = group.similarity
            new.moved = True
            new.basis = "manual" if group.manual else "text"
            new.children = []
            self._fill_children(new)
        if taken:  # one pass over each list of siblings, not one removal at a time
            for siblings in {id(s): s for s in siblings_of.values()}.values():
                siblings[:] = [node for node in siblings if id(node) not in taken]

    def _walk(self, nodes: list[_Node],
              parent: _Node | None) -> Iterator[tuple[_Node, _Node | None]]:
        """Every node with its parent, depth first."""
        for node in nodes:
            yield node, parent
            yield from self._walk(node.children, node)

    # -- freezing ----------------------------------------------------------------------------

    def _freeze(self, node: _Node) -> Pair:
        left = tuple([item.clause for item in node.left])
        right = tuple([item.clause for item in node.right])
        status = _status(node)
        if status in (Status.ADDED, Status.REMOVED):
            score = 0.0
        elif node.similarity is not None:
            score = node.similarity
        else:
            score = similarity(node.left, node.right)
        if status is Status.UNCHANGED:
            score = 1.0
        diff: tuple[DiffOp, ...] = ()
        if self.differ is not None:
            old_moved, new_moved = node.text_moved
            diff = self.differ(_row_of(node.left, left, not old_moved),
                               _row_of(node.right, right, not new_moved))
        children = tuple([self._freeze(child) for child in node.children])
        return built_pair(left, right, status, node.moved, _renumbered(left, right), score,
                          diff, children, node.basis if left and right else "")

    # -- cancel and progress -----------------------------------------------------------------

    def _check(self) -> None:
        cancel = self.options.cancel
        if cancel is not None and cancel():
            raise Cancelled("comparison cancelled")

    def _progress(self, fraction: float) -> None:
        self._check()
        if self.options.progress is not None:
            self.options.progress(min(max(fraction, 0.0), 1.0))


def _row_of(items: list[Item], clauses: tuple[Clause, ...], with_text: bool) -> str:
    """``row_text`` of one side of a pair, read once already for a single clause's item."""
    if len(items) == 1 and with_text and items[0].row is not None:
        return items[0].row
    return row_text(clauses, with_text)


def _same_children(node: _Node, lefts: list[Item], rights: list[Item]) -> bool:
    """The fast path: an unchanged 1:1 pair whose children match one for one."""
    return (len(node.left) == 1 and len(node.right) == 1
            and node.left[0].key == node.right[0].key and len(lefts) == len(rights)
            and all(old.key == new.key for old, new in zip(lefts, rights)))


def _status(node: _Node) -> Status:
    if not node.left:
        return Status.ADDED
    if not node.right:
        return Status.REMOVED
    if len(node.left) == 1 and len(node.right) > 1:
        return Status.SPLIT
    if len(node.left) > 1:
        return Status.MERGED
    return Status.UNCHANGED if node.left[0].key == node.right[0].key else Status.MODIFIED


def _renumbered(left: tuple[Clause, ...], right: tuple[Clause, ...]) -> bool:
    """Whether the number the clause is cited by changed ("Article 7" -> "Article 9",
    "Preamble, recital 4" -> "recital 5"). Clauses with no number on either side never are."""
    if not left or not right:
        return False
    old = [clause.number for clause in left]
    new = [clause.number for clause in right]
    if len(old) == 1 and len(new) == 1:
        return old[0] != new[0] and bool(old[0] or new[0])
    single, several = (old[0], new) if len(old) == 1 else (new[0], old)
    return single not in several


def _rules(options: CompareOptions) -> Rules:
    """The manual links as the matcher needs them: forced groups, forbidden pairs."""
    rules = Rules()
    linked = [link for link in options.manual_links if link.linked]
    rules.forbidden = {(link.left_id, link.right_id)
                       for link in options.manual_links if not link.linked}
    by_left: dict[str, set[str]] = {}
    by_right: dict[str, set[str]] = {}
    for link in linked:
        by_left.setdefault(link.left_id, set()).add(link.right_id)
        by_right.setdefault(link.right_id, set()).add(link.left_id)
    seen: set[tuple[str, str]] = set()
    for link in linked:
        if (link.left_id, link.right_id) in seen:
            continue
        rights = by_left[link.left_id]
        lefts = set().union(*(by_right[r] for r in rights))
        if len(lefts) > 1 and len(rights) > 1:
            continue  # several to several: not a split nor a merge; ignored
        if len(lefts) > 1:
            rights = set().union(*(by_left[old] for old in lefts))
            if len(rights) > 1:
                continue
        rules.forced.append((frozenset(lefts), frozenset(rights)))
        seen.update((old, new) for old in lefts for new in rights)
        rules.reserved_left.update(lefts)
        rules.reserved_right.update(rights)
    return rules
