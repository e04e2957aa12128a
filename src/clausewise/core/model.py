"""The document model: what a draft becomes once it has been read and segmented.

Two families of types live here:

* ``SourceLine`` / ``SourceText`` -- what a reader hands to the segmenter: lines of text with
  structure *hints* (a Word heading style, a list level, an automatic number that is not in
  the text). A reader never decides what a clause is; ``core.segment`` does.
* ``Clause`` / ``Document`` -- the tree of clauses that mirrors how a lawyer cites a draft
  ("Article 4(2)(a)", "Preamble, recital 3").

Everything is a frozen dataclass: a Document is built once by the segmenter and then only
read, so the GUI, the reports and the engine can share it between threads without locks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Iterator


class ClauseKind(str, Enum):
    """What a clause is in the structure of a treaty. The value is what the JSON shows."""

    TITLE = "title"
    FRONT = "front matter"          # a report's cover page, symbol, date; a decision adopting rules
    PREAMBLE = "preamble"
    RECITAL = "recital"
    PART = "part"
    CHAPTER = "chapter"
    SECTION = "section"
    ARTICLE = "article"
    PARAGRAPH = "paragraph"
    POINT = "point"
    ANNEX = "annex"
    PROTOCOL = "protocol"
    APPENDIX = "appendix"
    FINAL = "final clauses"
    SIGNATURE = "signature block"
    UNNUMBERED = "unnumbered"

    def __str__(self) -> str:  # so f-strings print "article", not "ClauseKind.ARTICLE"
        return self.value


#: Kinds that group other top-level units rather than being units themselves.
CONTAINER_KINDS = frozenset({ClauseKind.PART, ClauseKind.CHAPTER, ClauseKind.SECTION})

#: Kinds that ``Document.units`` looks through: containers and the preamble.
UNIT_CONTAINER_KINDS = CONTAINER_KINDS | {ClauseKind.PREAMBLE}


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One line (or Word paragraph) of a draft, as a reader found it.

    ``text`` never contains a line break. The hints are optional; a plain-text reader gives
    none. ``number`` is a number the reader computed but which is not part of ``text`` (Word's
    automatic numbering), e.g. ``"Article 3"``, ``"2."`` or ``"(a)"``.
    """

    text: str
    style: str | None = None        # e.g. "Title", "Heading 1", "List Paragraph"
    heading_level: int | None = None  # 1 for "Heading 1", 0 for "Title"; None if not a heading
    list_level: int | None = None   # 0-based level of an automatically numbered paragraph
    number: str | None = None       # the automatic number, not present in ``text``


@dataclass(frozen=True, slots=True)
class SourceText:
    """A draft as read from a file: its lines, and what the reader could not keep."""

    lines: tuple[SourceLine, ...]
    name: str = ""                          # file name as the user knows it (no directories)
    notices: tuple[str, ...] = ()           # e.g. "2 tables flattened into paragraphs"
    encoding: str | None = None             # for text files: the encoding detected
    format: str = "txt"                     # "txt", "docx", ...
    footnotes: tuple[str, ...] = ()         # notes at the page foot (PDF), kept apart from lines

    @classmethod
    def from_text(cls, text: str, name: str = "", **kwargs: object) -> "SourceText":
        """Builds a SourceText from a plain string (one SourceLine per line)."""
        lines = tuple(SourceLine(line) for line in text.splitlines())
        return cls(lines=lines, name=name, **kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Span:
    """Where a clause stands in its SourceText: lines ``start`` to ``end`` (exclusive)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Clause:
    """One unit of a draft, with its sub-units.

    * ``id`` is stable for a given draft: it is derived from the clause's place in the tree and
      its number ("art-4/para-2/pt-a"), never from a counter shared across documents. The
      annotations and manual links of the workspace refer to it.
    * ``label`` is the number as written ("Article 4", "2.", "(a)"); ``number`` the same number
      normalised for comparison ("4", "2", "a"); an unnumbered clause has both empty.
    * ``citation`` is how a lawyer cites it: "Article 4(2)(a)", "Preamble, recital 3".
    * ``text`` is the clause's own text, without its label, heading or children.
    """

    id: str
    kind: ClauseKind
    label: str
    number: str
    citation: str
    heading: str
    text: str
    span: Span
    children: tuple["Clause", ...] = ()

    def walk(self) -> Iterator["Clause"]:
        """This clause, then every descendant, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def full_text(self) -> str:
        """Heading, own text and the text of all descendants, one paragraph per line."""
        parts = [self.heading] if self.heading else []
        if self.text:
            parts.append(self.text)
        for child in self.children:
            child_text = child.full_text
            if child_text:
                parts.append(child_text)
        return "\n".join(parts)


#: Clause's slots, set directly by ``built_clause``.
(_SET_ID, _SET_KIND, _SET_LABEL, _SET_NUMBER, _SET_CITATION, _SET_HEADING, _SET_TEXT,
 _SET_SPAN, _SET_CHILDREN) = (Clause.__dict__[name].__set__ for name in (
    "id", "kind", "label", "number", "citation", "heading", "text", "span", "children"))


_SET_START, _SET_END = (Span.__dict__[name].__set__ for name in ("start", "end"))


def built_span(start: int, end: int) -> Span:
    """``Span(start, end)``, made as ``built_clause`` makes a clause."""
    span = object.__new__(Span)
    _SET_START(span, start)
    _SET_END(span, end)
    return span


def built_clause(id: str, kind: ClauseKind, label: str, number: str, citation: str,
                 heading: str, text: str, span: Span, children: tuple[Clause, ...]) -> Clause:
    """The Clause ``Clause(...)`` makes, equal to it in every way, without the frozen
    dataclass's ``object.__setattr__`` per field: the segmenter builds some 20,000 for a
    comparison of two 1 MB drafts, and this is a third of the cost."""
    clause = object.__new__(Clause)
    _SET_ID(clause, id)
    _SET_KIND(clause, kind)
    _SET_LABEL(clause, label)
    _SET_NUMBER(clause, number)
    _SET_CITATION(clause, citation)
    _SET_HEADING(clause, heading)
    _SET_TEXT(clause, text)
    _SET_SPAN(clause, span)
    _SET_CHILDREN(clause, children)
    return clause


@dataclass(frozen=True, slots=True)
class Document:
    """A segmented draft: a title and a tree of clauses.

    ``clauses`` holds the top-level units in reading order. Parts, chapters and sections are
    containers: their articles are their children.
    """

    title: str
    clauses: tuple[Clause, ...]
    name: str = ""
    notices: tuple[str, ...] = ()
    source: SourceText | None = field(default=None, compare=False, repr=False)
    #: the unit words the segmenter found, most used first: (("Regulation", 44), ("Rule", 3))
    unit_words: tuple[tuple[str, int], ...] = ()
    #: the draft's language as the segmenter told it from its start (ISO 639-1; "" when it
    #: could not be told firmly): ``core.language.document_language`` takes it as it is.
    language: str = ""

    def walk(self) -> Iterator[Clause]:
        """Every clause in reading order, depth first."""
        for clause in self.clauses:
            yield from clause.walk()

    def units(self) -> Iterator[Clause]:
        """The top-level units that the engine aligns first: recitals, articles, annexes...

        Containers (parts, chapters, sections) and the preamble are looked through, so an
        article inside "Part II" is a unit just as an article at the top level is. The
        segmenter never gives a container text of its own (the parties' names at the head of
        the preamble become an unnumbered clause inside it), so nothing is lost by this.
        """

        def visit(clause: Clause) -> Iterator[Clause]:
            if clause.kind in UNIT_CONTAINER_KINDS:
                for child in clause.children:
                    yield from visit(child)
            else:
                yield clause

        for clause in self.clauses:
            yield from visit(clause)

    def unit_containers(self, *, preamble: bool = True) -> dict[str, tuple[Clause, ...]]:
        """For each unit's id, the clauses it stands in, outermost first: parts, chapters and
        sections, and the preamble too unless ``preamble`` is False. The one container walk
        that the window and the reports share."""
        out: dict[str, tuple[Clause, ...]] = {}

        def visit(clause: Clause, above: tuple[Clause, ...]) -> None:
            if clause.kind in UNIT_CONTAINER_KINDS:
                inner = above + (clause,) if preamble or clause.kind is not ClauseKind.PREAMBLE \
                    else above
                for child in clause.children:
                    visit(child, inner)
            else:
                out[clause.id] = above

        for clause in self.clauses:
            visit(clause, ())
        return out

    def by_id(self) -> dict[str, Clause]:
        """A lookup table from clause id to clause."""
        return {clause.id: clause for clause in self.walk()}

    def find(self, citation: str) -> Clause | None:
        """The clause cited as ``citation`` (exact match), or None."""
        for clause in self.walk():
            if clause.citation == citation:
                return clause
        return None

    def __len__(self) -> int:
        return sum(1 for _ in self.walk())
