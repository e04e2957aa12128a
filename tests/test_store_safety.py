"""The workspace survives crashes, refuses bad files without touching them, and is one window's."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from clausewise.store import (Anchor, Annotation, DraftPair, Workspace, WorkspaceError,
                              WorkspaceLocked)

DRAFTS = DraftPair("1" * 64, "2" * 64)
posix_only = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def note_on(number, note):
    anchor = Anchor("right", f"art-{number}", f"Article {number}",
                    "Οι Συμβαλλόμενα Μέρη συνεργάζονται.")
    return Annotation.new(DRAFTS, anchor, note, tag="Red line")


def workspace_with_notes(path, count=300):
    with Workspace.create(path) as ws:
        for number in range(count):
            ws.annotations.add(note_on(number, f"Примечание {number}: уточнить формулировку"))
    return path


def folder_state(folder):
    """Every file in the folder and its bytes: what 'left untouched' means."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def refused(path):
    before = folder_state(path.parent)
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(path)
    assert folder_state(path.parent) == before
    message = str(caught.value)
    assert "\n" not in message and path.name in message
    return message


# -- bad files -------------------------------------------------------------------------------

def test_a_damaged_workspace_is_refused_and_left_byte_for_byte_as_it_was(tmp_path):
    path = workspace_with_notes(tmp_path / "talks.clausewise")
    raw = sqlite3.connect(path)
    page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    root = raw.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'annotations'").fetchone()[0]
    raw.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + 64] = b"\xde\xad\xbe\xef" * 16  # a disk error in the annotations table
    path.write_bytes(bytes(data))

    assert "is damaged" in refused(path)


def test_a_workspace_from_a_newer_clausewise_is_refused_untouched(tmp_path):
    path = workspace_with_notes(tmp_path / "talks.clausewise", count=3)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 99")
    raw.close()

    message = refused(path)
    assert "newer Clausewise" in message and "version 99" in message


@pytest.mark.parametrize("content", [
    b"",
    "Article 1\nThe Parties shall cooperate.\n".encode("utf-8"),
    b"PK\x03\x04" + bytes(200),  # a .docx renamed by mistake
], ids=["empty", "text", "docx"])
def test_a_file_that_is_no_database_is_refused_untouched(tmp_path, content):
    path = tmp_path / "talks.clausewise"
    path.write_bytes(content)
    assert "not a Clausewise workspace" in refused(path)


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "contacts.clausewise"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE people (name TEXT)")
    raw.commit()
    raw.close()
    assert "not a Clausewise workspace" in refused(path)


def test_a_missing_workspace_says_so(tmp_path):
    with pytest.raises(WorkspaceError, match="no such workspace file"):
        Workspace.open(tmp_path / "gone.clausewise")


# -- crashes ---------------------------------------------------------------------------------

CRASHING_EDITOR = textwrap.dedent("""
    import os, signal, sys
    from clausewise.store import Anchor, Annotation, DraftPair, Workspace

    workspace = Workspace.open(sys.argv[1])
    drafts = DraftPair("1" * 64, "2" * 64)
    dying = False

    def die_before_commit(sql):
        # Only chooses the instant of death: inside the 7th edit, its rows already written.
        if dying and sql.strip().upper() == "COMMIT":
            os.kill(os.getpid(), signal.SIGKILL)

    workspace._db.conn.set_trace_callback(die_before_commit)
    for number in range(1, 11):
        dying = number == 7
        # The 7th note is a long paste: bigger than SQLite's cache, so it reaches the file
        # (and the rollback journal) before the commit that never comes.
        note = f"Σημείωση {number}: " + ("долгий текст " * 400_000 if dying else "κράτηση")
        anchor = Anchor("right", f"art-{number}", f"Article {number}", "text")
        added = workspace.annotations.add(Annotation.new(drafts, anchor, note))
        print(added.id, flush=True)
""")


@posix_only
def test_an_editor_killed_mid_edit_loses_none_of_the_committed_annotations(tmp_path):
    path = tmp_path / "talks.clausewise"
    Workspace.create(path).close()
    editor = subprocess.run([sys.executable, "-c", CRASHING_EDITOR, str(path)],
                            capture_output=True, text=True, timeout=120)
    assert editor.returncode == -signal.SIGKILL, editor.stderr
    committed = editor.stdout.split()
    assert len(committed) == 6

    with Workspace.open(path) as ws:
        kept = ws.annotations.all()
    assert [a.id for a in kept] == committed
    assert [a.note for a in kept] == [f"Σημείωση {n}: κράτηση" for n in range(1, 7)]


# -- two windows -----------------------------------------------------------------------------

HOLDER = textwrap.dedent("""
    import sys
    from clausewise.store import Anchor, Annotation, DraftPair, Workspace

    workspace = Workspace.open(sys.argv[1])
    anchor = Anchor("pair", "art-9", "Article 9", "text")
    workspace.annotations.add(Annotation.new(DraftPair("1" * 64, "2" * 64), anchor, "held"))
    print("open", flush=True)
    sys.stdin.read()  # holds the workspace until killed
""")


@pytest.mark.slow
@posix_only
def test_a_second_window_is_told_and_a_killed_window_leaves_no_stale_lock(tmp_path):
    path = tmp_path / "talks.clausewise"
    Workspace.create(path).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(WorkspaceLocked, match="already open in another Clausewise window"):
            Workspace.open(path)
        with pytest.raises(WorkspaceLocked):
            Workspace.create(path, overwrite=True)
        with Workspace.create(tmp_path / "mine.clausewise") as mine:
            with pytest.raises(WorkspaceLocked):
                mine.save_as(path)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
        holder.stdin.close()
        holder.stdout.close()

    with Workspace.open(path) as ws:
        assert [a.note for a in ws.annotations.all()] == ["held"]


@pytest.mark.slow
def test_the_same_workspace_cannot_be_opened_twice_in_one_process(tmp_path):
    path = tmp_path / "talks.clausewise"
    first = Workspace.create(path)
    with pytest.raises(WorkspaceLocked):
        Workspace.open(path)
    first.close()
    Workspace.open(path).close()


def test_a_workspace_in_a_folder_named_in_greek_opens(tmp_path):
    folder = tmp_path / "Διαπραγματεύσεις 2024"
    folder.mkdir()
    path = folder / "συμφωνία.clausewise"
    with Workspace.create(path) as ws:
        ws.annotations.add(note_on(1, "Ναι"))
    with Workspace.open(path) as ws:
        assert [a.note for a in ws.annotations.all()] == ["Ναι"]
