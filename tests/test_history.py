"""Negotiation history: lineages through a series of drafts, the `history` command and the
N-column table (Word and PDF), checked on a series with known edits and on the sample drafts
against resources/samples/CHANGES.md."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document as WordDocument
from pypdf import PdfReader

from clausewise.cli import main
from clausewise.core.lineage import history
from clausewise.drafts import SAMPLES_DIR, load_draft
from clausewise.reports import BriefingOptions
from clausewise.reports.history import export_history

SERIES = [Path(__file__).parent / "data" / "series" / f"d{i}.txt" for i in (1, 2, 3, 4)]
SAMPLES = [SAMPLES_DIR / f"security-agreement-draft{i}.txt" for i in (1, 2, 3)]


@pytest.fixture(scope="module")
def series():
    return history([load_draft(path) for path in SERIES])


def row(found, name: str):
    return next(lineage for lineage in found.lineages if lineage.name == name)


def test_a_clause_renumbered_then_split_then_half_deleted_keeps_one_lineage(series):
    quotas = next(lineage for lineage in series.lineages
                  if lineage.first_citation == "Article 3" and lineage.clauses[0][0].heading
                  == "Quotas and reporting")
    assert [quotas.citation(d) for d in range(4)] == \
        ["Article 3", "Article 4", "Article 4 + Article 5", "Article 4"]
    assert [step.status for step in quotas.steps] == ["unchanged", "split", "modified"]
    assert [step.renumbered for step in quotas.steps] == [True, False, False]
    assert series.story(quotas) == (
        "Article 3 (Quotas and reporting): renumbered to Article 4 in D2, split into "
        "Article 4 + Article 5 in D3, modified (Article 5 removed) in D4")
    # the words that changed in D4 are marked in D4's text, and the half that went; the
    # unit that stayed is not
    marked = quotas.marked(3)
    assert ("-", "year") in marked and ("+", "two years") in marked
    assert any(op == "-" and text.startswith("\nArticle 5\nReporting") for op, text in marked)
    assert not any(op != "=" and "Article 4" in text for op, text in marked)


def test_added_renumbered_and_unchanged_provisions(series):
    principles = row(series, "Article 2")
    assert [principles.citation(d) for d in range(4)] == [None, "Article 2", "Article 2",
                                                        "Article 2"]
    assert [step.status for step in principles.steps] == ["added", "unchanged", "unchanged"]
    assert series.story(principles) == "Article 2 (Principles): added in D2, unchanged since"
    final = row(series, "Article 5")
    assert [final.citation(d) for d in range(4)] == ["Article 4", "Article 5", "Article 6",
                                                   "Article 5"]
    assert [s.status for s in final.steps] == ["unchanged"] * 3 and final.changed
    scope = row(series, "Article 1")
    assert not scope.changed and series.story(scope).endswith("unchanged throughout")
    # every unit of every draft is in exactly one row, rows in the newest order
    for draft in range(len(series.documents)):
        ids = [c.id for lineage in series.lineages for c in lineage.clauses[draft]]
        compared = series.comparisons[min(draft, len(series.comparisons) - 1)]
        side = "left" if draft < len(series.comparisons) else "right"
        units = {c.id for pair in compared.pairs for c in getattr(pair, side)}
        assert len(ids) == len(set(ids)) and set(ids) == units
    assert [lineage.name for lineage in series.lineages] == \
        ["Title", "Article 1", "Article 2", "Article 3", "Article 4", "Article 5"]


def changes_table() -> list[tuple[str, list[set[str]]]]:
    """CHANGES.md's "Article numbers across the drafts": heading, then per draft the set of
    articles (empty where the table has a dash)."""
    text = (SAMPLES_DIR / "CHANGES.md").read_text(encoding="utf-8")
    block = text.split("## Article numbers across the drafts", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in block.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0].startswith(("Heading", "---")):
            continue
        drafts = []
        for cell in cells[1:]:
            cell = re.sub(r"\s*\(Part [IVX]+\)", "", cell)
            numbers = re.findall(r"\d+", cell)
            drafts.append({f"Article {n}" for n in numbers} if cell != "—" else set())
        rows.append((cells[0], drafts))
    return rows


def test_the_samples_three_columns_follow_changes_md():
    found = history([load_draft(path) for path in SAMPLES])
    rows = changes_table()
    assert len(rows) == 21
    for heading, drafts in rows:
        first = next(d for d in range(3) if drafts[d])
        article = next(iter(sorted(drafts[first])))
        lineage = next(lin for lin in found.lineages
                       if any(c.citation == article for c in lin.clauses[first]))
        for draft in range(3):
            has = {c.citation for c in lineage.clauses[draft]}
            assert drafts[draft] <= has, (heading, draft, has)
            assert bool(has) == bool(drafts[draft]), (heading, draft, has)
        assert any(c.heading == heading for clauses in lineage.clauses for c in clauses), heading


def test_the_word_table_has_a_column_per_draft_and_blank_cells_where_absent(tmp_path):
    target = tmp_path / "table.docx"
    assert main(["history", *map(str, SAMPLES), "--label", "Zero draft", "--label",
                 "Norland 2", "--label", "Chair's text", "--out", str(target),
                 "--marking", "RESTRICTED", "--author", "Zoë Ξενάκη"]) == 0
    document = WordDocument(target)
    table = document.tables[0]
    header = [cell.text for cell in table.rows[0].cells]
    assert header[0] == "Provision" and header[-1] == "Notes"
    assert header[1].startswith("Zero draft") and "draft1.txt" in header[1]
    assert header[3].startswith("Chair's text")
    by_name = {}
    for line in table.rows[1:]:
        cells = [cell.text for cell in line.cells]
        by_name.setdefault(cells[0].split("\n")[0], cells)
    classified = next(cells for cells in by_name.values()
                      if "Protection of Classified Information" in cells[3])
    assert [cells.split("\n")[0] for cells in classified[1:4]] == \
        ["Article 13", "Article 14", "Article 6"]
    annual = next(cells for cells in by_name.values() if "Annual Report" in cells[1])
    assert annual[2] == "" and annual[3] == ""          # removed in draft 2: blank since
    assert "removed in Norland 2" in annual[0]
    guiding = by_name["Article 2"]
    assert guiding[1] == "" and "Guiding Principles" in guiding[2]
    xml = zipfile.ZipFile(target).read("word/document.xml").decode()
    assert "<w:strike/>" in xml and 'w:val="single"' in xml   # changes marked
    assert "RESTRICTED" in zipfile.ZipFile(target).read("word/header1.xml").decode()
    assert document.core_properties.author == "Zoë Ξενάκη"
    section = document.sections[0]
    assert section.page_width > section.page_height            # landscape by default


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: `make test` installs it")
def test_libreoffice_opens_the_word_table(tmp_path):
    target = tmp_path / "table.docx"
    assert main(["history", *map(str, SAMPLES), "--out", str(target)]) == 0
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(target)], check=True, capture_output=True, timeout=180,
                   env={**os.environ, "HOME": str(tmp_path)})
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "table.pdf").pages)
    assert "Protection of Classified Information" in text and "D3" in text


def test_the_pdf_table_reads_back(tmp_path):
    target = tmp_path / "table.pdf"
    found = history([load_draft(path) for path in SERIES], ["Ноль", "Δεύτερο", "Chair", "Final"])
    export_history(found, target, BriefingOptions(marking="OFFICIAL", landscape=True,
                                                  changed_only=True))
    reader = PdfReader(target)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for words in ("OFFICIAL", "Ноль", "Δεύτερο", "Quotas and reporting", "Provision",
                  "split into Article 4 + Article 5 in Chair"):
        assert words in text, words
    assert "Scope" not in text.split("Provision", 1)[1]   # unchanged throughout: left out
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height


def test_history_json_shape(capsys):
    assert main(["history", *map(str, SERIES), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["label"] for d in data["drafts"]] == ["D1", "D2", "D3", "D4"]
    quotas = next(r for r in data["rows"] if r["first"] == "Article 3" and
                  r["citations"][1] == "Article 4")
    assert quotas["citations"] == ["Article 3", "Article 4", "Article 4 + Article 5",
                                   "Article 4"]
    assert quotas["status"] == ["unchanged", "split", "modified"]
    assert quotas["moved"] == [False, False, False]
    assert len(quotas["texts"]) == 4 and "two years" in quotas["texts"][3]
    added = next(r for r in data["rows"] if r["citations"][0] is None)
    assert added["status"][0] == "added" and added["texts"][0] is None


def test_the_same_series_gives_the_same_json_in_any_process():
    outputs = set()
    for seed in ("1", "2", "3"):
        run = subprocess.run([sys.executable, "-m", "clausewise.cli", "history",
                              *map(str, SAMPLES), "--json"], capture_output=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.add(run.stdout)
    assert len(outputs) == 1


def test_bad_input_is_a_message_not_a_crash(tmp_path, capsys):
    assert main(["history", str(SERIES[0])]) == 2
    assert "at least two drafts" in capsys.readouterr().err
    assert main(["history", *map(str, SERIES[:2]), "--label", "only one"]) == 2
    assert "one per draft" in capsys.readouterr().err
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["history", str(SERIES[0]), str(broken)]) == 2
    assert "broken.docx" in capsys.readouterr().err
    assert main(["history", *map(str, SERIES[:2]), "--marking", "X"]) == 2
    assert "add --out" in capsys.readouterr().err
    out = tmp_path / "table.txt"
    assert main(["history", *map(str, SERIES[:2]), "--out", str(out)]) == 2
    assert ".docx or .pdf" in capsys.readouterr().err
    existing = tmp_path / "table.docx"
    existing.write_bytes(b"last week's table")
    assert main(["history", *map(str, SERIES[:2]), "--out", str(existing)]) == 2
    assert existing.read_bytes() == b"last week's table"


def test_the_table_carries_the_teams_notes_from_a_workspace(tmp_path):
    from clausewise.session import Session
    from clausewise.store import Anchor, Annotation, Side

    class Quiet:
        def open_copy(self, *a): return False
        def may_replace(self, *a): return False
        def warn(self, *a): raise AssertionError(a)
        def inform(self, *a): pass

    session = Session(tmp_path / "workspaces", Quiet())
    session.open(SAMPLES[1], SAMPLES[2])
    session.compare_now()
    clause = session.comparison.right.find("Article 6")
    session.workspace.annotations.add(Annotation.new(
        session.pair, Anchor.on(clause, Side.RIGHT), "Keep the new place (Статья 6).",
        "red line"))
    path = tmp_path / "team.clausewise"
    assert session.save_workspace_as(path)
    session.close()
    target = tmp_path / "table.docx"
    assert main(["history", *map(str, SAMPLES), "--workspace", str(path),
                 "--out", str(target)]) == 0
    rows = [[cell.text for cell in line.cells] for line in WordDocument(target).tables[0].rows]
    noted = [cells for cells in rows if "Статья 6" in cells[-1]]
    assert len(noted) == 1 and noted[0][3].startswith("Article 6")
    assert "red line" in noted[0][-1]


def test_each_story_is_told_from_its_events(series):
    """``lineage.story`` holds the facts ``describe`` says in English (and the History view
    in the interface's language): the same events, in the same order."""
    from clausewise.core.lineage import describe, event_words, story

    for lineage in series.lineages:
        told = story(lineage, series.labels)
        expected = ", ".join([f"{event_words(event)} in {event.draft}" for event in told.events]
                             + ["unchanged since"] * told.unchanged_since)
        assert describe(lineage, series.labels) == (expected or "unchanged throughout")
    events = [event for lineage in series.lineages
              for event in story(lineage, series.labels).events]
    assert any(event.status == "split" and " + " in event.now for event in events)
    assert any(event.dropped for event in events)      # half of the split deleted
    assert any(event.renumbered for event in events)


VERSIONS_SERIES = SAMPLES + [SAMPLES_DIR / "security-agreement-draft3.ru.txt"]


def test_a_step_to_another_language_version_is_read_in_parallel(tmp_path, capsys):
    """D3 in English, D4 its Russian version: no provision was "modified in D4"; each is
    said to be there in Russian, and the table marks no deletion or insertion in D4."""
    assert main(["history", *map(str, VERSIONS_SERIES), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    last = {row["status"][-1] for row in data["rows"]}
    assert last <= {"parallel", None, "added", "removed"} and "parallel" in last
    article = next(r for r in data["rows"] if r["citations"][2] == "Article 8")
    assert article["citations"][3] == "Статья 8"
    assert article["story"].endswith("Russian version in D4")
    assert not [r for r in data["rows"] if "modified in D4" in r["story"]]
    found = history([load_draft(path) for path in VERSIONS_SERIES])
    assert {op for lineage in found.lineages for op, _ in (lineage.marked(3) or ())} == {"="}
    target = tmp_path / "h.docx"
    assert main(["history", *map(str, VERSIONS_SERIES), "--out", str(target)]) == 0
    xml = zipfile.ZipFile(target).read("word/document.xml").decode()
    cells = WordDocument(target).tables[0].columns[4].cells
    assert any("Статья 8" in cell.text for cell in cells)
    # what D3 changed is still marked in its own column; D4's column has no marks
    d4_struck = [cell for cell in cells[1:] if "<w:strike/>" in cell._tc.xml
                 or 'w:u w:val="single"' in cell._tc.xml]
    assert not d4_struck and "<w:strike/>" in xml


#: The history table's own English words: none may be left in a French or Russian table.
TABLE_ENGLISH = ("Negotiating history", "Provision", "Notes", "drafts, one column each",
                 "Each cell shows", "Prepared by", "Page ", " of ", "modified", "added in",
                 "removed", "unchanged", "renumbered", "moved", "split into", "merged into",
                 "Russian version", "(continued)", "December")
TABLE_SAID = {
    "fr": ("Historique de la négociation : ", "Disposition", "4 projets, un par colonne",
           "Établi par : A. Nom", "1 décembre 2026", "modifiée dans D2",
           "version russe dans D4", "Page 1 sur"),
    "ru": ("История переговоров: ", "Положение", "4 проекта, по одному в столбце",
           "Подготовил(а): A. Nom", "1 декабря 2026 г.", "D2: изменено", "D4: русский текст",
           "Стр. 1 из"),
}


def _ours(text: str) -> str:
    """The table's words without the drafts' own (the samples' English articles)."""
    for quoted in re.findall(r"Article \d+|Preamble, [a-z ]+\d*|Final clauses|Title|Annex \w+",
                             text):
        text = text.replace(quoted, "")
    return text


@pytest.mark.parametrize("language", ["fr", "ru"])
def test_a_history_table_in_french_or_russian_has_no_english_words_of_ours(tmp_path, language):
    from datetime import datetime, timezone

    found = history([load_draft(path) for path in VERSIONS_SERIES])
    options = BriefingOptions(landscape=True, changed_only=True, author="A. Nom",
                              language=language,
                              now=datetime(2026, 12, 1, 9, 30, tzinfo=timezone.utc))
    names = [path.name for path in VERSIONS_SERIES]
    pdf = export_history(found, tmp_path / "h.pdf", options, names=names)
    pdf_text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    word = WordDocument(export_history(found, tmp_path / "h.docx", options, names=names))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    stories = [cell.text.split("\n", 1)[1] for cell in word.tables[0].columns[0].cells[1:]]
    word_text = " ".join(" ".join([p.text for p in word.paragraphs] + cells + [
        p.text for p in word.sections[0].footer.paragraphs]).split())
    for said in TABLE_SAID[language]:
        assert said in pdf_text or said.startswith(("Établi", "Подготовил", "4 ")), said
    for said in TABLE_SAID[language][:-1]:
        assert said in word_text or said.startswith("1 "), said
    # only the table's own words are checked: the stories, headings, intro and page frames
    ours = [pdf_text.split("D1")[0], *stories, word_text.split("D1")[0],
            " ".join(p.text for p in word.paragraphs)]
    for text in ours:
        for english in TABLE_ENGLISH:
            assert english not in _ours(text), (english, text[:300])
    assert all(story and not re.search(r"[a-z]{4,} in D\d", story) for story in stories)


def test_two_provisions_never_read_alike_in_the_stories_or_the_rows():
    """Draft 1 -> 2 adds a recital 4 and renumbers the old recital 4 to 5, removing the old
    recital 5: the stories and the rows name each provision once, the draft told where two
    would share a name."""
    found = history([load_draft(path) for path in SAMPLES[:2]])
    firsts = [found.first_name(lineage) for lineage in found.lineages]
    rows = [found.row_name(lineage) for lineage in found.lineages]
    assert len(set(firsts)) == len(firsts) and len(set(rows)) == len(rows)
    assert "Preamble, recital 4 (D2)" in firsts and "Preamble, recital 4" in firsts
    assert "Preamble, recital 5 (D1)" in rows and "Preamble, recital 5" in rows
    stories = [found.story(lineage) for lineage in found.lineages]
    assert "Preamble, recital 4 (D2): added in D2" in stories
