"""Exporting goes wrong now and then: a wrong file name, a missing folder, a crash half-way.

Each time the user gets one line that says what to do, and never a half-written file that
someone might send on by mistake.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import clausewise.reports.pdf as pdf_writer
from clausewise.core.compare import Status
from clausewise.reports import BriefingOptions, ReportError, export_briefing
from test_report_support import (article, clause, hand_comparison, pair, pdf_pages,
                                 river_comparison)


@pytest.mark.parametrize("name", ["briefing.odt", "briefing", "briefing.pdf.txt"])
def test_an_unsupported_file_type_is_refused_with_one_line(tmp_path: Path, name: str):
    with pytest.raises(ReportError) as error:
        export_briefing(river_comparison(), tmp_path / name, BriefingOptions())
    message = str(error.value)
    assert "\n" not in message and ".pdf or .docx" in message
    assert not any(tmp_path.iterdir())


def test_a_missing_folder_is_refused_with_one_line(tmp_path: Path):
    with pytest.raises(ReportError, match="does not exist"):
        export_briefing(river_comparison(), tmp_path / "no such folder" / "b.pdf",
                        BriefingOptions())


def test_a_folder_is_not_a_file_name(tmp_path: Path):
    (tmp_path / "out.pdf").mkdir()
    with pytest.raises(ReportError, match="is a folder"):
        export_briefing(river_comparison(), tmp_path / "out.pdf", BriefingOptions())


def test_a_file_in_place_of_the_folder_is_refused(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("not a folder")
    with pytest.raises(ReportError):
        export_briefing(river_comparison(), tmp_path / "notes.txt" / "b.docx", BriefingOptions())


def test_a_failed_export_leaves_no_half_file_and_keeps_the_old_one(tmp_path: Path, monkeypatch):
    target = tmp_path / "briefing.pdf"
    export_briefing(river_comparison(), target, BriefingOptions(marking="FIRST"))
    before = target.read_bytes()

    def crash_half_way(briefing, temp: Path, steps=None) -> None:
        temp.write_bytes(b"%PDF-1.4 half a briefing")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_writer, "write_pdf", crash_half_way)
    with pytest.raises(ReportError, match="No space left on device"):
        export_briefing(river_comparison(), target, BriefingOptions(marking="SECOND"))
    assert target.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["briefing.pdf"]


def test_the_written_path_is_returned_and_the_suffix_may_be_upper_case(tmp_path: Path):
    written = export_briefing(river_comparison(), tmp_path / "BRIEFING.PDF", BriefingOptions())
    assert written == tmp_path / "BRIEFING.PDF" and written.read_bytes().startswith(b"%PDF")


def test_control_characters_from_a_damaged_draft_do_not_stop_the_export(tmp_path: Path):
    old = article("1", "Scope", "The Parties\x00 shall\x0c cooperate.")
    new = article("1", "Scope", "The Parties shall \x1bcooperate closely\ud800.")
    comparison = hand_comparison((pair((old,), (new,), Status.MODIFIED),))
    for name in ("damaged.pdf", "damaged.docx"):
        export_briefing(comparison, tmp_path / name, BriefingOptions(marking="A\x07B"))
    text = " ".join(pdf_pages(tmp_path / "damaged.pdf"))
    assert "cooperate closely" in text


def test_an_empty_comparison_still_makes_a_briefing(tmp_path: Path):
    comparison = hand_comparison(())
    path = export_briefing(comparison, tmp_path / "empty.pdf", BriefingOptions(marking="M"))
    text = " ".join(pdf_pages(path))
    assert "No clause changed between the two drafts." in text
    assert "There is nothing to list." in text


def test_a_cover_without_readable_draft_files_says_so(tmp_path: Path):
    unit = clause("Preamble, recital 1", "Recognizing the need for clarity,")
    comparison = hand_comparison((pair((), (unit,), Status.ADDED),))
    options = BriefingOptions(left_path=tmp_path / "gone.txt", right_path=tmp_path / "gone2.txt")
    text = " ".join(pdf_pages(export_briefing(comparison, tmp_path / "b.pdf", options)))
    assert "gone.txt" in text and "not available" in text
    assert str(tmp_path) not in text


def test_the_briefing_gets_ordinary_file_permissions(tmp_path: Path):
    import os
    mask = os.umask(0o022)
    os.umask(mask)
    path = export_briefing(river_comparison(), tmp_path / "b.docx", BriefingOptions())
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask
