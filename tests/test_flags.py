"""Substantive flags: what a negotiator reads first, found in each pair's word diff.

Each test takes two versions of a clause, diffs them as the engine does and reads the flags;
the sample drafts' substantive changes (resources/samples/CHANGES.md) must all be flagged.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clausewise.core.compare import compare
from clausewise.core.diff import diff_words
from clausewise.core.flags import flags_for
from clausewise.core.result import FLAG_KINDS
from clausewise.drafts import load_draft

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def flags(old: str, new: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.old, f.new) for f in flags_for(diff_words(old, new), "Article 1")]


def kinds(old: str, new: str) -> set[str]:
    return {kind for kind, _, _ in flags(old, new)}


def test_a_modal_verb_that_weakens_is_flagged_with_its_words():
    assert flags("Each Party shall endeavour to notify the other Party.",
                 "Each Party should endeavour to notify the other Party.") == [
        ("modal", "shall", "should")]


def test_shall_not_becoming_shall_is_a_modal_change_and_a_negation_removed():
    assert kinds("The Parties shall not disclose such information.",
                 "The Parties shall disclose such information.") == {"modal", "negation"}


def test_french_and_russian_modals():
    assert kinds("Chaque Partie doit notifier le dépositaire.",
                 "Chaque Partie peut notifier le dépositaire.") == {"modal"}
    assert kinds("Стороны обязуются информировать друг друга.",
                 "Сторонам следует информировать друг друга.") >= {"modal"}


def test_a_number_in_words_that_becomes_digits_is_flagged_only_when_its_value_changes():
    assert flags("within thirty days of the request", "within 60 days of the request") == [
        ("number", "within thirty days", "within 60 days")]
    assert flags("within thirty days of the request", "within 30 days of the request") == []
    assert flags("within thirty (30) days", "within thirty days") == []


def test_dates_percentages_and_amounts():
    assert kinds("Done at Nordhavn, on 12 February 2024.", "Done at Nordhavn, on 18 June 2024.") \
        == {"number"}
    assert kinds("a reduction of 15 per cent", "a reduction of 20 per cent") == {"number"}
    assert kinds("a fee of $500,000", "a fee of $250,000") == {"number"}
    assert kinds("un délai de trente jours", "un délai de soixante jours") == {"number"}
    assert kinds("в течение тридцати дней", "в течение 60 дней") == {"number"}


def test_russian_hundreds_and_teens_in_words_are_read_with_their_scale():
    # "пятисот тысяч" is 500,000 (it used to be read as "тысяч" alone: a false flag).
    assert kinds("Сумма не превышает пятисот тысяч долларов США.",
                 "Сумма не превышает 500 000 долларов США.") == set()
    assert kinds("Сумма не превышает пятисот тысяч долларов США.",
                 "Сумма не превышает 600 000 долларов США.") == {"number"}
    assert kinds("в течение двухсот сорока дней", "в течение 240 дней") == set()
    assert kinds("в течение семидесяти дней", "в течение восьмидесяти дней") == {"number"}
    assert kinds("не позднее семнадцати месяцев", "не позднее 17 месяцев") == set()


def test_a_party_or_actor_that_changes():
    assert flags("The Parties shall consult.", "Each Party shall consult.") == [
        ("party", "The Parties", "Each Party")]
    assert kinds("upon request of NATO", "upon request of the Alliance") == {"party"}
    assert kinds("the requesting Party shall inform", "the receiving Party shall inform") == {
        "party"}


def test_brackets_opened_closed_and_alternatives():
    closed = flags_for(diff_words("The Parties shall meet [at least once a year].",
                                  "The Parties shall meet at least once a year."), "Article 5")
    assert [(f.kind, f.note) for f in closed] == [
        ("bracket", "brackets removed (agreed): at least once a year")]
    chosen = flags_for(diff_words("The Parties [shall/should] consult.",
                                  "The Parties shall consult."), "Article 5")
    assert [(f.kind, f.old, f.new, f.note) for f in chosen] == [
        ("bracket", "[shall/should]", "shall", "alternative chosen: shall")]
    assert kinds("The Parties shall consult.", "The Parties [shall/should] consult.") == {
        "bracket"}
    assert kinds("The Parties [shall/should/may] consult.",
                 "The Parties [shall/should] consult.") == {"bracket"}


def test_placeholders_filled_in_or_added():
    filled = flags_for(diff_words("This Agreement shall enter into force [to be inserted].",
                                  "This Agreement shall enter into force on 1 July 2025."), "X")
    # The figure that fills a placeholder is said once, by the placeholder's flag.
    assert [(f.kind, f.new, f.note) for f in filled] == [
        ("placeholder", "on 1 July 2025", "placeholder filled in: on 1 July 2025")]
    assert kinds("The fee shall be [TBC].", "The fee shall be [TBC]. ") == set()
    assert kinds("The seat shall be in Nordhavn.", "The seat shall be in [●].") == {"placeholder"}


def test_nothing_flags_on_spacing_quotes_case_punctuation_or_plain_rewording():
    assert flags("The Parties shall  “consult” each other.",
                 'The Parties shall "consult" each other.') == []
    assert flags("The Parties shall consult each other;", "The Parties shall consult each other.") \
        == []
    assert flags("Shall the Parties agree", "shall the Parties agree") == []
    assert flags("favourable consideration to requests", "priority consideration to requests") \
        == []


def test_a_renumbered_cross_reference_is_no_flag_but_one_that_now_cites_another_is(tmp_path):
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text("Article 1\nScope\nThe Parties shall apply Article 3.\n\n"
                   "Article 2\nUse\nSee Article 1.\n\nArticle 3\nEnd\nThe end.\n", encoding="utf-8")
    new.write_text("Article 1\nScope\nThe Parties shall apply Article 2.\n\n"
                   "Article 2\nUse\nSee Article 1.\n\nArticle 3\nEnd\nThe end.\n", encoding="utf-8")
    comparison = compare(load_draft(old), load_draft(new))
    found = [(f.kind, f.old, f.new, f.where) for p in comparison.walk() for f in p.flags]
    assert found == [("reference", "Article 3", "Article 2", "Article 1")]


def test_flags_point_at_the_words_in_the_newer_text():
    old = "Each Party shall notify the depositary within thirty days."
    new = "Each Party may notify the depositary within ninety days."
    found = flags_for(diff_words(old, new), "Article 9(2)")
    assert [(f.kind, new[f.start:f.end], f.where) for f in found] == [
        ("modal", "may", "Article 9(2)"), ("number", "within ninety days", "Article 9(2)")]


def _sample_flags(old: str, new: str) -> dict[str, set[tuple[str, str, str]]]:
    comparison = compare(load_draft(SAMPLES / old), load_draft(SAMPLES / new))
    found: dict[str, set[tuple[str, str, str]]] = {}
    for pair in comparison.walk():
        for flag in pair.flags:
            found.setdefault(flag.where, set()).add((flag.kind, flag.old, flag.new))
    return found


def test_every_substantive_change_of_changes_md_is_flagged_draft1_to_draft2():
    # The rows of CHANGES.md that change an obligation's strength or a number.
    found = _sample_flags("security-agreement-draft1.txt", "security-agreement-draft2.txt")
    expected = {
        "Article 7(2)": ("modal", "shall", "should"),
        "Article 7(5)": ("modal", "shall", "should"),
        "Article 8(2)": ("number", "within twenty-four hours", "within twelve hours"),
        "Article 10(7)": ("modal", "shall", "should"),
        "Article 15(3)": ("modal", "shall", "should"),
        "Article 18(2)": ("number", "within six months", "within three months"),
        # The paragraph moved into another article: its duty now covers all information.
        "Article 14(5)": ("reference", "this Article", "this Agreement"),
    }
    for where, flag in expected.items():
        assert flag in found.get(where, set()), where
    # Renumbered cross-references that follow the renumbering are no flags.
    assert [where for where, flags in found.items() for kind, _, _ in flags
            if kind == "reference"] == ["Article 14(5)"]


def test_every_substantive_change_of_changes_md_is_flagged_draft2_to_draft3():
    found = _sample_flags("security-agreement-draft2.txt", "security-agreement-draft3.txt")
    expected = {
        "Article 14(3)": ("modal", "should", "shall"),
        "Article 19(3)": ("number", "twelve months", "six months"),
        "Final clauses": ("number", "12 February 2024", "18 June 2024"),
    }
    for where, flag in expected.items():
        assert flag in found.get(where, set()), where
    assert sum(len(flags) for flags in found.values()) == len(expected)


def test_flags_are_in_the_json_and_the_same_in_every_process():
    outputs = set()
    for seed in ("0", "1", "4242"):
        done = subprocess.run(
            [sys.executable, "-m", "clausewise.cli", "compare",
             str(SAMPLES / "security-agreement-draft1.txt"),
             str(SAMPLES / "security-agreement-draft2.txt"), "--json"],
            capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.add(done.stdout)
    assert len(outputs) == 1
    data = json.loads(outputs.pop())

    def walk(pairs):
        for pair in pairs:
            yield pair
            yield from walk(pair["children"])

    flagged = [flag for pair in walk(data["pairs"]) for flag in pair["flags"]]
    assert {"kind": "modal", "old": "shall", "new": "should", "where": "Article 7(2)"}.items() \
        <= flagged[0].items()
    assert all(set(flag) == {"kind", "old", "new", "where", "start", "end", "note"}
               for flag in flagged)


@pytest.mark.parametrize("name", ["draft1", "draft2", "draft3"])
def test_a_draft_compared_with_itself_has_no_flags(name):
    path = SAMPLES / f"security-agreement-{name}.txt"
    comparison = compare(load_draft(path), load_draft(path))
    assert [f for p in comparison.walk() for f in p.flags] == []


def test_the_cli_summary_opens_with_the_substantive_changes_grouped_by_kind():
    done = subprocess.run(
        [sys.executable, "-m", "clausewise.cli", "compare",
         str(SAMPLES / "security-agreement-draft1.txt"),
         str(SAMPLES / "security-agreement-draft2.txt")],
        capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    start = lines.index("Substantive changes (7):")
    assert lines[start - 1].startswith("Changes: ")
    block = lines[start:start + 12]
    assert "    Article 14(5): this Article → this Agreement" in block
    assert block[1:3] == ["  Strength of obligation:", "    Article 7(2): shall → should"]
    assert "    Article 8(2): within twenty-four hours → within twelve hours" in block
    assert block.index("  Strength of obligation:") < block.index("  Numbers, dates and periods:")


def _flags_of_drafts(tmp_path, old_text: str, new_text: str):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(old_text, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    comparison = compare(load_draft(old), load_draft(new))
    return [(f.kind, f.old, f.new, f.where) for p in comparison.walk() for f in p.flags]


def test_a_reference_added_beside_one_that_follows_the_renumbering(tmp_path):
    common = "Article 2\nUse\nThe Parties shall cooperate.\n\n"
    old = ("Article 1\nScope\nAs provided in Article 2 and Annex I.\n\n" + common
           + "Article 3\nEnd\nThe end.\n")
    new = ("Article 1\nScope\nAs provided in Article 3, Article 4 and Annex 1.\n\n"
           "Article 2\nNew\nA new article on reporting.\n\n" + common.replace("Article 2", "Article 3")
           + "Article 4\nEnd\nThe end.\n")
    found = _flags_of_drafts(tmp_path, old, new)
    # "Article 2" -> "Article 3" follows the renumbering, "Annex I" -> "Annex 1" is the same
    # annex written in Arabic: only "Article 4" is a new citation.
    assert found == [("reference", "", "Article 4", "Article 1")]


def test_a_stale_reference_is_a_note_and_a_flag(tmp_path):
    old = ("Article 1\nScope\nDisputes are settled under Article 2.\n\n"
           "Article 2\nDisputes\nBy negotiation.\n")
    new = ("Article 1\nScope\nDisputes are settled under Article 2.\n\n"
           "Article 2\nNew\nA new article on reporting.\n\n"
           "Article 3\nDisputes\nBy negotiation.\n")
    old_path, new_path = tmp_path / "o.txt", tmp_path / "n.txt"
    old_path.write_text(old, encoding="utf-8")
    new_path.write_text(new, encoding="utf-8")
    comparison = compare(load_draft(old_path), load_draft(new_path))
    scope = next(p for p in comparison.pairs if p.right_citations == ["Article 1"])
    assert scope.notes and "check the cross-reference" in scope.notes[0]
    assert [(f.kind, f.old, f.new, f.note) for f in scope.flags] == [
        ("reference", "Article 2", "Article 2", scope.notes[0])]


def test_words_only_moved_within_the_clause_do_not_flag():
    assert flags("The Preparatory Commission shall adopt its report at the end of the session.",
                 "At the end of the session, the Preparatory Commission shall adopt its report.") \
        == []
    assert flags("Within 30 days, the Secretariat shall circulate the report.",
                 "The Secretariat shall circulate the report within 30 days.") == []


_WORDS = st.sampled_from([
    "shall", "should", "may", "not", "no", "the", "Parties", "each", "Party", "thirty", "30",
    "days", "(30)", "[shall/should]", "[", "]", "[...]", "[TBC]", "____", "Article", "7", "9",
    "Annex", "II", "within", "at least", "NATO", "Council", "doit", "peut", "ne", "pas",
    "Сторона", "обязуется", "не", "тридцати", "дней", "航行", "إشعار", "Ειδοποίηση", "per cent",
    "%", "$", "1,000", "12 February 2024", ",", ".", "\n", "  ", "’", "“", "non-", "inter alia"])
_TEXTS = st.lists(_WORDS, max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _TEXTS)
def test_any_pair_of_texts_gives_flags_that_point_inside_the_newer_text(old, new):
    diff = diff_words(old, new)
    found = flags_for(diff, "Article 1")
    assert found == flags_for(diff, "Article 1")  # the same every time
    rebuilt = "".join(text for op, text in diff if op != "-")
    for flag in found:
        assert flag.kind in FLAG_KINDS and flag.where == "Article 1"
        if flag.start is not None:
            assert 0 <= flag.start <= flag.end <= len(rebuilt)


def test_a_split_paragraphs_flag_is_cited_by_the_paragraph_its_words_stand_in(tmp_path):
    old = ("Article 1\nScope\n1. This Agreement applies to the Area.\n\n"
           "Article 2\nMeetings\n1. The Parties shall meet once a year and the Secretariat "
           "shall convene the meeting within thirty days of a request by a Party; the meeting "
           "shall adopt its rules of procedure by consensus.\n")
    new = ("Article 1\nScope\n1. This Agreement applies to the Area.\n\n"
           "Article 2\nMeetings\n1. The Parties shall meet once a year.\n2. The Secretariat "
           "shall convene the meeting within sixty days of a request by a Party.\n3. The "
           "meeting shall adopt its rules of procedure by consensus.\n")
    assert _flags_of_drafts(tmp_path, old, new) == [
        ("number", "within thirty days", "within sixty days", "Article 2(2)")]


def test_figures_with_a_scale_word_ranks_and_comparators_read_as_negotiators_read_them():
    assert flags("a fee of USD 1.5 million", "a fee of USD 1,500,000") == []
    assert flags("a fee of USD 1.5 million", "a fee of USD 2 million") == [
        ("number", "USD 1.5 million", "USD 2 million")]  # (the currency said with the figure)
    # "1st" orders a session as "first" does; "161st" counts.
    assert flags("at its first session", "at its 1st session") == []
    assert flags("at its 161st meeting", "at its 181st meeting") == [
        ("number", "161st", "181st")]
    assert flags("shall not be less than 30 days", "shall be at least 30 days") == []


def test_a_placeholder_put_in_place_of_words_says_which_words_it_leaves_open():
    found = flags_for(diff_words("The guarantee shall be 1 million United States dollars.",
                                 "The guarantee shall be [...] United States dollars."), "x")
    assert [(f.kind, f.old, f.new, f.note) for f in found] == [
        ("placeholder", "1 million", "[...]", "placeholder added: [...]")]


def test_a_citation_of_another_text_moved_within_the_clause_is_none_added():
    old = ("The Commission, established by General Assembly resolution 78/272 of 24 April "
           "2024, shall prepare for the first meeting of the Conference of the Parties.")
    new = ("The Commission for the Entry into Force of the Agreement, established by the "
           "General Assembly in its resolution 78/272 of 24 April 2024, shall prepare for the "
           "first meeting of the Conference of the Parties.")
    assert [kind for kind, _, _ in flags(old, new)] == []
    # ... while one really added is.
    assert ("reference", "", "resolution 79/110") in flags(
        old, old.replace("shall prepare", "shall, as requested in resolution 79/110, prepare"))


def test_a_limit_said_as_not_exceed_is_the_same_limit():
    assert flags("The area shall be not more than 500 square kilometres.",
                 "The area shall not exceed 500 square kilometres.") == []
    assert flags("The area shall not exceed 500 square kilometres.",
                 "The area shall not exceed 300 square kilometres.") == [
        ("number", "not exceed 500 square kilometres", "not exceed 300 square kilometres")]
    # An exact figure that becomes a ceiling is a change of the number.
    assert ("number", "500 square kilometres", "not exceed 500 square kilometres") in flags(
        "The area shall be 500 square kilometres.",
        "The area shall not exceed 500 square kilometres.")


def test_a_list_of_documents_is_kept_up_to_date_without_flags(tmp_path):
    body = ("Article 1\nScope\nThis Agreement applies to the Area, as set out in document "
            "A/AC.296/2025/1.\n\nAnnex I\nList of documents\n\n")
    entries = [f"A/AC.296/2025/{n} Document number {n} of the session" for n in range(1, 8)]
    old = body + "\n\n".join(entries) + "\n"
    new = (body.replace("2025/1.", "2025/2.")
           + "\n\n".join(entry.replace("2025/3 ", "2025/9 ") for entry in entries) + "\n")
    # The article's citation changed: flagged; the list's entry: the diff shows it.
    assert _flags_of_drafts(tmp_path, old, new) == [
        ("reference", "A/AC.296/2025/1", "A/AC.296/2025/2", "Article 1")]


def test_words_that_only_moved_to_a_neighbouring_paragraph_are_no_change(tmp_path):
    """Two editions cut the same text into other paragraphs: a sentence read as added to one
    and removed from its neighbour is neither."""
    moving = "The Secretariat shall not disclose the information to any third party."
    old = ("Article 1\nConfidentiality\n1. Each Party shall protect the information it "
           f"receives. {moving}\n2. The Parties shall consult each other on any breach.\n")
    new = ("Article 1\nConfidentiality\n1. Each Party shall protect the information it "
           f"receives.\n2. {moving} The Parties shall consult each other on any breach.\n")
    assert _flags_of_drafts(tmp_path, old, new) == []
    # ... while a sentence really added is flagged.
    added = new.replace("any breach.", "any breach. The depositary shall not be informed.")
    assert sorted((kind, old_words, new_words) for kind, old_words, new_words, _ in
                  _flags_of_drafts(tmp_path, old, added)) == [
        ("modal", "", "shall not"), ("negation", "", "not"), ("party", "", "The depositary")]


def test_a_page_header_or_number_on_a_line_of_its_own_is_no_change():
    """A text export leaves a page's header ("A/AC.296/2026/9") or number ("Page 14") on a line
    inside a paragraph: furniture, not a reference or a number of substance."""
    adopted = "The report shall be adopted. It shall be published."
    for furniture in ("A/AC.296/2026/9", "Page 14", "- 14 -", "14"):
        assert flags(adopted.replace(" It", f"\n{furniture}\nIt"), adopted) == []
    assert flags(f"{adopted}\nA/AC.296/2026/9", adopted) == []
    # ... but a figure or a citation that only wraps onto its own line is still one.
    assert kinds("at least\n14\ndays before", "at least\n15\ndays before") == {"number"}
    assert kinds("shall take account of\nA/AC.296/2026/9",
                 "shall take account of\nA/AC.296/2026/10") == {"reference"}


def test_neither_party_becoming_either_party_is_the_negation_alone():
    assert flags("Neither Party shall station forces there.",
                 "Either Party may station forces there.") == [
        ("negation", "Neither", ""), ("modal", "shall", "may")]


def test_the_first_article_named_in_french_words_is_article_1(tmp_path):
    def drafts(cited: str) -> str:
        return (f"Article 3\nDéfinitions\nLes définitions figurant à l’article {cited} "
                "s’appliquent au présent règlement.\n")
    assert _flags_of_drafts(tmp_path, drafts("premier"), drafts("1")) == []
    assert [flag[0] for flag in _flags_of_drafts(tmp_path, drafts("premier"), drafts("2"))] \
        == ["reference"]


def test_the_under_secretary_general_is_another_office_than_the_secretary_general():
    assert flags("The report shall be presented by the Under-Secretary-General.",
                 "The report shall be presented by the Secretary-General.") == [
        ("party", "Under-Secretary-General", "the Secretary-General")]
    # ... and a text export's line break inside the title changes nothing.
    assert flags("the then-Under-Secretary-General for Legal Affairs spoke",
                 "the then-Under-Secretary- General for Legal Affairs spoke") == []


def test_short_alternatives_side_by_side_with_a_space_are_alternatives():
    assert flags("2. Совместная комиссия [может учреждать] [учреждает] рабочие группы.",
                 "2. Совместная комиссия учреждает рабочие группы.") == [
        ("bracket", "[может учреждать][учреждает]", "учреждает")]
    assert flags("The Authority shall publish the guidelines.",
                 "The Authority [shall] [should] publish the guidelines.") == [
        ("bracket", "shall", "[shall] [should]")]
    # Two long bracketed texts side by side are read word by word.
    assert flags("[Alt. 1: The Commission shall approve the budget.] [Alt. 2: The Parties may "
                 "approve the budget.]", "[Alt. 1: The Commission must approve the budget.] "
                 "[Alt. 2: The Parties may approve the budget.]") == [("modal", "shall", "must")]


def test_french_and_russian_negative_words_and_the_expletive_ne():
    # "Rien ... ne" and "Aucune disposition ... ne" negate alike; "Никакая" is "Ни одна из".
    assert flags("Aucune disposition du présent Accord ne porte atteinte aux droits.",
                 "Rien dans le présent Accord ne porte atteinte aux droits.") == []
    assert flags("Ни одна из Сторон не вправе передавать такую информацию.",
                 "Никакая Сторона не вправе передавать такую информацию.") == []
    assert kinds("Никакая Сторона не вправе передавать информацию.",
                 "Каждая Сторона вправе передавать информацию.") >= {"negation"}
    # "avant que ... ne soit": an expletive "ne", no negation; with "pas", one.
    before = "Les mesures sont prises avant que l’activité soit autorisée."
    assert flags(before, before.replace("soit", "ne soit")) == []
    assert kinds(before, before.replace("soit", "ne soit pas")) == {"negation"}


def test_quotes_and_case_alone_and_a_un_job_slug_are_no_change():
    assert flags('(c) "Sponsoring State" means a State which sponsors an application;',
                 "(c) “sponsoring State” means a State which sponsors an application;") == []
    assert flags("The costs shall be borne by the host Party.",
                 "The costs shall be borne 24-18832 (E) 051224 by the host Party.") == []


def test_both_and_all_name_the_parties_as_the_does():
    assert flags("The Parties shall consult each other without delay.",
                 "Both Parties shall consult each other without delay.") == []
    assert flags("Les Parties se consultent.", "Toutes les Parties se consultent.") == []
    assert kinds("The Parties shall consult each other.",
                 "Each Party shall consult the other.") == {"party"}


def test_a_french_subparagraph_cited_by_its_letter_and_a_bracket(tmp_path):
    def drafts(point: str) -> str:
        return (f"Article 3\nRéexamen\n1. Les décisions visées à l’alinéa {point} du paragraphe 1 "
                "sont réexaminées périodiquement.\n")
    assert [flag[:3] for flag in _flags_of_drafts(tmp_path, drafts("a)"), drafts("c)"))] == [
        ("reference", "alinéa a)", "alinéa c)")]
    assert _flags_of_drafts(tmp_path, drafts("a)"), drafts("(a)")) == []


def test_french_bodies_and_signatories_are_actors():
    assert flags("L’Organe scientifique et technique examine les propositions.",
                 "Le secrétariat examine les propositions.") == [
        ("party", "L’Organe scientifique et technique", "Le secrétariat")]
    assert kinds("Le secrétariat le transmet à toutes les Parties.",
                 "Le secrétariat le transmet à toutes les Parties et aux signataires.") == {"party"}


def test_ordinals_in_french_russian_and_long_english_words():
    assert kinds("La Conférence adopte, à sa première réunion, le règlement.",
                 "La Conférence adopte, à sa deuxième réunion, le règlement.") == {"number"}
    assert kinds("Соглашение вступает в силу на тридцатый день после сдачи.",
                 "Соглашение вступает в силу на шестидесятый день после сдачи.") == {"number"}
    assert flags("on the one hundred and twentieth day after the deposit",
                 "on the 120th day after the deposit") == []
    assert kinds("on the one hundred and twentieth day after the deposit",
                 "on the 121st day after the deposit") == {"number"}


def test_russian_and_french_thresholds_said_in_other_words():
    assert flags("Комитет собирается по меньшей мере один раз в год.",
                 "Комитет собирается не реже одного раза в год.") == []
    assert flags("Решения принимаются большинством не менее чем в две трети голосов.",
                 "Решения принимаются большинством, составляющим по меньшей мере две трети "
                 "голосов.") == []
    assert flags("Фонд составляет 1 000 000 долларов США.", "Фонд составляет 1 млн долларов США.") \
        == []
    assert kinds("Фонд составляет 1 000 000 долларов США.",
                 "Фонд составляет 1 млрд долларов США.") == {"number"}


def test_brackets_around_a_placeholder_filled_in_stay_as_they_were():
    older = ("The reserve shall be maintained. [The reserve shall be replenished from [...].]")
    newer = ("The reserve shall be maintained. [The reserve shall be replenished from the "
             "unspent balance.]")
    assert flags(older, newer) == [("placeholder", "[...]", "the unspent balance")]
    assert [kind for kind, _, _ in flags(newer, older)] == ["placeholder"]


def test_one_choice_left_in_brackets_drops_the_others():
    assert flags("La Conférence se réunit [chaque année/tous les deux ans].",
                 "La Conférence se réunit [tous les deux ans].") == [
        ("bracket", "[chaque année/tous les deux ans]", "[tous les deux ans]")]
    assert [flag.note for flag in flags_for(diff_words(
        "La Conférence se réunit [tous les deux ans].",
        "La Conférence se réunit [chaque année/tous les deux ans]."), "Article 1")] == [
        "alternative added: chaque année"]


def test_a_placeholder_with_a_few_words_beside_it_says_which_words_it_leaves_open():
    assert flags("The Commission shall meet alternately in the capitals of the Parties.",
                 "The Commission shall meet alternately in Nordby and [to be inserted].") == [
        ("placeholder", "the capitals of the Parties", "[to be inserted]")]


def test_a_prohibition_turned_passive_with_the_no_on_its_subject_is_the_same():
    older = ("10.2 The contractor shall not claim any right to the resources of the Area other "
             "than those granted under this contract.")
    newer = ("10.2 No right to the resources of the Area other than those granted under this "
             "contract shall be claimed by the contractor.")
    assert flags(older, newer) == []
    assert kinds(older, newer.replace("No right", "Any right")) >= {"negation"}


def test_one_negation_said_otherwise_is_no_change():
    assert flags("Nothing in this Agreement shall prejudice the rights of States.",
                 "This Agreement shall not prejudice the rights of States.") == []
    assert flags("the participation did not affect nor prejudice the legal status",
                 "the participation did not affect or prejudice the legal status") == []
    assert flags("Aucune réserve ni exception ne peut être faite au présent Accord.",
                 "Il ne peut être fait de réserves ni d’exceptions au présent Accord.") == []
    assert flags("Ничто в настоящем Соглашении не толкуется как ограничивающее право Сторон.",
                 "Настоящее Соглашение не толкуется как ограничивающее право Сторон.") == []
    # ... while "without prejudice" stays no negation at all.
    assert flags("This is without prejudice to the rights of States.",
                 "This is without prejudice to the rights of all States.") == []


def test_actors_that_swap_roles_are_a_change_but_a_list_reordered_is_not():
    assert kinds("The decision shall be taken by the President after consultation with the "
                 "Bureau.", "The decision shall be taken by the Bureau after consultation with "
                 "the President.") == {"party"}
    assert flags("The arrangements shall be made known to the Parties and to observers.",
                 "The arrangements shall be made known to observers and to the Parties.") == []


def test_furniture_and_dates_of_documents_cited_are_no_change():
    assert flags("the first meeting of the Conference of the Parties. Other delegations",
                 "the first meeting of the Conference of the A/AC.296/2026/9 26-04512 17/62 "
                 "Parties. Other delegations") == []
    assert flags("Taking note of the report of the Secretary-General of 12 March 2025 on oceans,",
                 "Taking note of the report of the Secretary-General of 14 March 2025 on oceans,") \
        == []
    assert flags("La superficie de chaque bloc ne dépasse pas 1 000 kilomètres carrés.",
                 "La superficie de chaque bloc ne dépasse pas 1000 km².") == []


def test_french_and_russian_wording_that_says_the_same():
    assert flags("Les Parties consultent, selon qu’il convient, les peuples autochtones.",
                 "Les Parties consultent, le cas échéant, les peuples autochtones.") == []
    assert flags("Любая Сторона может запросить проведение консультаций.",
                 "Любая Сторона вправе запросить проведение консультаций.") == []
    assert flags("The contractor shall provide such data as the Commission may require.",
                 "The contractor shall provide such data as may be required by the Commission.") \
        == []
    assert flags("Луна и другие небесные тела используются государствами исключительно в мирных "
                 "целях.", "Государствами Луна и другие небесные тела используются исключительно "
                 "в мирных целях.") == []


def test_more_french_and_russian_actors_and_placeholders():
    assert flags("2. Le Président, agissant en consultation avec le Bureau, peut convoquer une "
                 "réunion.", "2. Le Secrétaire exécutif, agissant en consultation avec le Bureau, "
                 "peut convoquer une réunion.") == [
        ("party", "Le Président", "Le Secrétaire exécutif")]
    assert flags("Les Parties développées versent des contributions.",
                 "Les Parties versent des contributions.") == [
        ("party", "Les Parties développées", "Les Parties")]
    assert flags("Заявка содержит заявление поручившегося государства, что заявитель "
                 "располагает ресурсами.", "Заявка содержит заявление заявителя, что он "
                 "располагает ресурсами.") == [
        ("party", "поручившегося государства", "заявителя")]
    assert kinds("Стороны обеспечивают доступ к знаниям коренных народов и местных общин.",
                 "Стороны обеспечивают доступ к знаниям коренных народов.") == {"party"}
    assert flags("Комитет представляет свой доклад Конференции Сторон.",
                 "Комитет представляет свой доклад Конференции Сторон [уточняется].") == [
        ("placeholder", "", "[уточняется]")]
    assert [kind for kind, _, _ in flags(
        "Соглашение открыто для подписания в [место подлежит включению] с 20 сентября.",
        "Соглашение открыто для подписания в Нью-Йорке с 20 сентября.")] == ["placeholder"]


def test_a_russian_subparagraph_cited_by_its_letter_in_quotes(tmp_path):
    def drafts(letter: str) -> str:
        return (f"Статья 5\nПовестка\n1. Комиссия готовит повестку дня консультаций, "
                f"предусмотренных подпунктом «{letter}» пункта 2 настоящей статьи.\n")
    assert [flag[:3] for flag in _flags_of_drafts(tmp_path, drafts("а"), drafts("б"))] == [
        ("reference", "подпунктом «а»", "подпунктом «б»")]


def test_the_cli_names_the_passages_rewritten_at_length(tmp_path):
    """No flag reads more than 30 changed words one by one: the summary says where those
    passages are (and says nothing of the kind when there are none)."""
    from clausewise.cli import substantive_lines
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    text = "Article 1\nCooperation\n1. The Parties shall cooperate.\n2. They shall meet.\n"
    added = (" They shall further establish a joint working group on the exchange of "
             "information, which shall meet at least twice a year, report to the Joint "
             "Commission and prepare guidelines on the protection of material not later than "
             "one year after its first meeting.")
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("shall cooperate.", "shall cooperate." + added),
                   encoding="utf-8")
    lines = list(substantive_lines(compare(load_draft(old), load_draft(new))))
    assert lines[-1] == ("  Rewritten at length, not read for substantive changes (see the "
                         "diff): Article 1(1)")
    assert list(substantive_lines(compare(load_draft(old), load_draft(old)))) == []


def test_a_removed_reference_has_an_empty_place_where_it_stood(tmp_path):
    """As every kind's removed words: start = end in the newer text, not null."""
    old = ("Article 1\nScope\nThe measures in Article 2 and Article 3 apply.\n\n"
           "Article 2\nUse\nText.\n\nArticle 3\nMore\nText.\n")
    new = old.replace(" and Article 3", "")
    comparison = compare(load_draft(_write(tmp_path / "o.txt", old)),
                         load_draft(_write(tmp_path / "n.txt", new)))
    removed = [(pair, flag) for pair in comparison.walk() for flag in pair.flags
               if flag.kind == "reference"]
    assert [(flag.old, flag.new) for _, flag in removed] == [("Article 3", "")]
    pair, flag = removed[0]
    newer = "".join(text for op, text in pair.diff if op != "-")
    assert flag.start == flag.end == newer.index("apply.")


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_french_ordinals_in_figures():
    assert flags("Les Coprésidents présentent leur rapport à sa première réunion.",
                 "Les Coprésidents présentent leur rapport à sa 1re réunion.") == []
    assert kinds("Les Coprésidents présentent leur rapport à sa première réunion.",
                 "Les Coprésidents présentent leur rapport à sa 2e réunion.") == {"number"}


def test_heldout_17_and_18_development_pairs_said_otherwise():
    assert flags("Les États parties ne doivent pas placer d’objets sur orbite.",
                 "Les États parties doivent s’abstenir de placer des objets sur orbite.") == []
    assert flags("The fee shall be a fixed amount of 500,000 United States dollars.",
                 "The fee shall be a fixed amount of USD 500,000.") == []
    assert flags("The annual fee shall be US$ 250,000, payable in advance.",
                 "The annual fee shall be 250,000 United States dollars, payable in advance.") \
        == []
    assert flags("Программа охватывает пятилетний период.",
                 "Программа охватывает период в пять лет.") == []
    assert kinds("Программа охватывает ближайший пятилетний период.",
                 "Программа охватывает ближайший трехлетний период.") == {"number"}
    assert flags("recommendations issued pursuant to paragraph 3(b)[4] of the regulation.",
                 "recommendations issued pursuant to paragraph 3 (b) of the regulation.") == []
    assert flags("States Parties shall not station weapons in outer space.",
                 "States Parties shall station no weapons in outer space.") == []
    assert flags("Le contractant est tenu de présenter un rapport.",
                 "Le contractant doit présenter un rapport.") == []
    assert flags("ссылаясь на резолюцию 72/249 Генеральной Ассамблеи от 24 декабря 2017 года,",
                 "ссылаясь на резолюцию Генеральной Ассамблеи 72/249 от 24.12.2017,") == []
    assert [kind for kind, _, _ in flags(
        "f) выполняет другие функции, указанные в настоящем Соглашении.",
        "f) выполняет другие функции, указанные в настоящем Соглашении, и [будет добавлено].")] \
        == ["placeholder"]
    assert flags("projects proposed by [developing] States Parties.",
                 "projects proposed by developing States Parties.") == [
        ("bracket", "[developing]", "developing")]


def test_a_dotted_section_number_is_its_paragraph(tmp_path):
    def drafts(cited: str) -> str:
        return ("Section 11\nReports\n11.1 The contractor shall, in accordance with "
                f"{cited} of this annex, provide a copy of any report.\n")
    assert _flags_of_drafts(tmp_path, drafts("section 10.3"),
                            drafts("paragraph 3 of section 10")) == []
    assert [flag[0] for flag in _flags_of_drafts(tmp_path, drafts("section 10.3"),
                                                 drafts("section 10.4"))] == ["reference"]


def test_footnotes_and_their_marks_carried_into_a_paragraph_are_no_terms():
    """A text export puts a page's footnotes (after their "__________" rule) and their marks
    inside the paragraph: notes on the text, not what it provides."""
    body = "The Commission adopted the report."
    assert flags(body, body + "1 __________________ 1 The report shall not be revised by "
                 "30 June.") == []
    assert flags("the website of the Agreement.3 Additionally, the Co-Chairs met.",
                 "the website of the Agreement.2 Additionally, the Co-Chairs met.") == []
    assert flags("(ALL)24. The Chair shall open the meeting.",
                 "(ALL) The Chair shall open the meeting.") == []
    assert flags("The Parties shall appoint 3 experts.", "The Parties shall appoint Three experts.") \
        == []
    # ... while a figure of the text itself still flags.
    assert kinds("The Parties shall appoint 3 experts.", "The Parties shall appoint 4 experts.") \
        == {"number"}


def test_heldout_19_and_20_development_pairs():
    # possibility in a clause said of a thing: "which may affect" / "could affect"
    assert flags("any incident which, in its assessment, may affect the cables.",
                 "any incident which, in its assessment, could affect the cables.") == []
    assert flags("о любых обстоятельствах, которые могли бы затронуть сохранность данных.",
                 "о любых обстоятельствах, которые могут затронуть сохранность данных.") == []
    # ... while a duty in such a clause still counts
    assert kinds("the arrangements, which shall be revised where the Conference so decides.",
                 "the arrangements, which may be revised where the Conference so decides.") \
        == {"modal"}
    assert flags("A Party is not required to furnish information.",
                 "No Party is required to furnish information.") == []
    assert flags("The flag State is not required to give reasons.",
                 "The flag State is under no obligation to give reasons.") == []
    assert flags("issued by the Legal and Technical Commission 12-57345 41 and to fulfil",
                 "issued by the Legal and Technical Commission and to fulfil") == []
    assert flags("under article 50 of the Agreement.", "under article 50 of the BBNJ Agreement.") \
        == []
    assert flags("L’accès des chercheurs des Etats en développement est facilité.",
                 "L'accès des chercheurs des États en développement est facilité.") == []
    assert flags("The report shall be sent to all States Members of the United Nations.",
                 "The report shall be sent to all Member States of the United Nations.") == []
    assert flags("The Government of the Kingdom of Sudmark shall bear the costs.",
                 "The Sudmark Government shall bear the costs.") == []
    assert flags("Le comité est composé de [15] membres.", "Le comité est composé de 15 membres.") \
        == [("bracket", "[15]", "15")]
    assert [kind for kind, _, _ in flags(
        "The fee shall be [to be determined by the Council].",
        "The fee shall be a fixed fee of 500,000 United States dollars.")] == ["placeholder"]
    assert [kind for kind, _, _ in flags(
        "as set out in [document symbol to be added], and invites",
        "as set out in A/AC.296/2026/8, and invites")] == ["placeholder"]


def test_french_parts_and_russian_lettered_points_are_references(tmp_path):
    def drafts(body: str) -> str:
        return f"Article 9\nBudget\n1. {body}\n"
    for older, newer in (("selon les modalités énoncées à la partie V du présent Accord.",
                          "selon les modalités énoncées à la partie IV du présent Accord."),
                         ("Бюджет утверждается согласно подпункту e пункта 6 статьи 47.",
                          "Бюджет утверждается согласно подпункту f пункта 6 статьи 47."),
                         ("как это предусмотрено в пункте 3 b) правила 12.",
                          "как это предусмотрено в пункте 3 c) правила 12.")):
        assert [flag[0] for flag in _flags_of_drafts(tmp_path, drafts(older), drafts(newer))] \
            == ["reference"], older


#: (old, new, the kinds a negotiator must be told about): rules added after the
#: twenty-first and twenty-second held-out sets were read.
_READ_AS_A_NEGOTIATOR_DOES = [
    # A capitalised "May" opening a point is the modal, not the month.
    ("The Board shall: (a) Review the budget; (b) May issue guidance to the Parties.",
     "The Board shall: (a) Review the budget; (b) Issue guidance to the Parties.", {"modal"}),
    ("The Board shall meet in May and in November.",
     "The Board shall meet in May and November.", set()),
    # Heads of State, ministers and subsidiary bodies are actors.
    ("The declaration was signed by the Heads of State of the Parties.",
     "The declaration was signed by the Ministers of Trade of the Parties.", {"party"}),
    ("La déclaration a été signée par les chefs d'État des Parties.",
     "La déclaration a été signée par les ministres du commerce des Parties.", {"party"}),
    ("Декларация подписана главами государств Сторон.",
     "Декларация подписана министрами торговли Сторон.", {"party"}),
    ("Observers may attend the meetings of the Assembly.",
     "Observers may attend the meetings of the Assembly and its subsidiary bodies.", {"party"}),
    # A bracketed adjective before an actor: the bracket says it.
    ("The Assembly may establish such subsidiary bodies as it deems necessary.",
     "The Assembly may establish such [further] subsidiary bodies as it deems necessary.",
     {"bracket"}),
    # A French text that lost its accents names the same actors.
    ("La Conference des Parties veille a ce que les etats en developpement Parties participent.",
     "La Conférence des Parties veille à ce que les États en développement Parties participent.",
     set()),
    # "not later than six weeks before" is "at least six weeks before".
    ("The notice shall reach the members not later than six weeks before the session.",
     "The notice shall reach the members at least six weeks before the session.", set()),
    ("The notice shall reach the members not later than six weeks after the session.",
     "The notice shall reach the members at least six weeks after the session.", {"number"}),
    # A document's symbol after the last sentence is a page's footer or a footnote.
    ("Consultations shall take place at the request of any Party.",
     "Consultations shall take place at the request of any Party.  A/AC.999/L.7 5", set()),
    ("Each Party bears responsibility for such objects.",
     "Each Party bears responsibility for such an object. 3 A/RES/9999 (XC)", set()),
    ("The Committee shall take into account the report.",
     "The Committee shall take into account the report A/AC.999/L.7.", {"reference"}),
    # Placeholders: "to be determined by" in French and Russian; words ending in an ellipsis.
    ("Le siège est [à déterminer par la Conférence des Parties].",
     "Le siège est [Nordby][Sudby].", {"bracket", "placeholder"}),
    ("Местом пребывания является [подлежит определению Советом].",
     "Местом пребывания является [Нордбю][Зюдбю].", {"bracket", "placeholder"}),
    ("The Board shall adopt its budget.", "The Board shall adopt its budget [taking into account …].",
     {"placeholder"}),
    # A bracketed text with a blank in it: both; the blank alone filled in: the placeholder.
    ("The Board shall adopt its budget.",
     "The Board shall adopt its budget [and the scale of […]].", {"bracket", "placeholder"}),
    ("The Board shall adopt its budget. [It shall be financed from [...].]",
     "The Board shall adopt its budget. [It shall be financed from voluntary contributions.]",
     {"placeholder"}),
    # ... and after the twenty-third to twenty-sixth.
    # Two actors that swap roles within one change.
    ("La Partie concernée informe le secrétariat de toute modification.",
     "Le secrétariat informe la Partie concernée de toute modification.", {"party"}),
    ("The contractor shall notify the Secretary-General of any change.",
     "The Secretary-General shall notify the contractor of any change.", {"party"}),
    # The same roles said in the passive: no change.
    ("The register shall be kept by the secretariat, with the help of the Parties.",
     "The secretariat shall keep the register, with the help of the Parties.", set()),
    # Possibility said of a thing; a right said two ways.
    ("Each Party shall assess activities that may cause pollution.",
     "Each Party shall assess activities that could cause pollution.", set()),
    ("Every contractor shall be entitled to request a review.",
     "Every contractor shall have the right to request a review.", set()),
    # Dates with an abbreviated month; thousands and ordinals abbreviated in Russian.
    ("Recalling its decision of 12 September 2019,", "Recalling its decision of 12 Sept. 2019,",
     set()),
    ("Взнос составляет 200 000 долл. США.", "Взнос составляет 200 тыс. долларов США.", set()),
    ("Бюро представляет доклад на ее втором совещании.",
     "Бюро представляет доклад на ее 2-м совещании.", set()),
    ("Бюро представляет доклад на ее втором совещании.",
     "Бюро представляет доклад на ее 3-м совещании.", {"number"}),
    ("Заявка подается не позднее чем за три месяца до начала сессии.",
     "Заявка подается не позднее трех месяцев до начала сессии.", set()),
    # A UN first page's foot, a footnote mark after a Russian name's word.
    ("12. The Commission adopted the report. 26-04512 (E) 150426 *2604512*",
     "12. The Commission adopted the report.", set()),
    ("Орган применяет подход, отраженный в Рио-де-Жанейрской декларации 3, и практику.",
     "Орган применяет подход, отраженный в Рио-де-Жанейрской декларации, и практику.", set()),
    # Placeholders in other words: a body to be named, a reference to be given, "[ХХ]".
    ("Le rapport est transmis au Secrétaire général.", "Le rapport est transmis à [organe à désigner].",
     {"placeholder"}),
    ("Доклад представляется министрам.", "Доклад представляется [наименование органа].",
     {"placeholder"}),
    ("Recalling resolution 72/249, and [Secretariat to provide reference],",
     "Recalling resolution 72/249, and resolution 78/272,", {"placeholder"}),
    ("Срок составляет [ХХ] лет.", "Срок составляет пять лет.", {"placeholder"}),
    # A quoted letter in other quotes; a clause's own heading renumbered.
    ("в соответствии с подпунктом «b» пункта 1 правила 11", "в соответствии с подпунктом \"b\" пункта 1 правила 11",
     set()),
    ("Rule 26 Powers of the President The President shall open each meeting.",
     "Rule 27 Powers of the President The President shall open each meeting.", set()),
    # Two States named together, or "the Parties"; a State in Russian by title or name.
    ("The Republic of Norland and the Kingdom of Sudmark shall consult each other.",
     "The Parties shall consult each other.", set()),
    ("Республика Норланд и Королевство Судмарк проводят консультации.",
     "Стороны проводят консультации.", set()),
    ("Республика Норланд уведомляет Королевство Судмарк о мерах.",
     "Королевство Судмарк уведомляет Республику Норланд о мерах.", {"party"}),
    ("Республика Норланд предоставляет персоналу Королевства Судмарк помещения.",
     "Норланд предоставляет персоналу Судмарка помещения.", set()),
    ("The plan shall be drawn up by the contractor.",
     "The plan shall be drawn up by the contractor and its subcontractors.", {"party"}),
    # ... and after the twenty-seventh and twenty-eighth.
    ("The secretariat [and the Scientific and Technical Body] shall compile the reports.",
     "The secretariat shall compile the reports.", {"bracket", "party"}),
    ("Предложения представляются Сторонами [или Научно-техническим органом].",
     "Предложения представляются Сторонами.", {"bracket", "party"}),
    ("Les Etats côtiers sont consultés a un stade précoce.",
     "Les États côtiers sont consultés à un stade précoce.", set()),
    ("Стороны назначают контактные пункты.", "Министерства обороны Сторон назначают контактные пункты.",
     {"party"}),
    ("Une attestation délivrée par l’État qui patronne le demandeur ;",
     "Une attestation délivrée par l’État du pavillon ;", {"party"}),
    ("Les contributions sont exigibles le 1er janvier.",
     "Les contributions sont exigibles le premier janvier.", set()),
    ("The session will be resumed in the second half of 2027.",
     "The session will be resumed in the first half of 2027.", {"number"}),
    ("The fee shall be paid in accordance with [...].",
     "The fee shall be paid in accordance with regulation 21.", {"placeholder"}),
    # ... and after the twenty-ninth and thirtieth.
    ("Le secrétariat notifie au Bureau chaque demande.", "Le Bureau notifie au secrétariat chaque demande.",
     {"party"}),
    ("Секретариат уведомляет Бюро о каждом запросе.", "Бюро уведомляет секретариат о каждом запросе.",
     {"party"}),
    ("La Partie requérante adresse sa demande à la Partie requise.",
     "La Partie requise adresse sa demande à la Partie requérante.", {"party"}),
    ("Les représentants des organisations non gouvernementales peuvent assister aux séances.",
     "Les représentants des organisations intergouvernementales peuvent assister aux séances.",
     {"party"}),
    ("Les Parties consultent [les peuples autochtones et] les parties prenantes.",
     "Les Parties consultent les parties prenantes.", {"bracket", "party"}),
    ("The Commission shall decide, unless the Council decides otherwise.",
     "The Commission shall decide, unless the Secretary-General decides otherwise.", {"party"}),
    ("Chaque Partie présente un rapport [, le premier dans les 12 mois pour cette Partie].",
     "Chaque Partie présente un rapport.", {"bracket", "number"}),
    ("В этом случае решение не является обязательным для такой Стороны.",
     "В таком случае решение не является обязательным для этой Стороны.", set()),
    ("Государства обеспечивают соблюдение статьи 139 Конвенции.",
     "Государства обеспечивают соблюдение статьи 139 Конвенции Организации Объединенных Наций по морскому праву.",
     set()),
    ("The first meeting shall be held at [venue].",
     "The first meeting shall be held at United Nations Headquarters.", {"placeholder"}),
    ("Pursuant to the decision of the Council of 26 July 2011, the Commission shall meet.",
     "Pursuant to the decision of the Council of 21 July 2011, the Commission shall meet.",
     {"reference"}),
    ("Les Parties agissent conformément à la Convention sur le droit de la mer du 10 décembre 1982.",
     "Les Parties agissent conformément à la Convention sur le droit de la mer.", set()),
    ("Taking note of the report of the Secretary-General of 12 March 2025,",
     "Taking note of the report of the Secretary-General of 14 March 2025,", set()),
    ("Such measures shall include the imposition of penalties.",
     "Such measures shall include the imposition 61 United Nations Convention on the Law of the"
     " Sea of penalties.", set()),
    ("Receipt of every application submitted shall be acknowledged.",
     "Receipt of every application ISBA/18/A/11 submitted shall be acknowledged.", set()),
    ("Les astronautes sont rendus à l’État d’immatriculation de leur véhicule.",
     "Les astronautes sont rendus à l’État d’immatriculation 4 de leur véhicule.", set()),
    ("The Committee shall consist of members of the Council.",
     "The Committee shall consist of 15 members of the Council.", {"number"}),
    ("A certificate of sponsorship issued by the sponsoring State.",
     "A certificate of sponsorship issued by the State which sponsors the applicant.", set()),
    # ... and after the thirty-first and thirty-second.
    ("To support, in particular, the least developed countries, small island developing States.",
     "To support, in particular, small island developing States, the least developed countries.",
     set()),
    ("The Authority's Secretary-General shall acknowledge receipt.",
     "The Secretary-General of the Authority shall acknowledge receipt.", set()),
    ("The Party shall respond within a period of thirty days from the request.",
     "The Party shall respond within 30 days of the request.", set()),
    ("La Conférence, [en consultation avec les organes régionaux compétents,] adopte des mesures.",
     "La Conférence adopte des mesures.", {"bracket", "party"}),
    ("Спонсирующее государство уведомляет Генерального секретаря о прекращении.",
     "Генеральный секретарь уведомляет спонсирующее государство о прекращении.", {"party"}),
    ("Контрактор обучает стажеров из развивающихся государств.",
     "Контрактор обучает стажеров из спонсирующего государства.", {"party"}),
    ("Место проведения: [подлежит подтверждению].", "Место проведения: Нью-Йорк.", {"placeholder"}),
    ("Le contractant notifie au Secrétaire général toute modification.",
     "Le Secrétaire général notifie au contractant toute modification.", {"party"}),
    ("Le secrétariat tient la liste et la communique aux Parties.",
     "Le secrétariat tient la liste et la communique à toutes les Parties.", set()),
    ("Le Président fait rapport à l’Assemblée à sa quatre-vingt-unième session.",
     "Le Président fait rapport à l’Assemblée à sa 81e session.", set()),
    ("Each State Party undertakes not to station weapons in orbit.",
     "Each State Party undertakes to refrain from stationing weapons in orbit.", set()),
    ("The Body shall meet once a year, unless it decides otherwise.",
     "The Body shall meet once a year, unless the Conference of the Parties decides otherwise.",
     {"party"}),
    ("Elle décide, en coopération avec ledit organe, des mesures.",
     "Elle décide, en coopération avec cet organe, des mesures.", set()),
    # ... and after the thirty-third and thirty-fourth.
    ("Заявитель уведомляется Генеральным секретарем о решении Совета.",
     "Генеральный секретарь уведомляет заявителя о решении Совета.", set()),
    ("Le fonds est géré par le secrétariat.",
     "Le fonds est géré par le secrétariat, conformément aux modalités [à définir].",
     {"placeholder"}),
    ("No block shall be greater than 20 square kilo- metres in size.",
     "No block shall be greater than 20 square kilometres in size.", set()),
    ("Уведомление направляется в течение [30] [60] дней.", "Уведомление направляется в течение 30 дней.",
     {"bracket"}),
    ("L’organe scientifique et technique formule des recommandations.",
     "L’Organe formule des recommandations.", set()),
    ("Возражение направляется в течение [Х] дней.", "Возражение направляется в течение 45 дней.",
     {"placeholder"}),
    ("Стороны [, по мере возможности,] содействуют сотрудничеству.",
     "Стороны содействуют сотрудничеству.", {"bracket"}),
    ("Parties shall, [inter alia,] cooperate in the collection of data.",
     "Parties shall cooperate in the collection of data.", {"bracket"}),
]


@pytest.mark.parametrize("old,new,expected", _READ_AS_A_NEGOTIATOR_DOES)
def test_changes_read_as_a_negotiator_does(old, new, expected):
    assert kinds(old, new) == expected


def test_a_placeholder_filled_with_alternatives_names_them_whole():
    found = {f.kind: f for f in flags_for(
        diff_words("The seat shall be [to be determined by the Council].",
                   "The seat shall be [Nordby][Sudby]."), "Article 1")}
    assert found["placeholder"].new == "[Nordby][Sudby]"
    assert found["placeholder"].note == "placeholder filled in: [Nordby][Sudby]"
    assert found["bracket"].note == "brackets opened: [Nordby][Sudby]"


@pytest.mark.parametrize("old,new,filled,chosen", [
    # (Both used to crash the comparison: the alternative chosen regrouped the cluster's
    # items without the placeholder's, which the filling was then read from.)
    ("La Conférence des Parties se réunit à [lieu à déterminer] [en mars/en septembre] 2027.",
     "La Conférence des Parties se réunit à New York en septembre 2027.",
     "New York", "en septembre"),
    ("Каждая Сторона ежегодно выделяет [сумма подлежит уточнению] на [совместные "
     "учения/подготовку персонала].",
     "Каждая Сторона ежегодно выделяет 10 миллионов евро на совместные учения.",
     "10 миллионов евро", "совместные учения"),
    ("The Meeting shall convene in [venue to be determined] [in March/in September] 2027.",
     "The Meeting shall convene in Vienna in September 2027.", "Vienna", "in September"),
])
def test_a_placeholder_filled_beside_an_alternative_chosen_says_each_its_own_words(
        old, new, filled, chosen):
    found = [(f.kind, f.new, f.note) for f in flags_for(diff_words(old, new), "Article 1")]
    assert found == [("placeholder", filled, f"placeholder filled in: {filled}"),
                     ("bracket", chosen, f"alternative chosen: {chosen}")]
    from flags_labelled import predicted  # through the whole comparison, as a user compares

    assert predicted({"old": old, "new": new, "kinds": []}) == {"placeholder", "bracket"}


def test_a_reference_that_fills_a_placeholder_says_it_alone_through_the_whole_comparison():
    """The reference flags come from core.references, the placeholder's from core.flags:
    compared as a user would, the filled placeholder is one flag."""
    from flags_labelled import predicted

    record = {"old": "The contractor shall pay an annual fee in accordance with [...].",
              "new": "The contractor shall pay an annual fee in accordance with regulation 21.",
              "kinds": []}
    assert predicted(record) == {"placeholder"}
    record["new"] = record["new"].replace("[...]", "regulation 21")
    record["old"] = "The contractor shall pay an annual fee in accordance with regulation 20."
    assert predicted(record) == {"reference"}


def test_a_superscript_footnote_mark_dropped_is_no_change_and_breaks_nothing():
    """A superscript footnote mark ("¹") is a digit to str.isdigit() but no number to
    float(): a text export that keeps them must not stop the comparison."""
    from flags_labelled import predicted

    old = "The obligations arising during the sponsorship remain.¹ The contract ends."
    new = "The obligations arising during the sponsorship remain. The contract ends."
    assert kinds(old, new) == set()
    assert predicted({"old": old, "new": new, "kinds": []}) == set()
    for old, new in (("See footnote ² below.", "See footnote 2 below."),
                     ("Article ¹ applies to ³ Parties.", "Article 1 applies to 3 Parties.")):
        assert isinstance(predicted({"old": old, "new": new, "kinds": []}), set)


def test_an_editors_sic_is_no_negotiating_bracket():
    assert kinds("The Conference of Parties [sic] shall meet once a year.",
                 "The Conference of the Parties shall meet once a year.") == set()
    # a word misspelt and marked so by the editor, then spelt right: no actor changes
    assert kinds("Le Conseil consulte la Comision [sic] des finances.",
                 "Le Conseil consulte la Commission des finances.") == set()
    assert kinds("The Council shall decide.", "The Council shall decide [by consensus].") \
        == {"bracket"}


def test_a_placeholder_with_a_label_or_a_plural_russian_verb():
    assert kinds("The meeting shall be held at the seat of the Authority.",
                 "The meeting shall be held at [venue TBC].") == {"placeholder"}
    assert kinds("Комитет собирается [даты подлежат согласованию].",
                 "Комитет собирается дважды в год.") == {"placeholder"}


def test_can_becoming_cannot_before_an_adverb_is_a_negation_alone():
    """What is possible ("can reasonably meet") is no duty; what is allowed ("cannot
    transfer its rights") stays a modal change as well."""
    assert kinds("(b) The applicant can reasonably meet the deadline;",
                 "(b) The applicant cannot reasonably meet the deadline;") == {"negation"}
    assert kinds("The sponsor cannot transfer its rights without consent.",
                 "The sponsor can transfer its rights without consent.") == {"modal", "negation"}


def test_shall_be_required_to_is_shall_but_shall_not_be_required_to_is_no_duty():
    assert kinds("2. Each operator shall be required to keep a record of its catch.",
                 "2. Each operator shall keep a record of its catch.") == set()
    assert kinds("No operator shall be required to disclose its methods.",
                 "An operator shall not be required to disclose its methods.") == set()
    assert "modal" in kinds("An operator shall not be required to disclose its methods.",
                            "An operator shall not disclose its methods.")


def test_a_french_actor_that_gets_its_accents_back_is_the_same_actor():
    assert kinds("Le secretariat publie le rapport de la reunion.",
                 "Le secrétariat publie le rapport de la réunion.") == set()


def test_the_regional_and_negotiating_groups_are_actors():
    assert kinds("The amendment was proposed by the African Group.",
                 "The amendment was proposed by the Group of Latin American and Caribbean States.") \
        == {"party"}
    assert kinds("The amendment was proposed by the Arab Group.",
                 "The amendment was proposed by the Arab Group, as announced.") == set()
    assert kinds("Предложение внесла Африканская группа.",
                 "Предложение внесла Группа арабских государств.") == {"party"}


def test_russian_observers_prospectors_and_sponsoring_states_are_actors():
    assert kinds("Повестка дня рассылается Сторонам.",
                 "Повестка дня рассылается Сторонам и наблюдателям.") == {"party"}
    assert kinds("Поисковик [и наблюдатели] уведомляются заранее.",
                 "Поисковик уведомляется заранее.") >= {"bracket", "party"}
    # two actors that swap roles, one of them the sponsoring State written in lower case
    assert kinds("Государство-поручитель информирует изыскателя о решении.",
                 "Изыскатель информирует государство-поручителя о решении.") == {"party"}


def test_a_french_date_after_a_treaty_opened_for_signature_is_a_date_not_a_citation():
    found = flags_for(diff_words(
        "Le présent Accord est ouvert à la signature à Nordby à compter du 1er mai 2028.",
        "Le présent Accord est ouvert à la signature à Nordby à compter du 1er août 2028."), "X")
    assert [flag.kind for flag in found] == ["number"]


def test_russian_ordinals_of_meetings_and_compounds_of_days():
    assert kinds("на своей четвертой встрече", "на своей пятой встрече") == {"number"}
    assert kinds("В течение периода 90 дней с даты уведомления Сторона может возразить.",
                 "В течение 90-дневного периода с даты уведомления Сторона может возразить.") \
        == set()
    assert kinds("В течение 90-дневного периода Сторона может возразить.",
                 "В течение 60-дневного периода Сторона может возразить.") == {"number"}


def test_exceeding_in_russian_is_a_comparator_not_a_negation():
    assert kinds("Площадь участка не превышает 150 квадратных километров.",
                 "Площадь участка не более 150 кв. км.") == set()
    assert kinds("Сторона вносит взнос [, не превышающий 2 процентов бюджета,] ежегодно.",
                 "Сторона вносит взнос ежегодно.") == {"bracket", "number"}


def test_a_currency_sign_set_apart_keeps_its_comparator():
    assert kinds("a deposit of not less than two million United States dollars",
                 "a deposit of not less than US$ 2,000,000") == set()
    assert kinds("a deposit of not less than two million United States dollars",
                 "a deposit of not less than US$ 3,000,000") == {"number"}


def test_page_furniture_and_footnote_marks_a_text_export_leaves():
    # a page of so many beside the job number, dropped from the middle of a sentence
    assert kinds("The Parties shall cooperate, 12/48 24-10731 including through the mechanism.",
                 "The Parties shall cooperate, including through the mechanism.") == set()
    # a running header that says "Page", run into the paragraph before the next one
    assert kinds("1. The rules apply to every meeting. 2. The Bureau shall assist the Chair.",
                 "1. The rules apply to every meeting. Rules of Procedure (draft) Page 7 2. The "
                 "Bureau shall assist the Chair.") == set()
    # a mark glued to a colon before a lettered point; a mark set apart after a date
    assert kinds("The following may attend as observers:4 (a) States not Party;",
                 "The following may attend as observers: (a) States not Party;") == set()
    assert kinds("By its decision 4/2 of 11 March 2027 2, the Conference established the panel.",
                 "By its decision 4/2 of 11 March 2027, the Conference established the panel.") \
        == set()


def test_a_list_of_bodies_in_another_order_is_no_change_of_actors():
    assert kinds("The report shall be sent to the Council, the Finance Committee and the "
                 "Legal and Technical Commission.",
                 "The report shall be sent to the Legal and Technical Commission, the Finance "
                 "Committee and the Council.") == set()
    assert kinds("The Council shall inform the Legal and Technical Commission.",
                 "The Legal and Technical Commission shall inform the Council.") == {"party"}


def test_a_paragraph_cited_by_its_place_is_the_same_paragraph():
    from flags_labelled import predicted

    def read(old: str, new: str) -> set[str]:
        return predicted({"old": old, "new": new, "kinds": []})

    number = "4. The list referred to in paragraph 3 shall be kept up to date by the secretariat."
    place = "4. The list referred to in the preceding paragraph shall be kept up to date by the secretariat."
    assert read(number, place) == set() and read(place, number) == set()
    assert read(number.replace("paragraph 3", "paragraph 2"), place) == {"reference"}
    assert read("2. Le rapport visé au paragraphe 3 est publié.",
                "2. Le rapport visé au paragraphe suivant est publié.") == set()


def test_a_should_of_what_is_decided_or_recommended_is_no_duty_of_its_own():
    assert kinds("The Commission decided that the next session should be held in Nordby.",
                 "The Commission decided to hold the next session in Nordby.") == set()
    assert kinds("The Commission recommended that the Council should approve the plan.",
                 "The Commission recommended that the Council approve the plan.") == set()
    assert kinds("The Council should approve the plan.", "The Council approves the plan.") \
        == {"modal"}


def test_a_footnote_mark_glued_to_a_symbol_in_brackets_or_a_closing_quote():
    assert kinds("welcomed the note (A/AC.300/2027/4) and asked for more",
                 "welcomed the note (A/AC.300/2027/4)5 and asked for more") == set()
    assert kinds("on entend par « zone de gestion »3 toute zone définie",
                 "on entend par « zone de gestion » toute zone définie") == set()
    assert kinds("the note (A/AC.300/2027/4) asks for comments within 30 days",
                 "the note (A/AC.300/2027/4) asks for comments within 60 days") == {"number"}


def test_french_and_russian_duties_in_other_words():
    assert kinds("Les Parties s’engagent à coopérer à la protection du milieu marin.",
                 "Les Parties prennent l’engagement de coopérer à la protection du milieu marin.") \
        == set()
    assert kinds("Le contractant est tenu de notifier tout incident au Secrétaire général.",
                 "Le contractant a l’obligation de notifier tout incident au Secrétaire général.") \
        == set()
    assert kinds("Le Conseil peut demander des données supplémentaires.",
                 "Le Conseil a la faculté de demander des données supplémentaires.") == set()
    assert kinds("L’État qui patronne est tenu d’informer le Secrétaire général.",
                 "L’État qui patronne n’est pas tenu d’informer le Secrétaire général.") \
        == {"modal", "negation"}
    assert kinds("Каждая Сторона обязуется не разглашать сведения.",
                 "Каждая Сторона берет на себя обязательство не разглашать сведения.") == set()
    assert kinds("Любая Сторона вправе в любое время отозвать уведомление.",
                 "Любая Сторона имеет право в любое время отозвать уведомление.") == set()
    assert kinds("Стороны обязуются информировать Совет о ходе работ.",
                 "Стороны прилагают усилия к тому, чтобы информировать Совет о ходе работ.") \
        == {"modal"}
    # the right to vote is a noun, no leave to act
    assert kinds("Председатель имеет право голоса по процедурным вопросам.",
                 "Председатель не имеет права голоса по процедурным вопросам.") == {"negation"}


def test_placeholders_of_more_shapes():
    assert kinds("on the [X]th day after the deposit", "on the sixtieth day after the deposit") \
        == {"placeholder"}
    assert kinds("an agreement with [name of the host State to be inserted] within one year",
                 "an agreement with the Government of Nordland within one year") == {"placeholder"}
    assert kinds("The fee set in accordance with [paragraph X] is paid into the fund.",
                 "The fee set in accordance with paragraph 4 is paid into the fund.") \
        == {"placeholder"}
    assert kinds("Обзор проводится не позднее 1 июня 2031 года.",
                 "Обзор проводится не позднее [дата будет добавлена].") == {"placeholder"}


def test_points_written_the_french_and_russian_way_are_the_same_points():
    from flags_labelled import predicted

    def read(old: str, new: str) -> set[str]:
        return predicted({"old": old, "new": new, "kinds": []})

    assert read("les documents visés à l’article 12 b) et une attestation",
                "les documents visés à l’article 12 (b) et une attestation") == set()
    assert read("les renseignements requis au titre de l’article 21 b) sont présentés",
                "les renseignements requis au titre de l’article 21 c) sont présentés") \
        == {"reference"}
    assert read("Les données visées aux alinéas a) et b) du paragraphe 2 sont publiées.",
                "Les données visées aux alinéas a) et d) du paragraphe 2 sont publiées.") \
        == {"reference"}
    assert read("Сведения, предусмотренные подпунктом а) пункта 3, представляются.",
                "Сведения, предусмотренные подпунктом a) пункта 3, представляются.") == set()
    assert read("Requests under subparagraphs (a) to (c) of paragraph 1 are examined first.",
                "Requests under subparagraphs (a), (b) and (c) of paragraph 1 are examined first.") \
        == set()
    assert read("Les demandes visées aux alinéas a) à c) du paragraphe 1 sont examinées.",
                "Les demandes visées aux alinéas a), b) et c) du paragraphe 1 sont examinées.") \
        == set()


def test_a_clause_dropped_with_its_brackets_takes_its_own_modal_and_not_with_it():
    assert kinds("A plan of work is approved for 10 years[, which may be renewed once for a "
                 "further period of three years].",
                 "A plan of work is approved for 10 years.") == {"bracket", "number"}
    assert kinds("Les droits[, dont le montant ne peut excéder 5 000 dollars,] sont versés au fonds.",
                 "Les droits sont versés au fonds.") == {"bracket", "number"}
    # a bracket around the word alone: the obligation itself changes
    assert kinds("The Party shall [not] disclose the data.", "The Party shall disclose the data.") \
        >= {"bracket", "negation"}


def test_more_numbers_said_in_other_words_or_left_by_the_export():
    assert kinds("at least six weeks before the meeting", "at least 42 days before the meeting") \
        == set()
    assert kinds("Председатель предоставляет слово двум ораторам.",
                 "Председатель предоставляет слово трем ораторам.") == {"number"}
    assert kinds("the living resources of the high seas, and shall cooperate",
                 "the living resources of the high seas, - 17 - and shall cooperate") == set()
    assert kinds("The session was held from 4 May to 15 May 2026.",
                 "The session was held from 4 May 2026 to 15 May 2026.") == set()
    assert kinds("The session was held from 4 May to 15 May 2026.",
                 "The session was held from 4 May 2025 to 15 May 2026.") == {"number"}


def test_more_actors_and_actors_in_other_words():
    assert kinds("The Parties shall each designate a focal point.",
                 "Each Party shall designate a focal point.") == set()
    assert kinds("The Parties shall consult each other.", "Each Party shall consult each other.") \
        == {"party"}
    assert kinds("The Conference may invite non-governmental organizations to attend.",
                 "The Conference may invite NGOs to attend.") == set()
    assert kinds("The costs are covered by the host Government.",
                 "The costs are covered by the Government of the host country.") == set()
    assert kinds("established pursuant to resolution 80/12 as amended",
                 "established pursuant to General Assembly resolution 80/12 as amended") == set()
    assert kinds("После этого развитые Стороны вносят взносы.",
                 "После этого Стороны вносят взносы.") == {"party"}
    assert kinds("Подрядчик информирует Генерального секретаря о решении.",
                 "Генеральный секретарь информирует подрядчика о решении.") == {"party"}


def test_swapped_roles_and_roles_kept_in_another_order():
    assert kinds("L’État de lancement informe l’État d’immatriculation de toute modification.",
                 "L’État d’immatriculation informe l’État de lancement de toute modification.") \
        == {"party"}
    # (a Russian reflexive verb in a relative clause between them is no passive's agent)
    assert kinds("При аварии секретариат незамедлительно сообщает об этом Стороне, под "
                 "юрисдикцией которой осуществляется деятельность.",
                 "При аварии Сторона, под юрисдикцией которой осуществляется деятельность, "
                 "незамедлительно сообщает об этом секретариату.") == {"party"}
    # the body of an exception moved, the same on both sides: no roles swapped
    assert kinds("Unless the Assembly decides otherwise, the Finance Committee shall meet in private.",
                 "The Finance Committee shall, unless the Assembly decides otherwise, meet in private.") \
        == set()


def test_a_not_put_beside_its_comparison_or_said_as_without_prejudice():
    assert kinds("The contribution shall not be less than 5 per cent of the budget.",
                 "The contribution shall be not less than 5 per cent of the budget.") == set()
    assert kinds("Le présent article ne porte pas atteinte aux droits des États côtiers.",
                 "Le présent article est sans préjudice des droits des États côtiers.") == set()
    assert kinds("Les Parties s’engagent à ne placer sur orbite aucun objet porteur d’armes "
                 "nucléaires ni d’aucun autre type d’armes de destruction massive.",
                 "Les Parties s’engagent à ne placer sur orbite aucun objet porteur d’armes "
                 "nucléaires ou de tout autre type d’armes de destruction massive.") == set()


def test_actors_read_in_any_case_or_by_a_pronoun_after_a_partitive():
    assert kinds("Доклад рассматривается Советом на его следующей сессии.",
                 "Совет рассматривает доклад на своей следующей сессии.") == set()
    assert kinds("Стороны консультируются, когда, по мнению любой из них, безопасность одной из "
                 "Сторон под угрозой.",
                 "Стороны консультируются, когда, по мнению любой из Сторон, безопасность одной "
                 "из них под угрозой.") == set()
    assert kinds("1. Принимающая Сторона обеспечивает безопасность персонала.",
                 "1. Направляющая Сторона обеспечивает безопасность персонала.") == {"party"}
    assert kinds("Доклады направляются Комитету [и Исполнительному совету].",
                 "Доклады направляются Комитету.") == {"bracket", "party"}


def test_french_actors_in_other_words():
    assert kinds("L’entrepreneur soumet chaque année un rapport au Secrétaire général.",
                 "Le contractant soumet chaque année un rapport au Secrétaire général.") == set()
    assert kinds("Le contractant et l’État qui le patronne coopèrent avec l’Autorité.",
                 "Le contractant et l’État patronnant coopèrent avec l’Autorité.") == set()
    assert kinds("transférées à un État tiers ou à une organisation internationale",
                 "transférées à un État tiers, à une organisation internationale ou à une "
                 "entité privée") == {"party"}


def test_no_party_with_a_negated_modal_is_the_modal_and_the_negation():
    assert kinds("Les Parties peuvent invoquer le présent article.",
                 "Aucune Partie ne peut invoquer le présent article.") == {"modal", "negation"}
    assert kinds("Любая Сторона может сделать такое заявление.",
                 "Ни одна Сторона не может сделать такое заявление.") == {"modal", "negation"}


def test_a_comparison_said_after_its_period_and_higher_russian_ranks():
    assert kinds("communique l’ordre du jour six semaines au moins avant la réunion",
                 "communique l’ordre du jour au moins six semaines avant la réunion") == set()
    assert kinds("communique l’ordre du jour six semaines au moins avant la réunion",
                 "communique l’ordre du jour au moins quatre semaines avant la réunion") \
        == {"number"}
    assert kinds("после сдачи на хранение шестидесятой ратификационной грамоты",
                 "после сдачи на хранение сороковой ратификационной грамоты") == {"number"}
    assert kinds("после сдачи на хранение шестидесятой ратификационной грамоты",
                 "после сдачи на хранение 60-й ратификационной грамоты") == set()


def test_more_placeholders_and_labelled_alternatives():
    assert kinds("La Commission adopte son rapport à sa [xe] session.",
                 "La Commission adopte son rapport à sa troisième session.") == {"placeholder"}
    assert kinds("[Альт. 1: Стороны поощряют обмен данными.] [Альт. 2: Стороны обеспечивают "
                 "обмен данными.]", "[Альт. 2: Стороны обеспечивают обмен данными.]") \
        == {"bracket"}
    from flags_labelled import predicted
    assert predicted({"old": "5. Порядок определяется в соответствии со статьей [XX] Соглашения.",
                      "new": "5. Порядок определяется в соответствии со статьей 12 Соглашения.",
                      "kinds": []}) == {"placeholder"}
    assert predicted({"old": "les recommandations visées à l’alinéa b) du paragraphe 4 de "
                             "l’article 49",
                      "new": "les recommandations visées à l’article 49, paragraphe 4, lettre b)",
                      "kinds": []}) == set()


def test_more_actors_in_lists_and_titles():
    assert kinds("shall not be transferred to a third State without prior consent",
                 "shall not be transferred to a third State or an international organization "
                 "without prior consent") == {"party"}
    assert kinds("The report is made available to the Parties [and to the relevant regional "
                 "bodies] through the mechanism.",
                 "The report is made available to the Parties through the mechanism.") \
        == {"bracket", "party"}
    assert kinds("The President shall designate one of the Vice-Presidents to act as President.",
                 "The President shall designate the Rapporteur to act as President.") == {"party"}
    assert kinds("Секретариат консультируется с прибрежными государствами [и Продовольственной и "
                 "сельскохозяйственной организацией Объединенных Наций].",
                 "Секретариат консультируется с прибрежными государствами.") \
        == {"bracket", "party"}
    # a slip in an actor's adjective, and an actor only counted otherwise
    assert kinds("cooperation with other relevent bodies", "cooperation with other relevant bodies") \
        == set()
    assert kinds("A roll-call shall be taken if requested by any Party.",
                 "A roll-call shall be taken if requested by any two Parties.") == {"number"}
    assert kinds("Комиссия передает заявку в Юридическую и техническую комиссию.",
                 "Комиссия передает заявку в Финансовый комитет.") == {"party"}


def test_more_figures_said_in_other_words_and_footers():
    assert kinds("Each Party shall submit its first report within two years.",
                 "Each Party shall submit its initial report within two years.") == set()
    assert kinds("Une garantie d’un montant d’un million de dollars des États-Unis est exigée.",
                 "Une garantie d’un montant de 1 000 000 dollars des États-Unis est exigée.") \
        == set()
    assert kinds("Les membres du Bureau sont élus pour deux ans.",
                 "Les membres du Bureau sont élus pour trois ans.") == {"number"}
    assert kinds("une réduction de quinze pour cent", "une réduction de quinze pour cent.") == set()
    assert kinds("shall meet at least twice a year. ________ Draft 4 - 2 June 2026 - page 3 of 9",
                 "shall meet at least twice a year.") == set()
    assert kinds("заседания проводятся дважды в год. Проект 4 — 02.06.2026 — стр. 3 из 9",
                 "заседания проводятся дважды в год.") == set()
    assert kinds("1. The report covers the budget.4 2. It is circulated before the meeting.",
                 "1. The report covers the budget. 2. It is circulated before the meeting.") \
        == set()


def test_more_ways_of_saying_a_duty_or_its_absence():
    assert kinds("Il n’est pas nécessaire que les blocs soient contigus.",
                 "Les blocs ne doivent pas nécessairement être contigus.") == set()
    assert kinds("in so far as the master can do so without danger",
                 "in so far as the master is able to do so without danger") == set()
    assert kinds("c) Renforcement des capacités, les Parties pouvant financer des programmes ;",
                 "c) Renforcement des capacités, les Parties devant financer des programmes ;") \
        == {"modal"}
    assert kinds("This Agreement is applied provisionally by [list of signatories].",
                 "This Agreement is applied provisionally by the signatory States.") \
        == {"placeholder"}


def test_a_paragraph_cited_by_its_place_in_drafts_read_from_files(tmp_path):
    """In a draft read from a file the paragraph's number is its clause's, not words of its
    text: "the preceding paragraph" in paragraph 3 is still paragraph 2."""
    text = ("AGREEMENT\n\nArticle 4\nLists\n1. Each Party shall keep a list of its focal points.\n"
            "2. The secretariat shall keep a list of observers.\n"
            "3. The list referred to in paragraph 2 shall be published by the secretariat.\n")
    paths = []
    for name, body in (("a", text), ("b", text.replace("paragraph 2", "the preceding paragraph")),
                       ("c", text.replace("paragraph 2", "paragraph 1"))):
        path = tmp_path / f"{name}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    found = [{flag.kind for pair in compare(load_draft(paths[0]), load_draft(other)).walk()
              for flag in pair.flags} for other in paths[1:]]
    assert found == [set(), {"reference"}]


def test_long_alternatives_side_by_side_one_chosen():
    """"[A] [B]" -> "A": brackets side by side are alternatives however long; the choice is
    the news, not the actor or figure of the text not chosen."""
    found = flags("The Committee shall meet [at the seat of the secretariat] [in a city chosen "
                  "by the Bureau at its second meeting] each year.",
                  "The Committee shall meet at the seat of the secretariat each year.")
    assert found == [("bracket", "[at the seat of the secretariat][in a city chosen by the "
                      "Bureau at its second meeting]", "at the seat of the secretariat")]
    # Both kept: brackets removed, nothing chosen.
    assert kinds("The Committee shall meet [at the seat of the secretariat] [every year].",
                 "The Committee shall meet at the seat of the secretariat every year.") \
        == {"bracket"}


def test_a_clause_that_was_a_placeholder_alone(tmp_path):
    """A clause's whole text a placeholder, then written (or the other way round): too unlike
    to be read word by word, yet the news."""
    head = "TREATY\n\nArticle 1\nScope\nThe Parties shall cooperate.\n\nArticle 2\nBudget\n"
    placeholder = "[Placeholder for the provisions on the budget]\n"
    written = "The Bureau shall prepare a budget for each biennium and submit it to the Parties.\n"
    filled = _flags_of_drafts(tmp_path, head + placeholder, head + written)
    assert [(kind, old) for kind, old, _, _ in filled] == [
        ("placeholder", "[Placeholder for the provisions on the budget]")]
    assert filled[0][2] == written.strip() and filled[0][3] == "Article 2"
    emptied = _flags_of_drafts(tmp_path, head + written, head + placeholder)
    assert [(kind, new) for kind, _, new, _ in emptied] == [
        ("placeholder", "[Placeholder for the provisions on the budget]")]


def test_more_changes_read_as_negotiators_do():
    # the decimals of a figure
    assert kinds("a fee of 0.02 per cent of the value", "a fee of 0.2 per cent of the value") \
        == {"number"}
    assert kinds("a fee of 0.02 per cent of the value", "a fee of 0.020 per cent of the value") \
        == set()
    # a limit said before or after its figure
    assert kinds("Les observations sont soumises au plus tard 45 jours avant la réunion.",
                 "Les observations sont soumises quarante-cinq jours au plus tard avant la "
                 "réunion.") == set()
    assert kinds("shall not be convened later than 60 days after the request",
                 "shall be convened not later than 60 days after the request") == set()
    assert kinds("shall not be more than three years", "shall be more than three years") \
        == {"modal", "negation"}
    # a modal said again for its subject's second verb
    assert kinds("Notices shall be sent to the Chair of the Council and copied to each member.",
                 "Notices shall be sent to the Chair of the Council and shall be copied to each "
                 "member.") == set()
    # one actor, singular or plural
    assert kinds("a certificate issued by the flag State(s) concerned",
                 "a certificate issued by the flag State or States concerned") == set()
    # a placeholder that says who will fill it in, and when
    assert kinds("The headquarters shall be at [to be decided by the Assembly at its second "
                 "session].", "The headquarters shall be at Nordby.") == {"placeholder"}
    # the French "non" of an adjective (not that of a name)
    assert kinds("La procédure est de nature non contraignante.",
                 "La procédure est de nature contraignante.") == {"negation"}
    assert kinds("les organisations non gouvernementales et les Parties",
                 "les organisations non gouvernementales et toutes les Parties") == set()


def test_more_actors_named():
    assert kinds("в консультации с Председателем и принимающим государством",
                 "в консультации с Председателем") == {"party"}
    assert kinds("наблюдатели от государств и межправительственных организаций",
                 "наблюдатели от государств") == {"party"}
    assert kinds("in consultation with the Fund [and the World Bank].",
                 "in consultation with the Fund.") == {"bracket", "party"}
    assert kinds("en consultation avec la Banque mondiale.", "en consultation.") == {"party"}
    assert kinds("под руководством Совета и Глобального экологического фонда.",
                 "под руководством Совета.") == {"party"}
    assert kinds("совместно со Всемирным банком.", "совместно.") == {"party"}


def test_a_russian_appendix_cited(tmp_path):
    text = ("ПРАВИЛА\n\nПравило 1\nЗаявки\nЗаявка подается по форме, приведенной в добавлении 1 "
            "к настоящим Правилам.\n")
    found = _flags_of_drafts(tmp_path, text, text.replace("добавлении 1", "добавлении 2"))
    assert [kind for kind, *_ in found] == ["reference"]


def test_negations_said_otherwise_and_page_furniture():
    assert kinds("3. Neither the Council nor any Member State shall be liable for such acts.",
                 "3. The Council shall not be liable for such acts.") == {"party"}
    assert kinds("Such platforms shall be treated either as ships or as installations.",
                 "Such platforms shall be treated neither as ships nor as installations.") \
        == {"negation"}
    assert kinds("Aucune disposition du présent Protocole ne porte atteinte aux droits que les "
                 "Parties tiennent de la Convention.",
                 "Les dispositions du présent Protocole ne portent en rien atteinte aux droits "
                 "que les Parties tiennent de la Convention.") == set()
    # a running header or footer a text export left at a paragraph's end or start
    assert kinds("shall respect the law of the host State. FISHERIES PROTOCOL — DRAFT 3 Page 4 "
                 "of 12", "shall respect the law of the host State.") == set()
    assert kinds("ISBA/31/C/7 Page 3 4. The Council shall review the plan every five years.",
                 "4. The Council shall review the plan every five years.") == set()
    # a footnote's mark glued to the last of a list of symbols in brackets
    assert kinds("sur la base des notes (A/AC.9/2024/3 et A/AC.9/2024/4)7.",
                 "sur la base des notes (A/AC.9/2024/3 et A/AC.9/2024/4).") == set()


def test_figures_said_otherwise():
    assert kinds("Les deux Parties se consultent sans délai.", "Les Parties se consultent sans "
                 "délai.") == set()
    assert kinds("клетку площадью не свыше 50 кв. км", "клетку площадью не более 50 квадратных "
                 "километров") == set()
    assert kinds("клетку площадью не свыше 50 кв. км", "клетку площадью не более 60 кв. км") \
        == {"number"}
    assert kinds("созывает совещание не позднее чем через один год после вступления в силу",
                 "созывает совещание не позднее чем через год после вступления в силу") == set()
    assert kinds("распространяет повестку дня не позднее чем за 30 дней до сессии",
                 "распространяет повестку дня не позднее, чем за тридцать дней до сессии") \
        == set()
    assert kinds("распространяет повестку дня не позднее чем за 30 дней до сессии",
                 "распространяет повестку дня не позднее, чем за сорок дней до сессии") \
        == {"number"}


def test_still_more_actors_and_their_roles():
    assert kinds("могут быть представители государств и научного сообщества.",
                 "могут быть представители государств.") == {"party"}
    assert kinds("информируют Генерального секретаря и общественность о своей деятельности.",
                 "информируют Генерального секретаря о своей деятельности.") == {"party"}
    assert kinds("не затрагивает прав Сторон.", "не затрагивает прав Сторон и третьих "
                 "государств.") == {"party"}
    assert kinds("Бюро состоит из Председателя и двух заместителей.",
                 "Бюро состоит из Председателя, двух заместителей и Докладчика.") == {"party"}
    assert kinds("shall consult the Parties.", "shall consult the Parties and civil society "
                 "organizations.") == {"party"}
    assert kinds("consulte les Parties.", "consulte les Parties et la société civile.") \
        == {"party"}
    # two actors that swap roles, the words between them kept
    assert kinds("The request shall be sent by the Chair of the Committee to the Bureau, which "
                 "shall decide on it.", "The request shall be sent by the Bureau to the Chair "
                 "of the Committee, who shall decide on it.") == {"party"}
    assert kinds("The Party where the incident occurred shall notify the Commission at once.",
                 "The Commission shall notify the Party where the incident occurred at once.") \
        == {"party"}
    # a phrase moved whole: each actor keeps its role
    assert kinds("At the request of the contractor, the Council may extend the period.",
                 "The Council may extend the period at the request of the contractor.") == set()


def test_placeholders_and_possibilities_said_otherwise():
    assert kinds("[Орган, который будет определен,] рассматривает доклады Сторон.",
                 "Комитет рассматривает доклады Сторон.") == {"placeholder"}
    assert kinds("сообщает о любом происшествии, которое может причинить серьезный ущерб.",
                 "сообщает о любом происшествии, способном причинить серьезный ущерб.") == set()
    assert kinds("shall report any incident which may cause serious harm.",
                 "shall report any incident capable of causing serious harm.") == set()


def test_the_next_heading_run_into_a_paragraph(tmp_path):
    text = ("RULES\n\nRule 11\nAgenda\nAny Party may propose supplementary items. Rule 12 "
            "Adoption of the agenda\n")
    found = _flags_of_drafts(tmp_path, text, text.replace(" Rule 12 Adoption of the agenda", ""))
    assert found == []


def test_frequencies_fractions_and_sizes_said_otherwise():
    assert kinds("The Board shall meet at least once a year.",
                 "The Board shall meet at least annually.") == set()
    assert kinds("The Board shall meet at least once a year.",
                 "The Board shall meet at least twice a year.") == {"number"}
    assert kinds("The Board shall meet annually.", "The Board shall meet biennially.") \
        == {"number"}
    assert kinds("adopté à la majorité des trois quarts des membres",
                 "adopté à la majorité des 3/4 des membres") == set()
    assert kinds("le droit est fixé à 500 000 dollars des États-Unis",
                 "le droit est fixé à un demi-million de dollars des États-Unis") == set()
    assert kinds("Район не превышает 400 км на 400 км.",
                 "Район не превышает 400 на 400 километров.") == set()
    assert kinds("Район не превышает 400 км на 400 км.",
                 "Район не превышает 400 на 500 километров.") == {"number"}
    # a footnote's mark after a date and before "and", or after a comma and before "with"
    assert kinds("adopted on 19 June 2025 3 and opened for signature", "adopted on 19 June "
                 "2025 4 and opened for signature") == set()
    assert kinds("on financial resources, Advance unedited version 24/87 as contained in",
                 "on financial resources, as contained in") == set()


def test_more_actors_named_and_pointed_to():
    assert kinds("n’est pas opposable à la Partie en question avant l’expiration du délai.",
                 "n’est pas opposable à cette Partie avant l’expiration du délai.") == set()
    assert kinds("l’avis du Programme des Nations Unies pour l’environnement sur les méthodes",
                 "l’avis du PNUE sur les méthodes") == set()
    assert kinds("après consultation du Bureau.", "après consultation du Bureau et des groupes "
                 "régionaux.") == {"party"}
    assert kinds("консультируется с Секретариатом [и профильными органами] по вопросам",
                 "консультируется с Секретариатом по вопросам") == {"bracket", "party"}
    assert kinds("The Body[, in consultation with the finance committee,] shall adopt guidelines.",
                 "The Body shall adopt guidelines.") == {"bracket", "party"}
    assert kinds("Любая Сторона вправе передавать информацию.",
                 "Ни одна из Сторон не вправе передавать информацию.") == {"modal", "negation"}
    assert kinds("the report of the credentials committee was adopted",
                 "the report of the Credentials Committee was adopted") == set()


def test_negations_and_citations_said_otherwise():
    assert kinds("Neither Party shall disclose such information without the prior consent of "
                 "the other Party.", "A Party shall not disclose such information unless the "
                 "other Party has given its prior consent.") == set()
    assert kinds("Aucune disposition du présent Accord n’affecte les droits des États tiers.",
                 "Les dispositions du présent Accord n’affectent pas les droits des États "
                 "tiers.") == set()
    assert kinds("une période ne pouvant pas dépasser quatre ans",
                 "une période ne pouvant dépasser quatre ans") == set()
    # a negation moved out of the clause that says which data
    assert kinds("Data that are not confidential are made public through the mechanism.",
                 "Data that are confidential are not made public through the mechanism.") \
        == {"negation"}
    # which sentence of a paragraph is cited, in Russian, in any case
    assert kinds("Положения второго предложения пункта 3 применяются к возражению.",
                 "Положения первого предложения пункта 3 применяются к возражению.") \
        == {"reference"}
    assert kinds("Исключение, предусмотренное во втором предложении пункта 3, не применяется.",
                 "Исключение, предусмотренное пунктом 3 (второе предложение), не "
                 "применяется.") == set()


def test_references_said_by_a_placeholder_or_an_alternative(tmp_path):
    text = ("AGREEMENT\n\nArticle 4\nEquipment\nThe sending Party may bring in the equipment "
            "needed for the activities referred to in [Article 9][Article 10].\n")
    found = _flags_of_drafts(tmp_path, text, text.replace("[Article 9][Article 10]",
                                                          "Article 10"))
    assert [kind for kind, *_ in found] == ["bracket"]
    text = ("AGREEMENT\n\nArticle 4\nContacts\nThe Parties shall designate a focal point for "
            "the matters referred to in article 9.\n")
    found = _flags_of_drafts(tmp_path, text, text.replace("article 9", "article […]"))
    assert [kind for kind, *_ in found] == ["placeholder"]


def test_found_on_drafts_read_as_a_user_would():
    """Two changes seen when comparing drafts written for the purpose in the app: an
    alternative chosen while the words before it change too, and the "non" of an actor's
    name."""
    found = flags("The Commission shall meet at least once a year [at the seat of the "
                  "secretariat] [in a city chosen by the Bureau at its second meeting].",
                  "The Commission shall meet at least annually at the seat of the secretariat.")
    assert [(kind, new) for kind, _, new in found] == [
        ("bracket", "at the seat of the secretariat")]
    assert kinds("Les observateurs ne participent pas à la prise de décisions.",
                 "Les observateurs et les Parties non contractantes ne participent pas à la "
                 "prise de décisions.") == {"party"}


def test_heldout63_to_70_development():
    """Mends after the sixty-third to seventieth sets were scored (sentences written for the
    test)."""
    # numbers: two thirds in Russian, a part of a session, a minimum said before "за"
    assert kinds("принимается большинством членов Совета", "принимается двумя третями членов "
                 "Совета") == {"number"}
    assert kinds("during the first part of its resumed session", "during the second part of "
                 "its resumed session") == {"number"}
    assert kinds("распространяется не позднее чем за шесть недель до открытия сессии",
                 "распространяется по меньшей мере за шесть недель до открытия сессии") == set()
    assert kinds("Конференция Сто-рон определяет размер взносов.",
                 "Конференция Сторон определяет размер взносов.") == set()
    # modals: "shall also not", a French subjunctive
    assert kinds("Such use shall also not be prohibited.", "Such use shall also be "
                 "prohibited.") == {"modal", "negation"}
    assert kinds("veillent à ce que les connaissances soient prises en compte",
                 "veillent à ce que les connaissances puissent être prises en compte") \
        == {"modal"}
    # negations: both sides abstain; "not abstain"; "in the absence of"
    assert kinds("Members that abstain from voting are considered as not voting.",
                 "Members that abstain from voting are considered as voting.") == {"negation"}
    assert kinds("The staff shall abstain from any political activity.",
                 "The staff shall not abstain from any political activity.") \
        == {"modal", "negation"}
    assert kinds("Если в течение 60 дней не поступит возражений, поправка считается принятой.",
                 "При отсутствии возражений в течение 60 дней поправка считается принятой.") \
        == set()
    # actors
    assert kinds("копию заявки [государству флага и] поручившемуся государству",
                 "копию заявки поручившемуся государству") == {"bracket", "party"}
    assert kinds("несет эта организация вместе с участвующими в ней государствами.",
                 "несет эта организация.") == {"party"}
    assert kinds("информирует Генерального секретаря и другие государства — участники Договора",
                 "информирует Генерального секретаря") == {"party"}
    assert kinds("2. The Parties shall provide financial resources.",
                 "2. Developed country Parties shall provide financial resources.") == {"party"}
    assert kinds("shall be settled by the Chamber in accordance with section 5",
                 "shall be settled by an arbitral tribunal in accordance with section 5") \
        == {"party"}
    assert kinds("Доклад препровождается Научно-техническому органу (НТО) для рассмотрения.",
                 "Доклад препровождается НТО для рассмотрения.") == set()
    # brackets: a choice with an elided article, an alternative added beside another
    assert kinds("examinées dans un délai de [six mois][un an] à compter de leur réception",
                 "examinées dans un délai d’un an à compter de leur réception") == {"bracket"}
    assert kinds("for a term of [four] years, renewable once.",
                 "for a term of [four][five] years, renewable once.") == {"bracket"}
    assert kinds("for a term of [four][five] years, renewable once.",
                 "for a term of [four] years, renewable once.") == {"bracket"}


def test_a_russian_self_reference_in_another_case(tmp_path):
    text = ("СОГЛАШЕНИЕ\n\nСтатья 5\nМеры\nНичто в настоящей статье не толкуется как "
            "ограничивающее право Сторон.\n")
    found = _flags_of_drafts(tmp_path, text, text.replace(
        "Ничто в настоящей статье не толкуется как ограничивающее",
        "Положения настоящей статьи не толкуются как ограничивающие"))
    assert [kind for kind, *_ in found if kind == "reference"] == []


def test_heldout71_to_74_development():
    """Mends after the seventy-first to seventy-fourth sets were scored (sentences written
    for the test)."""
    assert kinds("равен 40 процентам ее взноса", "равен 40 % ее взноса") == set()
    assert kinds("se réunit en session ordinaire tous les deux ans", "se réunit en session "
                 "ordinaire une fois tous les deux ans") == set()
    assert kinds("вступает в силу на сто двадцатый день после сдачи", "вступает в силу на "
                 "120-й день после сдачи") == set()
    assert kinds("вступает в силу на сто двадцатый день после сдачи", "вступает в силу на "
                 "сто восьмидесятый день после сдачи") == {"number"}
    assert kinds("at such times as may be decided by the Parties", "at such times as shall be "
                 "decided by the Parties") == {"modal"}
    assert kinds("Les îles ne peuvent faire l’objet d’aucune revendication.",
                 "Aucune revendication ne peut viser les îles.") == set()
    # actors: ministries and least developed countries in lower case; the Assembly that
    # adopted a resolution cited; a list put in another order with "concerned" said once; a
    # Russian phrase moved whole
    assert kinds("an arrangement between the competent security services",
                 "an arrangement between the ministries of defence") == {"party"}
    assert kinds("aux chercheurs des petits États insulaires et des pays les moins avancés ;",
                 "aux chercheurs des petits États insulaires ;") == {"party"}
    assert kinds("в соответствии с резолюцией 78/272 решения принимаются",
                 "в соответствии с резолюцией 78/272 Генеральной Ассамблеи решения "
                 "принимаются") == set()
    assert kinds("shall consult the sponsoring States and the contractors concerned.",
                 "shall consult the contractors and the sponsoring States concerned.") == set()
    assert kinds("Совет может, по рекомендации Комиссии, продлить срок.",
                 "По рекомендации Комиссии Совет может продлить срок.") == set()
    # a figure dropped with its brackets with those it is for: the figure, not an actor
    assert kinds("est égal à 50 pour cent [ou à 25 pour cent pour les pays les moins "
                 "avancés] de la contribution", "est égal à 50 pour cent de la contribution") \
        == {"bracket", "number"}
    assert kinds("The Secretariat shall report [and the Bureau shall comment] within 30 days.",
                 "The Secretariat shall report within 30 days.") == {"bracket", "party"}


def test_found_by_an_independent_review():
    """Changes an independent reading of the session's rules showed flagged wrongly or not
    at all (sentences written for the review)."""
    # a changed figure after a comma is no footnote's mark
    assert kinds("rates of 40 per cent in 2025, 45 in 2026 and 50 in 2027",
                 "rates of 40 per cent in 2025, 55 in 2026 and 50 in 2027") == {"number"}
    # a bracketed provision is no placeholder because it says "to be decided by"
    assert "placeholder" not in kinds(
        "[Any matter to be decided by the Conference shall be decided by consensus of the "
        "Parties present.]", "Decisions of the Conference shall be taken by a two-thirds "
        "majority of those voting.")
    # a negation added where both sides say "in the absence of"
    assert kinds("При отсутствии консенсуса между Сторонами решение по данному вопросу "
                 "принимается голосованием.", "При отсутствии консенсуса между Сторонами "
                 "решение по данному вопросу не принимается голосованием.") == {"negation"}
    # words that only begin like "орган"
    assert kinds("морские организмы", "морские виды") == set()
    assert kinds("Совещание организуется Секретариатом", "Совещание созывается "
                 "Секретариатом") == set()
    # a limit turned by "не", and "более" / "свыше" said for one another
    assert kinds("Срок составляет свыше 30 дней.", "Срок составляет не свыше 30 дней.") \
        == {"number"}
    assert kinds("Срок составляет более 30 дней.", "Срок составляет свыше 30 дней.") == set()
    # a "not" in a condition either way
    assert kinds("Data that are not proprietary shall be made available.",
                 "Data shall be made available if they are not proprietary.") == set()
    # the "aucune" of a relative clause with its own "n'"
    assert kinds("L'État qui n'a reçu aucune notification ne peut agir que dans un délai de "
                 "30 jours.", "L'État qui n'a reçu aucune notification peut agir seulement "
                 "dans un délai de 30 jours.") == set()
    # a purpose, and "as will be"
    assert kinds("afin qu'elles puissent participer aux travaux",
                 "afin de leur permettre de participer aux travaux") == set()
    assert kinds("such rules as will be required for the purpose",
                 "such rules as are required for the purpose") == set()
    # a Russian indent cited in other cases; a proposal is no sentence cited
    assert kinds("Второй абзац пункта 3 применяется к возражению.",
                 "Положения второго абзаца пункта 3 применяются к возражению.") == set()
    assert "reference" not in kinds("первое предложение Председателя было принято",
                                    "второе предложение Председателя было принято")
    # "non" said by a prefix; frequencies
    assert kinds("ressources non utilisées", "ressources inutilisées") == set()
    assert kinds("The Board shall meet annually.", "The Board shall meet every year.") == set()
    assert kinds("Parties shall report semi-annually.", "Parties shall report annually.") \
        == {"number"}
    # the Assembly of a resolution's number, when another body is named instead
    assert kinds("transmit resolution 78/272 of the Assembly to the Parties",
                 "transmit resolution 78/272 of the Council to the Parties") == {"party"}
    assert kinds("в течение одного года", "в течение года") == set()


def test_heldout75_to_82_development():
    """Mends after the seventy-fifth to eighty-second sets were scored (sentences written for
    the test)."""
    # a conditional "should" is no duty
    assert kinds("If the contractor should fail to reply within the time set, the Council may "
                 "act.", "If the contractor fails to reply within the time set, the Council may "
                 "act.") == set()
    assert kinds("to respond at once should an incident occur in the zone",
                 "to respond at once if an incident occurs in the zone") == set()
    # what might happen, said of a thing, with or without a modal
    assert kinds("Tout litige qui pourrait naître entre les Parties est réglé à l'amiable.",
                 "Tout litige qui naît entre les Parties est réglé à l'amiable.") == set()
    assert kinds("Any State which may wish to speak shall inform the Chair.",
                 "Any State wishing to speak shall inform the Chair.") == set()
    assert kinds("Сторона, в рамках юрисдикции которой ведется работа, обеспечивает надзор.",
                 "Сторона, в рамках юрисдикции которой ведется работа, может обеспечивать "
                 "надзор.") == {"modal"}
    # French ways of saying "may" and "may not"
    assert kinds("Ils peuvent assister aux séances.", "Ils sont autorisés à assister aux "
                 "séances.") == set()
    assert kinds("Aucune disposition ne peut être interprétée comme conférant des droits.",
                 "Les dispositions ne sauraient être interprétées comme conférant des droits.") \
        == set()
    # the "not" of a comparison of a quality
    assert kinds("the rules should not be more restrictive than those of the conference",
                 "the rules should be more restrictive than those of the conference") \
        == {"negation"}
    # one Russian actor, its words in another order or joined otherwise
    assert kinds("уведомляет Государство-поручитель о заявке", "уведомляет поручившееся "
                 "государство о заявке") == set()
    assert kinds("Государства — участники Договора проводят консультации.",
                 "Государства-участники проводят консультации.") == set()


def test_heldout83_to_86_development():
    """Mends after the eighty-third to eighty-sixth sets were scored (sentences written for
    the test)."""
    assert kinds("A/CONF.232/2023/4 12/60 3. The secretariat shall prepare a synthesis report.",
                 "3. The secretariat shall prepare a synthesis report.") == set()
    assert kinds("Les Parties s’efforcent de promouvoir la coopération.",
                 "Les Parties promeuvent la coopération.") == {"modal"}
    assert kinds("Avec le consentement des deux Parties, d’autres États peuvent être invités.",
                 "Avec le consentement des Parties, d’autres États peuvent être invités.") == set()
    assert kinds("заседания проводятся не реже двух раз в год", "заседания проводятся как "
                 "минимум дважды в год") == set()
    assert kinds("such advisers as it may require", "such advisers as it requires") == set()
    assert kinds("2. The host Party shall grant such privileges as are necessary.",
                 "2. The Party hosting them shall grant such privileges as are necessary.") \
        == set()
    assert kinds("Le Secretaire general rend compte à la Commission.",
                 "Le Secrétaire général rend compte à la Commission.") == set()


def test_heldout87_to_90_development():
    """Mends after the eighty-seventh to ninetieth sets were scored (sentences written for
    the test)."""
    assert kinds("shall not be disclosed to a thrid party", "shall not be disclosed to a "
                 "third party") == set()
    assert kinds("held its second session (14 May–25 May 2026).",
                 "held its second session from 14 May to 25 May 2026.") == set()
    assert kinds("une redevance de trente-deux mille dollars des États-Unis (32 000 dollars).",
                 "une redevance de 32 000 dollars des États-Unis.") == set()
    assert kinds("au nom de l’État qui patronne 2 par un fonctionnaire habilité",
                 "au nom de l’État qui patronne par un fonctionnaire habilité") == set()
    assert kinds("Настоящий Протокол вступает в силу [дата уточняется].",
                 "Настоящий Протокол вступает в силу 1 марта 2028 года.") == {"placeholder"}
    assert kinds("a scale specified by the ISBA/19/C/4 Authority and a list of coordinates",
                 "a scale specified by the Authority and a list of coordinates") == set()
    assert kinds("RÉSOLUTION 1962 (XVIII) L’exploration de l’espace se fait à des fins "
                 "pacifiques.", "L’exploration de l’espace se fait à des fins pacifiques.") \
        == set()


#: Changes read as a negotiator reads them, through the whole comparison as a user compares
#: two drafts (``core.references`` and the placeholder of a whole point included): each
#: found among the misses of the blind sets heldout95 to heldout98 and mended for what it
#: is, not for the pair (the pairs here are written anew).
_READ_THROUGH_THE_COMPARISON = [
    # A point that was a placeholder alone, its mark and stop kept, now written (or the
    # other way round).
    ("(d) [...];", "(d) Promote the exchange of samples with researchers of developing States;",
     {"placeholder"}),
    ("в) [подлежит уточнению];", "в) обмениваются опытом в области морских научных исследований;",
     {"placeholder"}),
    ("2. [To be inserted]", "2. Each Party shall designate a focal point and notify the "
     "secretariat thereof within six months of the entry into force of this Agreement.",
     {"placeholder"}),
    ("(b) Encourage cooperation among the regional bodies concerned in the exchange of data; and",
     "(b) [...]; and", {"placeholder"}),
    # The French subparagraph with or without its closing bracket is the same citation.
    ("au titre de l'alinéa c) du paragraphe 2 de l'article 9", "au titre de l'alinéa c du "
     "paragraphe 2 de l'article 9", set()),
    ("au titre de l'alinéa c du paragraphe 2", "au titre de l'alinéa d du paragraphe 2",
     {"reference"}),
    ("visés aux alinéas a et c.", "visés aux alinéas a) et c).", set()),
    ("Le présent alinéa a pour objet de préciser la procédure.",
     "Le présent alinéa vise à préciser la procédure.", set()),
    # Two actors that swap roles, however the diff cuts the sentence.
    ("The decision shall be made by its Chair, after consultation with the Bureau of the "
     "Conference of the Parties.", "The decision shall be made by the Bureau of the Conference "
     "of the Parties, after consultation with the Chair of that body.", {"party"}),
    ("Генеральный секретарь препровождает доклад Председателю Совета.",
     "Председатель Совета препровождает доклад Генеральному секретарю.", {"party"}),
    ("La Partie d’envoi informe la Partie d’accueil de l’arrivée du contingent.",
     "La Partie d’accueil informe la Partie d’envoi de l’arrivée du contingent.", {"party"}),
    ("La Partie hôte met les locaux à disposition.",
     "La Partie d’accueil met les locaux à disposition.", set()),
    # Another office of the same title.
    ("Notice addressed to the Secretary-General is valid.",
     "Notice addressed to the Deputy Secretary-General is valid.", {"party"}),
    ("Le rapport est transmis au Secrétaire général.",
     "Le rapport est transmis au Secrétaire général adjoint.", {"party"}),
    ("Доклад направляется Генеральному секретарю.",
     "Доклад направляется заместителю Генерального секретаря.", {"party"}),
    ("after consulting the Bureau.", "after consulting the Bureau and the Chairs of the "
     "subsidiary bodies.", {"party"}),
    # The same actor in other words: a pronoun after its name, the Conference with or without
    # its Parties, a body by its acronym in another language, Governments named together.
    ("L’Organe adopte son règlement intérieur ; l’Organe peut créer des groupes d’experts.",
     "L’Organe adopte son règlement intérieur ; il peut créer des groupes d’experts.", set()),
    ("Совещания проводятся с периодичностью, устанавливаемой Конференцией.",
     "Совещания проводятся с периодичностью, устанавливаемой Конференцией Сторон.", set()),
    ("L'Organisation des Nations Unies pour l'éducation, la science et la culture est invitée.",
     "L'UNESCO est invitée.", set()),
    ("Стороны взаимодействуют с Организацией Североатлантического договора.",
     "Стороны взаимодействуют с НАТО.", set()),
    ("Доклад направляется в ЭКОСОС.", "Доклад направляется в Экономический и Социальный Совет.",
     set()),
    ("L'OMS est consultée.", "La WHO est consultée.", set()),
    ("The report is sent to UNEP.", "The report is sent to UNDP.", {"party"}),
    ("Доклад направляется в ЭКОСОС.", "Доклад направляется в ЮНЕСКО.", {"party"}),
    ("The meeting welcomed the offer of the Government of Norland to host the secretariat and "
     "the offer of the Government of Sudmark to do the same.", "The meeting welcomed the offers "
     "of the Governments of Norland and Sudmark to host the secretariat.", set()),
    ("welcomed the offers of the Governments of Norland and Sudmark.",
     "welcomed the offers of the Governments of Norland and Estmark.", {"party"}),
    # The public, and financial institutions, are actors too.
    ("Les résultats sont communiqués au Comité, ainsi qu’au public.",
     "Les résultats sont communiqués au Comité.", {"party"}),
    ("The report shall be made available to the public.",
     "The report shall be made publicly available.", set()),
    ("funded by the Parties and international financial institutions.", "funded by the Parties.",
     {"party"}),
    # "or not" closing an alternative negates nothing.
    ("Ships of every State, coastal or land-locked, enjoy the right of passage.",
     "Ships of every State, coastal or not, enjoy the right of passage.", set()),
    ("The Committee shall decide whether to publish the report.",
     "The Committee shall decide whether or not to publish the report.", set()),
    # A negation moved out of the clause that reports into the one reported changes it; one
    # moved within what a Party ensures does not.
    ("It was not agreed that the note would contain recommendations.",
     "It was agreed that the note would not contain recommendations.", {"negation"}),
    ("Il n'a pas été décidé que le rapport serait publié.",
     "Il a été décidé que le rapport ne serait pas publié.", {"negation"}),
    ("Les Parties veillent à ce que ces mesures ne soient pas appliquées de manière arbitraire.",
     "Les Parties veillent à ne pas appliquer ces mesures de manière arbitraire.", set()),
    # A right denied, or a duty, said otherwise.
    ("An observer shall not be entitled to vote.", "An observer shall have no right to vote.",
     set()),
    ("The Chair has no right to vote.", "The Chair has the right to vote.", {"negation"}),
    ("It is not necessary for the applicant to resubmit the data.",
     "The applicant is not required to resubmit the data.", set()),
]


#: What an independent review of the rules above found them getting wrong, each mended:
#: nothing flags where the sentence says the same, and what changes still flags.
_REVIEWED = [
    # A negation moves across "agreed that" only when it leaves the verb that reports.
    ("The samples shall not be transferred, the Parties having agreed that the Committee "
     "decides.", "The Parties having agreed that the Committee decides, the samples shall not "
     "be transferred.", set()),
    ("It is understood that the Parties shall not transfer the samples.",
     "The Parties shall not, it is understood, transfer the samples.", set()),
    ("Il n’est pas nécessaire que les blocs soient contigus.",
     "Les blocs ne doivent pas nécessairement être contigus.", set()),
    # "necessary for X to" is a duty only after "it".
    ("Adequate funding is essential for the programme to continue.",
     "Adequate funding is necessary for the programme to continue.", set()),
    ("It shall not be necessary for the applicant to resubmit the data.",
     "The applicant shall not be required to resubmit the data.", set()),
    # A pronoun stands for an actor of its number only.
    ("The Committee shall inform the Parties. The Parties may reply within 30 days.",
     "The Committee shall inform the Parties. It may reply within 30 days.", {"party"}),
    ("The Committee shall inform the Parties. The Committee may reply.",
     "The Committee shall inform the Parties. They may reply.", {"party"}),
    # "Governments of" names countries, not actors; the United Kingdom by its whole name.
    ("The Governments of Member States and the Secretariat shall cooperate.",
     "The Secretariat and the Governments of Member States shall cooperate.", set()),
    ("The Governments of France and the United Kingdom of Great Britain and Northern Ireland "
     "shall consult.", "The Government of France and the Government of the United Kingdom of "
     "Great Britain and Northern Ireland shall consult.", set()),
    # "the public": not the public sector, not "santé publique"; "au publique" is a slip.
    ("Each Party shall promote investment by the public and private sectors.",
     "Each Party shall promote investment by the private sector.", set()),
    ("Les informations sont communiquées au public et aux autorités publiques.",
     "Les informations sont communiquées aux autorités publiques.", {"party"}),
    ("rédigé dans un langage accessible au publique.", "rédigé dans un langage accessible au "
     "public.", set()),
    # Another body of the same first word; another office.
    ("Доклад представляется Конференции Сторон.",
     "Доклад представляется Конференции по рассмотрению действия Договора.", {"party"}),
    ("Доклад представляется заместителю Генерального секретаря.",
     "Доклад представляется помощнику Генерального секретаря.", {"party"}),
    ("La Partie d'envoi notifie le Secrétariat.", "La Partie notifie le Secrétariat.",
     {"party"}),
    # "alinéa a" followed by what the verb "a" takes is no citation.
    ("Cet alinéa a des effets.", "Ce paragraphe a des effets.", set()),
    ("au titre de l'alinéa a du paragraphe 2", "au titre de l'alinéa a) du paragraphe 2", set()),
]


@pytest.mark.parametrize("old,new,expected", _READ_THROUGH_THE_COMPARISON + _REVIEWED)
def test_changes_read_through_the_whole_comparison(old, new, expected):
    from flags_labelled import predicted

    assert predicted({"old": old, "new": new, "kinds": []}) == expected


def test_a_placeholder_beside_an_alternative_names_its_own_words_in_either_order():
    found = [(f.kind, f.new, f.note) for f in flags_for(diff_words(
        "The Meeting shall be held [in March/in September] [venue to be determined].",
        "The Meeting shall be held in September in Geneva."), "Article 1")]
    assert found == [("bracket", "in September", "alternative chosen: in September"),
                     ("placeholder", "in Geneva", "placeholder filled in: in Geneva")]
    # Its words only the choice: the placeholder was left out, not filled.
    found = [(f.kind, f.new, f.note) for f in flags_for(diff_words(
        "The fee is [amount] [per year/per month].", "The fee is per month."), "Article 1")]
    assert found == [("bracket", "per month", "alternative chosen: per month"),
                     ("placeholder", "", "placeholder removed: [amount]")]


def test_many_point_marks_before_a_placeholder_read_in_linear_time():
    """(The marks' pattern once tried every way of reading "(i) (v) ..." when it failed: a
    point of thirty such marks took seconds.)"""
    from clausewise.core.flags import _POINT_MARKERS

    marks = "(i) " * 40 + "v) " * 40
    assert _POINT_MARKERS.fullmatch(marks)
    assert _POINT_MARKERS.fullmatch(marks + "Annex") is None  # (at once: no backtracking)


@pytest.mark.parametrize("old,new,expected", [
    ("The Committee shall report to the Economic and Social Council.",
     "The Committee shall report to the Security Council.",
     [("party", "Economic and Social Council", "Security Council")]),
    ("The secretariat is provided by the Food and Agriculture Organization of the United "
     "Nations.", "The secretariat is provided by the International Maritime Organization.",
     [("party", "Food and Agriculture Organization of the United Nations",
       "International Maritime Organization")]),
    ("The United Nations Environment Programme shall provide the secretariat.",
     "The United Nations Development Programme shall provide the secretariat.",
     [("party", "United Nations Environment Programme", "United Nations Development Programme")]),
    ("The Committee on Fisheries shall advise.", "The Committee on Forestry shall advise.",
     [("party", "Committee on Fisheries", "Committee on Forestry")]),
    ("to the Capacity-Building and Transfer of Marine Technology Committee within ten days",
     "to the Finance Committee within ten days",
     [("party", "Capacity-Building and Transfer of Marine Technology Committee",
       "Finance Committee")]),
    ("Le Programme des Nations Unies pour l'environnement assure le secrétariat.",
     "Le Programme des Nations Unies pour le développement assure le secrétariat.",
     [("party", "Programme des Nations Unies pour l'environnement",
       "Programme des Nations Unies pour le développement")]),
    ("Le Conseil économique et social examine le rapport.",
     "Le Conseil de sécurité examine le rapport.",
     [("party", "Conseil économique et social", "Conseil de sécurité")]),
    ("Экономический и Социальный Совет рассматривает доклад.",
     "Совет Безопасности рассматривает доклад.",
     [("party", "Экономический и Социальный Совет", "Совет Безопасности")]),
    ("Chaque État partie adresse son rapport au Comité des droits de l'homme.",
     "Chaque État partie adresse son rapport au Comité contre la torture.",
     [("party", "Comité des droits de l'homme", "Comité contre la torture")]),
    ("Стороны тесно сотрудничают с Европейским союзом.",
     "Стороны тесно сотрудничают с Африканским союзом.",
     [("party", "Европейским союзом", "Африканским союзом")]),
    ("The note is prepared by the Division for Ocean Affairs and the Law of the Sea.",
     "The note is prepared by the Office of Legal Affairs.",
     [("party", "Division for Ocean Affairs and the Law of the Sea", "Office of Legal Affairs")]),
    # One body in other words, or no body's name: no flag.
    ("Les données sont transmises à l'Organisation maritime internationale (OMI).",
     "Les données sont transmises à l'OMI.", []),
    ("Data are shared with the Food and Agriculture Organization of the United Nations.",
     "Data are shared with the Food and Agriculture Organization (FAO).", []),
    ("The note is prepared by the Division for Ocean Affairs and the Law of the Sea.",
     "The note is prepared by the Division for Ocean Affairs and the Law of the Sea (DOALOS).",
     []),
    ("Доклад ежегодно направляется Совету Безопасности.",
     "Доклад ежегодно направляется Совету Безопасности ООН.", []),
    ("The Commission considered the item.", "The Commission considered the proposal.", []),
    ("Appeals lie to the Seabed Disputes Chamber of the International Tribunal for the Law of "
     "the Sea.", "Appeals lie to the Seabed Disputes Chamber of ITLOS.", []),
    ("Les recours sont portés devant la Chambre pour le règlement des différends relatifs aux "
     "fonds marins du Tribunal international du droit de la mer.",
     "Les recours sont portés devant la Chambre pour le règlement des différends relatifs aux "
     "fonds marins.", []),
    ("The Parties welcome the work of the International Union for Conservation of Nature "
     "(IUCN). The IUCN may submit its data.", "The Parties welcome the work of the "
     "International Union for Conservation of Nature (IUCN). The Union may submit its data.",
     []),
    ("La demande est adressée au secrétariat. Le secrétariat en informe les Parties.",
     "La demande est adressée au secrétariat. Ce dernier en informe les Parties.", []),
    ("Le secrétariat consulte l'Organisation des Nations Unies pour l'alimentation et "
     "l'agriculture.", "Le secrétariat consulte l'Organisation des Nations Unies pour "
     "l'alimentation et l'agriculture et l'Organisation maritime internationale.",
     [("party", "", "l'Organisation maritime internationale")]),
    ("The report is signed by the Secretary-General of the International Seabed Authority.",
     "The report is signed by the Secretary-General.", []),
    ("The Rules of Procedure of the Conference shall apply.",
     "The Financial Rules of the Conference shall apply.", []),
    ("The Scientific and Technical Body shall advise.",
     "The Scientific and Technological Body shall advise.", []),
    ("The Council of the Global Environment Facility shall meet.",
     "The GEF Council shall meet.", []),
    ("The Environment Programme shall assist.",
     "The United Nations Environment Programme shall assist.", []),
    ("Representatives of the Council, the Assembly and the Commission may attend.",
     "Representatives of the Assembly, the Council and the Commission may attend.", []),
    # Its number: the number's flag.
    ("The Third Committee shall consider it.", "The Fourth Committee shall consider it.",
     [("number", "Third", "Fourth")]),
])
def test_a_body_named_otherwise_under_the_same_noun_is_another_actor(old, new, expected):
    """The actor's value is its noun ("the [Preparatory] Commission" is "the Commission"), so
    a body renamed under the same noun is read from the two names themselves."""
    assert flags(old, new) == expected


@pytest.mark.parametrize("old,new,expected", [
    ("The Governments of France, Germany and Italy shall consult each other.",
     "The Governments of France, Germany and Spain shall consult each other.",
     [("party", "Italy", "Spain")]),
    ("welcomed the offers of the Governments of Chile, Kenya and Norway to host the meeting.",
     "welcomed the offers of the Governments of Chile, Kenya, Norway and Peru to host the "
     "meeting.", [("party", "", "Peru")]),
    ("welcomed the offers of the Governments of Chile, Kenya and Norway to host the meeting.",
     "welcomed the offers of the Governments of Chile, Norway and Kenya to host the meeting.",
     []),
    ("welcomed the offers of the Governments of Chile, Kenya and Norway to host the meeting.",
     "welcomed the offers of the Governments of Chile, Kenya and Norway to host the meetings.",
     []),
])
def test_a_country_changed_anywhere_in_a_list_of_governments(old, new, expected):
    """The list is read from its head ("the Governments of"), however far before the change
    it starts; a country still listed on the other side, wherever the diff put it, is none
    changed."""
    assert flags(old, new) == expected
