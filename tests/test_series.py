"""A series of drafts in a workspace, through the store and the session alone (no window):
labels, order, removal, an older workspace file, comparing any two drafts of the series and
the history of the series read from the stored drafts."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from clausewise.drafts import SAMPLES_DIR
from clausewise.session import PSEUDO, Session
from clausewise.series import SeriesError
from clausewise.store import Anchor, Annotation, Side, Workspace, file_sha256
from clausewise.store import schema

from test_session import FakePrompts

SAMPLES = [SAMPLES_DIR / f"security-agreement-draft{i}.txt" for i in (1, 2, 3)]


def series_session(tmp_path: Path, prompts: FakePrompts | None = None) -> Session:
    """A workspace holding the three sample drafts in order (1-2 compared, 3 added)."""
    session = Session(tmp_path / "workspaces", prompts or FakePrompts())
    session.open(SAMPLES[0], SAMPLES[1])
    session.compare_now()
    assert _add(session, SAMPLES[2])
    return session


def _add(session: Session, path: Path) -> bool:
    from clausewise.keeper import Wanted

    return session.add_to_series(Session.load([Wanted(str(path))])[0])


def fingerprints(session: Session) -> list[str]:
    return [draft.sha256 for draft in session.series()]


def test_add_rename_reorder_remove_persist_and_survive_reopening(tmp_path):
    session = series_session(tmp_path)
    one, two, three = (file_sha256(path) for path in SAMPLES)
    assert fingerprints(session) == [one, two, three]
    assert [draft.title for draft in session.series()] == ["D1", "D2", "D3"]
    assert [draft.path for draft in session.series()] == \
        [str(path.resolve()) for path in SAMPLES]

    assert session.rename_draft(two, "  RU draft\n17 Dec ")
    assert session.rename_draft(three, "Chair's text — Κείμενο")
    assert session.move_draft(three, -1)
    assert not session.move_draft(one, -1)          # already first
    assert fingerprints(session) == [one, three, two]
    assert session.remove_draft(one) is False      # shown in the comparison
    assert "shown in the comparison" in session.prompts.warnings[-1]
    assert session.compare_drafts(three, two)
    session.compare_now()
    assert session.pair.left == three and session.pair.right == two
    assert session.remove_draft(one)
    assert fingerprints(session) == [three, two]

    path = session.path
    session.close()
    reopened = Session(tmp_path / "elsewhere", FakePrompts())
    assert reopened.open_workspace(path)
    drafts = reopened.series()
    assert [d.sha256 for d in drafts] == [three, two]
    assert [d.title for d in drafts] == ["Chair's text — Κείμενο", "RU draft 17 Dec"]
    assert [d.name for d in drafts] == [SAMPLES[2].name, SAMPLES[1].name]
    assert reopened.rename_draft(two, "")
    assert reopened.series()[1].title == "D2"


def test_an_older_workspace_without_labels_opens_and_takes_them(tmp_path, monkeypatch):
    path = tmp_path / "old.clausewise"
    with monkeypatch.context() as patch:   # a workspace as the first release wrote it
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        Workspace.create(path).close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "label" not in [row[1] for row in raw.execute("PRAGMA table_info(drafts)")]
    raw.execute("INSERT INTO drafts (name, sha256, format, snapshot, added, position) VALUES "
                "('d1.txt', 'aa', 'txt', '{\"lines\": [{\"text\": \"Статья 1\"}]}', "
                "'2026-11-30T10:00:00+00:00', 0)")
    raw.commit()
    raw.close()

    with Workspace.open(path) as workspace:
        [record] = workspace.drafts.all()
        assert record.label == "" and record.name == "d1.txt"
        workspace.drafts.rename("aa", "Zero draft")
    with Workspace.open(path) as workspace:
        assert workspace.drafts.all()[0].label == "Zero draft"
        assert workspace.drafts.source("aa").lines[0].text == "Статья 1"
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
    raw.close()


def test_any_two_drafts_compare_even_when_a_file_is_gone(tmp_path):
    copies = []
    for path in SAMPLES:
        copies.append(tmp_path / path.name)
        shutil.copyfile(path, copies[-1])
    session = Session(tmp_path / "workspaces", FakePrompts())
    session.open(copies[0], copies[1])
    session.compare_now()
    assert _add(session, copies[2])
    one, _two, three = fingerprints(session)
    copies[0].unlink()   # the zero draft's file is gone: the workspace still holds it
    assert session.compare_drafts(one, three)
    comparison = session.compare_now()
    assert PSEUDO in session.shown_paths[0] and session.shown_paths[1] == str(copies[2].resolve())
    assert session.pair.left == one and session.pair.right == three
    assert comparison.left.find("Article 15") is not None     # Annual Report, dropped in D2
    assert not session.compare_drafts(one, one)
    assert session.prompts.warnings[-1] == "Choose two different drafts"


def test_the_history_of_the_series_is_read_from_the_workspace(tmp_path):
    session = series_session(tmp_path)
    comparison = session.comparison
    clause = comparison.right.find("Article 9")   # Assistance in the Event of an Armed Attack
    session.workspace.annotations.add(Annotation.new(
        session.pair, Anchor.on(clause, Side.RIGHT), "Никаких изменений: red line.", "Red line",
        author="Zoë"))
    one, two, three = fingerprints(session)
    session.rename_draft(three, "Chair's text")
    opened = session.history_inputs()
    assert all(document is not None for document in opened.documents)   # none read again
    path = session.path
    session.close()
    session = Session(None, FakePrompts())
    assert session.open_workspace(path)   # nothing compared yet: every draft from the store
    inputs = session.history_inputs()
    assert inputs.labels == ("D1", "D2", "Chair's text")
    assert all(source is not None for source in inputs.sources)
    found = Session.history(inputs)
    assert found.labels == inputs.labels
    assistance = next(lineage for lineage in found.lineages if lineage.name == "Article 9")
    assert [assistance.citation(d) for d in range(3)] == ["Article 7", "Article 9", "Article 9"]
    assert found.story(assistance).endswith("renumbered to Article 9, moved in D2, unchanged since")
    notes = Session.history_notes(found, inputs)
    index = found.lineages.index(assistance)
    assert [note.note for note in notes[index]] == ["Никаких изменений: red line."]
    assert sum(len(listed) for listed in notes.values()) == 1


def test_a_history_needs_a_workspace_and_two_drafts(tmp_path):
    session = Session(None, FakePrompts())
    with pytest.raises(SeriesError, match="No workspace is open"):
        session.history_inputs()
    assert session.series() == []
    assert not session.rename_draft("aa", "x")
    Workspace.create(tmp_path / "one.clausewise").close()
    assert session.open_workspace(tmp_path / "one.clausewise")
    with pytest.raises(SeriesError, match="holds 0 drafts"):
        session.history_inputs()


def test_a_carried_note_is_given_once_in_the_history(tmp_path):
    session = Session(tmp_path / "workspaces", FakePrompts())
    session.open(SAMPLES[0], SAMPLES[1])
    session.compare_now()
    clause = session.comparison.right.find("Article 6")
    session.workspace.annotations.add(Annotation.new(
        session.pair, Anchor.on(clause, Side.RIGHT), "Watch this one.", "Question"))
    assert session.add_newer_draft(SAMPLES[2])
    session.compare_now()
    assert len(session.workspace.annotations.all()) == 2     # the note and its carried copy
    inputs = session.history_inputs()
    found = Session.history(inputs)
    notes = Session.history_notes(found, inputs)
    assert [[note.note for note in listed] for listed in notes.values()] == [["Watch this one."]]
