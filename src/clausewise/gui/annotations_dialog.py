"""The dialogs of annotating: write or edit a note (on a clause or on words of it), and
edit the workspace's tag list.

The words a note is about are chosen in the comparison view itself (``wordpicker``); the
dialog only shows them, quoted, above the note.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ..store import AnnotationStatus, WorkspaceError
from ..store.preferences import TagList
from .annotations import status_name
from .i18n import stored_tag, tag_name


class NoteDialog(QDialog):
    """Note, tag, status and author of one annotation; ``quote`` (the words chosen in the
    view, if the note is on words) is shown above the note."""

    def __init__(self, parent: QWidget | None, title: str, citation: str, tags: list[str],
                 quote: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.citation = citation
        self.resize(560, 340 if quote else 300)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{_escape(citation)}</b>", self))
        self.quote = None
        if quote:
            self.quote = QLabel(f"“{_escape(quote)}”", self)
            self.quote.setWordWrap(True)
            self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.quote.setAccessibleName(self.tr("The words the note is about"))
            layout.addWidget(self.quote)
        form = QFormLayout()
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        form.addRow(self.tr("&Note:"), self.note)
        self.tag = QComboBox(self)
        self.tag.setEditable(True)
        for tag in tags:   # a default tag in the interface's language, stored as it is
            self.tag.addItem(tag_name(tag), tag)
        form.addRow(self.tr("&Tag:"), self.tag)
        self.status = QComboBox(self)
        for status in AnnotationStatus:
            self.status.addItem(status_name(status.value), status.value)
        form.addRow(self.tr("&Status:"), self.status)
        self.author = QLineEdit(self)
        form.addRow(self.tr("&Author:"), self.author)
        layout.addLayout(form, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.error = QLabel("", self)
        layout.addWidget(self.error)

    def fill(self, note: str, tag: str, status: str, author: str) -> None:
        self.note.setPlainText(note)
        if tag and self.tag.findData(tag) < 0:
            self.tag.addItem(tag_name(tag), tag)
        self.tag.setCurrentText(tag_name(tag))
        self.status.setCurrentIndex(max(0, self.status.findData(str(status))))
        self.author.setText(author)

    def values(self) -> dict:
        return {"note": self.note.toPlainText().strip(),
                "tag": stored_tag(self.tag.currentText().strip()),
                "status": AnnotationStatus(self.status.currentData()),
                "author": self.author.text().strip()}

    def _accept(self) -> None:
        if not self.note.toPlainText().strip():
            self.error.setText(self.tr("Write a note first."))
            return
        self.accept()


class TagsDialog(QDialog):
    """Adds, renames and removes the workspace's tags; each change is committed at once."""

    def __init__(self, parent: QWidget | None, tags: TagList) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annotation Tags"))
        self.tags = tags
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Tags"))
        layout.addWidget(self.list)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self.add), (self.tr("Rename…"), self.rename),
                           (self.tr("Remove"), self.remove)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, s=slot: s())
            row.addWidget(button)
        layout.addLayout(row)
        self.message = QLabel(self.tr("Removing a tag keeps it on the notes that carry it."), self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for tag in self.tags.names():   # shown in the interface's language, kept as stored
            item = QListWidgetItem(tag_name(tag), self.list)
            item.setData(Qt.ItemDataRole.UserRole, tag)

    def add(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add Tag"), self.tr("New tag:"))
            if not ok:
                return
        self._try(lambda: self.tags.add(stored_tag(name.strip())))

    def rename(self, new: str | None = None) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if new is None:
            new, ok = QInputDialog.getText(self, self.tr("Rename Tag"), self.tr("New name:"),
                                       text=item.text())
            if not ok:
                return
        stored = item.data(Qt.ItemDataRole.UserRole)
        self._try(lambda: self.tags.rename(stored, stored_tag(" ".join(new.split()))))

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._try(lambda: self.tags.remove(item.data(Qt.ItemDataRole.UserRole)))

    def _try(self, change) -> None:
        try:
            change()
        except WorkspaceError as error:
            self.message.setText(str(error))
            return
        self.refresh()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
