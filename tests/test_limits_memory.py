"""Issue 17, Word, OpenDocument, web and RTF files: memory is bounded by design, whatever the
parts are called, an entity declared anywhere in any part is refused, and every loop the file
drives is bounded by counting (tags, nesting) or made linear (styles, nested tables).

Each file is crafted here (small on disk) and read in a child process under the documented
address-space limit (``hostile_files.read_isolated``): a reader that tried to take the
gigabytes these files ask for would die there with a MemoryError and fail the test. What is
asserted is the clean one-line refusal, never a time."""

from __future__ import annotations

import pytest

import hostile_files as hostile
from clausewise.readers.limits import MAX_HTML_TAGS, MAX_RTF_DEPTH, MAX_XML_TAGS


def refused(path, reason: str) -> str:
    outcome = hostile.read_isolated(path)
    assert not outcome.read, f"{path.name} was read ({outcome.lines} lines)"
    assert outcome.reason == reason, outcome.message
    assert outcome.message.startswith(path.name + " ") and "\n" not in outcome.message
    return outcome.message


def test_eight_headers_of_31_mb_each_are_refused_before_python_docx_parses_them(tmp_path):
    path = hostile.docx_big_headers(tmp_path)
    assert path.stat().st_size < 4 * 2**20
    assert "more than 64 MB of XML" in refused(path, "too-large")


def test_a_main_part_named_dat_gets_the_part_size_check(tmp_path):
    path = hostile.docx_main_part_dat(tmp_path)
    assert path.stat().st_size < 2**20
    message = refused(path, "too-large")
    assert "word/document.dat" in message and "more than the 32 MB" in message


def test_a_main_part_named_dat_gets_the_entity_check(tmp_path):
    path = hostile.docx_entity_in_dat(tmp_path)
    message = refused(path, "corrupt")
    assert "word/document.dat declares XML entities" in message


def test_millions_of_empty_paragraphs_are_refused_by_count(tmp_path):
    path = hostile.docx_empty_paragraphs(tmp_path)
    assert path.stat().st_size < 2**20
    assert f"more than {MAX_XML_TAGS:,} XML tags" in refused(path, "too-large")


@pytest.mark.parametrize("make, what", [(hostile.docx_padded_xxe, "word/document.xml"),
                                        (hostile.odt_padded_xxe, "content.xml")])
def test_an_entity_declared_beyond_the_first_64_kb_is_refused(tmp_path, make, what):
    path = make(tmp_path)
    assert f"{what} declares XML entities" in refused(path, "corrupt")


def test_a_real_draft_with_headers_is_still_read(tmp_path):
    """The new limits leave ordinary drafts alone: a header and a body well within them."""
    path = hostile.docx_big_headers(tmp_path, headers=2, size=64 * 1024)
    outcome = hostile.read_isolated(path)
    assert outcome.read and outcome.lines == 2
    assert "headers and footers were not read" in outcome.notices


@pytest.mark.slow
def test_tables_nested_80_deep_are_read_in_one_pass(tmp_path):
    """Each row is met once, by its own table: before, the child hit the timeout."""
    path = hostile.odt_nested_tables(tmp_path)
    outcome = hostile.read_isolated(path)
    assert outcome.read and outcome.lines == 1
    assert "81 tables were flattened into paragraphs" in outcome.notices


def test_header_rows_and_row_groups_are_read_in_order(tmp_path):
    from clausewise.readers import read

    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"

    def row(text: str) -> str:
        return f"<table:table-row><table:table-cell><text:p>{text}</text:p>" \
               "</table:table-cell></table:table-row>"

    body = (f'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
            f'office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            f'xmlns:table="{table}"><office:body><office:text><table:table>'
            f'<table:table-header-rows>{row("Статья")}</table:table-header-rows>'
            f'{row("Article 1")}<table:table-row-group>{row("Article 2")}<table:table-rows>'
            f'{row("Article 3")}</table:table-rows></table:table-row-group>{row("Article 4")}'
            '</table:table></office:text></office:body></office:document-content>').encode()
    source = read(hostile.odt_with_content(tmp_path, "groups.odt", body))
    assert [line.text for line in source.lines] == ["Статья", "Article 1", "Article 2",
                                                    "Article 3", "Article 4"]


@pytest.mark.slow
def test_a_chain_of_20000_styles_is_read_in_one_pass(tmp_path):
    """Each style's heading level is found once: before, the child hit the timeout."""
    outcome = hostile.read_isolated(hostile.docx_style_chain(tmp_path))
    assert outcome.read and outcome.lines == 20_000


def test_a_style_still_inherits_its_heading_level_down_a_long_chain(tmp_path):
    from clausewise.readers import read

    source = read(hostile.docx_style_chain(tmp_path, styles=300, base_name="heading 2"))
    assert {line.heading_level for line in source.lines} == {2}
    assert source.lines[-1].style == "House 299"


def test_a_web_page_of_millions_of_tags_is_refused_by_count(tmp_path):
    path = hostile.html_many_tags(tmp_path)
    assert f"more than {MAX_HTML_TAGS:,} tags" in refused(path, "too-large")


def test_rtf_groups_nested_200000_deep_are_refused(tmp_path):
    path = hostile.rtf_deep_groups(tmp_path)
    assert f"nests its groups more than {MAX_RTF_DEPTH} deep" in refused(path, "corrupt")


def test_rtf_with_escaped_braces_and_ordinary_nesting_is_still_read(tmp_path):
    from clausewise.readers import read

    path = tmp_path / "braces.rtf"
    path.write_bytes(b"{\\rtf1\\ansi " + b"{\\b " * 40 + b"Article 1 \\{a\\} " + b"\\{" * 600
                     + b"}" * 40 + b"\\par The Parties shall consult.\\par}")
    source = read(path)
    assert source.lines[0].text.startswith("Article 1 {a}")
    assert source.lines[-1].text == "The Parties shall consult."


@pytest.mark.slow
def test_a_bomb_in_the_part_the_format_is_told_by_is_never_inflated_whole(tmp_path):
    path = hostile.content_types_bomb_docx(tmp_path)
    assert "unpacks to 1600 MB, more than the 256 MB" in refused(path, "too-large")


@pytest.mark.slow
def test_250000_paragraphs_joined_by_deleted_marks_are_read_in_one_pass(tmp_path):
    """Before, the child hit the timeout copying the growing text for each paragraph."""
    outcome = hostile.read_isolated(hostile.docx_deleted_marks(tmp_path))
    assert outcome.read and outcome.lines == 1
    assert "250000 tracked changes were read as accepted" in outcome.notices


@pytest.mark.slow
def test_a_million_runs_of_a_thousand_spaces_take_no_memory(tmp_path):
    outcome = hostile.read_isolated(hostile.odt_space_runs(tmp_path))
    assert outcome.read and outcome.lines == 1


SVG = (b'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
       b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/'
       b'svg" width="1" height="1"/>')


def test_pictures_and_web_pages_inside_a_draft_may_carry_a_doctype(tmp_path):
    """Only what is parsed as XML must be free of DTDs: an SVG picture or an embedded web
    page (Word's altChunk) is kept as bytes, so its ``<!DOCTYPE>`` is no threat."""
    from clausewise.readers import read

    path = hostile.docx_big_headers(tmp_path, headers=1, size=4096)
    import zipfile
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>", b'<Default Extension="svg" ContentType="image/svg+xml"/><Override '
        b'PartName="/word/afchunk.htm" ContentType="application/xhtml+xml"/></Types>')
    members["word/media/image1.svg"] = SVG
    members["word/afchunk.htm"] = b"<!DOCTYPE html><html><body><p>Annex</p></body></html>"
    with zipfile.ZipFile(path, "w") as target:
        for member, data in members.items():
            target.writestr(member, data)
    assert [line.text for line in read(path).lines] == ["Article 1",
                                                        "The Parties shall consult."]

    odt = tmp_path / "picture.odt"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    content = (f'<office:document-content xmlns:office="{office}" xmlns:text="urn:oasis:'
               'names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>'
               'Article 1</text:p></office:text></office:body></office:document-content>')
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("Pictures/logo.svg", SVG)
    assert [line.text for line in read(odt).lines] == ["Article 1"]
