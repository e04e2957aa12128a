"""A provision rewritten in place is the same provision: position and heading as evidence.

Between two conventions on the same subject, an article may keep its number and place (and
often a similar heading) while most of its words change. A lawyer reads it as that article,
rewritten, not as one article removed and another added. These drafts are written for the
test, loosely after the way the 1986 Vienna Convention reworked the 1969 one.
"""

import json
import subprocess
import sys

from clausewise.core.align import align
from clausewise.core.compare import CompareOptions, Status, compare
from clausewise.core.model import Clause, ClauseKind, Span
from engine_drafts import article, by_citations, draft

SCOPE = ("Scope of the present Convention",
         "The present Convention applies to agreements concluded between States.")
TERMS = ("Use of terms", "For the purposes of the present Convention, an agreement means a "
         "written arrangement governed by international law.")
BODIES = ("Agreements constituting international bodies", "The present Convention applies "
          "to any agreement which is the founding instrument of an international body.")
CAPACITY_1969 = ("Capacity of States to conclude treaties",
                 "Every State possesses capacity to conclude treaties.")
CAPACITY_1986 = ("Capacity of international organizations to conclude treaties",
                 "The capacity of an international organization to conclude agreements is "
                 "governed by the rules of that organization.")
POWERS = ("Full powers", "A person is considered as representing a State for the purpose of "
          "adopting the text of an agreement if he produces appropriate full powers.")
CONFIRMATION = ("Subsequent confirmation of an act performed without authorization",
                "An act performed by a person who cannot be considered as authorized is "
                "without legal effect unless afterwards confirmed by that State.")
SIGNATURE_1969 = ("Signature", "The consent of a State to be bound by an agreement is "
                  "expressed by the signature of its representative when the agreement so "
                  "provides.")
SIGNATURE_1986 = ("Signature", "Consent to be bound is expressed by signature where the "
                  "parties have so agreed or it appears from the full powers of the "
                  "organization or the State.")
FILLER = ("Exchange of instruments", "The exchange of instruments constituting an agreement "
          "expresses consent where the instruments so provide.")


def convention(articles, start=1, annex_heading="", annex_text=""):
    units = [article(start + k, heading, text) for k, (heading, text) in enumerate(articles)]
    if annex_heading:
        units.append(Clause(id="annex", kind=ClauseKind.ANNEX, label="Annex", number="",
                            citation="Annex", heading=annex_heading, text=annex_text,
                            span=Span(0, 0)))
    return draft(*units)


def test_article_6_rewritten_under_a_similar_heading_is_modified_not_removed_and_added():
    old = convention([SCOPE, TERMS, BODIES, CAPACITY_1969, POWERS, CONFIRMATION], start=3)
    new = convention([SCOPE, TERMS, BODIES, CAPACITY_1986, POWERS, CONFIRMATION], start=3)
    comparison = compare(old, new)
    pair = by_citations(comparison)[(("Article 6",), ("Article 6",))]
    assert pair.status is Status.MODIFIED
    assert pair.basis == "heading"
    assert pair.similarity < 0.5  # the words alone would not have paired them
    assert comparison.stats.added == comparison.stats.removed == 0


def test_a_lone_rewritten_article_between_paired_neighbours_is_paired_by_position():
    rewritten = ("", "Every international organization may, within its competence, become "
                 "a party to an agreement by any means agreed.")
    old = convention([SCOPE, TERMS, BODIES, CAPACITY_1969, POWERS])
    new = convention([SCOPE, TERMS, BODIES, rewritten, POWERS])
    pair = by_citations(align(old, new).pairs)[(("Article 4",), ("Article 4",))]
    assert pair.status is Status.MODIFIED and pair.basis == "position"


def test_a_renumbered_signature_article_keeps_its_pair_and_the_annex_too():
    # A new article 2 renumbers the rest: old Article 8 "Signature" is new Article 9.
    old = convention([SCOPE, BODIES, CAPACITY_1969, POWERS, CONFIRMATION, FILLER, TERMS,
                      SIGNATURE_1969], annex_heading="Conciliation",
                     annex_text="A list of conciliators shall be kept by the Secretary-General.")
    new = convention([SCOPE, ("Definitions", "Terms used here have the meaning given below."),
                      BODIES, CAPACITY_1969, POWERS, CONFIRMATION, FILLER, TERMS,
                      SIGNATURE_1986],
                     annex_heading="Procedures for the settlement of disputes",
                     annex_text="An arbitral tribunal shall be constituted at the request of "
                                "a party to a dispute.")
    pairs = by_citations(compare(old, new))
    signature = pairs[(("Article 8",), ("Article 9",))]
    assert signature.status is Status.MODIFIED and signature.renumbered
    assert signature.basis in ("heading", "text")
    annex = pairs[(("Annex",), ("Annex",))]
    assert annex.status is Status.MODIFIED and annex.basis == "position"
    assert pairs[((), ("Article 2",))].status is Status.ADDED


def test_two_new_articles_where_one_stood_are_not_paired_on_position_alone():
    first = ("Depositary", "The Secretary-General is the depositary of the present Convention.")
    second = ("Languages", "The texts in the six languages are equally authentic.")
    old = convention([SCOPE, TERMS, CAPACITY_1969, POWERS])
    new = convention([SCOPE, TERMS, first, second, POWERS])
    pairs = by_citations(compare(old, new))
    assert pairs[(("Article 3",), ())].status is Status.REMOVED
    assert pairs[((), ("Article 3",))].status is Status.ADDED
    assert pairs[((), ("Article 4",))].status is Status.ADDED


def test_an_article_of_another_kind_in_the_slot_is_not_paired():
    old = convention([SCOPE, TERMS, CAPACITY_1969, POWERS])
    new = draft(*convention([SCOPE, TERMS]).clauses,
                Clause(id="annex", kind=ClauseKind.ANNEX, label="Annex", number="",
                       citation="Annex", heading="Model clauses", text="Standard clauses.",
                       span=Span(0, 0)),
                article(4, *POWERS))
    pairs = by_citations(compare(old, new))
    assert pairs[(("Article 3",), ())].status is Status.REMOVED


def test_a_paragraph_of_a_removed_article_stays_with_it():
    """Never paired into another article while its own article reads as removed."""
    kept = "Each Party shall designate a contact point for the purposes of this Convention."
    old = draft(article(1, *SCOPE), article(2, "Contact points", "", kept,
                                           "The contact points shall meet once a year."),
                article(3, "Reports", "", "The Parties shall report every two years."),
                article(4, *POWERS))
    new = draft(article(1, *SCOPE),
                article(2, "Reports", "", "The Parties shall report every two years.", kept),
                article(3, "Meetings", "", "A meeting of the Parties is held every year.",
                        "The Depositary convenes it."),
                article(4, *POWERS))
    comparison = compare(old, new)
    for pair in comparison.walk():
        if pair.left and not pair.right and pair.children:
            assert all(not child.right for child in pair.children)
        for child in pair.children:
            if child.left and child.right and child.moved:
                parent_citation = child.left[0].citation.split("(")[0]
                holder = next(p for p in comparison.pairs
                              if parent_citation in p.left_citations)
                assert holder.right, f"{child.left_citations} taken out of a removed article"


def test_the_json_says_why_the_pair_was_made(tmp_path):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    lines_old, lines_new = ["Convention on agreements", ""], ["Convention on agreements", ""]
    for number, (one, two) in enumerate([(SCOPE, SCOPE), (TERMS, TERMS),
                                         (CAPACITY_1969, CAPACITY_1986), (POWERS, POWERS)], 1):
        lines_old += [f"Article {number}", one[0], one[1], ""]
        lines_new += [f"Article {number}", two[0], two[1], ""]
    old.write_text("\n".join(lines_old), encoding="utf-8")
    new.write_text("\n".join(lines_new), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "clausewise.cli", "compare", str(old),
                           str(new), "--json"], capture_output=True, check=True, timeout=120)
    data = json.loads(done.stdout)
    pair = next(p for p in data["pairs"] if p["right"] == ["Article 3"])
    assert pair["left"] == ["Article 3"] and pair["status"] == "modified"
    # "heading" when the segmenter reads the heading line as such, else "position".
    assert pair["basis"] in ("heading", "position")
    assert data["stats"]["added"] == data["stats"]["removed"] == 0
    assert all(p["basis"] == "text" for p in data["pairs"] if p["right"] != ["Article 3"])


def test_the_options_do_not_change_the_evidence():
    old = convention([SCOPE, TERMS, CAPACITY_1969, POWERS])
    new = convention([SCOPE, TERMS, CAPACITY_1986, POWERS])
    for options in (CompareOptions(), CompareOptions(ignore_case=True),
                    CompareOptions(ignore_punctuation=True)):
        pair = by_citations(compare(old, new, options))[(("Article 3",), ("Article 3",))]
        assert pair.basis == "heading"


LONG_NAME = ("Preparatory Commission for the Entry into Force of the Agreement on the "
             "Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond "
             "National Jurisdiction and the Convening of the First Meeting of the Parties")


def front(text):
    return Clause(id="front", kind=ClauseKind.FRONT, label="", number="", citation="Front matter",
                  heading="", text=text, span=Span(0, 0))


def test_a_paragraph_that_now_repeats_the_cover_page_pairs_with_its_namesake():
    """Paragraph 2 of a report's final issue spells out the Commission's long name, as the
    cover page does: it stays paragraph 2, and the front matter stays the front matter."""
    old = draft(front(f"{LONG_NAME} Third session"),
                article(1, "", "The Commission held its third session in New York from 23 "
                        "March to 2 April.", keyword="Paragraph"),
                article(2, "", "Secretariat services were provided to the Commission by the "
                        "Division for Ocean Affairs.", keyword="Paragraph"),
                article(3, "", "The Commission adopted its report on 2 April.",
                        keyword="Paragraph"))
    new = draft(front(f"United Nations A/AC.296/2026/9 General Assembly Distr.: General 4 May "
                      f"2026 Original: English {LONG_NAME} Third session New York, 23 March - "
                      f"2 April 2026 Report of the Commission"),
                article(1, "", "The Commission held its third session in New York from 23 "
                        "March to 2 April 2026.", keyword="Paragraph"),
                article(2, "", f"Secretariat services were provided to the {LONG_NAME} by the "
                        "Division for Ocean Affairs.", keyword="Paragraph"),
                article(3, "", "The Commission adopted its report on 2 April.",
                        keyword="Paragraph"))
    pairs = by_citations(compare(old, new))
    assert pairs[(("Front matter",), ("Front matter",))].status is Status.MODIFIED
    assert pairs[(("Paragraph 2",), ("Paragraph 2",))].status is Status.MODIFIED
    assert len(pairs) == 4


def test_articles_with_a_footnote_glued_to_them_pair_with_their_namesakes():
    """A plain-text export glues a footnote into the article its page break falls in, and
    the two issues break pages differently: each article is still itself, not a split."""
    footnote = ("__________________ The outcome of the informal consultations on the preamble "
                "as conveyed to the Chair is as follows: the bracketed text in paragraphs 8 "
                "and 9 of the draft decision would be removed, paragraph 10 would be kept as "
                "it stands, and the second sentence of paragraph 11 would be moved to the end "
                "of paragraph 12 after the words on the budget.")
    old = convention([SCOPE, TERMS, (BODIES[0], f"{BODIES[1]} {footnote}"), POWERS,
                      CONFIRMATION])
    new = convention([SCOPE, TERMS, BODIES, (POWERS[0], f"{POWERS[1]} {footnote}"),
                      CONFIRMATION])
    pairs = by_citations(compare(old, new))
    assert pairs[(("Article 3",), ("Article 3",))].status is Status.MODIFIED
    assert pairs[(("Article 4",), ("Article 4",))].status is Status.MODIFIED
    assert len(pairs) == 5
