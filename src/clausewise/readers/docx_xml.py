"""WordprocessingML names and tiny helpers shared by the .docx reader modules."""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag: ``w("p")`` -> ``{...main}p``."""
    return f"{{{W_NS}}}{tag}"


# Tags looked up once per paragraph or run: computed once here.
P, TBL, PPR, RPR, PSTYLE, NUMPR, NUMID, ILVL, OUTLINE_LVL, R, VANISH = (
    w(tag) for tag in
    ("p", "tbl", "pPr", "rPr", "pStyle", "numPr", "numId", "ilvl", "outlineLvl", "r", "vanish")
)
VAL = w("val")


def val(element: etree._Element | None, attribute: str = "val") -> str | None:
    """The ``w:val`` (or other ``w:``) attribute of ``element``, None if either is absent."""
    if element is None:
        return None
    return element.get(VAL if attribute == "val" else w(attribute))


def int_val(element: etree._Element | None) -> int | None:
    """``w:val`` as an int; None if absent or not a number (a damaged file must not crash)."""
    raw = val(element)
    if raw is None:
        return None
    try:
        return int(raw.strip())
    except ValueError:
        return None


def is_on(element: etree._Element | None) -> bool:
    """An on/off property (``<w:isLgl/>``, ``<w:vanish w:val="false"/>``) is present and on."""
    if element is None:
        return False
    return val(element) not in ("0", "false", "off")
