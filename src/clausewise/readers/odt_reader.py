"""OpenDocument text drafts (.odt, LibreOffice and others): paragraphs in reading order.

The body of ``content.xml`` is walked as XML: headings (``text:h``, whose outline level is
the heading level), paragraphs, lists (numbered from their list style, since an .odt keeps
no drawn numbers), sections, and tables, flattened cell by cell. Tracked changes are read
as accepted (deleted text lives apart, in ``text:tracked-changes``, and is skipped); notes,
comments, frames and the table of contents are left out and counted in the notices.
"""

from __future__ import annotations

import unicodedata
from typing import Iterator

from lxml import etree

from ..core.model import SourceLine, SourceText
from .archive import check_parts, open_archive, parse_xml_member
from .docx_tally import Tally
from .errors import ReadError
from .guards import capped
from .odt_styles import DRAW, OFFICE, TABLE, XML, ListCounter, StyleSheet, s, t

WHAT = "OpenDocument file"
_P, _H, _LIST, _ITEM, _HEADER = t("p"), t("h"), t("list"), t("list-item"), t("list-header")
_SPACE_TAGS = frozenset({t("tab"), t("line-break")})
_SKIPPED_INLINE = frozenset({
    t("soft-page-break"), t("bookmark"), t("bookmark-start"), t("bookmark-end"),
    t("reference-mark"), t("reference-mark-start"), t("reference-mark-end"),
    f"{{{OFFICE}}}annotation-end", t("number"), t("hidden-text"), t("change-end"),
    t("alphabetical-index-mark"), t("toc-mark"), t("user-index-mark"),
})
_TOC = frozenset({t("table-of-content"), t("alphabetical-index"), t("illustration-index"),
                  t("table-index"), t("object-index"), t("user-index"),
                  t("bibliography")})


def read_odt(data: bytes, name: str) -> SourceText:
    """Reads an .odt draft from its bytes. Raises ReadError if it is damaged or empty."""
    with open_archive(data, name, WHAT) as archive:
        check_parts(archive, name, WHAT, _parsed)
        content = parse_xml_member(archive, "content.xml", name, WHAT)
        styles = (parse_xml_member(archive, "styles.xml", name, WHAT)
                  if "styles.xml" in archive.namelist() else None)
    body = content.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if body is None:
        raise ReadError(
            f"{name} is an OpenDocument file with no text document in it (perhaps a "
            "spreadsheet or a drawing); choose the draft itself",
            reason="unsupported",
        )
    walker = _BodyWalker(StyleSheet(styles, content))
    lines = tuple(capped(walker.lines(body), name))
    tracked = body.find(t("tracked-changes"))
    walker.tally.tracked_changes = len(tracked) if tracked is not None else 0
    walker.tally.headers_or_footers = _has_header_or_footer_text(styles)
    if not lines:
        raise ReadError(
            f"{name} has no text in its body (only empty paragraphs, frames or images); "
            "check that it is the right draft",
            reason="empty",
        )
    return SourceText(lines=lines, name=name, notices=walker.tally.notices(), format="odt")


def _parsed(member: str) -> bool:
    """The members checked as XML: content.xml and styles.xml, which are parsed, and any
    other .xml, as before; not the pictures, where an SVG may carry a ``<!DOCTYPE svg>``."""
    return member.lower().endswith(".xml")


def _has_header_or_footer_text(styles: etree._Element | None) -> bool:
    if styles is None:
        return False
    for part in styles.iter(s("header"), s("footer"), s("header-left"), s("footer-left")):
        if "".join(part.itertext()).strip():
            return True
    return False


class _BodyWalker:
    """Walks the body in reading order; keeps list and outline counters and the tally."""

    def __init__(self, styles: StyleSheet) -> None:
        self.styles = styles
        self.tally = Tally()
        self.outline = ListCounter(styles.outline)
        self.counters: dict[str, ListCounter] = {}   # list xml:id or style -> counter
        self._last_list: dict[str, ListCounter] = {}  # list style -> its last counter

    def lines(self, container: etree._Element, depth: int = 0) -> Iterator[SourceLine]:
        for child in container:
            tag = child.tag
            if tag in (_P, _H):
                line = self._paragraph(child, None, None)
                if line is not None:
                    yield line
            elif tag == _LIST:
                yield from self._list(child, None, 0)
            elif tag == f"{{{TABLE}}}table":
                self.tally.tables += 1
                yield from self._table(child, depth)
            elif tag in _TOC:
                self.tally.toc_lines += sum(1 for _ in child.iter(_P))
            elif tag in (t("section"), t("index-body"), t("tracked-changes")):
                if tag != t("tracked-changes"):
                    yield from self.lines(child, depth)
            elif tag == f"{{{DRAW}}}frame" or tag == f"{{{DRAW}}}a":
                self._count_frame(child)

    def _table(self, table: etree._Element, depth: int) -> Iterator[SourceLine]:
        """Cells row by row (header rows and row groups included); nested tables too.

        Rows are found by walking the table's own row groups, never by searching all its
        descendants: with tables nested in cells, a search would meet each inner row once
        per outer table, and a 44 KB file of nested tables took minutes.
        """
        for row in _rows(table):
            for cell in row.iterchildren(f"{{{TABLE}}}table-cell"):
                yield from self.lines(cell, depth + 1)

    def _list(self, element: etree._Element, counter: ListCounter | None,
              level: int) -> Iterator[SourceLine]:
        """A text:list; nested lists share the counter of the outermost one."""
        if counter is None:
            counter = self._counter_for(element)
        for item in element:
            if item.tag not in (_ITEM, _HEADER):
                continue
            number: str | None = None
            counted = False
            for child in item:
                if child.tag in (_P, _H):
                    if item.tag == _ITEM and not counted:
                        start = _int_or_none(item.get(t("start-value")))
                        number = counter.advance(level, start)
                        counted = True
                        line = self._paragraph(child, number, level)
                    else:
                        line = self._paragraph(child, None, level)
                    if line is not None:
                        yield line
                elif child.tag == _LIST:
                    yield from self._list(child, counter, level + 1)
                elif child.tag == f"{{{TABLE}}}table":
                    self.tally.tables += 1
                    yield from self._table(child, level)

    def _counter_for(self, element: etree._Element) -> ListCounter:
        """A fresh counter, or the one this list continues (continue-numbering/-list)."""
        style = element.get(t("style-name"), "")
        continued = element.get(t("continue-list"))
        if continued and continued in self.counters:
            counter = self.counters[continued]
        elif element.get(t("continue-numbering")) == "true" and style in self._last_list:
            counter = self._last_list[style]
        else:
            counter = ListCounter(self.styles.lists.get(style, {}))
        list_id = element.get(f"{{{XML}}}id")
        if list_id:
            self.counters[list_id] = counter
        self._last_list[style] = counter
        return counter

    def _paragraph(self, paragraph: etree._Element, number: str | None,
                   list_level: int | None) -> SourceLine | None:
        style = paragraph.get(t("style-name"))
        pieces: list[str] = []
        self._collect(paragraph, pieces)
        text = unicodedata.normalize("NFC", " ".join("".join(pieces).split()))
        heading_level = None
        if paragraph.tag == _H:
            heading_level = max(1, min(10, _int_or_none(paragraph.get(t("outline-level"))) or 1))
            if number is None and paragraph.get(t("is-list-header")) != "true":
                number = self.outline.advance(heading_level - 1)
        elif self.styles.is_title(style):
            heading_level = 0
        if not text and number is None:
            return None
        return SourceLine(text=text, style=self.styles.name(style),
                          heading_level=heading_level, list_level=list_level, number=number)

    def _collect(self, element: etree._Element, pieces: list[str]) -> None:
        """Visible text of a paragraph, in order; notes, comments and frames counted."""
        if element.text:
            pieces.append(element.text)
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED_INLINE:
                pass
            elif tag == t("s") or tag in _SPACE_TAGS:
                # One space whatever text:c says: runs of spaces become one in the line
                # anyway, and 1.4 million <text:s text:c="1000"/> asked for 1.4 GB.
                pieces.append(" ")
            elif tag == t("note"):
                if child.get(t("note-class")) == "endnote":
                    self.tally.endnotes += 1
                else:
                    self.tally.footnotes += 1
            elif tag == f"{{{OFFICE}}}annotation":
                self.tally.comment_ids.add(child.get(f"{{{OFFICE}}}name") or str(id(child)))
            elif tag in (t("change"), t("change-start")):
                pass  # counted from text:tracked-changes
            elif tag in (f"{{{DRAW}}}frame", f"{{{DRAW}}}a", f"{{{DRAW}}}custom-shape",
                         f"{{{DRAW}}}g"):
                self._count_frame(child)
            else:
                self._collect(child, pieces)   # spans, links, fields, ruby...
            if child.tail:
                pieces.append(child.tail)

    def _count_frame(self, frame: etree._Element) -> None:
        box = next(frame.iter(f"{{{DRAW}}}text-box"), None)
        if box is not None and "".join(box.itertext()).strip():
            self.tally.text_boxes += 1
        else:
            self.tally.images += 1


_ROW = f"{{{TABLE}}}table-row"
_ROW_GROUPS = frozenset(f"{{{TABLE}}}{tag}" for tag in
                        ("table-header-rows", "table-rows", "table-row-group"))


def _rows(container: etree._Element) -> Iterator[etree._Element]:
    """The rows of a table in order, through its header rows and (nested) row groups."""
    for child in container:
        if child.tag == _ROW:
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child)


def _int_or_none(value: str | None) -> int | None:
    """An attribute as a number within what a draft could use (0-99,999), or None."""
    try:
        return min(max(int(value), 0), 99_999) if value is not None else None
    except ValueError:
        return None
