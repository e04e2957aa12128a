"""Drafts saved from LibreOffice as OpenDocument text (.odt): the same clauses as the text
draft, with the numbers LibreOffice draws; what could not be kept is said in the notices."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausewise.core.segment import segment
from clausewise.readers import ReadError, read
from odt_factory import draft_to_odt, h, list_style, odt_bytes, p

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
SAMPLE_DRAFTS = sorted(path.name for path in SAMPLES.glob("security-agreement-draft*.txt"))


def clause_tree(source):
    """What a lawyer sees of a draft: every clause's citation, kind, label, heading, text."""
    return [(c.citation, c.kind.value, c.label, c.heading, c.text)
            for c in segment(source).walk()]


def write(tmp_path, name, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("sample", SAMPLE_DRAFTS)
def test_sample_draft_saved_as_odt_has_the_same_clause_tree(tmp_path, sample):
    text = (SAMPLES / sample).read_text(encoding="utf-8")
    odt = write(tmp_path, sample.replace(".txt", ".odt"), draft_to_odt(text))

    source = read(odt)

    assert source.format == "odt"
    assert source.notices == ()
    assert clause_tree(source) == clause_tree(read(SAMPLES / sample))


def test_article_numbers_are_drawn_by_the_outline_not_typed(tmp_path):
    text = (SAMPLES / "security-agreement-draft1.txt").read_text(encoding="utf-8")
    source = read(write(tmp_path, "draft1.odt", draft_to_odt(text)))

    articles = [line for line in source.lines if line.number and line.number.startswith("Art")]
    assert [line.number for line in articles[:3]] == ["Article 1", "Article 2", "Article 3"]
    assert all(line.text == "" and line.heading_level == 1 for line in articles)
    assert source.lines[0].style == "Title" and source.lines[0].heading_level == 0
    points = {line.number for line in source.lines if line.list_level == 1}
    assert {"(a)", "(b)", "(f)"} <= points


def test_numbering_restarts_and_start_values(tmp_path):
    body = (
        h("Consultations", 2)
        + '<text:list text:style-name="L1">'
        + '<text:list-item>' + p("First.") + '<text:list>'
        + '<text:list-item>' + p("point a;") + '</text:list-item>'
        + '<text:list-item text:start-value="8">' + p("point h.") + '</text:list-item>'
        + '</text:list></text:list-item>'
        + '<text:list-item>' + p("Second.") + '</text:list-item></text:list>'
        + p("Between the lists.")
        + '<text:list text:style-name="L1" text:continue-numbering="true">'
        + '<text:list-item>' + p("Third, continued.") + '</text:list-item></text:list>'
        + '<text:list text:style-name="L1">'
        + '<text:list-item>' + p("A new list.") + '</text:list-item></text:list>'
    )
    levels = (("1", "", "."), ("a", "(", ")"))
    source = read(write(tmp_path, "lists.odt",
                        odt_bytes(body, automatic_styles=list_style("L1", levels))))

    assert [(line.number, line.text) for line in source.lines[1:]] == [
        ("1.", "First."), ("(a)", "point a;"), ("(h)", "point h."), ("2.", "Second."),
        (None, "Between the lists."), ("3.", "Third, continued."), ("1.", "A new list."),
    ]


def test_international_text_and_spaces_survive(tmp_path):
    body = (p("", inner="Статья<text:s/>1: «Стороны» — Ελλάδα, café, العربية, 中文"
              "<text:tab/>end<text:s text:c=\"3\"/>x"))
    source = read(write(tmp_path, "intl.odt", odt_bytes(body)))

    assert source.lines[0].text == "Статья 1: «Стороны» — Ελλάδα, café, العربية, 中文 end x"


def test_what_could_not_be_kept_is_listed(tmp_path):
    body = (
        p("", inner='The Parties<text:note text:note-class="footnote"><text:note-citation>1'
                    '</text:note-citation><text:note-body>' + p("A footnote.")
                    + '</text:note-body></text:note> shall consult.')
        + p("", inner='Comment here<office:annotation><dc:creator>Sudmark</dc:creator>'
                    + p("Why?") + '</office:annotation>.')
        + p("", inner='<draw:frame draw:name="Seal"><draw:image xlink:href="Pictures/s.png"/>'
                    '</draw:frame>Seal above.')
        + '<table:table><table:table-row><table:table-cell>' + p("Cell one")
        + '</table:table-cell><table:table-cell>' + p("Cell two")
        + '</table:table-cell></table:table-row></table:table>'
        + p("", inner='Text <text:change-start text:change-id="c1"/>inserted'
                      '<text:change-end text:change-id="c1"/> here.<text:change '
                      'text:change-id="c2"/>')
    )
    tracked = (
        '<text:tracked-changes>'
        '<text:changed-region text:id="c1"><text:insertion><office:change-info>'
        '<dc:creator>N</dc:creator></office:change-info></text:insertion></text:changed-region>'
        '<text:changed-region text:id="c2"><text:deletion><office:change-info>'
        '<dc:creator>N</dc:creator></office:change-info>' + p("Deleted words.")
        + '</text:deletion></text:changed-region></text:tracked-changes>'
    )
    header = '<style:header>' + p("RESTRICTED") + '</style:header>'
    source = read(write(tmp_path, "marked-up.odt",
                        odt_bytes(body, tracked_changes=tracked, header=header)))

    assert [line.text for line in source.lines] == [
        "The Parties shall consult.", "Comment here.", "Seal above.", "Cell one", "Cell two",
        "Text inserted here."]
    assert set(source.notices) == {
        "2 tracked changes were read as accepted", "1 table was flattened into paragraphs",
        "1 comment was ignored", "1 footnote was ignored", "1 image or drawing was ignored",
        "headers and footers were not read"}


def test_odt_named_docx_is_read_with_a_notice(tmp_path):
    source = read(write(tmp_path, "draft.docx", odt_bytes(p("Article 1"))))
    assert source.format == "odt"
    assert "is an OpenDocument (.odt) file despite its name" in source.notices[0]


@pytest.mark.parametrize("damage, says", [
    (lambda data: data[: len(data) // 2], "the zip archive is damaged"),
    (lambda data: b"not a zip at all", "it is not a zip archive"),
])
def test_damaged_odt_is_refused_clearly(tmp_path, damage, says):
    with pytest.raises(ReadError) as caught:
        read(write(tmp_path, "draft.odt", damage(odt_bytes(p("Article 1")))))
    assert caught.value.reason == "corrupt"
    assert str(caught.value).startswith("draft.odt is not a valid OpenDocument file")
    assert says in str(caught.value)


def test_odt_with_only_empty_paragraphs(tmp_path):
    with pytest.raises(ReadError) as caught:
        read(write(tmp_path, "blank.odt", odt_bytes(p("") + p("   "))))
    assert caught.value.reason == "empty"


def test_outline_json_lists_what_the_odt_reader_left_out(tmp_path, capsys):
    import json

    from clausewise.cli import main

    body = (h("", 1) + p("The Parties shall consult.")   # "Article 1" drawn by the outline
            + '<table:table><table:table-row><table:table-cell>' + p("Annexed list")
            + '</table:table-cell></table:table-row></table:table>')
    path = write(tmp_path, "draft.odt", odt_bytes(body))

    assert main(["outline", str(path), "--json"]) == 0

    outline = json.loads(capsys.readouterr().out)
    assert outline["notices"] == ["1 table was flattened into paragraphs"]
