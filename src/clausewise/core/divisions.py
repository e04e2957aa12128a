"""Parts, chapters and sections: the divisions that group articles, compared on their own.

Divisions are not units (the aligner looks through them, so an article that moves into a new
"Part II" still pairs with itself), but a negotiator wants to know that the new draft
introduced "Part I — General provisions", dropped a chapter, or retitled a section. This
module pairs the divisions of two drafts: first by the same heading, then by the same kind
and number, and reports each as unchanged, modified (retitled), added or removed, flagging a
changed number as renumbered.
"""

from __future__ import annotations

from typing import Callable, Iterator

from .result import DiffOp, Pair, Status
from .model import CONTAINER_KINDS, Clause, ClauseKind, Document
from .textkey import text_key

Differ = Callable[[str, str], tuple[DiffOp, ...]]


def divisions(document: Document) -> list[Clause]:
    """The parts, chapters and sections of a draft, in reading order (annexes included)."""

    def visit(clauses: tuple[Clause, ...]) -> Iterator[Clause]:
        for clause in clauses:
            if clause.kind in CONTAINER_KINDS:
                yield clause
            if clause.children and clause.kind is not ClauseKind.ARTICLE:
                yield from visit(clause.children)

    return list(visit(document.clauses))


def _heading_key(clause: Clause) -> str:
    """What counts as a retitling: as for clause texts (``textkey``: "CO-OPERATION" and
    "COOPERATION", curly and straight quotes, spacing), and the case, which editions set
    differently in headings ("GENERAL PROVISIONS", "General provisions")."""
    return text_key(clause.heading, ignore_case=True)


def pair_divisions(left: Document, right: Document, differ: Differ) -> tuple[Pair, ...]:
    """Division pairs in the reading order of the newer draft, removed ones at the end."""
    olds, news = divisions(left), divisions(right)
    partner: dict[int, Clause] = {}
    basis: dict[int, str] = {}
    free = list(olds)
    for why, matcher in (
            ("heading", lambda o, n: o.kind is n.kind and _heading_key(o) == _heading_key(n)
             and bool(_heading_key(n))),
            ("position", lambda o, n: o.kind is n.kind and o.number == n.number
             and bool(n.number))):
        for index, new in enumerate(news):
            if index in partner:
                continue
            old = next((o for o in free if matcher(o, new)), None)
            if old is not None:
                partner[index] = old
                basis[index] = why
                free.remove(old)
    pairs = []
    for index, new in enumerate(news):
        old = partner.get(index)
        if old is None:
            pairs.append(Pair((), (new,), Status.ADDED, similarity=0.0,
                              diff=(("+", new.heading),) if new.heading else ()))
            continue
        same = _heading_key(old) == _heading_key(new)
        pairs.append(Pair((old,), (new,), Status.UNCHANGED if same else Status.MODIFIED,
                          renumbered=old.number != new.number,
                          similarity=1.0 if same else 0.5,
                          diff=differ(old.heading, new.heading), basis=basis[index]))
    for old in free:
        pairs.append(Pair((old,), (), Status.REMOVED, similarity=0.0,
                          diff=(("-", old.heading),) if old.heading else ()))
    return tuple(pairs)
