"""Writes real .docx drafts for tests: Word automatic numbering, tracked changes and the rest.

python-docx has no API for list definitions, so the numbering here is written as Word writes
it: a ``w:abstractNum`` (the levels: start, format, level text) and a ``w:num`` instance
pointing at it, in ``numbering.xml``; paragraphs point at the instance with ``w:numPr``.
Everything else uses python-docx's own API where it has one.

Typical use::

    doc = new_draft()
    articles = add_list(doc, TREATY_LEVELS)
    numbered(doc, "Scope", articles, level=0, style="Heading 1")   # shows "Article 1"
    numbered(doc, "The Parties shall ...", articles, level=1)      # shows "1."
    path = save(doc, tmp_path / "draft.docx")
"""

from __future__ import annotations

import io
import itertools
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import docx
from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

_CHANGE_IDS = itertools.count(1)  # Word wants every revision id distinct in a document
_AUTHOR = 'w:author="Sudmark delegation" w:date="2024-03-01T10:00:00Z"'


@dataclass(frozen=True)
class ListLevel:
    """One level of a list definition, as Word's "Define New Multilevel List" dialog sets it."""

    text: str = "%1."            # w:lvlText: "Article %1", "%2.", "(%3)", "%1.%2"
    fmt: str = "decimal"         # w:numFmt: decimal, lowerLetter, upperRoman, ordinalText ...
    start: int = 1               # w:start
    restart: int | None = None   # w:lvlRestart (1-based level; 0 = never restart)
    legal: bool = False          # w:isLgl
    style: str | None = None     # name of the paragraph style linked to the level (w:pStyle)


#: Article / paragraph / point, the usual outline of a treaty.
TREATY_LEVELS = (
    ListLevel("Article %1"),
    ListLevel("%2."),
    ListLevel("(%3)", fmt="lowerLetter"),
)


def new_draft() -> Document:
    """An empty document on python-docx's default template."""
    return docx.Document()


def save(document: Document, path: Path) -> Path:
    document.save(str(path))
    return path


def add_list(document: Document, levels: Sequence[ListLevel]) -> int:
    """Adds a list definition (abstractNum) and one instance of it (num); returns the numId."""
    numbering = document.part.numbering_part.element
    abstract_id = _next_id(numbering, "abstractNum", "abstractNumId")
    lvl_xml = "".join(_level_xml(document, ilvl, level) for ilvl, level in enumerate(levels))
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{lvl_xml}</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:  # the schema wants every abstractNum before the first num
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    return _add_num(document, abstract_id, {})


def add_list_instance(document: Document, num_id: int,
                      restart_at: dict[int, int] | None = None) -> int:
    """Another instance of ``num_id``'s definition, as Word's "Restart at" makes one.

    ``restart_at`` maps a level to its w:startOverride; without it the new instance simply
    continues the same sequence (as a list pasted from elsewhere in the draft does).
    """
    abstract_id = _abstract_of(document, num_id)
    return _add_num(document, abstract_id, restart_at or {})


def numbered(container, text: str, num_id: int | None, level: int = 0,
             style: str | None = None) -> Paragraph:
    """A paragraph with automatic numbering (``num_id`` None: only the style's numbering)."""
    paragraph = container.add_paragraph(text, style=style)
    if num_id is not None:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = num_id
    return paragraph


def link_style(document: Document, style_name: str, num_id: int, level: int | None = None) -> None:
    """Gives a paragraph style list numbering (w:numPr in the style), as a heading style has."""
    style = document.styles[style_name]
    num_pr = style.element.get_or_add_pPr().get_or_add_numPr()
    if level is not None:
        num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def add_style(document: Document, name: str, based_on: str | None = None):
    """A custom paragraph style ("Article Heading"), optionally based on another one."""
    from docx.enum.style import WD_STYLE_TYPE

    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles[based_on] if based_on else document.styles["Normal"]
    return style


def tracked(container, pieces: Sequence[tuple[str, str]], style: str | None = None,
            mark_deleted: bool = False) -> Paragraph:
    """A paragraph with tracked changes. Each piece is (kind, text) where kind is
    "=" plain, "+" inserted, "-" deleted, ">" moved here, "<" moved away.
    ``mark_deleted`` marks the paragraph mark itself as deleted (joining it to the next)."""
    paragraph = container.add_paragraph(style=style)
    for kind, text in pieces:
        paragraph._p.append(_piece_xml(kind, text, next(_CHANGE_IDS)))
    if mark_deleted:  # w:pPr/w:rPr/w:del: the pilcrow itself is a deletion
        ppr = paragraph._p.get_or_add_pPr()
        ppr.append(parse_xml(
            f'<w:rPr {nsdecls("w")}><w:del w:id="{next(_CHANGE_IDS)}" {_AUTHOR}/></w:rPr>'
        ))
    return paragraph


def add_cross_reference(paragraph: Paragraph, shown: str, bookmark: str = "_Ref1") -> None:
    """A REF field as Word inserts for "Insert > Cross-reference": the code is hidden,
    ``shown`` ("9") is the field's last computed result."""
    ns = nsdecls("w")
    for xml in (
        f'<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {ns}><w:instrText xml:space="preserve"> REF {bookmark} \\r \\h </w:instrText></w:r>',
        f'<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {ns}><w:t>{_attr(shown)}</w:t></w:r>',
        f'<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def wrap_in_content_control(paragraph: Paragraph, tag: str = "clause") -> None:
    """Puts the paragraph inside a block-level content control (w:sdt), as templates do."""
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/></w:sdtPr>'
        f"<w:sdtContent/></w:sdt>"
    )
    paragraph._p.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(paragraph._p)


def override_level(document: Document, num_id: int, ilvl: int, level: ListLevel) -> None:
    """Redefines one level for one instance only (w:lvlOverride holding a whole w:lvl)."""
    numbering = document.part.numbering_part.element
    for num in numbering.iterchildren(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            num.append(parse_xml(
                f'<w:lvlOverride {nsdecls("w")} w:ilvl="{ilvl}">'
                f"{_level_xml(document, ilvl, level)}</w:lvlOverride>"
            ))
            return
    raise KeyError(f"no numbering instance {num_id}")


def add_comment(document: Document, paragraph: Paragraph, text: str) -> None:
    """A Word comment anchored on the paragraph's runs (python-docx's own API)."""
    document.add_comment(paragraph.runs, text=text, author="Norland delegation", initials="ND")


def add_footnote_reference(paragraph: Paragraph, footnote_id: int = 1) -> None:
    """A footnote mark in the text (the reference; the note itself is not needed to read)."""
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{footnote_id}"/></w:r>'
    ))


def add_text_box(paragraph: Paragraph, text: str) -> None:
    """A VML text box holding ``text`` inside the paragraph (Word shows it floating)."""
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        f'<v:shape style="width:120pt;height:40pt"><v:textbox><w:txbxContent>'
        f'<w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
        f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    ))


def add_picture(document: Document) -> None:
    """A small real PNG picture in its own paragraph."""
    document.add_picture(io.BytesIO(tiny_png()))


def tiny_png() -> bytes:
    """A 2x2 grey PNG, written by hand so the tests need no image file."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80\x80" * 2)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def _level_xml(document: Document, ilvl: int, level: ListLevel) -> str:
    parts = [f'<w:start w:val="{level.start}"/>', f'<w:numFmt w:val="{level.fmt}"/>']
    if level.restart is not None:
        parts.append(f'<w:lvlRestart w:val="{level.restart}"/>')
    if level.style is not None:
        parts.append(f'<w:pStyle w:val="{document.styles[level.style].style_id}"/>')
    if level.legal:
        parts.append("<w:isLgl/>")
    parts.append(f'<w:lvlText w:val="{_attr(level.text)}"/>')
    parts.append('<w:lvlJc w:val="left"/>')
    indent = 360 * (ilvl + 1)
    parts.append(f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr>')
    return f'<w:lvl w:ilvl="{ilvl}">{"".join(parts)}</w:lvl>'


def _add_num(document: Document, abstract_id: int, restart_at: dict[int, int]) -> int:
    numbering = document.part.numbering_part.element
    num_id = _next_id(numbering, "num", "numId")
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        for ilvl, start in sorted(restart_at.items())
    )
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
        f"{overrides}</w:num>"
    ))
    return num_id


def _abstract_of(document: Document, num_id: int) -> int:
    numbering = document.part.numbering_part.element
    for num in numbering.iterchildren(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            return int(num.find(qn("w:abstractNumId")).get(qn("w:val")))
    raise KeyError(f"no numbering instance {num_id}")


def _next_id(numbering, tag: str, attribute: str) -> int:
    ids = [int(el.get(qn(f"w:{attribute}"))) for el in numbering.iterchildren(qn(f"w:{tag}"))]
    return max(ids, default=0) + 1


def _piece_xml(kind: str, text: str, change_id: int):
    t = _attr(text)
    run = f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>'
    ns = nsdecls("w")
    if kind == "=":
        return parse_xml(f'<w:r {ns}><w:t xml:space="preserve">{t}</w:t></w:r>')
    if kind == "+":
        return parse_xml(f'<w:ins {ns} w:id="{change_id}" {_AUTHOR}>{run}</w:ins>')
    if kind == "-":
        return parse_xml(
            f'<w:del {ns} w:id="{change_id}" {_AUTHOR}>'
            f'<w:r><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>'
        )
    if kind == ">":
        return parse_xml(f'<w:moveTo {ns} w:id="{change_id}" {_AUTHOR}>{run}</w:moveTo>')
    if kind == "<":
        return parse_xml(f'<w:moveFrom {ns} w:id="{change_id}" {_AUTHOR}>{run}</w:moveFrom>')
    raise ValueError(f"unknown piece kind {kind!r}")


def _attr(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))
