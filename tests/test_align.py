"""The aligner pairs clauses the way a reader of two drafts would."""

import pytest

from clausewise.core.align import align
from clausewise.core.compare import Cancelled, CompareOptions, ManualLink, Status, compare
from engine_drafts import article, by_citations, draft, preamble, recital, renumbered

SCOPE = ("Scope", "This Agreement applies to cooperation in the field of civil protection "
         "between the competent authorities of the Parties.", [])
DEFINITIONS = ("Definitions", "For the purposes of this Agreement the following terms apply.",
               ["\"assistance\" means personnel, equipment and supplies sent by one Party.",
                "\"requesting Party\" means the Party that asks for assistance."])
REQUESTS = ("Requests for assistance", "", [
    "A request for assistance shall be made in writing through the contact points.",
    "The request shall specify the type and the scale of the assistance required.",
    "The assisting Party shall reply to the request without delay."])
COSTS = ("Costs", "Unless otherwise agreed, the requesting Party shall bear the costs of the "
         "assistance provided under Article 3.", [])
EXCHANGE = ("Exchange of information", "The Parties shall exchange information on natural "
            "and technological hazards that may affect the territory of the other Party.", [])
TRAINING = ("Training", "The Parties shall organise joint training of rescue teams and "
            "exchange experts on a reciprocal basis.", [])
DISPUTES = ("Settlement of disputes", "Any dispute concerning the interpretation of this "
            "Agreement shall be settled by consultations between the Parties.", [])
ENTRY = ("Entry into force", "This Agreement shall enter into force on the thirtieth day after "
         "the date of receipt of the last notification.", [])

ARTICLES = [SCOPE, DEFINITIONS, REQUESTS, COSTS, EXCHANGE, TRAINING, DISPUTES, ENTRY]


def pairs_of(old, new, **options):
    return by_citations(align(old, new, CompareOptions(**options)))


def test_a_draft_aligned_with_itself_is_all_unchanged_and_in_place():
    old = renumbered(ARTICLES)
    alignment = align(old, old)
    assert [p.left_citations for p in alignment.pairs] == [[f"Article {n}"] for n in range(1, 9)]
    assert all(p.status is Status.UNCHANGED and not p.moved and not p.renumbered
               for p in alignment.walk())


def test_an_inserted_article_renumbers_the_rest_without_changing_them():
    old = renumbered(ARTICLES)
    new = renumbered(ARTICLES[:2] + [("Contact points", "Each Party shall designate a contact "
                                      "point for the purposes of this Agreement.", [])]
                     + ARTICLES[2:])
    pairs = pairs_of(old, new)
    added = pairs[((), ("Article 3",))]
    assert added.status is Status.ADDED
    for number in range(3, 9):
        pair = pairs[((f"Article {number}",), (f"Article {number + 1}",))]
        assert pair.status is Status.UNCHANGED and pair.renumbered and not pair.moved
    # Article 4 (Costs) cites "Article 3" in both drafts: the reference number is masked.
    assert pairs[(("Article 4",), ("Article 5",))].similarity == 1.0


def test_a_renumbered_cross_reference_is_not_a_change():
    old = renumbered(ARTICLES)
    costs = (COSTS[0], COSTS[1].replace("Article 3", "Article 4"), [])
    new = renumbered([("Contact points", "Each Party shall designate a contact point.", [])]
                     + ARTICLES[:3] + [costs] + ARTICLES[4:])
    pair = pairs_of(old, new)[(("Article 4",), ("Article 5",))]
    assert (pair.status, pair.renumbered) == (Status.UNCHANGED, True)


def test_a_moved_article_is_a_move_and_only_it_is_flagged():
    old = renumbered(ARTICLES)
    order = [SCOPE, DEFINITIONS, REQUESTS, EXCHANGE, TRAINING, DISPUTES, COSTS, ENTRY]
    alignment = align(old, renumbered(order))
    moved = [p for p in alignment.pairs if p.moved]
    assert [(p.left_citations, p.right_citations) for p in moved] == [(["Article 4"], ["Article 7"])]
    assert moved[0].status is Status.UNCHANGED and moved[0].renumbered
    assert not any(p.status in (Status.ADDED, Status.REMOVED) for p in alignment.pairs)
    # Reading order of the new draft.
    assert [p.right_citations[0] for p in alignment.pairs] == [f"Article {n}" for n in range(1, 9)]


def test_a_moved_and_reworded_article_is_still_found():
    old = renumbered(ARTICLES)
    training = ("Training", "The Parties shall organise regular joint training of rescue teams "
                "and exchange experts on a reciprocal basis.", [])
    order = [SCOPE, training, DEFINITIONS, REQUESTS, COSTS, EXCHANGE, DISPUTES, ENTRY]
    pair = pairs_of(old, renumbered(order))[(("Article 6",), ("Article 2",))]
    assert (pair.status, pair.moved, pair.renumbered) == (Status.MODIFIED, True, True)
    assert 0.8 < pair.similarity < 1.0


def test_an_article_cut_in_two_is_a_split():
    old = renumbered(ARTICLES)
    exchange = ("Exchange of information", "The Parties shall exchange information on natural "
                "and technological hazards", [])
    hazards = ("Hazards", "that may affect the territory of the other Party.", [])
    new = renumbered(ARTICLES[:4] + [exchange, hazards] + ARTICLES[5:])
    pair = pairs_of(old, new)[(("Article 5",), ("Article 5", "Article 6"))]
    assert pair.status is Status.SPLIT
    assert pairs_of(old, new)[(("Article 6",), ("Article 7",))].status is Status.UNCHANGED


def test_two_articles_joined_into_one_are_a_merge():
    old = renumbered(ARTICLES)
    joined = ("Exchange of information and training", EXCHANGE[1] + " " + TRAINING[1], [])
    new = renumbered(ARTICLES[:4] + [joined] + ARTICLES[6:])
    pairs = pairs_of(old, new)
    pair = pairs[(("Article 5", "Article 6"), ("Article 5",))]
    assert pair.status is Status.MERGED and not pair.renumbered
    assert pairs[(("Article 7",), ("Article 6",))].renumbered


def test_a_removed_article_stands_where_it_stood():
    old = renumbered(ARTICLES)
    new = renumbered([a for a in ARTICLES if a is not EXCHANGE])
    alignment = align(old, new)
    rows = [(p.left_citations, p.right_citations, p.status.value) for p in alignment.pairs]
    assert rows[3:6] == [(["Article 4"], ["Article 4"], "unchanged"),
                         (["Article 5"], [], "removed"),
                         (["Article 6"], ["Article 5"], "unchanged")]


def test_paragraphs_are_aligned_inside_their_article():
    old = draft(article(3, *REQUESTS[:2], *REQUESTS[2]))
    paragraphs = list(REQUESTS[2])
    paragraphs.insert(1, "The contact points shall acknowledge receipt of the request.")
    paragraphs[2] = paragraphs[2].replace("type and the scale", "type, the scale and the place")
    new = draft(article(3, *REQUESTS[:2], *paragraphs))
    [top] = align(old, new).pairs
    assert top.status is Status.MODIFIED
    rows = [(p.left_citations, p.right_citations, p.status.value, p.renumbered)
            for p in top.children]
    assert rows == [(["Article 3(1)"], ["Article 3(1)"], "unchanged", False),
                    ([], ["Article 3(2)"], "added", False),
                    (["Article 3(2)"], ["Article 3(3)"], "modified", True),
                    (["Article 3(3)"], ["Article 3(4)"], "unchanged", True)]


def test_a_paragraph_moved_to_another_article_is_found_there():
    reply = REQUESTS[2][2]
    old = renumbered(ARTICLES)
    requests = (REQUESTS[0], "", REQUESTS[2][:2])
    costs = (COSTS[0], "", [COSTS[1], reply])
    new = renumbered(ARTICLES[:2] + [requests, costs] + ARTICLES[4:])
    pairs = pairs_of(old, new)
    costs_pair = pairs[(("Article 4",), ("Article 4",))]
    moved = by_citations(costs_pair.children)[(("Article 3(3)",), ("Article 4(2)",))]
    assert moved.moved and moved.status is Status.UNCHANGED
    requests_pair = pairs[(("Article 3",), ("Article 3",))]
    assert all(child.left_citations != ["Article 3(3)"] for child in requests_pair.children)
    assert not any(p.status in (Status.ADDED, Status.REMOVED) for p in requests_pair.walk())


def test_points_are_aligned_inside_their_paragraph():
    old = draft(article(2, "Consultations", "", ("Consultations shall be held:", [
        "at the level of ministers;", "at the level of senior officials;",
        "within fifteen days of the request."])))
    new = draft(article(2, "Consultations", "", ("Consultations shall be held:", [
        "at the level of ministers;", "within thirty days of the request."])))
    [top] = align(old, new).pairs
    [paragraph] = top.children
    rows = [(p.left_citations, p.right_citations, p.status.value) for p in paragraph.children]
    assert rows == [(["Article 2(1)(a)"], ["Article 2(1)(a)"], "unchanged"),
                    (["Article 2(1)(b)"], [], "removed"),
                    (["Article 2(1)(c)"], ["Article 2(1)(b)"], "modified")]


def test_recitals_are_aligned_and_cited_by_their_new_place():
    old = draft(preamble(recital(1, "Recognizing the importance of stability in the region,"),
                         recital(2, "Reaffirming their commitment to sovereign equality,")))
    new = draft(preamble(recital(1, "Mindful of the risks of natural disasters,"),
                         recital(2, "Recognizing the importance of stability in the region,"),
                         recital(3, "Reaffirming their commitment to sovereign equality,")))
    pairs = pairs_of(old, new)
    assert pairs[((), ("Preamble, recital 1",))].status is Status.ADDED
    kept = pairs[(("Preamble, recital 1",), ("Preamble, recital 2",))]
    assert kept.status is Status.UNCHANGED and kept.renumbered and not kept.moved


def test_the_user_can_link_two_clauses_the_engine_would_not_pair():
    old = renumbered(ARTICLES)
    rewritten = ("Tribunal", "Differences between the Parties go to an arbitral tribunal.", [])
    review = ("Review", "The Parties shall review this Agreement every five years.", [])
    # Two new articles where one old one stood: neither is paired by position alone.
    new = renumbered(ARTICLES[:6] + [rewritten, review] + ARTICLES[7:])
    assert ((), ("Article 7",)) in pairs_of(old, new)
    link = ManualLink("art-7", "art-7")
    pair = pairs_of(old, new, manual_links=(link,))[(("Article 7",), ("Article 7",))]
    assert pair.status is Status.MODIFIED and pair.similarity < 0.5


def test_the_user_can_forbid_a_pair_the_engine_would_make():
    old = renumbered(ARTICLES)
    pairs = pairs_of(old, old, manual_links=(ManualLink("art-5", "art-5", linked=False),))
    assert pairs[(("Article 5",), ())].status is Status.REMOVED
    assert pairs[((), ("Article 5",))].status is Status.ADDED


def test_a_link_can_move_a_paragraph_to_an_unrelated_one_elsewhere():
    old = renumbered(ARTICLES)
    requests = (REQUESTS[0], "", REQUESTS[2] + ["Replies use the language of the request."])
    new = renumbered(ARTICLES[:2] + [requests] + ARTICLES[3:])
    link = ManualLink("art-2/para-2", "art-3/para-4")
    pairs = pairs_of(old, new, manual_links=(link,))
    requests_pair = pairs[(("Article 3",), ("Article 3",))]
    linked = by_citations(requests_pair.children)[(("Article 2(2)",), ("Article 3(4)",))]
    assert linked.moved and linked.status is Status.MODIFIED


def test_cancel_stops_the_alignment():
    old = renumbered(ARTICLES)
    with pytest.raises(Cancelled):
        align(old, old, CompareOptions(cancel=lambda: True))


def test_cancel_stops_the_work_midway_too():
    asked = []

    def cancel_on_the_fifth_question():
        asked.append(True)
        return len(asked) >= 5

    old, new = renumbered(ARTICLES), renumbered(ARTICLES[::-1])
    with pytest.raises(Cancelled):
        compare(old, new, CompareOptions(cancel=cancel_on_the_fifth_question))
    assert len(asked) == 5


def test_progress_is_reported_from_start_to_finish():
    seen = []
    align(renumbered(ARTICLES), renumbered(ARTICLES[1:]), CompareOptions(progress=seen.append))
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)


@pytest.mark.parametrize("old_text, new_text, option", [
    ("The Parties shall  consult each other.", "The Parties shall consult each other.",
     "ignore_whitespace"),
    ("The Parties shall consult each other.", "The parties SHALL consult each other.",
     "ignore_case"),
    ("The Parties shall consult, each other.", "The Parties shall consult each other;",
     "ignore_punctuation"),
])
def test_what_the_reader_chose_to_ignore_is_no_change(old_text, new_text, option):
    old = draft(article(1, "Consultations", old_text))
    new = draft(article(1, "Consultations", new_text))
    strict = CompareOptions(ignore_whitespace=False)
    [pair] = align(old, new, strict).pairs
    assert pair.status is Status.MODIFIED
    lenient = CompareOptions(**{"ignore_whitespace": False, option: True})
    [pair] = align(old, new, lenient).pairs
    assert pair.status is Status.UNCHANGED and pair.similarity == 1.0
