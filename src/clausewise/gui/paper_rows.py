"""The rows every export dialog asks the same way: marking, author, orientation, language.

The briefing's dialog and the history table's build them here, so that the two read alike
and are translated once (context "PaperRows").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from ..reports.labels import LANGUAGES as BRIEFING_LANGUAGES

# The protective markings offered (the box is editable: any other may be typed).
# (A plain comment: lupdate would take a "#:" one for a note to the translators.)
MARKINGS = ("", "OFFICIAL", "OFFICIAL-SENSITIVE", "RESTRICTED", "CONFIDENTIAL", "SECRET")


@dataclass
class PaperRows:
    """The four widgets, as the dialog reads and restores them."""

    marking_box: QComboBox
    author_edit: QLineEdit
    orientation_box: QComboBox
    language_box: QComboBox


def add_paper_rows(parent: QWidget, form: QFormLayout, landscape_first: bool,
                   language_tip: str) -> PaperRows:
    """Adds the marking, author, orientation and language rows to ``form``. A table of
    several drafts side by side is landscape first; a briefing portrait."""
    marking_box = QComboBox(parent)
    marking_box.setEditable(True)
    for marking in MARKINGS:
        marking_box.addItem(marking or QCoreApplication.translate("PaperRows", "(none)"), marking)
    form.addRow(QCoreApplication.translate("PaperRows", "&Marking:"), marking_box)
    author_edit = QLineEdit(parent)
    author_edit.setPlaceholderText(QCoreApplication.translate("PaperRows", "Prepared by"))
    form.addRow(QCoreApplication.translate("PaperRows", "&Author:"), author_edit)
    orientation_box = QComboBox(parent)
    choices = [(QCoreApplication.translate("PaperRows", "Portrait"), False),
               (QCoreApplication.translate("PaperRows", "Landscape"), True)]
    for label, landscape in (reversed(choices) if landscape_first else choices):
        orientation_box.addItem(label, landscape)
    form.addRow(QCoreApplication.translate("PaperRows", "&Orientation:"), orientation_box)
    language_box = QComboBox(parent)
    for code, name in BRIEFING_LANGUAGES.items():
        language_box.addItem(name, code)   # each language in its own words
    language_box.setToolTip(language_tip)
    form.addRow(QCoreApplication.translate("PaperRows", "&Language:"), language_box)
    return PaperRows(marking_box, author_edit, orientation_box, language_box)
