"""Substantive flags a negotiator can trust on real texts (issue 19): what a user review of
the corpus comparisons found flagged that is no change of substance, and what must still be.

The corpus tests skip, saying why, when ../shared/corpus is absent; the others run on words
written for the project in the style of those texts.
"""

from __future__ import annotations

from pathlib import Path

from clausewise.core import parallel, textkey
from clausewise.core.compare import compare
from clausewise.core.diff import diff_words
from clausewise.core.flags import flags_for
from clausewise.drafts import load_draft
from corpus import corpus_document

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def flags(old: str, new: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.old, f.new) for f in flags_for(diff_words(old, new), "Article 1")]


def corpus_flags(old: str, new: str) -> list:
    comparison = compare(corpus_document(old), corpus_document(new))
    return [flag for pair in comparison.walk() for flag in pair.flags]


# -- page furniture -------------------------------------------------------------------------

def test_parallel_reading_and_flags_pass_over_the_same_page_furniture():
    assert parallel._JOB_NUMBER is textkey.JOB_NUMBER
    assert textkey.JOB_NUMBER.fullmatch("6 12-57345")


def test_a_page_and_job_number_left_in_a_paragraph_is_no_number_change():
    old = "The Contractor shall report within 90 days. 7 11-48213 The report shall be public."
    assert flags(old, old.replace("7 11-48213", "9 13-20577")) == []
    assert flags(old, old.replace("7 11-48213", "")) == []
    # ... while the paragraph's own numbers still flag.
    assert ("number", "within 90 days", "within 60 days") in flags(
        old, old.replace("7 11-48213", "9 13-20577").replace("90", "60"))


def test_page_furniture_between_a_determiner_and_its_actor_changes_no_actor():
    # A page break fell inside "each Party" in one edition: the actor is the same.
    old = "The report of each 7 11-48213 Party shall be made public within 90 days."
    new = "The report of each Party shall be made public within 90 days."
    assert flags(old, new) == []
    assert flags(new, old) == []
    assert flags(old, old.replace("7 11-48213", "9 13-20577")) == []
    # ... while a real change of the actor beside it still flags.
    assert flags(old, new.replace("each Party", "the Authority")) == [
        ("party", "Party", "the Authority")]


def test_isa_regulations_job_numbers_are_not_flagged():
    found = corpus_flags("isa-crusts-regulations-2012.en.txt",
                         "isa-sulphides-regulations-2010.en.txt")
    numbers = [f for f in found if f.kind == "number"]
    assert not [f for f in numbers if "57345" in f.old or "63720" in f.new]
    # The instrument's own changed figures are still there.
    assert any(f.old == "20 square kilometres" and f.new == "100 square kilometres"
               for f in numbers)


# -- references that cite the same provision -----------------------------------------------

def test_a_reference_with_its_words_in_another_order_is_no_change(tmp_path):
    for old, new in (
            ("in accordance with article 6 of annex III", "in accordance with Annex III, article 6"),
            ("as foreseen in article 47, paragraph 5, of the Agreement",
             "as foreseen in article 47 (5) of the Agreement"),
            ("on matters related to paragraph 3 of article 12",
             "on matters related to article 12, paragraph 3,"),
            ("provided for in paragraph 4(c)", "provided for in paragraph 4 (c)"),
            ("guided by articles 4, 5, 6, and 9", "guided by articles 4, 5, 6 and 9")):
        assert _reference_flags(tmp_path, old, new) == [], (old, new)


def test_a_reference_that_cites_another_provision_still_flags_once(tmp_path):
    found = _reference_flags(tmp_path, "in accordance with article 6 of annex III",
                             "in accordance with article 7 of annex III")
    assert [(f.old, f.new) for f in found] == [("article 6", "article 7")]
    found = _reference_flags(tmp_path, "as foreseen in article 47, paragraph 5",
                             "as foreseen in article 47 (6)")
    assert len(found) == 1 and found[0].new == "article 47 (6)"


def _reference_flags(tmp_path, old_words: str, new_words: str) -> list:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(f"Article 1\nScope\nThe Parties shall act {old_words}.\n", encoding="utf-8")
    new.write_text(f"Article 1\nScope\nThe Parties shall act {new_words}.\n", encoding="utf-8")
    comparison = compare(load_draft(old), load_draft(new))
    return [f for pair in comparison.walk() for f in pair.flags if f.kind == "reference"]


def test_isa_regulations_references_in_another_order_flag_no_more():
    found = corpus_flags("isa-crusts-regulations-2012.en.txt",
                         "isa-sulphides-regulations-2010.en.txt")
    for where in ("Regulation 16(a)", "Regulation 39(4)"):
        assert not [f for f in found if f.kind == "reference" and f.where == where
                    and {f.old.casefold(), f.new.casefold()} <= {"annex iii", "article 9",
                                                                 "article 14"}], where


# -- footnote marks, paragraph and point markers --------------------------------------------

def test_footnote_marks_are_no_numbers():
    old = "The Co-Chairs prepared a text within the indicated timeline. 4 The Commission noted it."
    assert flags(old, old.replace(". 4 The", ".3 The")) == []
    committee = "the Access and Benefit-Sharing Committee, 21 the Finance Committee and the Bureau"
    assert flags(committee, committee.replace("21", "2")) == []
    notes = "two notes (A/AC.301/2027/15 and A/AC.301/2027/INF/3) were before it"
    assert flags(notes, notes.replace("INF/3)", "INF/3 5 )")) == []
    # A real number after a sentence's end still flags when it has a unit.
    assert flags("The Council met. 30 days later it decided.",
                 "The Council met. 60 days later it decided.")[0][0] == "number"


def test_paragraph_numbers_glued_into_a_paragraph_are_numbering():
    old = "The Parties shall settle disputes by peaceful means. 2. Nothing impairs their right."
    assert flags(old, old.replace(" 2.", "")) == []
    assert flags("It consists of 21 members. 3. No two may be nationals of one State.",
                 "It consists of 23 members. No two may be nationals of one State.") == [
        ("number", "21 members", "23 members")]


def test_bbnj_report_footnote_marks_are_not_flagged():
    found = corpus_flags("bbnj-prepcom-report-2026.advance.txt",
                         "bbnj-prepcom-report-2026.final.txt")
    for where in ("Paragraph 29", "Paragraph 64", "Paragraph 66", "Annex I, Rule 2(10)"):
        assert not [f for f in found if f.kind == "number" and f.where == where], where
    # "[document to be issued]" filled with a footnote mark is a placeholder filled in.
    filled = [f for f in found if f.old == "[document to be issued]"]
    assert filled and all(f.kind == "placeholder" and f.note == "placeholder filled in by "
                          "footnote 1" for f in filled)
    # "article 52, paragraph 9" -> "article 52 (9)" is the same reference, and "agenda item
    # 7" none of this text's: no reference flag.
    assert [f.new for f in found if f.where == "Paragraph 46" and f.kind == "reference"] == []
    # A diff that aligned "namely the Islamic Republic of Iran" with "of the Commission".
    assert not [f for f in found if f.where == "Paragraph 66" and f.kind == "party"]


def test_unclos_paragraph_numbers_of_split_and_merged_pairs_are_not_numbers():
    found = corpus_flags("unclos-1982.en.txt", "unclos-1982.en.md")
    for where in ("Article 208", "Annex IX, Article 4", "Annex VIII, Article 5",
                  "Annex IX, Article 6"):
        assert not [f for f in found if f.kind == "number" and f.where.startswith(where)
                    and f.old.isdigit() and not f.new], where


# -- parties already named ------------------------------------------------------------------

def test_an_actor_the_sentence_already_names_is_no_party_change():
    old = ("Personnel shall respect the law of the host State and shall refrain from any "
           "activity inconsistent with this Agreement.")
    new = old[:-1] + ", in particular from any commercial activity in the territory of the host State."
    assert flags(old, new) == []
    assert flags(new, old) == []


def test_an_actor_that_becomes_the_subject_of_an_obligation_is_a_party_change():
    old = "The Commission shall report to the Council, and the Council shall decide on it."
    new = old.replace("the Council shall decide", "the Council and the Commission shall decide")
    assert ("party", "", "the Commission") in flags(old, new)
    # An actor the sentence did not name is a change wherever it stands.
    assert ("party", "", "the Authority") in flags(
        "The Secretary-General shall inform the States Parties of each notification.",
        "The Secretary-General shall inform the States Parties and the Authority of each "
        "notification.")


def test_security_agreement_article_13_2_names_no_new_party():
    comparison = compare(load_draft(SAMPLES / "security-agreement-draft1.txt"),
                         load_draft(SAMPLES / "security-agreement-draft2.txt"))
    assert not [f for pair in comparison.walk() for f in pair.flags
                if f.where == "Article 13(2)"]


# -- reference flags (core.references) ------------------------------------------------------

def test_bbnj_report_rewritten_paragraphs_list_no_citations():
    found = [f for f in corpus_flags("bbnj-prepcom-report-2026.advance.txt",
                                     "bbnj-prepcom-report-2026.final.txt") if f.kind == "reference"]
    for where in ("Paragraph 57", "Paragraph 58", "Paragraph 59", "Paragraph 66", "Paragraph 67",
                  "Paragraph 14", "Annex II, paragraph 9(e)", "Annex I, Rule 2(10)",
                  "Annex I, Rule 5(1)"):
        assert not [f for f in found if f.where == where], where
    # No flag lists more than a few citations, nor one twice.
    for flag in found:
        for words in (flag.old, flag.new):
            cited = words.split("; ")
            assert len(cited) <= 4 and len(set(cited)) == len(cited), words


def test_isa_regulations_cited_in_other_words_are_no_reference_change():
    found = [f for f in corpus_flags("isa-sulphides-regulations-2010.en.txt",
                                     "isa-crusts-regulations-2012.en.txt") if f.kind == "reference"]
    for where in ("Regulation 2(1)", "Regulation 6(1)(b)", "Regulation 10(3)", "Regulation 11(1)",
                  "Regulation 17(1)", "Regulation 20(1)(e)", "Regulation 20(2)",
                  "Regulation 36(3)"):
        assert not [f for f in found if f.where == where], where
    # A reference really dropped still flags, in its words.
    assert [(f.old, f.new) for f in found if f.where == "Regulation 13(8)"] == [("paragraph 4", "")]


def test_unclos_spacing_and_ocr_letters_in_references_are_no_change():
    found = [f for f in corpus_flags("unclos-1982.en.txt", "unclos-1982.en.md")
             if f.kind == "reference"]
    for where in ("Article 220(8)", "Annex III, Article 13(6)(o)", "Annex IV, Article 7(2)",
                  "Annex III, Article 13(6)(a)"):
        assert not [f for f in found if f.where.startswith(where)], where
    # Another Part is cited: that stays.
    assert [(f.old, f.new) for f in found if f.where == "Article 142(3)"] == [
        ("Part XII", "Part XIII")]
# -- numbers, symbols, brackets and placeholders: what the review of the corpus found ---------

def test_bbnj_report_paragraph_numbers_with_a_un_tag_are_numbering():
    # The advance text glues "(ALL)24." into a merged paragraph that the final splits.
    found = corpus_flags("bbnj-prepcom-report-2026.advance.txt",
                         "bbnj-prepcom-report-2026.final.txt")
    assert not [f for f in found if f.kind == "number" and f.where.startswith("Annex II")]
    assert flags("Dates of meetings (ALL)24.The Chair shall decide on the dates.",
                 "Dates of meetings (ALL) The Chair shall decide on the dates.") == []


def test_bbnj_report_symbols_marks_and_dates_said_elsewhere_are_no_change():
    found = corpus_flags("bbnj-prepcom-report-2026.advance.txt",
                         "bbnj-prepcom-report-2026.final.txt")
    # "A/AC.296/2025/INF/4" + footnote mark 7, "A/AC.296/2025/1" + mark "a".
    assert not [f for f in found if f.kind == "reference"
                and (f.new.endswith(("INF/47", "/1a", "/2a")))]
    # "resolution 78/272 of 24 April 2024" moved within the paragraph: no date added.
    assert not [f for f in found if f.kind == "number" and f.where.startswith(
        ("Annex III", "Annex IV")) and f.new == "24 April 2024"]
    # ... nor is the date of a resolution dropped where the resolution is still cited by its
    # number ("resolution 78/272 [-of 24 April 2024-]", paragraph 1): the same text cited.
    assert ("Paragraph 1", "24 April 2024", "") not in [
        (f.where, f.old, f.new) for f in found if f.kind == "number"]


def test_a_running_header_inside_a_sentence_is_page_furniture():
    old = "The Commission took note of the report on the work of the meeting."
    new = "The Commission took note of the report on the work A/AC.296/2026/9 26-01234 24/64 of the meeting."
    assert flags(old, new) == []
    assert flags(new, old) == []


def test_unclos_cross_reference_lists_respaced_carry_no_number():
    found = corpus_flags("unclos-1982.en.txt", "unclos-1982.en.md")
    for where in ("Article 220(8)", "Annex III, Article 13(7)(b)"):
        assert not [f for f in found if f.kind == "number" and f.where == where], where
    assert flags("The provisions of paragraphs 3, 4, 5, 6and 7 also apply.",
                 "The provisions of paragraphs 3, 4, 5, 6 and 7 also apply.") == []
    assert flags("referred to in paragraphs 5(b) and 6(b), the quantity",
                 "referred to in paragraphs 5 (b) and 6 (b), the quantity") == []
    # A quantity after a list of references is still a quantity.
    assert flags("in paragraphs 3 and 4 within 30 days", "in paragraphs 3 and 4 within 60 days") \
        == [("number", "within 30 days", "within 60 days")]


def test_isa_regulations_volume_and_whole_expressions():
    found = corpus_flags("isa-crusts-regulations-2012.en.txt",
                         "isa-sulphides-regulations-2010.en.txt")
    numbers = {(f.where, f.old, f.new) for f in found if f.kind == "number"}
    # "vol. I" -> "vol. 1": the same volume.
    assert not [n for n in numbers if n[0] == "Regulation 2(3)" and n[2] == "1"]
    # The words a reader needs, whole.
    assert ("Regulation 12(1)", "", "10 kilometres by 10 kilometres") in numbers
    # The decision adopting each instrument (its meeting "181st" / "161st", its dates) is the
    # document's own data, not what it provides: no flags on the cover page.
    assert not [n for n in numbers if n[0] == "Front matter"]
    assert flags("at its 181st meeting", "at its 161st meeting") == [
        ("number", "181st", "161st")]
    # The Convention's date said again where the clause already says it: no date added.
    assert not [n for n in numbers if n[0] in ("Regulation 1(2)", "Annex 2, Section I(15)")]


def test_ordinals_and_counted_times_are_numbers():
    assert flags("until the twelfth year after approval", "until the tenth year after approval") \
        == [("number", "twelfth year", "tenth year")]
    assert flags("at its twenty-first session", "at its twenty-third session") == [
        ("number", "twenty-first", "twenty-third")]
    assert flags("Стороны проводят учения не реже одного раза в год.",
                 "Стороны проводят учения не реже двух раз в год.") == [
        ("number", "не реже одного раза", "не реже двух раз")]
    # "first" / "second" order things; they count before a unit, or a meeting or session (a
    # date in other words), but not inside a quoted title.
    assert flags("in the first paragraph", "in the second paragraph") == []
    assert flags("at its first session", "at its second session") == [
        ("number", "first", "second")]
    assert flags("item 4, entitled “Preparations for the first meeting”, was considered",
                 "item 4 was considered") == []


def test_labelled_alternatives_chosen_or_dropped():
    old = ("[Alt. 1: The Commission shall adopt the budget.] "
           "[Alt. 2: The Parties may adopt the budget.]")
    found = flags_for(diff_words(old, "The Commission shall adopt the budget."), "Article 1")
    assert [(f.kind, f.note) for f in found] == [("bracket", "alternative chosen: Alt. 1")]
    found = flags_for(diff_words("Budget. " + old, "Budget. [Alt. 1: The Commission shall adopt "
                                 "the budget.]"), "Article 1")
    assert [(f.kind, f.note) for f in found] == [("bracket", "alternative dropped: Alt. 2")]


def test_placeholders_filled_are_said_once_with_their_words():
    found = flags_for(diff_words("within ____ days after the request",
                                 "within 90 days after the request"), "Article 1")
    assert [(f.kind, f.new) for f in found] == [("placeholder", "within 90 days")]
    found = flags_for(diff_words("composed of [●] members elected",
                                 "composed of three members elected"), "Article 1")
    assert [(f.kind, f.new) for f in found] == [("placeholder", "three members")]
    assert flags("Место пребывания: [подлежит включению].", "Место пребывания: Кингстон.") == [
        ("placeholder", "[подлежит включению]", "Кингстон")]
# -- actors, modals and negations that say the same (issue 19, the corpus review) ------------

def test_bbnj_report_names_no_new_actor_where_only_the_words_for_it_changed():
    found = corpus_flags("bbnj-prepcom-report-2026.advance.txt",
                         "bbnj-prepcom-report-2026.final.txt")
    parties = {f.where for f in found if f.kind == "party"}
    for where in ("Paragraph 64",  # "the Global Environment Facility" -> "GEF"
                  "Annex I, Rule 47(4)",  # "the President [-of the Conference of the Parties-]"
                  "Annex I, Rule 47(5)",  # "Conference of [+the +]Parties"
                  "Annex II, Annex, paragraph 2",  # "... under the United Nations Convention"
                  "Annex V, paragraph 3.7(i)(ii)",  # "[-it-]{+the Secretary-General+} shall"
                  "Annex VIII, paragraph 12",  # "such a Party's" -> "each such Party's"
                  "Paragraph 34", "Paragraph 53"):  # an agenda item's title in quotes
        assert where not in parties, where


def test_bbnj_report_narrative_and_moved_modals_are_no_change_of_obligation():
    found = corpus_flags("bbnj-prepcom-report-2026.advance.txt",
                         "bbnj-prepcom-report-2026.final.txt")
    modals = [f for f in found if f.kind == "modal"]
    # "may" -> "might" in the report's narrative, "would" in an added footnote, "in order
    # that ... be taken" -> "so that ... can be taken", "it will" moved from a chapeau into
    # its point (a).
    assert not [f for f in modals if f.where in (
        "Paragraph 18", "Paragraph 59", "Paragraph 64", "Annex I, Rule 5(1)",
        "Annex IV, paragraph 2", "Annex IV, paragraph 2(a)")]


def test_unclos_ocr_slips_are_no_change():
    found = corpus_flags("unclos-1982.en.txt", "unclos-1982.en.md")
    # "inter alina", "ll States Parties", "ofthe Enterprise"; a resolution's title in capitals.
    assert not [f for f in found if f.kind in ("modal", "party") and f.where in (
        "Article 116(b)", "Article 156(2)", "Article 160(2)(c)", "Annex IX")]
    # A paragraph split otherwise: '"Contractor's development costs" means', '"Area",
    # "Authority" ... have the meanings' (terms defined, not actors).
    assert not [f for f in found if f.kind == "party" and f.where in (
        "Annex III, Article 13(6)(i)", "Annex IX, Article 8, ¶ 43")]
    # A real difference between the two texts still flags.
    assert [(f.old, f.new) for f in found if f.where == "Article 204(1)"] == [("States", "State")]


def test_isa_regulations_keep_their_real_actor_and_modal_changes_only():
    found = corpus_flags("isa-crusts-regulations-2012.en.txt",
                         "isa-sulphides-regulations-2010.en.txt")
    # "shall be in the form prescribed ..., [-shall be-] addressed to": one "shall" for both.
    assert not [f for f in found if f.kind == "modal" and f.where == "Regulation 3(2)"]
    # "the International Seabed Authority Council" -> "the Council": the same body.
    assert not [f for f in found if f.kind == "party" and f.where == "Regulation 2(3)"]
    assert ("party", "the Authority", "the Secretary-General") in [
        (f.kind, f.old, f.new) for f in found if f.where == "Regulation 2(2)"]
    assert ("modal", "may", "shall") in [
        (f.kind, f.old, f.new) for f in found if f.where == "Regulation 12(1)"]


def test_a_modal_moved_from_a_chapeau_into_its_point_is_no_change(tmp_path):
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text("Article 1\nVoting\n1. If all efforts to reach consensus have failed, the "
                   "Council will:\n(a) Take a decision by a two-thirds majority; and\n(b) Record "
                   "the votes cast.\n", encoding="utf-8")
    new.write_text("Article 1\nVoting\n1. If all efforts to reach consensus have failed:\n"
                   "(a) The Council will take a decision by a two-thirds majority; and\n"
                   "(b) Record the votes cast.\n", encoding="utf-8")
    comparison = compare(load_draft(old), load_draft(new))
    flags_found = [(f.kind, f.old, f.new) for pair in comparison.walk() for f in pair.flags]
    assert not [flag for flag in flags_found if flag[0] == "modal"], flags_found
    # A modal that leaves the chapeau for nowhere still flags.
    new.write_text("Article 1\nVoting\n1. If all efforts to reach consensus have failed:\n"
                   "(a) The Council takes a decision by a two-thirds majority; and\n"
                   "(b) Record the votes cast.\n", encoding="utf-8")
    comparison = compare(load_draft(old), load_draft(new))
    assert ("modal", "will", "") in [(f.kind, f.old, f.new) for pair in comparison.walk()
                                     for f in pair.flags]


def test_what_a_negotiator_reads_as_a_change_of_actor_or_obligation_still_flags():
    assert flags("The Parties shall consult.", "Each Party shall consult.") == [
        ("party", "The Parties", "Each Party")]
    assert flags("NATO shall notify the host State.", "The Alliance shall notify the host State.") \
        == [("party", "NATO", "The Alliance")]
    assert flags("the requesting State shall bear the costs.",
                 "the receiving State shall bear the costs.") == [
        ("party", "the requesting State", "the receiving State")]
    assert flags("The Party shall notify the Council.", "The Party would notify the Council.") == [
        ("modal", "shall", "would")]
    assert ("modal", "shall not", "shall") in flags(
        "The term shall not be more than three years.", "The term shall be more than three years.")
    assert flags("Les Parties doivent notifier le dépositaire.",
                 "Les Parties peuvent notifier le dépositaire.") == [("modal", "doivent", "peuvent")]
    assert flags("Стороны обязуются уведомлять депозитария.",
                 "Сторонам следует уведомлять депозитария.") == [("modal", "обязуются", "следует")]


def test_isa_references_that_follow_a_paragraph_renumbering_are_no_change():
    """Regulation 27: "in accordance with paragraph 1/2 of this regulation" cites the same
    paragraph, which the other instrument numbers otherwise."""
    for old, new in (("isa-crusts-regulations-2012.en.txt", "isa-sulphides-regulations-2010.en.txt"),
                     ("isa-sulphides-regulations-2010.en.txt", "isa-crusts-regulations-2012.en.txt")):
        found = corpus_flags(old, new)
        assert not [f for f in found if f.kind == "reference"
                    and f.where.startswith("Regulation 27")], old


def test_a_reports_cover_page_and_title_carry_no_flags():
    """The edition's date, symbol and job number change with every edition: the diff shows
    them, no flag does."""
    for old, new in (("bbnj-prepcom-report-2026.advance.txt", "bbnj-prepcom-report-2026.final.txt"),
                     ("isa-crusts-regulations-2012.en.txt", "isa-sulphides-regulations-2010.en.txt")):
        found = corpus_flags(old, new)
        assert not [f for f in found if f.where in ("Front matter", "Title")], old


def test_un_report_citations_in_its_footnotes_and_moved_within_a_clause_are_not_flagged():
    found = corpus_flags("bbnj-prepcom-report-2026.advance.txt",
                         "bbnj-prepcom-report-2026.final.txt")
    for where in ("Annex III, paragraph 2", "Annex IV, paragraph 2(b)",
                  "Annex VII, paragraph 1(d)", "Annex III, ¶ 1", "Annex IV, ¶ 1"):
        assert not [f for f in found if f.where == where and f.kind == "reference"], where
    # "CRP.3/ Rev.1" set apart by the export is the same symbol as "CRP.3/Rev.1".
    assert not [f for f in found if f.new.endswith("CRP.3/Rev.1") and not f.old]


def test_the_entries_of_a_list_of_documents_carry_no_flags():
    """The UN report's Annex XI in the PDFs: a table of symbols and titles whose cells the
    two editions pair otherwise ("A/AC.296/2025/1 -> A/AC.296/2025/8")."""
    found = corpus_flags("bbnj-prepcom-report-2026.advance.pdf",
                         "bbnj-prepcom-report-2026.final.pdf")
    assert not [f for f in found if f.where.startswith("Annex XI")]
    # The body's corrected citations are still flagged.
    assert ("Paragraph 61", "A/AC.296/2025/2", "A/AC.296/2026/2") in {
        (f.where, f.old, f.new) for f in found}


def test_words_moved_between_a_paragraph_and_its_own_removed_paragraph_are_no_change():
    """The PDF editions of the UN report cut paragraph 57 otherwise: the sentence on
    Paraguay's statement stands in the paragraph on one side and in a paragraph of it, marked
    removed, on the other. Its actor is no actor added (the sixth corpus reading)."""
    found = corpus_flags("bbnj-prepcom-report-2026.advance.pdf",
                         "bbnj-prepcom-report-2026.final.pdf")
    assert not [f for f in found if f.where == "Paragraph 57" and f.kind == "party"]
    # A clause's flags that no paragraph of it explains stay (the report's other changes).
    assert [f for f in found if f.kind == "reference" and f.where == "Paragraph 61"]


def test_a_sentence_two_editions_cut_otherwise_adds_or_drops_no_actor():
    """The ISA regulations cut annex 3's definition of the exploration area otherwise (one
    clause in one, the end of one and the start of the next in the other): "the Contractor"
    is neither removed nor added (the sixth corpus reading)."""
    found = corpus_flags("isa-crusts-regulations-2012.en.txt",
                         "isa-sulphides-regulations-2010.en.txt")
    assert not [f for f in found if f.where == "Annex 3, ¶ 2" and f.kind == "party"]
    back = corpus_flags("isa-sulphides-regulations-2010.en.txt",
                        "isa-crusts-regulations-2012.en.txt")
    assert not [f for f in back if f.where == "Annex III, paragraph 2" and f.kind == "party"]
