"""A drafter numbers articles, paragraphs and points with Word's automatic numbering; the
numbers are not in the text. Clausewise must see "Article 4", "2." and "(b)" exactly where
Word draws them, or every citation in the comparison is wrong."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from clausewise.readers import read
from docx_factory import (
    TREATY_LEVELS, ListLevel, add_list, add_list_instance, link_style, new_draft, numbered,
    override_level, save,
)


def read_back(doc, tmp_path, name="draft.docx"):
    return read(save(doc, tmp_path / name))


def numbers(source):
    return [line.number for line in source.lines]


def test_treaty_outline_gets_article_paragraph_and_point_numbers(tmp_path):
    doc = new_draft()
    outline = add_list(doc, TREATY_LEVELS)
    numbered(doc, "Scope", outline, 0)
    numbered(doc, "This Agreement applies to the territory of the Parties.", outline, 1)
    numbered(doc, "It also applies to:", outline, 1)
    numbered(doc, "the territorial sea;", outline, 2)
    numbered(doc, "the airspace above it.", outline, 2)
    numbered(doc, "Consultations", outline, 0)
    numbered(doc, "The Parties shall consult each other:", outline, 1)
    numbered(doc, "at the request of either Party.", outline, 2)

    source = read_back(doc, tmp_path)

    assert numbers(source) == ["Article 1", "1.", "2.", "(a)", "(b)", "Article 2", "1.", "(a)"]
    assert [line.list_level for line in source.lines] == [0, 1, 1, 2, 2, 0, 1, 2]
    assert source.lines[0].text == "Scope"  # the number is not put into the text
    assert "Article" not in source.lines[5].text


def test_article_number_alone_on_an_empty_paragraph_is_kept(tmp_path):
    doc = new_draft()
    outline = add_list(doc, TREATY_LEVELS)
    numbered(doc, "", outline, 0, style="Heading 1")
    doc.add_paragraph("Definitions", style="Heading 2")
    doc.add_paragraph("")  # a truly empty paragraph is dropped

    source = read_back(doc, tmp_path)

    assert [(line.number, line.text) for line in source.lines] == [
        ("Article 1", ""), (None, "Definitions")]


def test_number_formats_as_word_draws_them(tmp_path):
    formats = {
        "decimal": ["1", "2", "3", "4"],
        "upperRoman": ["I", "II", "III", "IV"],
        "lowerRoman": ["i", "ii", "iii", "iv"],
        "upperLetter": ["A", "B", "C", "D"],
        "lowerLetter": ["a", "b", "c", "d"],
        "ordinal": ["1st", "2nd", "3rd", "4th"],
        "ordinalText": ["First", "Second", "Third", "Fourth"],
        "cardinalText": ["One", "Two", "Three", "Four"],
        "decimalZero": ["01", "02", "03", "04"],
    }
    doc = new_draft()
    lists = {fmt: add_list(doc, [ListLevel("%1", fmt=fmt)]) for fmt in formats}
    for fmt, num_id in lists.items():
        for i in range(4):
            numbered(doc, f"{fmt} item {i}", num_id)

    source = read_back(doc, tmp_path)

    got: dict[str, list[str]] = {}
    for line in source.lines:
        got.setdefault(line.text.split()[0], []).append(line.number)
    assert got == formats


def test_letters_after_z_repeat_as_in_word(tmp_path):
    doc = new_draft()
    points = add_list(doc, [ListLevel("(%1)", fmt="lowerLetter", start=25)])
    for i in range(4):
        numbered(doc, f"point {i}", points)

    assert numbers(read_back(doc, tmp_path)) == ["(y)", "(z)", "(aa)", "(bb)"]


def test_level_text_patterns(tmp_path):
    doc = new_draft()
    chapters = add_list(doc, [ListLevel("Chapter %1", fmt="upperRoman"),
                              ListLevel("Section %1.%2")])
    parts = add_list(doc, [ListLevel("%1 Part", fmt="ordinalText")])
    numbered(doc, "General", chapters, 0)
    numbered(doc, "Aims", chapters, 1)
    numbered(doc, "Means", chapters, 1)
    numbered(doc, "Institutions", chapters, 0)
    numbered(doc, "Council", chapters, 1)
    numbered(doc, "Opening", parts, 0)
    numbered(doc, "Closing", parts, 0)

    assert numbers(read_back(doc, tmp_path)) == [
        "Chapter I", "Section I.1", "Section I.2", "Chapter II", "Section II.1",
        "First Part", "Second Part"]


def test_legal_numbering_shows_every_level_in_digits(tmp_path):
    doc = new_draft()
    outline = add_list(doc, [ListLevel("Chapter %1", fmt="upperRoman"),
                             ListLevel("%1.%2", legal=True)])
    numbered(doc, "Institutions", outline, 0)
    numbered(doc, "The Council", outline, 1)
    numbered(doc, "Finance", outline, 0)
    numbered(doc, "The budget", outline, 1)

    assert numbers(read_back(doc, tmp_path)) == ["Chapter I", "1.1", "Chapter II", "2.1"]


def test_start_values(tmp_path):
    doc = new_draft()
    outline = add_list(doc, [ListLevel("Article %1", start=12), ListLevel("%2.", start=3)])
    numbered(doc, "Entry into force", outline, 0)
    numbered(doc, "This Agreement enters into force ...", outline, 1)
    numbered(doc, "It remains in force ...", outline, 1)
    numbered(doc, "Denunciation", outline, 0)
    numbered(doc, "Either Party may ...", outline, 1)

    assert numbers(read_back(doc, tmp_path)) == ["Article 12", "3.", "4.", "Article 13", "3."]


def test_restart_at_1_starts_a_new_instance_and_the_old_list_continues_the_shared_count(tmp_path):
    """Word keeps one running count per list definition: an instance made by "Restart at 1"
    restarts it, and paragraphs of the first instance then continue from there."""
    doc = new_draft()
    first = add_list(doc, [ListLevel("%1.")])
    numbered(doc, "one", first)
    numbered(doc, "two", first)
    numbered(doc, "three", first)
    restarted = add_list_instance(doc, first, restart_at={0: 1})
    numbered(doc, "restarted one", restarted)
    numbered(doc, "restarted two", restarted)
    numbered(doc, "back on the first instance", first)

    assert numbers(read_back(doc, tmp_path)) == ["1.", "2.", "3.", "1.", "2.", "3."]


def test_instance_without_override_continues_the_same_sequence(tmp_path):
    doc = new_draft()
    first = add_list(doc, [ListLevel("Article %1")])
    numbered(doc, "Scope", first)
    numbered(doc, "Definitions", first)
    pasted = add_list_instance(doc, first)
    numbered(doc, "Consultations", pasted)

    assert numbers(read_back(doc, tmp_path)) == ["Article 1", "Article 2", "Article 3"]


def test_restart_at_another_value(tmp_path):
    doc = new_draft()
    first = add_list(doc, [ListLevel("Article %1")])
    numbered(doc, "Scope", first)
    later = add_list_instance(doc, first, restart_at={0: 20})
    numbered(doc, "Final provisions", later)
    numbered(doc, "Depositary", later)

    assert numbers(read_back(doc, tmp_path)) == ["Article 1", "Article 20", "Article 21"]


def test_level_override_redefines_the_format_for_one_instance(tmp_path):
    """The annex reuses the article list's definition but shows "Annex A", "Annex B"."""
    doc = new_draft()
    articles = add_list(doc, [ListLevel("Article %1")])
    numbered(doc, "Scope", articles)
    annexes = add_list_instance(doc, articles)
    override_level(doc, annexes, 0, ListLevel("Annex %1", fmt="upperLetter", start=1))
    numbered(doc, "Procedures", annexes)
    numbered(doc, "Forms", annexes)

    assert numbers(read_back(doc, tmp_path)) == ["Article 1", "Annex A", "Annex B"]


def test_separate_list_definitions_count_separately(tmp_path):
    doc = new_draft()
    articles = add_list(doc, [ListLevel("Article %1")])
    annex = add_list(doc, [ListLevel("%1.")])
    numbered(doc, "Scope", articles)
    numbered(doc, "annex paragraph", annex)
    numbered(doc, "Definitions", articles)
    numbered(doc, "annex paragraph", annex)

    assert numbers(read_back(doc, tmp_path)) == ["Article 1", "1.", "Article 2", "2."]


def test_level_restart_never(tmp_path):
    doc = new_draft()
    outline = add_list(doc, [ListLevel("%1."), ListLevel("(%2)", fmt="lowerLetter", restart=0)])
    numbered(doc, "first", outline, 0)
    numbered(doc, "a", outline, 1)
    numbered(doc, "b", outline, 1)
    numbered(doc, "second", outline, 0)
    numbered(doc, "c", outline, 1)

    assert numbers(read_back(doc, tmp_path)) == ["1.", "(a)", "(b)", "2.", "(c)"]


def test_level_restart_only_after_the_article_level(tmp_path):
    """Points numbered through the whole article, not per paragraph: lvlRestart = 1."""
    doc = new_draft()
    outline = add_list(doc, [ListLevel("Article %1"), ListLevel("%2."),
                             ListLevel("(%3)", fmt="lowerLetter", restart=1)])
    numbered(doc, "Scope", outline, 0)
    numbered(doc, "para", outline, 1)
    numbered(doc, "point", outline, 2)
    numbered(doc, "para", outline, 1)
    numbered(doc, "point", outline, 2)
    numbered(doc, "Definitions", outline, 0)
    numbered(doc, "para", outline, 1)
    numbered(doc, "point", outline, 2)

    assert numbers(read_back(doc, tmp_path)) == [
        "Article 1", "1.", "(a)", "2.", "(b)", "Article 2", "1.", "(a)"]


def test_numbering_inherited_from_the_heading_style(tmp_path):
    doc = new_draft()
    outline = add_list(doc, [ListLevel("Article %1", style="Heading 1"),
                             ListLevel("%2.", style="Heading 2")])
    link_style(doc, "Heading 1", outline)             # no ilvl: found through the level's pStyle
    link_style(doc, "Heading 2", outline, level=1)
    doc.add_paragraph("Scope", style="Heading 1")
    doc.add_paragraph("Application", style="Heading 2")
    doc.add_paragraph("Unnumbered body text.")
    doc.add_paragraph("Definitions", style="Heading 1")

    source = read_back(doc, tmp_path)

    assert [(line.number, line.list_level, line.heading_level) for line in source.lines] == [
        ("Article 1", 0, 1), ("1.", 1, 2), (None, None, None), ("Article 2", 0, 1)]


def test_paragraph_can_switch_off_its_style_numbering(tmp_path):
    doc = new_draft()
    outline = add_list(doc, [ListLevel("Article %1")])
    link_style(doc, "Heading 1", outline, level=0)
    doc.add_paragraph("Scope", style="Heading 1")
    numbered(doc, "Annex heading", 0, style="Heading 1")  # w:numId 0 = "None" in Word
    doc.add_paragraph("Definitions", style="Heading 1")

    assert numbers(read_back(doc, tmp_path)) == ["Article 1", None, "Article 2"]


def test_empty_numbered_paragraph_still_takes_a_number(tmp_path):
    doc = new_draft()
    outline = add_list(doc, [ListLevel("%1.")])
    numbered(doc, "first", outline)
    numbered(doc, "   ", outline)  # Word draws "2." in front of it
    numbered(doc, "third", outline)

    source = read_back(doc, tmp_path)

    assert [(line.number, line.text) for line in source.lines] == [
        ("1.", "first"), ("2.", ""), ("3.", "third")]


def test_russian_draft_numbers_points_with_cyrillic_letters(tmp_path):
    doc = new_draft()
    outline = add_list(doc, [ListLevel("Статья %1"), ListLevel("%2."),
                             ListLevel("%3)", fmt="russianLower")])
    numbered(doc, "Консультации", outline, 0)
    numbered(doc, "Стороны проводят консультации:", outline, 1)
    numbered(doc, "на уровне министров;", outline, 2)
    numbered(doc, "на уровне экспертов.", outline, 2)

    source = read_back(doc, tmp_path)

    assert numbers(source) == ["Статья 1", "1.", "а)", "б)"]
    assert source.lines[0].text == "Консультации"


def test_numbering_continues_through_a_table(tmp_path):
    doc = new_draft()
    outline = add_list(doc, [ListLevel("Article %1")])
    numbered(doc, "Scope", outline)
    table = doc.add_table(rows=1, cols=1)
    numbered(table.cell(0, 0), "Definitions", outline)
    numbered(doc, "Consultations", outline)

    assert [n for n in numbers(read_back(doc, tmp_path)) if n] == [
        "Article 1", "Article 2", "Article 3"]


def test_bullets_have_a_list_level_but_no_number(tmp_path):
    doc = new_draft()
    bullets = add_list(doc, [ListLevel("\u2022", fmt="bullet")])
    numbered(doc, "a bulleted consideration", bullets)

    line = read_back(doc, tmp_path).lines[0]
    assert (line.number, line.list_level, line.text) == (None, 0, "a bulleted consideration")


def test_list_defined_through_a_numbering_style_link(tmp_path):
    """A list style ("Treaty Outline") holds the levels; the list used points at it."""
    doc = new_draft()
    holder = add_list(doc, [ListLevel("Article %1")])
    numbering = doc.part.numbering_part.element
    holder_abstract = _abstract_element(numbering, holder)
    holder_abstract.insert(0, parse_xml(f'<w:styleLink {nsdecls("w")} w:val="TreatyOutline"/>'))
    doc.styles.element.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="numbering" w:styleId="TreatyOutline">'
        f'<w:name w:val="Treaty Outline"/><w:pPr><w:numPr><w:numId w:val="{holder}"/>'
        f"</w:numPr></w:pPr></w:style>"))
    linked = add_list(doc, [ListLevel("wrong %1")])
    linked_abstract = _abstract_element(numbering, linked)
    for lvl in linked_abstract.findall(qn("w:lvl")):
        linked_abstract.remove(lvl)
    linked_abstract.append(parse_xml(f'<w:numStyleLink {nsdecls("w")} w:val="TreatyOutline"/>'))
    numbered(doc, "Scope", linked)
    numbered(doc, "Definitions", linked)

    assert numbers(read_back(doc, tmp_path)) == ["Article 1", "Article 2"]


def _abstract_element(numbering, num_id):
    for num in numbering.iterchildren(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    for abstract in numbering.iterchildren(qn("w:abstractNum")):
        if abstract.get(qn("w:abstractNumId")) == abstract_id:
            return abstract
    raise KeyError(num_id)
