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


def clause_table(document):
    """The clause-by-clause table: the one whose header starts with Clause, Old text."""
    return next(table for table in document.tables
                if [cell.text for cell in table.rows[0].cells][:2] == ["Clause", "Old text"])


def test_the_briefing_is_built_on_word_styles(briefing_docx: Path):
    document = docx.Document(briefing_docx)
    styles = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert styles[0] == ("Title", "Briefing: Agreement between the Republic of Norland and "
                                  "the Kingdom of Sudmark on River Navigation")
    assert ("Heading 1", "Executive summary") in styles
    assert ("Heading 2", "Changed clauses") in styles
    assert ("Heading 1", "Changed clauses, clause by clause") in styles
    assert all(table.style.name == "Table Grid" for table in document.tables)


def test_the_clause_table_lists_each_changed_clause_with_its_change(briefing_docx: Path):
    rows = [[cell.text for cell in row.cells] for row in clause_table(docx.Document(briefing_docx)).rows]
    assert rows[0] == ["Clause", "Old text", "New text (changes marked)", "Change", "Annotations"]
    by_citation = {row[0]: row for row in rows[1:]}
    renumbered = by_citation["Article 4 → Article 3"]
    assert "«Уведомление о навигации»" in renumbered[1]
    assert "«Ειδοποίηση ναυσιπλοΐας»" in renumbered[2] and "航行通知" in renumbered[2]
    assert "إشعار الملاحة" in renumbered[2]
    assert renumbered[3] == "modified, renumbered"
    assert by_citation["Article 3"][3] == "removed"
    added = by_citation["Article 5"]
    assert added[1] == "" and added[3] == "added"
    assert added[4] == "[query, open] J. Smith: Who chairs the <consultations> & when?"
    assert "Determined to keep the river open" not in " ".join(by_citation)  # unchanged


def test_deletions_are_struck_through_and_insertions_underlined(briefing_docx: Path):
    table = clause_table(docx.Document(briefing_docx))
    row = next(row for row in table.rows if row.cells[0].text == "Article 2(2)")
    runs = row.cells[2].paragraphs[0].runs
    deleted = [run.text for run in runs if run.font.strike]
    inserted = [run.text for run in runs if run.font.underline]
    assert deleted == ["5", "<"]
    assert inserted == ["3", ">", " & <b>perishable</b>"]
    assert {run.font.color.rgb for run in runs if run.font.strike} == {RGBColor(0xB3, 0x26, 0x1E)}
    assert row.cells[1].text == ("Tolls shall not exceed 5 % of the value of the cargo "
                                 "where the cargo is < 100 tonnes.")


def test_the_table_header_repeats_on_every_page(briefing_docx: Path):
    for table in docx.Document(briefing_docx).tables[1:]:
        header = table.rows[0]._tr
        assert header.find(f"{W}trPr/{W}tblHeader") is not None


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
    rows = clause_table(docx.Document(path)).rows
    assert any("Determined to keep the river open" in row.cells[2].text for row in rows)


def test_an_arabic_clause_reads_right_to_left_in_word(tmp_path: Path):
    from clausewise.core.compare import Status
    from test_report_support import article, hand_comparison, pair
    old = article("4", "أحكام عامة", "تتعاون الأطراف في مجال الملاحة النهرية.")
    new = article("4", "أحكام عامة", "تتعاون الأطراف تعاوناً وثيقاً في مجال الملاحة النهرية.")
    comparison = hand_comparison((pair((old,), (new,), Status.MODIFIED),))
    path = export_briefing(comparison, tmp_path / "arabic.docx", BriefingOptions())
    row = clause_table(docx.Document(path)).rows[1]
    for cell in row.cells[1:3]:
        assert cell.paragraphs[0]._p.find(f"{W}pPr/{W}bidi") is not None
    assert row.cells[1].text == "أحكام عامة\nتتعاون الأطراف في مجال الملاحة النهرية."
    assert [r.text for r in row.cells[2].paragraphs[0].runs if r.font.underline] == \
        ["تعاوناً وثيقاً "]
    assert row.cells[0].paragraphs[0]._p.find(f"{W}pPr/{W}bidi") is None  # "Article 4"
