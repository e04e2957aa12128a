"""The command line: ``clausewise outline``, ``clausewise compare``, or the desktop app.

* ``clausewise outline FILE [--json]`` prints the clause tree of one draft.
* ``clausewise compare OLD NEW [--json] [--out FILE.pdf|.docx [--force] ...]
  [--workspace FILE.clausewise]`` compares two drafts; with a workspace, with its manual
  links, its options and (in the briefing) its notes. The workspace is only read.
* ``clausewise [OLD NEW] [--screenshot PNG] [--dark]`` opens the desktop app (the bundled
  sample drafts when given no files).
* ``clausewise --self-test`` compares and exports the bundled samples in a temporary folder.

Bad input (a missing, empty, binary, damaged, unknown or oversized file) prints one line on
stderr and exits with status 2; never a traceback. An unexpected internal error exits with 3.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import textwrap
from pathlib import Path
from typing import Iterable, Sequence

from .core import describe
from .core.compare import CompareOptions, Comparison, Pair, Status
from .core.model import Clause, Document
from .drafts import ReadError, formats_text, load_draft
from .reports.labels import LANGUAGES
from .reports.options import CHANGE_KINDS
from .session import Session
from .store import WorkspaceError

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3
SUBCOMMANDS = ("outline", "compare", "history")


class UserError(Exception):
    """Something the user can fix; the message is printed as one line."""


# --- outline ----------------------------------------------------------------------------------


def clause_json(clause: Clause) -> dict:
    """One clause as the outline JSON shows it."""
    return {
        "id": clause.id,
        "citation": clause.citation,
        "kind": clause.kind.value,
        "label": clause.label,
        "heading": clause.heading,
        "text": clause.text,
        "children": [clause_json(child) for child in clause.children],
    }


def outline_json(document: Document) -> dict:
    return {
        "title": document.title,
        "children": [clause_json(clause) for clause in document.clauses],
        "notices": list(document.notices),
        "unit_words": [{"word": word, "count": count} for word, count in document.unit_words],
    }


def outline_lines(document: Document) -> Iterable[str]:
    """One clause a line: its citation, heading, and the start of its text, indented."""

    def visit(clause: Clause, depth: int) -> Iterable[str]:
        line = "  " * depth + clause.citation
        if clause.heading:
            line += f" — {clause.heading}"
        if clause.text:
            line += f": {_shorten(clause.text, 90)}"
        yield line
        for child in clause.children:
            yield from visit(child, depth + 1)

    for clause in document.clauses:
        yield from visit(clause, 0)
    if document.unit_words:
        yield "Units: " + ", ".join(f"{word} ({count})" for word, count in document.unit_words)
    for notice in document.notices:
        yield f"Note: {notice}"


def _shorten(text: str, width: int) -> str:
    """One line of at most ``width`` characters; a line break shows as " / " (a heading
    and its text must not read as one sentence)."""
    text = " / ".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def run_outline(args: argparse.Namespace) -> int:
    document = load_draft(args.file)
    if args.json:
        _print_json(outline_json(document))
    else:
        for line in outline_lines(document):
            print(line)
    return 0


# --- compare ----------------------------------------------------------------------------------


def compare_options(args: argparse.Namespace,
                    stored: CompareOptions | None = None) -> CompareOptions:
    """The options asked for; a flag adds to the options ``stored`` in a workspace."""
    stored = stored or CompareOptions()
    return CompareOptions(ignore_case=args.ignore_case or stored.ignore_case,
                          ignore_punctuation=args.ignore_punctuation or stored.ignore_punctuation,
                          ignore_whitespace=not args.exact_whitespace and stored.ignore_whitespace)


class _Prompts:
    """The command line asks nothing: a question is answered no, a warning ends the run."""

    def open_copy(self, path: Path, reason: str) -> bool:
        return False

    def may_replace(self, path: Path) -> bool:
        return False

    def warn(self, title: str, message: str) -> None:
        raise UserError(message)

    def inform(self, message: str) -> None:
        pass


def compare_session(args: argparse.Namespace) -> Session:
    """The session of ``clausewise compare``: the same as the window's, keeping nothing."""
    session = Session(prompts=_Prompts(), keep=False)
    if getattr(args, "workspace", None):
        try:
            session.use_workspace(args.workspace)
        except WorkspaceError as error:
            raise UserError(f"{error}") from error
    session.options = compare_options(args, session.options if args.workspace else None)
    session.open(args.old, args.new)
    return session


def summary_lines(comparison: Comparison, show_all: bool = False, full: bool = False,
                  verbose: bool = False) -> Iterable[str]:
    """A readable summary: the counts, the counts per level, the runs of units changed alike,
    then each changed clause with its word changes, and each changed part, chapter or section
    where it begins, all in the newer draft's reading order.

    Deleted words are shown as [-words-] and inserted ones as {+words+}, so the summary reads
    without colour (and in a log file). A long change is cut at ``DIFF_WIDTH`` characters
    unless ``full``; similarity figures are printed only when ``verbose``. A unit that a run
    already describes whole (moved or renumbered, its words unchanged) gets no line of its
    own.
    """
    left, right = comparison.left, comparison.right
    yield f"Old: {left.name or 'left'}  ({left.title or 'untitled'}, {len(left)} clauses)"
    yield f"New: {right.name or 'right'}  ({right.title or 'untitled'}, {len(right)} clauses)"
    counts = comparison.stats.as_dict()
    if comparison.mode == "parallel":
        from .core.language import name

        found = sum(len(pair.mismatches) for pair in comparison.walk())
        yield (f"Parallel reading: {name(comparison.languages[0])} | "
               f"{name(comparison.languages[1])} (two language versions, paired by structure, "
               f"not diffed): {found} mismatch{'es' if found != 1 else ''} found")
    yield "Changes: " + ", ".join(f"{value} {name}" for name, value in counts.items())
    yield from substantive_lines(comparison)
    levels = describe.level_counts(comparison)
    if levels:
        yield "By level: " + " · ".join(str(level) for level in levels)
    runs = describe.grouped_runs(comparison)
    if runs:
        yield "Runs:"
        for run in runs:
            yield "  " + run.text
    told = {id(pair) for run in runs for pair in run.pairs if _said_by_run(pair)}
    divisions = _divisions_in_order(comparison, show_all)
    moved_out = _moved_out(comparison)
    for pair, opening in divisions:
        for division in opening:
            yield ""
            yield describe_pair(division, verbose) + _heading_change(division)
        if pair is None or not (show_all or pair.changed) or (id(pair) in told and not show_all):
            continue
        yield ""
        yield from _pair_lines(pair, 0, show_all, full, verbose)
        for clause in pair.left:
            for child in moved_out.get(clause.id, ()):
                if child not in pair.children:
                    yield (f"  {' + '.join(child.left_citations)} moved out, to "
                           f"{' + '.join(child.right_citations)}")


#: Characters of a change printed on its line unless ``--full`` is given.
DIFF_WIDTH = 400


def _said_by_run(pair: Pair) -> bool:
    """Whether a run's line says all there is about this unit: it moved or was renumbered,
    and neither its words nor its paragraphs changed and the engine has no note on it."""
    return (pair.status is Status.UNCHANGED and not pair.notes
            and not any(child.changed for child in pair.children))


def _divisions_in_order(comparison: Comparison, show_all: bool
                        ) -> list[tuple[Pair | None, list[Pair]]]:
    """Each top-level pair with the changed divisions (parts, chapters, sections) that open
    just before it, in reading order: a division opens before the first unit it holds in
    the newer draft (in the older one for a division that was dropped). A division holding
    no unit of either draft comes last, with ``None`` for its pair."""
    wanted = [pair for pair in comparison.divisions if show_all or pair.changed or pair.renumbered]
    by_clause: dict[tuple[str, str], Pair] = {}
    for division in wanted:
        for side, clauses in (("right", division.right), ("left", division.left)):
            for clause in clauses:
                by_clause.setdefault((side, clause.id), division)
    right = comparison.right.unit_containers(preamble=False)
    left = comparison.left.unit_containers(preamble=False)
    placed: set[int] = set()
    out: list[tuple[Pair | None, list[Pair]]] = []
    for pair in comparison.pairs:
        opening: list[Pair] = []
        sides = (("right", right, pair.right), ("left", left, pair.left))
        for side, containers, clauses in sides:
            for container in containers.get(clauses[0].id, ()) if clauses else ():
                division = by_clause.get((side, container.id))
                if division is not None and id(division) not in placed:
                    placed.add(id(division))
                    opening.append(division)
        out.append((pair, opening))
    rest = [division for division in wanted if id(division) not in placed]
    if rest:
        out.append((None, rest))
    return out


def substantive_lines(comparison: Comparison) -> Iterable[str]:
    """The "Substantive changes" block: the flags (``core.flags``) grouped by kind, each with
    its citation and the old and new words; nothing when there are none."""
    groups = describe.substantive(comparison)
    whole = read_whole_line(comparison)
    if not groups and not whole:
        return
    total = sum(len(found) for _, _, found in groups)
    yield f"Substantive changes ({total}):"
    for _, title, found in groups:
        yield f"  {title}:"
        for _, flag in found:
            yield f"    {flag.where}: {_shorten(describe.flag_words(flag), 200)}"
    if whole:
        yield "  " + whole


#: At most this many citations in the line of passages rewritten at length.
_MOST_LISTED = 12


def read_whole_line(comparison: Comparison) -> str:
    """ "Rewritten at length, read in the diff only (no flag reads them word by word): Regulation
    27(1), ..." or "" when there are none."""
    cited = [" + ".join(pair.right_citations) for pair in describe.read_whole(comparison)]
    if not cited:
        return ""
    more = f" and {len(cited) - _MOST_LISTED} more" if len(cited) > _MOST_LISTED else ""
    return ("Rewritten at length, not read for substantive changes (see the diff): "
            + "; ".join(cited[:_MOST_LISTED]) + more)


def _moved_out(comparison: Comparison) -> dict[str, list[Pair]]:
    """Moved paragraph pairs, by the id of the older draft's unit they left."""
    found: dict[str, list[Pair]] = {}
    for top in comparison.pairs:
        for pair in top.walk():
            if pair is top or not pair.moved or not pair.left:
                continue
            unit_id = pair.left[0].id.split("/")[0]
            found.setdefault(unit_id, []).append(pair)
    return found


def _pair_lines(pair: Pair, depth: int, show_all: bool, full: bool = False,
                verbose: bool = False) -> Iterable[str]:
    indent = "  " * depth
    yield indent + describe_pair(pair, verbose)
    if any(op != "=" for op, _ in pair.diff):
        rendered = render_diff_plain(pair.diff)
        if full:  # the whole change, line by line as the clause is written
            for line in rendered.splitlines():
                if line.strip():
                    yield indent + "  " + line.strip()
        else:
            yield indent + "  " + _shorten(rendered, DIFF_WIDTH)
    for note in pair.notes:
        yield indent + "  Note: " + note
    for child in pair.children:
        if show_all or child.changed:
            yield from _pair_lines(child, depth + 1, show_all, full, verbose)


def _heading_change(pair: Pair) -> str:
    """ " — GENERAL PROVISIONS" for a division, its heading's changes marked."""
    if not pair.diff:
        return ""
    return " — " + (render_diff_plain(pair.diff) if pair.changed else pair.diff[0][1])


def describe_pair(pair: Pair, verbose: bool = False) -> str:
    """ "Article 7 → Article 9: unchanged, moved, renumbered", and " (similarity 1.00)" when
    ``verbose``."""
    old = " + ".join(pair.left_citations) or "—"
    new = " + ".join(pair.right_citations) or "—"
    joined = " / " if pair.status is Status.PARALLEL else " → "   # two names, or renumbered
    where = old if old == new else f"{old}{joined}{new}"
    text = f"{where}: {describe.status_words(pair)}"
    return text + f" (similarity {pair.similarity:.2f})" if verbose else text


def render_diff_plain(diff: Sequence[tuple[str, str]]) -> str:
    marks = {"=": ("", ""), "-": ("[-", "-]"), "+": ("{+", "+}")}
    return "".join(marks[op][0] + text + marks[op][1] for op, text in diff)


def _check_output_options(args: argparse.Namespace) -> None:
    """Refuses what would silently do nothing, or overwrite a draft the user compares."""
    if not args.out:
        given = [flag for flag, value in (("--marking", args.marking), ("--author", args.author),
                                          ("--landscape", args.landscape),
                                          ("--tracked-changes", args.tracked_changes),
                                          ("--force", args.force), ("--kinds", args.kinds),
                                          ("--note-tags", args.note_tags),
                                          ("--note-status", args.note_status),
                                          ("--no-resolved", args.no_resolved),
                                          ("--notes-only", args.notes_only),
                                          ("--language", args.language)) if value]
        if given:
            raise UserError(f"{', '.join(given)} only apply to a briefing: add --out FILE")
        return
    check_out(args.out, (args.old, args.new), args.force)


def check_out(out_arg: str, drafts: Sequence[str], force: bool) -> None:
    """Refuses an --out that is one of the drafts, or that exists without --force."""
    out = Path(out_arg).expanduser().resolve()
    if any(Path(draft).expanduser().resolve() == out for draft in drafts):
        raise UserError(f"--out {Path(out_arg).name} would overwrite a draft being compared: "
                        "choose another file name")
    if out.exists() and not out.is_dir() and not force:
        raise UserError(f"--out {Path(out_arg).name} already exists: add --force to replace "
                        "it, or choose another file name")


def add_wording_options(parser: argparse.ArgumentParser) -> None:
    """What counts as a change of wording (compare and history alike)."""
    parser.add_argument("--ignore-case", action="store_true", help="case changes are no change")
    parser.add_argument("--ignore-punctuation", action="store_true",
                        help="punctuation changes are no change")


def run_compare(args: argparse.Namespace) -> int:
    _check_output_options(args)
    session = compare_session(args)
    try:
        comparison = session.compare_now()
        if args.out:
            _export(session, args)
    finally:
        session.close()
    if args.json:
        _print_json(comparison.to_json(str(args.old), str(args.new)))
    elif not args.out:
        for line in summary_lines(comparison, show_all=args.all, full=args.full,
                                  verbose=args.verbose):
            print(line)
    return 0


def _listed(value: str | None) -> tuple[str, ...]:
    """"modified, moved" -> ("modified", "moved"); the words as given, without blanks."""
    return tuple(word.strip() for word in (value or "").split(",") if word.strip())


def _export(session: Session, args: argparse.Namespace) -> None:
    """Writes the briefing (or the tracked-changes file) named by --out, with the notes of
    the workspace given, if any."""
    from .reports import ReportError

    out = Path(args.out)
    if args.tracked_changes and out.suffix.lower() != ".docx":
        raise UserError("--tracked-changes writes a Word file: give --out a name ending in .docx")
    try:
        options = session.briefing_options(
            author=args.author or "", marking=args.marking or "", changed_only=not args.all,
            landscape=args.landscape, kinds=_listed(args.kinds), note_tags=_listed(args.note_tags),
            note_statuses=_listed(args.note_status), resolved_notes=not args.no_resolved,
            notes_only=args.notes_only, language=args.language or "en")
    except ReportError as error:   # an unknown kind of change or note status
        option = "--note-status" if "note status" in str(error) else "--kinds"
        raise UserError(f"{option}: {error}") from error
    if (args.note_tags or args.note_status or args.notes_only or args.no_resolved) \
            and not args.workspace:
        print("clausewise: note choices given without --workspace: the briefing has no notes "
              "to choose from", file=sys.stderr)
    try:
        written = session.export(out, tracked_changes=args.tracked_changes, replace_file=True,
                                 options=options)
    except ReportError as error:
        raise UserError(str(error)) from error
    print(f"Wrote {written}", file=sys.stderr)


# --- plumbing ---------------------------------------------------------------------------------


def _print_json(data: dict) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


class _KeepEpilogLines(argparse.HelpFormatter):
    """Wraps the description as usual but prints the epilog (the window's options, already
    laid out by argparse) line by line."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("the desktop app"):
            return "\n".join(indent + line for line in text.splitlines())
        return super()._fill_text(text, width, indent)


def build_parser() -> argparse.ArgumentParser:
    formats = formats_text()
    parser = argparse.ArgumentParser(
        prog="clausewise",
        description="Compare successive drafts of treaties clause by clause. "
                    "Run with no command to open the desktop app. "
                    f"Drafts are read from {formats_text('and')} files.",
        epilog=_window_usage(), formatter_class=_KeepEpilogLines)
    from . import __version__

    parser.add_argument("--version", action="version", version=f"clausewise {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    outline = sub.add_parser("outline", help="print the clause tree of a draft")
    outline.add_argument("file", help=f"a draft: {formats}")
    outline.add_argument("--json", action="store_true", help="print the tree as JSON")
    outline.set_defaults(run=run_outline)

    comp = sub.add_parser("compare", help="compare two drafts clause by clause")
    comp.add_argument("old", help=f"the older draft: {formats}")
    comp.add_argument("new", help=f"the newer draft: {formats}")
    comp.add_argument("--json", action="store_true", help="print the comparison as JSON")
    comp.add_argument("--all", action="store_true",
                      help="list unchanged clauses too (summary and briefing)")
    comp.add_argument("--full", action="store_true",
                      help="print each change whole (long ones are cut at "
                           f"{DIFF_WIDTH} characters otherwise)")
    comp.add_argument("--verbose", "-v", action="store_true",
                      help="print each pair's similarity figure too")
    add_wording_options(comp)
    comp.add_argument("--exact-whitespace", action="store_true",
                      help="count changes of spacing as changes (ignored by default)")
    comp.add_argument("--out", metavar="FILE", help="write a briefing: .pdf or .docx")
    comp.add_argument("--force", action="store_true",
                      help="with --out: replace FILE if it exists (never a read-only file)")
    comp.add_argument("--marking", metavar="TEXT",
                      help='handling marking on every page, e.g. "OFFICIAL-SENSITIVE"')
    comp.add_argument("--tracked-changes", action="store_true",
                      help="with --out FILE.docx: the newer draft with real tracked changes")
    comp.add_argument("--landscape", action="store_true", help="landscape briefing pages")
    comp.add_argument("--author", metavar="NAME", help="author named in the briefing")
    comp.add_argument("--workspace", metavar="FILE.clausewise",
                      help="take the manual links, options and notes (in the briefing) from "
                           "this workspace; it is only read")
    content = comp.add_argument_group(
        "what the briefing lists (with --out)",
        "By default every changed clause and every note of the workspace.")
    content.add_argument("--kinds", metavar="LIST",
                         help="only these kinds of change, comma-separated: "
                              + ", ".join(CHANGE_KINDS))
    content.add_argument("--note-tags", metavar="LIST",
                         help='only notes with these tags, e.g. "Red line,Query"')
    content.add_argument("--note-status", metavar="LIST",
                         help="only notes with these statuses: open, resolved")
    content.add_argument("--no-resolved", action="store_true",
                         help="leave out notes whose status is resolved")
    content.add_argument("--notes-only", action="store_true",
                         help="list only the clauses that carry a note")
    content.add_argument("--language", choices=tuple(LANGUAGES), default=None,
                         help="the briefing's own words (headings, labels) in English, French "
                              "or Russian; the drafts' text is printed as it is")
    comp.set_defaults(run=run_compare)

    from .history_cli import add_parser as add_history_parser
    add_history_parser(sub)
    return parser


def _mistyped_command(argv: list[str]) -> str:
    """What is wrong when the first word is neither a command nor a file ("compre"), so that
    a typing slip is named as one instead of opening the window on a draft that is not there.
    Empty when the first word may well be a draft (it exists, or has an extension)."""
    if not argv or argv[0].startswith("-") or argv[0] in SUBCOMMANDS:
        return ""
    word = argv[0]
    if Path(word).exists() or Path(word).suffix or "/" in word or "\\" in word:
        return ""
    close = difflib.get_close_matches(word, SUBCOMMANDS, n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return (f"unknown command '{word}'{hint}; the commands are {', '.join(SUBCOMMANDS[:-1])} "
            f"and {SUBCOMMANDS[-1]}; to open drafts in the window, give their file names "
            "(see clausewise --help)")


def _no_display() -> bool:
    """On Linux, no X11 or Wayland display and no Qt platform chosen: the window cannot open."""
    import os

    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def _window_usage() -> str:
    """The desktop app's own arguments, for ``clausewise --help`` (read without loading Qt)."""
    from .gui.app import window_parser

    parser = window_parser()
    usage = " ".join(parser.format_usage().split()).replace("usage: ", "")
    lines = parser.format_help().splitlines()
    first = next(i for i, line in enumerate(lines) if line.endswith(":") and i > 0)
    kept = [line for line in lines[first:]
            if line and not line.endswith(":") and "show this help message" not in line]
    usage_lines = textwrap.wrap(usage, width=76, break_on_hyphens=False,
                                subsequent_indent="             ")
    return "\n".join(["the desktop app (no command):", *("  " + line for line in usage_lines),
                      "", *kept])


def _run_app(argv: list[str]) -> int:
    """Opens the desktop app; Qt is loaded only here."""
    screenshot = any(arg == "--screenshot" or arg.startswith("--screenshot=") for arg in argv)
    if _no_display() and not screenshot:   # a screenshot is rendered offscreen anyway
        print("clausewise: no display to open the window on; run it in a desktop session, "
              "render it to a picture with --screenshot FILE.png, or use a command such as "
              "'clausewise compare OLD NEW'", file=sys.stderr)
        return EXIT_BAD_INPUT
    from .gui.app import main as gui_main

    return gui_main(argv)


def _debug_traceback() -> None:
    """With CLAUSEWISE_DEBUG=1 in the environment, support staff see the whole traceback."""
    import os
    import traceback

    if os.environ.get("CLAUSEWISE_DEBUG"):
        traceback.print_exc(file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--self-test"]:
        from .selftest import main as self_test
        return self_test()
    if argv[:1] == ["--version"]:
        from . import __version__

        print(f"clausewise {__version__}")
        return 0
    mistyped = _mistyped_command(argv)
    if mistyped:
        print(f"clausewise: {mistyped}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not argv or (argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help")):
        return _run_app(argv)
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except (ReadError, UserError) as error:
        _debug_traceback()
        print(f"clausewise: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    except MemoryError:  # a draft within the limits that still needs more than is free
        print("clausewise: not enough memory to compare these drafts; close other programs "
              "and try again, or compare smaller parts of them", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:  # never a traceback for the user; say what to report
        _debug_traceback()
        print(f"clausewise: internal error ({type(error).__name__}: {error}); "
              "please report it with the files that caused it", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
