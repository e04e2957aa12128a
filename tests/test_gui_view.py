"""The side-by-side view: a policy officer opens two drafts and reads the changes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clausewise.gui.rows import RowKind
from clausewise.gui.table_model import Column
from gui_support import (cell_text, link_point, open_and_wait, row_where, rows,  # noqa: F401
                         warnings, window, write_draft)


def test_the_sample_drafts_open_side_by_side_older_left(qtbot, window):
    open_and_wait(qtbot, window)

    assert window.windowTitle().startswith("security-agreement-draft1.txt → "
                                           "security-agreement-draft2.txt")
    model = window.view.comparison_model
    assert "draft1" in model.headerData(Column.LEFT, Qt.Orientation.Horizontal)
    assert "draft2" in model.headerData(Column.RIGHT, Qt.Orientation.Horizontal)
    number = row_where(window, left="Article 1", right="Article 1")
    assert "Definitions" in cell_text(window, number, Column.LEFT)
    assert "Definitions" in cell_text(window, number, Column.RIGHT)


def test_a_renumbered_article_says_from_what_to_what(qtbot, window):
    open_and_wait(qtbot, window)

    number = row_where(window, left="Article 2", right="Article 3")
    assert "renumbered: Article 2 → Article 3" in cell_text(window, number, Column.RIGHT)
    assert "#" in cell_text(window, number, Column.MARK)


def test_an_added_clause_leaves_a_gap_on_the_older_side(qtbot, window):
    open_and_wait(qtbot, window)

    number = row_where(window, right="Article 2")
    assert cell_text(window, number, Column.LEFT) == ""
    assert "added" in cell_text(window, number, Column.RIGHT)
    assert cell_text(window, number, Column.MARK) == "+"
    removed = row_where(window, left="Article 15")
    assert cell_text(window, removed, Column.RIGHT) == ""
    assert cell_text(window, removed, Column.MARK) == "−"


def test_deleted_and_inserted_words_are_struck_and_underlined(qtbot, window):
    open_and_wait(qtbot, window)
    number = row_where(window, left="Preamble, recital 4", right="Preamble, recital 5")
    view = window.view

    def formats(column: Column, word: str):
        row = view.row(number)
        document = view.clause_delegate.document(number, column, row, view.columnWidth(column))
        found = document.find(word)
        assert not found.isNull(), word
        return found.charFormat()

    deleted = formats(Column.LEFT, "changing")
    inserted = formats(Column.RIGHT, "deteriorating")
    kept = formats(Column.RIGHT, "security environment")
    assert deleted.fontStrikeOut() and not deleted.fontUnderline()
    assert inserted.fontUnderline() and not inserted.fontStrikeOut()
    assert not kept.fontStrikeOut() and not kept.fontUnderline()
    assert deleted.foreground().color() != inserted.foreground().color()


def test_a_merge_spans_the_rows_of_the_clauses_it_joined(qtbot, window):
    open_and_wait(qtbot, window)

    first = row_where(window, left="Article 9", right="Article 10")
    second = row_where(window, left="Article 10")
    assert second == first + 1
    assert window.view.rowSpan(first, Column.RIGHT) == 2
    assert "merged from Article 9 + Article 10" in cell_text(window, first, Column.RIGHT)
    assert "Training and Education" in cell_text(window, second, Column.LEFT)


def test_a_split_spans_the_rows_of_the_clauses_it_became(qtbot, window):
    open_and_wait(qtbot, window)

    first = row_where(window, left="Article 11", right="Article 11")
    assert window.view.rowSpan(first, Column.LEFT) == 2
    assert "Article 12" in cell_text(window, first + 1, Column.RIGHT)
    assert "split into Article 11 + Article 12" in cell_text(window, first, Column.LEFT)


def test_a_moved_article_links_to_where_it_stood_and_back(qtbot, window):
    open_and_wait(qtbot, window)
    moved = row_where(window, left="Article 7", right="Article 9")
    ghost = row_where(window, left="Article 7", kind=RowKind.GHOST)
    assert ghost < moved  # it stood earlier in the older draft
    assert "stood here in the older draft; moved to Article 9" in cell_text(
        window, ghost, Column.LEFT)
    assert "↕" in cell_text(window, moved, Column.MARK)

    window.view.go_to_row(moved)
    point = link_point(window, moved, Column.RIGHT)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.view.current_row() == ghost

    point = link_point(window, ghost, Column.LEFT)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.view.current_row() == moved


def test_long_paragraphs_wrap_and_the_visible_rows_fit_their_text(qtbot, window, tmp_path):
    long_text = " ".join(["The Parties shall cooperate in good faith on every matter."] * 30)
    old = write_draft(tmp_path, "old.txt",
                      f"Article 1\n{long_text}\n\nArticle 2\nShort.\n")
    new = write_draft(old.parent, "new.txt", f"Article 1\n{long_text} Done.\n\nArticle 2\nShort.\n")
    open_and_wait(qtbot, window, old, new)
    view = window.view
    view.refine_visible()

    number = row_where(window, left="Article 1", right="Article 1")
    one_line = view.clause_delegate.minimum_height()
    assert view.rowHeight(number) > 5 * one_line  # wrapped, not one long line
    for column in (Column.LEFT, Column.RIGHT):
        needed = view.clause_delegate.exact_height(number, column, view.row(number),
                                                   view.columnWidth(column))
        assert view.rowHeight(number) >= needed


def test_the_two_drafts_scroll_together(qtbot, window):
    open_and_wait(qtbot, window)
    view = window.view
    row = row_where(window, left="Article 16", right="Article 16")

    view.go_to_row(row)

    # One table: the left and right cells of a row always share their vertical position.
    left = view.visualRect(view.comparison_model.index(row, Column.LEFT))
    right = view.visualRect(view.comparison_model.index(row, Column.RIGHT))
    assert left.top() == right.top() and left.top() >= 0
    assert view.verticalScrollBar().value() > 0


def test_international_text_survives_into_the_view(qtbot, window, tmp_path):
    old = write_draft(tmp_path, "old.txt",
                      "Статья 1\nСтороны сотрудничают.\n\nArticle 2\nΟι Μέρη συνεργάζονται. "
                      "تتعاون الأطراف. 双方合作。 Coopération\n")
    new = write_draft(tmp_path, "new.txt",
                      "Статья 1\nСтороны тесно сотрудничают.\n\nArticle 2\nΟι Μέρη συνεργάζονται. "
                      "تتعاون الأطراف. 双方合作。 Coopération\n")
    open_and_wait(qtbot, window, old, new)

    texts = "\n".join(cell_text(window, n, Column.RIGHT) for n in range(len(rows(window))))
    for phrase in ("Стороны тесно сотрудничают", "Οι Μέρη", "تتعاون الأطراف", "双方合作",
                   "Coopération"):
        assert phrase in texts

