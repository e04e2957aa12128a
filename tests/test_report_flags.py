"""Briefings open with the substantive changes: grouped by kind, each cited and linked to its
article, with the old and new words. Read back with pypdf and python-docx."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdf

from clausewise.core.compare import compare
from clausewise.drafts import load_draft
from clausewise.paths import resource_path
from clausewise.reports import BriefingOptions, export_briefing
from test_report_support import collapse, pdf_pages

SAMPLES = resource_path("samples")
DRAFT1 = SAMPLES / "security-agreement-draft1.txt"
DRAFT2 = SAMPLES / "security-agreement-draft2.txt"


def sample_comparison():
    return compare(load_draft(DRAFT1), load_draft(DRAFT2))


def test_the_pdf_summary_opens_with_the_substantive_changes_grouped_by_kind(tmp_path: Path):
    path = export_briefing(sample_comparison(), tmp_path / "briefing.pdf",
                           BriefingOptions(left_path=DRAFT1, right_path=DRAFT2))
    summary = collapse(next(page for page in pdf_pages(path)
                            if "Executive summary" in page and "Contents" not in page))
    # First in the summary, before the counts.
    assert summary.index("Substantive changes") < summary.index("Change Articles and other")
    section = summary[summary.index("Substantive changes"):summary.index("Change Articles")]
    assert section.index("Strength of obligation") < section.index("Numbers, dates and periods")
    assert "• Article 7(2): shall → should" in section
    assert "• Article 8(2): within twenty-four hours → within twelve hours" in section
    assert "• Article 18(2): within six months → within three months" in section
    # Each citation links to the page of its article in the detail.
    reader = pypdf.PdfReader(str(path))
    page_of = {page.indirect_reference.idnum: number
               for number, page in enumerate(reader.pages, start=1)}
    summary_page = next(page for page in reader.pages
                        if "Executive summary" in page.extract_text()
                        and "Contents" not in page.extract_text())
    links = [annotation.get_object() for annotation in summary_page.get("/Annots", []) or []]
    targets = {page_of[link["/Dest"][0].idnum] for link in links if "/Dest" in link}
    outline = {item.title: reader.get_destination_page_number(item) + 1
               for item in _flat(reader.outline)}
    assert outline["Article 6 → Article 7"] in targets and outline["Article 18"] in targets


def _flat(items):
    for item in items:
        if isinstance(item, list):
            yield from _flat(item)
        else:
            yield item


def test_the_word_summary_opens_with_the_substantive_changes_linked(tmp_path: Path):
    path = export_briefing(sample_comparison(), tmp_path / "briefing.docx",
                           BriefingOptions(left_path=DRAFT1, right_path=DRAFT2))
    document = docx.Document(str(path))
    texts = [paragraph.text for paragraph in document.paragraphs]
    start = texts.index("Substantive changes")
    assert texts.index("Executive summary") < start < texts.index("Red lines")
    block = texts[start:start + 12]
    assert "Strength of obligation" in block
    assert "Article 7(2): shall → should" in block
    assert "Article 8(2): within twenty-four hours → within twelve hours" in block
    entry = next(p for p in document.paragraphs if p.text == "Article 7(2): shall → should")
    links = entry._p.findall(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}hyperlink")
    assert links, "the citation links to its article"
    anchor = links[0].get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}anchor")
    bookmarks = {b.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}name")
                 for b in document.element.body.iter(
                     "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bookmarkStart")}
    assert anchor in bookmarks


def test_a_briefing_without_flags_says_so(tmp_path: Path):
    comparison = compare(load_draft(DRAFT1), load_draft(DRAFT1))
    path = export_briefing(comparison, tmp_path / "same.docx", BriefingOptions())
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert any(text.startswith("No substantive change was flagged") for text in texts)


def test_each_flagged_row_of_the_detail_carries_its_badge_and_words(tmp_path: Path):
    """A reader leafing through the clause-by-clause pages sees which rows hold a
    substantive change, as the window's gutter shows it."""
    comparison = sample_comparison()
    pdf = export_briefing(comparison, tmp_path / "b.pdf",
                          BriefingOptions(left_path=DRAFT1, right_path=DRAFT2))
    detail = collapse(" ".join(page for page in pdf_pages(pdf)
                               if "clause by clause" in page or "Article 8" in page))
    assert "Article 8(2) modified ! Numbers, dates and periods: within twenty-four hours → " \
           "within twelve hours" in detail
    word = export_briefing(comparison, tmp_path / "b.docx",
                           BriefingOptions(left_path=DRAFT1, right_path=DRAFT2))
    cells = [cell.text for table in docx.Document(str(word)).tables for row in table.rows
             for cell in row.cells]
    flagged = [cell for cell in cells if "! " in cell]
    assert any(cell.startswith("Article 6(2) → Article 7(2)") and
               "! Strength of obligation: shall → should" in cell for cell in flagged)
    assert not any(cell.startswith("Article 1(1)(a)") for cell in flagged)
    # In French, the kind is said in French.
    french = export_briefing(comparison, tmp_path / "fr.docx",
                             BriefingOptions(left_path=DRAFT1, right_path=DRAFT2,
                                             language="fr"))
    text = " ".join(cell.text for table in docx.Document(str(french)).tables
                    for row in table.rows for cell in row.cells)
    assert "! Strength of obligation" not in text and "! " in text


_LONG_ADDITION = (" The Parties shall further establish a joint working group on the exchange of "
                  "information, which shall meet at least twice a year, report to the Joint "
                  "Commission and prepare guidelines on the protection of classified material "
                  "not later than one year after its first meeting.")


def _drafts_with_a_passage_rewritten(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    text = ("Article 1\nScope\nThis Agreement applies to classified information.\n\n"
            "Article 2\nCooperation\nThe Parties shall cooperate in good faith.\n")
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("in good faith.", "in good faith." + _LONG_ADDITION),
                   encoding="utf-8")
    return old, new


def test_a_passage_rewritten_at_length_is_named_under_the_substantive_changes(tmp_path: Path):
    """No flag reads a passage of more than 30 changed words word by word: the briefing says
    where such passages are, so that an empty list does not read as "nothing of substance"."""
    old, new = _drafts_with_a_passage_rewritten(tmp_path)
    comparison = compare(load_draft(old), load_draft(new))
    pdf = export_briefing(comparison, tmp_path / "briefing.pdf",
                          BriefingOptions(left_path=old, right_path=new))
    text = collapse(" ".join(pdf_pages(pdf)))
    assert ("Rewritten at length, not read for substantive changes (see the detail): Article 2"
            in text)
    word = export_briefing(comparison, tmp_path / "briefing.docx",
                           BriefingOptions(left_path=old, right_path=new))
    paragraphs = [paragraph.text for paragraph in docx.Document(str(word)).paragraphs]
    assert ("Rewritten at length, not read for substantive changes (see the detail): Article 2"
            in paragraphs)
    french = export_briefing(comparison, tmp_path / "note.pdf",
                             BriefingOptions(left_path=old, right_path=new, language="fr"))
    assert "Passages réécrits en longueur" in collapse(" ".join(pdf_pages(french)))
