"""Word drafts (.docx): paragraphs and tables in reading order, with styles and numbering.

python-docx opens the package and gives the parts; the body is then walked as XML because
what matters here is below python-docx's API: automatic numbering, tracked changes, content
controls, and tables nested in the flow. Each non-empty paragraph becomes one SourceLine
with its style name, heading level, list level and the number Word would draw in front of it.
Empty paragraphs are dropped, except a numbered one: "Article 4" drawn by Word on a paragraph
with no text of its own is how many treaty templates set an article heading.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from typing import Iterator

from lxml import etree

from ..core.model import SourceLine, SourceText
from .docx_numbering import ListCounters, NumberingDefinitions
from .docx_styles import StyleSheet, outline_heading_level
from .docx_tally import Tally
from .docx_text import paragraph_text
from .docx_xml import (
    ILVL, NUMID, NUMPR, OUTLINE_LVL, P, PPR, PSTYLE, RPR, TBL, int_val, val, w,
)
from .errors import ReadError
from .guards import capped
from .archive import check_parts, docx_parsed_parts, open_archive
from .limits import MAX_DOCX_UNPACKED_BYTES

_REL_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_HEADER_FOOTER_TYPES = frozenset({
    "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
})
_TRACKED_CHANGES = (w("ins"), w("del"), w("moveFrom"), w("moveTo"), w("cellIns"), w("cellDel"))
_MARK_DELETED = (w("del"), w("moveFrom"))


def read_docx(data: bytes, name: str) -> SourceText:
    """Reads a .docx draft from its bytes. Raises ReadError if it is damaged or empty."""
    _check_unpacked_size(data, name)
    document = _open(data, name)
    body = document.element.body
    walker = _BodyWalker(document)
    lines = tuple(capped(walker.lines(body), name))
    walker.tally.tracked_changes = sum(1 for _ in body.iter(*_TRACKED_CHANGES))
    walker.tally.headers_or_footers = _has_header_or_footer_text(document)
    if not lines:
        raise ReadError(
            f"{name} has no text in its body (only empty paragraphs, drawings or text boxes); "
            "check that it is the right draft",
            reason="empty",
        )
    return SourceText(lines=lines, name=name, notices=walker.tally.notices(), format="docx")


def _check_unpacked_size(data: bytes, name: str) -> None:
    """Refuses zip bombs and XML entity or element bombs before python-docx unpacks a part.

    python-docx parses every part its content types call XML, whatever the part's name, so
    those members are checked by content (``archive.check_parts``): sizes, DTDs, tag counts.
    """
    with open_archive(data, name, "Word file", MAX_DOCX_UNPACKED_BYTES) as archive:
        check_parts(archive, name, "Word file", docx_parsed_parts(archive, name))


def _open(data: bytes, name: str):
    """python-docx's Document, or ReadError saying what is damaged."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise _damaged(name, "the zip archive is damaged") from exc
    except etree.XMLSyntaxError as exc:
        why = "its XML is nested too deeply" if "depth" in str(exc) else "its XML is damaged"
        raise _damaged(name, why) from exc
    except (KeyError, PackageNotFoundError) as exc:
        raise _damaged(name, "parts of the document are missing") from exc
    except ValueError as exc:
        raise _damaged(name, "it is not a Word document inside") from exc
    except Exception as exc:  # python-docx raises many types on damaged input
        raise _damaged(name, f"{type(exc).__name__}") from exc


def _damaged(name: str, why: str) -> ReadError:
    return ReadError(
        f"{name} is not a valid Word file ({why}); open it in Word and save it again",
        reason="corrupt",
    )


def _has_header_or_footer_text(document) -> bool:
    for part in document.part.package.iter_parts():
        if part.content_type in _HEADER_FOOTER_TYPES:
            element = getattr(part, "element", None)
            if element is not None and any((t.text or "").strip() for t in element.iter(w("t"))):
                return True
    return False


class _BodyWalker:
    """Walks the body in reading order; keeps the list counters and the tally."""

    def __init__(self, document) -> None:
        styles_element = document.styles.element
        self.styles = StyleSheet(styles_element)
        self.numbering = NumberingDefinitions(
            _numbering_element(document), _numbering_style_ids(styles_element)
        )
        self.counters = ListCounters(self.numbering)
        self.tally = Tally()
        # Text of paragraphs whose mark was deleted, joined to the next one. A list: a
        # string grown by += is copied each time, and thousands of such paragraphs made
        # reading quadratic (50,000 took 27 s).
        self._carried: list[str] = []

    def lines(self, container: etree._Element) -> Iterator[SourceLine]:
        """The lines of a body, table cell or content control, in reading order."""
        for child in container:
            tag = child.tag
            if tag == P:
                line = self._paragraph(child)
                if line is not None:
                    yield line
            elif tag == TBL:
                yield from self._table(child)
            elif tag in (w("sdt"),):
                content = child.find(w("sdtContent"))
                if content is not None:
                    yield from self.lines(content)
            elif tag in (w("customXml"), w("ins"), w("moveTo")):
                yield from self.lines(child)
            elif tag == w("altChunk"):
                self.tally.embedded_documents += 1

    def _table(self, table: etree._Element) -> Iterator[SourceLine]:
        """Each cell's paragraphs become lines, row by row; deleted rows are left out."""
        self.tally.tables += 1
        for row in table.iterchildren(w("tr")):
            row_props = row.find(w("trPr"))
            if row_props is not None and row_props.find(w("del")) is not None:
                continue
            for cell in row.iterchildren(w("tc")):
                yield from self.lines(cell)

    def _paragraph(self, paragraph: etree._Element) -> SourceLine | None:
        ppr = paragraph.find(PPR)
        style_id = val(ppr.find(PSTYLE)) if ppr is not None else None
        style_id = style_id or self.styles.default_style_id
        text = paragraph_text(paragraph, self.tally)
        if _mark_deleted(ppr):
            # Accepting a deleted paragraph mark joins this text to the next paragraph.
            self._carried.append(text)
            return None
        if self._carried:
            self._carried.append(text)
            text, self._carried = "".join(self._carried), []
        text = unicodedata.normalize("NFC", text).strip()
        number, list_level = self._number(ppr, style_id)
        if self.styles.is_table_of_contents(style_id):
            self.tally.toc_lines += bool(text)
            return None
        if not text and number is None:
            return None  # an empty paragraph; a bare "Article 4" drawn by Word is kept
        return SourceLine(
            text=text,
            style=self.styles.name(style_id),
            heading_level=self._heading_level(ppr, style_id),
            list_level=list_level,
            number=number,
        )

    def _heading_level(self, ppr: etree._Element | None, style_id: str | None) -> int | None:
        direct = int_val(ppr.find(OUTLINE_LVL)) if ppr is not None else None
        if direct is not None:
            return outline_heading_level(direct)
        return self.styles.heading_level(style_id)

    def _number(self, ppr, style_id: str | None) -> tuple[str | None, int | None]:
        """The automatic number and list level of a paragraph, from its numPr or its style."""
        num_pr = ppr.find(NUMPR) if ppr is not None else None
        direct_num = int_val(num_pr.find(NUMID)) if num_pr is not None else None
        direct_ilvl = int_val(num_pr.find(ILVL)) if num_pr is not None else None
        inherited = self.styles.numbering(style_id)
        num_id = direct_num if direct_num is not None else (inherited and inherited.num_id)
        if not num_id:
            return None, None
        ilvl = direct_ilvl
        if ilvl is None and inherited is not None:
            ilvl = inherited.ilvl
            if ilvl is None:
                ilvl = self.numbering.level_for_style(num_id, style_id or "")
            if ilvl is None:
                ilvl = self.numbering.level_for_style(num_id, inherited.style_id)
        ilvl = min(max(ilvl or 0, 0), 8)
        return self.counters.advance(num_id, ilvl), ilvl


def _mark_deleted(ppr: etree._Element | None) -> bool:
    if ppr is None:
        return False
    rpr = ppr.find(RPR)
    return rpr is not None and any(rpr.find(tag) is not None for tag in _MARK_DELETED)


def _numbering_element(document) -> etree._Element | None:
    """numbering.xml's root, without creating one (python-docx would add an empty part)."""
    for rel in document.part.rels.values():
        if rel.reltype == _REL_NUMBERING and not rel.is_external:
            return getattr(rel.target_part, "element", None)
    return None


def _numbering_style_ids(styles_element: etree._Element) -> dict[str, int]:
    """Numbering styles (type "numbering") and their numId, for w:numStyleLink."""
    out: dict[str, int] = {}
    for style in styles_element.iterchildren(w("style")):
        if style.get(w("type")) != "numbering":
            continue
        num_id = int_val(style.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}"))
        if num_id is not None:
            out[style.get(w("styleId"), "")] = num_id
    return out
