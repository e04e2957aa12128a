"""Substantive changes in the window (issue 19 item 3): a "!" badge in the gutter and the
outline, a "Substantive changes" group in the navigator that jumps to each change, a filter
"Substantive changes only", and the words in the tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clausewise.gui.navigator import SUBSTANTIVE_TITLE
from clausewise.gui.table_model import Column
from gui_support import DRAFT1, DRAFT2, open_and_wait, row_where, warnings, window  # noqa: F401


def test_substantive_changes_are_badged_listed_and_filtered(qtbot, window):  # noqa: F811
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    navigator = window.navigator
    titles = navigator.visible_titles()
    assert SUBSTANTIVE_TITLE in titles
    assert "Strength of obligation (4)" in titles
    assert "Article 7(2): shall → should" in titles
    assert "Article 8(2): within twenty-four hours → within twelve hours" in titles

    # the gutter's badge and its tooltip say what changed
    model = window.view.comparison_model
    row = next(number for number, r in enumerate(window.layout_rows.rows)
               if r.pair is not None and r.pair.right_citations == ["Article 7(2)"])
    mark = model.index(row, Column.MARK)
    assert model.data(mark).startswith("!")
    tip = model.data(mark, Qt.ItemDataRole.ToolTipRole)
    assert "Strength of obligation: shall → should" in tip

    # a click on the entry shows that row
    with qtbot.waitSignal(navigator.rowActivated) as shown:
        entry = _find(navigator, "Article 7(2): shall → should")
        navigator.tree.clicked.emit(entry)
    assert shown.args == [row]

    # the filter keeps the flagged clauses and the articles holding them, nothing else
    navigator.substantive_only.setChecked(True)
    kept = navigator.visible_titles()
    assert "Article 7(2): shall → should" in kept
    assert any(title.startswith("Article 6 → Article 7") for title in kept)
    assert "Article 1" not in kept and "Preamble, recital 1" not in kept
    navigator.substantive_only.setChecked(False)
    assert "Preamble, recital 1" in navigator.visible_titles()


def test_an_article_folded_in_the_outline_shows_the_badge_of_its_paragraphs(
        qtbot, window):  # noqa: F811
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    navigator = window.navigator
    article = _find(navigator, next(title for title in navigator.visible_titles()
                                    if title.startswith("Article 6 → Article 7")))
    sign = article.siblingAtColumn(1).data()
    assert sign.startswith("!")
    # ... while its gutter row, whose own words carry no flag, shows none (its paragraphs
    # have their rows and badges).
    model = window.view.comparison_model
    row = next(number for number, r in enumerate(window.layout_rows.rows)
               if r.pair is not None and r.pair.right_citations == ["Article 7"])
    assert not model.data(model.index(row, Column.MARK)).startswith("!")


def test_no_flags_no_group_and_the_filter_is_off(qtbot, window, tmp_path):  # noqa: F811
    same = tmp_path / "same.txt"
    same.write_text(DRAFT1.read_text(encoding="utf-8"), encoding="utf-8")
    open_and_wait(qtbot, window, DRAFT1, same)
    assert SUBSTANTIVE_TITLE not in window.navigator.visible_titles()
    assert not window.navigator.substantive_only.isEnabled()


def _find(navigator, text):
    proxy = navigator.proxy

    def visit(parent):
        for number in range(proxy.rowCount(parent)):
            index = proxy.index(number, 0, parent)
            if index.data() == text:
                return index
            found = visit(index)
            if found is not None:
                return found
        return None

    from PySide6.QtCore import QModelIndex
    return visit(QModelIndex())


def test_clauses_rewritten_at_length_are_listed_and_kept_by_the_filter(
        qtbot, window, tmp_path):  # noqa: F811
    """No flag reads a change of more than 30 words word by word: the navigator lists those
    clauses under the substantive changes, a click shows the row, and "Substantive changes
    only" keeps them."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    text = ("Article 1\nScope\nThis Agreement applies to classified information.\n\n"
            "Article 2\nCooperation\nThe Parties shall cooperate in good faith.\n")
    added = (" They shall further establish a joint working group on the exchange of "
             "information, which shall meet at least twice a year, report to the Joint "
             "Commission and prepare guidelines on the protection of material not later than "
             "one year after its first meeting.")
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("good faith.", "good faith." + added), encoding="utf-8")
    open_and_wait(qtbot, window, old, new)
    navigator = window.navigator
    assert navigator.substantive_only.isEnabled()
    titles = navigator.visible_titles()
    assert SUBSTANTIVE_TITLE in titles and "Long rewrites, not read (1)" in titles
    row = next(number for number, r in enumerate(window.layout_rows.rows)
               if r.pair is not None and r.pair.right_citations == ["Article 2"])
    with qtbot.waitSignal(navigator.rowActivated) as shown:
        navigator.tree.clicked.emit(_find(navigator, "Article 2: long rewrite"))
    assert shown.args == [row]
    navigator.substantive_only.setChecked(True)
    kept = navigator.visible_titles()
    assert "Article 2" in kept and "Article 1" not in kept
