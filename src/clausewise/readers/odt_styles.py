"""OpenDocument styles that matter to a draft: which paragraphs are titles, and list numbers.

An .odt stores no list numbers in the text: "1.", "(a)" and "Article 4" are drawn from the
list style (``text:list-style``) or, for headings, from the outline style
(``text:outline-style``): a format ("1", "a", "A", "i", "I"), a prefix, a suffix, how many
upper levels to show and a start value. ``ListCounter`` turns those into the numbers the
user sees, the way LibreOffice draws them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .number_formats import format_number

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
XML = "http://www.w3.org/XML/1998/namespace"


def t(tag: str) -> str:
    return f"{{{TEXT}}}{tag}"


def s(tag: str) -> str:
    return f"{{{STYLE}}}{tag}"


_ODF_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter",
                "i": "lowerRoman", "I": "upperRoman", "а": "russianLower",
                "А": "russianUpper"}
_TITLE_NAMES = frozenset({"title", "titel", "titre", "título", "titolo", "заголовок",
                          "название"})


@dataclass(frozen=True, slots=True)
class LevelFormat:
    """How one level of a list or of the outline draws its number."""

    fmt: str | None = None   # a number_formats name; None for bullets and unnumbered levels
    prefix: str = ""
    suffix: str = ""
    display_levels: int = 1
    start: int = 1


ListStyle = dict[int, LevelFormat]   # 0-based level -> format


def _int(value: str | None, default: int) -> int:
    try:
        return min(max(int(value), 0), 99_999) if value is not None else default
    except ValueError:
        return default


def _level_format(element: etree._Element) -> LevelFormat:
    if element.tag == t("list-level-style-bullet"):
        return LevelFormat()
    return LevelFormat(
        fmt=_ODF_FORMATS.get(element.get(s("num-format"), "")),
        prefix=element.get(s("num-prefix"), ""),
        suffix=element.get(s("num-suffix"), ""),
        display_levels=max(1, _int(element.get(t("display-levels")), 1)),
        start=_int(element.get(t("start-value")), 1),
    )


def _list_style(element: etree._Element) -> ListStyle:
    levels: ListStyle = {}
    for child in element:
        if child.tag in (t("list-level-style-number"), t("list-level-style-bullet"),
                         t("outline-level-style")):
            level = _int(child.get(t("level")), 1) - 1
            if 0 <= level < 10:
                levels[level] = _level_format(child)
    return levels


class StyleSheet:
    """List styles, the outline style and paragraph-style names of one .odt."""

    def __init__(self, *roots: etree._Element | None) -> None:
        self.lists: dict[str, ListStyle] = {}
        self.outline: ListStyle = {}
        self._parents: dict[str, str] = {}
        self._display: dict[str, str] = {}
        self._list_of_style: dict[str, str] = {}
        self._automatic: set[str] = set()
        for root in roots:
            if root is not None:
                self._collect(root)

    def _collect(self, root: etree._Element) -> None:
        for element in root.iter(t("list-style"), t("outline-style"), s("style")):
            name = element.get(s("name"), "")
            if element.tag == t("list-style"):
                self.lists[name] = _list_style(element)
            elif element.tag == t("outline-style"):
                self.outline = _list_style(element)
            else:
                if element.getparent().tag == f"{{{OFFICE}}}automatic-styles":
                    self._automatic.add(name)
                if element.get(s("parent-style-name")):
                    self._parents[name] = element.get(s("parent-style-name"))
                self._display[name] = element.get(s("display-name"), name)
                if element.get(s("list-style-name")):
                    self._list_of_style[name] = element.get(s("list-style-name"))

    def name(self, style: str | None) -> str | None:
        """The user-visible name of a paragraph style, looking through automatic styles."""
        for _ in range(20):
            if style not in self._automatic or style not in self._parents:
                break
            style = self._parents[style]
        if style is None or style in self._automatic:
            return None
        return self._display.get(style, style)

    def is_title(self, style: str | None) -> bool:
        name = self.name(style)
        return bool(name) and name.strip().lower() in _TITLE_NAMES

    def list_style_of(self, style: str | None) -> str | None:
        """The list style a paragraph style attaches (numbered paragraph styles)."""
        seen = 0
        while style and seen < 20:
            if style in self._list_of_style:
                return self._list_of_style[style]
            style, seen = self._parents.get(style), seen + 1
        return None


class ListCounter:
    """The running numbers of one list (or of the outline), level by level."""

    def __init__(self, levels: ListStyle) -> None:
        self.levels = levels
        self.values: dict[int, int] = {}

    def advance(self, level: int, start_value: int | None = None) -> str | None:
        """Counts one item at ``level`` and returns its number as drawn (None if bulleted)."""
        spec = self.levels.get(level, LevelFormat())
        if start_value is not None:
            self.values[level] = start_value
        elif level in self.values:
            self.values[level] += 1
        else:
            self.values[level] = spec.start
        for deeper in [key for key in self.values if key > level]:
            del self.values[deeper]
        if spec.fmt is None:
            return None
        shown = []
        for upper in range(max(0, level - spec.display_levels + 1), level + 1):
            upper_spec = self.levels.get(upper, LevelFormat())
            value = self.values.get(upper, upper_spec.start)
            if upper_spec.fmt is not None:
                shown.append(format_number(value, upper_spec.fmt))
        return f"{spec.prefix}{'.'.join(shown)}{spec.suffix}".strip() or None
