"""``clausewise history D1 D2 ... Dn``: how each provision travelled through a series of drafts.

Prints one line per provision that changed somewhere in the series ("Article 5: added in D2,
modified in D3 (renumbered to Article 6), unchanged since"), or the JSON of
``History.to_json`` with ``--json``, or writes the N-column table with ``--out table.docx``
or ``table.pdf``. With ``--workspace`` the table's Notes column carries the team's notes on
any of the drafts (the workspace is only read).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .core.lineage import History, history
from .core.result import CompareOptions
from .drafts import load_draft
from .reports.options import AnnotationNote

MAX_DRAFTS = 12


def add_parser(sub) -> None:
    from .cli import add_wording_options

    parser = sub.add_parser(
        "history", help="how each provision travelled through a series of drafts",
        description="Compares each draft with the next and follows every provision through "
                    "the series: added, modified, renumbered, moved, split, merged, removed.")
    parser.add_argument("drafts", nargs="+", metavar="DRAFT",
                        help="two or more drafts, oldest first (any format compare reads)")
    parser.add_argument("--label", action="append", metavar="NAME", default=None,
                        help='a name for each draft in turn, e.g. --label "Zero draft" '
                             '--label "Chair\'s text" (default D1, D2, ...)')
    parser.add_argument("--json", action="store_true", help="print the history as JSON")
    parser.add_argument("--all", action="store_true",
                        help="list the provisions that never changed too (text output)")
    parser.add_argument("--changed-only", action="store_true",
                        help="with --out: only the provisions that changed somewhere in the "
                             "series (the table holds every provision by default)")
    add_wording_options(parser)
    parser.add_argument("--out", metavar="FILE",
                        help="write the table, one column per draft: .docx or .pdf")
    parser.add_argument("--force", action="store_true", help="with --out: replace FILE")
    parser.add_argument("--marking", metavar="TEXT", help="handling marking on every page")
    parser.add_argument("--author", metavar="NAME", help="author named in the table")
    parser.add_argument("--portrait", action="store_true",
                        help="portrait pages (the table is landscape by default)")
    parser.add_argument("--workspace", metavar="FILE.clausewise",
                        help="the team's notes for the table's Notes column (only read)")
    parser.add_argument("--language", choices=("en", "fr", "ru"), default=None,
                        help="with --out: the table's own words (headings, stories) in English, "
                             "French or Russian; the drafts' text is printed as it is")
    parser.set_defaults(run=run_history)


def run_history(args: argparse.Namespace) -> int:
    from .cli import UserError

    paths = list(args.drafts)
    if len(paths) < 2:
        raise UserError("history needs at least two drafts, oldest first")
    if len(paths) > MAX_DRAFTS:
        raise UserError(f"{len(paths)} drafts: a history takes at most {MAX_DRAFTS}; "
                        "leave out the intermediate ones that matter least")
    labels = args.label or [f"D{i + 1}" for i in range(len(paths))]
    if len(labels) != len(paths):
        raise UserError(f"{len(labels)} --label for {len(paths)} drafts: give one per draft, "
                        "in the drafts' order")
    _check_out(args, paths)
    documents = [load_draft(path) for path in paths]
    options = CompareOptions(ignore_case=args.ignore_case,
                             ignore_punctuation=args.ignore_punctuation)
    found = history(documents, labels, options)
    if args.out:
        _write_table(found, args, paths)
    elif args.json:
        json.dump(found.to_json([str(path) for path in paths]), sys.stdout,
                  ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for line in story_lines(found, paths, args.all):
            print(line)
    return 0


def story_lines(found: History, paths: list[str], show_all: bool = False):
    """The text output: the drafts, then one line per provision."""
    for label, path, document in zip(found.labels, paths, found.documents):
        yield f"{label}: {Path(path).name}  ({document.title or 'untitled'}, {len(document)} clauses)"
    quiet = 0
    yield ""
    for lineage in found.lineages:
        if show_all or lineage.changed:
            yield found.story(lineage)
        else:
            quiet += 1
    if quiet and not show_all:
        yield f"({quiet} provisions unchanged throughout; --all lists them)"


def _check_out(args: argparse.Namespace, paths: list[str]) -> None:
    from .cli import UserError, check_out

    if not args.out:
        given = [flag for flag, value in (("--marking", args.marking), ("--author", args.author),
                                          ("--portrait", args.portrait), ("--force", args.force),
                                          ("--changed-only", args.changed_only),
                                          ("--workspace", args.workspace),
                                          ("--language", args.language)) if value]
        if given:
            raise UserError(f"{', '.join(given)} only apply to the table: add --out FILE")
        return
    if Path(args.out).suffix.lower() not in (".docx", ".pdf"):
        raise UserError(f"--out {Path(args.out).name}: the table is written as .docx or .pdf")
    check_out(args.out, paths, args.force)


def _write_table(found: History, args: argparse.Namespace, paths: list[str]) -> None:
    from .cli import UserError
    from .reports import BriefingOptions, ReportError
    from .reports.history import export_history

    options = BriefingOptions(author=args.author or "", marking=args.marking or "",
                              landscape=not args.portrait, changed_only=args.changed_only,
                              language=args.language or "en")
    notes = workspace_notes(args.workspace, found, paths) if args.workspace else {}
    try:
        written = export_history(found, args.out, options,
                                 names=[Path(path).name for path in paths], notes=notes)
    except ReportError as error:
        raise UserError(str(error)) from error
    print(f"Wrote {written}", file=sys.stderr)


def workspace_notes(path: str, found: History, paths: list[str]
                    ) -> dict[int, list[AnnotationNote]]:
    """The workspace's notes on any clause of any draft of the series, by lineage: a note
    is written on a clause of a draft (known by the draft file's SHA-256 and the clause id)."""
    from .cli import UserError
    from .notes import briefing_note, notes_by_lineage
    from .store import Workspace, WorkspaceError, file_sha256

    try:
        workspace = Workspace.open(path)
    except WorkspaceError as error:
        raise UserError(str(error)) from error
    try:
        annotations = workspace.annotations.all()
    finally:
        workspace.close()
    fingerprints = [file_sha256(draft) for draft in paths]
    return {index: [briefing_note(note) for note in found_notes] for index, found_notes
            in notes_by_lineage(annotations, found, fingerprints).items()}
