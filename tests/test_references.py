"""A cross-reference that follows the renumbering is no change; one that points elsewhere is."""

from clausewise.core.compare import Status, compare
from clausewise.core.model import SourceText
from clausewise.core.references import article_references
from clausewise.core.segment import segment


def draft(*articles: tuple[int, str, str]):
    text = "\n\n".join(f"Article {number}\n{heading}\n\n{body}" for number, heading, body in articles)
    return segment(SourceText.from_text(text))


def pair_of(comparison, citation):
    return next(p for p in comparison.walk() if citation in p.right_citations)


def test_references_that_follow_a_renumbering_are_unchanged():
    old = draft((1, "Scope", "The Parties agree."),
                (2, "Consultations", "The Parties shall consult."),
                (3, "Assistance", "Assistance follows consultations under Article 2."))
    new = draft((1, "Scope", "The Parties agree."),
                (2, "Principles", "The Parties respect each other."),
                (3, "Consultations", "The Parties shall consult."),
                (4, "Assistance", "Assistance follows consultations under Article 3."))
    pair = pair_of(compare(old, new), "Article 4")
    assert pair.left_citations == ["Article 3"]
    assert pair.status is Status.UNCHANGED and pair.renumbered


def test_a_reference_that_now_points_elsewhere_is_a_change():
    old = draft((1, "Scope", "The Parties agree."),
                (2, "Consultations", "The Parties shall consult."),
                (3, "Assistance", "Assistance follows consultations under Article 2."))
    new = draft((1, "Scope", "The Parties agree."),
                (2, "Consultations", "The Parties shall consult."),
                (3, "Assistance", "Assistance follows consultations under Article 1."))
    comparison = compare(old, new)
    pair = pair_of(comparison, "Article 3")
    assert pair.status is Status.MODIFIED
    assert ("-", "2") in pair.diff and ("+", "1") in pair.diff
    assert comparison.stats.modified == 1


def test_article_references_reads_lists_and_russian():
    assert article_references("under Articles 4 and 5, and Art. 7") == ["4", "5", "7"]
    assert article_references("в соответствии со статьей 9") == ["9"]
    assert article_references("designated under Article 8(4)") == ["8"]
    assert article_references("в соответствии с пунктом 4 статьи 8") == ["8"]


def test_a_changed_paragraph_annex_or_roman_article_reference_is_a_change():
    old = draft((1, "Scope", "As provided in paragraph 1 of Annex I and Article IV."),
                (2, "Other", "Nothing."))
    new = draft((1, "Scope", "As provided in paragraph 2 of Annex I and Article IV."),
                (2, "Other", "Nothing."))
    assert pair_of(compare(old, new), "Article 1").status is Status.MODIFIED
    new = draft((1, "Scope", "As provided in paragraph 1 of Annex II and Article IV."),
                (2, "Other", "Nothing."))
    assert pair_of(compare(old, new), "Article 1").status is Status.MODIFIED
    new = draft((1, "Scope", "As provided in paragraph 1 of Annex I and Article II."),
                (2, "Other", "Nothing."))
    assert pair_of(compare(old, new), "Article 1").status is Status.MODIFIED


def test_a_reference_not_updated_after_a_renumbering_gets_a_note():
    old = draft((1, "Scope", "The Parties agree."),
                (2, "Consultations", "The Parties shall consult."),
                (3, "Assistance", "Assistance follows consultations under Article 2."))
    new = draft((1, "Scope", "The Parties agree."),
                (2, "Definitions", "Terms are defined here."),
                (3, "Consultations", "The Parties shall consult."),
                (4, "Assistance", "Assistance follows consultations under Article 2."))
    comparison = compare(old, new)
    pair = pair_of(comparison, "Article 4")
    assert pair.status is Status.UNCHANGED and pair.renumbered
    assert pair.notes == ("cites Article 2, but the old Article 2 is now Article 3: "
                          "check the cross-reference",)
    assert pair.changed
    assert comparison.to_json("a", "b")["pairs"][-1]["notes"] == list(pair.notes)


def test_references_to_another_treaty_are_left_alone():
    old = draft((1, "Scope", "The Parties agree."),
                (2, "Self-defence", "Nothing affects Article 2 of the Charter of the United Nations."))
    new = draft((1, "Principles", "New principles."),
                (2, "Scope", "The Parties agree."),
                (3, "Self-defence", "Nothing affects Article 2 of the Charter of the United Nations."))
    pair = pair_of(compare(old, new), "Article 3")
    assert pair.notes == ()


def test_a_stale_reference_keeps_the_numbers_a_view_needs_to_say_it_in_another_language():
    old = draft((1, "Scope", "The Parties agree."),
                (2, "Consultations", "The Parties shall consult."),
                (3, "Assistance", "Assistance follows consultations under Article 2."))
    new = draft((1, "Scope", "The Parties agree."),
                (2, "Definitions", "Terms are defined here."),
                (3, "Consultations", "The Parties shall consult."),
                (4, "Assistance", "Assistance follows consultations under Article 2."))
    pair = pair_of(compare(old, new), "Article 4")
    assert [(fact.cited, fact.now, fact.note) for fact in pair.stale] == \
        [("2", ("3",), pair.notes[0])]
    dropped = draft((1, "Scope", "The Parties agree."),
                    (2, "Assistance", "Assistance follows consultations under Article 2."))
    pair = pair_of(compare(old, dropped), "Article 2")
    assert [(fact.cited, fact.now) for fact in pair.stale] == [("2", ())]
    assert pair.notes == (pair.stale[0].note,) and "removed" in pair.notes[0]


# -- the reference flags: precise on real drafting (issue 19) ------------------------------

def reference_flags(old_text: str, new_text: str) -> list:
    """The reference flags of one article written two ways."""
    old = draft((1, "Scope", old_text), (2, "Other", "Nothing."))
    new = draft((1, "Scope", new_text), (2, "Other", "Nothing."))
    return [flag for pair in compare(old, new).walk() for flag in pair.flags
            if flag.kind == "reference"]


def test_the_same_regulation_cited_in_other_words_is_no_change():
    for old, new in (
            ("recorded pursuant to regulation 4, paragraph 2.",
             "recorded pursuant to regulation 4 (2)."),
            ("the entities referred to in subparagraph (b) of regulation 9 shall",
             "the entities referred to in regulation 9 (b) shall"),
            ("the fee set out in paragraph 3 of regulation 35 shall",
             "the fee set out in regulation 35 (3) shall"),
            ("the undertakings referred to in regulation 3 (4) (d); and",
             "the undertakings referred to in regulation 3, paragraph 4 (d); and")):
        assert reference_flags(old, new) == [], (old, new)
        assert reference_flags(new, old) == [], (new, old)


def test_a_regulation_that_now_cites_another_paragraph_flags():
    found = reference_flags("in accordance with regulation 27(2).",
                            "in accordance with regulation 27(3).")
    assert [(f.old, f.new, f.note) for f in found] == [
        ("regulation 27(2)", "regulation 27(3)", "reference: regulation 27(2) → regulation 27(3)")]
    found = reference_flags("referred to in regulation 9 (b) shall", "referred to in regulation 9 (c) shall")
    assert [(f.old, f.new) for f in found] == [("regulation 9 (b)", "regulation 9 (c)")]


def test_the_same_numbers_in_other_words_or_spacing_are_no_change():
    for old, new in (
            ("not included in (b)-(d), to be filled", "not included in subparagraphs (b) to (d) above, to be filled"),
            ("The provisions of paragraphs 3, 4, 5, 6and 7 also apply.",
             "The provisions of paragraphs 3, 4, 5, 6 and 7 also apply."),
            ("as reflected in section E below.", "as reflected in section II.E below."),
            ("the criteria in subparagraphs (h), (k), (l) and (n).",
             "the criteria in subparagraphs (h), (k), (1) and (n)."),
            ("determined in accordance with subpara-graph (b), of the metals",
             "determined in accordance with subparagraph (b), of the metals")):
        assert reference_flags(old, new) == [], (old, new)
    # Another section is another section, whatever the level named before it.
    assert [f.new for f in reference_flags("as reflected in section E below.",
                                           "as reflected in section III.F below.")] == ["section III.F"]


def test_no_reference_flag_in_a_passage_rewritten_or_a_pair_rewritten():
    passage = ("That register, kept in the form agreed with the secretariat in consultation with "
               "the regional groups, holds the information referred to in article 14 of annex II, "
               "together with the summaries prepared by the contractors each year and the maps.")
    assert reference_flags("The Commission keeps a register.",
                           "The Commission keeps a register. " + passage) == []
    old = draft((1, "Register", "The Commission keeps a register of approved plans of work, "
                 "as provided in paragraph 2."), (2, "Other", "Nothing."))
    new = draft((1, "Navigation", "Ships of all States enjoy transit passage through straits "
                 "under paragraph 3."), (2, "Other", "Nothing."))
    pair = pair_of(compare(old, new), "Article 1")
    assert pair.similarity < 0.35 and pair.left_citations == ["Article 1"]
    assert not [f for f in pair.flags if f.kind == "reference"]  # a pair rewritten


def test_a_reference_flag_shows_the_words_as_written_once_and_a_few_at_most():
    found = reference_flags("The transfer may be approved.",
                            "The transfer may be approved unless forbidden by Annex III, article 6, "
                            "paragraph 3 (c).")
    assert [(f.old, f.new, f.note) for f in found] == [
        ("", "Annex III, article 6, paragraph 3 (c)",
         "reference added: Annex III, article 6, paragraph 3 (c)")]
    found = reference_flags("Under this article the Council decides.",
                            "Under rule 6, rule 8, rule 9, rule 12 and rule 14 the Council decides.")
    assert [f.new for f in found] == ["rule 6; rule 8; rule 9; …"]
    found = reference_flags("as set out in the schedule.",
                            "as set out in paragraph 1 and, for the schedule, in paragraph 1.")
    assert [f.new for f in found] == ["paragraph 1"]


def test_a_changed_reference_is_said_by_its_words_alone():
    found = reference_flags("in accordance with Article 2 of this Agreement.",
                            "in accordance with Article 1 of this Agreement.")
    assert [(f.old, f.new, f.note, f.said) for f in found] == [
        ("Article 2", "Article 1", "reference: Article 2 → Article 1", ())]


def test_a_text_that_now_cites_another_of_its_own_scopes_flags():
    """ "information exchanged under this Article" -> "... under this Agreement": the duty now
    covers all information, not that of one article (sample drafts 1 -> 2, Article 14(5))."""
    base = "Information exchanged under this {} shall be protected in accordance with Article 5."
    assert [(f.old, f.new) for f in reference_flags(base.format("Article"),
                                                    base.format("Agreement"))] == [
        ("this Article", "this Agreement")]
    french = "Les informations échangées en vertu {} sont protégées."
    assert [(f.old, f.new) for f in reference_flags(french.format("du présent article"),
                                                    french.format("du présent Accord"))] == [
        ("du présent article", "du présent Accord")]
    russian = "Информация, которой обмениваются в рамках {}, подлежит защите."
    assert [(f.old, f.new) for f in reference_flags(russian.format("настоящей статьи"),
                                                    russian.format("настоящего Соглашения"))] == [
        ("настоящей статьи", "настоящего Соглашения")]


def test_the_same_scope_in_other_words_or_a_new_sentence_citing_it_is_no_scope_flag():
    old = "The Parties shall report under this Article."
    assert reference_flags(old, "The Parties shall report under the present Article.") == []
    assert reference_flags(old, old + " This Agreement shall apply to the Area.") == []
    assert reference_flags(old, old.replace("report", "inform the depositary")) == []


def test_an_agenda_item_is_no_cross_reference():
    assert reference_flags("Under other matters, the Commission heard a statement.",
                           "Under agenda item 7, entitled “Other matters”, the Commission "
                           "heard a statement.") == []


def _notifications(paragraphs: list[str]):
    return draft((1, "Scope", "This Agreement applies to the Area."),
                 (2, "Notifications", "\n".join(f"{n}. {text}" for n, text in
                                                enumerate(paragraphs, start=1))))


OLD_PARAGRAPHS = ["Each Party shall notify the depositary.",
                  "The notification shall state the measures taken.",
                  "A notification under paragraph 2 shall be circulated to all Parties."]


def _inserted(reference: str) -> list[str]:
    """Paragraph 2 inserted: the old paragraph 2 is now paragraph 3."""
    return [OLD_PARAGRAPHS[0], "The depositary shall acknowledge receipt.", OLD_PARAGRAPHS[1],
            OLD_PARAGRAPHS[2].replace("paragraph 2", reference)]


def test_a_reference_to_the_articles_own_paragraph_follows_its_renumbering():
    comparison = compare(_notifications(OLD_PARAGRAPHS), _notifications(_inserted("paragraph 3")))
    assert [flag for pair in comparison.walk() for flag in pair.flags] == []
    assert not [pair.notes for pair in comparison.walk() if pair.notes]


def test_a_reference_to_a_renumbered_paragraph_left_as_it_was_is_flagged_and_noted():
    comparison = compare(_notifications(OLD_PARAGRAPHS), _notifications(_inserted("paragraph 2")))
    pair = pair_of(comparison, "Article 2(4)")
    note = ("cites paragraph 2, but the old paragraph 2 is now paragraph 3: check the "
            "cross-reference")
    assert pair.notes == (note,)
    assert [(f.kind, f.old, f.new, f.note) for f in pair.flags] == [
        ("reference", "paragraph 2", "paragraph 2", note)]
    fact, = pair.stale
    assert (fact.cited, fact.now, fact.level) == ("2", ("3",), "paragraph")
    from clausewise.reports import labels
    assert labels.stale_phrase(fact, "fr").startswith("cite le paragraphe 2, mais l'ancien "
                                                      "paragraphe 2 est désormais le paragraphe 3")
    assert labels.stale_phrase(fact, "ru").startswith("ссылается на пункт 2")


def test_a_paragraph_of_another_article_is_not_read_as_the_articles_own():
    old = draft((1, "Scope", "1. See paragraph 2 of article 2.\n2. Nothing else."),
                (2, "Notifications", "1. Notify.\n2. State the measures."))
    new = draft((1, "Scope", "1. A new first paragraph.\n2. See paragraph 2 of article 2.\n"
                             "3. Nothing else."),
                (2, "Notifications", "1. Notify.\n2. State the measures."))
    comparison = compare(old, new)
    assert not [pair.notes for pair in comparison.walk() if pair.notes]
    assert not [f for pair in comparison.walk() for f in pair.flags if f.kind == "reference"]
