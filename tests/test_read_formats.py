"""Drafts that arrive as web pages, Markdown, Rich Text, or pasted from an e-mail: each is
read into the lines the drafter wrote, with headings and list numbers as hints, and what
could not be kept (tables, images, deletions, comments) is said in the notices."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausewise.core.segment import segment
from clausewise.readers import ReadError, read, read_pasted_text

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def clause_tree(source):
    return [(c.citation, c.kind.value, c.label, c.heading, c.text)
            for c in segment(source).walk()]


def write(tmp_path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def shown(source):
    """Each line as a reader sees it: its list number, then its text."""
    return [" ".join(part for part in (line.number, line.text) if part)
            for line in source.lines]


# --- web pages --------------------------------------------------------------------------------


def test_web_page_draft_reads_headings_and_numbered_lists(tmp_path):
    page = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Draft</title>
    <style>p { margin: 0 }</style><script>var tracking = 1;</script></head><body>
    <nav><a href="/">Home</a></nav>
    <h1>AGREEMENT ON SECURITY GUARANTEES</h1>
    <h2>Article 1</h2><h3>Definitions</h3>
    <ol><li><p>For the purposes of this Agreement:</p>
      <ol type="a"><li>&laquo;armed attack&raquo; means &hellip;;</li><li>&quot;hybrid threat&quot;
      means&nbsp;a threat.</li></ol></li>
    <li value="3">Terms not defined keep their meaning.</li></ol>
    <p>Статья 2 — Ελλάδα — café — العربية — 中文</p></body></html>"""
    source = read(write(tmp_path, "draft.html", page))

    assert source.format == "html"
    assert shown(source) == [
        "AGREEMENT ON SECURITY GUARANTEES", "Article 1", "Definitions",
        "1. For the purposes of this Agreement:", "(a) «armed attack» means …;",
        "(b) \"hybrid threat\" means\u00a0a threat.".replace("\u00a0", " "),
        "3. Terms not defined keep their meaning.",
        "Статья 2 — Ελλάδα — café — العربية — 中文"]
    assert [line.heading_level for line in source.lines[:3]] == [1, 2, 3]
    assert [line.list_level for line in source.lines[3:7]] == [0, 1, 1, 0]
    article = segment(source).find("Article 1(1)(b)")
    assert article is not None and article.text.startswith('"hybrid threat"')


def test_web_page_tables_images_and_deletions_are_listed(tmp_path):
    page = ("<html><body><p>The Parties <del>may</del><ins>shall</ins> consult.</p>"
            "<table><tr><th>Party</th><th>Contact</th></tr><tr><td>Norland</td>"
            "<td>Ministry</td></tr></table><img src='seal.png' alt='Seal'></body></html>")
    source = read(write(tmp_path, "draft.htm", page))

    assert [line.text for line in source.lines] == [
        "The Parties shall consult.", "Party", "Contact", "Norland", "Ministry"]
    assert set(source.notices) == {
        "2 tracked changes were read as accepted", "1 table was flattened into paragraphs",
        "1 image or drawing was ignored"}


def test_web_page_in_a_legacy_code_page(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1251"></head><body><p>Статья 1</p><p>Стороны согласились.</p>'
            '</body></html>')
    source = read(write(tmp_path, "draft.html", page, encoding="cp1251"))
    assert [line.text for line in source.lines] == ["Статья 1", "Стороны согласились."]
    assert source.encoding == "windows-1251"


def test_sample_draft_as_a_web_page_has_the_same_clause_tree(tmp_path):
    text = (SAMPLES / "security-agreement-draft2.txt").read_text(encoding="utf-8")
    from html import escape
    body = "".join(f"<p>{escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    source = read(write(tmp_path, "draft2.html", f"<html><body>{body}</body></html>"))
    assert clause_tree(source) == clause_tree(read(SAMPLES / "security-agreement-draft2.txt"))


def test_page_with_only_scripts_is_empty(tmp_path):
    with pytest.raises(ReadError) as caught:
        read(write(tmp_path, "blank.html", "<html><script>x()</script><img src=a></html>"))
    assert caught.value.reason == "empty"
    assert str(caught.value).startswith("blank.html has no text in its body")


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_draft_reads_headings_paragraphs_and_typed_numbers(tmp_path):
    markdown = (
        "# AGREEMENT ON SECURITY GUARANTEES\n\n"
        "## Article 1\n\n### Definitions\n\n"
        "1. For the purposes of this *Agreement*, the terms below\n"
        "   have the meanings given.\n"
        "4. Terms **not** defined keep the meaning of `national law`.\n\n"
        "- a bullet about [Article 2](#art2)\n\n"
        "| Party | Contact |\n|---|---|\n| Norland | Ministry |\n\n"
        "![Seal](seal.png)\n\n"
        "Done at Sudby,  \non 18 June 2024.\n"
    )
    source = read(write(tmp_path, "draft.md", markdown))

    assert source.format == "md"
    assert shown(source) == [
        "AGREEMENT ON SECURITY GUARANTEES", "Article 1", "Definitions",
        "1. For the purposes of this Agreement, the terms below have the meanings given.",
        "4. Terms not defined keep the meaning of national law.",
        "a bullet about Article 2", "Party Contact", "Norland Ministry",
        "Done at Sudby,", "on 18 June 2024."]
    assert [line.heading_level for line in source.lines[:3]] == [1, 2, 3]
    assert set(source.notices) == {"1 table was flattened into paragraphs",
                                   "1 image or drawing was ignored"}


def test_a_markdown_table_reads_row_by_row_without_its_rule_cells(tmp_path):
    """UNCLOS Annex III, Article 13(5) as an export writes it: a header row of dashes, then
    a schedule whose rows are points (i) and (ii) with their rates, under paragraph 5 whose
    typed number stands alone on its line."""
    markdown = ("5.  \n\n(a) The production charge shall be fixed at a percentage:\n\n"
                "| --- | --- |\n|:---|:---|\n"
                "| (i) years 1-10 of commercial production  | 5 per cent  |\n"
                "| (ii) years 11 to the end of commercial production  | 12 per cent  |\n\n"
                "(b) The said market value shall be the product of the quantity.\n")
    path = write(tmp_path, "annex.md", "## Article 13\n\n" + markdown)
    assert shown(read(path))[-3:] == [
        "(i) years 1-10 of commercial production 5 per cent",
        "(ii) years 11 to the end of commercial production 12 per cent",
        "(b) The said market value shall be the product of the quantity."]
    document = segment(read(path))
    assert document.find("Article 13(5)").text == ""
    point = document.find("Article 13(5)(a)")
    assert point.text == "The production charge shall be fixed at a percentage:"
    assert [(c.number, c.text) for c in point.children] == [
        ("i", "years 1-10 of commercial production 5 per cent"),
        ("ii", "years 11 to the end of commercial production 12 per cent")]
    assert document.find("Article 13(5)(b)") is not None


def test_markdown_article_with_points_segments_as_a_treaty(tmp_path):
    markdown = ("## Article 4\n\nRegular Consultations\n\n1. Consultations shall be held:\n\n"
                "    (a) at the level of Ministers;\n\n    (b) at the level of experts.\n\n"
                "2. They shall be held in Sudby.\n")
    document = segment(read(write(tmp_path, "art4.md", markdown)))
    assert document.find("Article 4").heading == "Regular Consultations"
    assert document.find("Article 4(2)").text == "They shall be held in Sudby."


# --- Rich Text --------------------------------------------------------------------------------


def test_rich_text_draft_in_a_cyrillic_code_page(tmp_path):
    rtf = (rb"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fcharset204 Times New Roman;}}"
           rb"{\*\generator Word;}\pard\plain \'d1\'f2\'e0\'f2\'fc\'ff 1\par "
           rb"{\pntext\f0 1.\tab}The Parties \u8212? \'f1\'f2\'ee\'f0\'ee\'ed\'fb\par "
           rb"Caf\u233? \u945?\u8364?\par}")
    source = read(write(tmp_path, "draft.rtf", rtf))
    assert source.format == "rtf"
    assert [line.text for line in source.lines if line.text] == [
        "Статья 1", "1. The Parties — стороны", "Café α€"]


def test_rich_text_pictures_tables_notes_and_deletions_are_listed(tmp_path):
    rtf = (rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}{\header Draft - RESTRICTED\par}"
           rb"\pard Article 1\par {\*\shppict{\pict\pngblip 89504e470d0a}}"
           rb"{\nonshppict{\pict\wmetafile8 0100}}"
           rb"\trowd\cellx2000\cellx4000 Norland\cell Ministry\cell\row\lastrow"
           rb"\pard The Parties{\footnote\pard 1 A note.} shall{\*\annotation Why?} consult"
           rb"{\deleted  promptly}.\par}")
    source = read(write(tmp_path, "marked.rtf", rtf))

    assert [line.text for line in source.lines if line.text] == [
        "Article 1", "Norland", "Ministry", "The Parties shall consult promptly."]
    assert source.notices[0].startswith("the file has tracked changes: 1 deleted passage is")
    assert set(source.notices[1:]) == {
        "1 table was flattened into paragraphs", "1 comment was ignored",
        "1 footnote was ignored", "1 image or drawing was ignored",
        "headers and footers were not read"}


def test_damaged_rich_text_is_refused_or_read(tmp_path):
    for data in (rb"{\rtf1 \u99999999999? \bin text}", rb"{\rtf1 {{{{{{{{ \'zz"):
        try:
            source = read(write(tmp_path, "odd.rtf", data))
        except ReadError as error:
            assert str(error).startswith("odd.rtf ")
        else:
            assert source.format == "rtf"


def test_text_that_is_not_rtf_under_rtf_name(tmp_path):
    with pytest.raises(ReadError) as caught:
        read(write(tmp_path, "draft.rtf", "Article 1\nThe Parties agree.\n"))
    assert caught.value.reason == "corrupt"
    assert "is not a valid Rich Text file" in str(caught.value)


# --- pasted text ------------------------------------------------------------------------------


def test_text_pasted_from_an_e_mail_reply_is_a_draft():
    pasted = ("> Article 1\r\n> Scope\r\n>\r\n> This Agreement applies to the land territory "
              "and the\r\n> internal waters of the Parties.\r\n")
    source = read_pasted_text(pasted)

    assert source.name == "Pasted text"
    assert source.notices == ('the e-mail quoting (">") in front of 5 lines was removed',)
    article = segment(source).find("Article 1")
    assert article.heading == "Scope"
    assert article.text == ("This Agreement applies to the land territory and the internal "
                            "waters of the Parties.")


def test_pasted_text_keeps_every_script_and_names_the_draft():
    source = read_pasted_text("Статья 1\tΕλλάδα café العربية 中文\u2028Article 2",
                              name="From the Sudmark e-mail")
    assert [line.text for line in source.lines] == [
        "Статья 1 Ελλάδα café العربية 中文", "Article 2"]
    assert source.name == "From the Sudmark e-mail"


@pytest.mark.parametrize("pasted, reason", [
    ("", "empty"), ("  \n\t\n", "empty"), ("\x00\x01\x02\x03" * 100, "binary")])
def test_pasting_nothing_or_binary_is_refused(pasted, reason):
    with pytest.raises(ReadError) as caught:
        read_pasted_text(pasted)
    assert caught.value.reason == reason
    assert str(caught.value).startswith("Pasted text ")
