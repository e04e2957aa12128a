"""Properties that hold for any two drafts (hypothesis builds the drafts)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clausewise.core.align import row_text
from clausewise.core.compare import Status, compare
from clausewise.core.model import UNIT_CONTAINER_KINDS
from engine_drafts import article, draft, preamble, recital, rebuilt

WORDS = ["the", "Parties", "shall", "consult", "each", "other", "within", "30", "days",
         "Party", "may", "request", "information", "Стороны", "сотрудничают", "Μέρη",
         "الأطراف", "缔约", "notify", "Depositary", "(a)", ",", ";", "territory"]

sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=10).map(" ".join)
#: An article: heading, own text, paragraphs; "@k" in a text cites the k-th article.
articles = st.tuples(
    st.sampled_from(["", "Scope", "Definitions", "Consultations", "Entry into force"]),
    st.one_of(st.just(""), sentences, sentences.map(lambda s: s + " under @1")),
    st.lists(st.one_of(sentences, sentences.map(lambda s: s + " as in @0")), max_size=3))
drafts = st.lists(articles, min_size=1, max_size=7)
recitals = st.lists(sentences, max_size=3)


def build(specs, recital_texts=(), first=1):
    """A draft of these articles numbered from ``first``, references resolved."""
    def cite(text):
        # Only articles of the draft are cited: a reference to an article outside it (say,
        # of another treaty) that changes its number is a real change, not a renumbering.
        for k in range(2):
            text = text.replace(f"@{k}", f"Article {first + min(k, len(specs) - 1)}")
        return text

    units = [article(first + k, heading, cite(text), *(cite(p) for p in paragraphs))
             for k, (heading, text, paragraphs) in enumerate(specs)]
    if recital_texts:
        units.insert(0, preamble(*(recital(k, t) for k, t in enumerate(recital_texts, 1))))
    return draft(*units)


def clauses_of(document):
    return [c for c in document.walk() if c.kind not in UNIT_CONTAINER_KINDS]


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(specs=drafts, recital_texts=recitals)
def test_a_draft_compared_with_itself_is_all_unchanged(specs, recital_texts):
    document = build(specs, recital_texts)
    comparison = compare(document, document)
    for pair in comparison.walk():
        assert pair.status is Status.UNCHANGED
        assert not pair.moved and not pair.renumbered and pair.similarity == 1.0
        assert all(op == "=" for op, _ in pair.diff)
    assert comparison.changed_pairs() == []


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(specs=drafts, offset=st.integers(min_value=1, max_value=40))
def test_a_pure_renumbering_changes_no_text(specs, offset):
    old, new = build(specs), build(specs, first=1 + offset)
    comparison = compare(old, new)
    for pair, number in zip(comparison.pairs, range(1, len(specs) + 1)):
        assert pair.left_citations == [f"Article {number}"]
        assert pair.right_citations == [f"Article {number + offset}"]
        assert pair.renumbered and not pair.moved
    for pair in comparison.walk():
        assert pair.status is Status.UNCHANGED
        # Only the numbers of cross references differ, never a word.
        assert all(text.isdigit() for op, text in pair.diff if op != "=")


def edited(specs, operations):
    """The specs after a later draft's edits: moves, deletions, splits, merges, rewording."""
    specs = [list(spec) for spec in specs]
    for operation, position, other in operations:
        if not specs:
            break
        k = position % len(specs)
        heading, text, paragraphs = specs[k]
        if operation == "move":
            specs.insert(other % len(specs), specs.pop(k))
        elif operation == "delete":
            del specs[k]
        elif operation == "split" and len(paragraphs) >= 2:
            specs[k:k + 1] = [[heading, text, paragraphs[:1]], ["", "", paragraphs[1:]]]
        elif operation == "merge" and k + 1 < len(specs):
            following = specs.pop(k + 1)
            specs[k] = [heading, "", [p for p in [text, *paragraphs, following[1],
                                                   *following[2]] if p]]
        elif operation == "reword":
            specs[k] = [heading, (text + " promptly").strip(), paragraphs]
    return [tuple(spec) for spec in specs]


operations = st.lists(st.tuples(st.sampled_from(["move", "delete", "split", "merge", "reword"]),
                                st.integers(0, 20), st.integers(0, 20)), max_size=4)


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(old_specs=drafts, new_specs=drafts, old_recitals=recitals, new_recitals=recitals)
def test_every_clause_is_shown_once_and_the_diffs_rebuild_both_drafts(
        old_specs, new_specs, old_recitals, new_recitals):
    old, new = build(old_specs, old_recitals), build(new_specs, new_recitals)
    check_the_pair_tree(old, new)


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(specs=drafts, edits=operations, offset=st.integers(0, 3))
def test_an_edited_draft_shows_every_clause_once_and_rebuilds(specs, edits, offset):
    check_the_pair_tree(build(specs), build(edited(specs, edits), first=1 + offset))


def check_the_pair_tree(old, new):
    comparison = compare(old, new)
    # An article's text aligned as a clause of its own ("art-2/text") is not in its row.
    old_texts_apart = {c.id for pair in comparison.walk() for c in pair.left
                       if c.id.endswith("/text")}
    new_texts_apart = {c.id for pair in comparison.walk() for c in pair.right
                       if c.id.endswith("/text")}
    shown_left, shown_right = [], []
    for pair in comparison.walk():
        shown_left += [c.id for c in pair.left]
        shown_right += [c.id for c in pair.right]
        old_apart = any(c.id + "/text" in old_texts_apart for c in pair.left)
        new_apart = any(c.id + "/text" in new_texts_apart for c in pair.right)
        assert rebuilt(pair.diff) == (row_text(pair.left, not old_apart),
                                      row_text(pair.right, not new_apart))
        if pair.status is Status.ADDED:
            assert not pair.left and all(op == "+" for op, _ in pair.diff)
        if pair.status is Status.REMOVED:
            assert not pair.right and all(op == "-" for op, _ in pair.diff)
        assert 0.0 <= pair.similarity <= 1.0
    real = lambda ids: sorted(i for i in ids if not i.endswith("/text"))  # noqa: E731
    assert real(shown_left) == sorted(c.id for c in clauses_of(old))
    assert real(shown_right) == sorted(c.id for c in clauses_of(new))
    # The new draft's units, in reading order, removed ones in between.
    new_order = [c.id for p in comparison.pairs for c in p.right]
    assert new_order == [u.id for u in new.units()]
