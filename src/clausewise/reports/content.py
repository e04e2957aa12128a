"""What a briefing says, independent of PDF or Word.

``build_briefing`` reads a Comparison once and decides everything the reader will see: the
cover facts, the counts, the list of changed clauses and the rows of the clause-by-clause
table. The PDF and Word writers only lay this out, so the two formats can never disagree.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ..core.align import row_text  # a pair's own text, exactly as the engine diffs it
from ..core import describe
from ..core.compare import Comparison, DiffOp, Pair, Status
from ..core.model import Document
from . import labels
from .options import RED_LINE_TAG, AnnotationNote, BriefingOptions

#: The order, and the words, in which the summary counts the kinds of change.
CHANGE_TYPES = ("modified", "added", "removed", "moved", "renumbered", "split", "merged",
                "unchanged")

#: The clause-by-clause table: its column headings, and each column's share of the width.
#: One column of text (the redline); the notes column only when some row has notes.
HEADINGS = ("Clause", "Text (deletions struck through, insertions underlined)", "Notes")
COLUMNS_WITH_NOTES = (0.17, 0.58, 0.25)
COLUMNS = (0.17, 0.83)


@dataclass(frozen=True, slots=True)
class DraftFacts:
    """One draft as the cover identifies it: never a folder, only the file's name."""

    role: str          # "Older draft" / "Newer draft"
    name: str
    title: str
    modified: str      # the file's last-modified date, or "" if unknown
    sha256: str        # the file's fingerprint, or "" if the file could not be read
    clauses: int


@dataclass(frozen=True, slots=True)
class BriefingRow:
    """One line of the clause-by-clause table.

    ``marked`` is the new text with the changes marked, as diff operations: "=" kept, "-"
    deleted (struck through), "+" inserted (underlined). ``old_text`` is the older wording;
    a row whose clause was removed (``removed``) prints it alone, as it stood.
    """

    citation: str
    old_text: str
    marked: tuple[DiffOp, ...]
    change: str
    notes: tuple[AnnotationNote, ...]
    depth: int
    removed: bool = False
    #: Two language versions: each version's text, labelled ("French: ...", "Russian: ...");
    #: printed one under the other instead of a redline.
    versions: tuple[str, ...] = ()
    #: The row's substantive changes, printed under its kind of change with the badge the
    #: window shows: "! Strength of obligation: shall → should".
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    """A heading of the detail, with its bookmark: a part (level 0) or an article (level 1).

    ``key`` is unique in the briefing and made of ASCII letters and digits only, so that it
    serves as a PDF destination and a Word bookmark name. ``rows`` are the article's rows
    (none for a part).
    """

    title: str
    level: int
    key: str
    rows: tuple[BriefingRow, ...] = ()


@dataclass(frozen=True, slots=True)
class RedLine:
    """A clause that carries a note tagged Red line, for the executive summary."""

    citation: str
    key: str          # the section the clause is listed in ("" if it is not listed)
    note: str


@dataclass(frozen=True, slots=True)
class SubstantiveEntry:
    """One substantive change (a ``core.flags`` flag) as the executive summary lists it."""

    citation: str
    key: str          # the section the clause is listed in ("" if it is not listed)
    words: str        # "shall → should", "[shall/should] → shall (alternative chosen: shall)"


@dataclass(frozen=True, slots=True)
class SubstantiveGroup:
    """The substantive changes of one kind ("Strength of obligation": shall -> should...)."""

    kind: str
    title: str
    entries: tuple[SubstantiveEntry, ...]


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything a briefing prints, in the order it prints it."""

    title: str
    author: str
    marking: str
    date: datetime
    drafts: tuple[DraftFacts, DraftFacts]
    counts: tuple[tuple[str, int], ...]
    changed: tuple[tuple[str, str], ...]   # (citation, change) of each changed unit
    rows: tuple[BriefingRow, ...]
    changed_only: bool
    landscape: bool
    sections: tuple[Section, ...] = ()
    runs: tuple[str, ...] = ()              # "Articles 74–85 renumbered (were 73–84)"
    red_lines: tuple[RedLine, ...] = ()
    divisions: tuple[tuple[str, str], ...] = ()  # (citation, change) of changed parts etc.
    #: Two language versions (``Comparison.mode`` "parallel"): "English | Russian", and
    #: each mismatch found as (citation, what does not agree); empty for two drafts.
    languages: str = ""
    mismatches: tuple[tuple[str, str], ...] = ()
    #: The language of the briefing's own words (``reports.labels``).
    language: str = "en"
    #: The substantive changes, grouped by kind: first in the executive summary.
    substantive: tuple[SubstantiveGroup, ...] = ()
    #: The citations of the passages rewritten at length, which no flag reads word by word
    #: (``core.describe.read_whole``): said under the substantive changes.
    read_whole: tuple[str, ...] = ()

    @property
    def has_notes(self) -> bool:
        """Whether any row prints a note (else the briefing has no notes column)."""
        return any(row.notes for row in self.rows)

    @property
    def date_text(self) -> str:
        return labels.date_text(self.date, self.language)

    @property
    def count_headings(self) -> tuple[str, str]:
        """The headings of the table of counts: of changes, or of the checks of two
        language versions (the mismatches found are not units)."""
        if self.languages:
            return self.t("Check"), self.t("Number")
        return self.t("Change"), self.t("Articles and other units")

    @property
    def colon(self) -> str:
        """ ": ", or " : " in a French briefing."""
        return labels.colon(self.language)

    @property
    def t(self):
        """The briefing's labels in its language: ``briefing.t("Executive summary")``."""
        return labels.translator(self.language)


def subtitle(briefing: "Briefing") -> str:
    """The cover's line under the title."""
    return briefing.t("Two language versions, side by side" if briefing.languages
                      else "Comparison of two drafts, clause by clause")


#: What the language-versions report says it checked, and what it says when all agree.
LANGUAGE_INTRO = ("The two texts are language versions of one instrument: paired by structure "
                  "(articles, paragraphs, points by number and place), not compared word by "
                  "word. Checked in each pair: numbers, dates and amounts; the articles cited; "
                  "the number of paragraphs and points; a clause present in one version only.")
NO_MISMATCH = ("The two versions agree on every check: numbers, references, paragraph and point "
               "counts, and every clause is in both.")
#: Before the passages rewritten at length (``Briefing.read_whole``).
READ_WHOLE = "Rewritten at length, not read for substantive changes (see the detail):"


def build_briefing(comparison: Comparison, options: BriefingOptions) -> Briefing:
    """Decides the whole content of a briefing from a comparison and the user's options."""
    now = options.now or datetime.now(timezone.utc).astimezone()
    parallel = comparison.mode == "parallel"
    language = options.language
    codes = comparison.languages
    names = tuple(labels.language_name(code, language) for code in codes)
    t = labels.translator(language)
    left = draft_facts(labels.version_role(codes[0], language) if parallel else t("Older draft"),
                       comparison.left, options.left_path, language)
    right = draft_facts(labels.version_role(codes[1], language) if parallel
                        else t("Newer draft"), comparison.right, options.right_path, language)
    title = one_line(printable(options.title)) or default_title(comparison, options.language)
    sections = tuple(briefing_sections(comparison, options))
    rows = tuple(row for section in sections for row in section.rows)
    # Parts, chapters and sections first (a new "Part I" reshapes the draft), then the units.
    divisions = tuple((division_citation(pair), change_text(pair, codes, language))
                      for pair in comparison.divisions if pair.changed or pair.renumbered)
    changed = divisions + tuple((pair_citation(pair), change_text(pair, codes, language))
                                for pair in comparison.pairs if pair.changed)
    return Briefing(title=title, author=one_line(printable(options.author)),
                    marking=one_line(printable(options.marking)),
                    date=now, drafts=(left, right), counts=change_counts(comparison),
                    changed=changed, rows=rows, changed_only=options.changed_only,
                    landscape=options.landscape, sections=sections,
                    runs=tuple(printable(labels.run_phrase(run, options.language))
                               for run in describe.grouped_runs(comparison)),
                    red_lines=tuple(red_lines(comparison, options, sections)),
                    divisions=divisions,
                    languages=" | ".join(names) if parallel else "",
                    mismatches=tuple(language_mismatches(comparison, language))
                    if parallel else (),
                    substantive=tuple(substantive_changes(comparison, sections, language)),
                    read_whole=tuple(one_line(printable(" + ".join(pair.right_citations)))
                                     for pair in describe.read_whole(comparison)),
                    language=options.language)


def language_mismatches(comparison: Comparison,
                        language: str = "en") -> Iterator[tuple[str, str]]:
    """Every place where two language versions do not agree, in reading order, said in the
    briefing's language."""
    def said(mismatch) -> str:
        return printable(labels.mismatch_phrase(mismatch, comparison.languages, language))

    for pair in comparison.divisions:
        for mismatch in pair.mismatches:
            yield printable(division_citation(pair)), said(mismatch)
    for pair in comparison.walk():
        for mismatch in pair.mismatches:
            yield printable(pair_citation(pair)), said(mismatch)


def briefing_sections(comparison: Comparison, options: BriefingOptions) -> Iterator[Section]:
    """The detail: each part as it opens, then each listed article with its rows.

    A part is listed only if one of its articles is; an article only if one of its rows is.
    """
    chains = comparison.right.unit_containers(preamble=False)
    old_chains = comparison.left.unit_containers(preamble=False)
    opened: set[str] = set()
    standing: tuple = ()   # the newer draft's parts around the last clause it holds
    for number, pair in enumerate(comparison.pairs):
        if pair.right:
            standing = chains.get(pair.right[0].id, ())
        rows = tuple(briefing_rows((pair,), options, comparison.languages))
        if not rows:
            continue
        # A removed article stands where the newer draft would have it: in the part of the
        # clause before it (draft 3 put Articles 1-3 in a new Part I; the old Article 3,
        # removed, is listed under Part I, not before it).
        chain = (standing if pair.right
                 else standing or (old_chains.get(pair.left[0].id, ()) if pair.left else ()))
        for container in chain:
            if container.id not in opened:
                opened.add(container.id)
                heading = f" — {container.heading}" if container.heading else ""
                yield Section(title=one_line(printable(container.citation + heading)), level=0,
                              key=f"part{len(opened)}")
        yield Section(title=one_line(pair_citation(pair)), level=1, key=f"unit{number + 1}",
                      rows=rows)


def pair_kinds(pair: Pair) -> set[str]:
    """The kinds of change of a pair (``options.CHANGE_KINDS`` names)."""
    kinds = set() if pair.status is Status.UNCHANGED else {pair.status.value}
    if pair.moved:
        kinds.add("moved")
    if pair.renumbered:
        kinds.add("renumbered")
    return kinds


def red_lines(comparison: Comparison, options: BriefingOptions,
              sections: Sequence[Section]) -> Iterator[RedLine]:
    """The clauses with a printed note tagged Red line, in reading order."""
    listed = {row.citation: section.key for section in sections for row in section.rows}
    for pair, _ in walk_with_depth(comparison.pairs):
        for note in pair_notes(pair, options):
            if note.tag.strip().casefold() == RED_LINE_TAG and options.shows_note(note):
                citation = pair_citation(pair)
                yield RedLine(citation=citation, key=listed.get(citation, ""),
                              note=one_line(printable(note.text)))


def substantive_changes(comparison: Comparison, sections: Sequence[Section],
                        language: str = "en") -> Iterator[SubstantiveGroup]:
    """The flags of the comparison grouped by kind (``core.describe.substantive``), each
    with its citation, the section it is listed in (for the link) and the old/new words."""
    listed = {row.citation: section.key for section in sections for row in section.rows}
    for kind, title, found in describe.substantive(comparison):
        entries = []
        for pair, flag in found:
            citation = pair_citation(pair)
            entries.append(SubstantiveEntry(
                citation=one_line(printable(flag.where or citation)),
                key=listed.get(citation, ""),
                words=one_line(printable(describe.flag_words(
                    flag, note=lambda note, pair=pair, flag=flag: labels.flag_note_phrase(
                        pair, flag, note, language))))))
        yield SubstantiveGroup(kind=kind, title=title, entries=tuple(entries))


def division_citation(pair: Pair) -> str:
    """ "Part I — GENERAL PROVISIONS": a division is known by its heading as much as its number."""
    clause = (pair.right or pair.left)[0]
    heading = f" — {clause.heading}" if clause.heading else ""
    return printable(pair_citation(pair) + heading)


def default_title(comparison: Comparison, language: str = "en") -> str:
    """ "Briefing: <title of the newer draft>", so the reader knows what it is about."""
    subject = comparison.right.title or comparison.left.title
    word = labels.translator(language)("Briefing")
    colon = labels.colon(language)
    return f"{word}{colon}{one_line(printable(subject))}" if subject else word


def draft_facts(role: str, document: Document, path: str | Path | None,
                language: str = "en") -> DraftFacts:
    """Name, date and fingerprint of a draft file; the folder is dropped on purpose. The
    date is said in the briefing's language, as its own Date row is."""
    name = Path(path).name if path else document.name
    modified = sha256 = ""
    if path:
        try:
            file = Path(path)
            modified = labels.date_text(datetime.fromtimestamp(file.stat().st_mtime), language)
            sha256 = file_sha256(file)
        except OSError:
            pass  # the cover says "not available" rather than failing the whole briefing
    return DraftFacts(role=role, name=printable(Path(name).name if name else ""),
                      title=one_line(printable(document.title)),
                      modified=modified, sha256=sha256, clauses=len(document))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


#: What is counted of two language versions, which are never "modified" or "unchanged".
PARALLEL_COUNTS = ("read in parallel", "mismatches found", "in one version only")


def change_counts(comparison: Comparison) -> tuple[tuple[str, int], ...]:
    """Counts per change type of the top-level units, in the summary's order. Of two
    language versions: the units read in parallel, the mismatches found (at every level),
    and the units in one version only; a table of zeros would say nothing."""
    stats = comparison.stats.as_dict()
    if comparison.mode == "parallel":
        found = sum(len(pair.mismatches) for pair in comparison.walk())
        one_sided = sum(1 for pair in comparison.pairs if not (pair.left and pair.right))
        return tuple(zip(PARALLEL_COUNTS, (stats.get("parallel", 0), found, one_sided)))
    return tuple((name, stats.get(name, 0)) for name in CHANGE_TYPES)


def readable_marks(marked: Iterable[DiffOp]) -> tuple[DiffOp, ...]:
    """Puts a plain space between a deletion and the insertion that replaces it.

    "Mindful of the [changing][deteriorating] environment" would otherwise print as one word
    "changingdeteriorating", told apart only by colour and strike-through; the space is
    unmarked, so it belongs to neither text.
    """
    result: list[DiffOp] = []
    for op, text in marked:
        if (result and op == "+" and result[-1][0] == "-" and text and result[-1][1]
                and not text[0].isspace() and not result[-1][1][-1].isspace()):
            result.append(("=", " "))
        result.append((op, text))
    return tuple(result)


def briefing_rows(pairs: Sequence[Pair], options: BriefingOptions,
                  languages: tuple[str, str] = ("", "")) -> Iterator[BriefingRow]:
    """The table rows: every pair in reading order, or only those that changed themselves
    and those the team wrote a (printed) note on: a note is never dropped for want of a
    change."""
    for pair, depth in walk_with_depth(pairs):
        notes = tuple(note for note in pair_notes(pair, options) if options.shows_note(note))
        if options.changed_only and not changed_itself(pair) and not notes:
            continue
        if options.kinds and not (pair_kinds(pair) & set(options.kinds)) and not (
                not options.changed_only and pair.status is Status.UNCHANGED
                and not pair_kinds(pair)):
            continue
        if options.notes_only and not notes:
            continue
        notes = tuple(replace(note, tag=labels.tag_phrase(note.tag, options.language),
                              status=labels.status_phrase(note.status, options.language))
                      for note in notes)
        old_text, marked = pair_texts(pair)
        if not old_text and not any(text for _, text in marked):
            continue  # an article with neither heading nor text: its paragraphs have rows
        removed = not pair.right
        versions: tuple[str, ...] = ()
        if removed:
            marked = (("=", old_text),)  # the old text alone, as it stood
        elif pair.status is Status.PARALLEL:
            names = [labels.language_name(code, options.language).capitalize()
                     for code in languages]
            colon = labels.colon(options.language)
            versions = (f"{names[0]}{colon}{printable(describe.parallel_text(pair, 'left'))}",
                        f"{names[1]}{colon}{printable(describe.parallel_text(pair, 'right'))}")
        yield BriefingRow(citation=pair_citation(pair), old_text=printable(old_text),
                          marked=readable_marks((op, printable(text)) for op, text in marked),
                          change=change_text(pair, languages, options.language),
                          notes=notes, depth=depth,
                          removed=removed, versions=versions,
                          flags=row_flags(pair, options.language))


def row_flags(pair: Pair, language: str) -> tuple[str, ...]:
    """A row's flags as its cell prints them, in the briefing's language: the window's
    badge, the kind and the words ("! Strength of obligation: shall → should")."""
    said = labels.translator(language)
    colon = labels.colon(language)
    return tuple(one_line(printable(
        f"{describe.FLAG_MARK} {said(describe.FLAG_TITLES.get(flag.kind, flag.kind))}{colon}"
        + describe.flag_words(flag, note=lambda note, flag=flag: labels.flag_note_phrase(
            pair, flag, note, language)))) for flag in pair.flags)


def walk_with_depth(pairs: Sequence[Pair], depth: int = 0) -> Iterator[tuple[Pair, int]]:
    for pair in pairs:
        yield pair, depth
        yield from walk_with_depth(pair.children, depth + 1)


def changed_itself(pair: Pair) -> bool:
    """A change in this row, not merely in a child row (those get rows of their own)."""
    return describe.changed_itself(pair)


def pair_citation(pair: Pair) -> str:
    """How the table cites a pair: "Article 4 → Article 5", or "Article 6" if the same."""
    return printable(describe.title(pair))


def change_words(pair: Pair) -> str:
    """The change type as the table prints it: "modified, moved, renumbered"."""
    return describe.change_words(pair)


def change_text(pair: Pair, languages: Sequence[str], language: str) -> str:
    """``change_words`` in the briefing's language: the change words, the engine's notes and
    the mismatches of two language versions each said in it (English: word for word)."""
    if language == "en":
        return describe.change_words(pair)
    return describe.change_words(
        pair, word=labels.translator(language),
        note=lambda note: labels.note_phrase(pair, note, language),
        mismatch=lambda found: labels.mismatch_phrase(found, languages, language))


def pair_texts(pair: Pair) -> tuple[str, tuple[DiffOp, ...]]:
    """The old wording and the marked new wording of a pair's row.

    Uses the engine's diff; when a pair carries none (an unchanged pair built without one),
    rebuilds an honest one from the clauses so the row is never blank.
    """
    marked = tuple(pair.diff)
    if not marked:
        old, new = row_text(pair.left), row_text(pair.right)
        if old == new:
            marked = (("=", new),) if new else ()
        else:
            marked = tuple(op for op in (("-", old), ("+", new)) if op[1])
    old_text = "".join(text for op, text in marked if op != "+")
    return old_text, marked


def pair_notes(pair: Pair, options: BriefingOptions) -> tuple[AnnotationNote, ...]:
    """The team's notes on this row: those keyed by the row's stable key (side, clause id;
    see ``core.describe.row_key`` and ``clausewise.notes.briefing_notes``), then any keyed
    by a bare citation of the row (new side, or old side if removed)."""
    notes: list[AnnotationNote] = list(options.annotations.get(describe.row_key(pair), ()))
    for citation in pair.right_citations or pair.left_citations:
        notes.extend(options.annotations.get(citation, ()))
    return tuple(notes)


def note_text(note: AnnotationNote) -> str:
    """One annotation as a line: "[query, open] A. Petrova: ask about the deadline"."""
    label = ", ".join(part for part in (note.tag, note.status) if part)
    head = f"[{label}] " if label else ""
    who = f"{note.author}: " if note.author else ""
    return printable(f"{head}{who}{note.text}".strip())


def one_line(text: str) -> str:
    return " ".join(text.split())


_UNPRINTABLE = {code: " " for code in range(0x20) if code != 0x0A}
_UNPRINTABLE.update({0x7F: " ", 0xFFFE: " ", 0xFFFF: " "})


def printable(text: str) -> str:
    """Text with control characters (which neither PDF markup nor Word XML accept) as spaces.

    A draft read from a damaged file may carry NULs or form feeds; a briefing must still be
    written, with every visible character kept.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = text.translate(_UNPRINTABLE)
    if any("\ud800" <= char <= "\udfff" for char in cleaned):  # lone surrogates from bad input
        cleaned = cleaned.encode("utf-8", "replace").decode("utf-8")
    return cleaned
