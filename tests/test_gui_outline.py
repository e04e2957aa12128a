"""The navigator's outline and counts on real drafts: every entry named once, counts per
level, and a Summary of the runs of units changed alike that jumps to them."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from clausewise.core import compare, describe
from clausewise.gui.navigator import SUMMARY_TITLE, Navigator
from clausewise.gui.rows import layout
from corpus import corpus_document
from gui_support import open_and_wait, row_where, window, warnings  # noqa: F401


def _navigator(qtbot, old: str, new: str) -> tuple[Navigator, object]:
    comparison = compare(corpus_document(old), corpus_document(new))
    navigator = Navigator()
    qtbot.addWidget(navigator)
    navigator.set_comparison(comparison, layout(comparison))
    return navigator, comparison




@pytest.mark.parametrize("old, new", [
    ("bbnj-prepcom-report-2026.advance.txt", "bbnj-prepcom-report-2026.final.txt"),
    pytest.param("bbnj-prepcom-report-2026.advance.pdf", "bbnj-prepcom-report-2026.final.pdf",
                 marks=pytest.mark.slow),
    ("bbnj-agreement-2023.en.txt", "bbnj-agreement-2023.fr.txt"),
    ("bbnj-agreement-2023.en.txt", "bbnj-agreement-2023.en.pdf"),
])
def test_no_two_outline_entries_read_alike_on_real_pairs(qtbot, old, new):
    navigator, _ = _navigator(qtbot, old, new)
    counts = Counter(navigator.visible_titles())
    assert not [title for title, count in counts.items() if count > 1]


def test_a_removed_paragraph_and_its_chapter_are_listed_once(qtbot):
    navigator, comparison = _navigator(qtbot, "bbnj-prepcom-report-2026.advance.txt",
                                       "bbnj-prepcom-report-2026.final.txt")
    titles = navigator.visible_titles()
    removed = [pair for pair in comparison.pairs if not pair.right]
    assert removed  # the advance version has paragraphs the final issue dropped
    for pair in removed:
        assert f"{pair.left_citations[0]} (older draft)" in titles
    assert titles.count("Chapter IV — Attendance") == 1


def test_the_navigator_counts_changes_per_level(qtbot):
    navigator, comparison = _navigator(qtbot, "bbnj-prepcom-report-2026.advance.txt",
                                       "bbnj-prepcom-report-2026.final.txt")
    shown = navigator.levels_text()
    report_paragraphs = [pair for pair in comparison.pairs
                         if pair.right and pair.right[0].citation.startswith("Paragraph ")]
    changed = sum(pair.changed for pair in report_paragraphs)
    assert shown[0] == f"Paragraphs {changed} changed of {len(report_paragraphs)}"
    assert any(line.startswith("paragraphs ") for line in shown)  # not only top-level units
    assert any(line.startswith("points ") for line in shown)


def test_the_summary_lists_the_runs_and_jumps_to_the_first_unit(qtbot, window):
    open_and_wait(qtbot, window)   # sample drafts 1 -> 2
    navigator = window.navigator
    proxy = navigator.proxy
    summary = proxy.index(0, 0)
    assert summary.data() == SUMMARY_TITLE and navigator.tree.isExpanded(summary)
    entries = [proxy.index(number, 0, summary).data() for number in range(proxy.rowCount(summary))]
    # Draft 1's Articles 4-6 are draft 2's Articles 5-7 (CHANGES.md), each with a change in
    # its paragraphs: one entry, not three.
    run = "Articles 5–7 modified in their paragraphs, renumbered (were 4–6)"
    assert run in entries

    index = proxy.index(entries.index(run), 0, summary)
    navigator.tree.scrollTo(index)
    rect = navigator.tree.visualRect(index)
    qtbot.mouseClick(navigator.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.current_row() == row_where(window, left="Article 4", right="Article 5")

    window.actions["changed_only"].trigger()   # the summary stays when filtering
    assert navigator.visible_titles()[0] == SUMMARY_TITLE
    assert run in navigator.visible_titles()


