"""The segmenter reads drafts the way a lawyer cites them: small hand-written examples."""

from textwrap import dedent

import pytest

from clausewise.core.model import ClauseKind, SourceLine, SourceText
from clausewise.core.segment import segment


def seg(text: str, **kwargs):
    return segment(SourceText.from_text(dedent(text).strip("\n"), name="draft.txt", **kwargs))


def citations(document):
    return [clause.citation for clause in document.walk()]


TREATY = """
    AGREEMENT BETWEEN THE REPUBLIC OF NORLAND
    AND THE KINGDOM OF SUDMARK ON SECURITY GUARANTEES

    The Republic of Norland and the Kingdom of Sudmark, hereinafter referred to as "the Parties",

    Recognizing the importance of stability in the region,

    Reaffirming their commitment to the principles of sovereign equality,

    Have agreed as follows:

    Article 1
    Definitions

    For the purposes of this Agreement:
    (a) "territory" means the land and waters of a Party;
    (b) "forces" means the armed forces of a Party.

    Article 2
    Consultations

    1. The Parties shall consult each other at the request of either Party.
    2. Consultations shall be held:
    (a) at the level of ministers; or
    (b) at the level of senior officials, including:
    (i) the heads of the defence staffs;
    (ii) the national security advisers; and
    (c) within fifteen days of the request.

    Article 3
    Entry into force

    This Agreement shall enter into force on the date of the last notification.

    Done at Esterholm, on 12 March 2026, in two originals in the English language, both texts being equally authentic.

    For the Republic of Norland:
    Anna Varg, Minister of Foreign Affairs

    For the Kingdom of Sudmark:
    Per Olsen, Minister of Defence
    """


def test_a_treaty_becomes_title_preamble_articles_final_clauses_and_signatures():
    doc = seg(TREATY)
    assert doc.title == ("AGREEMENT BETWEEN THE REPUBLIC OF NORLAND AND THE KINGDOM OF SUDMARK "
                         "ON SECURITY GUARANTEES")
    assert [c.kind for c in doc.clauses] == [
        ClauseKind.TITLE, ClauseKind.PREAMBLE, ClauseKind.ARTICLE, ClauseKind.ARTICLE,
        ClauseKind.ARTICLE, ClauseKind.FINAL, ClauseKind.SIGNATURE]
    assert citations(doc) == [
        "Title", "Preamble", "Preamble, parties", "Preamble, recital 1", "Preamble, recital 2",
        "Preamble, closing words",
        "Article 1", "Article 1(a)", "Article 1(b)",
        "Article 2", "Article 2(1)", "Article 2(2)", "Article 2(2)(a)", "Article 2(2)(b)",
        "Article 2(2)(b)(i)", "Article 2(2)(b)(ii)", "Article 2(2)(c)",
        "Article 3", "Final clauses", "Signature block"]


def test_article_heading_text_and_points_are_kept_apart():
    doc = seg(TREATY)
    article1 = doc.find("Article 1")
    assert article1.heading == "Definitions"
    assert article1.text == "For the purposes of this Agreement:"
    assert doc.find("Article 1(a)").text == '"territory" means the land and waters of a Party;'
    assert doc.find("Article 1(a)").label == "(a)"
    assert doc.find("Article 3").text.startswith("This Agreement shall enter into force")
    point = doc.find("Article 2(2)(b)(ii)")
    assert point.kind is ClauseKind.POINT and point.number == "ii"
    assert doc.find("Article 2(2)(c)").text == "within fifteen days of the request."


def test_preamble_parties_recitals_and_signatures_carry_their_text():
    doc = seg(TREATY)
    assert doc.find("Preamble, parties").text.startswith("The Republic of Norland and")
    assert doc.find("Preamble, recital 2").text.startswith("Reaffirming")
    assert doc.find("Preamble, closing words").text == "Have agreed as follows:"
    signature = doc.find("Signature block").text
    assert "Anna Varg" in signature and "Per Olsen" in signature


def test_units_look_through_the_preamble_and_parts():
    doc = seg("""
        Preamble text of the Parties,

        Recognizing the need,

        PART I
        GENERAL PROVISIONS

        Article 1
        Scope

        This Agreement applies to the Parties.

        PART II — COOPERATION

        Article 2
        Cooperation

        The Parties shall cooperate.
        """)
    part1, part2 = doc.find("Part I"), doc.find("Part II")
    assert part1.kind is ClauseKind.PART and part1.heading == "GENERAL PROVISIONS"
    assert part2.heading == "COOPERATION"
    assert [c.citation for c in part2.children] == ["Article 2"]
    assert [u.citation for u in doc.units()] == [
        "Preamble, parties", "Preamble, recital 1", "Article 1", "Article 2"]


@pytest.mark.parametrize("heading, citation, number", [
    ("Article 7", "Article 7", "7"),
    ("Article VII", "Article VII", "7"),
    ("ARTICLE SEVEN", "Article 7", "7"),
    ("ARTICLE TWENTY-ONE", "Article 21", "21"),
    ("Art. 7", "Article 7", "7"),
    ("Article 7.", "Article 7", "7"),
    ("Article premier", "Article 1", "1"),
    ("Article 7 bis", "Article 7 bis", "7bis"),
    ("Статья 7", "Статья 7", "7"),
    ("Άρθρο 7", "Άρθρο 7", "7"),
])
def test_every_article_convention_is_an_article(heading, citation, number):
    doc = seg(f"""
        {heading}
        Scope

        The Parties shall cooperate.
        """)
    article = doc.clauses[0]
    assert article.kind is ClauseKind.ARTICLE
    assert article.citation == citation
    assert article.number == number
    assert article.label == heading.rstrip(".")
    assert article.heading == "Scope"


@pytest.mark.parametrize("line, heading", [
    ("Article 4 - Consultations", "Consultations"),
    ("Article 4: Consultations", "Consultations"),
    ("Article 4. Consultations", "Consultations"),
    ("Article 4 — Consultations", "Consultations"),
])
def test_headings_on_the_article_line(line, heading):
    doc = seg(f"{line}\n\nThe Parties shall consult.")
    assert doc.clauses[0].citation == "Article 4"
    assert doc.clauses[0].heading == heading
    assert doc.clauses[0].text == "The Parties shall consult."


def test_prose_that_starts_with_article_is_not_a_heading():
    doc = seg("""
        Article 1
        Scope

        1. The Parties shall cooperate.
        2. Article 5 shall apply mutatis mutandis.
        """)
    assert citations(doc) == ["Article 1", "Article 1(1)", "Article 1(2)"]
    assert doc.find("Article 1(2)").text == "Article 5 shall apply mutatis mutandis."


@pytest.mark.parametrize("marks", [("1.", "2."), ("1)", "2)"), ("(1)", "(2)")])
def test_every_paragraph_numbering_style(marks):
    doc = seg(f"""
        Article 3
        Exchange of information

        {marks[0]} The Parties shall exchange information.
        {marks[1]} Information shall be protected.
        """)
    assert citations(doc) == ["Article 3", "Article 3(1)", "Article 3(2)"]
    assert doc.find("Article 3(2)").label == marks[1]
    assert doc.find("Article 3(2)").text == "Information shall be protected."


def test_points_continue_through_h_i_j_as_letters():
    letters = "abcdefghij"
    body = "\n".join(f"({ch}) item {ch};" for ch in letters)
    doc = seg(f"Article 1\nList\n\n1. The list:\n{body}")
    assert [c.number for c in doc.find("Article 1(1)").children] == list(letters)


def test_roman_points_nest_under_letters_and_letters_resume():
    doc = seg("""
        Article 1
        List

        1. The Parties shall:
        (a) first;
        (i) sub one;
        (ii) sub two;
        (iii) sub three;
        (iv) sub four;
        (v) sub five;
        (b) second.
        """)
    point_a = doc.find("Article 1(1)(a)")
    assert [c.number for c in point_a.children] == ["i", "ii", "iii", "iv", "v"]
    assert doc.find("Article 1(1)(b)").text == "second."


def test_russian_points_with_cyrillic_letters():
    doc = seg("""
        Статья 2
        Консультации

        1. Стороны проводят консультации:
        а) на уровне министров;
        б) на уровне экспертов.
        """)
    assert citations(doc) == ["Статья 2", "Статья 2(1)", "Статья 2(1)(а)", "Статья 2(1)(б)"]
    assert doc.find("Статья 2").heading == "Консультации"


@pytest.mark.parametrize("line, kind, citation", [
    ("PART II", ClauseKind.PART, "Part II"),
    ("Chapter 3", ClauseKind.CHAPTER, "Chapter 3"),
    ("SECTION 2", ClauseKind.SECTION, "Section 2"),
    ("ANNEX I", ClauseKind.ANNEX, "Annex I"),
    ("Annex A", ClauseKind.ANNEX, "Annex A"),
    ("PROTOCOL", ClauseKind.PROTOCOL, "Protocol"),
    ("Appendix 1", ClauseKind.APPENDIX, "Appendix 1"),
    ("ПРИЛОЖЕНИЕ 1", ClauseKind.ANNEX, "Приложение 1"),
    ("Глава 2", ClauseKind.CHAPTER, "Глава 2"),
])
def test_part_chapter_section_annex_protocol_appendix_headings(line, kind, citation):
    doc = seg(f"""
        Article 1
        Scope

        The Parties agree.

        {line}
        Heading of the division

        1. First rule.
        """)
    division = doc.find(citation)
    assert division is not None, citations(doc)
    assert division.kind is kind
    assert division.heading == "Heading of the division"


def test_annex_paragraphs_and_points_are_cited_from_the_annex():
    doc = seg("""
        Article 1
        Scope

        The Parties agree.

        ANNEX I
        CONSULTATION PROCEDURE

        1. Requests shall be made in writing.
        2. Consultations shall begin:
        (a) within 15 days; or
        (b) at once.
        """)
    assert citations(doc)[-5:] == ["Annex I", "Annex I, paragraph 1", "Annex I, paragraph 2",
                                   "Annex I, paragraph 2(a)", "Annex I, paragraph 2(b)"]


def test_a_protocol_with_its_own_articles():
    doc = seg("""
        Article 1
        Scope

        The Parties agree.

        PROTOCOL
        ON PRIVILEGES

        Article 1
        Immunities

        Personnel shall enjoy immunity.
        """)
    assert doc.find("Protocol, Article 1").text == "Personnel shall enjoy immunity."
    ids = [c.id for c in doc.walk()]
    assert len(ids) == len(set(ids))


def test_several_unnumbered_paragraphs_are_cited_by_their_order():
    doc = seg("""
        Article 4
        Meetings

        The Parties shall meet annually.

        The meetings shall alternate between the capitals.
        """)
    assert citations(doc) == ["Article 4", "Article 4, ¶ 1", "Article 4, ¶ 2"]
    assert doc.find("Article 4, ¶ 2").kind is ClauseKind.UNNUMBERED


def test_hard_wrapped_plain_text_is_joined_into_paragraphs():
    doc = seg("""
        Article 2
        Purpose

        1. The purpose of this Agreement is to establish a framework for
        cooperation in security matters between the Parties, as set out in
        Article 5.
        2. The Parties shall cooperate.
        """)
    assert citations(doc) == ["Article 2", "Article 2(1)", "Article 2(2)"]
    assert doc.find("Article 2(1)").text.endswith("as set out in Article 5.")


def test_final_clauses_in_witness_whereof_and_russian():
    doc = seg("""
        Статья 1
        Сфера применения

        Настоящее Соглашение применяется к Сторонам.

        Совершено в Эстерхольме 12 марта 2026 года в двух экземплярах.

        За Республику Норланд:
        Анна Варг
        """)
    assert [c.kind for c in doc.clauses] == [ClauseKind.ARTICLE, ClauseKind.FINAL,
                                             ClauseKind.SIGNATURE]
    assert "Анна Варг" in doc.find("Подписи").text   # cited in the draft's language


def test_a_text_with_no_numbering_falls_back_to_paragraphs():
    doc = seg("""
        The first paragraph says something about cooperation.

        The second paragraph says something else entirely.

        The third paragraph closes the note.
        """)
    assert citations(doc) == ["Paragraph 1", "Paragraph 2", "Paragraph 3"]
    assert all(c.kind is ClauseKind.PARAGRAPH for c in doc.clauses)


def test_a_memorandum_with_numbered_paragraphs_and_no_articles():
    doc = seg("""
        MEMORANDUM OF UNDERSTANDING

        The Participants,

        Desiring to strengthen their cooperation,

        Have reached the following understanding:

        1. The Participants will exchange information.
        (a) on threats; and
        (b) on exercises.
        2. This Memorandum is not legally binding.
        """)
    assert citations(doc) == [
        "Title", "Preamble", "Preamble, parties", "Preamble, recital 1",
        "Preamble, closing words", "Paragraph 1", "Paragraph 1(a)", "Paragraph 1(b)",
        "Paragraph 2"]


def test_word_automatic_numbers_and_styles_are_hints_not_text():
    """A .docx reader puts Word's automatic numbers in SourceLine.number, not in the text."""
    lines = (
        SourceLine("Agreement on Security Guarantees", style="Title", heading_level=0),
        SourceLine("The Parties,"),
        SourceLine("Recognizing the need for cooperation,"),
        SourceLine("Have agreed as follows:"),
        SourceLine("Definitions", style="Heading 2", heading_level=2, number="Article 1",
                   list_level=0),
        SourceLine("In this Agreement:", list_level=1, number="1."),
        SourceLine("\"forces\" means armed forces;", list_level=2, number="(a)"),
        SourceLine("Consultations", style="Heading 2", heading_level=2, number="Article 2",
                   list_level=0),
        SourceLine("The Parties shall consult.", list_level=1, number="1."),
    )
    doc = segment(SourceText(lines=lines, name="draft.docx", format="docx"))
    assert doc.title == "Agreement on Security Guarantees"
    assert citations(doc)[5:] == ["Article 1", "Article 1(1)", "Article 1(1)(a)",
                                  "Article 2", "Article 2(1)"]
    assert doc.find("Article 1").heading == "Definitions"
    assert doc.find("Article 1(1)(a)").text == "\"forces\" means armed forces;"


def test_ids_are_stable_and_unique_and_spans_point_at_the_source():
    doc = seg(TREATY)
    again = seg(TREATY)
    assert [c.id for c in doc.walk()] == [c.id for c in again.walk()]
    ids = [c.id for c in doc.walk()]
    assert len(ids) == len(set(ids))
    assert doc.find("Article 2(2)(b)(i)").id == "art-2/para-2/pt-b/pt-i"
    source_lines = dedent(TREATY).strip("\n").splitlines()
    article2 = doc.find("Article 2")
    assert source_lines[article2.span.start] == "Article 2"
    assert source_lines[article2.span.end - 1].startswith("(c) within fifteen days")


def test_international_text_survives_segmentation():
    text = "Ελληνικά κείμενα · العربية · 中文条款 · Ça déjà vu"
    doc = seg(f"Article 1\nScope\n\n{text}")
    assert doc.find("Article 1").text == text


@pytest.mark.parametrize("text", ["", "\n\n\n", "(a)", "Article", "1.", "Done at"])
def test_odd_input_never_raises(text):
    segment(SourceText.from_text(text))


def test_part_headings_without_blank_lines_as_a_pdf_gives_them():
    """A PDF's text has no blank lines: the heading under "PART I" is still its heading."""
    text = "PART I\nGENERAL PROVISIONS\nArticle 1\nScope\nThe Parties agree.\nPART II\nFINAL PROVISIONS\nArticle 2\nEntry into force\nThis Agreement enters into force."
    doc = segment(SourceText.from_text(text, format="pdf"))
    assert doc.find("Part I").heading == "GENERAL PROVISIONS"
    assert doc.find("Part II").heading == "FINAL PROVISIONS"
    assert [c.citation for c in doc.find("Part II").children] == ["Article 2"]
    assert doc.find("Article 2").heading == "Entry into force"


def test_a_russian_annex_cites_its_paragraphs_in_russian():
    doc = seg("""
        Статья 1
        Сфера применения

        Настоящее Соглашение применяется к Сторонам.

        ПРИЛОЖЕНИЕ I
        ПОРЯДОК КОНСУЛЬТАЦИЙ

        1. Просьба направляется в письменной форме.
        2. Консультации начинаются:
        а) в течение 15 дней; или
        б) немедленно.
        """)
    assert [c.citation for c in doc.find("Приложение I").walk()] == [
        "Приложение I", "Приложение I, пункт 1", "Приложение I, пункт 2",
        "Приложение I, пункт 2(а)", "Приложение I, пункт 2(б)"]


def test_parts_hold_chapters_and_chapters_hold_sections():
    doc = seg("""
        PART I
        GENERAL PROVISIONS

        CHAPTER 1
        SCOPE

        Article 1
        Scope

        The Parties agree.

        CHAPTER 2
        DEFINITIONS

        Section 1
        Terms

        Article 2
        Terms

        The terms are defined.

        PART II
        FINAL PROVISIONS

        CHAPTER 1
        ENTRY INTO FORCE

        Article 3
        Entry into force

        This Agreement enters into force.
        """)
    assert [c.citation for c in doc.clauses] == ["Part I", "Part II"]
    part1 = doc.find("Part I")
    assert [c.citation for c in part1.children] == ["Part I, Chapter 1", "Part I, Chapter 2"]
    assert [c.citation for c in doc.find("Part I, Chapter 1").children] == ["Article 1"]
    section = doc.find("Part I, Chapter 2, Section 1")
    assert [c.citation for c in section.children] == ["Article 2"]
    assert [c.citation for c in doc.find("Part II, Chapter 1").children] == ["Article 3"]
    assert [u.citation for u in doc.units()] == ["Article 1", "Article 2", "Article 3"]
    ids = [c.id for c in doc.walk()]
    assert len(ids) == len(set(ids))


def test_narrow_hard_wrapped_points_and_paragraphs_are_joined():
    doc = seg("""
        Article 2
        Cooperation

        1. Each Party shall designate a
        national authority.
        2. The Parties shall:
        (a) cooperate with each other in
        accordance with Article 1; and
        (b) inform each other.
        """)
    assert citations(doc) == ["Article 2", "Article 2(1)", "Article 2(2)", "Article 2(2)(a)",
                              "Article 2(2)(b)"]
    assert doc.find("Article 2(1)").text == "Each Party shall designate a national authority."
    assert doc.find("Article 2(2)(a)").text == (
        "cooperate with each other in accordance with Article 1; and")


def test_a_chapeau_without_a_colon_is_not_taken_for_a_heading():
    doc = seg("""
        Article 5
        The Parties shall
        (a) consult each other;
        (b) inform each other.
        """)
    article = doc.find("Article 5")
    assert article.heading == ""
    assert article.text == "The Parties shall"
    assert [c.citation for c in article.children] == ["Article 5(a)", "Article 5(b)"]


def test_french_points_run_on_after_the_last_sub_point_of_the_point_before():
    """ "d. ...; iii) ...; iv) ..., y compris par :" -- the sub-points a.-d. belong to ii),
    and iii) and iv) (glued to d. by a text export) are ii)'s siblings, not part of d."""
    doc = seg("""
        Article 1
        Formes

        e) Le développement des capacités, notamment :

        i) La collaboration scientifique ; ii) L’éducation et la formation dans les domaines suivants :

        a. Les sciences naturelles ;

        b. Les politiques et la gouvernance ;

        d. La pertinence des connaissances traditionnelles ; iii) L’échange d’experts ; iv) La mise à disposition de fonds, y compris par :

        a. L’octroi de bourses d’études ;

        v) La création d’un mécanisme de mise en réseau.
        """)
    point = doc.find("Article 1(e)")
    assert [c.number for c in point.children] == ["i", "ii", "iii", "iv", "v"]
    assert doc.find("Article 1(e)(ii)(d)").text == "La pertinence des connaissances traditionnelles ;"
    assert doc.find("Article 1(e)(iii)").text == "L’échange d’experts ;"
    assert [c.number for c in doc.find("Article 1(e)(iv)").children] == ["a"]


def test_a_lettered_sub_point_keeps_its_words_when_no_list_was_open():
    doc = seg("""
        Article 1
        Terms

        1. In this Article:

        a. "vessel" means a ship; ii) below is not a point of any list.
        """)
    paragraph = doc.find("Article 1(1)")
    texts = [child.text for child in paragraph.children]
    assert any("ship; ii) below is not a point" in text for text in texts), texts


def test_a_unit_with_no_title_whose_first_paragraph_shares_its_line():
    """UNCLOS Annex II as its text export gives it: "Article 2 1. The Commission ..." is
    Article 2 with its paragraphs, not a paragraph of Article 1."""
    doc = seg("""
        ANNEX II. COMMISSION ON THE LIMITS OF THE CONTINENTAL SHELF

        Article 1 In accordance with the provisions of article 76, a Commission shall be established.

        Article 2 1. The Commission shall consist of 21 members. 2. The initial election shall be held within 18 months.

        Article 3 1. The functions of the Commission shall be:

        (a) to consider the data;

        (b) to provide advice.
        """)
    annex = doc.find("Annex II")
    assert [c.citation for c in annex.children] == [
        "Annex II, Article 1", "Annex II, Article 2", "Annex II, Article 3"]
    assert [c.number for c in doc.find("Annex II, Article 2").children] == ["1", "2"]
    assert doc.find("Annex II, Article 2(2)").text == "The initial election shall be held within 18 months."
    assert [c.number for c in doc.find("Annex II, Article 3(1)").children] == ["a", "b"]


@pytest.mark.parametrize("line, text", [
    ("Article 7 Coastal States shall establish the outer limits of the continental shelf.",
     "Coastal States shall establish the outer limits of the continental shelf."),
    ("Article 8 In the case of disagreement by the coastal State with the recommendations of "
     "the Commission, the coastal State shall make a revised submission.",
     "In the case of disagreement by the coastal State with the recommendations of the "
     "Commission, the coastal State shall make a revised submission."),
])
def test_a_first_sentence_is_not_cut_into_a_heading(line, text):
    doc = seg(f"Article 6\nScope\n\nThe rules apply.\n\n{line}\n")
    article = doc.clauses[-1]
    assert (article.heading, article.text) == ("", text)


def test_a_title_then_a_sentence_opened_by_a_subject_still_splits():
    doc = seg("Article 5 Consultations The Parties shall consult each other.\n")
    assert (doc.clauses[0].heading, doc.clauses[0].text) == (
        "Consultations", "The Parties shall consult each other.")


def test_paragraphs_run_on_after_a_first_paragraph_that_lost_its_number():
    """UNCLOS Article 208 in the text export: "... jurisdiction Coastal States shall adopt
    ... 2. States shall ... 3. Such laws ...", the "1." dropped."""
    doc = seg("Article 208 Pollution from seabed activities Coastal States shall adopt laws. "
              "2. States shall take other measures. 3. Such laws shall be no less effective.\n")
    article = doc.find("Article 208")
    assert article.heading == "Pollution from seabed activities"
    assert article.text == "Coastal States shall adopt laws."
    assert [c.number for c in article.children] == ["2", "3"]


def test_an_article_number_read_by_ocr_with_an_l_for_a_1():
    """ "Article 3l Request to intervene", glued after Article 30 by a text export: Article 31
    (cited so), its own unit."""
    doc = seg("Article 30 Judgment 1. The judgment shall state the reasons. 2. It shall be "
              "signed. Article 3l Request to intervene 1. Should a State Party consider that "
              "it has an interest, it may submit a request. 2. It shall be for the Tribunal to "
              "decide.\n\nArticle 32 Right to intervene 1. Whenever the interpretation is in "
              "question, the Registrar shall notify all States Parties.\n")
    assert [c.citation for c in doc.clauses] == ["Article 30", "Article 31", "Article 32"]
    assert doc.find("Article 31").heading == "Request to intervene"
    assert [c.number for c in doc.find("Article 31").children] == ["1", "2"]


def test_a_first_paragraph_number_read_by_ocr_as_an_l():
    """UNCLOS Annex IX, Articles 4-7 in the text export: "Article 6 Responsibility and
    liability l. Parties which ... 2. Any State Party ...": the "l." is paragraph 1."""
    doc = seg("Article 6 Responsibility and liability l. Parties which have competence shall "
              "have responsibility. 2. Any State Party may request information.\n\n"
              "Article 7 Settlement of disputes l. At the time of deposit, an organization "
              "shall be free to choose. 2. Part XV applies. 3. The member States shall be "
              "deemed to have accepted arbitration.\n")
    six, seven = doc.find("Article 6"), doc.find("Article 7")
    assert (six.heading, seven.heading) == ("Responsibility and liability",
                                             "Settlement of disputes")
    assert [(c.number, c.text[:20]) for c in six.children] == [
        ("1", "Parties which have c"), ("2", "Any State Party may ")]
    assert [c.number for c in seven.children] == ["1", "2", "3"]


def test_an_l_with_no_second_paragraph_after_it_stays_as_written():
    doc = seg("Article 6 Responsibility l. Parties which have competence shall have "
              "responsibility for any violation.\n")
    # Nothing says the "l" is a number: the text is kept whole, as written.
    article = doc.find("Article 6")
    assert (article.heading, article.children) == ("", ())
    assert article.text == ("Responsibility l. Parties which have competence shall have "
                            "responsibility for any violation.")


def test_a_preamble_run_into_one_paragraph_is_cut_into_its_recitals():
    doc = seg("""
        PREAMBLE The Parties to this Agreement, Recalling the Charter of the United Nations, Stressing the need for cooperation, including on Noting Island, Recognizing the rights of coastal States, Have agreed as follows:

        Article 1
        Scope

        This Agreement applies to the Area.
        """)
    preamble = doc.find("Preamble")
    assert [c.text for c in preamble.children] == [
        "The Parties to this Agreement,", "Recalling the Charter of the United Nations,",
        "Stressing the need for cooperation, including on Noting Island,",
        "Recognizing the rights of coastal States,", "Have agreed as follows:"]


def test_a_russian_preamble_run_on_in_lower_case_is_cut_too():
    doc = seg("""
        ПРЕАМБУЛА Стороны настоящего Соглашения, ссылаясь на Устав Организации Объединенных Наций, подчеркивая необходимость сотрудничества, признавая права прибрежных государств, согласились о нижеследующем:

        Статья 1
        Сфера применения

        Настоящее Соглашение применяется к Району.
        """)
    assert [c.text for c in doc.find("Преамбула").children] == [
        "Стороны настоящего Соглашения,", "ссылаясь на Устав Организации Объединенных Наций,",
        "подчеркивая необходимость сотрудничества,", "признавая права прибрежных государств,",
        "согласились о нижеследующем:"]


def test_a_cover_page_before_the_preamble_heading_is_front_matter():
    doc = seg("AGREEMENT ON THE AREA\n\nUNITED NATIONS 2023\n\nAGREEMENT ON THE AREA\n\n"
              "PREAMBLE\n\nThe Parties to this Agreement,\n\nRecalling the Charter,\n\n"
              "Have agreed as follows:\n\nArticle 1\nScope\n\nThis Agreement applies.\n")
    assert doc.find("Front matter").text == "UNITED NATIONS 2023"
    assert doc.find("Preamble, parties").text == "The Parties to this Agreement,"


@pytest.mark.parametrize("text, citations", [
    ("""
     ДОГОВОР О СОТРУДНИЧЕСТВЕ

     Стороны настоящего Договора,

     признавая важность сотрудничества между ними,

     согласились о нижеследующем:

     Статья 1
     Цели

     Стороны сотрудничают в области безопасности и обороны на основе равенства.

     Совершено в Судбю 18 июня 2024 года в двух экземплярах.
     """,
     ["Название", "Преамбула", "Преамбула, стороны", "Преамбула, абзац 1",
      "Преамбула, заключительная формула", "Статья 1", "Заключительные положения"]),
    ("""
     ACCORD DE COOPÉRATION

     Les Parties au présent Accord,

     Considérant l’importance de la coopération entre elles dans le domaine de la sécurité,

     Sont convenues de ce qui suit :

     Article premier
     Objet

     Les Parties coopèrent dans le domaine de la sécurité et de la défense sur un pied d’égalité.

     Fait à Sudby, le 18 juin 2024, en deux exemplaires originaux.
     """,
     ["Titre", "Préambule", "Préambule, parties", "Préambule, considérant 1",
      "Préambule, formule finale", "Article 1", "Clauses finales"]),
])
def test_a_draft_cites_its_own_parts_in_its_own_language(text, citations):
    """A Russian or French draft's preamble and final clauses are cited in its language, as
    its articles are: "Преамбула, абзац 1" beside "Статья 1", never "Preamble, recital 1"."""
    doc = seg(text)
    assert [c.citation for c in doc.walk()] == citations


def test_a_sentence_cut_by_a_blank_line_is_one_paragraph():
    """ISA regulations as exported: "... one of the entities referred to in" / blank line /
    "regulation 9 (b) shall also contain:" is one paragraph, with its points after it."""
    doc = seg("""
        Regulation 10
        Form of applications

        3. Each application by a State enterprise or one of the entities referred to in

        regulation 9 (b) shall also contain:

        (a) Sufficient information to determine the nationality of the applicant;

        (b) The principal place of business of the applicant.
        """)
    paragraph = doc.find("Regulation 10(3)")
    assert paragraph.text == ("Each application by a State enterprise or one of the entities "
                              "referred to in regulation 9 (b) shall also contain:")
    assert [c.number for c in paragraph.children] == ["a", "b"]


def test_points_whose_marks_only_close_open_after_a_colon_inside_a_paragraph():
    doc = seg("""
        Правило 9. Общие положения При условии соблюдения положений Конвенции право подавать заявки имеют: a) Предприятие от своего имени;

        b) государства-участники и государственные предприятия.
        """)
    rule = doc.clauses[0]
    assert rule.text.endswith("имеют:")
    assert [c.number for c in rule.children] == ["a", "b"]


def test_a_dotted_paragraph_runs_on_after_a_point_of_the_one_before():
    """ISA standard clauses: "(c) ... adopted by the Authority. 1.2 Terms and phrases ..."
    -- clause 1.2 follows the last point of clause 1.1 on the same line."""
    doc = seg("""
        Section 1
        Definitions

        1.1 In the following clauses:

        (a) "Exploration area" means the part of the Area allocated to the Contractor;

        (c) "Regulations" means the Regulations adopted by the Authority. 1.2 Terms defined in the Regulations shall have the same meaning. 1.3 This contract includes its schedules.

        Section 2
        Security of tenure

        2.1 The Contractor shall have security of tenure.
        """)
    clauses = doc.find("Section 1").children
    assert [c.number for c in clauses] == ["1.1", "1.2", "1.3"]
    assert clauses[0].children[-1].text.endswith("adopted by the Authority.")
    assert clauses[1].text == "Terms defined in the Regulations shall have the same meaning."


def test_a_point_marked_by_its_closing_bracket_after_a_bare_and():
    """ "b) ... (контрактами) и c) в соответствующих случаях ...": Russian joins the last
    point with "и" and no comma; with both brackets, "(b) and (c)" stays a cross-reference."""
    doc = seg("""
        Правило 14. Предыдущие контракты Заявитель представляет:

        a) дата предыдущего контракта;

        b) дата каждого отчета по контракту (контрактам) и c) в соответствующих случаях — дата прекращения контракта.

        Правило 15. Обязательства Каждый заявитель обязуется:

        (a) соблюдать обязательства по подпунктам (b) and (c) of the annex;
        """)
    assert [c.number for c in doc.clauses[0].children] == ["a", "b", "c"]
    assert doc.clauses[0].children[1].text.endswith("(контрактам) и")
    assert [c.number for c in doc.clauses[1].children] == ["a"]


def test_a_cyrillic_first_point_runs_on_after_a_colon():
    doc = seg("""
        Правило 5. Защита морской среды

        1. Каждый изыскатель принимает необходимые меры. В частности, каждый изыскатель устраняет: а) негативное воздействие поиска и

        b) коллизии с деятельностью по проведению морских научных исследований.
        """)
    paragraph = doc.find("Правило 5(1)")
    assert paragraph.text.endswith("устраняет:")
    assert [c.number for c in paragraph.children] == ["а", "b"]


def test_a_paragraph_glued_to_a_heading_by_its_tag():
    """UN report annexes tag paragraphs with the bodies they concern; a text export glues
    the tag and number to the heading before: "II. Purpose and functions (ALL)2. Under ..."."""
    doc = seg("""
        Report of the Commission

        I. Introduction

        1. The Commission met twice.

        II. Purpose and functions (ALL)2. Under the authority of the Conference, the bodies shall act.

        (ABS)3. The Committee shall report.

        III. Membership

        4. The members serve in their personal capacity.

        IV. Other matters

        5. None were raised.
        """)
    chapter = doc.find("Chapter II")
    assert chapter.heading == "Purpose and functions"
    assert [(c.number, c.text) for c in chapter.children] == [
        ("2", "(ALL) Under the authority of the Conference, the bodies shall act."),
        ("3", "(ABS) The Committee shall report.")]


def test_a_clause_built_by_the_segmenter_is_the_clause_the_dataclass_makes():
    """``model.built_clause`` skips the frozen dataclass's per-field setattr; the clause is
    the same in every way: equal, the same hash, still frozen."""
    import dataclasses

    from clausewise.core.model import Clause, Span, built_clause

    child = Clause("art-1/p-1", ClauseKind.PARAGRAPH, "1.", "1", "Article 1(1)", "", "Text.",
                   Span(2, 3))
    made = Clause("art-1", ClauseKind.ARTICLE, "Article 1", "1", "Article 1", "Scope", "",
                  Span(0, 3), (child,))
    built = built_clause("art-1", ClauseKind.ARTICLE, "Article 1", "1", "Article 1", "Scope",
                         "", Span(0, 3), (child,))
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.text = "changed"   # type: ignore[misc]
    assert [c.citation for c in seg(TREATY).walk()][:3] == ["Title", "Preamble",
                                                             "Preamble, parties"]


def test_a_pair_built_by_the_aligner_is_the_pair_the_dataclass_makes():
    from clausewise.core.model import Clause, Span, built_span
    from clausewise.core.result import Pair, Status, built_pair

    assert built_span(2, 5) == Span(2, 5) and hash(built_span(2, 5)) == hash(Span(2, 5))
    clause = Clause("art-1", ClauseKind.ARTICLE, "Article 1", "1", "Article 1", "", "Text.",
                    Span(0, 1))
    made = Pair(left=(clause,), right=(clause,), status=Status.MODIFIED, moved=True,
                renumbered=False, similarity=0.5, diff=(("=", "Text."),), children=(),
                basis="heading")
    built = built_pair((clause,), (clause,), Status.MODIFIED, True, False, 0.5,
                       (("=", "Text."),), (), "heading")
    assert built == made and repr(built) == repr(made)
    assert (built.notes, built.mismatches, built.flags, built.stale) == ((), (), (), ())


def test_page_furniture_and_a_cover_page_make_one_front_matter_clause():
    """A document symbol before the title and a cover line before "PREAMBLE" are both front
    matter: one clause, not "Front matter" and "Front matter [2]"."""
    doc = seg("A/CONF.232/2023/4\n\nAGREEMENT ON THE AREA\n\nADOPTED TEXT 2023\n\n"
              "AGREEMENT ON THE AREA\n\nPREAMBLE\n\nThe Parties to this Agreement,\n\n"
              "Recalling the Charter,\n\nHave agreed as follows:\n\nArticle 1\nScope\n\n"
              "This Agreement applies.\n")
    fronts = [c for c in doc.clauses if c.kind is ClauseKind.FRONT]
    assert [c.text for c in fronts] == ["A/CONF.232/2023/4\nADOPTED TEXT 2023"]
    assert doc.find("Preamble, parties").text == "The Parties to this Agreement,"
