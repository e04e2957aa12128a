"""Drafts that arrive by other roads than File > Open: pasted text, and what reading left out.

* Text pasted from the clipboard (an e-mail, a web page, a PDF viewer) is kept as a UTF-8
  file in the app's data folder, then opened like any file. A pasted draft is thus never
  lost, appears in the recent list, and is read by the same reader on every re-compare.
* ``ReadingNotes`` is the status-bar button that says, per draft, what the readers skipped or
  flattened (tables, tracked changes, comments, footnotes...), so nothing is left out silently.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from ..core.compare import Comparison
from ..readers import read_pasted_text
from ..readers.sniff import (DOCX_EXTENSIONS, HTML_EXTENSIONS, MARKDOWN_EXTENSIONS,
                             ODT_EXTENSIONS, PDF_EXTENSIONS, RTF_EXTENSIONS)

#: The file dialog's filter: every format the readers take, then each on its own.
_FORMATS = ((QT_TRANSLATE_NOOP("Intake", "Word documents"), DOCX_EXTENSIONS),
            (QT_TRANSLATE_NOOP("Intake", "OpenDocument text"), ODT_EXTENSIONS),
            ("PDF", PDF_EXTENSIONS),
            (QT_TRANSLATE_NOOP("Intake", "Plain text"), {".txt"}),
            (QT_TRANSLATE_NOOP("Intake", "Web pages"), HTML_EXTENSIONS),
            ("Markdown", MARKDOWN_EXTENSIONS),
            (QT_TRANSLATE_NOOP("Intake", "Rich text"), RTF_EXTENSIONS))


def _patterns(extensions) -> str:
    return " ".join(f"*{extension}" for extension in sorted(extensions))


def draft_filter() -> str:
    """The file dialog's filter, in the interface's language."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("Intake", text)

    everything = " ".join(_patterns(extensions) for _, extensions in _FORMATS)
    return ";;".join(
        [QCoreApplication.translate("Intake", "Drafts") + f" ({everything})"]
        + [f"{tr(name)} ({_patterns(extensions)})" for name, extensions in _FORMATS]
        + [QCoreApplication.translate("Intake", "All files") + " (*)"])




def pasted_folder() -> Path:
    """Where pasted drafts are kept: <app data>/pasted."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".clausewise") / "pasted"


def save_pasted_draft(text: str, folder: Path | None = None, now: datetime | None = None) -> Path:
    """Keeps pasted text as a draft file; returns its path. Raises ReadError for bad text."""
    source = read_pasted_text(text)
    folder = folder or pasted_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H.%M.%S")
    path = folder / f"Pasted draft {stamp}.txt"
    count = 2
    while path.exists():
        path = folder / f"Pasted draft {stamp} ({count}).txt"
        count += 1
    path.write_text("\n".join(line.text for line in source.lines) + "\n", encoding="utf-8")
    return path


def reading_notes(comparison: Comparison) -> list[tuple[str, list[str]]]:
    """(draft name, notices) for each draft that has notices, older draft first."""
    notes = []
    roles = (QCoreApplication.translate("Intake", "Older draft"),
             QCoreApplication.translate("Intake", "Newer draft"))
    for role, document in zip(roles, (comparison.left, comparison.right)):
        if document.notices:
            name = document.name or QCoreApplication.translate("Intake", "untitled")
            notes.append((f"{role}: {name}", list(document.notices)))
    return notes


class ReadingNotes(QToolButton):
    """A status-bar button, shown when a reader left something out, listing what and where."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setToolTip(self.tr("What could not be read faithfully from the drafts"))
        self.setAccessibleName(self.tr("Reading notes"))
        self.clicked.connect(self.show_notes)
        self.notes: list[tuple[str, list[str]]] = []
        self.hide()

    def update_from(self, comparison: Comparison | None) -> None:
        self.notes = reading_notes(comparison) if comparison is not None else []
        count = sum(len(items) for _, items in self.notes)
        self.setText("⚠ " + self.tr("%n reading note(s)", "", count))
        self.setVisible(count > 0)

    def text_of_notes(self) -> str:
        return "\n\n".join(title + ":\n" + "\n".join(f"• {item}" for item in items)
                           for title, items in self.notes)

    def show_notes(self) -> None:
        QMessageBox.information(self.window(), self.tr("What could not be read faithfully"),
                                self.text_of_notes())
