"""Flag notes in the user's language (issue 19): "alternative chosen: shall", "cross-reference
now cites ..." are said in a French or Russian window and briefing from the facts the engine
keeps on each flag (``Flag.said``); the CLI and the JSON keep the engine's English."""

from __future__ import annotations

import json

import pytest

from clausewise.core import describe
from clausewise.core.compare import compare
from clausewise.core.result import FLAG_NOTES
from clausewise.drafts import load_draft
from clausewise.gui import engine_words, i18n
from clausewise.reports import labels

OLD = ("Article 1\nScope\nThe Parties [shall/should] consult each other.\n\n"
       "Article 2\nUse\nAs provided in article 4 of annex II.\n\n"
       "Article 3\nEnd\nThe Parties shall act [within thirty days].\n\n"
       "Article 4\nFees\nThe fee shall be paid to [to be inserted].\n")
NEW = ("Article 1\nScope\nThe Parties shall consult each other.\n\n"
       "Article 2\nUse\nAs provided in article 5 of annex II.\n\n"
       "Article 3\nEnd\nThe Parties shall act within thirty days.\n\n"
       "Article 4\nFees\nThe fee shall be paid to the secretariat.\n")
#: The English words of the notes, which no French or Russian view may show.
ENGLISH = ("alternative", "bracket", "cross-reference", "now cites", "agreed", "(was ",
           "placeholder", "filled")


@pytest.fixture
def flagged(tmp_path):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    comparison = compare(load_draft(old), load_draft(new))
    found = [(pair, flag) for pair in comparison.walk() for flag in pair.flags if flag.said]
    assert {flag.said[0][0] for _, flag in found} >= {"chosen", "agreed", "filled"}
    # A changed cross-reference says it in its words alone, in any language: no note.
    cited = [flag for pair in comparison.walk() for flag in pair.flags if flag.kind == "reference"]
    assert [(describe.flag_words(flag), flag.said) for flag in cited] == \
        [("article 4 → article 5", ())]
    return comparison, found


def test_the_engine_keeps_the_facts_of_its_english_notes(flagged):
    comparison, found = flagged
    for _, flag in found:
        assert flag.note == "; ".join(FLAG_NOTES[key].format(*words)
                                      for key, *words in flag.said)
    # The JSON keeps its fields and its English notes.
    notes = [flag["note"] for pair in json.loads(json.dumps(comparison.to_json("old.txt", "new.txt")))["pairs"]
             for flag in pair["flags"]]
    assert "alternative chosen: shall" in notes
    assert all(set(flag.as_json()) == {"kind", "old", "new", "where", "start", "end", "note"}
               for _, flag in found)


@pytest.mark.parametrize("language", ["fr", "ru"])
def test_a_briefing_says_flag_notes_in_its_language(flagged, language):
    _, found = flagged
    for pair, flag in found:
        said = labels.flag_note_phrase(pair, flag, flag.note, language)
        assert said and not any(word in said for word in ENGLISH), said
    assert labels.flag_note_phrase(*found[0], found[0][1].note, "en") == found[0][1].note


@pytest.mark.parametrize("language", ["fr", "ru"])
def test_a_window_says_flag_notes_in_its_language(qapp, flagged, language):
    _, found = flagged
    assert i18n.install(language) == language
    try:
        for pair, flag in found:
            text = engine_words.flag_text(pair, flag)
            assert not any(word in text for word in ENGLISH), text
        chosen = next(flag for _, flag in found if flag.said[0][0] == "chosen")
        # (the choice's words are the new words: said once, not again in the note)
        expected = {"fr": "→ shall (variante retenue)", "ru": "→ shall (выбран вариант)"}[language]
        assert expected in engine_words.flag_text(found[0][0], chosen)
    finally:
        i18n.install("en")
    for pair, flag in found:  # English again: the engine's own words
        assert engine_words.flag_text(pair, flag) == describe.flag_words(flag)


def test_a_note_that_only_says_the_words_again_is_not_shown_beside_them(flagged):
    comparison, found = flagged
    cites = next(flag for pair in comparison.walk() for flag in pair.flags
                 if flag.kind == "reference")
    assert describe.flag_words(cites) == f"{cites.old} → {cites.new}"
    # A note that says more than the words stays: which alternative was chosen.
    chosen = next(flag for _, flag in found if flag.said[0][0] == "chosen")
    assert describe.flag_words(chosen) == f"{chosen.old} → {chosen.new} (alternative chosen)"
    assert chosen.note == f"alternative chosen: {chosen.new}"


def test_a_bracket_note_that_says_more_than_the_words_is_shown():
    from clausewise.core.diff import diff_words
    from clausewise.core.flags import flags_for
    found = flags_for(diff_words("the obligations of the Parties under Article 6",
                                 "the obligations of the Parties [under] Article 6"), "x")
    assert [describe.flag_words(flag) for flag in found] == [
        "under → [under] (brackets opened)"]
    # (the note's words are the new words shown: said once)
    # ... while "modal: shall → should" is not said twice.
    plain = flags_for(diff_words("The Parties shall consult.", "The Parties should consult."),
                      "x")
    assert [describe.flag_words(flag) for flag in plain] == ["shall → should"]


def test_a_placeholder_note_does_not_say_the_words_that_fill_it_again():
    from clausewise.core.diff import diff_words
    from clausewise.core.flags import flags_for
    found = flags_for(diff_words("The fee shall be paid within [TBC] of the invoice.",
                                 "The fee shall be paid within 30 days of the invoice."), "x")
    assert [describe.flag_words(flag) for flag in found] == [
        "[TBC] → within 30 days (placeholder filled in)"]
    added = flags_for(diff_words("The fee shall be paid within 30 days of the invoice.",
                                 "The fee shall be paid within [...] of the invoice."), "x")
    assert [describe.flag_words(flag) for flag in added] == ["30 days → [...]"]
