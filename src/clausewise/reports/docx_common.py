"""What the two Word exports share: document properties set on purpose.

python-docx's template carries its own author ("python-docx"), a comment and dates from
2013; a briefing must instead say who prepared it and when, and nothing else (no folder,
no user name taken from the machine).
"""

from __future__ import annotations

from datetime import datetime, timezone

from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.text.paragraph import Paragraph


def set_properties(document: WordDocument, *, title: str, author: str, subject: str,
                   keywords: str, category: str, when: datetime) -> None:
    """Sets every core property, so none of the template's values is left behind."""
    properties = document.core_properties
    properties.title = title[:255]
    properties.author = author or "Clausewise"
    properties.last_modified_by = author or "Clausewise"
    properties.subject = subject[:255]
    properties.keywords = keywords
    properties.category = category
    properties.comments = "Prepared with Clausewise"
    properties.content_status = keywords  # the handling marking, where Word shows "Status"
    properties.revision = 1
    stamp = utc(when)
    properties.created = stamp
    properties.modified = stamp


def utc(when: datetime) -> datetime:
    """A naive or zoned datetime as UTC without microseconds (what Word stores)."""
    if when.tzinfo is None:
        when = when.astimezone()
    return when.astimezone(timezone.utc).replace(microsecond=0, tzinfo=None)


def add_marking(paragraph: Paragraph, marking: str) -> None:
    """The handling marking as Word shows it in a header or footer: centred, bold."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(marking).bold = True


def mark_every_page(document: WordDocument, marking: str) -> None:
    """Puts the marking in the header and the footer of every section."""
    if not marking:
        return
    for section in document.sections:
        add_marking(section.header.paragraphs[0], marking)
        add_marking(section.footer.paragraphs[0], marking)


def right_to_left(paragraph: Paragraph) -> None:
    """Makes a paragraph read right to left (w:bidi), as Word does for an Arabic paragraph:
    its start is on the right and its punctuation falls at the correct end."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = paragraph._p.get_or_add_pPr()
    if properties.find(qn("w:bidi")) is None:
        bidi = OxmlElement("w:bidi")
        # w:bidi comes after the style, numbering and borders, before spacing and indents.
        successor = next((child for child in properties if child.tag in _AFTER_BIDI), None)
        if successor is not None:
            successor.addprevious(bidi)
        else:
            properties.append(bidi)


def _after_bidi() -> frozenset[str]:
    from docx.oxml.ns import qn
    names = ("adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
             "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
             "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
             "pPrChange")
    return frozenset(qn(f"w:{name}") for name in names)


_AFTER_BIDI = _after_bidi()
