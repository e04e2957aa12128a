"""Paragraph styles of a .docx: which are headings, and which carry list numbering.

Drafters mark structure with styles, not only with text: the title in "Title", article
headings in "Heading 1" or in a house style such as "Article Heading" based on it. Word
writes built-in style names in English ("heading 1") whatever the language of the UI, but
documents from other programs carry localised names ("Заголовок 1", "Titre 1"), so both the
name and the outline level of the style (and of the styles it is based on) are consulted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator, TypeVar

from docx.styles import BabelFish
from lxml import etree

from .docx_xml import int_val, val, w

_HEADING_NAME = re.compile(
    r"^(heading|überschrift|titre|título|titolo|titel|kop|nagłówek|rubrik|overskrift|"
    r"otsikko|заголовок|επικεφαλίδα|عنوان|标题|見出し)\s*(\d)$",
    re.IGNORECASE,
)
_TITLE_NAME = re.compile(
    r"^(title|titel|titre|título|titolo|tytuł|название|заголовок|τίτλος|عنوان|标题|表題)$",
    re.IGNORECASE,
)
_TOC_NAME = re.compile(r"^(toc\s*\d|toc heading|table of contents)$", re.IGNORECASE)

_T = TypeVar("_T")

#: w:outlineLvl 9 means "body text"; 0-8 are outline levels 1-9.
_BODY_TEXT_OUTLINE = 9


@dataclass(frozen=True, slots=True)
class Style:
    """What the reader needs to know about one paragraph style."""

    style_id: str
    name: str
    based_on: str | None
    outline_level: int | None   # w:outlineLvl of the style itself (0-based)
    num_id: int | None           # w:numPr/w:numId of the style itself
    ilvl: int | None             # w:numPr/w:ilvl of the style itself


@dataclass(frozen=True, slots=True)
class StyleNumbering:
    """List numbering a paragraph inherits from its style (or a style it is based on)."""

    num_id: int
    ilvl: int | None
    style_id: str   # the style that carries the w:numPr


class StyleSheet:
    """The paragraph styles of one document, looked up by style id."""

    def __init__(self, styles_element: etree._Element | None) -> None:
        self._styles: dict[str, Style] = {}
        # A draft has a few dozen styles and thousands of paragraphs: look each up once.
        self._cache: dict[str, dict[str, object]] = {}
        self.default_style_id: str | None = None
        if styles_element is None:
            return
        for element in styles_element.iterchildren(w("style")):
            if element.get(w("type"), "paragraph") != "paragraph":
                continue
            style = _parse_style(element)
            self._styles[style.style_id] = style
            if element.get(w("default")) in ("1", "true", "on"):
                self.default_style_id = style.style_id

    def name(self, style_id: str | None) -> str | None:
        """The style's name as Word shows it ("Heading 1"), or None for an unknown id."""
        style = self._styles.get(style_id or "")
        return style.name if style else None

    def chain(self, style_id: str | None) -> Iterator[Style]:
        """The style, then the style it is based on, and so on (cycles are cut)."""
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            yield style
            style_id = style.based_on

    def heading_level(self, style_id: str | None) -> int | None:
        """0 for a title style, N for "Heading N" or a style based on it, else None."""
        return self._inherited("heading", style_id, _own_heading_level, None)

    def numbering(self, style_id: str | None) -> StyleNumbering | None:
        """The list numbering the style chain gives; None if none (or numId 0 turns it off)."""
        return self._inherited("numbering", style_id, _own_numbering, None)

    def is_table_of_contents(self, style_id: str | None) -> bool:
        """True for the "TOC 1".."TOC 9" and "TOC Heading" styles of a table of contents."""
        return self._inherited("toc", style_id, _own_toc, False)

    def _inherited(self, what: str, style_id: str | None,
                   own: Callable[[Style], tuple[bool, _T]], default: _T) -> _T:
        """What the first style of the chain that decides ``what`` says (``default`` if
        none does), computed once per style: the styles met on the way, which do not decide,
        inherit the same answer. Linear in the number of styles, however long the chains
        (10,000 styles each based on the previous one once took a minute)."""
        cache = self._cache.setdefault(what, {})
        undecided: list[str] = []
        seen: set[str] = set()
        value = default
        current = style_id
        while current and current in self._styles and current not in seen:
            if current in cache:
                value = cache[current]
                break
            seen.add(current)
            style = self._styles[current]
            decides, answer = own(style)
            if decides:
                value = cache[current] = answer
                break
            undecided.append(current)
            current = style.based_on
        for sid in undecided:
            cache[sid] = value
        return value  # type: ignore[return-value]


def _own_heading_level(style: Style) -> tuple[bool, int | None]:
    if _TITLE_NAME.match(style.name):
        return True, 0
    match = _HEADING_NAME.match(style.name)
    if match:
        return True, int(match.group(2))
    if style.outline_level is not None:
        return True, _level_from_outline(style.outline_level)
    return False, None


def _own_numbering(style: Style) -> tuple[bool, StyleNumbering | None]:
    if style.num_id is None:
        return False, None
    if style.num_id == 0:
        return True, None
    return True, StyleNumbering(style.num_id, style.ilvl, style.style_id)


def _own_toc(style: Style) -> tuple[bool, bool]:
    return (True, True) if _TOC_NAME.match(style.name) else (False, False)


def outline_heading_level(outline_level: int | None) -> int | None:
    """Heading level (1-9) from a 0-based w:outlineLvl; None for body text."""
    if outline_level is None:
        return None
    return _level_from_outline(outline_level)


def _level_from_outline(outline_level: int) -> int | None:
    if 0 <= outline_level < _BODY_TEXT_OUTLINE:
        return outline_level + 1
    return None


def _parse_style(element: etree._Element) -> Style:
    style_id = element.get(w("styleId"), "")
    raw_name = val(element.find(w("name"))) or style_id
    ppr = element.find(w("pPr"))
    num_pr = ppr.find(w("numPr")) if ppr is not None else None
    return Style(
        style_id=style_id,
        name=BabelFish.internal2ui(raw_name),
        based_on=val(element.find(w("basedOn"))),
        outline_level=int_val(ppr.find(w("outlineLvl"))) if ppr is not None else None,
        num_id=int_val(num_pr.find(w("numId"))) if num_pr is not None else None,
        ilvl=int_val(num_pr.find(w("ilvl"))) if num_pr is not None else None,
    )
