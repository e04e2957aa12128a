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
* ``outline_title(pair)``: the pair's name in an outline that lists both drafts' clauses,
  unique in a comparison (a removed clause and an added one may share a citation);
* ``grouped_runs(comparison)``: neighbouring units changed alike, in one line ("Articles
  74–85 renumbered (were 73–84)"), for every summary: the window, the command line, the
  briefings;
* ``level_counts(comparison)``: how many pairs changed at each level, per unit word
  ("Articles 12 changed of 85", "paragraphs 40 changed of 300").
* ``substantive(comparison)``: the pairs' flags grouped by kind, in the order and with the
  titles of the "Substantive changes" block of the summary and the briefings;
  ``flag_words(flag)``: one flag in words ("shall → should"); ``read_whole(comparison)``:
  the pairs with a passage rewritten at length, which no flag reads word by word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from .align import row_text  # a pair's own text, exactly as the engine diffs it
from .model import Clause, ClauseKind
from .numbering import roman_to_int
from .result import FLAG_KINDS, Comparison, Flag, Mismatch, Pair, Status
from .result import read_whole as _read_whole

#: A mark per status, readable without colour; moved and renumbered are added to it.
STATUS_MARKS = {
    Status.UNCHANGED: "",
    Status.MODIFIED: "~",
    Status.ADDED: "+",
    Status.REMOVED: "−",
    Status.SPLIT: "<",
    Status.MERGED: ">",
    Status.PARALLEL: "",
}
MISMATCH_MARK = "≠"   # two language versions that do not agree
FLAG_MARK = "!"       # a substantive change (``core.flags``): obligation, number, party...
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
    one container: the shared container said once ("Preamble, recital 4 → recital 5");
    ``renumbering``, for a row whose header shows the container, drops it."""
    old, new = citations(pair)
    if not old or not new or old == new:
        return new or old
    if pair.status is Status.PARALLEL:   # two language versions: no renumbering, two names
        return f"{old} / {new}"
    if brief:   # "Preamble, recital 4 → recital 5": the container they share, said once
        head, comma, _ = old.rpartition(", ")
        if comma and new.startswith(head + comma) and "+" not in old + new:
            return f"{old} → {new[len(head) + 2:]}"
    return f"{old} → {new}"


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
    return (pair.status not in (Status.UNCHANGED, Status.PARALLEL) or pair.moved
            or pair.renumbered or bool(pair.notes) or bool(pair.mismatches))


def _same(text: str) -> str:
    return text


def _detail(mismatch: Mismatch) -> str:
    return mismatch.detail


def status_words(pair: Pair) -> str:
    """Words for the mark: "modified, moved, renumbered" (the status always comes first);
    for two language versions, what does not agree ("in the English version only")."""
    if pair.mismatches:
        return "; ".join(mismatch.detail for mismatch in pair.mismatches)
    words = [pair.status.value]
    if pair.moved:
        words.append("moved")
    if pair.renumbered:
        words.append("renumbered")
    return ", ".join(words)


def change_words(pair: Pair, word: Callable[[str], str] = _same,
                 note: Callable[[str], str] = _same,
                 mismatch: Callable[[Mismatch], str] = _detail) -> str:
    """The change as a briefing prints it: "modified, moved, renumbered", "modified in its
    paragraphs" when only its children changed, "unchanged"; then the engine's notes, and
    what two language versions do not agree on (a clause in one version only says that
    alone). In English, unless ``word`` (each change word), ``note`` (a note of the engine)
    and ``mismatch`` say the pieces in another language: the order and the joins stay here."""
    words = [] if pair.status in (Status.UNCHANGED, Status.PARALLEL) else [pair.status.value]
    if pair.status is Status.MODIFIED and pair.children and not own_text_changed(pair):
        words = ["modified in its paragraphs"]
    if pair.moved:
        words.append("moved")
    if pair.renumbered:
        words.append("renumbered")
    agree = not words and pair.status is Status.PARALLEL
    text = ", ".join(word(piece) for piece in words) or word("versions agree" if agree
                                                             else "unchanged")
    for said in pair.notes:  # e.g. a cross-reference that was not updated
        text += f"; {note(said)}"
    for found in pair.mismatches:   # two language versions that do not agree
        starts_afresh = (agree and not pair.notes) or found.kind == "missing"
        text = ("" if starts_afresh else text + "; ") + mismatch(found)
        agree = False
    return text


def mark(pair: Pair, inside: bool = False) -> str:
    """The gutter mark of a pair: its status, then ↕ if moved and # if renumbered; the
    substantive-change badge first when it has flags (with ``inside``, as an outline shows a
    unit that may be folded: when it or one of its paragraphs has)."""
    text = STATUS_MARKS[pair.status]
    if pair.flags or (inside and any(part.flags for part in pair.walk())):
        text = FLAG_MARK + text
    if pair.mismatches and pair.status is Status.PARALLEL:
        text += MISMATCH_MARK
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


def parallel_text(pair: Pair, side: str) -> str:
    """What a parallel pair's own row shows of one version: heading and own text, but not
    the text that one of its sub-pairs sets against the other version's paragraphs (an
    article's own text cited "Article X (text)"), which would otherwise be read twice."""
    clauses = pair.left if side == "left" else pair.right
    carried = {clause.id.removesuffix("/text") for child in pair.children
               for clause in child.left + child.right if clause.id.endswith("/text")}
    return "\n".join(part for clause in clauses
                     for part in (clause.heading, "" if clause.id in carried else clause.text)
                     if part)


def outline_title(pair: Pair) -> str:
    """The pair's name in an outline of the whole comparison, unique in it.

    ``title(pair, brief=True)``, except where two entries would read alike: a removed clause
    is named as the older draft cites it, which an added clause of the newer draft may share
    ("Article 21(2)(a)(i) (older draft)"); an article's own text, set against the other
    draft's first paragraph, is cited as its article ("Article 12 (text)"). A brief
    renumbering drops only the container the two sides share, so it cannot meet another.
    """
    if not pair.right:
        name = " + ".join(f"{citation} (text)" if clause.id.endswith("/text") else citation
                          for clause, citation in zip(pair.left, pair.left_citations))
        return f"{name} (older draft)"
    if any(clause.id.endswith("/text") for clause in pair.left + pair.right):
        return title(_text_cited(pair), brief=True)
    return title(pair, brief=True)


def _text_cited(pair: Pair) -> Pair:
    """The pair with each article's own text cited "Article 12 (text)"."""
    def cite(clauses: tuple[Clause, ...]) -> tuple[Clause, ...]:
        return tuple(replace(clause, citation=f"{clause.citation} (text)")
                     if clause.id.endswith("/text") else clause for clause in clauses)

    return replace(pair, left=cite(pair.left), right=cite(pair.right), children=())


# --- runs: neighbouring units changed alike ---------------------------------------------------

#: English plurals of unit and division words; a word of another language is left as it is
#: ("Статья 1–19"), which reads better than a wrong plural.
PLURALS = {"article": "Articles", "annex": "Annexes", "chapter": "Chapters", "part": "Parts",
           "section": "Sections", "rule": "Rules", "regulation": "Regulations",
           "paragraph": "Paragraphs", "principle": "Principles", "recital": "recitals",
           "point": "points", "appendix": "Appendices", "protocol": "Protocols",
           "measure": "Measures", "commitment": "Commitments", "clause": "Clauses"}

#: "Article 74", "Annex I, Rule 12", "Preamble, recital 3", "Статья III": a container (if
#: any), a unit word and a number in digits or Roman numerals.
_CITED = re.compile(r"^(?:(?P<within>.+), )?(?P<word>[^\W\d_]+) (?P<number>\d+|[IVXLCDM]+)$")

#: A run groups at least this many units; shorter ones are listed unit by unit.
RUN_MINIMUM = 3


def plural(word: str) -> str:
    """ "Articles" for "Article"; a word without a known English plural stays as it is."""
    return PLURALS.get(word.casefold(), word)


@dataclass(frozen=True, slots=True)
class _Cited:
    """One side of a unit as a run reads it: "Annex I" + "Rule" + "12" (value 12)."""

    within: str
    word: str
    number: str
    value: int

    def follows(self, other: "_Cited") -> bool:
        return (self.within, self.word) == (other.within, other.word) \
            and self.value == other.value + 1


def _cited(citations: Sequence[str]) -> _Cited | None:
    match = _CITED.match(citations[0]) if len(citations) == 1 else None
    if match is None:
        return None
    number = match.group("number")
    value = int(number) if number.isdecimal() else roman_to_int(number)
    if value is None:
        return None
    return _Cited(match.group("within") or "", match.group("word"), number, value)


@dataclass(frozen=True, slots=True)
class Run:
    """Neighbouring top-level units changed alike: ``text`` says it in one line ("Articles
    74–85 renumbered (were 73–84)"); ``pairs`` are the units, in reading order."""

    text: str
    pairs: tuple[Pair, ...]
    #: The parts of ``text``, for a view that says it in another language: the units
    #: ("Articles 74–85"), the change words ("renumbered"), and the old numbers or "".
    units: str = ""
    words: str = ""
    were: str = ""


def grouped_runs(comparison: Comparison, minimum: int = RUN_MINIMUM) -> list[Run]:
    """Runs of ``minimum`` or more neighbouring units changed alike, in reading order.

    Neighbours: consecutive top-level pairs cited with the same word in the same container,
    numbered one after the other on each side they have (an added run has only new
    numbers, a removed one only old ones). Alike: the same change words ("renumbered",
    "moved", "added", "modified, moved, renumbered"...). Every change groups: modified,
    added, removed, split, merged, moved, and renumbered with the same text.
    """
    runs: list[Run] = []
    run: list[tuple[Pair, str, _Cited | None, _Cited | None]] = []
    if comparison.mode == "parallel":   # language versions: nothing "changed alike"
        return runs

    def flush() -> None:
        if len(run) >= minimum:
            runs.append(_run(run))
        run.clear()

    for pair in comparison.pairs:
        if pair.status is Status.UNCHANGED and not pair.moved and not pair.renumbered:
            flush()
            continue
        words = change_words(pair)
        new = _cited(pair.right_citations) if pair.right else None
        old = _cited(pair.left_citations) if pair.left else None
        if (pair.right and new is None) or (pair.left and old is None):
            flush()  # a side without a number ("Preamble", "Article 4 bis") ends a run
            continue
        if run:
            _, last_words, last_new, last_old = run[-1]
            follows = (words == last_words
                       and (new is None) == (last_new is None)
                       and (old is None) == (last_old is None)
                       and (new is None or new.follows(last_new))
                       and (old is None or old.follows(last_old)))
            if not follows:
                flush()
        run.append((pair, words, new, old))
    flush()
    return runs


def _run(run: Sequence[tuple[Pair, str, "_Cited | None", "_Cited | None"]]) -> Run:
    (_, words, new_first, old_first), (_, _, new_last, old_last) = run[0], run[-1]

    def span(first: _Cited, last: _Cited, name: bool = True) -> str:
        numbers = f"{first.number}–{last.number}"
        if not name:
            return numbers
        within = f"{first.within}, " if first.within else ""
        return f"{within}{plural(first.word)} {numbers}"

    words = words.replace(" in its paragraphs", " in their paragraphs")
    were = ""
    if new_first is not None and new_last is not None:
        units = span(new_first, new_last)
        if old_first is not None and old_last is not None and old_first != new_first:
            same_name = (old_first.within, old_first.word) == (new_first.within, new_first.word)
            were = span(old_first, old_last, name=not same_name)
    else:
        assert old_first is not None and old_last is not None
        units = span(old_first, old_last)
    text = f"{units} {words}" + (f" (were {were})" if were else "")
    return Run(text=text, pairs=tuple(pair for pair, *_ in run), units=units, words=words,
               were=were)


# --- counts per level -------------------------------------------------------------------------

#: Names of the levels that are not units cited with a word of their own.
_KIND_LEVELS = {ClauseKind.RECITAL: "recitals", ClauseKind.PARAGRAPH: "paragraphs",
                ClauseKind.POINT: "points", ClauseKind.ANNEX: "annexes",
                ClauseKind.PROTOCOL: "protocols", ClauseKind.APPENDIX: "appendices",
                ClauseKind.UNNUMBERED: "unnumbered paragraphs"}


#: The English plural of unit words of other languages, as the command line (which stays
#: English) names a level: "Articles", whichever language the older draft is in.
_ENGLISH_PLURALS = {
    **{word: "Articles" for word in ("статья", "artículo", "artikel", "articolo", "artigo",
                                     "άρθρο")},
    **{word: "Rules" for word in ("règle", "правило", "regla", "regel")},
    **{word: "Principles" for word in ("principe", "principio", "принцип", "grundsatz",
                                       "beginsel")},
    **{word: "Sections" for word in ("раздел", "sección", "sezione", "abschnitt", "afdeling",
                                     "τμήμα")},
    **{word: "Annexes" for word in ("annexe", "приложение", "anexo", "allegato", "anhang",
                                    "bijlage", "παράρτημα")},
    **{word: "Standards" for word in ("norme", "norma", "стандарт", "norm")},
    **{word: "Clauses" for word in ("cláusula", "klausel", "clausule")},
    **{word: "Guidelines" for word in ("directriz", "richtlijn")},
}


def english_plural(name: str) -> str:
    """A level's name as the command line says it: "Статья" -> "Articles", "Articles" as it
    is, the case of the name kept (capitalised for a top-level unit)."""
    english = _ENGLISH_PLURALS.get(name.casefold())
    if english is None:
        return name
    return english if name[:1].isupper() else english.lower()


@dataclass(frozen=True, slots=True)
class LevelCount:
    """How many pairs of one level changed: "Articles 12 changed of 85".

    ``depth`` is 0 for the top-level units (one level per unit word: "Articles", "Rules"),
    1 for everything below them by kind ("paragraphs", "points"), wherever it stands;
    ``changed`` counts the pairs with any change in them (a renumbering alone is none).
    A level is named as the older draft names it (``own``: "Articles", "Статья"), and in
    English (``name``: "Articles" for both) for the command line.
    """

    name: str
    depth: int
    changed: int
    total: int
    own: str = ""

    def __str__(self) -> str:
        return f"{self.name} {self.changed} changed of {self.total}"


def level_name(clause: Clause, top: bool) -> str | None:
    """The name of a clause's level: the plural of its unit word ("Articles", "Rules",
    "Статья"), or of its kind ("paragraphs", "points"); capitalised for a top-level unit.
    None for what is no level: the title, a cover page, the closing formula, the
    signatures, and the unnumbered words that open a preamble."""
    if clause.kind is ClauseKind.ARTICLE:
        cited = _cited([clause.citation])
        word = cited.word if cited else (clause.label.split() or [""])[0]
        name = plural(word) if word else "articles"
    elif top and clause.kind is ClauseKind.UNNUMBERED:
        return None
    else:
        name = _KIND_LEVELS.get(clause.kind)
        if name is None:
            return None
    return name[:1].upper() + name[1:] if top else name[:1].lower() + name[1:]


def level_counts(comparison: Comparison) -> list[LevelCount]:
    """Changed and all pairs per level: the top-level units by their word, in the order each
    word first appears; then the clauses below them by kind, shallowest kinds first. A level
    is named by the older draft's word (the newer one's where the older has no such clause):
    two language versions, or a draft that changed its unit word, are counted under one name."""
    counts: dict[tuple[int, str], list[int]] = {}   # (depth, name) -> [changed, total, first]
    owns: dict[tuple[int, str], str] = {}            # (depth, name) -> the draft's own name
    # The English the newer version itself uses for a unit word of the older one: ISA's
    # "Правило" is a "Regulation" in its English version, not a "Rule".
    english = _english_words_of(comparison.pairs)

    def visit(pair: Pair, depth: int) -> None:
        clauses = pair.left or pair.right
        name = level_name(clauses[0], depth == 0) if clauses else None
        if name is not None:
            key = (min(depth, 1), english.get(name) or english_plural(name))
            owns.setdefault(key, name)
            count = counts.setdefault(key, [0, 0, depth])
            count[0] += pair.changed
            count[1] += 1
            count[2] = min(count[2], depth)
        for child in pair.children:
            visit(child, depth + 1)

    for pair in comparison.pairs:
        visit(pair, 0)
    order = sorted(counts, key=lambda key: counts[key][2])  # stable: first seen at a depth
    return [LevelCount(name, depth, *counts[(depth, name)][:2], own=owns[(depth, name)])
            for depth, name in order]


def _english_words_of(pairs: Sequence[Pair]) -> dict[str, str]:
    """Unit words of the older draft in another language -> the plural the newer draft's
    English gives the same units ("Правило" -> "Regulations"), from the units paired."""
    found: dict[str, str] = {}
    for pair in pairs:
        if not (pair.left and pair.right) or pair.left[0].kind is not ClauseKind.ARTICLE:
            continue
        old = level_name(pair.left[0], True)
        new = level_name(pair.right[0], True)
        if (old and new and old not in found and english_plural(old) != old
                and new.isascii() and english_plural(new) == new):
            found[old] = new
    return found


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


def read_whole(comparison: Comparison) -> list[Pair]:
    """The pairs, in reading order, whose diff holds a passage of more than
    ``result.FLAG_MAX_CHANGED_WORDS`` changed words (a passage rewritten, added or dropped),
    or that are rewritten too far to be read for flags (``result.read_whole``): the flags do
    not read those words one by one (the diff shows them whole), so a summary says where they
    are rather than let an empty list of flags read as "nothing of substance"."""
    return [pair for pair in comparison.walk() if _read_whole(pair)]


def flags_tip(pair: Pair) -> str:
    """The pair's substantive changes, one per line, for a tooltip ("" if none):
    "Strength of obligation: shall → should"."""
    return "\n".join(f"{FLAG_TITLES.get(flag.kind, flag.kind)}: {flag_words(flag)}"
                     for flag in pair.flags)


def _said_by_words(kind: str) -> tuple[str, ...]:
    """The openings of a note that only says the kind and the words again ("modal: shall →
    should", "number added: 30 days"); "brackets opened: ..." or "alternative chosen: ..."
    say more."""
    return (f"{kind}:", f"{kind} added", f"{kind} removed")


def flag_words(flag: Flag, note: Callable[[str], str] = _same) -> str:
    """ "shall → should"; "— → the receiving Party" for words added; then the note when it
    says more than the words ("alternative chosen: shall"; not "reference: Article 2 →
    Article 3"), through ``note`` for a view that says some notes in another language (a
    stale cross-reference's)."""
    text = f"{flag.old or '—'} → {flag.new or '—'}"
    if flag.note and not flag.note.startswith(_said_by_words(flag.kind)):
        said = note(flag.note)
        # "[and rule 62,] → and as set out in rule 62 (bracketed text replaced)", "[TBC] → 30
        # days (placeholder filled in)": the note's words, when they are the new or old words
        # already shown, not again
        shown = ((flag.said[0][-1],) if len(flag.said) == 1 and flag.said[0][1:]
                 else () if flag.said else (flag.new, flag.old))
        for words in shown:
            if words and words in (flag.new, flag.old) and said.endswith(words):
                said = said[:-len(words)].rstrip(" :")
                break
        text += f" ({said})"
    return text


__all__ = ["FLAG_MARK", "FLAG_TITLES", "LevelCount", "MOVED_MARK", "PLURALS", "RENUMBERED_MARK",
           "RUN_MINIMUM", "Run", "RowKey", "STATUS_MARKS", "change_words", "changed_itself",
           "citations", "english_plural", "flag_words", "flags_tip", "grouped_runs", "level_counts", "level_name", "mark",
           "outline_title", "own_text_changed", "parallel_text", "plural", "read_whole", "renumbering",
           "row_key",
           "status_words", "substantive", "title"]
