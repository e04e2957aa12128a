"""The result types of a comparison: what every layer shares and reads.

``Status``, ``DiffOp``, ``Pair``, ``Stats`` and ``Comparison`` describe a finished
comparison; ``CompareOptions`` and ``ManualLink`` what the user asked of it; ``Cancelled``
how stale work stops. They live apart from the pipeline (``core.compare``) so that the steps
of the pipeline (align, diff, divisions, references) and the views (``core.describe``, the
GUI, the reports) import the types without importing the pipeline: no import goes in a circle.

Stable: add fields rather than change them; ``Comparison.to_json`` is the JSON contract of
``clausewise compare --json`` (docs/DESIGN.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice
from enum import Enum
from typing import Callable, Iterator, NamedTuple

from .model import Clause, ClauseKind, Document


class Status(str, Enum):
    """How a pair of clauses changed between the two drafts."""

    UNCHANGED = "unchanged"
    MODIFIED = "modified"
    ADDED = "added"
    REMOVED = "removed"
    SPLIT = "split"      # one old clause became several new ones
    MERGED = "merged"    # several old clauses became one new one
    #: Two language versions of the same clause (``core.parallel``): read side by side,
    #: never diffed word by word.
    PARALLEL = "parallel"

    def __str__(self) -> str:
        return self.value


#: One diff operation: ("=", text) kept, ("-", text) deleted, ("+", text) inserted.
#: The "=" and "-" parts rebuild the old text; the "=" and "+" parts the new one.
DiffOp = tuple[str, str]


class Hunk(NamedTuple):
    """One run of changes of a diff: where it stands in the older text (the "=" and "-"
    parts) and in the newer one (the "=" and "+" parts)."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int


def diff_sides(diff: tuple[DiffOp, ...]) -> tuple[str, str]:
    """The older and the newer text a diff rebuilds."""
    return ("".join([text for op, text in diff if op != "+"]),
            "".join([text for op, text in diff if op != "-"]))


def diff_hunks(diff: tuple[DiffOp, ...]) -> list[Hunk]:
    """The runs of changes of a diff, as ranges in the two texts it rebuilds."""
    hunks: list[Hunk] = []
    old_at = new_at = 0
    opened: tuple[int, int] | None = None
    for op, text in diff:
        if op == "=":
            if opened is not None:
                hunks.append(Hunk(opened[0], old_at, opened[1], new_at))
                opened = None
            old_at += len(text)
            new_at += len(text)
            continue
        if opened is None:
            opened = (old_at, new_at)
        if op == "-":
            old_at += len(text)
        else:
            new_at += len(text)
    if opened is not None:
        hunks.append(Hunk(opened[0], old_at, opened[1], new_at))
    return hunks


@dataclass(frozen=True, slots=True)
class ManualLink:
    """A user's ruling on the alignment: these two clauses are (or are not) the same clause.

    Refers to clauses by their ``Clause.id`` in the left (older) and right (newer) draft.
    """

    left_id: str
    right_id: str
    linked: bool = True  # False: "these two are not the same clause", never pair them


@dataclass(frozen=True)
class CompareOptions:
    """What the engine should ignore, what the user ruled, and how to stop stale work."""

    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_whitespace: bool = True
    manual_links: tuple[ManualLink, ...] = ()
    #: Called now and then; returning True abandons the comparison (raises ``Cancelled``).
    cancel: Callable[[], bool] | None = field(default=None, compare=False)
    #: Called with a fraction in [0, 1] as the work advances.
    progress: Callable[[float], None] | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Mismatch:
    """Where two language versions of a clause do not say the same (``core.parallel``).

    ``kind`` is "number" (a number, date or amount in one version only), "count" (not as
    many paragraphs or points), "reference" (another article cited) or "missing" (the
    clause is in one version only); ``left`` and ``right`` what each version has there (for
    "missing", the citation on the side of the version that has the clause, "" on the other).
    ``detail`` says it in English (the CLI, the JSON); a view in another language composes
    its own sentence from the other fields, so ``counted`` names what a "count" counted
    ("paragraph" or "point"; "" for the other kinds).
    """

    kind: str
    left: str
    right: str
    detail: str
    counted: str = ""


@dataclass(frozen=True, slots=True)
class StaleReference:
    """A cross-reference left as it was although the article it cites was renumbered or
    removed (``core.references``): the facts behind one of ``Pair.notes``, so that a view in
    another language can say it in its own words. ``cited`` is the number as the text
    writes it ("2", "IV"); ``now`` the numbers that article has in the newer draft (empty:
    removed); ``note`` the English note it explains, as it stands in ``Pair.notes``."""

    cited: str
    now: tuple[str, ...]
    note: str
    #: What it cites: "article", or "paragraph" (one of the same article's paragraphs,
    #: "paragraph 2" / "paragraph 2 of this article", which a paragraph inserted renumbered).
    level: str = "article"


class Cancelled(Exception):
    """Raised when ``CompareOptions.cancel`` asked the engine to stop."""


#: The kinds of substantive flag, in the order a briefing lists them (``core.flags``).
FLAG_KINDS = ("modal", "negation", "number", "reference", "party", "bracket", "placeholder")

#: The limits of every substantive flag, here so that ``core.flags`` and
#: ``core.references`` (one layer, which may not import each other) read the same ones:
#: below this similarity a pair is rewritten or in another language, and a change of more
#: words than this is a passage rewritten; the diff shows either whole, no flag says it
#: word for word.
FLAG_MIN_SIMILARITY = 0.35
FLAG_MAX_CHANGED_WORDS = 30
_WORD_RUN = re.compile(r"\w+")


def rewritten(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds more than ``FLAG_MAX_CHANGED_WORDS`` words: a passage
    rewritten, added or dropped, which the diff shows whole and no flag says word for word.
    Fewer than four characters a word cannot get there; the words are counted in the first
    characters at once, where they nearly always are, and never further than the first one
    too many (a passage may run to thousands of words)."""
    if end - start < 4 * FLAG_MAX_CHANGED_WORDS:
        return False
    near = min(end, start + 20 * FLAG_MAX_CHANGED_WORDS)
    if len(_WORD_RUN.findall(text, start, near)) > FLAG_MAX_CHANGED_WORDS:
        return True
    counted = islice(_WORD_RUN.finditer(text, start, end), FLAG_MAX_CHANGED_WORDS + 1)
    return near < end and sum(1 for _ in counted) > FLAG_MAX_CHANGED_WORDS
#: Clauses whose changes are a document's own data, not what it provides: a report's cover
#: page (its symbol, date, session and meeting numbers), a title.
UNFLAGGED_KINDS = frozenset({ClauseKind.FRONT, ClauseKind.TITLE})


def flaggable(pair: "Pair") -> bool:
    """Whether a pair's words are read for flags (``core.flags``, ``core.references``): both
    sides there, alike enough (not a rewrite, not another language), and not a cover page
    or a title."""
    return (bool(pair.left and pair.right) and pair.similarity >= FLAG_MIN_SIMILARITY
            and pair.right[0].kind not in UNFLAGGED_KINDS and pair.left[0].kind not in UNFLAGGED_KINDS)


def read_whole(pair: "Pair") -> bool:
    """Whether a changed pair holds words no flag reads one by one: a passage of more than
    ``FLAG_MAX_CHANGED_WORDS`` changed words, or a clause rewritten too far to be read for
    flags at all (``flaggable``); the diff shows them whole. Not a cover page or a title."""
    if len(pair.diff) < 2 or not (pair.left and pair.right) or (
            pair.right[0].kind in UNFLAGGED_KINDS or pair.left[0].kind in UNFLAGGED_KINDS):
        return False
    if pair.similarity < FLAG_MIN_SIMILARITY:
        return True
    old, new = diff_sides(pair.diff)
    return any(rewritten(old, hunk.old_start, hunk.old_end)
               or rewritten(new, hunk.new_start, hunk.new_end) for hunk in diff_hunks(pair.diff))


#: The notes of flags that say more than their words, by key, in English (``said``); the
#: window (``gui.engine_words``) and the briefings (``reports.labels``) word the same keys.
FLAG_NOTES = {
    "chosen": "alternative chosen: {0}", "agreed": "brackets removed (agreed): {0}",
    "dropped": "alternative dropped: {0}", "added": "alternative added: {0}",
    "removed": "bracketed text removed", "replaced": "bracketed text replaced: {0}",
    "opened": "brackets opened: {0}", "reordered": "alternatives reordered",
    "changed": "bracketed text changed", "cites": "cross-reference now cites {0}",
    "cites instead": "cross-reference now cites {0} (was {1})",
    "reference removed": "cross-reference removed: {0}",
    "filled": "placeholder filled in: {0}",
    "filled by footnote": "placeholder filled in by footnote {0}",
    "placeholder removed": "placeholder removed: {0}", "placeholder added": "placeholder added: {0}",
}


def said(*facts: tuple[str, ...]) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """A flag's English note and the facts it says (``Flag.note``, ``Flag.said``)."""
    return "; ".join(FLAG_NOTES[key].format(*words) for key, *words in facts), facts


@dataclass(frozen=True, slots=True)
class Flag:
    """A change a negotiator reads first: an obligation's strength, a negation, a number...

    ``old`` and ``new`` are the words concerned on each side ("" when absent); ``where`` is
    the pair's newer citation (for a split, that of the newer clause the words stand in); ``start``/``end`` are character offsets of the words in the newer
    row text (heading, newline, own text: the "=" and "+" parts of the pair's diff), ``None``
    when the words are only on the older side and no place in the newer text applies;
    ``note`` says it in words ("alternative chosen: shall").
    """

    kind: str
    old: str
    new: str
    where: str
    start: int | None = None
    end: int | None = None
    note: str = ""
    #: What ``note`` says, as facts a view words in its own language: (key, words...) per
    #: part of the note, keys of ``FLAG_NOTES`` ("chosen", "shall"); empty when the note only
    #: repeats the kind and the words ("modal: shall → should").
    said: tuple[tuple[str, ...], ...] = ()

    def as_json(self) -> dict:
        return {"kind": self.kind, "old": self.old, "new": self.new, "where": self.where,
                "start": self.start, "end": self.end, "note": self.note}


@dataclass(frozen=True, slots=True)
class Pair:
    """Clauses of the older draft (``left``) aligned with clauses of the newer (``right``).

    An added clause has an empty ``left``, a removed one an empty ``right``; a split has one
    left and several right, a merge several left and one right.
    """

    left: tuple[Clause, ...]
    right: tuple[Clause, ...]
    status: Status
    moved: bool = False
    renumbered: bool = False
    similarity: float = 1.0
    diff: tuple[DiffOp, ...] = ()
    children: tuple["Pair", ...] = ()
    #: Warnings for the reader that are not text changes, e.g. a cross-reference left
    #: unchanged although the article it cites was renumbered (``core.references``).
    notes: tuple[str, ...] = ()
    #: What paired the two sides: "text" (the same or similar words), "position" (the lone
    #: unmatched clause of each draft between the same two matched neighbours), "heading"
    #: (the same or a similar heading in that slot), "manual" (the user's link); empty for
    #: an added or removed clause.
    basis: str = ""
    #: In a comparison of two language versions, what does not agree (``core.parallel``).
    mismatches: tuple[Mismatch, ...] = ()
    #: Substantive changes found in this pair's own text (``core.flags``, and the
    #: cross-reference checks of ``core.references``), in the order of the newer text.
    flags: tuple[Flag, ...] = ()
    #: The facts of the notes that are stale cross-references (``core.references``), each
    #: with its note's English text; the notes stay as they are for the CLI and the JSON.
    stale: tuple[StaleReference, ...] = ()

    @property
    def left_citations(self) -> list[str]:
        return [clause.citation for clause in self.left]

    @property
    def right_citations(self) -> list[str]:
        return [clause.citation for clause in self.right]

    @property
    def changed(self) -> bool:
        """True when the reader of a briefing should look at this pair."""
        return (
            self.status not in (Status.UNCHANGED, Status.PARALLEL)
            or self.moved
            or bool(self.notes)
            or bool(self.mismatches)
            or any(child.changed for child in self.children)
        )

    def walk(self) -> Iterator["Pair"]:
        """This pair, then every child pair, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()



#: Pair's slots in field order, set directly by ``built_pair``.
_PAIR_SETTERS = tuple(Pair.__dict__[name].__set__ for name in (
    "left", "right", "status", "moved", "renumbered", "similarity", "diff", "children",
    "notes", "basis", "mismatches", "flags", "stale"))


def built_pair(left: tuple[Clause, ...], right: tuple[Clause, ...], status: Status,
               moved: bool, renumbered: bool, similarity: float, diff: tuple[DiffOp, ...],
               children: tuple[Pair, ...], basis: str) -> Pair:
    """The Pair ``Pair(...)`` makes with no notes, mismatches, flags or stale references yet,
    without the frozen dataclass's ``object.__setattr__`` per field (the aligner makes one
    per clause of both drafts)."""
    pair = object.__new__(Pair)
    for setter, value in zip(_PAIR_SETTERS, (left, right, status, moved, renumbered,
                                             similarity, diff, children, (), basis, (), (),
                                             ())):
        setter(pair, value)
    return pair

@dataclass(frozen=True, slots=True)
class Stats:
    """Counts of top-level pairs per status, and of moved and renumbered ones."""

    unchanged: int = 0
    modified: int = 0
    added: int = 0
    removed: int = 0
    split: int = 0
    merged: int = 0
    moved: int = 0
    renumbered: int = 0
    parallel: int = 0

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(frozen=True)
class Comparison:
    """Two drafts, their aligned and diffed pairs, and the statistics."""

    left: Document
    right: Document
    pairs: tuple[Pair, ...]
    stats: Stats
    options: CompareOptions = field(default_factory=CompareOptions)
    #: Parts, chapters and sections paired on their own (``core.divisions``): units are
    #: aligned through them, so these say only that a division was added, dropped, retitled
    #: or renumbered.
    divisions: tuple[Pair, ...] = ()
    #: The drafts' languages (ISO 639-1, "" if not told: ``core.language``).
    languages: tuple[str, str] = ("", "")
    #: "compare" (two drafts, word by word) or "parallel" (two language versions, side by
    #: side: ``core.parallel``).
    mode: str = "compare"

    def changed_pairs(self) -> list[Pair]:
        """Top-level pairs with any change (status, move, or a changed child)."""
        return [pair for pair in self.pairs if pair.changed]

    def walk(self) -> Iterator[Pair]:
        """Every pair, top-level units and their children, depth first."""
        for pair in self.pairs:
            yield from pair.walk()

    def to_json(self, left_path: str, right_path: str) -> dict:
        """The JSON contract of ``clausewise compare OLD NEW --json`` (see DESIGN.md)."""
        return {
            "left": _draft_json(self.left, left_path),
            "right": _draft_json(self.right, right_path),
            "pairs": [_pair_json(pair) for pair in self.pairs],
            "stats": self.stats.as_dict(),
            "divisions": [_pair_json(pair) for pair in self.divisions],
            "languages": {"left": self.languages[0], "right": self.languages[1]},
            "mode": self.mode,
        }


def _draft_json(document: Document, path: str) -> dict:
    return {"path": path, "title": document.title, "clauses": len(document)}


def _pair_json(pair: Pair) -> dict:
    return {
        "left": pair.left_citations,
        "right": pair.right_citations,
        "status": pair.status.value,
        "moved": pair.moved,
        "renumbered": pair.renumbered,
        "similarity": round(pair.similarity, 3),
        "basis": pair.basis,
        "diff": [[op, text] for op, text in pair.diff],
        "children": [_pair_json(child) for child in pair.children],
        "notes": list(pair.notes),
        "mismatches": [{"kind": m.kind, "left": m.left, "right": m.right, "detail": m.detail,
                        "counted": m.counted} for m in pair.mismatches],
        "flags": [flag.as_json() for flag in pair.flags],
    }


def statistics(pairs: tuple[Pair, ...]) -> Stats:
    """Counts of the top-level pairs per status, and of the moved and renumbered ones."""
    counts = {status.value: 0 for status in Status}
    for pair in pairs:
        counts[pair.status.value] += 1
    return Stats(moved=sum(pair.moved for pair in pairs),
                 renumbered=sum(pair.renumbered for pair in pairs), **counts)
