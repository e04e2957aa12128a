"""Conventions of real negotiating texts, in small hand-written drafts: units other than
"Article", unit words learned from the document, headings sharing a line with the first
sentence, UN report numbering, glued paragraphs and points, unique citations, and a segmenter
whose cost grows with the text, not with its square."""

from __future__ import annotations

import signal
from collections import Counter
from textwrap import dedent

import pytest

from clausewise.core.model import ClauseKind, SourceText
from clausewise.core.segment import segment
from clausewise.readers.markdown_reader import read_markdown


def seg(text: str, name: str = "draft.txt"):
    return segment(SourceText.from_text(dedent(text).strip("\n"), name=name))


def cites(document):
    return [clause.citation for clause in document.walk()]


@pytest.mark.parametrize("word", ["Regulation", "Rule", "Règle", "Правило", "Artículo",
                                  "Artikel", "Principle", "Guideline", "Standard", "Clause"])
def test_every_unit_word_makes_units(word):
    doc = seg(f"""
        {word} 1. Scope

        These provisions apply to the Parties.

        {word} 2. Definitions

        1. A term has the meaning given.
        2. Another term too.
        """)
    assert [u.citation for u in doc.units()] == [f"{word} 1", f"{word} 2"]
    assert doc.find(f"{word} 2(2)").text == "Another term too."
    assert doc.find(f"{word} 1").heading == "Scope"


def test_a_unit_word_no_list_knows_is_learned_from_its_numbering():
    doc = seg("""
        Measure 1 Tariff reductions

        The Parties shall reduce tariffs.

        Measure 2 Customs cooperation

        The Parties shall cooperate.

        Measure 3 Review

        The Parties shall review this schedule.
        """)
    assert [u.citation for u in doc.units()] == ["Measure 1", "Measure 2", "Measure 3"]
    assert dict(doc.unit_words) == {"Measure": 3}


def test_a_heading_on_the_line_of_the_first_sentence_is_split_off():
    doc = seg("""
        Regulation 14. Previous contracts with the Authority Where the applicant has previously been awarded a contract, the application shall include:

        (a) the date of the previous contract;

        (b) the date of each report.

        Regulation 15. Undertakings Each applicant shall provide a written undertaking.

        Article 1 Use of terms and scope 1. For the purposes of this Convention: (a) "Area" means the seabed; (b) "Authority" means the Authority. 2. This Convention applies mutatis mutandis.
        """)
    regulation = doc.find("Regulation 14")
    assert regulation.heading == "Previous contracts with the Authority"
    assert regulation.text.startswith("Where the applicant")
    assert doc.find("Regulation 14(b)") is not None
    assert doc.find("Regulation 15").heading == "Undertakings"
    article = doc.find("Article 1")
    assert article.heading == "Use of terms and scope"
    assert cites(article)[1:] == ["Article 1(1)", "Article 1(1)(a)", "Article 1(1)(b)", "Article 1(2)"]


def test_when_heading_and_sentence_cannot_be_told_apart_the_text_stays_whole():
    doc = seg("""
        Article 5 The Parties to this Agreement hereby undertake to consult each other.
        """)
    article = doc.find("Article 5")
    assert article.heading == ""
    assert article.text == "The Parties to this Agreement hereby undertake to consult each other."


def test_prose_that_cites_a_unit_is_never_cut_into_one():
    doc = seg("""
        Rule 1 Scope

        These rules apply as set out in Rule 2 of the Charter. The Council shall act under Rule 2 Definitions adopted earlier.

        Rule 2 Definitions

        Terms are defined here.
        """)
    assert [u.citation for u in doc.units()] == ["Rule 1", "Rule 2"]
    assert "Rule 2 of the Charter" in doc.find("Rule 1").text


def test_un_report_chapters_sections_and_paragraphs_numbered_across_chapters():
    doc = seg("""
        United Nations
        A/AC.296/2026/9
        Distr.: General
        4 May 2026

        I. Introduction

        1. The Commission met twice.

        2. It adopted its agenda.

        II. Organizational matters A. Sessions of the Commission

        3. The sessions were held in New York.

        B. Election of officers

        4. The Commission elected its officers.

        1. Organizational meeting

        5. The meeting was held in June.

        Annex I

        Draft rules of procedure

        I. Scope Rule 1 Scope The present rules apply to any meeting. Rule 2 Definitions For the purposes of the present rules: 1. "Party" means a Party.
        """)
    top = list(doc.clauses)
    assert top[0].kind is ClauseKind.FRONT and "A/AC.296/2026/9" in top[0].text
    assert doc.title == ""
    assert [c.citation for c in doc.units() if c.kind is ClauseKind.PARAGRAPH] == [
        f"Paragraph {n}" for n in range(1, 6)]
    assert doc.find("Chapter II, Section A").heading == "Sessions of the Commission"
    assert doc.find("Chapter II, Section B.1").heading == "Organizational meeting"
    assert doc.find("Annex I, Rule 1").heading == "Scope"
    assert doc.find("Annex I, Rule 2").heading == "Definitions"
    assert doc.find("Annex I, Rule 2(1)").text == '"Party" means a Party.'


def test_a_number_repeated_by_the_document_is_told_apart_visibly():
    doc = seg("""
        Article 1
        Scope

        Text one.

        Article 1
        Scope again

        Text two.
        """)
    citations = cites(doc)
    assert "Article 1" in citations and "Article 1 [2]" in citations
    assert all(n == 1 for n in Counter(citations).values())


@pytest.mark.parametrize("number", ["II-1", "A-1", "3-1", "5.2", "10000"])
def test_hyphenated_dotted_and_large_numbers(number):
    doc = seg(f"""
        Article {number} Construction

        The ship shall be built.
        """)
    assert doc.find(f"Article {number}") is not None


def test_dotted_paragraphs_of_a_standard_clause_section_are_cited_as_written():
    doc = seg("""
        ANNEX IV

        Section 2. Security of tenure 2.1 The Contractor shall have security of tenure. 2.2 The Contractor shall have the exclusive right.
        """)
    assert doc.find("Annex IV, Section 2.1").text == "The Contractor shall have security of tenure."
    assert doc.find("Annex IV, Section 2.2") is not None


def test_markdown_heading_marks_without_a_space_are_removed():
    source = read_markdown(b"### Article  1\n\n####Use of terms\n\nThe text.\n", "d.md")
    doc = segment(source)
    article = doc.find("Article 1")
    assert article.heading == "Use of terms"
    assert "#" not in article.heading + article.text


def test_deeply_nested_block_quotes_are_read_as_text():
    source = read_markdown(b">" * 100_000 + b" quoted words\n", "deep.md")
    assert [line.text for line in source.lines] == ["quoted words"]


@pytest.fixture
def hang_alarm():
    """Fails a case that hangs (a guard, not a timing: the quadratic segmenter took minutes)."""
    def _alarm(signum, frame):
        raise TimeoutError("the segmenter ran for more than 120 s")
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(120)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.slow
@pytest.mark.slow
def test_one_article_of_100000_paragraphs_and_a_15000_line_annex(hang_alarm):
    """Issue 17: the segmenter counted all earlier paragraphs for each new one (30,000 took
    59 s, so 100,000 would take about 11 minutes); now each paragraph costs the same."""
    lines = [f"The Party shall notify item {i} in writing." for i in range(100_000)]
    tariff = [f"0101.{i:05d} Live animals of kind {i} 5%" for i in range(15_000)]
    doc = segment(SourceText.from_text(
        "Article 1\nScope\n\n" + "\n\n".join(lines) + "\n\nANNEX I\nTariff schedule\n\n"
        + "\n".join(tariff), name="big.txt"))
    article = doc.find("Article 1")
    assert len(article.children) == 100_000
    assert article.children[-1].citation == "Article 1, ¶ 100000"
    assert doc.find("Annex I") is not None


def test_final_clauses_glued_to_the_last_article_are_their_own():
    doc = seg("""
        Article 1 Scope This Agreement applies to the Parties.

        Article 2 Authentic texts The texts are equally authentic. IN WITNESS WHEREOF, the undersigned have signed this Agreement. DONE AT Geneva, this first day of May.
        """)
    assert doc.find("Article 2").text == "The texts are equally authentic."
    final = doc.find("Final clauses")
    assert final is not None and final.text.startswith("IN WITNESS WHEREOF")
