"""Shared pieces of the GUI tests: a window on the offscreen platform, waiting for a compare.

Dialogs never block: QMessageBox.warning is replaced by a recorder, and the window's
settings (recent files) live in the test's temporary folder.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, QSettings  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from clausewise.gui.rows import Row, RowKind  # noqa: E402
from clausewise.gui.table_model import Column  # noqa: E402
from clausewise.gui.window import MainWindow  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "resources" / "samples"
DRAFT1 = SAMPLES / "security-agreement-draft1.txt"
DRAFT2 = SAMPLES / "security-agreement-draft2.txt"
WAIT_MS = 30_000


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """The messages of every warning dialog the app tried to show."""
    shown: list[str] = []

    def record(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    return shown


def new_window(qtbot, tmp_path) -> MainWindow:
    """A window shown on the offscreen platform, its settings in the test's folder."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings=settings)
    qtbot.addWidget(main)
    main.resize(1300, 850)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def window(qtbot, tmp_path, warnings) -> MainWindow:
    return new_window(qtbot, tmp_path)


def open_and_wait(qtbot, window: MainWindow, left=None, right=None) -> None:
    """Opens two drafts (the samples by default) and waits until the comparison is shown."""
    with qtbot.waitSignal(window.comparisonShown, timeout=WAIT_MS):
        window.open_drafts(left, right)


def wait_for_compare(qtbot, window: MainWindow, action) -> None:
    """Does ``action`` (which starts a re-compare) and waits for the new comparison."""
    with qtbot.waitSignal(window.comparisonShown, timeout=WAIT_MS):
        action()


def write_draft(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def rows(window: MainWindow) -> list[Row]:
    return window.layout_rows.rows


def row_where(window: MainWindow, left: str | None = None, right: str | None = None,
              kind: RowKind = RowKind.PAIR) -> int:
    """The row showing the clause cited ``left`` on the left and/or ``right`` on the right."""
    for number, row in enumerate(rows(window)):
        if row.kind is not kind:
            continue
        lefts = [clause.citation for clause in row.left.clauses]
        rights = [clause.citation for clause in row.right.clauses]
        if (left is None or left in lefts) and (right is None or right in rights):
            if (left is None or row.left.span) and (right is None or row.right.span):
                return number
    raise AssertionError(f"no row with {left!r} | {right!r}")


def cell_text(window: MainWindow, row: int, column: Column) -> str:
    model = window.view.comparison_model
    return model.data(model.index(row, column)) or ""


def link_point(window: MainWindow, row: int, column: Column) -> QPoint:
    """A point of the viewport, in the cell at (row, column), where a header link is drawn.

    Scans the cell as a user's pointer would, asking the delegate what is under it.
    """
    view = window.view
    index = view.comparison_model.index(row, column)
    rect = view.visualRect(index)
    for y in range(rect.top() + 2, min(rect.bottom(), rect.top() + 80), 3):
        for x in range(rect.left() + 2, rect.right(), 4):
            if view.clause_delegate.anchor_at(row, column, view.row(row), rect,
                                              QPointF(x, y)) is not None:
                return QPoint(x, y)
    raise AssertionError(f"no link in row {row}, column {column}")


def accept_export_dialog(monkeypatch, fmt: str = "pdf") -> None:
    """File > Export Briefing's dialog is accepted with the format ``fmt``."""
    from PySide6.QtWidgets import QDialog

    from clausewise.gui.export_dialog import ExportDialog

    def accept(dialog):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
