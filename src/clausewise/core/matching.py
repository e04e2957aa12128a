"""Matching one level of clauses: which clauses of the old sequence are which of the new.

The aligner calls ``match`` once for the top-level units of the two drafts and once per
aligned pair for their paragraphs (and points). The steps, cheapest first:

1. Manual links the user gave (``Rules``): forced groups; forbidden pairs are never made.
2. Exact matches of the comparison key (numbering and cross-reference numbers masked), by hash.
3. The exact matches that keep their order are *anchors*; between two anchors, the unmatched
   clauses of both drafts form a gap. At the top level, a unit whose namesake (same kind,
   same number; the front matter with the front matter) stands once in the same gap is
   paired with it first when the two read alike, even where the words of another clause
   score higher (a paragraph that now repeats the cover page's long name, a footnote glued
   in by a plain-text export). The rest of a gap is paired by similarity (they stand in the
   same place, so a modest similarity is enough).
4. What is still unmatched is looked up across the whole sequence by shared three-word runs
   (shingles), and paired only when clearly similar: these are the moved *and* modified ones.
5. Splits and merges: a pair, or an unmatched clause, that explains its neighbours better
   when they are joined to it (one old article -> two consecutive new ones, or the reverse).
6. Slots: a clause still unmatched between two matched neighbours, facing exactly one
   unmatched clause of the same kind between the same neighbours in the other draft, is the
   same provision rewritten (a lawyer reads Article 6 between Articles 5 and 7 so, whatever
   its words): paired on its *heading* when the headings agree, else on its *position*
   when the number agrees or (between paired neighbours at the top level) some wording is
   shared. At the start or end of a sequence, or below the top level (where paragraphs move
   between articles more often than they are rewritten in place), the number or the
   heading must agree. In a slot of several clauses, those whose numbers run the same on
   both sides (two language versions), or whose heading is found once on each side, pair.

Similarity is the Indel ratio of the two keys' *word* sequences (rapidfuzz): on characters,
two unrelated English texts already look 40 % alike. Beyond ``LONG_WORDS`` words (an annex
holding dozens of articles, a report of hundreds of paragraphs) it is the overlap of the two
sides' three-word runs instead, which costs time in proportion to the text, not its square.

Every decision is deterministic: nothing depends on ``hash()`` of a string or on the
iteration order of a set, so the same drafts give the same answer in every process.
"""

from __future__ import annotations

import heapq
import weakref
from collections import Counter, defaultdict
from itertools import chain
from dataclasses import dataclass, field
from typing import Callable, Sequence

from rapidfuzz.distance import Indel

from .model import Clause, ClauseKind
from .textkey import key_words

#: In a gap between anchors, a pair needs this similarity.
GAP_THRESHOLD = 0.5
#: Anywhere else (a moved and modified clause), this much.
GLOBAL_THRESHOLD = 0.6
#: A split or merge must explain the joined clauses this well...
SPLIT_THRESHOLD = 0.8
#: ...and each clause joined must raise the similarity by this much.
SPLIT_MIN_GAIN = 0.02
#: A clause joined to a split or merge must have this share of its shingles in the other side.
CONTAINMENT = 0.5
#: Up to this many candidate pairs, a gap is scored exhaustively; beyond, through shingles.
FULL_SCORING_LIMIT = 400
#: Shingles shared by more clauses than this say nothing ("the Parties shall") and are skipped.
COMMON_SHINGLE = 50
#: At most this many candidates per clause are scored.
CANDIDATES = 6
#: Lone clauses in the same slot, numbered differently, are paired from this similarity.
SLOT_SIMILARITY = 0.3
#: Two units of the same kind and number in the same gap are paired from this likeness.
NAMESAKE_LIKENESS = 0.5
#: Beyond this many words on either side, similarity is measured on three-word runs.
LONG_WORDS = 4000
#: A clause is tried as the whole of a split or merge with at most this many candidate pieces.
SEED_CANDIDATES = 24
#: Trials of growing a pair into a split or merge, per clause of the level (plus a floor).
GROW_BUDGET_PER_ITEM = 4
GROW_BUDGET_FLOOR = 200


class Vocabulary(dict):
    """Words -> single characters, shared by both drafts, so that rapidfuzz compares words."""

    def __init__(self) -> None:
        super().__init__()
        #: key -> its words' codes: a text found in both drafts is read once.
        self._read: dict[str, str] = {}
        #: run of text between white space ("State,") -> its words' codes.
        self._pieces = _Pieces(self)

    def codes(self, key: str) -> str:
        """The codes of the words of a comparison key.

        Read piece by piece between white space, each distinct piece once: no word spans
        white space (``key_words``), so the words of the key are those of its pieces in
        order, and a piece seen before ("the", "State,") is one lookup in C instead of a
        pass of the word pattern. Codes are still given in the order the words first occur.
        """
        found = self._read.get(key)
        if found is None:
            found = self._read[key] = "".join(map(self._pieces.__getitem__, key.split()))
        return found

    def __missing__(self, word: str) -> str:
        number = 0x100 + len(self)
        code = self[word] = chr(number + 0x800 if number >= 0xD800 else number)
        return code

    def encode(self, words: Sequence[str]) -> str:
        return "".join(map(self.__getitem__, words))


class _Pieces(dict):
    """A vocabulary's pieces of text between white space -> the codes of their words."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        super().__init__()
        #: (a weak reference: the vocabulary holds this table, and a cycle would wait for
        #: the collector to free both)
        self._vocabulary = weakref.proxy(vocabulary)

    def __missing__(self, piece: str) -> str:
        codes = self[piece] = self._vocabulary.encode(key_words(piece))
        return codes


class Item:
    """One clause as the matcher sees it: its comparison key, and (lazily) its words."""

    __slots__ = ("clause", "own_key", "key", "children", "size", "_vocabulary", "_codes",
                 "_shingles", "_sketch", "row")

    def __init__(self, clause: Clause, own_key: str, children: list["Item"],
                 vocabulary: Vocabulary, row: str | None = None) -> None:
        self.clause = clause
        #: The text its row shows (heading and own text), when the aligner read it already.
        self.row = row
        self.own_key = own_key
        self.children = children
        if children:
            parts = [own_key] if own_key else []
            parts.extend([child.key for child in children if child.key])
            self.key = "\n".join(parts)
        else:  # most clauses: the key is the own key
            self.key = own_key
        self.size = len(self.key)
        self._vocabulary = vocabulary
        self._codes: str | None = None
        self._shingles: set[str] | None = None
        self._sketch: set[str] | None = None

    def release(self) -> None:
        """Forgets the shingles (the largest part of an item), once its level is matched;
        they are rebuilt if a later pass needs them."""
        self._shingles = self._sketch = None

    @property
    def codes(self) -> str:
        """The key's words, one character each.

        Built from the children's codes (the key joins the children's keys at line breaks,
        which no word spans), so that the words of a long annex are read once, not once per
        level.
        """
        if self._codes is None:
            own = self._vocabulary.codes(self.own_key) if self.own_key else ""
            self._codes = own + "".join([child.codes for child in self.children])
        return self._codes

    @property
    def shingles(self) -> set[str]:
        """Three-word runs of the key (the whole key when shorter)."""
        if self._shingles is None:
            codes = self.codes
            if len(codes) < 3:
                self._shingles = {codes} if codes else set()
            else:
                self._shingles = {codes[i:i + 3] for i in range(len(codes) - 2)}
        return self._shingles

    @property
    def sketch(self) -> set[str]:
        """A sample of the shingles, the same sample in every clause: for lookups.

        A long clause is found from a quarter of its shingles as well as from all of them,
        four times faster. The sample is chosen from the shingle's own characters (the word
        codes, shared by both drafts), never by ``hash()``, which changes from process to
        process.
        """
        if self._sketch is None:
            shingles = self.shingles
            if len(shingles) <= 24:
                self._sketch = shingles
            else:  # one in four, by a mix of the three word codes
                self._sketch = {s for s in shingles
                                if not (ord(s[0]) * 5 + ord(s[1]) * 3 + ord(s[2])) & 3}
        return self._sketch


@dataclass
class Rules:
    """The user's manual links, by clause id, in the form the matcher needs."""

    #: Groups the user forced: (left ids, right ids); one side has a single id.
    forced: list[tuple[frozenset[str], frozenset[str]]] = field(default_factory=list)
    #: (left id, right id) pairs that must never be paired.
    forbidden: set[tuple[str, str]] = field(default_factory=set)
    #: Ids taking part in a forced group: matched only through it.
    reserved_left: set[str] = field(default_factory=set)
    reserved_right: set[str] = field(default_factory=set)

    def leaves_alone(self, lefts: Sequence[Item], rights: Sequence[Item]) -> bool:
        """True when no manual link names any of these clauses (or their descendants)."""
        if not (self.forbidden or self.forced):
            return True
        named_left = self.reserved_left.union(left for left, _ in self.forbidden)
        named_right = self.reserved_right.union(right for _, right in self.forbidden)
        return not (any(c.id in named_left for item in lefts for c in item.clause.walk())
                    or any(c.id in named_right for item in rights for c in item.clause.walk()))

    def allows(self, lefts: Sequence[Item], rights: Sequence[Item]) -> bool:
        if not self.forbidden:
            return True
        return not any((left.clause.id, right.clause.id) in self.forbidden
                       for left in lefts for right in rights)


@dataclass
class Group:
    """Indices of the clauses matched together, one list per side, and their similarity."""

    lefts: list[int]
    rights: list[int]
    similarity: float | None = None
    exact: bool = False
    manual: bool = False  # forced by the user: never grown into a split or merge
    #: Why the clauses were paired when their text alone would not say so: "position" or
    #: "heading" (step 6); empty when the text decided (or the user did: ``manual``).
    basis: str = ""


def similarity(lefts: Sequence[Item], rights: Sequence[Item], cutoff: float = 0.0) -> float:
    """Word-level similarity of the joined keys of both sides, in [0, 1].

    Bounded cost: beyond ``LONG_WORDS`` words on either side, the overlap of three-word runs
    (``run_similarity``) stands in for the Indel ratio, whose cost grows with the product of
    the two lengths.
    """
    if len(lefts) == 1 and len(rights) == 1 and lefts[0].key == rights[0].key:
        return 1.0
    old_size = sum(len(item.codes) for item in lefts)
    new_size = sum(len(item.codes) for item in rights)
    if not old_size and not new_size:
        return 1.0 if "".join(i.key for i in lefts) == "".join(i.key for i in rights) else 0.0
    if not old_size or not new_size:
        return 0.0
    if 2 * min(old_size, new_size) < cutoff * (old_size + new_size):
        return 0.0  # the lengths alone rule it out
    if max(old_size, new_size) > LONG_WORDS:
        score = run_similarity(lefts, rights)
        return score if score >= cutoff else 0.0
    old = "".join(item.codes for item in lefts)
    new = "".join(item.codes for item in rights)
    return Indel.normalized_similarity(old, new, score_cutoff=cutoff)


def run_similarity(lefts: Sequence[Item], rights: Sequence[Item]) -> float:
    """Dice overlap of the two sides' three-word runs: linear in their length.

    Used for long texts only, where it tracks the ordered measure closely (one changed word
    breaks three runs of a few thousand) at a small fraction of its cost.
    """
    old = _joined_shingles(lefts)
    new = _joined_shingles(rights)
    if not old or not new:
        return 0.0
    return 2 * len(old & new) / (len(old) + len(new))


def _joined_shingles(items: Sequence[Item]) -> set[str]:
    if len(items) == 1:
        return items[0].shingles
    return set().union(*(item.shingles for item in items))


def group_similarity(one: Sequence[Item], several: Sequence[Item]) -> float:
    """Similarity of one side of a split or merge with the other, joined.

    The better of the ordered measure and a bag-of-words one: when paragraphs 3 and 4 of an
    article become the next article, the two new articles joined read 1, 2, 5, 6, 3, 4, yet
    every word is still there.
    """
    ordered = similarity(one, several)
    old = "".join(item.codes for item in one)
    new = "".join(item.codes for item in several)
    if not old or not new:
        return ordered
    shared = sum((Counter(old) & Counter(new)).values())
    return max(ordered, 2 * shared / (len(old) + len(new)))


def containment(part: Item, whole: Sequence[Item] | set[str]) -> float:
    """The share of ``part``'s shingles found in ``whole``: is part a piece of whole?

    ``whole`` may be given as its shingles already joined, when one whole is tested against
    many parts.
    """
    shingles = part.shingles
    if not shingles:
        return 0.0
    found = whole if isinstance(whole, set) else _joined_shingles(whole)
    return len(shingles & found) / len(shingles)


def in_order(positions: Sequence[tuple[int, int, int]]) -> list[bool]:
    """Which of the matched (left position, right position, weight) keep their order.

    The longest chain increasing in both drafts (ties broken by weight, so that long clauses
    stay put and short ones are the ones that moved) is kept; the rest moved. That is the
    fewest moves that explain the new order.
    """
    count = len(positions)
    if count == 0:
        return []
    order = sorted(range(count), key=lambda k: positions[k][1])
    ranks = {left: rank for rank, left in enumerate(sorted({p[0] for p in positions}), 1)}
    size = len(ranks)
    tree: list[tuple[int, int, int]] = [(0, 0, -1)] * (size + 1)  # (length, weight, index)
    back = [-1] * count
    best: tuple[int, int, int] = (0, 0, -1)
    for k in order:
        left, _, weight = positions[k]
        rank = ranks[left]
        found = (0, 0, -1)
        i = rank - 1
        while i > 0:
            if tree[i] > found:
                found = tree[i]
            i -= i & -i
        mine = (found[0] + 1, found[1] + weight, k)
        back[k] = found[2]
        if mine > best:
            best = mine
        i = rank
        while i <= size:
            if mine > tree[i]:
                tree[i] = mine
            i += i & -i
    kept = [False] * count
    k = best[2]
    while k != -1:
        kept[k] = True
        k = back[k]
    return kept


class Matcher:
    """Matches one sequence of old clauses with one sequence of new clauses."""

    def __init__(self, lefts: Sequence[Item], rights: Sequence[Item], rules: Rules,
                 check: Callable[[], None] | None = None, top_level: bool = True) -> None:
        self.items = (list(lefts), list(rights))
        #: At the top level, position alone can pair two clauses in the same slot.
        self.top_level = top_level
        self.rules = rules
        self.check = check or (lambda: None)
        self.owner: tuple[list[Group | None], list[Group | None]] = (
            [None] * len(lefts), [None] * len(rights))
        self.groups: list[Group] = []
        #: How many more joined texts the split and merge search may score (bounded cost).
        self.grow_budget = GROW_BUDGET_FLOOR + GROW_BUDGET_PER_ITEM * (len(lefts) + len(rights))
        reserved = (rules.reserved_left, rules.reserved_right)
        self.reserved = tuple(
            [bool(reserved[side]) and item.clause.id in reserved[side] for item in self.items[side]]
            for side in (0, 1))

    # -- the steps ---------------------------------------------------------------------------

    def run(self) -> list[Group]:
        self._forced()
        self._exact()
        self.check()
        if self.top_level:
            self._namesakes()
        self._gaps()
        self.check()
        self._anywhere()
        self.check()
        self._splits_and_merges()
        self.check()
        self._slots()
        return self.groups

    def run_forced(self) -> list[Group]:
        """Only the user's forced links."""
        self._forced()
        return self.groups

    def run_unordered(self, threshold: float, min_words: int) -> list[Group]:
        """Forced links, exact matches, then similar clauses; order means nothing here."""
        self._forced()
        self._exact()
        self._anywhere(threshold, min_words)
        return self.groups

    def _forced(self) -> None:
        if not self.rules.forced:
            return
        where = tuple({item.clause.id: i for i, item in enumerate(self.items[side])}
                      for side in (0, 1))
        for left_ids, right_ids in self.rules.forced:
            lefts = [where[0].get(i) for i in left_ids]
            rights = [where[1].get(i) for i in right_ids]
            if None in lefts or None in rights:
                continue  # the forced partner is elsewhere: the aligner's rescue pass links it
            if any(self.owner[0][i] for i in lefts) or any(self.owner[1][i] for i in rights):
                continue
            self._link(sorted(lefts), sorted(rights), manual=True)  # type: ignore[arg-type]

    def _exact(self) -> None:
        waiting: dict[str, list[int]] = defaultdict(list)
        for i, item in enumerate(self.items[0]):
            if self._free(0, i):
                waiting[item.key].append(i)
        for queue in waiting.values():
            queue.reverse()  # pop() from the end takes the earliest
        for j, item in enumerate(self.items[1]):
            queue = waiting.get(item.key)
            if not queue or not self._free(1, j):
                continue
            for position in range(len(queue) - 1, -1, -1):
                i = queue[position]
                if self.rules.allows([self.items[0][i]], [item]):
                    del queue[position]
                    self._link([i], [j], 1.0, exact=True)
                    break

    def _anchor_gaps(self) -> list[tuple[list[int], list[int]]]:
        """The free clauses of each side between the same two anchors (in-order matches)."""
        anchors = [g for g, kept in zip(self.groups, in_order(self._positions(self.groups)))
                   if kept]
        anchors.sort(key=lambda g: g.rights[0])
        bounds = [(-1, -1)] + [(g.lefts[-1], g.rights[-1]) for g in anchors]
        ends = [(g.lefts[0], g.rights[0]) for g in anchors] + [
            (len(self.items[0]), len(self.items[1]))]
        gaps = []
        for (left_from, right_from), (left_to, right_to) in zip(bounds, ends):
            lefts = [i for i in range(left_from + 1, left_to) if self._free(0, i)]
            rights = [j for j in range(right_from + 1, right_to) if self._free(1, j)]
            if lefts and rights:
                gaps.append((lefts, rights))
        return gaps

    def _namesakes(self) -> None:
        """In a gap, pairs each unit with its namesake when the two read alike.

        A unit of the same kind and number, found once on each side of the gap (the front
        matter with the front matter), is the same unit when most of the shorter one's words
        run through the other (``namesake_likeness``): paragraph 2 of a report that now
        repeats the Commission's long name, as the cover page does, is still paragraph 2, and
        a paragraph with footnotes glued to it by a plain-text export is still itself. Only
        at the top level: paragraphs inside an article are renumbered in passing.
        """
        for lefts, rights in self._anchor_gaps():
            olds, news = self._unique_names(0, lefts), self._unique_names(1, rights)
            for name in sorted(olds.keys() & news.keys(), key=lambda name: olds[name]):
                i, j = olds[name], news[name]
                left, right = self.items[0][i], self.items[1][j]
                if not self.rules.allows([left], [right]):
                    continue
                # The likeness is at least the similarity, which the pair records anyway: the
                # three-word runs are compared only when the similarity alone falls short.
                score = similarity([left], [right])
                if (score >= NAMESAKE_LIKENESS
                        or namesake_likeness(left, right) >= NAMESAKE_LIKENESS):
                    self._link([i], [j], score)

    def _unique_names(self, side: int, indices: list[int]) -> dict[tuple[str, str], int]:
        """(kind, number) -> the one clause of ``indices`` so named (numbered or the front
        matter); names held by several clauses are left out."""
        found: dict[tuple[str, str], list[int]] = defaultdict(list)
        for k in indices:
            clause = self.items[side][k].clause
            if clause.number or clause.kind is ClauseKind.FRONT:
                found[(clause.kind.value, clause.number)].append(k)
        return {name: ks[0] for name, ks in found.items() if len(ks) == 1}

    def _gaps(self) -> None:
        """Pairs the unmatched clauses standing between the same two anchors."""
        candidates: list[tuple[float, int, int]] = []
        for lefts, rights in self._anchor_gaps():
            candidates.extend(self._score(lefts, rights, GAP_THRESHOLD))
        self._take_best(candidates, GAP_THRESHOLD)

    def _anywhere(self, threshold: float = GLOBAL_THRESHOLD, min_words: int = 0) -> None:
        """Pairs clauses that moved and changed: clearly similar, wherever they stand."""
        lefts = [i for i, item in enumerate(self.items[0])
                 if self._free(0, i) and len(item.codes) >= min_words]
        rights = [j for j, item in enumerate(self.items[1])
                  if self._free(1, j) and len(item.codes) >= min_words]
        if lefts and rights:
            self._take_best(self._score(lefts, rights, threshold), threshold)

    def _slots(self) -> None:
        """Pairs the lone unmatched clause of each side between the same two neighbours.

        A pair made by heading in a slot of several splits it in two: a second pass looks
        at the smaller slots (an annex after a "Signature" article paired by its heading).
        """
        for _ in range(3):
            count = len(self.groups)
            self._slot_pass()
            if len(self.groups) == count:
                break

    def _slot_pass(self) -> None:
        order = sorted(self.groups, key=lambda g: (g.rights[0], g.lefts[0]))
        chain = [g for g, kept in zip(order, in_order(self._positions(order))) if kept]
        bounds = [(-1, -1)] + [(max(g.lefts), max(g.rights)) for g in chain]
        ends = [(min(g.lefts), min(g.rights)) for g in chain] + [
            (len(self.items[0]), len(self.items[1]))]
        last = len(bounds) - 1
        for slot, ((left_from, right_from), (left_to, right_to)) in enumerate(zip(bounds, ends)):
            lefts = [i for i in range(left_from + 1, left_to) if self._free(0, i)]
            rights = [j for j in range(right_from + 1, right_to) if self._free(1, j)]
            if not lefts or not rights:
                continue
            if len(lefts) > 1 or len(rights) > 1:
                if not self._same_numbers(lefts, rights):
                    self._same_labels(lefts, rights)
                continue
            left, right = self.items[0][lefts[0]], self.items[1][rights[0]]
            score = similarity([left], [right])
            basis = self._slot_basis(left.clause, right.clause, score,
                                     inside=0 < slot < last and self.top_level)
            if basis and self.rules.allows([left], [right]):
                self._link(lefts, rights, score, basis=basis)

    def _same_numbers(self, lefts: list[int], rights: list[int]) -> bool:
        """In a slot of several: for each kind, if its clauses run through the same numbers
        in the same order on both sides (two language versions, a text re-typeset), or it
        is one unnumbered clause on each side (the title), each is paired with its namesake.
        True if it paired any."""
        def by_kind(side: int, indices: list[int]) -> dict[ClauseKind, list[int]]:
            found: dict[ClauseKind, list[int]] = {}
            for k in indices:
                found.setdefault(self.items[side][k].clause.kind, []).append(k)
            return found

        def numbers(side: int, indices: list[int]) -> list[str]:
            return [self.items[side][k].clause.number for k in indices]

        olds, news = by_kind(0, lefts), by_kind(1, rights)
        paired = False
        for kind, old_indices in olds.items():
            new_indices = news.get(kind, [])
            old_numbers = numbers(0, old_indices)
            if old_numbers != numbers(1, new_indices):
                continue
            if not all(old_numbers) and len(old_numbers) > 1:
                continue  # several unnumbered clauses: position says nothing
            for i, j in zip(old_indices, new_indices):
                left, right = self.items[0][i], self.items[1][j]
                if self.rules.allows([left], [right]):
                    self._link([i], [j], similarity([left], [right]), basis="position")
                    paired = True
        return paired

    def _same_labels(self, lefts: list[int], rights: list[int]) -> None:
        """In a slot of several, pairs clauses of the same kind found once on each side with
        the same heading; in order, so that no pair crosses another.

        Not by number: where one article stood and two new ones stand, the first new one
        takes the old number by the mere fact of coming first."""
        def once(side: int, indices: list[int], label) -> dict[tuple, int]:
            found: dict[tuple, list[int]] = defaultdict(list)
            for k in indices:
                clause = self.items[side][k].clause
                value = label(clause)
                if value:
                    found[(clause.kind, value)].append(k)
            return {key: ks[0] for key, ks in found.items() if len(ks) == 1}

        for basis, label in (("heading", lambda c: " ".join(c.heading.casefold().split())),):
            olds = once(0, [i for i in lefts if self._free(0, i)], label)
            news = once(1, [j for j in rights if self._free(1, j)], label)
            last_right = -1
            for i, j in sorted((olds[key], news[key]) for key in olds if key in news):
                left, right = self.items[0][i], self.items[1][j]
                if j > last_right and self.rules.allows([left], [right]):
                    self._link([i], [j], similarity([left], [right]), basis=basis)
                    last_right = j

    @staticmethod
    def _slot_basis(old: Clause, new: Clause, score: float, inside: bool) -> str:
        """"heading" or "position" when two clauses in the same slot are one provision.

        Of the same kind, and: a similar heading; or the same number; or, between two
        paired neighbours at the top level, some shared wording (``SLOT_SIMILARITY``). An
        article deleted and an unrelated one inserted in its place, under other numbers
        and headings, stay removed and added.
        """
        if old.kind is not new.kind:
            return ""
        if old.heading and new.heading and heading_similarity(old.heading, new.heading) >= 0.5:
            return "heading"
        if old.number == new.number or (inside and score >= SLOT_SIMILARITY):
            return "position"
        return ""

    # -- scoring -----------------------------------------------------------------------------

    def _score(self, lefts: list[int], rights: list[int],
               cutoff: float) -> list[tuple[float, int, int]]:
        """Candidate pairs (similarity, left, right) at or above ``cutoff``."""
        if len(lefts) * len(rights) <= FULL_SCORING_LIMIT:
            pairs = ((i, j) for i in lefts for j in rights)
        else:
            pairs = self._shingle_candidates(lefts, rights)
        found = []
        left_items, right_items = self.items
        for i, j in pairs:
            left, right = left_items[i], right_items[j]
            if not self.rules.allows([left], [right]):
                continue
            score = similarity([left], [right], cutoff)
            if score >= cutoff:
                # Same number breaks ties between equally similar candidates.
                bonus = 0.001 if left.clause.number == right.clause.number else 0.0
                found.append((score + bonus, i, j))
        return found

    def _shingle_candidates(self, lefts: list[int], rights: list[int]) -> list[tuple[int, int]]:
        index: dict[str, list[int]] = defaultdict(list)
        for i in lefts:
            for shingle in self.items[0][i].sketch:
                index[shingle].append(i)
        pairs = []
        for j in rights:
            postings = [index.get(shingle) for shingle in self.items[1][j].sketch]
            shared: Counter[int] = Counter(chain.from_iterable(
                posting for posting in postings if posting and len(posting) <= COMMON_SHINGLE))
            pairs.extend((i, j) for i in _most_shared(shared, CANDIDATES))
        return pairs

    def _take_best(self, candidates: list[tuple[float, int, int]], cutoff: float) -> None:
        candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
        for score, i, j in candidates:
            if score >= cutoff and self._free(0, i) and self._free(1, j):
                self._link([i], [j], min(score, 1.0))

    # -- splits and merges -------------------------------------------------------------------

    def _splits_and_merges(self) -> None:
        for group in list(self.groups):
            if group.exact or group.manual:
                continue
            if len(group.lefts) == 1 and len(group.rights) == 1:
                self._grow(group, 1) or self._grow(group, 0)
        for side in (0, 1):
            free = [i for i in range(len(self.items[side])) if self._free(side, i)]
            if not free:
                continue
            index = self._shingle_index(1 - side)
            for i in free:
                if self._free(side, i):
                    self._seed(side, i, index)

    def _shingle_index(self, side: int) -> dict[str, list[int]]:
        """Shingle -> free clauses of ``side`` that contain it."""
        index: dict[str, list[int]] = defaultdict(list)
        for k, item in enumerate(self.items[side]):
            if self._free(side, k):
                for shingle in item.shingles:
                    index[shingle].append(k)
        return index

    def _grow(self, group: Group, side: int) -> bool:
        """Joins free neighbours on ``side`` to the group while they explain the other side.

        side 1 grows the new side (a split), side 0 the old side (a merge).
        """
        members = group.lefts if side == 0 else group.rights
        other = [self.items[1 - side][k] for k in (group.rights if side == 0 else group.lefts)]
        run = list(members)
        best: float | None = None  # computed only if a neighbour is worth trying (rare)
        found: set[str] | None = None
        grown = True
        while grown and self.grow_budget > 0:
            grown = False
            for k in (run[-1] + 1, run[0] - 1):
                if not (0 <= k < len(self.items[side]) and self._free(side, k)):
                    continue
                if found is None:
                    found = _joined_shingles(other)
                if containment(self.items[side][k], found) < CONTAINMENT:
                    continue
                self.grow_budget -= 1
                if best is None:
                    best = self._group_similarity(side, run, other)
                trial = sorted(run + [k])
                score = self._group_similarity(side, trial, other)
                if score >= best + SPLIT_MIN_GAIN:
                    best, run, grown = score, trial, True
                    break
        if len(run) == len(members) or best is None or best < SPLIT_THRESHOLD:
            return False
        mine = [self.items[side][k] for k in run]
        if not self.rules.allows(*((mine, other) if side == 0 else (other, mine))):
            return False
        for k in run:
            self.owner[side][k] = group
        members[:] = run
        group.similarity = best
        return True

    def _seed(self, side: int, i: int, index: dict[str, list[int]]) -> None:
        """An unmatched clause whose pieces are consecutive unmatched clauses on the other side."""
        whole = [self.items[side][i]]
        other = 1 - side
        postings = [index.get(shingle) for shingle in whole[0].shingles]
        near: Counter[int] = Counter(chain.from_iterable(
            posting for posting in postings if posting and len(posting) <= COMMON_SHINGLE))
        found = whole[0].shingles
        free = self.owner[other]
        last = len(free) - 1
        # A piece has a free neighbour (pieces come in runs of two or more): test only those.
        pieces = sorted(k for k in _most_shared(near, SEED_CANDIDATES) if self._free(other, k)
                        and ((k > 0 and free[k - 1] is None) or (k < last and free[k + 1] is None))
                        and containment(self.items[other][k], found) >= 0.8)
        best_score, best_run = 0.0, []
        for run in _consecutive_runs(pieces):
            if len(run) < 2 or self.grow_budget <= 0:
                continue
            self.grow_budget -= 1
            score = self._group_similarity(other, run, whole)
            if score > best_score:
                best_score, best_run = score, run
        if best_run and best_score >= SPLIT_THRESHOLD:
            mine = [self.items[other][k] for k in best_run]
            if self.rules.allows(*((whole, mine) if side == 0 else (mine, whole))):
                lefts, rights = ([i], best_run) if side == 0 else (best_run, [i])
                self._link(lefts, rights, best_score)

    def _group_similarity(self, side: int, run: list[int], other: list[Item]) -> float:
        mine = [self.items[side][k] for k in run]
        return group_similarity(mine, other)

    # -- bookkeeping -------------------------------------------------------------------------

    def _free(self, side: int, index: int) -> bool:
        return self.owner[side][index] is None and not self.reserved[side][index]

    def _link(self, lefts: list[int], rights: list[int], score: float | None = None,
              exact: bool = False, manual: bool = False, basis: str = "") -> None:
        group = Group(lefts, rights, score, exact, manual, basis)
        self.groups.append(group)
        for i in lefts:
            self.owner[0][i] = group
        for j in rights:
            self.owner[1][j] = group

    def _positions(self, groups: Sequence[Group]) -> list[tuple[int, int, int]]:
        return [(g.lefts[0], g.rights[0], sum(self.items[0][i].size for i in g.lefts))
                for g in groups]


def namesake_likeness(old: Item, new: Item) -> float:
    """How alike two namesakes read: the better of their similarity and the share of the
    shorter one's three-word runs found in the longer one (a text with a footnote or a long
    name added still holds all of its own words, however low the ordered measure falls)."""
    shorter, longer = sorted((old, new), key=lambda item: len(item.shingles))
    if not shorter.shingles:
        return similarity([old], [new])
    contained = len(shorter.shingles & longer.shingles) / len(shorter.shingles)
    if contained >= NAMESAKE_LIKENESS:
        return contained
    return max(contained, similarity([old], [new], NAMESAKE_LIKENESS))


def heading_similarity(old: str, new: str) -> float:
    """Word-level similarity of two headings, case and spacing aside."""
    old_words, new_words = old.casefold().split(), new.casefold().split()
    if old_words == new_words:
        return 1.0
    vocabulary = Vocabulary()
    return Indel.normalized_similarity(vocabulary.encode(old_words), vocabulary.encode(new_words))


def _most_shared(shared: Counter[int], count: int) -> list[int]:
    """The ``count`` clauses sharing most shingles; ties go to the earlier clause.

    (``Counter.most_common`` would break ties by insertion order, which follows the
    iteration order of a set of strings: different in every process.)
    """
    if len(shared) <= count:
        return sorted(shared)
    return [k for _, k in heapq.nsmallest(count, ((-n, k) for k, n in shared.items()))]


def _consecutive_runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for k in indices:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def match(lefts: Sequence[Item], rights: Sequence[Item], rules: Rules,
          check: Callable[[], None] | None = None) -> list[Group]:
    """The groups of matched clauses (indices into ``lefts`` and ``rights``)."""
    return Matcher(lefts, rights, rules, check).run()
