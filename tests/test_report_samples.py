"""Briefings on the project's sample drafts: the security agreement, in English and Russian.

The samples are compared with the real readers, segmenter and engine, as a user would; the
tests then read each export back and look for what the principal must see.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from clausewise.core.compare import compare
from clausewise.core.model import SourceText
from clausewise.core.segment import segment
from clausewise.drafts import load_draft
from clausewise.paths import resource_path
from clausewise.reports import BriefingOptions, export_briefing, export_tracked_changes
from clausewise.reports.content import build_briefing
from test_report_support import collapse, pdf_pages, tracked_text

SAMPLES = resource_path("samples")
DRAFT1 = SAMPLES / "security-agreement-draft1.txt"
DRAFT2 = SAMPLES / "security-agreement-draft2.txt"
RUSSIAN = SAMPLES / "security-agreement-draft3.ru.txt"
MARKING = "OFFICIAL-SENSITIVE"

needs_samples = pytest.mark.skipif(not (DRAFT1.is_file() and DRAFT2.is_file()),
                                   reason="the sample drafts (resources/samples) are not there yet")
needs_russian = pytest.mark.skipif(not RUSSIAN.is_file(),
                                   reason="the Russian sample draft is not there yet")


def opening_words(text: str, count: int = 8) -> str:
    return " ".join(collapse(text).split()[:count])


@needs_samples
def test_the_sample_briefing_shows_every_changed_clause(tmp_path: Path):
    comparison = compare(load_draft(DRAFT1), load_draft(DRAFT2))
    options = BriefingOptions(marking=MARKING, author="Desk officer",
                              left_path=DRAFT1, right_path=DRAFT2)
    path = export_briefing(comparison, tmp_path / "security.pdf", options)
    pages = pdf_pages(path)
    text = " ".join(pages)
    rows = build_briefing(comparison, options).rows
    assert len(rows) >= 8
    for row in rows:
        assert row.citation in text
        wording = "".join(t for _, t in row.marked)   # the redline as printed
        assert opening_words(wording) in text, f"{row.citation} is missing its text"
    for page in pages:
        assert page.count(MARKING) >= 2
    assert "security-agreement-draft1.txt" in pages[0]


@needs_samples
def test_the_sample_word_briefing_has_a_row_per_changed_clause(tmp_path: Path):
    comparison = compare(load_draft(DRAFT1), load_draft(DRAFT2))
    options = BriefingOptions(marking=MARKING)
    path = export_briefing(comparison, tmp_path / "security.docx", options)
    tables = docx.Document(path).tables[2:]   # after the cover's and the counts'
    citations = [row.cells[0].paragraphs[0].text for table in tables for row in table.rows]
    assert citations == [row.citation for row in build_briefing(comparison, options).rows]


@needs_samples
def test_accepting_the_sample_changes_gives_draft_two(tmp_path: Path):
    comparison = compare(load_draft(DRAFT1), load_draft(DRAFT2))
    path = export_tracked_changes(comparison, tmp_path / "draft2-tracked.docx",
                                  BriefingOptions(author="Desk officer"))
    lines = [collapse(line) for line in DRAFT2.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    assert [collapse(p) for p in tracked_text(path, accept=True)] == lines
    # Rejecting restores draft 1's words; a paragraph moved to another article, and the
    # paragraphs of a merge or split, stay where draft 2 put them.
    old_lines = [collapse(line) for line in DRAFT1.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    assert sorted(collapse(p) for p in tracked_text(path, accept=False)) == sorted(old_lines)


DRAFT3 = SAMPLES / "security-agreement-draft3.txt"


@pytest.mark.skipif(not DRAFT3.is_file(), reason="sample draft 3 is not there yet")
def test_draft_three_with_its_parts_and_moved_article_tracks_both_ways(tmp_path: Path):
    comparison = compare(load_draft(DRAFT2), load_draft(DRAFT3))
    assert any(pair.moved for pair in comparison.pairs)
    path = export_tracked_changes(comparison, tmp_path / "draft3-tracked.docx",
                                  BriefingOptions(author="Desk officer"))
    for accept, draft in ((True, DRAFT3), (False, DRAFT2)):
        expected = [collapse(line) for line in draft.read_text(encoding="utf-8").splitlines()
                    if line.strip()]
        assert [collapse(p) for p in tracked_text(path, accept=accept)] == expected


@needs_russian
def test_the_russian_sample_prints_in_cyrillic(tmp_path: Path):
    russian = RUSSIAN.read_text(encoding="utf-8")
    edited = russian.replace("Стороны", "Договаривающиеся Стороны", 3)
    old = segment(SourceText.from_text(russian, name=RUSSIAN.name))
    new = segment(SourceText.from_text(edited, name="draft3-edited.ru.txt"))
    comparison = compare(old, new)
    path = export_briefing(comparison, tmp_path / "russian.pdf",
                           BriefingOptions(marking="ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ",
                                           changed_only=False))
    pages = pdf_pages(path)
    text = " ".join(pages)
    units = [clause for clause in old.walk() if clause.text]
    assert len(units) > 20
    for clause in units:
        assert opening_words(clause.text) in text, f"{clause.citation} did not print"
    assert all("ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ" in page for page in pages)
    assert "Статья" in text


@needs_samples
def test_a_paragraph_moved_to_another_article_is_deleted_where_it_stood(tmp_path: Path):
    """Old Article 5(4) became Article 14(5): rejecting every change puts it back in place."""
    comparison = compare(load_draft(DRAFT1), load_draft(DRAFT2))
    path = export_tracked_changes(comparison, tmp_path / "t.docx", BriefingOptions())
    old_lines = [collapse(line) for line in DRAFT1.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    moved = next(line for line in old_lines if line.startswith("4. A Party shall not release"))
    rejected = [collapse(p) for p in tracked_text(path, accept=False)]
    assert rejected.index(moved) == old_lines.index(moved)
    assert rejected[old_lines.index(moved) - 1] == old_lines[old_lines.index(moved) - 1]
