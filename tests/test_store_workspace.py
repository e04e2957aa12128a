"""A team keeps one workspace file per negotiation: drafts, rulings, tags and settings in it."""

import sqlite3

import pytest

from clausewise.core.compare import CompareOptions, ManualLink, compare
from clausewise.core.segment import segment
from clausewise.readers import read
from clausewise.store import DraftPair, Workspace, WorkspaceError, file_sha256
from clausewise.store import schema
from clausewise.store.schema import APPLICATION_ID, DEFAULT_TAGS


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.create(tmp_path / "talks.clausewise")
    yield ws
    ws.close()


def add_sample(ws, samples_dir, name):
    path = samples_dir / f"security-agreement-{name}"
    return ws.drafts.add(read(path), file_sha256(path))


def test_a_new_workspace_lists_the_default_tags_and_is_marked_as_ours(tmp_path):
    path = tmp_path / "talks.clausewise"
    with Workspace.create(path) as ws:
        assert ws.tags.names() == list(DEFAULT_TAGS)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    raw.close()


def test_creating_over_an_existing_file_needs_overwrite(tmp_path):
    path = tmp_path / "talks.clausewise"
    path.write_text("my notes", encoding="utf-8")
    with pytest.raises(WorkspaceError, match="already exists"):
        Workspace.create(path)
    assert path.read_text(encoding="utf-8") == "my notes"
    with Workspace.create(path, overwrite=True) as ws:
        assert ws.drafts.all() == []


def test_creating_in_a_folder_that_does_not_exist_says_so(tmp_path):
    with pytest.raises(WorkspaceError, match="does not exist"):
        Workspace.create(tmp_path / "nowhere" / "talks.clausewise")


def test_a_docx_draft_is_kept_with_its_word_numbering_and_segments_the_same(workspace,
                                                                             samples_dir):
    path = samples_dir / "security-agreement-draft2.docx"
    source = read(path)
    record = workspace.drafts.add(source, file_sha256(path))
    workspace.close()

    with Workspace.open(workspace.path) as reopened:
        kept = reopened.drafts.source(record.sha256)
        assert reopened.drafts.all() == [record]
    assert kept == source
    assert segment(kept) == segment(source)
    assert segment(kept).find("Article 9") is not None


def test_the_same_file_added_twice_is_one_draft(workspace, samples_dir):
    first = add_sample(workspace, samples_dir, "draft1.txt")
    again = add_sample(workspace, samples_dir, "draft1.txt")
    assert again == first
    assert len(workspace.drafts.all()) == 1


def test_drafts_keep_the_order_the_user_gives_them(workspace, samples_dir):
    one, two, three = (add_sample(workspace, samples_dir, f"draft{n}.txt") for n in (1, 2, 3))
    assert [d.name for d in workspace.drafts.all()] == [one.name, two.name, three.name]
    workspace.drafts.reorder([three.sha256, one.sha256])
    assert [d.sha256 for d in workspace.drafts.all()] == [three.sha256, one.sha256, two.sha256]


def test_russian_draft_text_survives_the_workspace(workspace, samples_dir):
    record = add_sample(workspace, samples_dir, "draft3.ru.txt")
    text = "\n".join(line.text for line in workspace.drafts.source(record.sha256).lines)
    assert "Статья 9" in text


def test_manual_links_are_kept_per_pair_of_drafts_and_steer_the_engine(workspace,
                                                                          samples_dir):
    one, two = (add_sample(workspace, samples_dir, f"draft{n}.txt") for n in (1, 2))
    drafts = DraftPair(one.sha256, two.sha256)
    left, right = (segment(workspace.drafts.source(d.sha256)) for d in (one, two))

    def rows(links):
        result = compare(left, right, CompareOptions(manual_links=links))
        return [(p.left_citations, p.right_citations) for p in result.pairs]

    assert (["Article 15"], ["Article 16"]) not in rows(())
    assert workspace.links.set(drafts, ManualLink("art-15", "art-16")) is None
    assert (["Article 15"], ["Article 16"]) in rows(workspace.links.for_pair(drafts))
    assert workspace.links.for_pair(DraftPair(two.sha256, one.sha256)) == ()

    previous = workspace.links.set(drafts, ManualLink("art-15", "art-16", linked=False))
    assert previous == ManualLink("art-15", "art-16", linked=True)
    assert workspace.links.for_pair(drafts) == (ManualLink("art-15", "art-16", False),)
    removed = workspace.links.remove(drafts, "art-15", "art-16")
    assert removed == ManualLink("art-15", "art-16", False)
    assert workspace.links.for_pair(drafts) == ()
    workspace.links.set(drafts, previous)  # undo, twice over
    assert workspace.links.for_pair(drafts) == (previous,)


def test_removing_a_draft_removes_its_links(workspace, samples_dir):
    one, two = (add_sample(workspace, samples_dir, f"draft{n}.txt") for n in (1, 2))
    drafts = DraftPair(one.sha256, two.sha256)
    workspace.links.set(drafts, ManualLink("art-7", "art-9"))
    assert workspace.drafts.remove(one.sha256) == one
    assert workspace.links.for_pair(drafts) == ()
    assert [d.sha256 for d in workspace.drafts.all()] == [two.sha256]


def test_links_need_both_drafts_in_the_workspace(workspace):
    with pytest.raises(WorkspaceError, match="add both drafts"):
        workspace.links.set(DraftPair("a" * 64, "b" * 64), ManualLink("art-1", "art-1"))


def test_the_tag_list_is_editable(workspace):
    workspace.tags.add("  Ask   the ministry ")
    workspace.tags.remove("Acceptable")
    workspace.tags.rename("Red line", "Красная линия")
    workspace.tags.reorder(["Ask the ministry"])
    assert workspace.tags.names() == ["Ask the ministry", "Needs legal review", "Красная линия",
                                      "Question for the other side"]
    with pytest.raises(WorkspaceError, match="already exists"):
        workspace.tags.rename("Красная линия", "Needs legal review")
    with pytest.raises(WorkspaceError, match="needs a name"):
        workspace.tags.add("   ")


def test_settings_keep_view_options_as_json(workspace):
    workspace.settings.set("view", {"ignore_case": True, "font": "Noto Sans", "zoom": 1.25})
    workspace.settings.set("last_pair", ["Σχέδιο 1", "مسودة 2", "草案"])
    workspace.close()
    with Workspace.open(workspace.path) as reopened:
        assert reopened.settings.get("view") == {"ignore_case": True, "font": "Noto Sans",
                                                 "zoom": 1.25}
        assert reopened.settings.get("last_pair") == ["Σχέδιο 1", "مسودة 2", "草案"]
        assert reopened.settings.get("missing", "default") == "default"


def test_save_as_carries_on_in_the_new_file_and_leaves_the_old_one_as_it_was(workspace,
                                                                               tmp_path):
    workspace.settings.set("stage", "before")
    copy = tmp_path / "копия переговоров.clausewise"
    workspace.save_as(copy)
    workspace.settings.set("stage", "after")
    assert workspace.path == copy
    workspace.close()

    with Workspace.open(tmp_path / "talks.clausewise") as old:
        assert old.settings.get("stage") == "before"
    with Workspace.open(copy) as new:
        assert new.settings.get("stage") == "after"
        assert new.tags.names() == list(DEFAULT_TAGS)


def test_a_closed_workspace_says_so(workspace):
    workspace.close()
    workspace.close()
    with pytest.raises(WorkspaceError, match="is closed"):
        workspace.tags.names()


def test_an_older_workspace_is_brought_up_to_date_when_opened(tmp_path, monkeypatch):
    path = tmp_path / "old.clausewise"
    Workspace.create(path).close()

    def add_briefing_table(conn):
        conn.execute("CREATE TABLE briefings (id INTEGER PRIMARY KEY, title TEXT)")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_briefing_table])
    Workspace.open(path).close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
    assert raw.execute("SELECT count(*) FROM briefings").fetchone()[0] == 0
    raw.close()


def test_the_store_needs_no_qt_and_no_file_readers():
    import subprocess
    import sys
    probe = ("import sys, clausewise.store; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'docx', "
             "'reportlab') or m.startswith(('clausewise.gui', 'clausewise.readers', "
             "'clausewise.reports'))))")
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                           check=True)
    assert found.stdout.strip() == "[]"
