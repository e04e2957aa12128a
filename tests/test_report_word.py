"""A policy officer exports the briefing to Word, to edit it before it goes up the line.

The file must be built on real Word styles (so the team can restyle it), with the changes
visible as formatted runs, the marking in every header and footer, and no folder names.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import RGBColor

from clausewise.reports import AnnotationNote, BriefingOptions, export_briefing
from test_report_support import W, docx_parts, river_comparison, write_drafts

MARKING = "OFFICIAL-SENSITIVE"


@pytest.fixture
def briefing_docx(tmp_path: Path) -> Path:
    old, new = write_drafts(tmp_path)
    options = BriefingOptions(
        marking=MARKING, author="Anna Petrova", left_path=old, right_path=new,
        now=datetime(2026, 3, 2, 9, 30),
        annotations={"Article 5": [AnnotationNote("Article 5", "query", "open", "J. Smith",
                                                  "Who chairs the <consultations> & when?")]})
    return export_briefing(river_comparison(), tmp_path / "briefing.docx", options)


def clause_rows(document) -> list:
    """The rows of the detail: one table per article after the cover's and the counts'."""
    return [row for table in document.tables[2:] for row in table.rows]


def citation_of(row) -> str:
    return row.cells[0].paragraphs[0].text


def change_of(row) -> str:
    return row.cells[0].paragraphs[1].text


def test_the_briefing_is_built_on_word_styles(briefing_docx: Path):
    document = docx.Document(briefing_docx)
    styles = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert styles[0] == ("Title", "Briefing: Agreement between the Republic of Norland and "
                                  "the Kingdom of Sudmark on River Navigation")
    assert ("Heading 1", "Executive summary") in styles
    assert ("Heading 3", "Red lines") in styles
    assert ("Heading 1", "Changed clauses, clause by clause") in styles
    assert ("Heading 2", "Article 4 → Article 3") in styles   # one heading per article
    assert all(table.style.name == "Table Grid" for table in document.tables)


def test_the_clause_table_lists_each_changed_clause_with_its_change(briefing_docx: Path):
    rows = clause_rows(docx.Document(briefing_docx))
    by_citation = {citation_of(row): row for row in rows}
    renumbered = by_citation["Article 4 → Article 3"]
    text = renumbered.cells[1].text
    assert "«Уведомление о навигации»" in text   # the old wording, struck through
    assert "«Ειδοποίηση ναυσιπλοΐας»" in text and "航行通知" in text and "إشعار الملاحة" in text
    assert change_of(renumbered) == "modified, renumbered"
    removed = by_citation["Article 3"]
    assert change_of(removed) == "removed"
    # a removed clause: its old text alone, not struck through
    assert "inspect a vessel" in removed.cells[1].text
    assert not any(run.font.strike for run in removed.cells[1].paragraphs[0].runs)
    added = by_citation["Article 5"]
    assert change_of(added) == "added"
    assert added.cells[2].text == "[query, open] J. Smith: Who chairs the <consultations> & when?"
    assert "Determined to keep the river open" not in " ".join(by_citation)  # unchanged


def test_the_text_is_one_redline_column_and_notes_only_when_there_are_notes(
        briefing_docx: Path, tmp_path: Path):
    tables = docx.Document(briefing_docx).tables[2:]
    columns = {table.rows[0].cells[0].paragraphs[0].text: len(table.columns) for table in tables}
    assert columns["Article 5"] == 3          # citation, redline, notes: it has a note
    assert columns["Article 1"] == 2          # no note, no notes column
    bare = export_briefing(river_comparison(), tmp_path / "bare.docx", BriefingOptions())
    assert {len(table.columns) for table in docx.Document(bare).tables[2:]} == {2}


def test_deletions_are_struck_through_and_insertions_underlined(briefing_docx: Path):
    row = next(row for row in clause_rows(docx.Document(briefing_docx))
               if citation_of(row) == "Article 2(2)")
    runs = row.cells[1].paragraphs[0].runs
    deleted = [run.text for run in runs if run.font.strike]
    inserted = [run.text for run in runs if run.font.underline]
    assert deleted == ["5", "<"]
    assert inserted == ["3", ">", " & <b>perishable</b>"]
    assert {run.font.color.rgb for run in runs if run.font.strike} == {RGBColor(0xB3, 0x26, 0x1E)}
    old = "".join(run.text for run in runs if not run.font.underline)
    assert " ".join(old.split()) == ("Tolls shall not exceed 5 % of the value of the cargo "
                                     "where the cargo is < 100 tonnes.")


def test_tables_have_fixed_layout_and_widths_so_no_word_breaks(briefing_docx: Path):
    for table in docx.Document(briefing_docx).tables:
        properties = table._tbl.tblPr
        assert properties.find(f"{W}tblLayout").get(f"{W}type") == "fixed"
        assert properties.find(f"{W}tblW").get(f"{W}type") == "dxa"
        grid = [int(col.get(f"{W}w")) for col in table._tbl.tblGrid.findall(f"{W}gridCol")]
        for row in table.rows:
            widths = [int(cell._tc.tcPr.find(f"{W}tcW").get(f"{W}w")) for cell in row.cells]
            assert widths == grid


def test_the_marking_is_in_every_header_and_footer_with_page_numbers(briefing_docx: Path):
    document = docx.Document(briefing_docx)
    for section in document.sections:
        assert section.header.paragraphs[0].text == MARKING
        assert section.footer.paragraphs[0].text == MARKING
    footers = "".join(xml for name, xml in docx_parts(briefing_docx).items() if "footer" in name)
    assert 'w:instr=" PAGE "' in footers and 'w:instr=" NUMPAGES "' in footers


def test_properties_are_set_on_purpose_and_no_folder_leaks(briefing_docx: Path, tmp_path: Path):
    properties = docx.Document(briefing_docx).core_properties
    assert properties.author == "Anna Petrova" and properties.last_modified_by == "Anna Petrova"
    assert properties.title.startswith("Briefing: Agreement between")
    assert properties.keywords == MARKING
    assert "python-docx" not in (properties.comments + properties.author)
    for name, xml in docx_parts(briefing_docx).items():
        assert str(tmp_path) not in xml, f"{name} names the folder"
        assert "/tmp/" not in xml and "python-docx" not in xml


def test_the_cover_names_files_and_fingerprints(briefing_docx: Path, tmp_path: Path):
    import hashlib
    cover = docx.Document(briefing_docx).tables[0]
    facts = {row.cells[1].text for row in cover.rows}
    for name in ("river-draft1.txt", "river-draft2.txt"):
        assert name in facts
        assert hashlib.sha256((tmp_path / name).read_bytes()).hexdigest() in facts
    assert "Anna Petrova" in facts and MARKING in facts


def test_a_landscape_briefing_turns_the_page(tmp_path: Path):
    path = export_briefing(river_comparison(), tmp_path / "wide.docx",
                           BriefingOptions(landscape=True, changed_only=False))
    section = docx.Document(path).sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    rows = clause_rows(docx.Document(path))
    assert any("Determined to keep the river open" in row.cells[1].text for row in rows)


def test_an_arabic_clause_reads_right_to_left_in_word(tmp_path: Path):
    from clausewise.core.compare import Status
    from test_report_support import article, hand_comparison, pair
    old = article("4", "أحكام عامة", "تتعاون الأطراف في مجال الملاحة النهرية.")
    new = article("4", "أحكام عامة", "تتعاون الأطراف تعاوناً وثيقاً في مجال الملاحة النهرية.")
    comparison = hand_comparison((pair((old,), (new,), Status.MODIFIED),))
    path = export_briefing(comparison, tmp_path / "arabic.docx", BriefingOptions())
    row = clause_rows(docx.Document(path))[0]
    assert row.cells[1].paragraphs[0]._p.find(f"{W}pPr/{W}bidi") is not None
    assert "أحكام عامة\nتتعاون الأطراف" in row.cells[1].text
    assert [r.text for r in row.cells[1].paragraphs[0].runs if r.font.underline] == \
        ["تعاوناً وثيقاً "]
    assert row.cells[0].paragraphs[0]._p.find(f"{W}pPr/{W}bidi") is None  # "Article 4"
