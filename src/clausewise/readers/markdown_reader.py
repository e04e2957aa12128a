"""Markdown drafts (.md): read as CommonMark renders them, with markdown-it-py.

Headings (``#`` to ``######``, or underlined) give the heading level; each paragraph is one
line, its soft line breaks joined as a renderer joins them (a hard break, two spaces or a
backslash at the line end, starts a new line); ordered list items keep the number the
drafter typed ("4." stays "4.", where a renderer would count on from the first item: in a
draft the typed number is the one that is cited); bullets give a list level. Emphasis, links
and inline code keep their text; a table is flattened row by row (each row one line, its
cells in order, a cell of only dashes left out: an export's empty header), images dropped,
both with a notice; raw HTML blocks are read by the HTML reader.
"""

from __future__ import annotations

import re
import unicodedata

from ..core.model import SourceLine, SourceText
from .docx_tally import Tally
from .encoding import decode
from .errors import ReadError
from .guards import too_many_lines
from .html_reader import html_lines
from .limits import MAX_LINES
from .text import text_source

#: Deepest nesting of blocks and inline markup markdown-it follows (its own guard).
_MAX_NESTING = 40
#: A table cell of dashes and colons only: the rule an export wrote as a header row.
_RULE_CELL_RE = re.compile(r"[:\-\s]*-[:\-\s]*")


def read_markdown(data: bytes, name: str) -> SourceText:
    """Reads a Markdown draft from its bytes. Raises ReadError for binary or empty files."""
    from markdown_it import MarkdownIt

    decoded = decode(data, name)
    cleaned = text_source(decoded.text, name, decoded.encoding, decoded.invalid_bytes,
                          strip_trailing=False)
    source_text = "\n".join(_heading_marks_spaced(line.text) for line in cleaned.lines)
    parser = MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING})
    parser.enable(["table", "strikethrough"])
    walker = _TokenWalker(name)
    walker.walk(parser.parse(source_text))
    if not walker.lines:
        raise ReadError(
            f"{name} has no text (only images, rules or markup); check that it is the right "
            "draft",
            reason="empty",
        )
    return SourceText(lines=tuple(walker.lines), name=name,
                      notices=(*decoded.notices, *cleaned.notices, *walker.tally.notices()),
                      encoding=decoded.encoding, format="md")


#: "####Title": real exports often leave out the space CommonMark wants after the marks.
_TIGHT_HEADING_RE = re.compile(r"^( {0,3})(#{1,6})(?=[^#\s])")
#: More ">" than this at a line's start: the quote marks are dropped, the text kept (markdown-it
#: would stop at its nesting limit and drop the text with them).
_MAX_QUOTE_DEPTH = 20
_QUOTE_RUN_RE = re.compile(r"^(?:\s{0,3}>){%d,}\s?" % (_MAX_QUOTE_DEPTH + 1))


def _heading_marks_spaced(line: str) -> str:
    """ "####Title" -> "#### Title", so that the marks are read as a heading and never shown;
    a block quote nested deeper than markdown-it follows loses its marks, not its text."""
    if line.startswith(("#", " ")):
        line = _TIGHT_HEADING_RE.sub(r"\1\2 ", line, count=1)
    if line.lstrip().startswith(">"):
        line = _QUOTE_RUN_RE.sub("", line, count=1)
    return line


class _TokenWalker:
    """Turns markdown-it's flat token stream into lines with hints."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lines: list[SourceLine] = []
        self.tally = Tally()
        self._lists: list[str] = []      # "ol" or "ul", innermost last
        self._number: str | None = None
        self._heading: int | None = None
        self._row: list[str] | None = None   # the cells of the table row being read

    def walk(self, tokens) -> None:
        for token in tokens:
            kind = token.type
            if kind == "heading_open":
                self._heading = int(token.tag[1])
            elif kind == "heading_close":
                self._heading = None
            elif kind in ("ordered_list_open", "bullet_list_open"):
                self._lists.append(token.tag)
            elif kind in ("ordered_list_close", "bullet_list_close") and self._lists:
                self._lists.pop()
            elif kind == "list_item_open":
                typed = token.info
                self._number = f"{typed}{token.markup}" if typed else None
            elif kind == "table_open":
                self.tally.tables += 1
            elif kind == "tr_open":
                self._row = []
            elif kind == "tr_close" and self._row is not None:
                # "(i) years 1-10 of commercial production | 5 per cent": one line, as the
                # row reads (and as a plain-text export of the same table gives it)
                cells = [cell for cell in self._row if not _RULE_CELL_RE.fullmatch(cell)]
                self._add(" ".join(cells))
                self._row = None
            elif kind == "inline" and self._row is not None:
                self._row.extend(self._texts(token.children or []))
            elif kind == "inline":
                self._inline(token.children or [])
            elif kind in ("fence", "code_block"):
                for line in token.content.splitlines():
                    self._add(line)
            elif kind == "html_block":
                lines, tally = html_lines(token.content, self.name)
                self.lines.extend(lines)
                self.tally.images += tally.images
                self.tally.tables += tally.tables

    def _inline(self, children) -> None:
        for text in self._texts(children):
            self._add(text)

    def _texts(self, children) -> list[str]:
        """The text of an inline run, one string per line (a hard break starts a new one)."""
        texts: list[str] = []
        pieces: list[str] = []
        for child in children:
            kind = child.type
            if kind in ("text", "code_inline"):
                pieces.append(child.content)
            elif kind == "softbreak":
                pieces.append(" ")
            elif kind == "hardbreak":
                texts.append("".join(pieces))
                pieces = []
            elif kind == "image":
                self.tally.images += 1
            elif kind == "html_inline":
                continue   # a tag such as <br> or <sup>: markup, not words
        texts.append("".join(pieces))
        return [" ".join(text.split()) for text in texts]

    def _add(self, text: str) -> None:
        text = unicodedata.normalize("NFC", " ".join(text.split()))
        if not text:
            return
        level = len(self._lists) - 1 if self._lists else None
        if len(self.lines) >= MAX_LINES:
            raise too_many_lines(self.name)
        number = self._number
        self._number = None   # only the item's first line carries its number
        self.lines.append(SourceLine(text=text, heading_level=self._heading,
                                     list_level=level, number=number))
