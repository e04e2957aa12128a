"""How a comparison is laid out in rows (pure Python: no display needed)."""

from __future__ import annotations

from pathlib import Path

from clausewise.core.align import row_text
from clausewise.core.compare import compare
from clausewise.drafts import load_draft
from clausewise.gui.rows import RowKind, layout, renumbering

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
DRAFT1 = SAMPLES / "security-agreement-draft1.txt"
DRAFT2 = SAMPLES / "security-agreement-draft2.txt"


def _sample_layout(left=DRAFT1, right=DRAFT2):
    comparison = compare(load_draft(left), load_draft(right))
    return comparison, layout(comparison)


def test_each_cell_keeps_only_its_own_side_of_the_diff():
    _, rows = _sample_layout()

    for row in rows.rows:
        assert {op for op, _ in row.left.runs} <= {"=", "-"}
        assert {op for op, _ in row.right.runs} <= {"=", "+"}


def test_a_one_to_one_pair_shows_each_clause_as_written():
    comparison, rows = _sample_layout()

    for row in rows.rows:
        pair = row.pair
        if row.kind is RowKind.PAIR and len(pair.left) == 1 and len(pair.right) == 1:
            for side, clauses in ((row.left, pair.left), (row.right, pair.right)):
                shown = side.text
                assert shown in (row_text(clauses), row_text(clauses, with_text=False))


def test_the_parts_of_a_split_rebuild_the_whole_side():
    comparison, rows = _sample_layout()
    groups = [n for n, row in enumerate(rows.rows)
              if row.group_start == n and row.group_size > 1]
    assert groups  # the samples have a split and a merge

    for first in groups:
        pair = rows.rows[first].pair
        many = "right" if len(pair.right) > 1 else "left"
        parts = [rows.rows[first + k].cell(many).text for k in range(len(getattr(pair, many)))]
        whole = "".join(text for op, text in pair.diff if op in ("=", "+" if many == "right"
                                                                 else "-"))
        assert "\n".join(parts) == whole


def test_a_paragraph_moved_to_another_article_leaves_a_ghost_where_it_stood():
    comparison, rows = _sample_layout()
    ghost = next(n for n, row in enumerate(rows.rows) if row.kind is RowKind.GHOST
                 and row.left.clauses[0].citation == "Article 5(4)")

    before = rows.rows[ghost - 1]
    assert [clause.citation for clause in before.left.clauses] == ["Article 5(3)"]
    moved = rows.rows[rows.rows[ghost].partner]
    assert [clause.citation for clause in moved.right.clauses] == ["Article 14(5)"]
    assert moved.partner == ghost


def test_parts_of_the_newer_draft_begin_with_a_heading_row():
    _, rows = _sample_layout(DRAFT2, SAMPLES / "security-agreement-draft3.txt")

    headings = [row.right.header_text for row in rows.rows if row.kind is RowKind.HEADING]
    assert "Part I — GENERAL PROVISIONS" in headings
    assert "Part V — INSTITUTIONAL AND FINAL PROVISIONS" in headings
    assert headings.index("Preamble") < headings.index("Part I — GENERAL PROVISIONS")


def test_renumbering_names_old_and_new_numbers_briefly():
    comparison, _ = _sample_layout()
    by_left = {tuple(pair.left_citations): pair for pair in comparison.pairs}

    assert renumbering(by_left[("Article 7",)]) == "Article 7 → Article 9"
    assert renumbering(by_left[("Preamble, recital 4",)]) == "recital 4 → recital 5"


def test_every_change_stop_is_the_first_row_of_its_pair():
    _, rows = _sample_layout()

    for number in rows.stops():
        assert rows.rows[number].group_start == number
        assert rows.rows[number].kind is RowKind.PAIR
