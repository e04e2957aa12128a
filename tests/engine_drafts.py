"""Hand-built drafts for the engine tests: a Document without going through a file.

The engine's tests build the clause tree directly, the way the segmenter would, so that a
test of the aligner says exactly which clauses it starts from. ``article(7, "Heading",
"text", "para 1", ("para 2", ["point a", "point b"]))`` is "Article 7" with a heading, its
own text, and two numbered paragraphs, the second with points (a) and (b).
"""

from __future__ import annotations

from clausewise.core.model import Clause, ClauseKind, Document, Span

_SPAN = Span(0, 0)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def article(number: int | str, heading: str = "", text: str = "", *paragraphs,
            keyword: str = "Article") -> Clause:
    """An article with numbered paragraphs; a paragraph is a text or (text, [points])."""
    citation = f"{keyword} {number}"
    children = tuple(_paragraph(citation, f"art-{number}", index, spec)
                     for index, spec in enumerate(paragraphs, 1))
    return Clause(id=f"art-{number}", kind=ClauseKind.ARTICLE, label=citation,
                  number=str(number), citation=citation, heading=heading, text=text,
                  span=_SPAN, children=children)


def _paragraph(parent_citation: str, parent_id: str, index: int, spec) -> Clause:
    text, points = (spec, []) if isinstance(spec, str) else spec
    citation = f"{parent_citation}({index})"
    clause_id = f"{parent_id}/para-{index}"
    children = tuple(
        Clause(id=f"{clause_id}/pt-{_LETTERS[k]}", kind=ClauseKind.POINT,
               label=f"({_LETTERS[k]})", number=_LETTERS[k],
               citation=f"{citation}({_LETTERS[k]})", heading="", text=point, span=_SPAN)
        for k, point in enumerate(points))
    return Clause(id=clause_id, kind=ClauseKind.PARAGRAPH, label=f"{index}.", number=str(index),
                  citation=citation, heading="", text=text, span=_SPAN, children=children)


def recital(index: int, text: str) -> Clause:
    """A recital: unlabelled, cited by its place in the preamble."""
    return Clause(id=f"preamble/recital-{index}", kind=ClauseKind.RECITAL, label="",
                  number=str(index), citation=f"Preamble, recital {index}", heading="",
                  text=text, span=_SPAN)


def preamble(*recitals: Clause) -> Clause:
    return Clause(id="preamble", kind=ClauseKind.PREAMBLE, label="", number="",
                  citation="Preamble", heading="", text="", span=_SPAN, children=recitals)


def draft(*clauses: Clause, title: str = "Agreement on cooperation", name: str = "") -> Document:
    return Document(title=title, clauses=clauses, name=name)


def renumbered(articles: list[tuple[str, str, list]], start: int = 1) -> Document:
    """A draft of articles (heading, text, paragraphs) numbered from ``start``."""
    return draft(*(article(start + k, heading, text, *paras)
                   for k, (heading, text, paras) in enumerate(articles)))


def by_citations(comparison_or_pairs) -> dict[tuple[tuple[str, ...], tuple[str, ...]], object]:
    """Pairs keyed by (old citations, new citations), the way a reader names them."""
    pairs = getattr(comparison_or_pairs, "pairs", comparison_or_pairs)
    return {(tuple(pair.left_citations), tuple(pair.right_citations)): pair for pair in pairs}


def rebuilt(diff) -> tuple[str, str]:
    """The old and the new text, put back together from a diff."""
    old = "".join(text for op, text in diff if op in "=-")
    new = "".join(text for op, text in diff if op in "=+")
    return old, new
