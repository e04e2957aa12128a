"""Briefings that staff can send as they are (issue 15): layout, navigation, options.

The sample drafts (draft 2 -> draft 3 brings parts, a moved article and runs of renumbered
articles) are compared with the real engine; the PDF is read back with pypdf (outline, links),
the Word file with python-docx and its XML (headings, TOC field, bookmarks), and LibreOffice
headless converts the Word file to show that it opens and keeps every script.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from clausewise.core.compare import compare
from clausewise.drafts import load_draft
from clausewise.paths import resource_path
from clausewise.reports import AnnotationNote, BriefingOptions, ReportError, export_briefing
from clausewise.reports.content import build_briefing
from test_report_support import collapse, docx_parts, pdf_pages, river_comparison

SAMPLES = resource_path("samples")
DRAFT2 = SAMPLES / "security-agreement-draft2.txt"
DRAFT3 = SAMPLES / "security-agreement-draft3.txt"
RUSSIAN = SAMPLES / "security-agreement-draft3.ru.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

needs_samples = pytest.mark.skipif(not (DRAFT2.is_file() and DRAFT3.is_file()),
                                   reason="the sample drafts (resources/samples) are not there")

NOTES = {
    ("right", "art-5"): [AnnotationNote("Article 5", "Red line", "open", "A. Petrova",
                                       "No exchange without the originator's consent")],
    ("right", "art-7"): [AnnotationNote("Article 7", "Query", "resolved", "B. Li",
                                       "Checked with the legal adviser")],
}


def samples_comparison():
    return compare(load_draft(DRAFT2), load_draft(DRAFT3))


def options(**overrides) -> BriefingOptions:
    values = dict(marking="OFFICIAL-SENSITIVE", author="Desk officer", annotations=NOTES,
                  now=datetime(2026, 3, 2, 9, 30))
    values.update(overrides)
    return BriefingOptions(**values)


def outline_titles(reader: PdfReader) -> list[tuple[int, str]]:
    """(depth, title) of every outline entry, in order."""
    found: list[tuple[int, str]] = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title))
    walk(reader.outline, 0)
    return found


# --- content: the summary and the options ----------------------------------------------------


@needs_samples
def test_the_summary_groups_runs_of_renumbered_articles_and_lists_red_lines():
    briefing = build_briefing(samples_comparison(), options())
    assert "Articles 3–5 renumbered (were 4–6)" in briefing.runs
    assert "Articles 15–18 renumbered (were 16–19)" in briefing.runs
    assert [red.citation for red in briefing.red_lines] == ["Article 6 → Article 5"]
    assert briefing.red_lines[0].key   # it links to the article in the detail


@needs_samples
def test_the_detail_opens_each_part_before_its_articles():
    sections = build_briefing(samples_comparison(), options()).sections
    titles = [(section.level, section.title) for section in sections]
    assert (0, "Part I — GENERAL PROVISIONS") in titles
    part_two = titles.index((0, "Part II — CONSULTATIONS AND EXCHANGE OF INFORMATION"))
    assert titles[part_two + 1][0] == 1   # an article follows its part
    keys = [section.key for section in sections]
    assert len(set(keys)) == len(keys) and all(key.isalnum() for key in keys)


def test_the_kinds_of_change_and_the_notes_are_chosen_by_the_options():
    comparison = river_comparison()
    only_removed = build_briefing(comparison, BriefingOptions(kinds=("removed",)))
    assert [row.citation for row in only_removed.rows] == ["Article 3"]
    assert only_removed.rows[0].removed
    notes = {"Article 5": [AnnotationNote("Article 5", "red line", "open", "", "keep"),
                           AnnotationNote("Article 5", "query", "resolved", "", "done")]}
    def printed(**chosen) -> list[str]:
        briefing = build_briefing(comparison, BriefingOptions(annotations=notes, **chosen))
        return [note.text for row in briefing.rows for note in row.notes]
    assert printed() == ["keep", "done"]
    assert printed(resolved_notes=False) == ["keep"]
    assert printed(note_tags=("Red line",)) == ["keep"]
    assert printed(note_statuses=("resolved",)) == ["done"]
    with_notes = build_briefing(comparison, BriefingOptions(annotations=notes, notes_only=True))
    assert [row.citation for row in with_notes.rows] == ["Article 5"]


def test_an_unknown_format_or_kind_is_refused_with_one_line():
    with pytest.raises(ReportError, match="choose one of pdf, docx, tracked"):
        BriefingOptions(format="odt")
    with pytest.raises(ReportError, match="unknown kind of change 'deleted'"):
        BriefingOptions(kinds=("deleted",))
    with pytest.raises(ReportError, match="unknown note status 'bogus': choose open or resolved"):
        BriefingOptions(note_statuses=("open", "bogus"))
    assert BriefingOptions(note_statuses=("Resolved",)).note_statuses == ("Resolved",)


# --- PDF: one redline column, bookmarks, contents with links ---------------------------------


@needs_samples
def test_the_pdf_has_a_bookmark_for_every_part_and_article(tmp_path: Path):
    comparison = samples_comparison()
    chosen = options()
    path = export_briefing(comparison, tmp_path / "b.pdf", chosen)
    titles = outline_titles(PdfReader(path))
    names = [title for _, title in titles]
    assert names[:3] == ["Contents", "Executive summary", "Changed clauses, clause by clause"]
    for section in build_briefing(comparison, chosen).sections:
        assert section.title in names
    depth = dict((title, level) for level, title in titles)
    assert depth["Part III — SECURITY GUARANTEES"] == 1 and depth["Article 8"] == 2


@needs_samples
def test_the_pdf_contents_give_pages_and_link_to_them(tmp_path: Path):
    path = export_briefing(samples_comparison(), tmp_path / "b.pdf", options())
    reader = PdfReader(path)
    contents = reader.pages[1]
    links = [annotation.get_object() for annotation in contents.get("/Annots", [])]
    links = [link for link in links if link["/Subtype"] == "/Link"]
    assert len(links) >= 2 * 20   # the title and the page number of each entry
    numbers = {page.indirect_reference.idnum: number
               for number, page in enumerate(reader.pages, start=1)}
    targets = {numbers[link["/Dest"][0].idnum] for link in links}
    text = collapse(pdf_pages(path)[1])
    # Each entry's page number is the page its bookmark points at.
    outline = {item.title: reader.get_destination_page_number(item) + 1
               for item in _flat(reader.outline)}
    for title in ("Executive summary", "Article 8", "Part V — INSTITUTIONAL AND FINAL PROVISIONS"):
        assert f"{title} {outline[title]}" in text
    # ...and the links lead to exactly those pages.
    assert targets == {page for title, page in outline.items() if title != "Contents"
                       and not title.startswith("Changed clauses")} | (
        targets & {outline["Changed clauses, clause by clause"]})


def _flat(items):
    for item in items:
        if isinstance(item, list):
            yield from _flat(item)
        else:
            yield item


@needs_samples
def test_the_pdf_prints_the_old_text_once(tmp_path: Path):
    path = export_briefing(samples_comparison(), tmp_path / "b.pdf", options())
    text = collapse(" ".join(pdf_pages(path)))
    removed = "Article 3"   # removed in draft 3: its old text, once, as it stood
    assert text.count("Text (deletions struck through, insertions underlined)") == 1
    assert removed in text
    assert "Old text" not in text and "Annotations" not in text


# --- Word: headings, TOC field, bookmarks, LibreOffice ---------------------------------------


@needs_samples
def test_the_word_briefing_has_a_toc_field_heading_styles_and_bookmarks(tmp_path: Path):
    comparison = samples_comparison()
    path = export_briefing(comparison, tmp_path / "b.docx", options())
    xml = docx_parts(path)["word/document.xml"]
    assert 'TOC \\o "1-3" \\h \\z \\u' in xml
    assert '<w:updateFields w:val="true"/>' in docx_parts(path)["word/settings.xml"]
    document = docx.Document(path)
    headings = [(p.style.name, p.text) for p in document.paragraphs
                if p.style.name.startswith("Heading")]
    assert ("Heading 2", "Part I — GENERAL PROVISIONS") in headings
    assert ("Heading 3", "Article 8") in headings
    body = document.element.body
    bookmarks = {mark.get(f"{W}name") for mark in body.iter(f"{W}bookmarkStart")}
    anchors = {link.get(f"{W}anchor") for link in body.iter(f"{W}hyperlink")}
    assert anchors and anchors <= bookmarks
    ids = [mark.get(f"{W}id") for mark in body.iter(f"{W}bookmarkStart")]
    assert len(set(ids)) == len(ids)


@needs_samples
def test_the_word_briefing_marks_every_page_and_numbers_it(tmp_path: Path):
    path = export_briefing(samples_comparison(), tmp_path / "b.docx", options())
    section = docx.Document(path).sections[0]
    assert section.header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    assert section.footer.paragraphs[0].text == "OFFICIAL-SENSITIVE"


def test_the_same_briefing_is_the_same_file(tmp_path: Path):
    first = export_briefing(river_comparison(), tmp_path / "a.docx", options())
    second = export_briefing(river_comparison(), tmp_path / "b.docx", options())
    assert docx_parts(first) == docx_parts(second)
    pdfs = [export_briefing(river_comparison(), tmp_path / f"{name}.pdf", options())
            for name in ("a", "b")]
    assert pdfs[0].read_bytes() == pdfs[1].read_bytes()
    assert "D:20260302" in str(PdfReader(pdfs[0]).metadata.get("/CreationDate"))


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: "
                    "`make test` installs libreoffice-writer-nogui")
@pytest.mark.skipif(not RUSSIAN.is_file(), reason="the Russian sample draft is not there")
def test_libreoffice_converts_the_word_briefing_with_every_script(tmp_path: Path):
    comparison = compare(load_draft(DRAFT3), load_draft(RUSSIAN))
    path = export_briefing(comparison, tmp_path / "ru.docx", options(changed_only=False))
    mixed = export_briefing(river_comparison(), tmp_path / "mixed.docx", options())
    outputs = []
    for source in (path, mixed):
        subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
                        str(source)], check=True, capture_output=True, timeout=240)
        produced = tmp_path / "pdf" / (source.stem + ".pdf")
        assert produced.is_file()
        outputs.append(collapse(" ".join(page.extract_text() for page in
                                         PdfReader(produced).pages)))
    russian, mixed_text = outputs
    assert "Статья" in russian
    for word in ("«Уведомление о навигации»", "Ειδοποίηση ναυσιπλοΐας", "إشعار الملاحة"[:4]):
        assert word in mixed_text
    # Chinese prints only where a Chinese font is installed (Word on a desk has one; a bare
    # test machine may not): it must at least be in the file, whole.
    assert "航行通知" in docx_parts(mixed)["word/document.xml"]
    if _has_font_for("zh"):
        assert "航行通知" in mixed_text


def _has_font_for(language: str) -> bool:
    if shutil.which("fc-list") is None:
        return False
    listed = subprocess.run(["fc-list", f":lang={language}", "family"], capture_output=True,
                            text=True)
    # Droid Sans Fallback (pulled in by ImageMagick, among others) claims Chinese, but
    # LibreOffice does not fall back to it: only a real CJK family counts.
    return any(family.strip() and "Droid Sans Fallback" not in family
               for family in listed.stdout.splitlines())


def test_a_removed_article_is_listed_under_the_part_where_it_stood(tmp_path):
    """Draft 2 -> 3 puts Articles 1-3 into a new Part I and removes the old Article 3 (Purpose
    and Scope): the contents list it under Part I, not before the part opens."""
    samples = resource_path("samples")
    comparison = compare(load_draft(samples / "security-agreement-draft2.txt"),
                         load_draft(samples / "security-agreement-draft3.txt"))
    path = tmp_path / "b.pdf"
    export_briefing(comparison, path, BriefingOptions())
    titles = [title for _, title in outline_titles(PdfReader(path))]
    part_one = titles.index("Part I — GENERAL PROVISIONS")
    assert titles[part_one + 1:part_one + 3] == ["Article 3", "Article 4 → Article 3"]
