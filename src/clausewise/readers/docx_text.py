"""The visible text of one Word paragraph, with tracked changes taken as accepted.

Runs are read in document order through hyperlinks, fields, content controls and
insertions; deletions, moved-away text, field codes, hidden runs and drawings are left out
(the drawings and the rest are counted in the tally). Tabs and soft line breaks become a
space: in a draft they are layout ("1.<tab>The Parties ..."), not words.
"""

from __future__ import annotations

from lxml import etree

from .docx_tally import Tally
from .docx_xml import M_NS, MC_NS, R, RPR, VANISH, is_on, w

_TEXT = frozenset({w("t"), f"{{{M_NS}}}t"})
_SPACE = frozenset({w("tab"), w("br"), w("cr"), w("ptab")})
_REMOVED = frozenset({w("del"), w("moveFrom")})
_DRAWINGS = frozenset({w("drawing"), w("pict"), w("object"), f"{{{MC_NS}}}AlternateContent"})
_NO_BREAK_HYPHEN, _SYM = w("noBreakHyphen"), w("sym")
_PROPERTIES = frozenset({
    w("pPr"), w("rPr"), w("sdtPr"), w("sdtEndPr"), w("instrText"), w("delInstrText"),
    w("fldData"), w("delText"), w("commentRangeStart"), w("commentRangeEnd"),
})


def paragraph_text(paragraph: etree._Element, tally: Tally) -> str:
    """The paragraph's text as Word shows it once all tracked changes are accepted.

    Not stripped: a paragraph whose mark was deleted is joined to the next one as it is.
    """
    pieces: list[str] = []
    _collect(paragraph, pieces, tally)
    return "".join(pieces)


def _collect(element: etree._Element, pieces: list[str], tally: Tally) -> None:
    for child in element:
        tag = child.tag
        if tag in _TEXT:
            pieces.append(child.text or "")
        elif tag in _SPACE:
            pieces.append(" ")
        elif tag == _NO_BREAK_HYPHEN:
            pieces.append("-")
        elif tag == _SYM:
            pieces.append(_symbol(child))
        elif tag in _REMOVED or tag in _PROPERTIES or not isinstance(tag, str):
            continue  # comments (XML ones, not Word's) and processing instructions too
        elif tag in _DRAWINGS:
            _count_drawing(child, tally)
        elif tag == R and _is_hidden(child):
            tally.hidden_runs += 1
        else:
            _count_reference(child, tally)
            _collect(child, pieces, tally)


def _symbol(sym: etree._Element) -> str:
    """A w:sym character; symbol-font code points (U+F000 and up) have no text meaning."""
    try:
        code = int(sym.get(w("char"), ""), 16)
    except ValueError:
        return ""
    return chr(code) if 0x20 <= code < 0xE000 else ""


def _is_hidden(run: etree._Element) -> bool:
    rpr = run.find(RPR)
    return rpr is not None and is_on(rpr.find(VANISH))


def _count_drawing(drawing: etree._Element, tally: Tally) -> None:
    """A drawing holding text is a text box; anything else is an image or a shape."""
    has_text = any((t.text or "").strip() for t in drawing.iter(w("t")))
    if has_text and next(drawing.iter(w("txbxContent")), None) is not None:
        tally.text_boxes += 1
    else:
        tally.images += 1


_COMMENT_REF, _FOOTNOTE_REF, _ENDNOTE_REF = (
    w("commentReference"), w("footnoteReference"), w("endnoteReference"))


def _count_reference(element: etree._Element, tally: Tally) -> None:
    tag = element.tag
    if tag == _COMMENT_REF:
        tally.comment_ids.add(element.get(w("id"), ""))
    elif tag == _FOOTNOTE_REF:
        tally.footnotes += 1
    elif tag == _ENDNOTE_REF:
        tally.endnotes += 1
