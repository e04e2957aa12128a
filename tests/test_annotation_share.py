"""Colleagues swap their notes as a file and merge them without duplicates."""

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from clausewise.readers import read
from clausewise.store import (Anchor, Annotation, DraftPair, ShareError, Workspace,
                              export_annotations, file_sha256, import_annotations)


@pytest.fixture
def team(tmp_path, samples_dir):
    """Two colleagues' workspaces holding the same two sample drafts."""
    paths = [samples_dir / f"security-agreement-draft{n}.txt" for n in (1, 2)]
    workspaces = []
    for owner in ("anna", "boris"):
        ws = Workspace.create(tmp_path / f"{owner}.clausewise")
        for path in paths:
            ws.drafts.add(read(path), file_sha256(path))
        workspaces.append(ws)
    yield (*workspaces, DraftPair(*(file_sha256(p) for p in paths)))
    for ws in workspaces:
        ws.close()


def anna_notes(drafts):
    text = "Assistance in the Event of an Armed Attack"
    return [
        Annotation.new(drafts, Anchor("pair", "art-9", "Article 9", text), "Red line for us",
                       tag="Red line", author="anna"),
        Annotation.new(drafts, Anchor("left", "art-7", "Article 7", text, None),
                       "Ζητήστε διευκρινίσεις · اطلب توضيحا · 请澄清", tag="Ask the ministry",
                       author="anna"),
    ]


def test_exported_notes_arrive_intact_in_a_colleagues_workspace(team, tmp_path):
    anna, boris, drafts = team
    notes = anna.annotations.add_all(anna_notes(drafts))
    shared = tmp_path / "anna-notes.json"
    assert export_annotations(anna, shared) == 2

    document = json.loads(shared.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("clausewise-annotations", 1)
    assert {d["sha256"] for d in document["drafts"]} == {drafts.left, drafts.right}
    assert "security-agreement-draft1.txt" in {d["name"] for d in document["drafts"]}
    assert "请澄清" in shared.read_text(encoding="utf-8")  # UTF-8, not \\u escapes

    result = import_annotations(boris, shared)
    assert (result.added, result.updated, result.skipped) == (2, 0, 0)
    assert boris.annotations.for_pair(drafts) == notes
    assert "Ask the ministry" in boris.tags.names()


def test_importing_the_same_file_twice_adds_nothing(team, tmp_path):
    anna, boris, drafts = team
    anna.annotations.add_all(anna_notes(drafts))
    shared = tmp_path / "anna-notes.json"
    export_annotations(anna, shared)
    import_annotations(boris, shared)
    again = import_annotations(boris, shared)
    assert (again.added, again.updated, again.skipped) == (0, 0, 2)
    assert len(boris.annotations.all()) == 2


def test_the_note_edited_last_wins(team, tmp_path):
    anna, boris, drafts = team
    note = anna.annotations.add(anna_notes(drafts)[0])
    shared = tmp_path / "anna-notes.json"
    export_annotations(anna, shared)
    import_annotations(boris, shared)

    boris_edit = boris.annotations.get(note.id).edited(note="Red line, unless Article 8 holds")
    boris.annotations.update(boris_edit)
    anna_edit = note.edited(note="Red line, no exceptions")
    anna_edit = replace(anna_edit, modified=boris_edit.modified + timedelta(minutes=5))
    anna.annotations.update(anna_edit)
    export_annotations(anna, shared)

    result = import_annotations(boris, shared)
    assert result.updated == 1
    assert boris.annotations.get(note.id) == anna_edit

    boris_file = tmp_path / "boris-notes.json"
    export_annotations(boris, boris_file, [replace(anna_edit, modified=note.modified,
                                                   note="stale copy")])
    assert import_annotations(anna, boris_file).skipped == 1
    assert anna.annotations.get(note.id) == anna_edit


def test_a_note_saying_the_same_thing_under_another_id_is_skipped(team, tmp_path):
    anna, boris, drafts = team
    mine = anna_notes(drafts)[0]
    boris.annotations.add(mine)
    twin = Annotation.new(drafts, mine.anchor, mine.note, tag=mine.tag, author="anna")
    anna.annotations.add(twin)
    shared = tmp_path / "anna-notes.json"
    export_annotations(anna, shared)
    assert import_annotations(boris, shared).skipped == 1
    assert boris.annotations.all() == [mine]


@pytest.mark.parametrize("content, message", [
    (b"\xff\xfe not text", "not an annotations file"),
    (b'{"format": "something-else", "version": 1, "annotations": []}',
     "not a Clausewise annotations file"),
    (b'{"format": "clausewise-annotations", "version": 7, "annotations": []}',
     "newer Clausewise"),
    (b'{"format": "clausewise-annotations", "version": 1, "annotations": {}}',
     "no list of annotations"),
])
def test_a_file_that_is_not_a_usable_export_is_refused(team, tmp_path, content, message):
    _, boris, _ = team
    bad = tmp_path / "notes.json"
    bad.write_bytes(content)
    with pytest.raises(ShareError, match=message) as caught:
        import_annotations(boris, bad)
    assert "\n" not in str(caught.value)


def test_one_broken_note_imports_nothing(team, tmp_path):
    anna, boris, drafts = team
    anna.annotations.add_all(anna_notes(drafts))
    shared = tmp_path / "anna-notes.json"
    export_annotations(anna, shared)
    document = json.loads(shared.read_text(encoding="utf-8"))
    del document["annotations"][1]["note"]
    shared.write_text(json.dumps(document), encoding="utf-8")

    with pytest.raises(ShareError, match="annotation 2 is unusable \\('note' is missing\\)"):
        import_annotations(boris, shared)
    assert boris.annotations.all() == []
