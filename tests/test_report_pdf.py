"""A policy officer exports a comparison to PDF and sends it to a principal.

The PDF is often the only thing the senior reader sees: the clause texts must be exact (in
Russian, Greek, Chinese and accented Latin too), the handling marking must be on every page,
and the fonts must travel inside the file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from clausewise.reports import AnnotationNote, BriefingOptions, export_briefing
from test_report_support import (clause, collapse, hand_comparison, many_changed_articles, pair,
                                 pdf_bytes_unpacked, pdf_fonts, pdf_pages, river_comparison,
                                 write_drafts)
from clausewise.core.compare import Status

MARKING = "OFFICIAL-SENSITIVE"


@pytest.fixture
def briefing_pdf(tmp_path: Path) -> Path:
    old, new = write_drafts(tmp_path)
    options = BriefingOptions(
        marking=MARKING, author="Anna Petrova", left_path=old, right_path=new,
        now=datetime(2026, 3, 2, 9, 30),
        annotations={"Article 5": [AnnotationNote("Article 5", "red line", "open",
                                                  "J. Smith", "Resist <binding> arbitration & delay")]})
    return export_briefing(river_comparison(), tmp_path / "briefing.pdf", options)


def test_the_briefing_prints_the_changed_clauses_in_every_script(briefing_pdf: Path):
    text = " ".join(pdf_pages(briefing_pdf))
    for expected in ('"Vessel" means any craft used for navigation on the river, including ferries.',
                     "«Уведомление о навигации»",  # the old wording
                     "судоходстве»",                # the new word, next to the struck one
                     "Ειδοποίηση ναυσιπλοΐας",
                     "航行通知",
                     "the river Ælve for the trade and the environment of both Parties",
                     "Settlement of disputes",
                     "Any dispute shall be settled by consultations between the Parties."):
        assert expected in text


def test_angle_brackets_and_ampersands_print_as_written(briefing_pdf: Path):
    text = " ".join(pdf_pages(briefing_pdf))
    assert "& <b>perishable</b>" in text
    assert "the cargo is < > 100 tonnes" in text  # "<" struck, ">" inserted
    assert "Resist <binding> arbitration & delay" in text  # the team's note


def test_the_marking_and_page_numbers_are_on_every_page(briefing_pdf: Path):
    pages = pdf_pages(briefing_pdf)
    assert len(pages) >= 3  # cover, summary, clause table
    for number, text in enumerate(pages, start=1):
        assert text.count(MARKING) >= 2, f"page {number} lacks the marking at head and foot"
        assert f"Page {number} of {len(pages)}" in text


def test_every_font_is_embedded_so_the_file_prints_anywhere(briefing_pdf: Path):
    fonts = pdf_fonts(briefing_pdf)
    assert any("DejaVuSans" in name for name in fonts)
    assert any("DroidSansFallback" in name for name in fonts)  # the Chinese words
    assert all(fonts.values()), f"fonts not embedded: {[n for n, e in fonts.items() if not e]}"


def test_the_cover_names_the_drafts_by_file_name_with_fingerprints(briefing_pdf: Path, tmp_path):
    cover = pdf_pages(briefing_pdf)[0]
    assert "river-draft1.txt" in cover and "river-draft2.txt" in cover
    import hashlib
    for name in ("river-draft1.txt", "river-draft2.txt"):
        digest = hashlib.sha256((tmp_path / name).read_bytes()).hexdigest()
        assert digest in cover.replace(" ", "")
    assert "Anna Petrova" in cover and "02 March 2026" in cover
    assert str(tmp_path) not in " ".join(pdf_pages(briefing_pdf))


def test_the_summary_counts_each_kind_of_change(briefing_pdf: Path):
    summary = next(page for page in pdf_pages(briefing_pdf) if "Executive summary" in page
                   and "Contents" not in page)
    comparison = river_comparison()
    for name in ("modified", "added", "removed", "renumbered"):
        assert f"{name} {getattr(comparison.stats, name)}" in summary
    assert "Red lines • Article 5: Resist <binding> arbitration & delay" in summary


def test_document_properties_are_set_and_carry_no_folder(briefing_pdf: Path, tmp_path: Path):
    metadata = PdfReader(briefing_pdf).metadata
    assert metadata.title.startswith("Briefing: Agreement between the Republic of Norland")
    assert metadata.author == "Anna Petrova"
    assert metadata.creator == "Clausewise"
    assert all(str(tmp_path) not in str(value) for value in metadata.values())
    unpacked = pdf_bytes_unpacked(briefing_pdf)
    for folder in (str(tmp_path), str(Path.cwd()), "resources/fonts"):
        assert folder.encode() not in unpacked


def test_unchanged_clauses_appear_only_when_asked_for(tmp_path: Path):
    unchanged = "Determined to keep the river open to vessels of every flag"
    changed_only = export_briefing(river_comparison(), tmp_path / "changed.pdf", BriefingOptions())
    everything = export_briefing(river_comparison(), tmp_path / "all.pdf",
                                 BriefingOptions(changed_only=False))
    assert unchanged not in " ".join(pdf_pages(changed_only))
    assert unchanged in " ".join(pdf_pages(everything))


def test_a_landscape_briefing_has_landscape_pages(tmp_path: Path):
    path = export_briefing(river_comparison(), tmp_path / "wide.pdf",
                           BriefingOptions(landscape=True))
    for page in PdfReader(path).pages:
        assert page.mediabox.width > page.mediabox.height


@pytest.mark.slow
def test_a_long_briefing_has_every_article_on_the_marked_pages(tmp_path: Path):
    path = export_briefing(many_changed_articles(120), tmp_path / "long.pdf",
                           BriefingOptions(marking=MARKING))
    pages = pdf_pages(path)
    first = next(i for i, text in enumerate(pages) if "Changed clauses, clause by clause" in text)
    table_pages = pages[first:]
    assert len(table_pages) > 3  # the detail really does run over several pages
    for text in table_pages:
        assert MARKING in text
    assert "Article 120" in table_pages[-1] and "125 days, save in emergencies." in table_pages[-1]


def test_a_clause_longer_than_a_page_still_prints_whole(tmp_path: Path):
    words = " ".join(f"obligation{n}" for n in range(3000))
    old = clause("Article 1", "Short text.", label="Article 1")
    new = clause("Article 1", f"Short text. {words} end of the long article.", label="Article 1")
    comparison = hand_comparison((pair((old,), (new,), Status.MODIFIED),))
    path = export_briefing(comparison, tmp_path / "huge.pdf", BriefingOptions())
    text = collapse(" ".join(pdf_pages(path)))
    assert "obligation0 " in text and "obligation2999 end of the long article." in text


def test_arabic_prints_joined_and_right_to_left(tmp_path: Path):
    import unicodedata
    old = clause("Article 4", "تتعاون الأطراف في مجال الملاحة النهرية كل 5 سنوات (على الأقل).",
                 label="Article 4")
    new = clause("Article 4", "تتعاون الأطراف تعاوناً وثيقاً في مجال الملاحة النهرية كل 3 "
                              "سنوات (على الأقل).", label="Article 4")
    quoted = clause("Article 5", "The notice reads: הודעה חדשה לספנות and is posted.",
                    label="Article 5")
    comparison = hand_comparison((pair((old,), (new,), Status.MODIFIED),
                                  pair((), (quoted,), Status.ADDED)))
    path = export_briefing(comparison, tmp_path / "arabic.pdf", BriefingOptions())
    text = " ".join(pdf_pages(path)[3:])
    # Letters are drawn in their joined (presentation) forms, not as isolated letters...
    assert any("\ufe70" <= char <= "\ufefc" for char in text)
    # ...and read back, in reading order, as the clause says.
    logical = unicodedata.normalize("NFKC", text)
    assert "تتعاون الأطراف" in logical and "في مجال الملاحة" in logical
    assert "تعاوناً وثيقاً" in logical
    assert "הודעה חדשה לספנות" in text


@pytest.mark.skipif(__import__("shutil").which("pdftoppm") is None,
                    reason="poppler-utils (pdftoppm) is not installed: `make test` installs it")
def test_a_real_pdf_renderer_draws_every_page(briefing_pdf: Path, tmp_path: Path):
    import subprocess
    result = subprocess.run(["pdftoppm", "-r", "30", "-png", str(briefing_pdf),
                             str(tmp_path / "page")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "Error" not in result.stderr
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(PdfReader(briefing_pdf).pages)
    assert all(image.stat().st_size > 1000 for image in images)


def test_the_summary_lists_the_parts_a_draft_introduces(tmp_path):
    from pypdf import PdfReader

    from clausewise.core.compare import compare
    from clausewise.drafts import load_draft
    from clausewise.reports import BriefingOptions, export_briefing

    samples = Path(__file__).resolve().parents[1] / "resources" / "samples"
    comparison = compare(load_draft(samples / "security-agreement-draft2.txt"),
                         load_draft(samples / "security-agreement-draft3.txt"))
    out = export_briefing(comparison, tmp_path / "b.pdf", BriefingOptions())
    text = " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(out).pages)
    assert "Part I — GENERAL PROVISIONS" in text
    assert "Part V — INSTITUTIONAL AND FINAL PROVISIONS" in text
