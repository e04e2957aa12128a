"""Opening a Word draft: paragraphs and tables in reading order, headings by style, tracked
changes as accepted, and a notice for everything the comparison will not see."""

from __future__ import annotations

import pytest
from docx.enum.text import WD_BREAK

from clausewise.readers import read
from docx_factory import (
    add_comment, add_cross_reference, add_footnote_reference, add_picture, add_style,
    add_text_box, new_draft, save, tracked, wrap_in_content_control,
)


def read_back(doc, tmp_path, name="draft.docx"):
    return read(save(doc, tmp_path / name))


def texts(source):
    return [line.text for line in source.lines]


def test_title_headings_and_body_in_reading_order(tmp_path):
    doc = new_draft()
    doc.add_paragraph("Agreement on Security Guarantees", style="Title")
    doc.add_paragraph("Article 1", style="Heading 1")
    doc.add_paragraph("Definitions", style="Heading 2")
    doc.add_paragraph("For the purposes of this Agreement:")

    source = read_back(doc, tmp_path, "security-agreement.docx")

    assert [(l.text, l.style, l.heading_level) for l in source.lines] == [
        ("Agreement on Security Guarantees", "Title", 0),
        ("Article 1", "Heading 1", 1),
        ("Definitions", "Heading 2", 2),
        ("For the purposes of this Agreement:", "Normal", None),
    ]
    assert (source.name, source.format, source.encoding) == (
        "security-agreement.docx", "docx", None)
    assert source.notices == ()


def test_house_and_localised_heading_styles_are_headings(tmp_path):
    doc = new_draft()
    add_style(doc, "Article Heading", based_on="Heading 3")
    add_style(doc, "Заголовок 2")                 # a Russian Word's name for Heading 2
    add_style(doc, "Überschrift 4")
    outline_style = add_style(doc, "Part Title")
    outline_style.element.get_or_add_pPr().append(_outline_level(0))
    add_style(doc, "Body Note", based_on="Heading 1").element.get_or_add_pPr().append(
        _outline_level(9))                         # explicitly body text
    for style in ("Article Heading", "Заголовок 2", "Überschrift 4", "Part Title", "Body Note"):
        doc.add_paragraph(f"text in {style}", style=style)

    levels = [line.heading_level for line in read_back(doc, tmp_path).lines]

    assert levels == [3, 2, 4, 1, None]


def test_direct_outline_level_makes_a_heading(tmp_path):
    doc = new_draft()
    paragraph = doc.add_paragraph("PART II")
    paragraph._p.get_or_add_pPr().append(_outline_level(0))

    assert read_back(doc, tmp_path).lines[0].heading_level == 1


def test_tables_are_flattened_cell_by_cell_with_a_notice(tmp_path):
    doc = new_draft()
    doc.add_paragraph("Article 1")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Term"
    table.cell(0, 1).text = "Meaning"
    table.cell(1, 0).text = "Party"
    table.cell(1, 1).text = "a State bound by this Agreement"
    doc.add_paragraph("Article 2")
    inner = doc.add_table(rows=1, cols=1).cell(0, 0).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "nested cell"

    source = read_back(doc, tmp_path)

    assert texts(source) == ["Article 1", "Term", "Meaning", "Party",
                             "a State bound by this Agreement", "Article 2", "nested cell"]
    assert "3 tables were flattened into paragraphs" in source.notices


def test_tracked_changes_are_read_as_accepted(tmp_path):
    doc = new_draft()
    tracked(doc, [("=", "The Parties "), ("-", "shall"), ("+", "should"),
                  ("=", " consult each other"), ("+", " without delay"), ("=", ".")])
    tracked(doc, [("<", "This sentence moved away.")])
    tracked(doc, [("=", "Consultations are confidential. "), (">", "This sentence moved away.")])
    tracked(doc, [("-", "A whole deleted paragraph.")], mark_deleted=True)

    source = read_back(doc, tmp_path)

    assert texts(source) == [
        "The Parties should consult each other without delay.",
        "Consultations are confidential. This sentence moved away.",
    ]
    assert "7 tracked changes were read as accepted" in source.notices


def test_deleted_paragraph_mark_joins_the_paragraph_to_the_next(tmp_path):
    doc = new_draft()
    tracked(doc, [("=", "The Parties shall consult each other")], mark_deleted=True)
    doc.add_paragraph(" at the request of either Party.")

    assert texts(read_back(doc, tmp_path)) == [
        "The Parties shall consult each other at the request of either Party."]


def test_cross_references_read_as_their_shown_number_not_the_field_code(tmp_path):
    doc = new_draft()
    paragraph = doc.add_paragraph("Disputes are settled in accordance with Article ")
    add_cross_reference(paragraph, "9")
    paragraph.add_run(".")

    assert texts(read_back(doc, tmp_path)) == [
        "Disputes are settled in accordance with Article 9."]


def test_paragraphs_inside_content_controls_are_read_in_place(tmp_path):
    doc = new_draft()
    doc.add_paragraph("Article 1")
    wrap_in_content_control(doc.add_paragraph("The Parties shall consult each other."))
    doc.add_paragraph("Article 2")

    assert texts(read_back(doc, tmp_path)) == [
        "Article 1", "The Parties shall consult each other.", "Article 2"]


def test_comments_footnotes_images_and_text_boxes_are_reported(tmp_path):
    doc = new_draft()
    commented = doc.add_paragraph("The Parties shall consult each other.")
    add_comment(doc, commented, "Sudmark wants 'should' here.")
    second = doc.add_paragraph("Consultations are confidential.")
    add_comment(doc, second, "Agreed.")
    add_footnote_reference(second, 1)
    add_picture(doc)
    boxed = doc.add_paragraph("See the map.")
    add_text_box(boxed, "Map legend")

    source = read_back(doc, tmp_path)

    assert texts(source) == ["The Parties shall consult each other.",
                             "Consultations are confidential.", "See the map."]
    assert {"2 comments were ignored", "1 footnote was ignored",
            "1 image or drawing was ignored", "1 text box was ignored"} <= set(source.notices)


def test_line_breaks_and_tabs_become_spaces_and_empty_paragraphs_go(tmp_path):
    doc = new_draft()
    paragraph = doc.add_paragraph("For the Republic of Norland:")
    run = paragraph.add_run()
    run.add_break()
    paragraph.add_run("Minister\tof Foreign Affairs")
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("")
    doc.add_paragraph("   ")
    doc.add_paragraph("Done at Nordhavn.")

    assert texts(read_back(doc, tmp_path)) == [
        "For the Republic of Norland: Minister of Foreign Affairs", "Done at Nordhavn."]


def test_hidden_text_is_left_out_with_a_notice(tmp_path):
    doc = new_draft()
    paragraph = doc.add_paragraph("The Parties shall consult each other.")
    paragraph.add_run(" [drafting note: check with legal]").font.hidden = True

    source = read_back(doc, tmp_path)

    assert texts(source) == ["The Parties shall consult each other."]
    assert "1 piece of hidden text was left out" in source.notices


def test_table_of_contents_is_skipped(tmp_path):
    doc = new_draft()
    add_style(doc, "toc 1")
    doc.add_paragraph("Contents", style="TOC Heading")
    doc.add_paragraph("Article 1 Scope\t2", style="toc 1")
    doc.add_paragraph("Article 2 Definitions\t3", style="toc 1")
    doc.add_paragraph("Article 1", style="Heading 1")

    source = read_back(doc, tmp_path)

    assert texts(source) == ["Article 1"]
    assert "the table of contents (3 lines) was skipped" in source.notices


def test_header_text_is_reported_as_not_read(tmp_path):
    doc = new_draft()
    doc.sections[0].header.paragraphs[0].text = "DRAFT - for negotiation only"
    doc.add_paragraph("Article 1")

    source = read_back(doc, tmp_path)

    assert texts(source) == ["Article 1"]
    assert "headers and footers were not read" in source.notices


INTERNATIONAL = [
    "Статья 4. Стороны консультируются друг с другом.",
    "Άρθρο 4. Τα Μέρη διαβουλεύονται μεταξύ τους.",
    "المادة 4. يتشاور الطرفان فيما بينهما.",
    "第四条 双方应相互协商。",
    "Les États parties s'engagent à coopérer ; Übereinkommen über Sicherheit, año, Ærø.",
]


@pytest.mark.parametrize("text", INTERNATIONAL)
def test_international_text_survives(tmp_path, text):
    doc = new_draft()
    doc.add_paragraph(text)
    tracked(doc, [("=", text[:5]), ("+", text[5:])])

    assert texts(read_back(doc, tmp_path)) == [text, text]


def test_decomposed_accents_are_composed(tmp_path):
    doc = new_draft()
    doc.add_paragraph("E\u0301tats parties")  # "É" typed as E + combining acute

    assert texts(read_back(doc, tmp_path)) == ["\u00c9tats parties"]


def test_word_file_named_txt_is_read_as_word_with_a_notice(tmp_path):
    doc = new_draft()
    doc.add_paragraph("Article 1", style="Heading 1")
    path = save(doc, tmp_path / "draft-from-mail.txt")

    source = read(path)

    assert source.format == "docx"
    assert source.lines[0].heading_level == 1
    assert source.notices[0] == (
        "draft-from-mail.txt is a Word (.docx) file despite its name and was read as one")


def _outline_level(level: int):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>')
