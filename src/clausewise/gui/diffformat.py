"""The one adapter from diff spans to Qt text formats.

A cell of the comparison view is a ``QTextDocument``: a header line (citation, notes, links)
and the cell's side of the pair's diff, where "-" runs are struck through in red and "+"
runs underlined in green. Nothing here compares anything; it only dresses runs that the
Comparison computed.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from PySide6.QtGui import (QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument,
                           QTextOption)

from ..core.compare import DiffOp
from .rows import Fragment
from .theme import Theme

#: Shown for a deleted or inserted line break, which would otherwise be invisible.
BREAK_MARK = "¶"
#: A new paragraph, inserted as text: one insertText call per run, however many lines.
NEW_BLOCK = "\u2029"
LINK_SCHEME = "row:"


def run_format(op: str, theme: Theme) -> QTextCharFormat:
    """The character format of a diff run: plain, deleted or inserted."""
    fmt = QTextCharFormat()
    if op == "-":
        fmt.setFontStrikeOut(True)
        fmt.setForeground(theme.deleted_text)
        fmt.setBackground(theme.deleted_back)
    elif op == "+":
        fmt.setFontUnderline(True)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setForeground(theme.inserted_text)
        fmt.setBackground(theme.inserted_back)
    return fmt


def fragment_format(fragment: Fragment, theme: Theme, small: float) -> QTextCharFormat:
    """Citations and headings bold; notes smaller and grey; links coloured and underlined."""
    fmt = QTextCharFormat()
    if fragment.style in ("citation", "heading"):
        fmt.setFontWeight(QFont.Weight.Bold)
    else:
        fmt.setForeground(theme.link_text if fragment.target is not None else theme.note_text)
        fmt.setFontPointSize(small)
    if fragment.target is not None:
        fmt.setAnchor(True)
        fmt.setAnchorHref(f"{LINK_SCHEME}{fragment.target}")
        fmt.setFontUnderline(True)
    return fmt


def build_document(header: Sequence[Fragment], runs: Sequence[DiffOp], theme: Theme,
                   font: QFont, heading_first: bool = False,
                   highlight: str = "") -> QTextDocument:
    """A cell's document: the header line, then the runs, wrapped as prose."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    cursor = QTextCursor(document)
    _write_header(cursor, header, theme, font)
    if runs:
        if header:
            cursor.insertText(NEW_BLOCK, QTextCharFormat())
        _write_runs(cursor, runs, theme, heading_first)
    if highlight:
        highlight_matches(document, highlight, theme.found_back)
    return document


def _write_header(cursor: QTextCursor, header: Sequence[Fragment], theme: Theme,
                  font: QFont) -> None:
    small = max(font.pointSizeF() - 1.0, 6.0)
    for index, fragment in enumerate(header):
        fmt = fragment_format(fragment, theme, small)
        if index:
            spacer = QTextCharFormat()
            spacer.setForeground(theme.note_text)
            cursor.insertText("   ", spacer)
        cursor.insertText(fragment.text, fmt)


def _write_runs(cursor: QTextCursor, runs: Sequence[DiffOp], theme: Theme,
                heading_first: bool) -> None:
    """Writes the runs, one block per line; the first line bold when it is a heading."""
    in_heading = heading_first
    formats = {op: run_format(op, theme) for op in "=-+"}
    for op, text in runs:
        lines = text.split("\n")
        for number, line in enumerate(lines):
            if number:
                cursor.insertText(BREAK_MARK + NEW_BLOCK if op != "=" else NEW_BLOCK,
                                  formats[op])
                in_heading = False
            if line:
                fmt = QTextCharFormat(formats[op])
                if in_heading:
                    fmt.setFontWeight(QFont.Weight.DemiBold)
                cursor.insertText(line, fmt)


def highlight_matches(document: QTextDocument, needle: str, colour: QColor) -> int:
    """Marks every occurrence of ``needle`` (any case); returns how many there are."""
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    count = 0
    cursor = document.find(needle, 0)
    while not cursor.isNull():
        cursor.mergeCharFormat(fmt)
        count += 1
        cursor = document.find(needle, cursor)
    return count


def anchor_target(href: str) -> int | None:
    """The row a header link points to, or None for anything else."""
    if href.startswith(LINK_SCHEME):
        try:
            return int(href[len(LINK_SCHEME):])
        except ValueError:
            return None
    return None


def plain_runs(runs: Iterable[DiffOp]) -> str:
    return "".join(text for _, text in runs)
