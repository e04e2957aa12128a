"""Negotiation history: how each provision travelled through a series of drafts.

A negotiation produces a series (zero draft, revision, counter-draft, chair's text, final).
``history`` compares each draft with the next (the ordinary pipeline, ``core.compare``) and
chains the pairings into one *lineage* per provision: the units (articles, regulations,
recitals, ...) that the comparisons join, draft after draft. A lineage is a connected group:
an article split in draft 3 keeps both halves in its row ("Article 11 + Article 12"), two
articles merged later join one row, so a row never loses a piece of text and no piece of text
is in two rows. Where a provision did not exist, the row is empty for that draft.

Each step from one draft to the next says what happened to the provision: ``unchanged``,
``modified``, ``added``, ``removed``, ``split`` or ``merged`` (None when the provision exists
in neither draft), whether it moved, and whether it was renumbered. A step to a draft in
another language (a Russian version of the English draft) is ``parallel``: the comparison
read the two as language versions (``core.parallel``), so nothing was modified or
renumbered, and the provision is said to be there in that language. Rows come in reading
order: the newest order of the provisions, with a provision that was dropped kept where it
last stood.

Deterministic: groups are keyed by their first clause in draft order, never by hashing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Sequence

from .compare import compare
from .language import name as language_name
from .diff import diff_words
from .model import Clause, Document
from .result import CompareOptions, Comparison, DiffOp, Pair, Status

#: What a step can say of a provision, in the order the history's JSON documents them.
STEP_STATUSES = ("unchanged", "modified", "added", "removed", "split", "merged", "parallel")

Node = tuple[int, int]   # (draft index, place of the unit in that draft)


@dataclass(frozen=True, slots=True)
class Step:
    """What happened to one provision between a draft and the next."""

    status: str | None           # one of STEP_STATUSES; None: in neither draft
    moved: bool = False
    renumbered: bool = False
    pairs: tuple[Pair, ...] = ()  # the comparison's pairs that make up this step
    #: The language of the step's newer draft when the step is between two language
    #: versions (``Comparison.mode`` "parallel"); "" for two drafts.
    language: str = ""


@dataclass(frozen=True, slots=True)
class Lineage:
    """One provision across the series: its units in each draft, and each step."""

    clauses: tuple[tuple[Clause, ...], ...]   # per draft; empty where it did not exist
    steps: tuple[Step, ...]                    # per step, len(drafts) - 1

    def citation(self, draft: int) -> str | None:
        """"Article 11 + Article 12" in that draft, or None where it did not exist."""
        clauses = self.clauses[draft]
        return " + ".join(clause.citation for clause in clauses) if clauses else None

    def text(self, draft: int) -> str | None:
        """The provision's whole text in that draft (heading, text, sub-clauses), or None.
        Its own number is left out (``citation`` has it): a renumbering is no change of
        text. Where it is several units (split), each starts with its citation."""
        return self._text(draft, cited=len(self.clauses[draft]) > 1)

    def _text(self, draft: int, cited: bool) -> str | None:
        clauses = self.clauses[draft]
        if not clauses:
            return None
        if not cited:
            return "\n".join(_whole(clause, top=True) for clause in clauses)
        return "\n".join(f"{clause.citation}\n{_whole(clause, top=True)}".rstrip("\n")
                         for clause in clauses)

    def marked(self, draft: int) -> tuple[DiffOp, ...] | None:
        """That draft's text with the changes from the draft before marked (word by word);
        the text unmarked in the first draft, where it was added, or where nothing changed.
        It starts with the unit's citation where this draft or the one before holds several
        units."""
        # Where either draft holds several units (a split, a merge), both texts carry each
        # unit's citation, so that the unit that stayed is not marked as a change.
        cited = len(self.clauses[draft]) > 1 or (draft > 0 and len(self.clauses[draft - 1]) > 1)
        text = self._text(draft, cited)
        if text is None:
            return None
        if draft > 0 and self.steps[draft - 1].language:   # another language: nothing to mark
            return (("=", text),) if text else ()
        before = self._text(draft - 1, cited) if draft > 0 else None
        if before is None or before == text:
            return (("=", text),) if text else ()
        return diff_words(before, text)

    @property
    def name(self) -> str:
        """How the provision is named: its citation in the newest draft that has it."""
        for draft in range(len(self.clauses) - 1, -1, -1):
            citation = self.citation(draft)
            if citation is not None:
                return citation
        return ""

    @property
    def first_citation(self) -> str:
        """Its citation in the first draft that has it."""
        return next((self.citation(d) for d in range(len(self.clauses)) if self.clauses[d]), "")

    @property
    def changed(self) -> bool:
        """False only if the provision is in every draft and never changed at all."""
        return any(step.status != "unchanged" or step.moved or step.renumbered
                   for step in self.steps) or not all(self.clauses)


@dataclass(frozen=True)
class History:
    """A series of drafts, the comparison of each with the next, and the lineages."""

    documents: tuple[Document, ...]
    labels: tuple[str, ...]
    comparisons: tuple[Comparison, ...]
    lineages: tuple[Lineage, ...]

    def story(self, lineage: Lineage) -> str:
        """One line, the provision named as it first appeared: "Article 5: added in D2,
        modified in D3 (renumbered to Article 6), unchanged since"."""
        return f"{self.first_name(lineage)}: {describe(lineage, self.labels)}"

    def first_name(self, lineage: Lineage) -> str:
        """The provision as it first appeared, with its heading ("Article 5 (Scope)"); where
        two provisions would read alike ("Preamble, recital 4" added in D2, and D1's recital 4
        that became recital 5), with the draft it first appeared in: "... recital 4 (D2)"."""
        return self._names[0][id(lineage)]

    def row_name(self, lineage: Lineage) -> str:
        """The provision as the newest draft that has it cites it (``Lineage.name``); where
        two would read alike (recital 5 removed in D2, and recital 4 that became recital 5),
        with the draft that citation is from: "Preamble, recital 5 (D1)"."""
        return self._names[1][id(lineage)]

    @cached_property
    def _names(self) -> tuple[dict[int, str], dict[int, str]]:
        """(first names, row names) by ``id`` of the lineage, each made unique."""
        firsts, rows = [], []
        for lineage in self.lineages:
            drafts = [d for d, clauses in enumerate(lineage.clauses) if clauses]
            first = lineage.clauses[drafts[0]]
            heading = first[0].heading if len(first) == 1 else ""
            cited = lineage.first_citation
            firsts.append((f"{cited} ({heading})" if heading else cited, drafts[0]))
            rows.append((lineage.name, drafts[-1]))
        return (self._unique(firsts, plain_in=0), self._unique(rows, plain_in=len(self.labels) - 1))

    def _unique(self, named: list[tuple[str, int]], plain_in: int) -> dict[int, str]:
        """Each name as it is, or, where another provision has it too, with the label of the
        draft it is from (the name from draft ``plain_in`` stays as it is)."""
        counts = Counter(name for name, _ in named)
        return {id(lineage): name if counts[name] == 1 or draft == plain_in
                else f"{name} ({self.labels[draft]})"
                for lineage, (name, draft) in zip(self.lineages, named)}

    def to_json(self, paths: Sequence[str] | None = None) -> dict:
        """The JSON of ``clausewise history --json`` (see docs/DESIGN.md)."""
        paths = list(paths) if paths is not None else ["" for _ in self.documents]
        return {
            "drafts": [{"path": path, "label": label, "title": document.title}
                       for path, label, document in zip(paths, self.labels, self.documents)],
            "rows": [{
                "name": lineage.name,
                "first": lineage.first_citation,
                "citations": [lineage.citation(i) for i in range(len(self.documents))],
                "status": [step.status for step in lineage.steps],
                "moved": [step.moved for step in lineage.steps],
                "renumbered": [step.renumbered for step in lineage.steps],
                "texts": [lineage.text(i) for i in range(len(self.documents))],
                "story": describe(lineage, self.labels),
            } for lineage in self.lineages],
        }


def history(documents: Sequence[Document], labels: Sequence[str] | None = None,
            options: CompareOptions | None = None,
            progress: Callable[[float], None] | None = None) -> History:
    """Compares each draft with the next and chains the pairings into lineages."""
    if len(documents) < 2:
        raise ValueError("a history needs at least two drafts")
    labels = tuple(labels) if labels else tuple(f"D{i + 1}" for i in range(len(documents)))
    if len(labels) != len(documents):
        raise ValueError(f"{len(labels)} labels for {len(documents)} drafts")
    options = options or CompareOptions()
    comparisons = []
    for step in range(len(documents) - 1):
        comparisons.append(compare(documents[step], documents[step + 1], options))
        if progress is not None:
            progress((step + 1) / (len(documents) - 1))
    return History(tuple(documents), labels, tuple(comparisons),
                   chain(comparisons, len(documents)))


def chain(comparisons: Sequence[Comparison], drafts: int) -> tuple[Lineage, ...]:
    """The lineages of a series from the comparisons of each draft with the next."""
    units: list[list[Clause]] = [[] for _ in range(drafts)]   # per draft, in reading order
    place: list[dict[str, int]] = [{} for _ in range(drafts)]

    def node(draft: int, clause: Clause) -> Node:
        where = place[draft].get(clause.id)
        if where is None:
            where = place[draft][clause.id] = len(units[draft])
            units[draft].append(clause)
        return (draft, where)

    parent: dict[Node, Node] = {}

    def root(item: Node) -> Node:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def join(one: Node, other: Node) -> None:
        one, other = root(one), root(other)
        if one != other:   # the smaller (earlier draft, earlier place) stays the root
            low, high = min(one, other), max(one, other)
            parent[high] = low

    # Every unit in reading order, then the pairs joining them.
    for step, comparison in enumerate(comparisons):
        for pair in comparison.pairs:
            for draft, clauses in ((step, pair.left), (step + 1, pair.right)):
                for clause in clauses:
                    parent.setdefault(node(draft, clause), node(draft, clause))
    step_pairs: list[dict[Node, list[Pair]]] = [{} for _ in comparisons]
    for step, comparison in enumerate(comparisons):
        for pair in comparison.pairs:
            nodes = [node(step, c) for c in pair.left] + [node(step + 1, c) for c in pair.right]
            for other in nodes[1:]:
                join(nodes[0], other)
    for step, comparison in enumerate(comparisons):
        for pair in comparison.pairs:
            first = node(step, pair.left[0]) if pair.left else node(step + 1, pair.right[0])
            step_pairs[step].setdefault(root(first), []).append(pair)

    members: dict[Node, list[list[int]]] = {}
    for item in sorted(parent):
        members.setdefault(root(item), [[] for _ in range(drafts)])[item[0]].append(item[1])
    order = _reading_order(comparisons, members, root, node)
    lineages = []
    for key in order:
        places = members[key]
        clauses = tuple(tuple(units[d][p] for p in sorted(places[d])) for d in range(drafts))
        steps = tuple(_step(clauses[s], clauses[s + 1], step_pairs[s].get(key, ()),
                            _version_language(comparisons[s]))
                      for s in range(drafts - 1))
        lineages.append(Lineage(clauses, steps))
    return tuple(lineages)


def _reading_order(comparisons: Sequence[Comparison], members: dict[Node, list[list[int]]],
                   root: Callable[[Node], Node], node: Callable[[int, Clause], Node]) -> list[Node]:
    """The groups in the newest reading order; a group that dropped out stays after the
    group it followed in the order before."""
    order: list[Node] = []
    for step, comparison in enumerate(comparisons):
        sequence: list[Node] = []
        seen: set[Node] = set()
        for pair in comparison.pairs:   # the comparison's own order: removed ones where they stood
            first = node(step, pair.left[0]) if pair.left else node(step + 1, pair.right[0])
            key = root(first)
            if key not in seen:
                seen.add(key)
                sequence.append(key)
        if not order:
            order = sequence
            continue
        # Groups of the order so far that this step does not know (gone before it) follow
        # the last group before them that it does know.
        after: dict[Node | None, list[Node]] = {}
        last: Node | None = None
        for key in order:
            if key in seen:
                last = key
            else:
                after.setdefault(last, []).append(key)
        merged = list(after.get(None, ()))
        for key in sequence:
            merged.append(key)
            merged.extend(after.get(key, ()))
        order = merged
    ordered = set(order)
    return order + [key for key in sorted(members) if key not in ordered]


def _version_language(comparison: Comparison) -> str:
    """The newer draft's language when the comparison read two language versions, else ""."""
    return comparison.languages[1] if comparison.mode == "parallel" else ""


def _step(before: tuple[Clause, ...], after: tuple[Clause, ...], pairs: Sequence[Pair],
          language: str = "") -> Step:
    if not before and not after:
        return Step(None, language=language)
    if not before:
        return Step("added", pairs=tuple(pairs), language=language)
    if not after:
        return Step("removed", pairs=tuple(pairs), language=language)
    if language:   # two language versions: read in parallel, never "modified"
        return Step("parallel", pairs=tuple(pairs), language=language)
    statuses = {pair.status for pair in pairs}
    if Status.SPLIT in statuses:
        status = "split"
    elif Status.MERGED in statuses:
        status = "merged"
    elif any(pair.status is not Status.UNCHANGED for pair in pairs) or any(
            child.status is not Status.UNCHANGED or child.moved
            for pair in pairs for child in pair.walk() if child is not pair):
        status = "modified"   # its own words, a paragraph, or a part of it added or removed
    else:
        status = "unchanged"
    return Step(status, moved=any(pair.moved for pair in pairs),
                renumbered=any(pair.renumbered for pair in pairs), pairs=tuple(pairs))


def _whole(clause: Clause, top: bool = False) -> str:
    """A clause as a reader sees it: its label (not for the unit itself) and heading on the
    first line, then its text and its sub-clauses."""
    label = "" if top else clause.label
    body = "\n".join(_whole(child) if child.label else child.full_text
                     for child in clause.children)
    if clause.heading:
        head = " ".join(part for part in (label, clause.heading) if part)
        own = "\n".join(part for part in (clause.text, body) if part)
    else:   # "1. For the purposes of this Agreement:" on one line
        head = " ".join(part for part in (label, clause.text) if part)
        own = body
    return "\n".join(part for part in (head, own) if part)


@dataclass(frozen=True, slots=True)
class Event:
    """One step of a provision's story that has something to say, as its facts: a view says
    it in its own language (``describe`` says it in English).

    ``draft`` is the label of the draft it happened in ("D3"); ``status`` one of
    ``STEP_STATUSES`` ("unchanged" when the provision was only renumbered or moved);
    ``now`` its citation in that draft ("" when removed); ``language`` the draft's language
    where it is another language version of the draft before (status ``parallel``, or added
    or removed in it); ``renumbered`` and ``moved`` are
    only said of a provision that is neither added, removed, split nor merged (a split or a
    merge names its new citations already); ``dropped`` are the citations of a part of it
    that is gone (one half of an earlier split)."""

    draft: str
    status: str
    now: str = ""
    renumbered: bool = False
    moved: bool = False
    dropped: tuple[str, ...] = ()
    language: str = ""


@dataclass(frozen=True, slots=True)
class Story:
    """What happened to a provision through the series: its events in order, and whether it
    has stayed unchanged since the last of them (``unchanged_since``)."""

    events: tuple[Event, ...]
    unchanged_since: bool


def story(lineage: Lineage, labels: Sequence[str]) -> Story:
    """The provision's events, step by step (see ``Event``); the quiet steps say nothing."""
    events: list[Event] = []
    quiet_since: int | None = None
    for index, step in enumerate(lineage.steps):
        event = _event(lineage, index, step, labels[index + 1])
        if event is not None:
            events.append(event)
            quiet_since = None
        elif step.status == "unchanged" and quiet_since is None:
            quiet_since = index
    quiet = bool(events) and quiet_since is not None and lineage.steps[-1].status == "unchanged"
    return Story(tuple(events), quiet)


def _event(lineage: Lineage, index: int, step: Step, label: str) -> Event | None:
    if step.status is None or (step.status == "unchanged" and not step.moved
                               and not step.renumbered):
        return None
    if step.status in ("added", "removed", "parallel"):
        return Event(label, step.status, lineage.citation(index + 1) or "",
                     language=step.language)
    dropped = tuple(citation for pair in step.pairs if not pair.right
                    for citation in pair.left_citations)
    return Event(label, step.status, lineage.citation(index + 1) or "",
                 renumbered=step.renumbered and step.status not in ("split", "merged"),
                 moved=step.moved, dropped=dropped)


def describe(lineage: Lineage, labels: Sequence[str]) -> str:
    """What happened to the provision, step by step: "added in D2, modified in D3
    (renumbered to Article 6), unchanged since" (English: the CLI, the JSON, the table)."""
    told = story(lineage, labels)
    if not told.events:
        return "unchanged throughout"
    events = [f"{event_words(event)} in {event.draft}" for event in told.events]
    if told.unchanged_since:
        events.append("unchanged since")
    return ", ".join(events)


def event_words(event: Event) -> str:
    """One event in English, without its draft: "modified (renumbered to Article 6)"."""
    if event.status == "parallel":
        return f"{language_name(event.language)} version"
    if event.status in ("added", "removed"):
        return event.status + (f" ({language_name(event.language)} version only)"
                               if event.language and event.status == "added" else
                               f" (not in the {language_name(event.language)} version)"
                               if event.language else "")
    words = {"unchanged": "", "modified": "modified", "split": f"split into {event.now}",
             "merged": f"merged into {event.now}"}[event.status]
    extra = []
    if event.renumbered:
        extra.append(f"renumbered to {event.now}")
    if event.dropped:   # a part of the provision (one half of an earlier split) is gone
        extra.append(f"{' + '.join(event.dropped)} removed")
    if event.moved:
        extra.append("moved")
    if not words:
        return ", ".join(extra)
    return f"{words} ({', '.join(extra)})" if extra else words
