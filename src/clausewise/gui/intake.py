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

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from ..core.compare import Comparison
from ..readers import read_pasted_text
from ..readers.sniff import (DOCX_EXTENSIONS, HTML_EXTENSIONS, MARKDOWN_EXTENSIONS,
                             ODT_EXTENSIONS, PDF_EXTENSIONS, RTF_EXTENSIONS)

#: The file dialog's filter: every format the readers take, then each on its own.
_FORMATS = (("Word documents", DOCX_EXTENSIONS), ("OpenDocument text", ODT_EXTENSIONS),
            ("PDF", PDF_EXTENSIONS), ("Plain text", {".txt"}), ("Web pages", HTML_EXTENSIONS),
            ("Markdown", MARKDOWN_EXTENSIONS), ("Rich text", RTF_EXTENSIONS))


def _patterns(extensions) -> str:
    return " ".join(f"*{extension}" for extension in sorted(extensions))


DRAFT_FILTER = ";;".join(
    [f"Drafts ({' '.join(_patterns(extensions) for _, extensions in _FORMATS)})"]
    + [f"{name} ({_patterns(extensions)})" for name, extensions in _FORMATS]
    + ["All files (*)"])


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
    for role, document in (("Older draft", comparison.left), ("Newer draft", comparison.right)):
        if document.notices:
            notes.append((f"{role}: {document.name or 'untitled'}", list(document.notices)))
    return notes


class ReadingNotes(QToolButton):
    """A status-bar button, shown when a reader left something out, listing what and where."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setToolTip("What could not be read faithfully from the drafts")
        self.setAccessibleName("Reading notes")
        self.clicked.connect(self.show_notes)
        self.notes: list[tuple[str, list[str]]] = []
        self.hide()

    def update_from(self, comparison: Comparison | None) -> None:
        self.notes = reading_notes(comparison) if comparison is not None else []
        count = sum(len(items) for _, items in self.notes)
        self.setText(f"⚠ {count} reading note{'s' if count != 1 else ''}")
        self.setVisible(count > 0)

    def text_of_notes(self) -> str:
        return "\n\n".join(title + ":\n" + "\n".join(f"• {item}" for item in items)
                           for title, items in self.notes)

    def show_notes(self) -> None:
        QMessageBox.information(self.window(), "What could not be read faithfully",
                                self.text_of_notes())
