"""The window's workflows through the session alone: no window, no Qt, no dialogs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document as WordDocument

from clausewise.drafts import SAMPLES_DIR
from clausewise.session import PSEUDO, Session
from clausewise.store import REMOVED, Anchor, Annotation, Side

DRAFT1 = SAMPLES_DIR / "security-agreement-draft1.txt"
DRAFT2 = SAMPLES_DIR / "security-agreement-draft2.txt"
DRAFT3 = SAMPLES_DIR / "security-agreement-draft3.txt"


class FakePrompts:
    """Answers the session's questions from a script, and keeps what it was told."""

    def __init__(self, copy: bool = False, replace: bool = False) -> None:
        self.copy, self.replace = copy, replace
        self.asked: list[str] = []
        self.warnings: list[str] = []
        self.told: list[str] = []

    def open_copy(self, path: Path, reason: str) -> bool:
        self.asked.append(f"copy {path.name}")
        return self.copy

    def may_replace(self, path: Path) -> bool:
        self.asked.append(f"replace {path.name}")
        return self.replace

    def warn(self, title: str, message: str) -> None:
        self.warnings.append(message)

    def inform(self, message: str) -> None:
        self.told.append(message)


def session_in(folder: Path, prompts: FakePrompts | None = None) -> Session:
    return Session(folder / "workspaces", prompts or FakePrompts())


def pair_citing(comparison, left: str | None = None, right: str | None = None):
    return next(pair for pair in comparison.walk()
                if (left is None or left in pair.left_citations)
                and (right is None or right in pair.right_citations))


def note(session: Session, clause_side: str, citation: str, text: str) -> Annotation:
    comparison = session.comparison
    document = comparison.left if clause_side == "left" else comparison.right
    clause = document.find(citation)
    added = Annotation.new(session.pair, Anchor.on(clause, Side(clause_side)), text, "query")
    return session.workspace.annotations.add(added)


def test_open_and_compare_reads_each_draft_once_and_keeps_them_in_a_workspace(tmp_path):
    session = session_in(tmp_path)
    session.open(DRAFT1, DRAFT2)
    assert [want.path for want in session.wanted()] == [str(DRAFT1), str(DRAFT2)]
    comparison = session.compare_now()

    assert comparison.stats.modified > 0
    assert session.wanted() == []          # a re-compare opens nothing again
    assert session.shown_paths == [str(DRAFT1), str(DRAFT2)]
    assert session.workspace is not None and session.workspace.path.parent.name == "workspaces"
    assert [record.sha256 for record in session.workspace.drafts.all()] == \
        [session.pair.left, session.pair.right]


def test_options_and_links_are_kept_and_come_back_with_the_workspace(tmp_path):
    session = session_in(tmp_path)
    session.open(DRAFT1, DRAFT2)
    first = session.compare_now()
    added = next(pair for pair in first.pairs if not pair.left)
    removed = next(pair for pair in first.pairs if not pair.right)
    session.link(removed.left[0].id, added.right[0].id)
    session.options = session.options.__class__(ignore_case=True)
    linked = session.compare_now()
    together = pair_citing(linked, left=removed.left_citations[0])
    assert together.right_citations == added.right_citations
    assert linked.options.ignore_case

    assert session.unlink(together)
    apart = session.compare_now()
    assert pair_citing(apart, left=removed.left_citations[0]).right == ()
    path = session.workspace.path
    session.close()

    again = session_in(tmp_path)
    assert again.open_workspace(path)
    again.compare_now()
    assert [(l.left_id, l.right_id, l.linked) for l in again.links] == \
        [(removed.left[0].id, added.right[0].id, False)]
    assert again.comparison.options.ignore_case
    assert again.clear_links() and again.links == []


def test_add_newer_draft_carries_the_notes_and_flags_those_whose_clause_is_gone(tmp_path):
    session = session_in(tmp_path)
    session.open(DRAFT1, DRAFT2)
    session.compare_now()
    workspace = session.workspace.path
    note(session, "left", "Article 15", "Why was the annual report dropped?")
    note(session, "right", "Article 9", "Keep the armed-attack wording.")

    assert session.add_newer_draft(DRAFT3)
    session.loaded(session.load(session.wanted()))
    carried = session.shown(session.run(*session.inputs()))

    assert session.workspace.path == workspace      # the newer draft joins the same file
    assert [Path(p).name for p in session.shown_paths] == \
        ["security-agreement-draft2.txt", "security-agreement-draft3.txt"]
    assert (carried.count, carried.flagged) == (2, 1)
    notes = {n.note: n for n in session.notes()}
    assert notes["Why was the annual report dropped?"].review_reason == REMOVED
    assert not notes["Keep the armed-attack wording."].needs_review
    assert len(session.workspace.annotations.all()) == 4


def test_export_puts_the_notes_on_their_rows_and_asks_before_replacing(tmp_path):
    prompts = FakePrompts(replace=False)
    session = session_in(tmp_path, prompts)
    session.open(DRAFT2, DRAFT3)
    session.compare_now()
    note(session, "left", "Article 3", "Deleted: we agree.")
    note(session, "right", "Article 9", "Unchanged. Ελληνικά, русский, العربية.")
    target = tmp_path / "briefing.docx"

    assert session.export(target, options=session.briefing_options(changed_only=False)) == target
    words = "\n".join(cell.text for table in WordDocument(target).tables
                      for row in table.rows for cell in row.cells)
    assert "Deleted: we agree." in words
    assert "Unchanged. Ελληνικά, русский, العربية." in words

    assert session.export(target) is None             # exists: asked, and the fake said no
    assert prompts.asked == ["replace briefing.docx"]


def test_a_workspace_held_elsewhere_is_offered_as_a_copy(tmp_path):
    first = session_in(tmp_path)
    first.open(DRAFT1, DRAFT2)
    first.compare_now()
    note(first, "right", "Article 9", "Mine.")
    held = first.workspace.path

    refused = FakePrompts(copy=False)
    second = session_in(tmp_path, refused)
    assert not second.open_workspace(held)
    assert refused.asked == [f"copy {held.name}"]

    agreed = FakePrompts(copy=True)
    third = session_in(tmp_path, agreed)
    assert third.open_workspace(held)
    third.compare_now()
    assert third.workspace.path != held and "copy" in third.workspace.path.name
    assert [n.note for n in third.notes()] == ["Mine."]
    first.close()
    third.close()


def test_a_workspace_whose_draft_files_are_gone_shows_the_drafts_it_keeps(tmp_path):
    older, newer = tmp_path / "older.txt", tmp_path / "newer.txt"
    shutil.copyfile(DRAFT1, older)
    shutil.copyfile(DRAFT2, newer)
    session = session_in(tmp_path)
    session.open(older, newer)
    before = session.compare_now().stats
    path = tmp_path / "team.clausewise"
    assert session.save_workspace_as(path)
    session.close()
    older.unlink()
    newer.write_text("Article 1\nSomething else now.\n", encoding="utf-8")

    again = session_in(tmp_path)
    assert again.open_workspace(path)
    again.compare_now()
    assert all(PSEUDO in p for p in again.shown_paths)
    assert again.comparison.stats == before


def test_a_session_without_a_folder_compares_without_keeping_anything(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    session = Session()
    session.open(DRAFT1, DRAFT2)
    session.compare_now()
    assert session.workspace is None and session.notes() == []
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_takes_links_options_and_notes_from_a_workspace(tmp_path, capsys):
    from clausewise.cli import build_parser, compare_session, main

    session = session_in(tmp_path)
    session.open(DRAFT2, DRAFT3)
    session.options = session.options.__class__(ignore_case=True)
    session.compare_now()
    note(session, "left", "Article 3", "Deleted: we agree (κείμενο).")
    path = tmp_path / "team.clausewise"
    assert session.save_workspace_as(path)
    before = path.read_bytes()
    session.close()

    target = tmp_path / "briefing.docx"
    assert main(["compare", str(DRAFT2), str(DRAFT3), "--workspace", str(path),
                 "--out", str(target)]) == 0
    words = "\n".join(cell.text for table in WordDocument(target).tables
                      for row in table.rows for cell in row.cells)
    assert "Deleted: we agree (κείμενο)." in words
    args = build_parser().parse_args(["compare", str(DRAFT2), str(DRAFT3),
                                      "--workspace", str(path)])
    taken = compare_session(args)
    assert taken.options.ignore_case and taken.options.ignore_whitespace
    taken.close()
    assert path.read_bytes() == before          # only read

    assert main(["compare", str(DRAFT2), str(DRAFT3), "--workspace",
                 str(tmp_path / "none.clausewise")]) == 2
    assert "none.clausewise" in capsys.readouterr().err


def test_the_command_line_chooses_the_briefings_content(tmp_path, capsys):
    """--kinds, --note-tags, --note-status, --no-resolved and --notes-only reach the briefing
    made from a workspace's notes, as the export dialog's choices do."""
    from clausewise.cli import main
    from clausewise.store import AnnotationStatus

    session = session_in(tmp_path)
    session.open(DRAFT2, DRAFT3)
    session.compare_now()
    removed = note(session, "left", "Article 3", "Deleted: we agree (κείμενο).")
    session.workspace.annotations.update(removed.edited(tag="red line"))
    settled = note(session, "right", "Article 1", "Settled in Geneva.")
    session.workspace.annotations.update(settled.edited(status=AnnotationStatus.RESOLVED))
    path = tmp_path / "team.clausewise"
    assert session.save_workspace_as(path)
    session.close()

    def briefing(*flags: str) -> str:
        target = tmp_path / "briefing.docx"
        assert main(["compare", str(DRAFT2), str(DRAFT3), "--workspace", str(path),
                     "--out", str(target), "--force", *flags]) == 0
        return "\n".join(cell.text for table in WordDocument(target).tables
                         for row in table.rows for cell in row.cells)

    everything = briefing()
    assert "Deleted: we agree (κείμενο)." in everything and "Settled in Geneva." in everything
    assert "Settled in Geneva." not in briefing("--no-resolved")
    assert "Settled in Geneva." not in briefing("--note-status", "open")
    red = briefing("--note-tags", "Red line")
    assert "κείμενο" in red and "Settled in Geneva." not in red
    only = briefing("--notes-only")
    assert "Article 1" in only and "Article 3" in only
    assert len(only) < len(everything)            # the clauses without notes left out
    removed_only = briefing("--kinds", "removed")
    assert "κείμενο" in removed_only and len(removed_only) < len(everything)

    assert main(["compare", str(DRAFT2), str(DRAFT3), "--out", str(tmp_path / "x.pdf"),
                 "--kinds", "rewritten"]) == 2
    assert "rewritten" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()
    assert main(["compare", str(DRAFT2), str(DRAFT3), "--notes-only"]) == 2
    assert "add --out" in capsys.readouterr().err


def test_loading_drafts_says_which_one_could_not_be_read(tmp_path):
    from clausewise.keeper import Wanted
    from clausewise.readers import ReadError

    good = tmp_path / "good.txt"
    good.write_text("Article 1\nScope\n\nThis Agreement applies.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ReadError) as caught:
        Session.load([Wanted(str(good)), Wanted(str(empty))])
    assert caught.value.path == str(empty) and "empty.txt" in str(caught.value)
