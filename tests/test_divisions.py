"""Parts, chapters and sections: introduced, dropped, retitled and renumbered divisions."""

from pathlib import Path

from clausewise.core.compare import Status, compare
from clausewise.core.model import SourceText
from clausewise.core.segment import segment
from clausewise.drafts import load_draft

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def draft(text: str):
    return segment(SourceText.from_text(text))


OLD = """PART I
GENERAL PROVISIONS

Article 1
Scope

The Parties agree.

PART II
COOPERATION

Article 2
Consultations

The Parties shall consult.

CHAPTER 3
FINAL MATTERS

Article 3
Entry into force

This Agreement enters into force on signature.
"""

NEW = """PART I
GENERAL PROVISIONS

Article 1
Scope

The Parties agree.

PART II
COOPERATION IN SECURITY MATTERS

Article 2
Consultations

The Parties shall consult.

PART III
FINAL MATTERS

Article 3
Entry into force

This Agreement enters into force on signature.
"""


def test_divisions_are_paired_retitled_added_and_removed():
    comparison = compare(draft(OLD), draft(NEW))
    found = {(tuple(p.left_citations), tuple(p.right_citations)): p for p in comparison.divisions}
    assert found[("Part I",), ("Part I",)].status is Status.UNCHANGED
    retitled = found[("Part II",), ("Part II",)]
    assert retitled.status is Status.MODIFIED
    assert "".join(t for op, t in retitled.diff if op != "-") == "COOPERATION IN SECURITY MATTERS"
    assert "".join(t for op, t in retitled.diff if op == "+").strip() == "IN SECURITY MATTERS"
    assert found[(), ("Part III",)].status is Status.ADDED
    assert found[("Part II, Chapter 3",), ()].status is Status.REMOVED  # a chapter of Part II
    # The articles themselves are untouched by the new divisions.
    assert all(pair.status is Status.UNCHANGED for pair in comparison.pairs)


def test_a_renumbered_part_keeps_its_heading():
    old = draft("PART I\nSCOPE\n\nArticle 1\nScope\n\nText.\n\nPART II\nFINAL\n\nArticle 2\nEnd\n\nMore.")
    new = draft("PART I\nFINAL\n\nArticle 1\nEnd\n\nMore.")
    pair = next(p for p in compare(old, new).divisions if p.right_citations == ["Part I"])
    assert pair.left_citations == ["Part II"]
    assert pair.status is Status.UNCHANGED and pair.renumbered


def test_draft_3_introduces_five_parts_and_the_json_says_so():
    comparison = compare(load_draft(SAMPLES / "security-agreement-draft2.txt"),
                         load_draft(SAMPLES / "security-agreement-draft3.txt"))
    added = [p.right_citations[0] for p in comparison.divisions if p.status is Status.ADDED]
    assert added == ["Part I", "Part II", "Part III", "Part IV", "Part V"]
    data = comparison.to_json("draft2.txt", "draft3.txt")
    assert [d["right"] for d in data["divisions"]][:2] == [["Part I"], ["Part II"]]
    assert data["divisions"][0]["diff"] == [["+", "GENERAL PROVISIONS"]]
