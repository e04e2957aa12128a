"""The window reads two language versions side by side: each text as it stands (no
strike-through), the columns named by language, the mismatches in the row headers and a
status line that says "Parallel reading"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clausewise.core.compare import Status
from clausewise.gui.rows import RowKind
from gui_support import SAMPLES, open_and_wait, warnings, window  # noqa: F401

EN3 = SAMPLES / "security-agreement-draft3.txt"
RU3 = SAMPLES / "security-agreement-draft3.ru.txt"


def test_two_language_versions_are_shown_in_parallel(qtbot, window, tmp_path):  # noqa: F811
    lines = RU3.read_text(encoding="utf-8").replace("18 июня 2024 года",
                                                    "18 июня 2025 года").splitlines()
    planted = tmp_path / "ru.txt"
    planted.write_text("\n".join(lines) + "\n", encoding="utf-8")
    open_and_wait(qtbot, window, EN3, planted)
    assert window.comparison.mode == "parallel"
    label = window.counts_label.text()
    assert label.startswith("Parallel reading: English | Russian") and "1 mismatch" in label
    pairs = [row for row in window.layout_rows.rows if row.kind is RowKind.PAIR]
    assert pairs and all(row.pair.status is Status.PARALLEL for row in pairs)
    for row in pairs:       # no word struck through or underlined across two languages
        assert all(op == "=" for op, _ in row.left.runs + row.right.runs)
    flagged = [row for row in pairs
               if any("2024 in English only" in fragment.text for fragment in row.right.header)]
    assert len(flagged) == 1
    model = window.view.comparison_model
    titles = [model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
              for column in range(model.columnCount())]
    assert "English version: security-agreement-draft3.txt" in titles
    assert "Russian version: ru.txt" in titles
    shot = tmp_path / "parallel.png"
    assert window.grab().save(str(shot)) and shot.stat().st_size > 20_000

