"""The word diff of one pair: a reader sees whole words change, and both texts survive."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clausewise.core.compare import CompareOptions
from clausewise.core.diff import diff_words
from engine_drafts import rebuilt


def changes(diff):
    return [(op, text) for op, text in diff if op != "="]


def test_a_one_word_change_shows_as_that_word_not_as_letters():
    diff = diff_words("The Parties shall refrain from the threat or use of force.",
                      "The Parties shall abstain from the threat or use of force.")
    assert changes(diff) == [("-", "refrain"), ("+", "abstain")]


def test_a_rewritten_phrase_reads_as_one_change():
    diff = diff_words("Consultations shall be held at the level of ministers.",
                      "Consultations shall be held at the level of senior officials.")
    assert changes(diff) == [("-", "ministers"), ("+", "senior officials")]


def test_words_changed_either_side_of_a_space_are_one_change_not_three():
    diff = diff_words("the old fox jumps", "a new dog jumps")
    assert changes(diff) == [("-", "the old fox"), ("+", "a new dog")]


def test_an_added_clause_is_all_inserted_and_a_removed_one_all_deleted():
    assert diff_words("", "New text of the article.") == (("+", "New text of the article."),)
    assert diff_words("Old text.", "") == (("-", "Old text."),)
    assert diff_words("Same text.", "Same text.") == (("=", "Same text."),)
    assert diff_words("", "") == ()


def test_a_renumbered_cross_reference_is_one_token():
    diff = diff_words("as provided in Article 4(1)(a) within 30 days",
                      "as provided in Article 5(2) within 60 days")
    assert changes(diff) == [("-", "4(1)(a)"), ("+", "5(2)"), ("-", "30"), ("+", "60")]


def test_ignore_case_and_punctuation_still_rebuild_the_real_texts():
    old = "Each Party Shall notify the Depositary, in writing."
    new = "Each Party shall notify the depositary in writing!"
    options = CompareOptions(ignore_case=True, ignore_punctuation=True)
    diff = diff_words(old, new, options)
    assert rebuilt(diff) == (old, new)
    # Only the ignored differences show, each as a small couple; no word is re-aligned.
    assert changes(diff) == [("-", "Shall"), ("+", "shall"), ("-", "Depositary,"),
                             ("+", "depositary"), ("-", "."), ("+", "!")]


def test_whitespace_differences_are_kept_in_the_diff_text():
    old, new = "The  Parties\nshall consult.", "The Parties shall consult."
    diff = diff_words(old, new, CompareOptions(ignore_whitespace=True))
    assert rebuilt(diff) == (old, new)


def test_international_text_survives_word_by_word():
    cases = [
        ("Статья 5 применяется к обеим Сторонам.", "Статья 6 применяется ко всем Сторонам."),
        ("Τα Μέρη συνεργάζονται καλόπιστα.", "Τα Μέρη συνεργάζονται στενά και καλόπιστα."),
        ("تتعاون الأطراف بحسن نية.", "تتعاون الأطراف بحسن نية وبشكل وثيق."),
        ("缔约双方应当真诚合作。", "缔约各方应当真诚合作。"),
        ("Les Parties coopèrent de bonne foi.", "Les Parties coopèrent étroitement de bonne foi."),
    ]
    for old, new in cases:
        diff = diff_words(old, new)
        assert rebuilt(diff) == (old, new)
        assert changes(diff), (old, new)
    assert changes(diff_words(*cases[1])) == [("+", "στενά και ")]
    assert changes(diff_words(*cases[3])) == [("-", "双"), ("+", "各")]


_text = st.text(alphabet=st.sampled_from(list("ab AB.,;\n\t()7Ωжш中\ue000é")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(old=_text, new=_text, case=st.booleans(), punctuation=st.booleans(),
       whitespace=st.booleans())
def test_the_diff_always_rebuilds_both_texts(old, new, case, punctuation, whitespace):
    options = CompareOptions(ignore_case=case, ignore_punctuation=punctuation,
                             ignore_whitespace=whitespace)
    diff = diff_words(old, new, options)
    assert rebuilt(diff) == (old, new)
    assert all(op in "=-+" and text for op, text in diff)
    assert all(a[0] != b[0] for a, b in zip(diff, diff[1:]) if "=" in (a[0], b[0]))


_words = st.lists(st.sampled_from(["Article", "7", "shall", "Party", "the", "(a)", ",", "Статья",
                                   "paragraph", "2", "within", "days", "Annex", "II"]),
                  max_size=25).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(old=_words, new=_words)
def test_the_diff_of_treaty_like_words_rebuilds_both_texts(old, new):
    assert rebuilt(diff_words(old, new)) == (old, new)


_vocabulary = ["Article", "7", "shall", "Party", "the", "(a)", ",", "Статья", "paragraph",
               "2", "within", "days", "Annex", "II", "notify", "Depositary", "  ", "\n"]


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(_vocabulary), min_size=40, max_size=400),
       edits=st.lists(st.tuples(st.integers(0, 399), st.sampled_from(_vocabulary + [""])),
                      min_size=1, max_size=4))
def test_a_long_clause_with_a_few_edits_shows_each_edit_in_one_place(words, edits):
    old = " ".join(words)
    changed = list(words)
    for position, word in edits:
        changed[position % len(changed)] = word
    new = " ".join(changed)
    diff = diff_words(old, new)
    assert rebuilt(diff) == (old, new)
    # An edit shows in one place, never as a scatter of pieces. (In a text of one word
    # repeated, replacing a double space by that word may equally show in two places.)
    changed_places = sum(1 for k, (op, _) in enumerate(diff)
                         if op != "=" and (k == 0 or diff[k - 1][0] == "="))
    assert changed_places <= 2 * len(edits)


@settings(max_examples=100, deadline=None)
@given(size=st.integers(40, 400), edits=st.sets(st.integers(0, 399), min_size=1, max_size=4))
def test_each_edit_of_a_long_clause_of_distinct_words_shows_in_exactly_one_place(size, edits):
    words = [f"word{k}" for k in range(size)]
    changed = [f"other{k}" if k in edits else word for k, word in enumerate(words)]
    diff = diff_words(" ".join(words), " ".join(changed))
    assert rebuilt(diff) == (" ".join(words), " ".join(changed))
    places = [text for op, text in diff if op == "-"]
    positions = sorted({k for k in edits if k < size})
    # Neighbouring edits read as one change; otherwise one change per edited word.
    runs = sum(1 for i, k in enumerate(positions) if i == 0 or positions[i - 1] != k - 1)
    assert len(places) == runs


def test_a_bracketed_alternative_resolved_is_one_unit_replaced_by_the_choice():
    ops = diff_words("The Parties [shall/should] consult each other.",
                     "The Parties shall consult each other.")
    assert ops == (("=", "The Parties "), ("-", "[shall/should]"), ("+", "shall"),
                   ("=", " consult each other."))
    ops = diff_words("The fee shall be [to be inserted] per year.",
                     "The fee shall be USD 500 per year.")
    assert ("-", "[to be inserted]") in ops and ("+", "USD 500") in ops


def test_brackets_removed_around_agreed_text_leave_the_text_equal():
    ops = diff_words("The Parties shall meet [at least once a year].",
                     "The Parties shall meet at least once a year.")
    assert [op for op in ops if op[0] != "="] == [("-", "["), ("-", "]")]
